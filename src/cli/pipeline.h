/* pipeline.h -- runs a per-document job over a reader's documents on N
 * worker threads, handing the results back on the main thread in input
 * order, with a bounded queue and progress on stderr. Used by extract; made
 * generic so that ingest (and any later command) can adopt it. */
#ifndef BRASS_PIPELINE_H
#define BRASS_PIPELINE_H

#include <stdbool.h>

#include "brass.h"

/* Runs on a worker thread (or the main one when threads <= 1): the job for
 * one document. Returns its result (anything; NULL is allowed), and sets
 * *failed (and err) when the document failed. `ctx` is shared by all
 * threads, so the work must only read it (a brass_extractor is immutable). */
typedef void *(*pipeline_work_fn)(void *ctx, const brass_doc *doc, bool *failed, brass_error *err);
/* Runs on the main thread, in input order, once per document: consumes the
 * result (frees it). `err` is the work's error when it failed, else NULL.
 * Returns 0 to go on, 1 to note a failure and go on, <0 to stop reading
 * (documents already queued are still handed to emit). */
typedef int (*pipeline_emit_fn)(void *ctx, brass_doc *doc, void *result, const brass_error *err);

/* Runs on the main thread after emit has had a batch of documents (at most
 * 64, emitted back to back with no wait for input between them), and once at
 * the end: e.g. to commit them together. Same return values as emit. */
typedef int (*pipeline_flush_fn)(void *ctx);

typedef struct pipeline_config {
    int threads;            /* worker threads; <= 1 runs everything on the main thread */
    bool progress;          /* show progress on stderr (only when it is a terminal) */
    pipeline_work_fn work;
    pipeline_emit_fn emit;
    pipeline_flush_fn flush;  /* may be NULL; gets emit_ctx */
    void *work_ctx, *emit_ctx;
} pipeline_config;

/* Reads every document of reader through work and emit. Reader errors are
 * reported on stderr (cli_report) and the run goes on. Returns the exit
 * status: 0 all went well, 1 some input or document failed. */
int pipeline_run(brass_reader *reader, const pipeline_config *cfg);

/* Parses a -j/--jobs value (1..256; "0" means the number of CPUs). Returns
 * false when it is not one. */
bool pipeline_parse_jobs(const char *arg, int *jobs);

#endif
