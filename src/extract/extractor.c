/* extractor.c -- brass_extractor: lexicons in, events out (stub: no events yet). */
#include "brass/extract.h"

#include <stdlib.h>

struct brass_extractor {
    int unused;
};

brass_extractor *brass_extractor_new(brass_error *err) {
    brass_extractor *ex = calloc(1, sizeof *ex);
    if (!ex) brass_error_set(err, BRASS_ERR_NOMEM, "", "out of memory");
    return ex;
}

void brass_extractor_free(brass_extractor *ex) { free(ex); }

brass_events *brass_extract(const brass_extractor *ex, const brass_doc *doc, brass_error *err) {
    (void)ex;
    (void)doc;
    brass_events *list = brass_events_new();
    if (!list) brass_error_set(err, BRASS_ERR_NOMEM, brass_doc_origin(doc), "out of memory");
    return list;
}
