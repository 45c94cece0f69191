/* merged_json.c -- merged events as JSON: fields, sources and the conflicts between sources. */
#include "brass/resolve.h"
#include "resolve/link.h"
#include "store/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

json_t *report_str(const char *s) { return s ? json_string(s) : json_null(); }

/* Adds s to the array unless an equal string is there; returns its size. */
static size_t add_distinct(json_t *arr, const char *s) {
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) if (strcmp(json_string_value(v), s) == 0) return json_array_size(arr);
    json_array_append_new(arr, json_string(s));
    return json_array_size(arr);
}

static void add_conflict(json_t *conflicts, const char *field, json_t *values, const char *detail) {
    json_t *c = json_object();
    json_object_set_new(c, "field", json_string(field));
    json_object_set_new(c, "values", values);
    if (detail) json_object_set_new(c, "detail", json_string(detail));
    json_array_append_new(conflicts, c);
}

/* Values of one field among the sources that do not all agree: dates that are
 * not prefixes of each other, posts with incompatible canonical forms,
 * replacements with different name keys. */
typedef struct field_seen {
    json_t *values;  /* distinct wordings */
    json_t *keys;    /* what is compared: date, canon, name key */
    bool clash;
} field_seen;

static void seen(field_seen *f, const char *value, const char *cmp, int kind) {
    if (!value || !cmp || !*cmp) return;
    size_t i;
    json_t *k;
    json_array_foreach(f->keys, i, k) {
        const char *o = json_string_value(k);
        bool agree = kind == 0 ? link_dates_agree(o, cmp)
                   : kind == 1 ? brass_post_compatible(o, cmp)
                               : strcmp(o, cmp) == 0;
        if (!agree) f->clash = true;
    }
    add_distinct(f->keys, cmp);
    add_distinct(f->values, value);
}

static void field_done(field_seen *f, json_t *conflicts, const char *name) {
    if (f->clash) add_conflict(conflicts, name, json_incref(f->values), NULL);
    json_decref(f->values);
    json_decref(f->keys);
}

/* Sources of merged event id, appended to obj as "sources", "independent"
 * and "conflicts" (death vs a later event of the same person included). */
static int add_sources(brass_store *st, json_t *obj, sqlite3_int64 id, const char *type,
                       sqlite3_int64 person, const char *date, brass_error *err) {
    sqlite3_stmt *s = db_prepare(st,
                                 "SELECT d.name, d.url, d.date, e.certainty, e.evidence, e.date, "
                                 "e.post, p.canon, e.replacement, e.id, d.dup_of, d.id, "
                                 "e.evidence_start, e.evidence_end, e.person, e.source, o.name "
                                 "FROM events e JOIN documents d ON d.id = e.doc "
                                 "LEFT JOIN documents o ON o.id = d.dup_of "
                                 "LEFT JOIN posts p ON p.id = e.post_id "
                                 "WHERE e.merged = ? ORDER BY d.date IS NULL, d.date, d.id, e.id",
                                 err);
    if (!s) return BRASS_ERR_DB;
    sqlite3_bind_int64(s, 1, id);
    json_t *sources = json_array(), *conflicts = json_array(), *docs = json_array();
    field_seen fd = {json_array(), json_array(), false}, fp = {json_array(), json_array(), false},
               fr = {json_array(), json_array(), false};
    int rc;
    while ((rc = db_step(s)) == SQLITE_ROW) {
        json_t *src = json_object();
        json_object_set_new(src, "doc", json_string(db_text(s, 0)));
        json_object_set_new(src, "url", report_str(db_text(s, 1)));
        json_object_set_new(src, "date", report_str(db_text(s, 2)));
        json_object_set_new(src, "certainty", json_string(db_text(s, 3)));
        json_object_set_new(src, "evidence", report_str(db_text(s, 4)));
        json_object_set_new(src, "evidence_start", json_integer(sqlite3_column_int64(s, 12)));
        json_object_set_new(src, "evidence_end", json_integer(sqlite3_column_int64(s, 13)));
        json_object_set_new(src, "person", report_str(db_text(s, 14)));
        json_object_set_new(src, "event_date", report_str(db_text(s, 5)));
        json_object_set_new(src, "post", report_str(db_text(s, 6)));
        json_object_set_new(src, "source", report_str(db_text(s, 15)));
        /* A near-duplicate counts with the document it copies. */
        sqlite3_int64 origin = sqlite3_column_type(s, 10) == SQLITE_NULL ? sqlite3_column_int64(s, 11)
                                                                       : sqlite3_column_int64(s, 10);
        char num[32];
        snprintf(num, sizeof num, "%lld", (long long)origin);
        add_distinct(docs, num);
        if (sqlite3_column_type(s, 10) != SQLITE_NULL)
            json_object_set_new(src, "copy_of", json_string(db_text(s, 16)));
        json_array_append_new(sources, src);
        seen(&fd, db_text(s, 5), db_text(s, 5), 0);
        seen(&fp, db_text(s, 6), db_text(s, 7), 1);
        const char *repl = db_text(s, 8);
        char *rkey = repl ? brass_name_key(repl) : NULL;
        seen(&fr, repl, rkey, 2);
        free(rkey);
    }
    db_done(st, s);
    field_done(&fd, conflicts, "date");
    field_done(&fp, conflicts, "post");
    field_done(&fr, conflicts, "replacement");
    int status = rc == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot read sources");
    /* A death followed by later news of the person alive and acting. */
    if (status == BRASS_OK && date && strcmp(type, "death") == 0) {
        s = db_prepare(st,
                       "SELECT id, type, date FROM merged WHERE person = ? AND id <> ? AND "
                       "type NOT IN ('death', 'award') AND date IS NOT NULL ORDER BY date",
                       err);
        if (!s) status = BRASS_ERR_DB;
        else {
            sqlite3_bind_int64(s, 1, person);
            sqlite3_bind_int64(s, 2, id);
            json_t *later = json_array();
            while (db_step(s) == SQLITE_ROW) {
                const char *d = db_text(s, 2);
                if (!link_dates_agree(d, date) && strcmp(d, date) > 0) {
                    char line[128];
                    snprintf(line, sizeof line, "%lld %s %s", (long long)sqlite3_column_int64(s, 0),
                             db_text(s, 1), d);
                    json_array_append_new(later, json_string(line));
                }
            }
            db_done(st, s);
            if (json_array_size(later))
                add_conflict(conflicts, "alive", later, "events of the person dated after the death");
            else json_decref(later);
        }
    }
    json_object_set_new(obj, "independent_sources", json_integer((json_int_t)json_array_size(docs)));
    json_decref(docs);
    json_object_set_new(obj, "sources", sources);
    json_object_set_new(obj, "conflicts", conflicts);
    return status;
}

