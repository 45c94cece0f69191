/* cmd_extract.c -- `brass extract`: reports in, one JSONL line (or text block) per document out. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass extract [--format jsonl|text] [--input FORMAT] PATH...\n"
            "\n"
            "Reads news reports and prints the command-change events found in each, as\n"
            "spec/events.md defines them.\n"
            "\n"
            "PATH is a file, a directory (walked recursively, in name order) or '-' for\n"
            "standard input. A plain-text report may start with a line ' date YYYY-MM-DD'\n"
            "giving its date; relative dates in it are resolved against that date.\n"
            "\n"
            "Options:\n"
            "  -f, --format jsonl|text  jsonl (default): one line per document,\n"
            "                           {\"doc\", \"date\", \"events\": [...]}; text: a summary\n"
            "  -i, --input FORMAT       auto (default, by extension), text, html, jsonl, warc\n"
            "  -h, --help               show this help\n"
            "\n"
            "Exit status: 0 all inputs read, 1 some input was bad (reported on stderr with\n"
            "its file and byte offset; the others were still processed), 2 usage error.\n");
}

int cmd_extract(int argc, char **argv) {
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"input", required_argument, NULL, 'i'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    bool text = false;
    brass_input input = BRASS_INPUT_AUTO;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "f:i:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "text") == 0) text = true;
            else if (strcmp(optarg, "jsonl") == 0 || strcmp(optarg, "json") == 0) text = false;
            else return cli_usage_error("extract", "unknown format '%s' (jsonl or text)", optarg);
            break;
        case 'i':
            if (brass_input_parse(optarg, &input) != BRASS_OK)
                return cli_usage_error("extract", "unknown input format '%s'", optarg);
            break;
        case 'h': usage(stdout); return 0;
        default: return cli_usage_error("extract", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return cli_usage_error("extract", "no input: give a file, a directory or '-'");

    brass_error err = {0};
    brass_extractor *ex = brass_extractor_new(&err);
    brass_reader *reader = ex ? brass_reader_new(input, &err) : NULL;
    if (!reader) {
        cli_report(&err);
        brass_extractor_free(ex);
        return 1;
    }
    for (int i = optind; i < argc; i++) brass_reader_add(reader, argv[i], &err);

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
        char *out = events ? (text ? brass_text_doc_events(doc, events)
                                   : brass_json_doc_events(doc, events))
                           : NULL;
        if (out) {
            fputs(out, stdout);
            if (!text) fputc('\n', stdout);
            free(out);
        } else {
            if (events) brass_error_set(&err, BRASS_ERR_NOMEM, brass_doc_origin(doc), "out of memory");
            cli_report(&err);
            status = 1;
        }
        brass_events_free(events);
        brass_doc_free(doc);
    }
    brass_reader_free(reader);
    brass_extractor_free(ex);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "brass: error writing output\n");
        status = 1;
    }
    return status;
}
