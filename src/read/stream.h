/* stream.h -- buffered reading of a source, plain or gzip-compressed (any
 * number of members, as in .warc.gz), by lines or by counted bytes, so that
 * memory stays bounded by one line or record. */
#ifndef BRASS_STREAM_H
#define BRASS_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <zlib.h>

#include "read/source.h"
#include "util/buf.h"

typedef struct stream {
    read_source *src;
    z_stream z;
    unsigned char *in;     /* compressed bytes read from the file, z.next_in into it */
    bool started;          /* the first bytes were looked at (gzip or not) */
    unsigned char *block;  /* decompressed bytes not yet consumed: block[pos..len) */
    size_t pos, len;
    uint64_t offset;       /* offset of block[pos] in the decompressed stream */
    bool gzip;             /* the input is gzip (else it is read as it is) */
    bool member_open;      /* inside a gzip member: its end has not been seen */
    bool eof;
    buf line;              /* a line that spans blocks is assembled here */
} stream;

/* Starts reading src->fp, which may be stdin: gzip is recognised by its
 * magic bytes, whatever the name. */
int stream_open(stream *s, read_source *src, brass_error *err);
void stream_close(stream *s);

/* The next line, without its "\n" (and "\r"): 1 with *line and *len valid until
 * the next call, 0 at the end. A line longer than max is consumed and
 * reported (BRASS_ERR_INPUT, the next call goes on); a read or gzip error
 * gives BRASS_ERR_IO and the stream ends. */
int stream_line(stream *s, const char **line, size_t *len, size_t max, brass_error *err);

/* Appends exactly n bytes to out: 1, or 0 if the stream ended first (*got
 * says how many came), or BRASS_ERR_IO. */
int stream_read(stream *s, buf *out, size_t n, size_t *got, brass_error *err);
/* Skips n bytes; as stream_read. */
int stream_skip(stream *s, size_t n, size_t *got, brass_error *err);

/* True when the stream is at its end (reads ahead if needed). */
bool stream_at_end(stream *s, brass_error *err);

#endif