static const char merged_sql[] =
    "SELECT m.id, m.type, pe.name, po.name, m.by, m.replacement, m.date, m.certainty, pe.id"
    " FROM merged m JOIN persons pe ON pe.id = m.person LEFT JOIN posts po ON po.id = m.post"
    " WHERE (?1 IS NULL OR m.type = ?1) AND (?2 IS NULL OR pe.id IN (SELECT person FROM person_keys WHERE key = ?2))"
    " AND (?3 IS NULL OR (m.date IS NOT NULL AND"
    "  substr(m.date, 1, min(length(m.date), length(?3))) >= substr(?3, 1, length(m.date))))"
    " AND (?4 IS NULL OR (m.date IS NOT NULL AND"
    "  substr(m.date, 1, min(length(m.date), length(?4))) <= substr(?4, 1, length(m.date))))"
    " AND (?5 IS NULL OR m.id = ?5) AND (?6 IS NULL OR pe.id = ?6)"
    " ORDER BY m.date IS NULL, m.date, m.id";

json_t *report_merged(brass_store *st, const report_filter *f, brass_error *err) {
    char *key = f->person_name ? brass_name_key(f->person_name) : NULL;
    sqlite3_stmt *s = db_prepare(st, merged_sql, err);
    if (!s) {
        free(key);
        return NULL;
    }
    db_bind_text(s, 1, f->type);
    db_bind_text(s, 2, key);
    db_bind_text(s, 3, f->since);
    db_bind_text(s, 4, f->until);
    if (f->id) sqlite3_bind_int64(s, 5, f->id);
    if (f->person) sqlite3_bind_int64(s, 6, f->person);
    json_t *arr = json_array();
    int rc, status = BRASS_OK;
    while (status == BRASS_OK && (rc = db_step(s)) == SQLITE_ROW) {
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(sqlite3_column_int64(s, 0)));
        json_object_set_new(o, "type", json_string(db_text(s, 1)));
        json_object_set_new(o, "person", json_string(db_text(s, 2)));
        json_object_set_new(o, "post", report_str(db_text(s, 3)));
        json_object_set_new(o, "by", report_str(db_text(s, 4)));
        json_object_set_new(o, "replacement", report_str(db_text(s, 5)));
        json_object_set_new(o, "date", report_str(db_text(s, 6)));
        json_object_set_new(o, "certainty", json_string(db_text(s, 7)));
        json_array_append_new(arr, o);
        status = add_sources(st, o, sqlite3_column_int64(s, 0), db_text(s, 1),
                             sqlite3_column_int64(s, 8), db_text(s, 6), err);
    }
    if (status == BRASS_OK && rc != SQLITE_DONE) status = db_fail(st, err, "cannot read merged events");
    db_done(st, s);
    free(key);
    if (status != BRASS_OK) {
        json_decref(arr);
        return NULL;
    }
    return arr;
}

char *report_dump(json_t *v, brass_store *st, brass_error *err) {
    char *out = v ? json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    if (v && !out) brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
    json_decref(v);
    return out;
}
