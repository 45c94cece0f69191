/* person.c -- person resolution: a mention joins a known person or starts a new one. */
#include "brass/resolve.h"
#include "resolve/link.h"

#include <stdlib.h>
#include <string.h>

typedef struct candidate {
    sqlite3_int64 id;
    char *name, *given;
} candidate;

typedef struct candidates {
    candidate item[16];  /* more people sharing one surname than this are not told apart */
    int n;
} candidates;

static void candidates_free(candidates *c) {
    for (int i = 0; i < c->n; i++) {
        free(c->item[i].name);
        free(c->item[i].given);
    }
    c->n = 0;
}

static int load_candidates(brass_store *st, const char *key, candidates *c, brass_error *err) {
    c->n = 0;
    sqlite3_stmt *s = db_prepare(st,
                                 "SELECT p.id, p.name, p.given FROM person_keys k JOIN persons p "
                                 "ON p.id = k.person WHERE k.key = ? ORDER BY p.id",
                                 err);
    if (!s) return BRASS_ERR_DB;
    db_bind_text(s, 1, key);
    int rc;
    while ((rc = db_step(s)) == SQLITE_ROW && c->n < 16) {
        candidate *k = &c->item[c->n++];
        k->id = sqlite3_column_int64(s, 0);
        k->name = strdup(db_text(s, 1));
        k->given = strdup(db_text(s, 2));
        if (!k->name || !k->given) {
            db_done(st, s);
            candidates_free(c);
            return brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
        }
    }
    db_done(st, s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        candidates_free(c);
        return db_fail(st, err, "cannot read persons");
    }
    return BRASS_OK;
}

/* Picks the candidate a mention with this given key denotes; -1 for none,
 * -2 for several. Exact given names win; then the one record whose initial
 * fits; a bare-surname record is taken over only while no namesake with
 * another given name exists (else it may be either of them). */
static int pick(const candidates *c, const char *given, const char *name) {
    int exact = -1, compat = -1, ncompat = 0, bare = -1, named = 0;
    for (int i = 0; i < c->n; i++) {
        const char *g = c->item[i].given;
        if (!*g) {
            bare = i;
            continue;
        }
        named++;
        if (*given && strcmp(g, given) == 0) exact = i;
        if (brass_given_compatible(g, given) || brass_forenames_overlap(c->item[i].name, name)) {
            compat = i;
            ncompat++;
        }
    }
    if (exact >= 0) return exact;
    if (!*given) {  /* a surname alone */
        if (named == 1 && bare < 0) return compat;
        if (bare >= 0) return bare;  /* the record of the bare surname */
        return named ? -2 : -1;
    }
    if (ncompat == 1) return compat;
    if (ncompat > 1) return -2;
    return bare >= 0 && named == 0 ? bare : -1;
}

/* When nobody has the surname key: the one person whose surname is one typo
 * away with the same given name ("Dvorknikov"), or, for a one-word mention,
 * the one person whose first name it is ("Park" of "Park An-su", surname first). */
static int fallback(brass_store *st, const char *key, const char *given, const char *name,
                    sqlite3_int64 *id, brass_error *err) {
    *id = 0;
    char *word = *given ? NULL : brass_word_key(name);
    if (!*given && !word) return brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
    if (*given && strlen(given) < 3) return BRASS_OK;  /* an initial is too little */
    sqlite3_stmt *s = db_prepare(st, "SELECT id, key FROM persons WHERE given = ?", err);
    if (!s) {
        free(word);
        return BRASS_ERR_DB;
    }
    db_bind_text(s, 1, *given ? given : word);
    int found = 0, rc;
    sqlite3_int64 hit = 0;
    while ((rc = db_step(s)) == SQLITE_ROW)
        if (!*given || brass_keys_one_typo(db_text(s, 1), key)) {
            hit = sqlite3_column_int64(s, 0);
            found++;
        }
    db_done(st, s);
    free(word);
    if (rc != SQLITE_DONE) return db_fail(st, err, "cannot read persons");
    if (found == 1) *id = hit;
    return BRASS_OK;
}

int link_find_person(brass_store *st, const char *name, sqlite3_int64 *id, bool *ambiguous,
                     brass_error *err) {
    *id = 0;
    *ambiguous = false;
    char *key = brass_name_key(name), *given = brass_given_key(name);
    int rc = key && given ? BRASS_OK : brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
    candidates c = {.n = 0};
    if (rc == BRASS_OK && *key) rc = load_candidates(st, key, &c, err);
    int i = -1;
    if (rc == BRASS_OK && c.n) {
        i = pick(&c, given, name);
        if (i >= 0) *id = c.item[i].id;
        *ambiguous = i == -2;
    } else if (rc == BRASS_OK && *key) {
        rc = fallback(st, key, given, name, id, err);
    }
    if (rc == BRASS_OK && *key && !*id && i == -1) rc = link_person_alt(st, name, key, given, id, err);
    candidates_free(&c);
    free(key);
    free(given);
    return rc;
}

/* A fuller name replaces the stored one ("Gerasimov" -> "Valery Gerasimov");
 * an initial never replaces a full given name. */
