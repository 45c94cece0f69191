/* cmd_eval.c -- `brass eval`: extract reports and score the events against a gold file. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass eval [--verbose] [--json] [--input FORMAT] GOLD.jsonl PATH...\n"
            "       brass eval [--verbose] [--json] --pred PRED.jsonl GOLD.jsonl\n"
            "\n"
            "Extracts the events of the reports in PATH... and scores them against the gold\n"
            "annotations in GOLD.jsonl with the rules of spec/events.md (those of\n"
            "eval/score.py, whose figures it prints): events match on type and person key;\n"
            "post, by, replacement, date and certainty are scored on matched events.\n"
            "\n"
            "Options:\n"
            "  -v, --verbose       list every false positive, miss and wrong field, with the\n"
            "                      evidence sentence of the predicted event\n"
            "  -j, --json          print the figures as JSON (as score.py --json)\n"
            "  -p, --pred FILE     score an existing prediction file (JSONL as `brass extract`\n"
            "                      writes it) instead of extracting\n"
            "  -i, --input FORMAT  auto (default, by extension), text, html, jsonl, warc\n"
            "  -h, --help          show this help\n"
            "\n"
            "Exit status: 0 scored, 1 some report or the gold file was bad, 2 usage error.\n");
}

/* Extracts every document of paths and adds its events as predictions.
 * Returns 0, or 1 when some input was bad (reported; the rest goes on). */
static int extract_into(brass_score *sc, brass_input input, char **paths, int npaths) {
    brass_error err = {0};
    brass_extractor *ex = brass_extractor_new(&err);
    brass_reader *reader = ex ? brass_reader_new(input, &err) : NULL;
    if (!reader) {
        cli_report(&err);
        brass_extractor_free(ex);
        return 1;
    }
    for (int i = 0; i < npaths; i++) brass_reader_add(reader, paths[i], &err);
    int status = 0, rc;
    brass_doc *doc;
    while ((rc = brass_reader_next(reader, &doc, &err)) != 0) {
        if (rc < 0) {
            cli_report(&err);
            status = 1;
            if (rc == BRASS_ERR_NOMEM) break;
            continue;
        }
        brass_events *events = brass_extract(ex, doc, &err);
        if (!events || brass_score_add_events(sc, doc, events, &err) != BRASS_OK) {
            cli_report(&err);
            status = 1;
        }
        brass_events_free(events);
        brass_doc_free(doc);
    }
    brass_reader_free(reader);
    brass_extractor_free(ex);
    return status;
}

int cmd_eval(int argc, char **argv) {
    static const struct option opts[] = {{"verbose", no_argument, NULL, 'v'},
                                         {"json", no_argument, NULL, 'j'},
                                         {"pred", required_argument, NULL, 'p'},
                                         {"input", required_argument, NULL, 'i'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int flags = 0, c;
    const char *pred = NULL;
    brass_input input = BRASS_INPUT_AUTO;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "vjp:i:h", opts, NULL)) != -1) {
        switch (c) {
        case 'v': flags |= BRASS_SCORE_VERBOSE; break;
        case 'j': flags |= BRASS_SCORE_JSON; break;
        case 'p': pred = optarg; break;
        case 'i':
            if (brass_input_parse(optarg, &input) != BRASS_OK)
                return cli_usage_error("eval", "unknown input format '%s'", optarg);
            break;
        case 'h': usage(stdout); return 0;
        default: return cli_usage_error("eval", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return cli_usage_error("eval", "no gold file");
    if (pred && optind + 1 != argc)
        return cli_usage_error("eval", "--pred takes the place of the report paths");
    if (!pred && optind + 1 >= argc)
        return cli_usage_error("eval", "no reports: give files, directories or '-' after the gold file");

    brass_error err = {0};
    brass_score *sc = brass_score_new();
    if (!sc) {
        fprintf(stderr, "brass: out of memory\n");
        return 1;
    }
    if (brass_score_load(sc, argv[optind], 1, &err) != BRASS_OK ||
        (pred && brass_score_load(sc, pred, 0, &err) != BRASS_OK)) {
        cli_report(&err);
        brass_score_free(sc);
        return 1;
    }
    int status = pred ? 0 : extract_into(sc, input, argv + optind + 1, argc - optind - 1);
    char *out = brass_score_report(sc, flags, &err);
    if (out) {
        fputs(out, stdout);
        free(out);
    } else {
        cli_report(&err);
        status = 1;
    }
    brass_score_free(sc);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "brass: error writing output\n");
        status = 1;
    }
    return status;
}
