/* source.h -- one opened input (a file or stdin) and the format that reads it.
 * The reader (reader.c) walks paths and opens sources; each format module
 * (read_text.c, read_html.c, ...) turns a source into documents. */
#ifndef BRASS_SOURCE_H
#define BRASS_SOURCE_H

#include <stdio.h>

#include "brass/read.h"

typedef struct read_source read_source;

typedef struct read_format {
    const char *name;
    /* Yields the next document of the source: 1 and *doc, 0 at its end, or
     * BRASS_ERR_* for one bad record (the next call goes on) -- a format that
     * cannot go on after an error returns 0 on the next call. */
    int (*next)(read_source *src, brass_doc **doc, brass_error *err);
    /* Releases src->state. */
    void (*close)(read_source *src);
} read_format;

/* JSONL fields a report may have, in the order of read_field_roles. */
enum { READ_F_ID, READ_F_URL, READ_F_TITLE, READ_F_DATE, READ_F_TEXT, READ_F_HTML, READ_F_COUNT };
extern const char *const read_field_roles[READ_F_COUNT];

struct read_source {
    const read_format *format;
    FILE *fp;
    const char *path;  /* for messages: the path, or "-" */
    const char *id;    /* file name without its extension(s) */
    size_t bytes;      /* bytes read from fp so far (progress) */
    const char *const *fields;  /* JSONL field names, by READ_F_* */
    void *state;       /* the format's own */
};

extern const read_format read_format_text;
extern const read_format read_format_html;
extern const read_format read_format_jsonl;
extern const read_format read_format_warc;

/* Reads all that is left of src->fp into a malloc'd buffer (NUL-terminated),
 * counting src->bytes. Returns NULL with err set on a read error. */
char *source_slurp(read_source *src, size_t *len, brass_error *err);

/* The format for an input kind (AUTO resolved by the path's extension). */
const read_format *source_format_for(brass_input input, const char *path);

#endif
