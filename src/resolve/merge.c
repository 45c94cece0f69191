/* merge.c -- posts by canonical form, and events of many reports merged into one record. */
#include "brass/resolve.h"
#include "resolve/link.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reports of one event a few weeks apart are one event told late or dated
 * loosely (and flagged as a date conflict); further apart, two events. */
#define MERGE_WINDOW_DAYS 45

bool link_dates_agree(const char *a, const char *b) {
    if (!a || !b) return true;
    size_t n = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
    return strncmp(a, b, n) == 0;
}

static long day_number(const char *d) {
    int y = 0, m = 1, dd = 1;
    if (sscanf(d, "%d-%d-%d", &y, &m, &dd) < 1) return 0;
    return (long)y * 372 + (long)(m - 1) * 31 + (dd - 1);  /* approximate is enough */
}

long link_days_apart(const char *a, const char *b) {
    long d = day_number(a) - day_number(b);
    return d < 0 ? -d : d;
}

int link_post(brass_store *st, const char *post, sqlite3_int64 *id, brass_error *err) {
    *id = 0;
    if (!post) return BRASS_OK;
    char *canon = brass_post_canon(post);
    if (!canon) return brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
    int rc = BRASS_OK;
    if (*canon) {
        /* The shortest wording names the post: the same content words with the
         * least noise ("Chief of Army Staff" rather than "... in November"). */
        sqlite3_stmt *s = db_prepare(st,
                                     "INSERT INTO posts(canon, name) VALUES (?1, ?2) ON CONFLICT(canon) "
                                     "DO UPDATE SET name = ?2 WHERE length(?2) < length(name)",
                                     err);
        rc = s ? BRASS_OK : BRASS_ERR_DB;
        if (s) {
            db_bind_text(s, 1, canon);
            db_bind_text(s, 2, post);
            if (db_step(s) != SQLITE_DONE) rc = db_fail(st, err, "cannot add a post");
            db_done(st, s);
        }
        s = rc == BRASS_OK ? db_prepare(st, "SELECT id FROM posts WHERE canon = ?", err) : NULL;
        if (s) {
            db_bind_text(s, 1, canon);
            if (db_step(s) == SQLITE_ROW) *id = sqlite3_column_int64(s, 0);
            else rc = db_fail(st, err, "cannot read a post");
            db_done(st, s);
        } else if (rc == BRASS_OK) {
            rc = BRASS_ERR_DB;
        }
    }
    free(canon);
    return rc;
}

static int certainty_rank(const char *c) {
    return !c ? 3 : strcmp(c, "confirmed") == 0 ? 0 : strcmp(c, "reported") == 0 ? 1 : 2;
}

/* How well a stored merged event fits the new one: <0 not at all; higher is better. */
static int fit(const link_event *ev, const char *mdate, const char *mcanon, const char *ecanon) {
    bool both_dated = ev->date && mdate;
    if (both_dated && !link_dates_agree(ev->date, mdate) &&
        link_days_apart(ev->date, mdate) > MERGE_WINDOW_DAYS)
        return -1;
    bool posts_fit = brass_post_compatible(mcanon, ecanon);
    /* Different posts on the same dates: one event the reports disagree on.
     * Undated, different posts tell two appointments or dismissals apart; a
     * death, injury or arrest only describes the person by a post, so there
     * the wordings just disagree (and are flagged). */
    bool post_defines = strcmp(ev->type, "appointment") == 0 || strcmp(ev->type, "dismissal") == 0 ||
                        strcmp(ev->type, "resignation") == 0;
    if (!posts_fit && !both_dated && post_defines) return -1;
    /* Dates weeks apart and different posts: two events, not one told twice. */
    if (!posts_fit && both_dated && !link_dates_agree(ev->date, mdate)) return -1;
    int score = 0;
    if (both_dated) score += link_dates_agree(ev->date, mdate) ? 4 : 2;
    if (mcanon && ecanon && strcmp(mcanon, ecanon) == 0) score += 2;
    else if (posts_fit) score += 1;
    return score;
}

static int find_merged(brass_store *st, const link_event *ev, sqlite3_int64 *best, brass_error *err) {
    *best = 0;
    sqlite3_stmt *s = db_prepare(st,
                                 "SELECT m.id, m.date, p.canon FROM merged m LEFT JOIN posts p "
                                 "ON p.id = m.post WHERE m.person = ? AND m.type = ? ORDER BY m.id",
                                 err);
    if (!s) return BRASS_ERR_DB;
    sqlite3_stmt *pc = db_prepare(st, "SELECT canon FROM posts WHERE id = ?", err);
    if (!pc) {
        db_done(st, s);
        return BRASS_ERR_DB;
    }
    sqlite3_bind_int64(pc, 1, ev->post);
    const char *ecanon = ev->post && db_step(pc) == SQLITE_ROW ? db_text(pc, 0) : NULL;
    sqlite3_bind_int64(s, 1, ev->person);
    db_bind_text(s, 2, ev->type);
    int rc, best_score = -1;
    while ((rc = db_step(s)) == SQLITE_ROW) {
        int f = fit(ev, db_text(s, 1), db_text(s, 2), ecanon);
        if (f > best_score) {
            best_score = f;
            *best = sqlite3_column_int64(s, 0);
        }
    }
    db_done(st, pc);
    db_done(st, s);
    return rc == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot read merged events");
}

