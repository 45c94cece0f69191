/* store.h -- the store stage: documents, events and persons kept in SQLite. */
#ifndef BRASS_STORE_H
#define BRASS_STORE_H

#include "core.h"
#include "extract.h"

typedef struct brass_store brass_store;

/* Opens (creating if needed) the database at path, in WAL mode with a busy
 * timeout so that several processes can share it. */
brass_store *brass_store_open(const char *path, brass_error *err);
void brass_store_close(brass_store *st);

/* Adds one document with its events in a single transaction: either all of
 * it is stored or none. Returns 1 when added, 0 when a document with the same
 * content hash is already there (nothing changes), <0 on error. */
int brass_store_add(brass_store *st, const brass_doc *doc, const brass_events *events,
                    brass_error *err);

/* A filter on stored events; NULL members match everything. Dates compare
 * as ISO prefixes ("2023" <= "2023-07-12"). */
typedef struct brass_query {
    const char *type;    /* an event type name */
    const char *person;  /* a name; matched by name key, as the scorer does */
    const char *since;   /* YYYY[-MM[-DD]] */
    const char *until;
} brass_query;

/* Called once per matching event; a non-zero return stops the walk and is
 * returned by brass_store_events. */
typedef int (*brass_store_event_fn)(void *ud, const char *doc_id, const brass_event *ev);

/* Walks matching events in date order (undated last). */
int brass_store_events(brass_store *st, const brass_query *q, brass_store_event_fn fn, void *ud,
                       brass_error *err);

#endif
