/* test_store.c -- the SQLite store: schema checks, idempotent re-ingest, transactions, filters, concurrency. */
#include "brass.h"
#include "harness.h"
#include "store_util.h"

#include <sqlite3.h>
#include <sys/wait.h>

static int count_rows(const char *path, const char *sql) {
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_stmt *s;
    int n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        n = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return n;
}

static void exec_sql(const char *path, const char *sql) {
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_close(db);
}

TEST(open_creates_schema_in_wal_mode) {
    char path[256];
    tu_path(path, sizeof path, "a.db");
    brass_error err = {0};
    brass_store *st = brass_store_open(path, &err);
    CHECK(st != NULL);
    brass_store_close(st);
    CHECK_INT(count_rows(path, "PRAGMA user_version"), 2);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
    /* The given-name index covers the key, so the lookup never reads persons rows. */
    CHECK_INT(count_rows(path, "SELECT count(*) FROM pragma_index_info('persons_given')"), 2);
    st = brass_store_open(path, &err);  /* reopening an existing store */
    CHECK(st != NULL);
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(open_existing_refuses_a_missing_file) {
    char path[256];
    tu_path(path, sizeof path, "none.db");
    brass_error err = {0};
    CHECK(brass_store_open_existing(path, &err) == NULL);
    CHECK(strstr(err.msg, "no such database") != NULL);
    CHECK(access(path, F_OK) != 0);
    tu_cleanup(path);
}

TEST(foreign_and_newer_files_are_refused) {
    char path[256];
    tu_path(path, sizeof path, "x.db");
    FILE *f = fopen(path, "w");
    fputs("this is not a database at all, just some text long enough to be read as one......\n", f);
    fclose(f);
    brass_error err = {0};
    CHECK(brass_store_open(path, &err) == NULL);
    CHECK_STR(err.where, path);
    CHECK(strstr(err.msg, "not a brass database") != NULL);

    remove(path);
    exec_sql(path, "CREATE TABLE t(x)");  /* SQLite, but someone else's */
    CHECK(brass_store_open(path, &err) == NULL);
    CHECK(strstr(err.msg, "not a brass database") != NULL);

    remove(path);
    brass_store_close(brass_store_open(path, &err));
    exec_sql(path, "PRAGMA user_version = 7");
    CHECK(brass_store_open(path, &err) == NULL);
    CHECK(strstr(err.msg, "newer") != NULL);
    tu_cleanup(path);
}

TEST(reingest_is_a_noop) {
    char path[256];
    tu_path(path, sizeof path, "r.db");
    brass_store *st = brass_store_open(path, NULL);
    CHECK_INT(tu_add1(st, "d1", "2023-01-05", BRASS_DISMISSAL, BRASS_CONFIRMED, "Ivan Popov",
                      "commander of the 58th Army", "2023-01-04", NULL), 1);
    CHECK_INT(tu_add1(st, "d1", "2023-01-05", BRASS_DISMISSAL, BRASS_CONFIRMED, "Ivan Popov",
                      "commander of the 58th Army", "2023-01-04", NULL), 0);
    brass_store_close(st);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM documents"), 1);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM events"), 1);
    tu_cleanup(path);
}

TEST(a_failing_document_leaves_nothing_behind) {
    char path[256];
    tu_path(path, sizeof path, "t.db");
    brass_store_close(brass_store_open(path, NULL));
    /* Make the second event of a document fail, as a crash half-way would. */
    exec_sql(path, "CREATE TRIGGER boom BEFORE INSERT ON events WHEN NEW.person = 'Boom Boomov' "
                   "BEGIN SELECT RAISE(ABORT, 'boom'); END");
    brass_store *st = brass_store_open(path, NULL);
    CHECK_INT(tu_add1(st, "ok", "2023-01-01", BRASS_DEATH, BRASS_CONFIRMED, "Oleg Okov", NULL, NULL, NULL), 1);
    brass_doc *d = tu_doc("bad", "2023-01-02", "Two events.\n");
    brass_events *l = brass_events_new();
    tu_event(l, BRASS_DEATH, BRASS_CONFIRMED, "Petr First", NULL, NULL, NULL);
    tu_event(l, BRASS_DEATH, BRASS_CONFIRMED, "Boom Boomov", NULL, NULL, NULL);
    brass_error err = {0};
    CHECK(brass_store_add(st, d, l, &err) < 0);
    CHECK(strstr(err.msg, "boom") != NULL);
    brass_events_free(l);
    brass_doc_free(d);
    brass_store_close(st);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM documents"), 1);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM events"), 1);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM persons"), 1);
    tu_cleanup(path);
}

/* A batch is one transaction: a failing document in it is dropped alone, a
 * repeat inside it is found, and nothing is stored before the commit. */
