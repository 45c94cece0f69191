/* schema.c -- opening a store: the SQLite schema, its version, WAL mode and busy timeout. */
#include "store/db.h"
#include "util/str.h"

#include <stdlib.h>

/* Additions to the schema that older brass binaries neither need nor notice,
 * made when a store is opened for writing, in one transaction (IF NOT EXISTS:
 * another process may have made them first):
 * - persons_given: resolution looks persons up by given name for every new
 *   surname (a transliteration one letter off); without it that scanned
 *   every person (key is in it so that the index alone answers);
 * - alias_counts: how many reports call a person by each alias, kept by a
 *   trigger (so by any writer), filled from aliases once when it is made. A
 *   person is named after their most used fullest alias; counting the
 *   aliases rows for that on every mention grew with the reports naming them. */
static const char additions_sql[] =
    "CREATE INDEX IF NOT EXISTS persons_given ON persons(given, key);"
    "CREATE TABLE IF NOT EXISTS alias_counts("
    " person INTEGER NOT NULL REFERENCES persons(id),"
    " alias TEXT NOT NULL,"
    " n INTEGER NOT NULL,"
    " PRIMARY KEY(person, alias)) WITHOUT ROWID;"
    "INSERT INTO alias_counts(person, alias, n) SELECT person, alias, count(*) FROM aliases"
    " WHERE NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'aliases_counted')"
    " GROUP BY person, alias;"
    "CREATE TRIGGER IF NOT EXISTS aliases_counted AFTER INSERT ON aliases BEGIN"
    " INSERT INTO alias_counts(person, alias, n) VALUES (NEW.person, NEW.alias, 1)"
    " ON CONFLICT(person, alias) DO UPDATE SET n = n + 1; END;";

/* Every surname key a person was named by (persons.key is the first one):
 * "Gerasimova" and "Gerasimov", "Daglo" and "Hemedti" find the same person,
 * and a bare surname sees every person who bore it. Added in version 2. */
#define PERSON_KEYS_SQL                                                    \
    "CREATE TABLE person_keys("                                            \
    " key TEXT NOT NULL,"                                                  \
    " person INTEGER NOT NULL REFERENCES persons(id),"                     \
    " PRIMARY KEY(key, person)) WITHOUT ROWID;"

/* Version 2. Every text of a report reaches SQLite through bound parameters;
 * none of these statements is ever built from data. */
static const char schema_sql[] =
    "CREATE TABLE documents("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"            /* the document id: file name without extension */
    " origin TEXT NOT NULL,"          /* the path it was read from */
    " url TEXT, title TEXT, date TEXT,"
    " hash TEXT NOT NULL UNIQUE,"     /* exact-duplicate key: re-ingesting is a no-op */
    " simhash INTEGER,"               /* SimHash of the body, when known */
    " dup_of INTEGER REFERENCES documents(id),"  /* a near-duplicate of that document */
    " ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
    "CREATE TABLE persons("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"            /* the fullest form seen */
    " key TEXT NOT NULL,"             /* brass_name_key */
    " given TEXT NOT NULL DEFAULT '');"  /* brass_given_key, '' while only the surname is known */
    "CREATE INDEX persons_key ON persons(key);"
    PERSON_KEYS_SQL
    "CREATE TABLE aliases("
    " person INTEGER NOT NULL REFERENCES persons(id),"
    " alias TEXT NOT NULL,"
    " doc INTEGER NOT NULL REFERENCES documents(id),"
    " PRIMARY KEY(person, alias, doc)) WITHOUT ROWID;"
    "CREATE TABLE posts("
    " id INTEGER PRIMARY KEY,"
    " canon TEXT NOT NULL UNIQUE,"    /* brass_post_canon */
    " name TEXT NOT NULL);"           /* the first wording seen */
    "CREATE TABLE merged("            /* one real event, told by one or more reports */
    " id INTEGER PRIMARY KEY,"
    " type TEXT NOT NULL,"
    " person INTEGER NOT NULL REFERENCES persons(id),"
    " post INTEGER REFERENCES posts(id),"
    " by TEXT, replacement TEXT, date TEXT,"
    " certainty TEXT NOT NULL);"      /* the strongest of its sources */
    "CREATE INDEX merged_person ON merged(person, type);"
    "CREATE INDEX merged_post ON merged(post);"
    "CREATE TABLE events("            /* one event as one report gives it */
    " id INTEGER PRIMARY KEY,"
    " doc INTEGER NOT NULL REFERENCES documents(id),"
    " merged INTEGER REFERENCES merged(id),"
    " person_id INTEGER REFERENCES persons(id),"
    " type TEXT NOT NULL, certainty TEXT NOT NULL,"
    " person TEXT, person_key TEXT, rank TEXT, post TEXT,"
    " post_id INTEGER REFERENCES posts(id),"
    " by TEXT, replacement TEXT, date TEXT, source TEXT, reason TEXT,"
    " evidence TEXT, evidence_start INTEGER, evidence_end INTEGER);"
    "CREATE INDEX events_doc ON events(doc);"
    "CREATE INDEX events_merged ON events(merged);"
    "CREATE INDEX events_key ON events(person_key);"
    "CREATE INDEX events_date ON events(date);";

