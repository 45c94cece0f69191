/* add.c -- brass_store_add: one document and its events, resolved and merged, in one transaction (or one savepoint of a batch). */
#include "resolve/link.h"
#include "store/db.h"
#include "brass/resolve.h"

#include <stdlib.h>

/* 1 when a document with this content hash is stored, 0 if not, <0 on error. */
static int have_hash(brass_store *st, const char *hash, brass_error *err) {
    sqlite3_stmt *s = db_prepare(st, "SELECT 1 FROM documents WHERE hash = ?", err);
    if (!s) return BRASS_ERR_DB;
    db_bind_text(s, 1, hash);
    int rc = db_step(s);
    db_done(st, s);
    if (rc == SQLITE_ROW) return 1;
    return rc == SQLITE_DONE ? 0 : db_fail(st, err, "cannot read documents");
}

/* Reads the SimHashes of the documents stored since the last read. */
static int read_simhashes(brass_store *st, brass_error *err) {
    sqlite3_stmt *s = db_prepare(st,
                                 "SELECT id, coalesce(dup_of, id), simhash FROM documents "
                                 "WHERE id > ? AND simhash IS NOT NULL AND simhash <> 0 ORDER BY id",
                                 err);
    if (!s) return BRASS_ERR_DB;
    sqlite3_bind_int64(s, 1, st->sims_last);
    int rc;
    while ((rc = db_step(s)) == SQLITE_ROW) {
        if (st->nsims == st->simcap) {
            size_t cap = st->simcap ? st->simcap * 2 : 1024;
            uint64_t *h = realloc(st->sim_hash, cap * sizeof *h);
            if (h) st->sim_hash = h;
            sqlite3_int64 *r = h ? realloc(st->sim_root, cap * sizeof *r) : NULL;
            if (r) st->sim_root = r;
            if (!h || !r) {
                db_done(st, s);
                db_forget_simhashes(st);
                return brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
            }
            st->simcap = cap;
        }
        st->sim_root[st->nsims] = sqlite3_column_int64(s, 1);
        st->sim_hash[st->nsims++] = (uint64_t)sqlite3_column_int64(s, 2);
        st->sims_last = sqlite3_column_int64(s, 0);
    }
    db_done(st, s);
    if (rc == SQLITE_DONE) return BRASS_OK;
    db_forget_simhashes(st);
    return db_fail(st, err, "cannot read documents");
}

/* The first of n hashes within BRASS_SIMHASH_NEAR bits of sh, or n. Asked of
 * every stored document for each new one, so on x86-64 it is built twice and
 * the loader picks the build with the POPCNT instruction where the processor
 * has it (one instruction instead of some twelve for each comparison). */
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("popcnt", "default")))
#endif
static size_t first_near(const uint64_t *hashes, size_t n, uint64_t sh) {
    for (size_t i = 0; i < n; i++)
        if (__builtin_popcountll(sh ^ hashes[i]) <= BRASS_SIMHASH_NEAR) return i;
    return n;
}

/* The earliest stored document this one nearly copies (its SimHash within
 * BRASS_SIMHASH_NEAR bits), so that a copy never counts as an independent
 * source; 0 for none. A scan of all SimHashes, in memory: a few microseconds
 * per thousand stored documents. */
static int near_duplicate(brass_store *st, uint64_t sh, sqlite3_int64 *dup, brass_error *err) {
    *dup = 0;
    if (!sh) return BRASS_OK;  /* no words: nothing to compare */
    int rc = read_simhashes(st, err);
    if (rc != BRASS_OK) return rc;
    size_t i = first_near(st->sim_hash, st->nsims, sh);
    if (i < st->nsims) *dup = st->sim_root[i];
    return BRASS_OK;
}