TEST(batch_stores_documents_whole_and_only_at_commit) {
    char path[256];
    tu_path(path, sizeof path, "b.db");
    brass_store_close(brass_store_open(path, NULL));
    exec_sql(path, "CREATE TRIGGER boom BEFORE INSERT ON events WHEN NEW.person = 'Boom Boomov' "
                   "BEGIN SELECT RAISE(ABORT, 'boom'); END");
    brass_store *st = brass_store_open(path, NULL);
    brass_error err = {0};
    CHECK_INT(brass_store_begin(st, &err), BRASS_OK);
    CHECK(brass_store_begin(st, &err) < 0);  /* one batch at a time */
    CHECK_INT(tu_add1(st, "a", "2023-01-01", BRASS_DEATH, BRASS_CONFIRMED, "Oleg Okov", NULL, NULL, NULL), 1);
    brass_doc *d = tu_doc("bad", "2023-01-02", "Two events.\n");
    brass_events *l = brass_events_new();
    tu_event(l, BRASS_DEATH, BRASS_CONFIRMED, "Petr First", NULL, NULL, NULL);
    tu_event(l, BRASS_DEATH, BRASS_CONFIRMED, "Boom Boomov", NULL, NULL, NULL);
    CHECK(brass_store_add(st, d, l, &err) < 0);
    brass_events_free(l);
    brass_doc_free(d);
    CHECK_INT(tu_add1(st, "a", "2023-01-01", BRASS_DEATH, BRASS_CONFIRMED, "Oleg Okov", NULL, NULL, NULL), 0);
    CHECK_INT(tu_add1(st, "c", "2023-01-03", BRASS_DEATH, BRASS_CONFIRMED, "Ilya Cvet", NULL, NULL, NULL), 1);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM documents"), 0);  /* not committed yet */
    CHECK_INT(brass_store_commit(st, &err), BRASS_OK);
    CHECK(brass_store_commit(st, &err) < 0);  /* no batch open */
    CHECK_INT(count_rows(path, "SELECT count(*) FROM documents"), 2);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM events"), 2);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM persons WHERE name = 'Petr First'"), 0);
    /* a batch never committed is lost whole */
    CHECK_INT(brass_store_begin(st, &err), BRASS_OK);
    CHECK_INT(tu_add1(st, "d", "2023-01-04", BRASS_DEATH, BRASS_CONFIRMED, "Dan Dorn", NULL, NULL, NULL), 1);
    brass_store_close(st);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM documents"), 2);
    /* without a batch, each document is its own transaction as before */
    st = brass_store_open(path, NULL);
    CHECK_INT(tu_add1(st, "d", "2023-01-04", BRASS_DEATH, BRASS_CONFIRMED, "Dan Dorn", NULL, NULL, NULL), 1);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM documents"), 3);
    brass_store_close(st);
    tu_cleanup(path);
}

/* A store made before alias_counts existed gets it, filled from aliases,
 * when opened for writing; from then on its trigger keeps it. */
TEST(alias_counts_are_added_to_older_stores) {
    char path[256];
    tu_path(path, sizeof path, "o.db");
    brass_store *st = brass_store_open(path, NULL);
    tu_add1(st, "o1", "2023-01-01", BRASS_DEATH, BRASS_CONFIRMED, "Oleg Okov", NULL, NULL, NULL);
    tu_add1(st, "o2", "2023-01-02", BRASS_DEATH, BRASS_CONFIRMED, "Oleg Okov", NULL, NULL, NULL);
    brass_store_close(st);
    exec_sql(path, "DROP TRIGGER aliases_counted; DROP TABLE alias_counts; DROP INDEX persons_given");
    CHECK_INT(count_rows(path, "SELECT count(*) FROM sqlite_master WHERE name = 'alias_counts'"), 0);
    st = brass_store_open(path, NULL);
    CHECK_INT(count_rows(path, "SELECT n FROM alias_counts WHERE alias = 'Oleg Okov'"), 2);
    tu_add1(st, "o3", "2023-01-03", BRASS_DEATH, BRASS_CONFIRMED, "Oleg Okov", NULL, NULL, NULL);
    brass_store_close(st);
    st = brass_store_open(path, NULL);  /* opening again fills nothing twice */
    brass_store_close(st);
    CHECK_INT(count_rows(path, "SELECT n FROM alias_counts WHERE alias = 'Oleg Okov'"), 3);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM sqlite_master WHERE name = 'persons_given'"), 1);
    tu_cleanup(path);
}

typedef struct seen {
    int n;
    char docs[8][16];
} seen;

static int collect(void *ud, const char *doc, const brass_event *ev) {
    seen *s = ud;
    (void)ev;
    if (s->n < 8) snprintf(s->docs[s->n], 16, "%s", doc);
    s->n++;
    return 0;
}

