/* store.h -- the store stage: documents, events and persons kept in SQLite. */
#ifndef BRASS_STORE_H
#define BRASS_STORE_H

#include "core.h"
#include "extract.h"

typedef struct brass_store brass_store;

/* Opens (creating if needed) the database at path, in WAL mode with a busy
 * timeout so that several processes can share it. A store is used by one
 * thread at a time: threads that write or query at once open one store each. */
brass_store *brass_store_open(const char *path, brass_error *err);
/* Opens a database that must exist already (for queries): a missing file is
 * an error rather than a new empty database. A file that is not a brass
 * database, or one of a newer schema version, is refused by both. */
brass_store *brass_store_open_existing(const char *path, brass_error *err);
void brass_store_close(brass_store *st);

/* Adds one document with its events in a single transaction: either all of
 * it is stored or none. Returns 1 when added, 0 when a document with the same
 * content hash is already there (nothing changes), <0 on error. Resolution
 * runs in the same transaction: each event's person and post are resolved and
 * the event is merged into the record of the real event it tells. */
int brass_store_add(brass_store *st, const brass_doc *doc, const brass_events *events,
                    brass_error *err);

/* Batches: between brass_store_begin and brass_store_commit, every
 * brass_store_add joins one transaction (each document still whole or not at
 * all: a failed one is rolled back alone), so that many short documents share
 * one commit. A document of a batch is stored only once brass_store_commit
 * returns BRASS_OK; a crash, a failed commit or closing the store first
 * loses the whole batch. The
 * write lock is held for the batch: keep batches short (the ingest commits
 * every 256 documents or every second). Both return BRASS_OK or <0. */
int brass_store_begin(brass_store *st, brass_error *err);
int brass_store_commit(brass_store *st, brass_error *err);

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

/* Walks matching events (each as one report gives it) in date order,
 * undated last. */
int brass_store_events(brass_store *st, const brass_query *q, brass_store_event_fn fn, void *ud,
                       brass_error *err);

/* Queries of the merged record, each returning JSON text (the caller frees)
 * as README.md "Queries and JSON output" describes, or NULL with err set.
 * A name or post that matches nothing or several is BRASS_ERR_USAGE. */

/* Merged events matching q (type, person, since, until): an array of
 * {"id","type","person","post","by","replacement","date","certainty",
 *  "sources":[{"doc","url","date","certainty","evidence"}],"conflicts":[...]}. */
char *brass_store_timeline(brass_store *st, const brass_query *q, brass_error *err);
/* One person: {"name","aliases":[...],"ranks":[...],"events":[merged events]}. */
char *brass_store_person(brass_store *st, const char *name, brass_error *err);
/* A post's holders in order: {"post","holders":[{"person","from","to"}]};
 * with on (a date, or NULL) only those holding it then. */
char *brass_store_post(brass_store *st, const char *post, const char *on, brass_error *err);
/* One merged event (an "id" of the timeline) with its sources. */
char *brass_store_sources(brass_store *st, long long id, brass_error *err);
/* Every person: [{"id","name","aliases":[...],"events":N}], by name. */
char *brass_store_persons(brass_store *st, brass_error *err);

#endif
