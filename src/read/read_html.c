/* read_html.c -- html input (not yet implemented: reports an error per source). */
#include "read/source.h"

static int html_next(read_source *src, brass_doc **doc, brass_error *err) {
    (void)doc;
    if (src->state) return 0;
    src->state = src;
    return brass_error_set(err, BRASS_ERR_USAGE, src->path, "html input is not supported yet");
}

static void html_close(read_source *src) { src->state = NULL; }

const read_format read_format_html = {"html", html_next, html_close};
