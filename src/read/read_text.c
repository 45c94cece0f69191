/* read_text.c -- plain-text reports: one file, one document. */
#include "read/source.h"

#include <stdlib.h>

static int text_next(read_source *src, brass_doc **doc, brass_error *err) {
    if (src->state) return 0;  /* the one document was given */
    src->state = src;
    size_t len;
    char *text = source_slurp(src, &len, err);
    if (!text) return err ? err->code : BRASS_ERR_IO;
    if (len == 0) {
        free(text);
        return brass_error_set(err, BRASS_ERR_INPUT, src->path, "empty file");
    }
    *doc = brass_doc_from_text(src->id, src->path, text, len, err);
    free(text);
    return *doc ? 1 : (err ? err->code : BRASS_ERR_INPUT);
}

static void text_close(read_source *src) { src->state = NULL; }

const read_format read_format_text = {"text", text_next, text_close};
