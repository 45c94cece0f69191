/* query.c -- brass_store_events: stored events as reports gave them, filtered. */
#include "brass/resolve.h"
#include "store/db.h"

#include <stdlib.h>

/* Dates compare on their common prefix, so "2023-07" is within
 * since=2023-07-15 (it may be) and "2023" within any 2023 range. */
static const char events_sql[] =
    "SELECT d.name, e.type, e.certainty, e.person, e.rank, e.post, e.by, e.replacement, e.date,"
    " e.source, e.reason, e.evidence, e.evidence_start, e.evidence_end"
    " FROM events e JOIN documents d ON d.id = e.doc"
    " WHERE (?1 IS NULL OR e.type = ?1) AND (?2 IS NULL OR e.person_key = ?2)"
    " AND (?3 IS NULL OR (e.date IS NOT NULL AND"
    "  substr(e.date, 1, min(length(e.date), length(?3))) >= substr(?3, 1, length(e.date))))"
    " AND (?4 IS NULL OR (e.date IS NOT NULL AND"
    "  substr(e.date, 1, min(length(e.date), length(?4))) <= substr(?4, 1, length(e.date))))"
    " ORDER BY e.date IS NULL, e.date, d.name, e.id";

int brass_store_events(brass_store *st, const brass_query *q, brass_store_event_fn fn, void *ud,
                       brass_error *err) {
    brass_query none = {0};
    if (!q) q = &none;
    char *key = q->person ? brass_name_key(q->person) : NULL;
    if (q->person && !key) return brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
    sqlite3_stmt *s = db_prepare(st, events_sql, err);
    if (!s) {
        free(key);
        return BRASS_ERR_DB;
    }
    db_bind_text(s, 1, q->type);
    db_bind_text(s, 2, key);
    db_bind_text(s, 3, q->since);
    db_bind_text(s, 4, q->until);
    int rc = SQLITE_DONE, status = BRASS_OK;
    while (status == BRASS_OK && (rc = db_step(s)) == SQLITE_ROW) {
        brass_event_type type;
        brass_certainty cert;
        if (brass_event_type_parse(db_text(s, 1), &type) != BRASS_OK ||
            brass_certainty_parse(db_text(s, 2), &cert) != BRASS_OK) {
            status = brass_error_set(err, BRASS_ERR_DB, st->path, "not a brass database (bad event type)");
            break;
        }
        const char *fields[BRASS_FIELDS] = {0};
        for (int f = 0; f < BRASS_FIELDS; f++) fields[f] = db_text(s, 3 + f);
        brass_events *one = brass_events_new();
        if (!one || brass_events_add(one, type, cert, fields, (size_t)sqlite3_column_int64(s, 12),
                                     (size_t)sqlite3_column_int64(s, 13)) != BRASS_OK) {
            brass_events_free(one);
            status = brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
            break;
        }
        status = fn(ud, db_text(s, 0), brass_events_at(one, 0));
        brass_events_free(one);
    }
    if (status == BRASS_OK && rc != SQLITE_DONE) status = db_fail(st, err, "cannot read events");
    db_done(st, s);
    free(key);
    return status;
}
