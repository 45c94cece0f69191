/* pipeline.c -- reader on the main thread, work on N threads, results back
 * in input order: a ring of 2N+1 batches (each at most 64 documents or 1 MB
 * of text) is the bounded queue, so memory stays bounded whatever the input. */
#include "cli/pipeline.h"
#include "cli/cli.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Documents travel in batches: handing each one alone to a thread costs
 * more in locking and wake-ups than extracting a short report does. */
#define BATCH_DOCS 64
#define BATCH_BYTES ((size_t)1 << 20)

typedef struct item {
    brass_doc *doc;
    void *result;
    bool failed;
    brass_error err;
} item;

typedef struct slot {
    item items[BATCH_DOCS];
    size_t n;
    bool done;
} slot;

typedef struct pool {
    const pipeline_config *cfg;
    slot *ring;
    size_t size;                       /* ring slots (batches) */
    size_t submitted, taken, emitted;  /* sequence numbers: emitted <= taken <= submitted */
    bool closing;
    pthread_mutex_t mu;
    pthread_cond_t work_cv, done_cv;
} pool;

/* ---- progress on stderr ---- */

typedef struct progress {
    bool on;
    double start, last;
    size_t docs;
} progress;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress_show(progress *p, const brass_reader *r, bool final) {
    if (!p->on) return;
    double t = now();
    if (!final && t - p->last < 0.25) return;
    p->last = t;
    double mb = (double)brass_reader_bytes_done(r) / 1e6, total = (double)brass_reader_bytes_total(r) / 1e6;
    double rate = t > p->start ? mb / (t - p->start) : 0;
    fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s", p->docs, mb, rate);
    if (total > 0 && mb <= total && rate > 0 && !final)
        fprintf(stderr, ", %.0f%%, ETA %.0f s", 100 * mb / total, (total - mb) / rate);
    fputs(final ? "\033[K\n" : "\033[K", stderr);
}

/* ---- batches ---- */

/* Reads documents into the empty slot s up to a batch's size. Returns true at
 * the end of the input (or when memory ran out: then *stop is set too). */
static bool fill_slot(brass_reader *reader, slot *s, progress *pr, int *status, bool *stop) {
    size_t bytes = 0;
    brass_error err = {0};
    while (s->n < BATCH_DOCS && bytes < BATCH_BYTES) {
        progress_show(pr, reader, false);
        brass_doc *doc;
        int rc = brass_reader_next(reader, &doc, &err);
        if (rc == 0) return true;
        if (rc < 0) {
            cli_report(&err);
            *status = 1;
            if (rc == BRASS_ERR_NOMEM) return *stop = true;
            continue;
        }
        s->items[s->n++] = (item){.doc = doc};
        bytes += brass_doc_text_len(doc);
        pr->docs++;
    }
    return false;
}

/* Hands the worked documents of s to emit, in order, then flush; empties s.
 * Returns <0 when emit or flush asked to stop. */
static int emit_slot(const pipeline_config *cfg, slot *s, int *status) {
    int rc = 0;
    for (size_t i = 0; i < s->n; i++) {
        item *it = &s->items[i];
        /* after a stop the rest is still handed over: emit frees results */
        int erc = cfg->emit(cfg->emit_ctx, it->doc, it->result, it->failed ? &it->err : NULL);
        brass_doc_free(it->doc);
        if (erc != 0) *status = 1;
        if (erc < 0) rc = erc;
    }
    if (s->n > 0 && cfg->flush) {
        int frc = cfg->flush(cfg->emit_ctx);
        if (frc != 0) *status = 1;
        if (frc < 0) rc = frc;
    }
    s->n = 0;
    return rc;
}

/* ---- the worker threads ---- */

