/* cmd_ingest.c -- `brass ingest`: reports in, extracted, resolved and stored one transaction per document. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass ingest [--db FILE] [--input FORMAT] [--quiet] PATH...\n"
            "\n"
            "Reads news reports, extracts their command-change events and keeps them in\n"
            "the database, tied together across reports: each person is resolved\n"
            "(spelling variants such as Valery/Valeriy are one person, namesakes stay\n"
            "apart), and each event is merged with the reports of the same real event.\n"
            "\n"
            "Each document is stored in one transaction: an interrupted ingest keeps every\n"
            "document it finished and no part of the one it was on. A document whose text\n"
            "is already stored is skipped, so ingesting again is safe. Several ingests and\n"
            "queries may use one database at the same time.\n"
            "\n"
            "PATH is a file, a directory (walked recursively, in name order) or '-' for\n"
            "standard input.\n"
            "\n"
            "Options:\n"
            "  -d, --db FILE        the database (default: $BRASS_DB, else brass.db);\n"
            "                       created when missing\n"
            "  -i, --input FORMAT   auto (default, by extension), text, html, jsonl, warc\n"
            "  -q, --quiet          no summary line\n"
            "  -h, --help           show this help\n"
            "\n"
            "At the end prints on stderr: N documents added, N already present, N events.\n"
            "\n"
            "Exit status: 0 all inputs stored, 1 some input was bad or could not be stored\n"
            "(reported on stderr with its file; the others were still stored), 2 usage\n"
            "error.\n");
}

int cmd_ingest(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                         {"input", required_argument, NULL, 'i'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *db = NULL;
    bool quiet = false;
    brass_input input = BRASS_INPUT_AUTO;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "d:i:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'q': quiet = true; break;
        case 'i':
            if (brass_input_parse(optarg, &input) != BRASS_OK)
                return cli_usage_error("ingest", "unknown input format '%s'", optarg);
            break;
        case 'h': usage(stdout); return 0;
        default: return cli_usage_error("ingest", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return cli_usage_error("ingest", "no input: give a file, a directory or '-'");

    brass_error err = {0};
    brass_store *st = brass_store_open(cli_db_path(db), &err);
    brass_extractor *ex = st ? brass_extractor_new(&err) : NULL;
    brass_reader *reader = ex ? brass_reader_new(input, &err) : NULL;
    if (!reader) {
        cli_report(&err);
        brass_extractor_free(ex);
        brass_store_close(st);
        return 1;
    }
    for (int i = optind; i < argc; i++) brass_reader_add(reader, argv[i], &err);

    int status = 0, rc;
    size_t added = 0, present = 0, events = 0;
    brass_doc *doc;
    while ((rc = brass_reader_next(reader, &doc, &err)) != 0) {
        if (rc < 0) {
            cli_report(&err);
            status = 1;
            if (rc == BRASS_ERR_NOMEM) break;
            continue;
        }
        brass_events *evs = brass_extract(ex, doc, &err);
        int added_rc = evs ? brass_store_add(st, doc, evs, &err) : -1;
        if (added_rc < 0) {
            cli_report(&err);
            status = 1;
        } else if (added_rc == 0) {
            present++;
        } else {
            added++;
            events += brass_events_count(evs);
        }
        brass_events_free(evs);
        brass_doc_free(doc);
    }
    brass_reader_free(reader);
    brass_extractor_free(ex);
    brass_store_close(st);
    if (!quiet)
        fprintf(stderr, "%zu document%s added, %zu already present, %zu event%s\n", added,
                added == 1 ? "" : "s", present, events, events == 1 ? "" : "s");
    return status;
}
