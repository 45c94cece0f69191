/* report.h -- shared pieces of the store's JSON queries (timeline, person, post, sources). */
#ifndef BRASS_REPORT_H
#define BRASS_REPORT_H

#include <jansson.h>

#include "store/db.h"

/* Which merged events to list; NULL/0 members match all. */
typedef struct report_filter {
    const char *type, *person_name, *since, *until;
    sqlite3_int64 id, person;
} report_filter;

/* A JSON string, or null for NULL. */
json_t *report_str(const char *s);
/* Merged events with their sources and conflicts, in date order; NULL + err on failure. */
json_t *report_merged(brass_store *st, const report_filter *f, brass_error *err);
/* Compact JSON text of v (which is released); NULL + err when out of memory, or when v is NULL. */
char *report_dump(json_t *v, brass_store *st, brass_error *err);

#endif