static void *worker(void *arg) {
    pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->taken == p->submitted && !p->closing) pthread_cond_wait(&p->work_cv, &p->mu);
        if (p->taken == p->submitted) break;  /* closing, nothing left */
        slot *s = &p->ring[p->taken++ % p->size];
        pthread_mutex_unlock(&p->mu);
        for (size_t i = 0; i < s->n; i++) {
            item *it = &s->items[i];
            it->result = p->cfg->work(p->cfg->work_ctx, it->doc, &it->failed, &it->err);
        }
        pthread_mutex_lock(&p->mu);
        s->done = true;
        pthread_cond_signal(&p->done_cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Emits the finished slots at the head of the ring, in order; with `wait`,
 * blocks until the head is finished first. Called with the lock held. */
static int drain(pool *p, bool wait, int *status) {
    while (p->emitted < p->submitted) {
        slot *s = &p->ring[p->emitted % p->size];
        if (!s->done) {
            if (!wait) break;
            pthread_cond_wait(&p->done_cv, &p->mu);
            continue;
        }
        p->emitted++;
        wait = false;  /* one freed slot is enough to go on reading */
        pthread_mutex_unlock(&p->mu);
        /* the slot is not reused until `submitted` passes it again, which
         * only this (main) thread does: it can be read without the lock */
        int rc = emit_slot(p->cfg, s, status);
        s->done = false;
        pthread_mutex_lock(&p->mu);
        if (rc < 0) return rc;
    }
    return 0;
}

/* ---- the run ---- */

/* One thread: a batch is read, worked and emitted in turn, so that flush
 * never waits for input either. */
static int run_inline(brass_reader *reader, const pipeline_config *cfg, progress *pr) {
    int status = 0;
    bool end = false, stop = false;
    slot *s = calloc(1, sizeof *s);
    if (!s) {
        fprintf(stderr, "brass: out of memory\n");
        return 1;
    }
    while (!end) {
        end = fill_slot(reader, s, pr, &status, &stop);
        for (size_t i = 0; i < s->n; i++) {
            item *it = &s->items[i];
            it->result = cfg->work(cfg->work_ctx, it->doc, &it->failed, &it->err);
            progress_show(pr, reader, false);
        }
        if (emit_slot(cfg, s, &status) < 0) break;
    }
    free(s);
    return status;
}

static int run_threads(brass_reader *reader, const pipeline_config *cfg, progress *pr) {
    pool p = {.cfg = cfg, .size = (size_t)cfg->threads * 2 + 1};
    p.ring = calloc(p.size, sizeof *p.ring);
    pthread_t *tids = calloc((size_t)cfg->threads, sizeof *tids);
    if (!p.ring || !tids) {
        free(p.ring);
        free(tids);
        fprintf(stderr, "brass: out of memory\n");
        return 1;
    }
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.work_cv, NULL);
    pthread_cond_init(&p.done_cv, NULL);
    int started = 0;
    while (started < cfg->threads && pthread_create(&tids[started], NULL, worker, &p) == 0) started++;
    int status = 0;
    if (started == 0) {
        fprintf(stderr, "brass: cannot start worker threads\n");
        status = 1;
    }
    bool stop = started == 0;
    pthread_mutex_lock(&p.mu);
    while (!stop) {
        /* room in the ring first: this is what bounds memory */
        if (drain(&p, p.submitted - p.emitted == p.size, &status) < 0) break;
        if (p.submitted - p.emitted == p.size) continue;
        /* the next ring slot: not yet submitted, so only this thread sees it */
        slot *fill = &p.ring[p.submitted % p.size];
        pthread_mutex_unlock(&p.mu);
        bool end = fill_slot(reader, fill, pr, &status, &stop);
        pthread_mutex_lock(&p.mu);
        if (fill->n > 0) {
            p.submitted++;
            pthread_cond_signal(&p.work_cv);
        }
        if (end) break;
    }
    /* the rest, in order (after a stop too: queued results must be consumed) */
    while (p.emitted < p.submitted) drain(&p, true, &status);
    p.closing = true;
    pthread_cond_broadcast(&p.work_cv);
    pthread_mutex_unlock(&p.mu);
    for (int i = 0; i < started; i++) pthread_join(tids[i], NULL);
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.work_cv);
    pthread_cond_destroy(&p.done_cv);
    free(p.ring);
    free(tids);
    return status;
}

int pipeline_run(brass_reader *reader, const pipeline_config *cfg) {
    progress pr = {.on = cfg->progress && isatty(STDERR_FILENO), .start = now()};
    brass_reader_count_walked(reader, pr.on);  /* the total is only for the progress line */
    int status = cfg->threads <= 1 ? run_inline(reader, cfg, &pr) : run_threads(reader, cfg, &pr);
    progress_show(&pr, reader, true);
    return status;
}

bool pipeline_parse_jobs(const char *arg, int *jobs) {
    char *end;
    long n = strtol(arg, &end, 10);
    if (end == arg || *end || n < 0 || n > 256) return false;
    if (n == 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        n = cpus > 0 ? (cpus > 256 ? 256 : cpus) : 1;
    }
    *jobs = (int)n;
    return true;
}