static int upgrade(brass_store *st, const candidate *k, const char *name, const char *given,
                   brass_error *err) {
    if (strlen(given) <= strlen(k->given) && strlen(name) <= strlen(k->name)) return BRASS_OK;
    bool better_given = strlen(given) > strlen(k->given);
    sqlite3_stmt *s = db_prepare(st, "UPDATE persons SET name = ?, given = ? WHERE id = ?", err);
    if (!s) return BRASS_ERR_DB;
    db_bind_text(s, 1, strlen(name) > strlen(k->name) ? name : k->name);
    db_bind_text(s, 2, better_given ? given : k->given);
    sqlite3_bind_int64(s, 3, k->id);
    int rc = db_step(s) == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot update a person");
    db_done(st, s);
    return rc;
}

static int insert_person(brass_store *st, const char *name, const char *key, const char *given,
                         sqlite3_int64 *id, brass_error *err) {
    sqlite3_stmt *s = db_prepare(st, "INSERT INTO persons(name, key, given) VALUES (?, ?, ?)", err);
    if (!s) return BRASS_ERR_DB;
    db_bind_text(s, 1, name);
    db_bind_text(s, 2, key);
    db_bind_text(s, 3, given);
    int rc = db_step(s) == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot add a person");
    db_done(st, s);
    *id = sqlite3_last_insert_rowid(st->db);
    return rc;
}

/* Records that doc calls the person alias, that the alias's surname key finds
 * the person from now on, and names the person anew: the fullest alias (most
 * words), then the one most reports use, so one misspelling does not name the
 * person (counts: alias_counts, schema.c). */
static int add_alias(brass_store *st, sqlite3_int64 person, const char *alias, const char *key,
                     sqlite3_int64 doc, brass_error *err) {
    sqlite3_stmt *s =
        db_prepare(st, "INSERT OR IGNORE INTO aliases(person, alias, doc) VALUES (?, ?, ?)", err);
    if (!s) return BRASS_ERR_DB;
    sqlite3_bind_int64(s, 1, person);
    db_bind_text(s, 2, alias);
    sqlite3_bind_int64(s, 3, doc);
    int rc = db_step(s) == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot add an alias");
    db_done(st, s);
    if (rc != BRASS_OK) return rc;
    s = db_prepare(st, "INSERT OR IGNORE INTO person_keys(key, person) VALUES (?, ?)", err);
    if (!s) return BRASS_ERR_DB;
    db_bind_text(s, 1, key);
    sqlite3_bind_int64(s, 2, person);
    rc = db_step(s) == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot add a person key");
    db_done(st, s);
    if (rc != BRASS_OK) return rc;
    /* The person's name: the fullest form (most words), then the one most
     * reports use, so one misspelling does not name the person; on a tie not
     * a feminine surname form, which here is most often a slip for the man's.
     * A report using the current name only adds to its count: it stays first,
     * and the ranking below (a sort per event) is skipped. */
    s = db_prepare(st, "SELECT name = ? FROM persons WHERE id = ?", err);
    if (!s) return BRASS_ERR_DB;
    db_bind_text(s, 1, alias);
    sqlite3_bind_int64(s, 2, person);
    bool current = db_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) == 1;
    db_done(st, s);
    if (current) return BRASS_OK;
    s = db_prepare(st,
                   "UPDATE persons SET name = (SELECT alias FROM alias_counts WHERE person = ?1 "
                   "ORDER BY length(alias) - length(replace(alias, ' ', '')) DESC, "
                   "n DESC, (alias LIKE '%ova' OR alias LIKE '%eva' OR alias LIKE '%ina') ASC, "
                   "length(alias) DESC, alias LIMIT 1) WHERE id = ?1",
                   err);
    if (!s) return BRASS_ERR_DB;
    sqlite3_bind_int64(s, 1, person);
    rc = db_step(s) == SQLITE_DONE ? BRASS_OK : db_fail(st, err, "cannot name a person");
    db_done(st, s);
    return rc;
}

int link_person(brass_store *st, const char *name, sqlite3_int64 doc, sqlite3_int64 *id,
                brass_error *err) {
    *id = 0;
    if (!name) return BRASS_OK;
    name = brass_name_skip_titles(name);  /* "Gen. Ivan Popov" is stored as "Ivan Popov" */
    char *key = brass_name_key(name), *given = brass_given_key(name);
    int rc = key && given ? BRASS_OK : brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
    candidates c = {.n = 0};
    if (rc == BRASS_OK && *key) {
        rc = load_candidates(st, key, &c, err);
        int i = rc == BRASS_OK ? pick(&c, given, name) : -1;
        sqlite3_int64 other = 0;
        if (rc == BRASS_OK && c.n == 0) rc = fallback(st, key, given, name, &other, err);
        if (rc == BRASS_OK && !other && i == -1) rc = link_person_alt(st, name, key, given, &other, err);
        if (other) {
            *id = other;  /* known under another spelling: an alias, the name unchanged */
        } else if (rc == BRASS_OK && i >= 0) {
            *id = c.item[i].id;
            rc = upgrade(st, &c.item[i], name, given, err);
        } else if (rc == BRASS_OK) {
            /* Nobody fits, or a bare surname fits several: a record of its own. */
            rc = insert_person(st, name, key, given, id, err);
        }
        if (rc == BRASS_OK) rc = add_alias(st, *id, name, key, doc, err);
    }
    candidates_free(&c);
    free(key);
    free(given);
    return rc;
}
