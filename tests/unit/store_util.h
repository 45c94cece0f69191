/* store_util.h -- helpers for the store tests: scratch databases, documents and events built by hand. */
#ifndef BRASS_STORE_UTIL_H
#define BRASS_STORE_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "brass.h"

/* A fresh database path in a scratch directory (the caller rm's with tu_cleanup). */
static inline void tu_path(char *out, size_t n, const char *name) {
    char dir[] = "/tmp/brass-test-XXXXXX";
    if (!mkdtemp(dir)) abort();
    snprintf(out, n, "%s/%s", dir, name);
}

static inline void tu_cleanup(const char *path) {
    char cmd[600];
    const char *slash = strrchr(path, '/');
    snprintf(cmd, sizeof cmd, "rm -rf '%.*s'", (int)(slash - path), path);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", path);
}

static inline brass_doc *tu_doc(const char *id, const char *date, const char *body) {
    char text[2048];
    snprintf(text, sizeof text, " date %s\n%s", date, body);
    return brass_doc_from_text(id, id, text, strlen(text), NULL);
}

/* Adds an event: person, post, date, replacement (NULL = unknown). */
static inline void tu_event(brass_events *l, brass_event_type t, brass_certainty c, const char *person,
                            const char *post, const char *date, const char *replacement) {
    const char *f[BRASS_FIELDS] = {0};
    f[BRASS_F_PERSON] = person;
    f[BRASS_F_POST] = post;
    f[BRASS_F_DATE] = date;
    f[BRASS_F_REPLACEMENT] = replacement;
    f[BRASS_F_EVIDENCE] = "A sentence.";
    brass_events_add(l, t, c, f, 0, 11);
}

/* Stores a document holding one event; returns brass_store_add's result. */
static inline int tu_add1(brass_store *st, const char *id, const char *doc_date, brass_event_type t,
                          brass_certainty c, const char *person, const char *post, const char *date,
                          const char *replacement) {
    char body[256];
    snprintf(body, sizeof body, "Report %s about %s.\n", id, person);
    brass_doc *d = tu_doc(id, doc_date, body);
    brass_events *l = brass_events_new();
    tu_event(l, t, c, person, post, date, replacement);
    int rc = brass_store_add(st, d, l, NULL);
    brass_events_free(l);
    brass_doc_free(d);
    return rc;
}

#endif
