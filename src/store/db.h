/* db.h -- the store's private side: the SQLite handle and helpers shared by src/store and src/resolve. */
#ifndef BRASS_DB_H
#define BRASS_DB_H

#include <sqlite3.h>
#include <stdbool.h>

#include "brass/store.h"

struct brass_store {
    sqlite3 *db;
    char *path;
};

/* The schema version this brass writes and reads (PRAGMA user_version), and
 * the application id that marks a file as a brass database ("BRAS"). */
#define DB_SCHEMA_VERSION 2
#define DB_APPLICATION_ID 0x42524153

/* Prepares sql; on failure fills err naming the database and returns NULL. */
sqlite3_stmt *db_prepare(brass_store *st, const char *sql, brass_error *err);
/* Fills err from the connection's last error; returns BRASS_ERR_DB. */
int db_fail(brass_store *st, brass_error *err, const char *what);
/* Binds a string or NULL (copied by SQLite). */
void db_bind_text(sqlite3_stmt *s, int i, const char *v);
/* Runs sql with no result; retries while the database is busy. */
int db_exec(brass_store *st, const char *sql, brass_error *err);
/* BEGIN IMMEDIATE, retried (with a growing sleep) while another writer holds
 * the lock beyond the busy timeout. */
int db_begin(brass_store *st, brass_error *err);
int db_commit(brass_store *st, brass_error *err);
void db_rollback(brass_store *st);
/* sqlite3_step, retried on SQLITE_BUSY (a reader may meet a WAL checkpoint). */
int db_step(sqlite3_stmt *s);
/* The text of column i, or NULL. */
const char *db_text(sqlite3_stmt *s, int i);
/* Sleeps ms milliseconds (the retry back-off). */
void db_sleep_ms(int ms);

#endif
