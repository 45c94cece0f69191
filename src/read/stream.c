/* stream.c -- plain or gzip input read through a 256 KB block: gzip is
 * recognised by its magic bytes and inflated as it goes (member after
 * member, as .warc.gz writes one per record), so memory never holds more
 * than a block; lines and counted reads on top. */
#include "read/stream.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK (256u * 1024u)
#define INBUF (64u * 1024u)

int stream_open(stream *s, read_source *src, brass_error *err) {
    memset(s, 0, sizeof *s);
    s->src = src;
    s->block = malloc(BLOCK);
    s->in = malloc(INBUF);
    if (!s->block || !s->in) {
        stream_close(s);
        return brass_error_set(err, BRASS_ERR_NOMEM, src->path, "out of memory");
    }
    return BRASS_OK;
}

void stream_close(stream *s) {
    if (s->gzip) inflateEnd(&s->z);
    free(s->block);
    free(s->in);
    buf_free(&s->line);
    memset(s, 0, sizeof *s);
}

/* More compressed input: false at the end of the file or on a read error. */
static bool read_in(stream *s) {
    size_t got = fread(s->in, 1, INBUF, s->src->fp);
    s->src->bytes += got;
    s->z.next_in = s->in;
    s->z.avail_in = (uInt)got;
    return got > 0;
}

static int io_error(stream *s, brass_error *err) {
    s->eof = true;
    return brass_error_set(err, BRASS_ERR_IO, s->src->path, "read error at byte offset %zu: %s",
                           s->src->bytes, strerror(errno));
}

/* Looks at the first bytes: gzip magic starts inflating, else plain. */
static int start(stream *s, brass_error *err) {
    s->started = true;
    read_in(s);
    if (ferror(s->src->fp)) return io_error(s, err);
    if (s->z.avail_in >= 2 && s->in[0] == 0x1f && s->in[1] == 0x8b) {
        if (inflateInit2(&s->z, 15 + 16) != Z_OK)
            return brass_error_set(err, BRASS_ERR_NOMEM, s->src->path, "out of memory");
        s->gzip = true;
    }
    return BRASS_OK;
}

/* Inflates into the block: bytes produced, 0 at the end, <0 on error. */
static int inflate_some(stream *s, brass_error *err) {
    s->z.next_out = s->block;
    s->z.avail_out = BLOCK;
    while (s->z.avail_out == BLOCK) {
        if (s->z.avail_in == 0 && !read_in(s)) {
            if (ferror(s->src->fp)) return io_error(s, err);
            if (s->member_open) {
                s->eof = true;
                return brass_error_set(err, BRASS_ERR_INPUT, s->src->path,
                                       "truncated gzip data: the file ends at byte offset %zu inside a "
                                       "compressed member (uncompressed offset %llu)",
                                       s->src->bytes, (unsigned long long)(s->offset + s->len));
            }
            return 0;
        }
        s->member_open = true;
        int zrc = inflate(&s->z, Z_NO_FLUSH);
        if (zrc == Z_STREAM_END) {
            /* the next member, if any, starts right after */
            s->member_open = false;
            inflateReset(&s->z);
        } else if (zrc != Z_OK && zrc != Z_BUF_ERROR) {
            s->eof = true;
            return brass_error_set(err, BRASS_ERR_INPUT, s->src->path,
                                   "bad gzip data near byte offset %zu: %s",
                                   s->src->bytes - s->z.avail_in, s->z.msg ? s->z.msg : "corrupt");
        }
    }
    return (int)(BLOCK - s->z.avail_out);
}

/* Refills the block when it is used up: 1 if bytes are there, 0 at the end, <0 on error. */
static int fill(stream *s, brass_error *err) {
    if (s->pos < s->len) return 1;
    if (s->eof) return 0;
    if (!s->started) {
        int rc = start(s, err);
        if (rc < 0) return rc;
    }
    s->offset += s->len;
    s->pos = s->len = 0;
    int n;
    if (s->gzip) {
        n = inflate_some(s, err);
        if (n < 0) return n;
    } else {
        /* the bytes start() read first are served before reading on */
        if (s->z.avail_in > 0) {
            memcpy(s->block, s->z.next_in, s->z.avail_in);
            n = (int)s->z.avail_in;
            s->z.avail_in = 0;
        } else {
            size_t got = fread(s->block, 1, BLOCK, s->src->fp);
            s->src->bytes += got;
            if (got == 0 && ferror(s->src->fp)) return io_error(s, err);
            n = (int)got;
        }
    }
    if (n == 0) {
        s->eof = true;
        return 0;
    }
    s->len = (size_t)n;
    return 1;
}

bool stream_at_end(stream *s, brass_error *err) { return fill(s, err) <= 0; }

int stream_line(stream *s, const char **line, size_t *len, size_t max, brass_error *err) {
    buf_reset(&s->line);
    bool assembled = false, too_long = false;
    uint64_t start_at = s->offset + s->pos;
    for (;;) {
        int rc = fill(s, err);
        if (rc < 0) return rc;
        if (rc == 0) {
            if (!assembled) return 0;
            break;  /* a last line without "\n" */
        }
        unsigned char *from = s->block + s->pos;
        size_t avail = s->len - s->pos;
        unsigned char *nl = memchr(from, '\n', avail);
        size_t take = nl ? (size_t)(nl - from) : avail;
        if (nl && !assembled && !too_long && take <= max) {  /* the common case: no copy */
            s->pos += take + 1;
            *line = (const char *)from;
            *len = take > 0 && from[take - 1] == '\r' ? take - 1 : take;
            return 1;
        }
        assembled = true;
        if (!too_long && s->line.len + take > max) {
            too_long = true;
            buf_reset(&s->line);
        }
        if (!too_long && !buf_append(&s->line, (const char *)from, take))
            return brass_error_set(err, BRASS_ERR_NOMEM, s->src->path, "out of memory");
        s->pos += take + (nl ? 1 : 0);
        if (nl) break;
    }
    if (too_long)
        return brass_error_set(err, BRASS_ERR_INPUT, s->src->path,
                               "line at byte offset %llu is longer than %zu MB; skipped",
                               (unsigned long long)start_at, max >> 20);
    *line = s->line.data ? s->line.data : "";
    *len = s->line.len;
    if (*len > 0 && (*line)[*len - 1] == '\r') (*len)--;
    return 1;
}

static int take_bytes(stream *s, buf *out, size_t n, size_t *got, brass_error *err) {
    *got = 0;
    while (*got < n) {
        int rc = fill(s, err);
        if (rc <= 0) return rc;
        size_t k = s->len - s->pos;
        if (k > n - *got) k = n - *got;
        if (out && !buf_append(out, (const char *)s->block + s->pos, k))
            return brass_error_set(err, BRASS_ERR_NOMEM, s->src->path, "out of memory");
        s->pos += k;
        *got += k;
    }
    return 1;
}

int stream_read(stream *s, buf *out, size_t n, size_t *got, brass_error *err) {
    return take_bytes(s, out, n, got, err);
}

int stream_skip(stream *s, size_t n, size_t *got, brass_error *err) {
    return take_bytes(s, NULL, n, got, err);
}
