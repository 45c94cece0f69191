/* read_html.c -- an HTML page: one file, one document (main text, title, date). */
#include "read/html.h"
#include "read/source.h"

#include <stdlib.h>

static int html_next(read_source *src, brass_doc **doc, brass_error *err) {
    if (src->state) return 0;  /* the one document was given */
    src->state = src;
    size_t len;
    char *data = source_slurp(src, &len, err);
    if (!data) return err ? err->code : BRASS_ERR_IO;
    if (len == 0) {
        free(data);
        return brass_error_set(err, BRASS_ERR_INPUT, src->path, "empty file");
    }
    *doc = html_doc(src->id, src->path, data, len, NULL, err);
    free(data);
    return *doc ? 1 : (err ? err->code : BRASS_ERR_INPUT);
}

static void html_close(read_source *src) { src->state = NULL; }

const read_format read_format_html = {"html", html_next, html_close};
