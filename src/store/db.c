/* db.c -- SQLite helpers for the store: prepared statements, errors, busy retries. */
#include "store/db.h"

#include "util/str.h"

#include <string.h>
#include <time.h>

/* How long one call waits for the lock, and how often a BEGIN is retried after
 * that: together about a minute, long enough for another ingest's document. */
#define DB_RETRIES 60

void db_sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

int db_fail(brass_store *st, brass_error *err, const char *what) {
    int code = sqlite3_extended_errcode(st->db);
    if ((code & 0xff) == SQLITE_NOTADB)
        return brass_error_set(err, BRASS_ERR_DB, st->path, "not a brass database (not SQLite)");
    return brass_error_set(err, BRASS_ERR_DB, st->path, "%s: %s", what, sqlite3_errmsg(st->db));
}

sqlite3_stmt *db_prepare(brass_store *st, const char *sql, brass_error *err) {
    for (int i = 0; i < st->ncached; i++)
        if (st->cache[i].sql == sql && !st->cache[i].in_use) {
            st->cache[i].in_use = true;
            return st->cache[i].stmt;
        }
    unsigned long long h = str_hash64(sql, strlen(sql));
    db_cached *slot = NULL;
    for (int i = 0; i < st->ncached; i++) {
        db_cached *c = &st->cache[i];
        if (c->hash != h || strcmp(sqlite3_sql(c->stmt), sql) != 0) continue;
        if (!c->in_use) {
            c->in_use = true;
            return c->stmt;
        }
        slot = c;  /* in use by an outer caller: this one gets a statement of its own */
    }
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v3(st->db, sql, -1, slot ? 0 : SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
        db_fail(st, err, "cannot prepare a query");
        sqlite3_finalize(s);
        return NULL;
    }
    if (!slot && s && st->ncached < DB_CACHE_SIZE)
        st->cache[st->ncached++] = (db_cached){s, sql, h, true};
    return s;
}

void db_done(brass_store *st, sqlite3_stmt *s) {
    if (!s) return;
    for (int i = 0; i < st->ncached; i++)
        if (st->cache[i].stmt == s) {
            sqlite3_reset(s);
            sqlite3_clear_bindings(s);
            st->cache[i].in_use = false;
            return;
        }
    sqlite3_finalize(s);
}

void db_cache_clear(brass_store *st) {
    for (int i = 0; i < st->ncached; i++) sqlite3_finalize(st->cache[i].stmt);
    st->ncached = 0;
}

void db_bind_text(sqlite3_stmt *s, int i, const char *v) {
    if (v) sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(s, i);
}

int db_step(sqlite3_stmt *s) {
    int rc;
    for (int i = 0; (rc = sqlite3_step(s)) == SQLITE_BUSY && i < DB_RETRIES; i++) {
        sqlite3_reset(s);
        db_sleep_ms(10 + 10 * i);
    }
    return rc;
}

int db_run(brass_store *st, const char *sql, brass_error *err) {
    sqlite3_stmt *s = db_prepare(st, sql, err);
    if (!s) return BRASS_ERR_DB;
    int rc = db_step(s) == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "database error");
    db_done(st, s);
    return rc;
}

int db_exec(brass_store *st, const char *sql, brass_error *err) {
    int rc;
    for (int i = 0; (rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL)) == SQLITE_BUSY && i < DB_RETRIES; i++)
        db_sleep_ms(10 + 10 * i);
    return rc == SQLITE_OK ? BRASS_OK : db_fail(st, err, "database error");
}

int db_begin(brass_store *st, brass_error *err) { return db_exec(st, "BEGIN IMMEDIATE", err); }

int db_commit(brass_store *st, brass_error *err) {
    int rc = db_exec(st, "COMMIT", err);
    if (rc != BRASS_OK) db_rollback(st);
    return rc;
}

void db_rollback(brass_store *st) {
    if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    db_forget_simhashes(st);
}

void db_forget_simhashes(brass_store *st) {
    st->nsims = 0;
    st->sims_last = 0;
}

const char *db_text(sqlite3_stmt *s, int i) { return (const char *)sqlite3_column_text(s, i); }
