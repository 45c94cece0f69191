/* cmd_ingest.c -- `brass ingest`: reports in, extracted, resolved and stored one transaction per document. */
#include "cli/cli.h"

#include <getopt.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass ingest [--db FILE] [--input FORMAT] [--jobs N] [--quiet] PATH...\n"
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
            "  -j, --jobs N         extract on N threads (default 1); documents are\n"
            "                       still stored one at a time, in input order\n"
            "  -q, --quiet          no summary line\n"
            "  -h, --help           show this help\n"
            "\n"
            "At the end prints on stderr: N documents added, N already present, N events.\n"
            "\n"
            "Exit status: 0 all inputs stored, 1 some input was bad or could not be stored\n"
            "(reported on stderr with its file; the others were still stored), 2 usage\n"
            "error.\n");
}

/* A batch of documents read in order, extracted in parallel, stored in order. */
typedef struct batch {
    const brass_extractor *ex;
    brass_doc **docs;
    brass_events **events;
    brass_error *errs;
    size_t n;
    int jobs;
} batch;

typedef struct worker {
    batch *b;
    int k;
} worker;

/* Worker k extracts documents k, k + jobs, ...: the extractor is immutable
 * and shared; each document and its result belong to one worker. */
static void *extract_part(void *arg) {
    worker *w = arg;
    for (size_t i = (size_t)w->k; i < w->b->n; i += (size_t)w->b->jobs)
        w->b->events[i] = brass_extract(w->b->ex, w->b->docs[i], &w->b->errs[i]);
    return NULL;
}

static void extract_batch(batch *b) {
    pthread_t tid[64];
    worker w[64];
    bool started[64] = {false};
    for (int k = 0; k < b->jobs; k++) w[k] = (worker){b, k};
    for (int k = 1; k < b->jobs; k++) started[k] = pthread_create(&tid[k], NULL, extract_part, &w[k]) == 0;
    /* This thread does part 0, and any part whose thread could not start. */
    for (int k = 0; k < b->jobs; k++)
        if (!started[k]) extract_part(&w[k]);
    for (int k = 1; k < b->jobs; k++)
        if (started[k]) pthread_join(tid[k], NULL);
}

int cmd_ingest(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                         {"input", required_argument, NULL, 'i'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *db = NULL;
    bool quiet = false;
    int jobs = 1;
    char *end;
    brass_input input = BRASS_INPUT_AUTO;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "d:i:qj:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'q': quiet = true; break;
        case 'j':
            jobs = (int)strtol(optarg, &end, 10);
            if (*end || end == optarg || jobs < 1 || jobs > 64)
                return cli_usage_error("ingest", "--jobs wants a number from 1 to 64, not '%s'", optarg);
            break;
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

    int status = 0, rc = 1;
    size_t added = 0, present = 0, events = 0;
    size_t cap = (size_t)jobs * 4;
    batch b = {ex, calloc(cap, sizeof(brass_doc *)), calloc(cap, sizeof(brass_events *)),
               calloc(cap, sizeof(brass_error)), 0, jobs};
    if (!b.docs || !b.events || !b.errs) {
        fprintf(stderr, "brass: out of memory\n");
        rc = 0;
        status = 1;
    }
    while (rc != 0) {
        /* Read a batch; a bad input is reported at once, in input order. */
        b.n = 0;
        while (b.n < cap && (rc = brass_reader_next(reader, &b.docs[b.n], &err)) != 0) {
            if (rc > 0) {
                b.n++;
                continue;
            }
            cli_report(&err);
            status = 1;
            if (rc == BRASS_ERR_NOMEM) {
                rc = 0;
                break;
            }
        }
        if (jobs > 1 && b.n > 1) extract_batch(&b);
        for (size_t i = 0; i < b.n; i++) {
            brass_doc *doc = b.docs[i];
            brass_events *evs = jobs > 1 && b.n > 1 ? b.events[i] : brass_extract(ex, doc, &b.errs[i]);
            int added_rc = evs ? brass_store_add(st, doc, evs, &b.errs[i]) : -1;
            if (added_rc < 0) {
                cli_report(&b.errs[i]);
                status = 1;
            } else if (added_rc == 0) {
                present++;
            } else {
                added++;
                events += brass_events_count(evs);
            }
            brass_events_free(evs);
            brass_doc_free(doc);
            b.events[i] = NULL;
        }
    }
    free(b.docs);
    free(b.events);
    free(b.errs);
    brass_reader_free(reader);
    brass_extractor_free(ex);
    brass_store_close(st);
    if (!quiet)
        fprintf(stderr, "%zu document%s added, %zu already present, %zu event%s\n", added,
                added == 1 ? "" : "s", present, events, events == 1 ? "" : "s");
    return status;
}
