/* queries.c -- the merged record as JSON: timeline, one person, one post's holders, one event's sources. */
#include "brass/resolve.h"
#include "resolve/link.h"
#include "store/report.h"
#include "util/buf.h"

#include <stdlib.h>
#include <string.h>

char *brass_store_timeline(brass_store *st, const brass_query *q, brass_error *err) {
    brass_query none = {0};
    if (!q) q = &none;
    report_filter f = {.type = q->type, .person_name = q->person, .since = q->since, .until = q->until};
    json_t *arr = report_merged(st, &f, err);
    return arr ? report_dump(arr, st, err) : NULL;
}

char *brass_store_sources(brass_store *st, long long id, brass_error *err) {
    report_filter f = {.id = id};
    json_t *arr = report_merged(st, &f, err);
    if (!arr) return NULL;
    if (json_array_size(arr) == 0) {
        json_decref(arr);
        brass_error_set(err, BRASS_ERR_USAGE, st->path, "no event with id %lld", id);
        return NULL;
    }
    json_t *one = json_incref(json_array_get(arr, 0));
    json_decref(arr);
    return report_dump(one, st, err);
}

/* The names of all persons with name's surname key, for an "ambiguous" message. */
static void namesakes(brass_store *st, const char *name, buf *b) {
    char *key = brass_name_key(name);
    sqlite3_stmt *s = key ? db_prepare(st, "SELECT p.name FROM person_keys k JOIN persons p ON p.id = k.person "
                                           "WHERE k.key = ? ORDER BY p.name", NULL) : NULL;
    if (s) {
        db_bind_text(s, 1, key);
        while (db_step(s) == SQLITE_ROW) {
            if (b->len) buf_puts(b, ", ");
            buf_puts(b, db_text(s, 0));
        }
        db_done(st, s);
    }
    free(key);
}

/* Runs a one-column query bound to id and returns the distinct values as an array. */
static json_t *column_list(brass_store *st, const char *sql, sqlite3_int64 id) {
    json_t *arr = json_array();
    sqlite3_stmt *s = db_prepare(st, sql, NULL);
    if (!s) return arr;
    sqlite3_bind_int64(s, 1, id);
    while (db_step(s) == SQLITE_ROW) json_array_append_new(arr, json_string(db_text(s, 0)));
    db_done(st, s);
    return arr;
}

char *brass_store_person(brass_store *st, const char *name, brass_error *err) {
    sqlite3_int64 id;
    bool ambiguous;
    if (link_find_person(st, name, &id, &ambiguous, err) != BRASS_OK) return NULL;
    if (!id) {
        buf b = BUF_INIT;
        if (ambiguous) namesakes(st, name, &b);
        if (ambiguous)
            brass_error_set(err, BRASS_ERR_USAGE, st->path, "'%s' may be any of: %s; give the full name",
                            name, b.data ? b.data : "");
        else brass_error_set(err, BRASS_ERR_USAGE, st->path, "no person named '%s'", name);
        buf_free(&b);
        return NULL;
    }
    json_t *o = json_object();
    sqlite3_stmt *s = db_prepare(st, "SELECT name FROM persons WHERE id = ?", err);
    if (!s) {
        json_decref(o);
        return NULL;
    }
    sqlite3_bind_int64(s, 1, id);
    json_object_set_new(o, "name", db_step(s) == SQLITE_ROW ? json_string(db_text(s, 0)) : json_null());
    db_done(st, s);
    json_object_set_new(o, "aliases",
                        column_list(st, "SELECT DISTINCT alias FROM aliases WHERE person = ? ORDER BY alias", id));
    /* Which report used which form of the name. */
    json_t *used = json_array();
    s = db_prepare(st, "SELECT a.alias, d.name FROM aliases a JOIN documents d ON d.id = a.doc "
                       "WHERE a.person = ? ORDER BY a.alias, d.name", NULL);
    if (s) {
        sqlite3_bind_int64(s, 1, id);
        while (db_step(s) == SQLITE_ROW)
            json_array_append_new(used, json_pack("{s:s,s:s}", "alias", db_text(s, 0), "doc", db_text(s, 1)));
        db_done(st, s);
    }
    json_object_set_new(o, "alias_sources", used);
    /* Ranks as reports gave them over time (a promotion shows as a new rank). */
    json_t *ranks = json_array();
    s = db_prepare(st, "SELECT DISTINCT e.rank, coalesce(e.date, d.date), d.name FROM events e "
                       "JOIN documents d ON d.id = e.doc WHERE e.person_id = ? AND e.rank IS NOT NULL "
                       "ORDER BY 2 IS NULL, 2, d.name", NULL);
    if (s) {
        sqlite3_bind_int64(s, 1, id);
        while (db_step(s) == SQLITE_ROW)
            json_array_append_new(ranks, json_pack("{s:s,s:o,s:s}", "rank", db_text(s, 0), "date",
                                                   report_str(db_text(s, 1)), "doc", db_text(s, 2)));
        db_done(st, s);
    }
    json_object_set_new(o, "ranks", ranks);
    report_filter f = {.person = id};
    json_t *events = report_merged(st, &f, err);
    if (!events) {
        json_decref(o);
        return NULL;
    }
    json_object_set_new(o, "events", events);
    return report_dump(o, st, err);
}

char *brass_store_persons(brass_store *st, brass_error *err) {
    sqlite3_stmt *s = db_prepare(st,
                                 "SELECT p.id, p.name, (SELECT count(*) FROM merged m WHERE m.person = p.id), "
                                 "(SELECT count(*) FROM events e WHERE e.person_id = p.id) "
                                 "FROM persons p ORDER BY p.key, p.name",
                                 err);
    if (!s) return NULL;
    json_t *arr = json_array();
    while (db_step(s) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(s, 0);
        json_array_append_new(
            arr, json_pack("{s:I,s:s,s:o,s:I,s:I}", "id", (json_int_t)id, "name", db_text(s, 1), "aliases",
                           column_list(st, "SELECT DISTINCT alias FROM aliases WHERE person = ? ORDER BY alias", id),
                           "events", (json_int_t)sqlite3_column_int64(s, 2), "mentions",
                           (json_int_t)sqlite3_column_int64(s, 3)));
    }
    db_done(st, s);
    return report_dump(arr, st, err);
}
