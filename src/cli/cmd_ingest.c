/* cmd_ingest.c -- `brass ingest`: reports in, extracted, resolved and stored, each whole, a batch per transaction. */
#include "cli/cli.h"

#include "cli/pipeline.h"

#include <getopt.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass ingest [--db FILE] [--input FORMAT] [--jobs N] [--quiet] PATH...\n"
            "\n"
            "Reads news reports, extracts their command-change events and keeps them in\n"
            "the database, tied together across reports: each person is resolved\n"
            "(spelling variants such as Valery/Valeriy are one person, namesakes stay\n"
            "apart), and each event is merged with the reports of the same real event.\n"
            "\n"
            "Documents are stored whole, a few hundred per transaction: an interrupted\n"
            "ingest keeps every batch it committed and no part of the one it was on, and\n"
            "running it again completes it. A document whose text is already stored is\n"
            "skipped, so ingesting again is safe. Several ingests and queries may use one\n"
            "database at the same time.\n"
            "\n"
            "PATH is a file, a directory (walked recursively, in name order) or '-' for\n"
            "standard input.\n"
            "\n"
            "Options:\n"
            "  -d, --db FILE        the database (default: $BRASS_DB, else brass.db);\n"
            "                       created when missing\n"
            "  -i, --input FORMAT   auto (default, by extension), text, html, jsonl, warc\n"
            "  -j, --jobs N         extract on N threads (default 1; 0 = one per CPU);\n"
            "                       documents are still stored one at a time, in input order\n"
            "  -q, --quiet          no progress and no summary line\n"
            "  -h, --help           show this help\n"
            "\n"
            "At the end prints on stderr: N documents added, N already present, N events.\n"
            "\n"
            "Exit status: 0 all inputs stored, 1 some input was bad or could not be stored\n"
            "(reported on stderr with its file; the others were still stored), 2 usage\n"
            "error.\n");
}

/* A store batch is committed once it holds this many documents or is this
 * old: every commit writes the pages it changed to the WAL again, so commits
 * of 64 documents spent a sixth of an ingest; and the write lock, which other
 * ingests wait for, is still held for well under their 5 s busy timeout. */
#define COMMIT_DOCS 256
#define COMMIT_SECONDS 1.0

/* What the main thread keeps while documents are stored in input order. */
typedef struct ingest_ctx {
    const brass_extractor *ex;
    brass_store *st;
    bool batch;                        /* a store batch is open */
    double batch_start;                /* when it was opened */
    size_t batch_docs;                 /* documents emitted into it */
    size_t pending_docs, pending_events;  /* added in the open batch, not yet committed */
    size_t added, present, events;     /* committed */
} ingest_ctx;

static double seconds_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* On a worker: the events of one document (the extractor is immutable and shared). */
static void *ingest_work(void *ctx, const brass_doc *doc, bool *failed, brass_error *err) {
    const ingest_ctx *c = ctx;
    brass_events *events = brass_extract(c->ex, doc, err);
    if (!events) *failed = true;
    /* the hashes are computed (and kept in doc) here rather than on the main
     * thread, which stores one document at a time */
    brass_doc_simhash(doc);
    brass_doc_hash(doc);
    return events;
}

/* On the main thread, in input order: each document joins the open batch
 * (one transaction per pipeline batch, committed by ingest_flush), in a
 * savepoint of its own, so a failed one is dropped alone. */
static int ingest_emit(void *ctx, brass_doc *doc, void *result, const brass_error *err) {
    ingest_ctx *c = ctx;
    brass_events *events = result;
    if (err) {
        cli_report(err);
        return 1;
    }
    brass_error serr = {0};
    int rc = BRASS_OK;
    if (!c->batch) {
        rc = brass_store_begin(c->st, &serr);
        c->batch_start = seconds_now();
        c->batch_docs = 0;
    }
    if (rc == BRASS_OK) {
        c->batch = true;
        c->batch_docs++;
        rc = brass_store_add(c->st, doc, events, &serr);
    }
    if (rc > 0) {
        c->pending_docs++;
        c->pending_events += brass_events_count(events);
    } else if (rc == 0) {
        c->present++;
    } else {
        cli_report(&serr);
    }
    brass_events_free(events);
    return rc < 0 ? 1 : 0;
}

/* Commits the open batch: its documents count as added only once that is done. */
static int ingest_commit(ingest_ctx *c) {
    if (!c->batch) return 0;
    c->batch = false;
    brass_error err = {0};
    int rc = brass_store_commit(c->st, &err);
    if (rc == BRASS_OK) {
        c->added += c->pending_docs;
        c->events += c->pending_events;
    } else {
        cli_report(&err);
    }
    c->pending_docs = c->pending_events = 0;
    return rc == BRASS_OK ? 0 : 1;
}

/* After each pipeline batch: a commit when the store batch is full or old. */
static int ingest_flush(void *ctx) {
    ingest_ctx *c = ctx;
    if (!c->batch || (c->batch_docs < COMMIT_DOCS && seconds_now() - c->batch_start < COMMIT_SECONDS)) return 0;
    return ingest_commit(c);
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
    brass_input input = BRASS_INPUT_AUTO;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "d:i:qj:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'q': quiet = true; break;
        case 'j':
            if (!pipeline_parse_jobs(optarg, &jobs))
                return cli_usage_error("ingest", "bad number of jobs '%s' (0 to 256)", optarg);
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

    ingest_ctx ctx = {.ex = ex, .st = st};
    pipeline_config cfg = {.threads = jobs, .progress = !quiet, .work = ingest_work,
                           .emit = ingest_emit, .flush = ingest_flush, .work_ctx = &ctx, .emit_ctx = &ctx};
    int status = pipeline_run(reader, &cfg);
    if (ingest_commit(&ctx) != 0) status = 1;  /* the last batch */
    brass_reader_free(reader);
    brass_extractor_free(ex);
    brass_store_close(st);
    if (!quiet)
        fprintf(stderr, "%zu document%s added, %zu already present, %zu event%s\n", ctx.added,
                ctx.added == 1 ? "" : "s", ctx.present, ctx.events, ctx.events == 1 ? "" : "s");
    return status;
}