/* Reads application_id, user_version and the number of schema objects in
 * one statement, so one snapshot: read apart, another process creating the
 * schema between the reads would make a fresh file look foreign. Also the
 * first read of the file, so a non-SQLite file fails here. */
static int read_header(brass_store *st, int *app, int *version, int *objects, brass_error *err) {
    sqlite3_stmt *s = db_prepare(st,
                                 "SELECT (SELECT application_id FROM pragma_application_id),"
                                 " (SELECT user_version FROM pragma_user_version),"
                                 " (SELECT count(*) FROM sqlite_master)",
                                 err);
    if (!s) return BRASS_ERR_DB;
    int rc = db_step(s);
    if (rc == SQLITE_ROW) {
        *app = sqlite3_column_int(s, 0);
        *version = sqlite3_column_int(s, 1);
        *objects = sqlite3_column_int(s, 2);
    }
    db_done(st, s);
    return rc == SQLITE_ROW ? BRASS_OK : db_fail(st, err, "cannot read the database");
}

static int check_header(brass_store *st, int app, int version, int objects, brass_error *err) {
    if (app == DB_APPLICATION_ID) {
        if (version > DB_SCHEMA_VERSION)
            return brass_error_set(err, BRASS_ERR_DB, st->path,
                                   "database schema version %d is newer than this brass knows "
                                   "(%d); use a newer brass",
                                   version, DB_SCHEMA_VERSION);
        if (version == DB_SCHEMA_VERSION) return BRASS_OK;
        if (version == 1) return 2;  /* the caller upgrades it */
    } else if (app == 0 && objects == 0) {
        return 1;  /* empty: the caller creates the schema */
    }
    return brass_error_set(err, BRASS_ERR_DB, st->path, "not a brass database");
}

/* Creates the schema in one transaction; re-checks inside it because another
 * process may have created it since the first look. */
static int create_schema(brass_store *st, brass_error *err) {
    int rc = db_begin(st, err);
    if (rc != BRASS_OK) return rc;
    int app, version, objects;
    rc = read_header(st, &app, &version, &objects, err);
    if (rc == BRASS_OK) rc = check_header(st, app, version, objects, err);
    if (rc == 1) {
        rc = db_exec(st, schema_sql, err);
        if (rc == BRASS_OK) rc = db_exec(st, "PRAGMA application_id = 1112686931", err);
        if (rc == BRASS_OK) rc = db_exec(st, "PRAGMA user_version = 2", err);
        if (rc == BRASS_OK) return db_commit(st, err);
    }
    db_rollback(st);
    return rc;
}

/* Version 1 to 2: the person_keys table, filled from each person's first
 * key (later spellings add theirs as reports come). One transaction,
 * re-checked inside it, as create_schema. */
