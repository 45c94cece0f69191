/* read_warc.c -- warc input (not yet implemented: reports an error per source). */
#include "read/source.h"

static int warc_next(read_source *src, brass_doc **doc, brass_error *err) {
    (void)doc;
    if (src->state) return 0;
    src->state = src;
    return brass_error_set(err, BRASS_ERR_USAGE, src->path, "warc input is not supported yet");
}

static void warc_close(read_source *src) { src->state = NULL; }

const read_format read_format_warc = {"warc", warc_next, warc_close};