static int create_merged(brass_store *st, const link_event *ev, sqlite3_int64 *id, brass_error *err) {
    sqlite3_stmt *s = db_prepare(st,
                                 "INSERT INTO merged(type, person, post, by, replacement, date, "
                                 "certainty) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                 err);
    if (!s) return BRASS_ERR_DB;
    db_bind_text(s, 1, ev->type);
    sqlite3_bind_int64(s, 2, ev->person);
    if (ev->post) sqlite3_bind_int64(s, 3, ev->post);
    db_bind_text(s, 4, ev->by);
    db_bind_text(s, 5, ev->replacement);
    db_bind_text(s, 6, ev->date);
    db_bind_text(s, 7, ev->certainty);
    int rc = db_step(s) == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot add a merged event");
    db_done(st, s);
    *id = sqlite3_last_insert_rowid(st->db);
    return rc;
}

/* Fills what the merged event lacks, takes a more precise agreeing date and
 * the stronger certainty; disagreements stay in the source events, where the
 * queries flag them. */
static int update_merged(brass_store *st, sqlite3_int64 id, const link_event *ev, brass_error *err) {
    sqlite3_stmt *g = db_prepare(st, "SELECT date, certainty FROM merged WHERE id = ?", err);
    if (!g) return BRASS_ERR_DB;
    sqlite3_bind_int64(g, 1, id);
    if (db_step(g) != SQLITE_ROW) {
        db_done(st, g);
        return db_fail(st, err, "cannot read a merged event");
    }
    const char *mdate = db_text(g, 0);
    const char *date = mdate;
    if (ev->date && (!mdate || (link_dates_agree(ev->date, mdate) && strlen(ev->date) > strlen(mdate))))
        date = ev->date;
    const char *cert = db_text(g, 1);  /* link_merge_certainty weighs the new source */
    sqlite3_stmt *s = db_prepare(st,
                                 "UPDATE merged SET date = ?, certainty = ?, post = coalesce(post, ?), "
                                 "by = coalesce(by, ?), replacement = coalesce(replacement, ?) "
                                 "WHERE id = ?",
                                 err);
    int rc = BRASS_ERR_DB;
    if (s) {
        db_bind_text(s, 1, date);
        db_bind_text(s, 2, cert);
        if (ev->post) sqlite3_bind_int64(s, 3, ev->post);
        db_bind_text(s, 4, ev->by);
        db_bind_text(s, 5, ev->replacement);
        sqlite3_bind_int64(s, 6, id);
        rc = db_step(s) == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot update a merged event");
        db_done(st, s);
    }
    db_done(st, g);
    return rc;
}

/* The merged event's certainty: the strongest of its independent sources. A
 * near-copy whose original also tells the event adds nothing; one whose
 * original does not is a source of its own. Asked once per stored event, so it
 * weighs only the new one against the merged value (re-reading every source
 * made ingest quadratic in the sources of a big story): an original always
 * comes before its copies, so what was counted before stays counted. */
int link_merge_certainty(brass_store *st, sqlite3_int64 id, sqlite3_int64 doc, const char *certainty,
                         brass_error *err) {
    if (!certainty) return BRASS_OK;
    sqlite3_stmt *s = db_prepare(st,
                                 "SELECT m.certainty, EXISTS (SELECT 1 FROM documents d JOIN events o "
                                 "ON o.doc = d.dup_of WHERE d.id = ?2 AND o.merged = ?1) "
                                 "FROM merged m WHERE m.id = ?1",
                                 err);
    if (!s) return BRASS_ERR_DB;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, doc);
    int rc = db_step(s);
    if (rc != SQLITE_ROW) {
        db_done(st, s);
        return db_fail(st, err, "cannot read a merged event");
    }
    const char *cur = db_text(s, 0);
    bool stronger = sqlite3_column_int(s, 1) == 0 && (!cur || certainty_rank(certainty) < certainty_rank(cur));
    db_done(st, s);
    if (!stronger) return BRASS_OK;
    s = db_prepare(st, "UPDATE merged SET certainty = ? WHERE id = ?", err);
    if (!s) return BRASS_ERR_DB;
    db_bind_text(s, 1, certainty);
    sqlite3_bind_int64(s, 2, id);
    rc = db_step(s) == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot update a merged event");
    db_done(st, s);
    return rc;
}

int link_merge(brass_store *st, const link_event *ev, sqlite3_int64 *merged, brass_error *err) {
    *merged = 0;
    if (!ev->person) return BRASS_OK;
    sqlite3_int64 id;
    int rc = find_merged(st, ev, &id, err);
    if (rc == BRASS_OK) rc = id ? update_merged(st, id, ev, err) : create_merged(st, ev, &id, err);
    if (rc == BRASS_OK) *merged = id;
    return rc;
}
