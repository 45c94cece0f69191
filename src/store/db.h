/* db.h -- the store's private side: the SQLite handle and helpers shared by src/store and src/resolve. */
#ifndef BRASS_DB_H
#define BRASS_DB_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "brass/store.h"

/* A prepared statement kept for reuse: an ingest runs the same few statements
 * for every document, and compiling them each time cost more than running them. */
typedef struct db_cached {
    sqlite3_stmt *stmt;
    const char *sql;          /* the text it was asked for by: callers pass literals, so
                                 the same address is the same query, found without hashing */
    unsigned long long hash;  /* of its SQL text */
    bool in_use;              /* handed out and not yet given back by db_done */
} db_cached;

#define DB_CACHE_SIZE 64

struct brass_store {
    sqlite3 *db;
    char *path;
    db_cached cache[DB_CACHE_SIZE];
    int ncached;
    bool batch;  /* inside brass_store_begin .. brass_store_commit */
    /* The SimHashes of the documents stored so far, in id order, read
     * incrementally (ids above sims_last) inside each document's transaction:
     * the near-duplicate search scans them in memory rather than every row
     * in SQL. Forgotten on any rollback, which may take rows already read. */
    uint64_t *sim_hash;           /* dense, for the scan: one 8-byte load per document */
    sqlite3_int64 *sim_root;      /* the document each counts as: itself, or the earlier one it copies */
    size_t nsims, simcap;
    sqlite3_int64 sims_last;
};

/* The schema version this brass writes and reads (PRAGMA user_version), and
 * the application id that marks a file as a brass database ("BRAS"). */
#define DB_SCHEMA_VERSION 2
#define DB_APPLICATION_ID 0x42524153

/* A statement for sql, from the store's cache when one is free (else freshly
 * prepared); on failure fills err naming the database and returns NULL. Give
 * it back with db_done, never sqlite3_finalize. sql must not change while the
 * store is open (a literal or a static array): the cache finds a statement by
 * the address of its text first. */
sqlite3_stmt *db_prepare(brass_store *st, const char *sql, brass_error *err);
/* Gives back a statement of db_prepare: a cached one is reset for the next
 * use (its bindings cleared), another one finalized. NULL is allowed. */
void db_done(brass_store *st, sqlite3_stmt *s);
/* Finalizes every cached statement (before closing the connection). */
void db_cache_clear(brass_store *st);
/* Fills err from the connection's last error; returns BRASS_ERR_DB. */
int db_fail(brass_store *st, brass_error *err, const char *what);
/* Binds a string or NULL (copied by SQLite). */
void db_bind_text(sqlite3_stmt *s, int i, const char *v);
/* Runs one statement with no result through the statement cache (no parsing
 * after the first time): for those run once per document. */
int db_run(brass_store *st, const char *sql, brass_error *err);
/* Runs sql with no result; retries while the database is busy. */
int db_exec(brass_store *st, const char *sql, brass_error *err);
/* BEGIN IMMEDIATE, retried (with a growing sleep) while another writer holds
 * the lock beyond the busy timeout. */
int db_begin(brass_store *st, brass_error *err);
int db_commit(brass_store *st, brass_error *err);
/* Rolls the open transaction back (if any) and forgets the SimHashes read. */
void db_rollback(brass_store *st);
/* Forgets the SimHashes read (they are read again when next needed). */
void db_forget_simhashes(brass_store *st);
/* sqlite3_step, retried on SQLITE_BUSY (a reader may meet a WAL checkpoint). */
int db_step(sqlite3_stmt *s);
/* The text of column i, or NULL. */
const char *db_text(sqlite3_stmt *s, int i);
/* Sleeps ms milliseconds (the retry back-off). */
void db_sleep_ms(int ms);

#endif
