/* warc.h -- the HTTP response inside a WARC record: status, type, charset,
 * and the body with its transfer and content encodings undone. */
#ifndef BRASS_WARC_H
#define BRASS_WARC_H

#include <stdbool.h>
#include <stddef.h>

#include "brass/core.h"
#include "util/buf.h"

/* The cap on one record, and on a body once inflated: a gzip bomb stops here. */
#define WARC_MAX_RECORD ((size_t)64 << 20)

typedef struct warc_http {
    int status;           /* 200, 404, ... */
    bool html;            /* Content-Type is text/html or application/xhtml+xml */
    char charset[64];     /* from Content-Type, or "" */
    const char *body;     /* the page bytes: into the record, or into `decoded` */
    size_t body_len;
    buf decoded;          /* holds the body when it had to be de-chunked or inflated */
} warc_http;

/* Parses an HTTP response (the block of a WARC response record). Returns
 * BRASS_OK, or BRASS_ERR_INPUT with err set (where = origin) when it is
 * malformed or uses an encoding brass cannot undo. Free with warc_http_free. */
int warc_http_parse(warc_http *h, const char *block, size_t len, const char *origin,
                    brass_error *err);
void warc_http_free(warc_http *h);

#endif
