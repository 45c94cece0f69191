/* event.c -- brass_event and brass_events: the extractor's output values. */
#include "brass/extract.h"
#include "util/str.h"

#include <stdlib.h>
#include <string.h>

struct brass_event {
    brass_event_type type;
    brass_certainty certainty;
    char *field[BRASS_FIELDS];
    size_t evidence_start, evidence_end;
};

struct brass_events {
    brass_event **items;
    size_t count, cap;
};

static const char *const type_names[BRASS_EVENT_TYPES] = {
    "dismissal", "appointment", "resignation", "death", "injury", "arrest", "award"};
static const char *const certainty_names[] = {"confirmed", "reported", "unverified"};
static const char *const field_names[BRASS_FIELDS] = {
    "person", "rank", "post", "by", "replacement", "date", "source", "reason", "evidence"};

const char *brass_event_type_name(brass_event_type type) {
    return (unsigned)type < BRASS_EVENT_TYPES ? type_names[type] : "unknown";
}

int brass_event_type_parse(const char *name, brass_event_type *out) {
    for (int i = 0; i < BRASS_EVENT_TYPES; i++)
        if (strcmp(name, type_names[i]) == 0) {
            *out = (brass_event_type)i;
            return BRASS_OK;
        }
    return BRASS_ERR_USAGE;
}

const char *brass_certainty_name(brass_certainty c) {
    return (unsigned)c <= BRASS_UNVERIFIED ? certainty_names[c] : "unknown";
}

int brass_certainty_parse(const char *name, brass_certainty *out) {
    for (int i = 0; i <= BRASS_UNVERIFIED; i++)
        if (strcmp(name, certainty_names[i]) == 0) {
            *out = (brass_certainty)i;
            return BRASS_OK;
        }
    return BRASS_ERR_USAGE;
}

const char *brass_field_name(brass_field f) {
    return (unsigned)f < BRASS_FIELDS ? field_names[f] : "unknown";
}

brass_events *brass_events_new(void) { return calloc(1, sizeof(brass_events)); }

static void event_free(brass_event *ev) {
    if (!ev) return;
    for (int i = 0; i < BRASS_FIELDS; i++) free(ev->field[i]);
    free(ev);
}

int brass_events_add(brass_events *list, brass_event_type type, brass_certainty certainty,
                     const char *const fields[BRASS_FIELDS], size_t evidence_start,
                     size_t evidence_end) {
    if (list->count == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 8;
        brass_event **items = realloc(list->items, cap * sizeof *items);
        if (!items) return BRASS_ERR_NOMEM;
        list->items = items;
        list->cap = cap;
    }
    brass_event *ev = calloc(1, sizeof *ev);
    if (!ev) return BRASS_ERR_NOMEM;
    ev->type = type;
    ev->certainty = certainty;
    ev->evidence_start = evidence_start;
    ev->evidence_end = evidence_end;
    for (int i = 0; i < BRASS_FIELDS; i++) {
        if (fields[i] && !(ev->field[i] = str_dup(fields[i]))) {
            event_free(ev);
            return BRASS_ERR_NOMEM;
        }
    }
    list->items[list->count++] = ev;
    return BRASS_OK;
}

size_t brass_events_count(const brass_events *list) { return list ? list->count : 0; }

const brass_event *brass_events_at(const brass_events *list, size_t i) {
    return i < list->count ? list->items[i] : NULL;
}

void brass_events_free(brass_events *list) {
    if (!list) return;
    for (size_t i = 0; i < list->count; i++) event_free(list->items[i]);
    free(list->items);
    free(list);
}

brass_event_type brass_event_type_of(const brass_event *ev) { return ev->type; }
brass_certainty brass_event_certainty(const brass_event *ev) { return ev->certainty; }
const char *brass_event_get(const brass_event *ev, brass_field f) {
    return (unsigned)f < BRASS_FIELDS ? ev->field[f] : NULL;
}
size_t brass_event_evidence_start(const brass_event *ev) { return ev->evidence_start; }
size_t brass_event_evidence_end(const brass_event *ev) { return ev->evidence_end; }
