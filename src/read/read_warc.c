/* read_warc.c -- WARC 1.0/1.1 archives, plain or .warc.gz, read record by
 * record: each 200 text/html `response` becomes a document whose id and url
 * are its WARC-Target-URI; other records are skipped. */
#include "read/html.h"
#include "read/source.h"
#include "read/stream.h"
#include "read/warc.h"
#include "util/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_HEADER_LINE ((size_t)64 << 10)
#define MAX_HEADER_LINES 512

typedef struct warc_state {
    stream in;
    buf block;  /* the current record's block, reused: memory is one record */
    bool done;
} warc_state;

typedef struct warc_header {
    char type[32];
    char *uri;
    unsigned long long length;
    bool has_length;
} warc_header;

static bool header_value(const char *line, size_t n, const char *name, const char **v, size_t *vn) {
    size_t k = strlen(name);
    if (n <= k || strncasecmp(line, name, k) != 0 || line[k] != ':') return false;
    const char *s = line + k + 1, *e = line + n;
    while (s < e && (*s == ' ' || *s == '\t')) s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t')) e--;
    *v = s;
    *vn = (size_t)(e - s);
    return true;
}

/* A Content-Length: digits only, and no overflow. */
static bool parse_length(const char *v, size_t n, unsigned long long *out) {
    if (n == 0 || n > 19) return false;
    unsigned long long x = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i] < '0' || v[i] > '9') return false;
        x = x * 10 + (unsigned)(v[i] - '0');
    }
    *out = x;
    return true;
}

/* Reads a record's header. 1 with *h filled, 0 at a clean end, <0 on error
 * (after which the archive cannot be followed: st->done). */
static int read_header(read_source *src, warc_state *st, warc_header *h, unsigned long long *at,
                       brass_error *err) {
    memset(h, 0, sizeof *h);
    const char *line;
    size_t n;
    int rc;
    do {  /* blank lines end the previous record */
        *at = st->in.offset + st->in.pos;
        rc = stream_line(&st->in, &line, &n, MAX_HEADER_LINE, err);
    } while (rc == 1 && n == 0);
    if (rc == 0) return 0;
    char where[512];
    snprintf(where, sizeof where, "%s: record at byte offset %llu%s", src->path, *at,
             st->in.gzip ? " (uncompressed)" : "");
    if (rc < 0 || n < 6 || strncmp(line, "WARC/", 5) != 0) {
        if (rc >= 0 || rc == BRASS_ERR_INPUT)
            brass_error_set(err, BRASS_ERR_INPUT, where, "not a WARC record (no WARC/1.x version line)");
        return rc < 0 && rc != BRASS_ERR_INPUT ? rc : BRASS_ERR_INPUT;
    }
    for (int lines = 0;; lines++) {
        rc = stream_line(&st->in, &line, &n, MAX_HEADER_LINE, err);
        if (rc <= 0 || lines > MAX_HEADER_LINES) {
            free(h->uri);
            h->uri = NULL;
            return brass_error_set(err, BRASS_ERR_INPUT, where,
                                   rc == 0 ? "truncated: the archive ends inside a record header"
                                           : "bad record header (too long)");
        }
        if (n == 0) break;
        const char *v;
        size_t vn;
        if (header_value(line, n, "WARC-Type", &v, &vn))
            snprintf(h->type, sizeof h->type, "%.*s", (int)(vn < 31 ? vn : 31), v);
        else if (header_value(line, n, "WARC-Target-URI", &v, &vn)) {
            if (vn >= 2 && v[0] == '<' && v[vn - 1] == '>') {  /* the 1.1 draft's <uri> form */
                v++;
                vn -= 2;
            }
            free(h->uri);
            h->uri = str_ndup(v, vn);
        } else if (header_value(line, n, "Content-Length", &v, &vn)) {
            if (!parse_length(v, vn, &h->length)) {
                free(h->uri);
                h->uri = NULL;
                return brass_error_set(err, BRASS_ERR_INPUT, where, "bad Content-Length '%.*s'",
                                       (int)(vn < 40 ? vn : 40), v);
            }
            h->has_length = true;
        }
    }
    if (!h->has_length) {
        free(h->uri);
        h->uri = NULL;
        return brass_error_set(err, BRASS_ERR_INPUT, where, "record without a Content-Length");
    }
    return 1;
}

/* A response record's block -> a document: 1, 0 to skip it silently, <0 error. */
static int record_doc(read_source *src, warc_state *st, const warc_header *h, const char *where,
                      brass_doc **doc, brass_error *err) {
    warc_http http;
    const char *block = st->block.data ? st->block.data : "";  /* NULL when the record is empty */
    int rc = warc_http_parse(&http, block, st->block.len, where, err);
    if (rc != BRASS_OK) return rc;
    if (http.status != 200 || !http.html) {
        warc_http_free(&http);
        return 0;
    }
    const char *id = h->uri ? h->uri : src->id;
    *doc = html_doc(id, where, http.body, http.body_len, http.charset[0] ? http.charset : NULL, err);
    warc_http_free(&http);
    if (!*doc) return err ? err->code : BRASS_ERR_INPUT;
    if (h->uri && brass_doc_set_url(*doc, h->uri) != BRASS_OK) {
        brass_doc_free(*doc);
        *doc = NULL;
        return brass_error_set(err, BRASS_ERR_NOMEM, where, "out of memory");
    }
    return 1;
}

static int warc_next(read_source *src, brass_doc **doc, brass_error *err) {
    warc_state *st = src->state;
    if (!st) {
        if (!(st = calloc(1, sizeof *st))) return brass_error_set(err, BRASS_ERR_NOMEM, src->path, "out of memory");
        src->state = st;
        int rc = stream_open(&st->in, src, err);
        if (rc < 0) {
            st->done = true;
            return rc;
        }
    }
    while (!st->done) {
        warc_header h;
        unsigned long long at;
        int rc = read_header(src, st, &h, &at, err);
        if (rc <= 0) {
            st->done = true;
            return rc;
        }
        char where[512];
        snprintf(where, sizeof where, "%s: record at byte offset %llu%s", src->path, at,
                 st->in.gzip ? " (uncompressed)" : "");
        bool wanted = strcasecmp(h.type, "response") == 0 && h.length <= WARC_MAX_RECORD;
        size_t got;
        buf_reset(&st->block);
        rc = wanted ? stream_read(&st->in, &st->block, (size_t)h.length, &got, err)
                    : stream_skip(&st->in, h.length > SIZE_MAX ? SIZE_MAX : (size_t)h.length, &got, err);
        if (rc <= 0) {
            st->done = true;
            free(h.uri);
            if (rc < 0) return rc;
            return brass_error_set(err, BRASS_ERR_INPUT, where,
                                   "truncated: the archive ends %llu bytes into a %llu-byte record",
                                   (unsigned long long)got, h.length);
        }
        if (!wanted && strcasecmp(h.type, "response") == 0) {
            free(h.uri);
            return brass_error_set(err, BRASS_ERR_INPUT, where, "record of %llu bytes is over the %zu MB cap; skipped",
                                   h.length, WARC_MAX_RECORD >> 20);
        }
        rc = wanted ? record_doc(src, st, &h, where, doc, err) : 0;
        free(h.uri);
        if (rc != 0) return rc;
    }
    return 0;
}

static void warc_close(read_source *src) {
    warc_state *st = src->state;
    if (st) {
        stream_close(&st->in);
        buf_free(&st->block);
        free(st);
    }
    src->state = NULL;
}

const read_format read_format_warc = {"warc", warc_next, warc_close};
