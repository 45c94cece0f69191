/* cmd_extract.c -- `brass extract`: reports in, one JSONL line (or text block) per document out. */
#include "cli/cli.h"
#include "cli/pipeline.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass extract [--format jsonl|text] [--input FORMAT] [-j N] [--field ROLE=NAME]\n"
            "                     [--quiet] PATH...\n"
            "\n"
            "Reads news reports and prints the command-change events found in each, as\n"
            "spec/events.md defines them.\n"
            "\n"
            "PATH is a file, a directory (walked recursively, in name order) or '-' for\n"
            "standard input. A plain-text report may start with a line ' date YYYY-MM-DD'\n"
            "giving its date; relative dates in it are resolved against that date.\n"
            "Formats: text (.txt), HTML pages (.html, .htm: main text, title and date),\n"
            "JSON Lines (.jsonl, .jsonl.gz: one report per line with id, url, title,\n"
            "date, text or html), WARC archives (.warc, .warc.gz: each 200 text/html\n"
            "response). Standard input is recognised by its first byte.\n"
            "\n"
            "Options:\n"
            "  -f, --format jsonl|text  jsonl (default): one line per document,\n"
            "                           {\"doc\", \"date\", \"events\": [...]}; text: a summary\n"
            "  -i, --input FORMAT       auto (default, by extension), text, html, jsonl, warc\n"
            "  -j, --jobs N             N worker threads (0: one per CPU; default 1); the\n"
            "                           output keeps the input's order\n"
            "      --field ROLE=NAME    JSONL: read ROLE (id, url, title, date, text, html)\n"
            "                           from field NAME; repeatable or comma-separated\n"
            "  -q, --quiet              no progress line on stderr (shown on a terminal)\n"
            "  -h, --help               show this help\n"
            "\n"
            "Exit status: 0 all inputs read, 1 some input was bad (reported on stderr with\n"
            "its file and byte offset or line; the others were still processed), 2 usage error.\n");
}

typedef struct extract_ctx {
    const brass_extractor *ex;
    bool text;
} extract_ctx;

/* On a worker: the events of one document, already formatted. */
static void *extract_work(void *ctx, const brass_doc *doc, bool *failed, brass_error *err) {
    const extract_ctx *c = ctx;
    brass_events *events = brass_extract(c->ex, doc, err);
    if (!events) {
        *failed = true;
        return NULL;
    }
    char *out = c->text ? brass_text_doc_events(doc, events) : brass_json_doc_events(doc, events);
    brass_events_free(events);
    if (!out) {
        *failed = true;
        brass_error_set(err, BRASS_ERR_NOMEM, brass_doc_origin(doc), "out of memory");
    }
    return out;
}

/* On the main thread, in input order. */
static int extract_emit(void *ctx, brass_doc *doc, void *result, const brass_error *err) {
    const extract_ctx *c = ctx;
    (void)doc;
    if (err) {
        cli_report(err);
        return 1;
    }
    fputs(result, stdout);
    if (!c->text) fputc('\n', stdout);
    free(result);
    return ferror(stdout) ? -1 : 0;
}

int cmd_extract(int argc, char **argv) {
    enum { OPT_FIELD = 256 };
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"input", required_argument, NULL, 'i'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"field", required_argument, NULL, OPT_FIELD},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    extract_ctx ctx = {NULL, false};
    brass_input input = BRASS_INPUT_AUTO;
    int jobs = 1, c;
    bool quiet = false;
    const char *fields[32];
    int nfields = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "f:i:j:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "text") == 0) ctx.text = true;
            else if (strcmp(optarg, "jsonl") == 0 || strcmp(optarg, "json") == 0) ctx.text = false;
            else return cli_usage_error("extract", "unknown format '%s' (jsonl or text)", optarg);
            break;
        case 'i':
            if (brass_input_parse(optarg, &input) != BRASS_OK)
                return cli_usage_error("extract", "unknown input format '%s'", optarg);
            break;
        case 'j':
            if (!pipeline_parse_jobs(optarg, &jobs))
                return cli_usage_error("extract", "bad number of jobs '%s' (0 to 256)", optarg);
            break;
        case OPT_FIELD:
            if (nfields == 32) return cli_usage_error("extract", "too many --field options");
            fields[nfields++] = optarg;
            break;
        case 'q': quiet = true; break;
        case 'h': usage(stdout); return 0;
        default: return cli_usage_error("extract", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return cli_usage_error("extract", "no input: give a file, a directory or '-'");

    brass_error err = {0};
    brass_reader *reader = brass_reader_new(input, &err);
    for (int i = 0; reader && i < nfields; i++)
        if (brass_reader_map_fields(reader, fields[i], &err) != BRASS_OK) {
            brass_reader_free(reader);
            return cli_usage_error("extract", "%s", err.msg);
        }
    brass_extractor *ex = reader ? brass_extractor_new(&err) : NULL;
    if (!ex) {
        cli_report(&err);
        brass_reader_free(reader);
        return 1;
    }
    for (int i = optind; i < argc; i++) brass_reader_add(reader, argv[i], &err);
    ctx.ex = ex;
    pipeline_config cfg = {.threads = jobs, .progress = !quiet, .work = extract_work,
                           .emit = extract_emit, .work_ctx = &ctx, .emit_ctx = &ctx};
    int status = pipeline_run(reader, &cfg);
    brass_reader_free(reader);
    brass_extractor_free(ex);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "brass: error writing output\n");
        status = 1;
    }
    return status;
}
