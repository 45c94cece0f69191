/* warc_http.c -- the HTTP response in a WARC record: status line, headers,
 * chunked transfer-encoding and gzip/deflate content-encoding (inflated
 * with a size cap, so a compressed bomb ends with an error, not an OOM). */
#include "read/warc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

/* The next header line in [*p, end): its bounds without CR/LF; false at the end. */
static bool next_line(const char **p, const char *end, const char **ls, size_t *ln) {
    if (*p >= end) return false;
    const char *nl = memchr(*p, '\n', (size_t)(end - *p));
    const char *e = nl ? nl : end;
    *ls = *p;
    *ln = (size_t)(e - *p);
    if (*ln && (*p)[*ln - 1] == '\r') (*ln)--;
    *p = nl ? nl + 1 : end;
    return true;
}

/* Whether the header line is "name: value"; sets the trimmed value. */
static bool header_is(const char *line, size_t n, const char *name, const char **v, size_t *vn) {
    size_t k = strlen(name);
    if (n <= k || strncasecmp(line, name, k) != 0 || line[k] != ':') return false;
    const char *s = line + k + 1, *e = line + n;
    while (s < e && (*s == ' ' || *s == '\t')) s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t')) e--;
    *v = s;
    *vn = (size_t)(e - s);
    return true;
}

static bool has_token(const char *v, size_t n, const char *token) {
    size_t k = strlen(token);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(v + i, token, k) == 0) return true;
    return false;
}

static void parse_content_type(warc_http *h, const char *v, size_t n) {
    h->html = has_token(v, n, "text/html") || has_token(v, n, "application/xhtml");
    for (size_t i = 0; i + 8 <= n; i++) {
        if (strncasecmp(v + i, "charset=", 8) != 0) continue;
        const char *s = v + i + 8;
        size_t k = 0;
        while (s < v + n && (*s == '"' || *s == '\'')) s++;
        while (s + k < v + n && k < sizeof h->charset - 1 && (isalnum((unsigned char)s[k]) || strchr("-_.:", s[k])))
            k++;
        memcpy(h->charset, s, k);
        h->charset[k] = '\0';
        break;
    }
}

/* Undoes chunked transfer-encoding into out. */
static bool dechunk(const char *p, const char *end, buf *out) {
    for (;;) {
        const char *ls;
        size_t ln;
        if (!next_line(&p, end, &ls, &ln)) return false;
        char *stop;
        char hex[20];
        size_t k = ln < sizeof hex - 1 ? ln : sizeof hex - 1;
        memcpy(hex, ls, k);
        hex[k] = '\0';
        unsigned long long size = strtoull(hex, &stop, 16);
        if (stop == hex) return false;
        if (size == 0) return true;  /* the last chunk; trailers do not matter */
        if (size > (unsigned long long)(end - p)) return false;
        if (!buf_append(out, p, (size_t)size)) return false;
        p += size;
        if (p < end && *p == '\r') p++;
        if (p < end && *p == '\n') p++;
    }
}

/* Inflates gzip, zlib or raw deflate data into out, at most WARC_MAX_RECORD bytes. */
static int inflate_body(const char *data, size_t len, buf *out, const char *origin, brass_error *err) {
    for (int attempt = 0; attempt < 2; attempt++) {
        z_stream z;
        memset(&z, 0, sizeof z);
        /* 15+32 reads gzip or zlib headers; a bare "deflate" body is raw (-15) */
        if (inflateInit2(&z, attempt == 0 ? 15 + 32 : -15) != Z_OK)
            return brass_error_set(err, BRASS_ERR_NOMEM, origin, "out of memory");
        buf_reset(out);
        z.next_in = (Bytef *)data;
        z.avail_in = (uInt)len;
        int zrc = Z_OK;
        while (zrc == Z_OK) {
            if (out->len >= WARC_MAX_RECORD) {
                inflateEnd(&z);
                return brass_error_set(err, BRASS_ERR_INPUT, origin,
                                       "compressed body inflates past %zu MB; skipped",
                                       WARC_MAX_RECORD >> 20);
            }
            if (!buf_reserve(out, 1 << 16)) {
                inflateEnd(&z);
                return brass_error_set(err, BRASS_ERR_NOMEM, origin, "out of memory");
            }
            z.next_out = (Bytef *)out->data + out->len;
            z.avail_out = (uInt)(out->cap - out->len - 1);
            uInt before = z.avail_out;
            zrc = inflate(&z, Z_NO_FLUSH);
            out->len += before - z.avail_out;
            out->data[out->len] = '\0';
            if (zrc == Z_BUF_ERROR && z.avail_in == 0) break;  /* input ended early */
            if (zrc == Z_BUF_ERROR) zrc = Z_OK;
        }
        inflateEnd(&z);
        if (zrc == Z_STREAM_END || (zrc == Z_BUF_ERROR && out->len > 0)) return BRASS_OK;
    }
    return brass_error_set(err, BRASS_ERR_INPUT, origin, "compressed body cannot be inflated");
}

int warc_http_parse(warc_http *h, const char *block, size_t len, const char *origin,
                    brass_error *err) {
    memset(h, 0, sizeof *h);
    const char *p = block, *end = block + len, *ls;
    size_t ln;
    if (!next_line(&p, end, &ls, &ln) || ln < 12 || strncmp(ls, "HTTP/", 5) != 0)
        return brass_error_set(err, BRASS_ERR_INPUT, origin, "response record without an HTTP status line");
    const char *sp = memchr(ls, ' ', ln);
    h->status = sp ? atoi(sp + 1) : 0;
    bool chunked = false;
    char encoding[32] = "";
    while (next_line(&p, end, &ls, &ln) && ln > 0) {
        const char *v;
        size_t vn;
        if (header_is(ls, ln, "Content-Type", &v, &vn)) parse_content_type(h, v, vn);
        else if (header_is(ls, ln, "Transfer-Encoding", &v, &vn)) chunked = has_token(v, vn, "chunked");
        else if (header_is(ls, ln, "Content-Encoding", &v, &vn))
            snprintf(encoding, sizeof encoding, "%.*s", (int)(vn < 31 ? vn : 31), v);
    }
    h->body = p;
    h->body_len = (size_t)(end - p);
    if (h->status != 200 || !h->html) return BRASS_OK;  /* the caller skips it */
    if (chunked) {
        buf plain = BUF_INIT;
        if (!dechunk(p, end, &plain)) {
            buf_free(&plain);
            return brass_error_set(err, BRASS_ERR_INPUT, origin, "bad chunked transfer-encoding");
        }
        h->decoded = plain;
        h->body = plain.data ? plain.data : "";
        h->body_len = plain.len;
    }
    if (encoding[0] && strcasecmp(encoding, "identity") != 0) {
        if (strcasecmp(encoding, "gzip") != 0 && strcasecmp(encoding, "x-gzip") != 0 &&
            strcasecmp(encoding, "deflate") != 0) {
            warc_http_free(h);
            return brass_error_set(err, BRASS_ERR_INPUT, origin,
                                   "content-encoding '%s' is not supported (gzip and deflate are)", encoding);
        }
        buf out = BUF_INIT;
        int rc = inflate_body(h->body, h->body_len, &out, origin, err);
        buf_free(&h->decoded);
        if (rc != BRASS_OK) {
            buf_free(&out);
            return rc;
        }
        h->decoded = out;
        h->body = out.data ? out.data : "";
        h->body_len = out.len;
    }
    return BRASS_OK;
}

void warc_http_free(warc_http *h) { buf_free(&h->decoded); }