static int insert_doc(brass_store *st, const brass_doc *doc, sqlite3_int64 *id, brass_error *err) {
    uint64_t sh = brass_doc_simhash(doc);
    sqlite3_int64 dup;
    if (near_duplicate(st, sh, &dup, err) != BRASS_OK) return BRASS_ERR_DB;
    sqlite3_stmt *s = db_prepare(st,
                                 "INSERT INTO documents(name, origin, url, title, date, hash, "
                                 "simhash, dup_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                 err);
    if (!s) return BRASS_ERR_DB;
    db_bind_text(s, 1, brass_doc_id(doc));
    db_bind_text(s, 2, brass_doc_origin(doc));
    db_bind_text(s, 3, brass_doc_url(doc));
    db_bind_text(s, 4, brass_doc_title(doc));
    db_bind_text(s, 5, brass_doc_date(doc));
    db_bind_text(s, 6, brass_doc_hash(doc));
    sqlite3_bind_int64(s, 7, (sqlite3_int64)sh);  /* stored as its two's-complement bits */
    if (dup) sqlite3_bind_int64(s, 8, dup);
    int rc = db_step(s) == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot add a document");
    db_done(st, s);
    *id = sqlite3_last_insert_rowid(st->db);
    return rc;
}

/* Stores one event of doc, its person, post and merged event resolved first. */
static int insert_event(brass_store *st, sqlite3_int64 doc, const brass_event *ev, link_event *le,
                        brass_error *err) {
    const char *person = brass_event_get(ev, BRASS_F_PERSON);
    int rc = link_person(st, person, doc, &le->person, err);
    if (rc == BRASS_OK) rc = link_post(st, brass_event_get(ev, BRASS_F_POST), &le->post, err);
    sqlite3_int64 merged = 0;
    if (rc == BRASS_OK) rc = link_merge(st, le, &merged, err);
    if (rc != BRASS_OK) return rc;
    char *key = person ? brass_name_key(person) : NULL;
    if (person && !key) return brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
    sqlite3_stmt *s = db_prepare(
        st,
        "INSERT INTO events(doc, person_id, type, certainty, person, person_key, rank, post, "
        "post_id, by, replacement, date, source, reason, evidence, evidence_start, evidence_end, "
        "merged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        err);
    if (!s) {
        free(key);
        return BRASS_ERR_DB;
    }
    sqlite3_bind_int64(s, 1, doc);
    if (le->person) sqlite3_bind_int64(s, 2, le->person);
    db_bind_text(s, 3, le->type);
    db_bind_text(s, 4, le->certainty);
    db_bind_text(s, 5, person);
    db_bind_text(s, 6, key && *key ? key : NULL);
    db_bind_text(s, 7, brass_event_get(ev, BRASS_F_RANK));
    db_bind_text(s, 8, brass_event_get(ev, BRASS_F_POST));
    if (le->post) sqlite3_bind_int64(s, 9, le->post);
    db_bind_text(s, 10, le->by);
    db_bind_text(s, 11, le->replacement);
    db_bind_text(s, 12, le->date);
    db_bind_text(s, 13, brass_event_get(ev, BRASS_F_SOURCE));
    db_bind_text(s, 14, brass_event_get(ev, BRASS_F_REASON));
    db_bind_text(s, 15, brass_event_get(ev, BRASS_F_EVIDENCE));
    sqlite3_bind_int64(s, 16, (sqlite3_int64)brass_event_evidence_start(ev));
    sqlite3_bind_int64(s, 17, (sqlite3_int64)brass_event_evidence_end(ev));
    if (merged) sqlite3_bind_int64(s, 18, merged);
    rc = db_step(s) == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot add an event");
    db_done(st, s);
    free(key);
    if (rc == BRASS_OK && merged) rc = link_merge_certainty(st, merged, doc, le->certainty, err);
    return rc;
}

/* Opens the document's transaction: BEGIN IMMEDIATE alone, or a savepoint
 * inside a batch's transaction. */
static int doc_begin(brass_store *st, brass_error *err) {
    if (!st->batch) return db_begin(st, err);
    /* a failed statement may have rolled the whole batch back (SQLITE_FULL, ...):
     * then the documents before this one are gone and the batch must fail */
    if (sqlite3_get_autocommit(st->db)) {
        db_forget_simhashes(st);
        return brass_error_set(err, BRASS_ERR_DB, st->path, "the batch's transaction was rolled back");
    }
    return db_run(st, "SAVEPOINT doc", err);
}

static void doc_rollback(brass_store *st) {
    if (!st->batch) {
        db_rollback(st);
    } else {
        if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK TO doc; RELEASE doc", NULL, NULL, NULL);
        db_forget_simhashes(st);
    }
}

static int doc_commit(brass_store *st, brass_error *err) {
    return st->batch ? db_run(st, "RELEASE doc", err) : db_commit(st, err);
}

int brass_store_add(brass_store *st, const brass_doc *doc, const brass_events *events,
                    brass_error *err) {
    if (!st || !doc) return brass_error_set(err, BRASS_ERR_USAGE, "brass_store_add", "no store or document");
    /* BEGIN IMMEDIATE takes the write lock before the duplicate check, so two
     * ingests of one file cannot both find it absent. */
    int rc = doc_begin(st, err);
    if (rc != BRASS_OK) return rc;
    rc = have_hash(st, brass_doc_hash(doc), err);
    if (rc != 0) {  /* already there (1), or an error */
        doc_rollback(st);
        return rc > 0 ? 0 : rc;
    }
    sqlite3_int64 doc_id;
    rc = insert_doc(st, doc, &doc_id, err);
    for (size_t i = 0; rc == BRASS_OK && i < brass_events_count(events); i++) {
        const brass_event *ev = brass_events_at(events, i);
        link_event le = {
            .type = brass_event_type_name(brass_event_type_of(ev)),
            .certainty = brass_certainty_name(brass_event_certainty(ev)),
            .date = brass_event_get(ev, BRASS_F_DATE),
            .by = brass_event_get(ev, BRASS_F_BY),
            .replacement = brass_event_get(ev, BRASS_F_REPLACEMENT),
        };
        rc = insert_event(st, doc_id, ev, &le, err);
    }
    if (rc != BRASS_OK) {
        doc_rollback(st);
        return rc;
    }
    rc = doc_commit(st, err);
    return rc == BRASS_OK ? 1 : rc;
}

int brass_store_begin(brass_store *st, brass_error *err) {
    if (!st) return brass_error_set(err, BRASS_ERR_USAGE, "brass_store_begin", "no store");
    if (st->batch) return brass_error_set(err, BRASS_ERR_USAGE, st->path, "a batch is already open");
    int rc = db_begin(st, err);
    if (rc == BRASS_OK) st->batch = true;
    return rc;
}

int brass_store_commit(brass_store *st, brass_error *err) {
    if (!st) return brass_error_set(err, BRASS_ERR_USAGE, "brass_store_commit", "no store");
    if (!st->batch) return brass_error_set(err, BRASS_ERR_USAGE, st->path, "no batch is open");
    st->batch = false;
    if (sqlite3_get_autocommit(st->db)) {
        db_forget_simhashes(st);
        return brass_error_set(err, BRASS_ERR_DB, st->path, "the batch's transaction was rolled back");
    }
    return db_commit(st, err);
}
