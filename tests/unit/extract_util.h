/* extract_util.h -- helpers for the extractor tests: run the extractor on a made-up report, find an event. */
#ifndef BRASS_EXTRACT_UTIL_H
#define BRASS_EXTRACT_UTIL_H

#include <string.h>

#include "brass.h"

/* The events of text read as a plain report (the caller frees), NULL on error. */
static inline brass_events *tu_extract(const char *text) {
    brass_error err = {0};
    brass_extractor *ex = brass_extractor_new(&err);
    brass_doc *doc = brass_doc_from_text("t", "t.txt", text, strlen(text), &err);
    brass_events *ev = ex && doc ? brass_extract(ex, doc, &err) : NULL;
    brass_doc_free(doc);
    brass_extractor_free(ex);
    return ev;
}

/* The event of that type whose person ends with surname, or NULL. */
static inline const brass_event *tu_find(const brass_events *ev, brass_event_type type, const char *surname) {
    size_t b = strlen(surname);
    for (size_t i = 0; ev && i < brass_events_count(ev); i++) {
        const brass_event *e = brass_events_at(ev, i);
        const char *p = brass_event_get(e, BRASS_F_PERSON);
        size_t a = p ? strlen(p) : 0;
        if (brass_event_type_of(e) == type && a >= b && strcmp(p + a - b, surname) == 0) return e;
    }
    return NULL;
}

#endif