static int upgrade_schema(brass_store *st, brass_error *err) {
    int rc = db_begin(st, err);
    if (rc != BRASS_OK) return rc;
    int app, version, objects;
    rc = read_header(st, &app, &version, &objects, err);
    if (rc == BRASS_OK) rc = check_header(st, app, version, objects, err);
    if (rc == 2) {
        rc = db_exec(st,
                     PERSON_KEYS_SQL
                     "INSERT OR IGNORE INTO person_keys(key, person) SELECT key, id FROM persons;"
                     "PRAGMA user_version = 2",
                     err);
        if (rc == BRASS_OK) return db_commit(st, err);
    }
    if (rc == BRASS_OK) return db_commit(st, err);  /* upgraded meanwhile by another process */
    db_rollback(st);
    return rc;
}

static int add_additions(brass_store *st, brass_error *err) {
    int rc = db_begin(st, err);
    if (rc == BRASS_OK) rc = db_exec(st, additions_sql, err);
    if (rc == BRASS_OK) return db_commit(st, err);
    db_rollback(st);
    return rc;
}

static brass_store *store_open(const char *path, int flags, brass_error *err) {
    brass_store *st = calloc(1, sizeof *st);
    if (!st || !(st->path = str_dup(path))) {
        free(st);
        brass_error_set(err, BRASS_ERR_NOMEM, path, "out of memory");
        return NULL;
    }
    /* NOMUTEX: a store is used by one thread at a time (store.h), so SQLite's
     * own lock around every call (some 5% of an ingest's writer) buys nothing */
    if (sqlite3_open_v2(path, &st->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        if (!st->db || (flags & SQLITE_OPEN_CREATE))
            brass_error_set(err, BRASS_ERR_DB, path, "cannot open the database: %s",
                            st->db ? sqlite3_errmsg(st->db) : "out of memory");
        else
            brass_error_set(err, BRASS_ERR_DB, path,
                            "no such database (run 'brass ingest' first, or give --db)");
        brass_store_close(st);
        return NULL;
    }
    /* Another process may hold the write lock for a document's transaction:
     * wait for it rather than fail with "database is locked". */
    sqlite3_busy_timeout(st->db, 5000);
    int app, version, objects;
    int rc = read_header(st, &app, &version, &objects, err);
    if (rc == BRASS_OK) rc = check_header(st, app, version, objects, err);
    /* WAL: readers never block the writer nor the other way round. */
    if (rc >= 0 && db_exec(st, "PRAGMA journal_mode = WAL", err) != BRASS_OK) rc = BRASS_ERR_DB;
    /* temp_store: the statement and savepoint journals in memory, not in files
     * under /var/tmp written page by page (most of an ingest's system time).
     * cache_size (32 MB, default 2) and wal_autocheckpoint (4000 pages, default
     * 1000): a large store's index pages stay in memory rather than being read
     * again, and checkpoints (each a copy of the WAL's pages into the file and
     * two fsyncs) come a quarter as often; durability is the same. */
    if (rc >= 0 && db_exec(st, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                               "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000; "
                               "PRAGMA wal_autocheckpoint = 4000", err) != BRASS_OK)
        rc = BRASS_ERR_DB;
    if (rc == 1) rc = create_schema(st, err);
    if (rc == 2) rc = upgrade_schema(st, err);
    if (rc == BRASS_OK && (flags & SQLITE_OPEN_CREATE)) rc = add_additions(st, err);
    if (rc != BRASS_OK) {
        brass_store_close(st);
        return NULL;
    }
    return st;
}

brass_store *brass_store_open(const char *path, brass_error *err) {
    return store_open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, err);
}

brass_store *brass_store_open_existing(const char *path, brass_error *err) {
    return store_open(path, SQLITE_OPEN_READWRITE, err);
}

void brass_store_close(brass_store *st) {
    if (!st) return;
    db_cache_clear(st);
    sqlite3_close(st->db);
    free(st->sim_hash);
    free(st->sim_root);
    free(st->path);
    free(st);
}