TEST(filters_by_type_person_and_dates) {
    char path[256];
    tu_path(path, sizeof path, "f.db");
    brass_store *st = brass_store_open(path, NULL);
    tu_add1(st, "a", "2022-05-01", BRASS_DISMISSAL, BRASS_CONFIRMED, "Valeriy Gerasimov", NULL, "2022-04-30", NULL);
    tu_add1(st, "b", "2023-07-13", BRASS_APPOINTMENT, BRASS_REPORTED, "Ivan Popov", NULL, "2023-07", NULL);
    tu_add1(st, "c", "2024-01-01", BRASS_DEATH, BRASS_CONFIRMED, "Pavel Popov", NULL, NULL, NULL);
    seen s = {0};
    brass_query q = {.person = "Valery Gerasimov"};
    CHECK_INT(brass_store_events(st, &q, collect, &s, NULL), 0);
    CHECK_INT(s.n, 1);
    CHECK_STR(s.docs[0], "a");
    s.n = 0;
    q = (brass_query){.person = "Popov"};
    brass_store_events(st, &q, collect, &s, NULL);
    CHECK_INT(s.n, 2);
    s.n = 0;
    q = (brass_query){.type = "appointment"};
    brass_store_events(st, &q, collect, &s, NULL);
    CHECK_INT(s.n, 1);
    s.n = 0;
    q = (brass_query){.since = "2023-07-15"};  /* "2023-07" may be after the 15th */
    brass_store_events(st, &q, collect, &s, NULL);
    CHECK_INT(s.n, 1);
    s.n = 0;
    q = (brass_query){.until = "2022"};
    brass_store_events(st, &q, collect, &s, NULL);
    CHECK_INT(s.n, 1);
    s.n = 0;
    brass_store_events(st, NULL, collect, &s, NULL);
    CHECK_INT(s.n, 3);
    CHECK_STR(s.docs[2], "c");  /* undated last */
    brass_store_close(st);
    tu_cleanup(path);
}

/* Two writers and a reader on one file: nobody sees "database is locked". */
TEST(concurrent_ingests_share_one_database) {
    char path[256];
    tu_path(path, sizeof path, "c.db");
    brass_store_close(brass_store_open(path, NULL));
    pid_t kids[3];
    for (int k = 0; k < 3; k++) {
        kids[k] = fork();
        if (kids[k] == 0) {
            brass_error err = {0};
            brass_store *st = brass_store_open(path, &err);
            int bad = !st;
            for (int i = 0; st && i < 40; i++) {
                if (k == 2) {  /* the reader */
                    seen s = {0};
                    if (brass_store_events(st, NULL, collect, &s, &err) != 0) bad = 1;
                    continue;
                }
                char id[32], who[64];
                snprintf(id, sizeof id, "w%d-%d", k, i);
                snprintf(who, sizeof who, "Person%c Writer%d", 'A' + i % 26, k);
                if (tu_add1(st, id, "2023-03-01", BRASS_AWARD, BRASS_CONFIRMED, who, NULL, NULL, NULL) != 1)
                    bad = 1;
            }
            if (bad) fprintf(stderr, "child %d: %s %s\n", k, err.where, err.msg);
            brass_store_close(st);
            _exit(bad);
        }
    }
    for (int k = 0; k < 3; k++) {
        int status = 0;
        waitpid(kids[k], &status, 0);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    CHECK_INT(count_rows(path, "SELECT count(*) FROM documents"), 80);
    tu_cleanup(path);
}

TEST(version_1_store_is_upgraded_in_place) {
    char path[256];
    tu_path(path, sizeof path, "v1.db");
    brass_store *st = brass_store_open(path, NULL);
    tu_add1(st, "r1", "2023-01-12", BRASS_DISMISSAL, BRASS_CONFIRMED, "Ivan Popov", NULL, "2023-01-11", NULL);
    brass_store_close(st);
    /* What brass 0.1 wrote: no person_keys table, user_version 1. */
    exec_sql(path, "DROP TABLE person_keys; DROP INDEX persons_given; PRAGMA user_version = 1");
    brass_error err = {0};
    st = brass_store_open_existing(path, &err);
    CHECK(st != NULL);
    tu_add1(st, "r2", "2023-01-13", BRASS_DISMISSAL, BRASS_REPORTED, "Popov", NULL, "2023-01-11", NULL);
    brass_store_close(st);
    CHECK_INT(count_rows(path, "PRAGMA user_version"), 2);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM person_keys WHERE key = 'popov'"), 1);
    CHECK_INT(count_rows(path, "SELECT count(*) FROM persons"), 1);
    tu_cleanup(path);
}
