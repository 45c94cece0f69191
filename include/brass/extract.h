/* extract.h -- the extract stage: a document -> its command-change events. */
#ifndef BRASS_EXTRACT_H
#define BRASS_EXTRACT_H

#include "core.h"

typedef enum brass_event_type {
    BRASS_DISMISSAL = 0,
    BRASS_APPOINTMENT,
    BRASS_RESIGNATION,
    BRASS_DEATH,
    BRASS_INJURY,
    BRASS_ARREST,
    BRASS_AWARD,
    BRASS_EVENT_TYPES
} brass_event_type;

typedef enum brass_certainty {
    BRASS_CONFIRMED = 0,  /* official, or stated as plain fact */
    BRASS_REPORTED,       /* attributed to someone */
    BRASS_UNVERIFIED      /* hedged: "if confirmed", "allegedly", ... */
} brass_certainty;

/* The text fields of an event, named as in spec/events.md. */
typedef enum brass_field {
    BRASS_F_PERSON = 0,
    BRASS_F_RANK,
    BRASS_F_POST,
    BRASS_F_BY,
    BRASS_F_REPLACEMENT,
    BRASS_F_DATE,
    BRASS_F_SOURCE,
    BRASS_F_REASON,
    BRASS_F_EVIDENCE,
    BRASS_FIELDS
} brass_field;

const char *brass_event_type_name(brass_event_type type);  /* "dismissal", ... */
int brass_event_type_parse(const char *name, brass_event_type *out);
const char *brass_certainty_name(brass_certainty c);       /* "confirmed", ... */
int brass_certainty_parse(const char *name, brass_certainty *out);
const char *brass_field_name(brass_field f);               /* "person", ... */

/* An event and a list of them. */
typedef struct brass_event brass_event;
typedef struct brass_events brass_events;

brass_events *brass_events_new(void);
/* Appends an event; fields[] holds BRASS_FIELDS strings (NULL = unknown),
 * copied. Evidence offsets are byte offsets into the document body. */
int brass_events_add(brass_events *list, brass_event_type type, brass_certainty certainty,
                     const char *const fields[BRASS_FIELDS], size_t evidence_start,
                     size_t evidence_end);
size_t brass_events_count(const brass_events *list);
const brass_event *brass_events_at(const brass_events *list, size_t i);
void brass_events_free(brass_events *list);

brass_event_type brass_event_type_of(const brass_event *ev);
brass_certainty brass_event_certainty(const brass_event *ev);
const char *brass_event_get(const brass_event *ev, brass_field f);  /* or NULL */
size_t brass_event_evidence_start(const brass_event *ev);
size_t brass_event_evidence_end(const brass_event *ev);

/* The extractor holds the compiled lexicons (the data/ lexicons, built into the
 * library). Build one, share it between threads, free it at the end. */
typedef struct brass_extractor brass_extractor;

brass_extractor *brass_extractor_new(brass_error *err);
void brass_extractor_free(brass_extractor *ex);
/* Returns the document's events (possibly none), or NULL with err set. */
brass_events *brass_extract(const brass_extractor *ex, const brass_doc *doc, brass_error *err);

#endif
