/* person_alt.c -- the person a name denotes when its surname key finds nobody: surname spelling variants, reordered or fuller names. */
#include "brass/resolve.h"
#include "resolve/fold.h"
#include "resolve/link.h"

#include <stdlib.h>
#include <string.h>

/* Distinct persons that fit, so that "exactly one" can be told. */
typedef struct hits {
    sqlite3_int64 id[2];
    int n;  /* 2 means two or more */
} hits;

static void hit(hits *h, sqlite3_int64 id) {
    for (int i = 0; i < h->n; i++)
        if (h->id[i] == id) return;
    if (h->n < 2) h->id[h->n++] = id;
}

/* Runs s (bound by the caller; columns id, name, given) and records the rows
 * that fit: by the same first name when same_given, else by brass_names_fit. */
static int scan(brass_store *st, sqlite3_stmt *s, const char *name, const char *given,
                bool same_given, hits *h, brass_error *err) {
    int rc;
    while ((rc = db_step(s)) == SQLITE_ROW) {
        const char *pname = db_text(s, 1), *pgiven = db_text(s, 2);
        bool fits = same_given ? (strlen(given) > 2 && strcmp(given, pgiven) == 0) ||
                                     brass_forenames_overlap(name, pname)
                               : brass_names_fit(name, pname);
        if (fits) hit(h, sqlite3_column_int64(s, 0));
    }
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot read persons");
}

/* A surname spelled another way (Moskalyov / Moskalev, Gerasimova /
 * Gerasimov) is the same person only with the same first name. */
static int by_variants(brass_store *st, sqlite3_stmt *s, const char *name, const char *key,
                       const char *given, hits *h, brass_error *err) {
    char *alt[2];
    int n = brass_surname_variants(key, alt);
    if (n < 0) return brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
    int rc = BRASS_OK;
    for (int i = 0; i < n; i++) {
        if (rc == BRASS_OK) {
            db_bind_text(s, 1, alt[i]);
            rc = scan(st, s, name, given, true, h, err);
        }
        free(alt[i]);
    }
    return rc;
}

/* Reordered and fuller names: a person whose surname is one of this name's
 * other words, or who has this name's first name. */
static int by_words(brass_store *st, sqlite3_stmt *by_key, const char *name, const char *given,
                    hits *h, brass_error *err) {
    char *folded = fold_words(brass_name_skip_titles(name), false);
    if (!folded) return brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
    char *last = strrchr(folded, ' ');
    int rc = BRASS_OK;
    if (last) {
        *last = 0;  /* the surname itself was looked up already */
        for (char *save = NULL, *w = strtok_r(folded, " ", &save); rc == BRASS_OK && w;
             w = strtok_r(NULL, " ", &save)) {
            char *k = brass_name_key(w);
            if (!k) rc = brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
            else if (strlen(k) > 2) {
                db_bind_text(by_key, 1, k);
                rc = scan(st, by_key, name, given, false, h, err);
            }
            free(k);
        }
        sqlite3_stmt *s = rc == BRASS_OK && strlen(given) > 2
                              ? db_prepare(st, "SELECT id, name, given FROM persons WHERE given = ?", err)
                              : NULL;
        if (s) {
            db_bind_text(s, 1, given);
            rc = scan(st, s, name, given, false, h, err);
            db_done(st, s);
        } else if (rc == BRASS_OK && strlen(given) > 2) {
            rc = BRASS_ERR_DB;
        }
    }
    free(folded);
    return rc;
}

int link_person_alt(brass_store *st, const char *name, const char *key, const char *given,
                    sqlite3_int64 *id, brass_error *err) {
    *id = 0;
    if (!*given) return BRASS_OK;  /* a surname alone: only its own key decides */
    sqlite3_stmt *s = db_prepare(st,
                                 "SELECT p.id, p.name, p.given FROM person_keys k JOIN persons p "
                                 "ON p.id = k.person WHERE k.key = ?",
                                 err);
    if (!s) return BRASS_ERR_DB;
    hits h = {.n = 0};
    int rc = by_variants(st, s, name, key, given, &h, err);
    if (rc == BRASS_OK && h.n == 0) rc = by_words(st, s, name, given, &h, err);
    db_done(st, s);
    /* Two or more that fit: the name may be either's, so it is neither's. */
    if (rc == BRASS_OK && h.n == 1) *id = h.id[0];
    return rc;
}
