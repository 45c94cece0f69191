/* succession.c -- brass_store_post: the holders of a post, in order, from the merged events. */
#include "brass/resolve.h"
#include "resolve/link.h"
#include "store/report.h"
#include "util/buf.h"
#include "util/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Finds the post a query names: its canonical form, else the post whose
 * canonical form holds all the query's words with the fewest others. */
static int find_post(brass_store *st, const char *query, sqlite3_int64 *id, char **name, brass_error *err) {
    *id = 0;
    char *canon = brass_post_canon(query);
    if (!canon) return brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
    sqlite3_stmt *s = db_prepare(st, "SELECT id, canon, name FROM posts ORDER BY id", err);
    if (!s) {
        free(canon);
        return BRASS_ERR_DB;
    }
    size_t best_len = (size_t)-1;
    int ties = 0;
    buf names = BUF_INIT;
    while (*canon && db_step(s) == SQLITE_ROW) {
        const char *c = db_text(s, 1);
        bool exact = strcmp(c, canon) == 0;
        if (!exact && !(brass_post_compatible(canon, c) && strlen(c) > strlen(canon))) continue;
        size_t len = exact ? 0 : strlen(c);
        if (len < best_len) {
            best_len = len;
            ties = 0;
            buf_reset(&names);
            *id = sqlite3_column_int64(s, 0);
            free(*name);
            *name = str_dup(db_text(s, 2));
        }
        if (len == best_len) {
            ties++;
            if (names.len) buf_puts(&names, "; ");
            buf_puts(&names, db_text(s, 2));
        }
    }
    db_done(st, s);
    int rc = BRASS_OK;
    if (!*id) rc = brass_error_set(err, BRASS_ERR_USAGE, st->path, "no post matches '%s'", query);
    else if (ties > 1)
        rc = brass_error_set(err, BRASS_ERR_USAGE, st->path, "'%s' may be any of: %s; say which", query,
                             names.data ? names.data : "");
    buf_free(&names);
    free(canon);
    return rc;
}

typedef struct holder {
    char *who;    /* person id as text, or "?" + the name key of an unresolved replacement */
    char *name;
    char *from, *to;
} holder;

typedef struct holders {
    holder *items;
    size_t n, cap;
} holders;

static holder *holder_get(holders *h, const char *who, const char *name) {
    for (size_t i = 0; i < h->n; i++)
        if (strcmp(h->items[i].who, who) == 0) return &h->items[i];
    if (h->n == h->cap) {
        size_t cap = h->cap ? 2 * h->cap : 8;
        holder *items = realloc(h->items, cap * sizeof *items);
        if (!items) return NULL;
        h->items = items;
        h->cap = cap;
    }
    holder *x = &h->items[h->n];
    *x = (holder){str_dup(who), str_dup(name), NULL, NULL};
    if (!x->who || !x->name) {
        free(x->who);
        free(x->name);
        return NULL;
    }
    h->n++;
    return x;
}

/* Earliest start and latest end seen for a holder. */
static void widen(char **slot, const char *date, bool earliest) {
    if (!date) return;
    if (!*slot || (earliest ? strcmp(date, *slot) < 0 : strcmp(date, *slot) > 0)) {
        free(*slot);
        *slot = str_dup(date);
    }
}

/* The holder a replacement names: a known person when the name resolves to one. */
static holder *replacement_holder(brass_store *st, holders *h, const char *repl) {
    sqlite3_int64 pid;
    bool ambiguous;
    char who[64];
    const char *name = repl;
    char *pname = NULL;
    if (link_find_person(st, repl, &pid, &ambiguous, NULL) == BRASS_OK && pid) {
        snprintf(who, sizeof who, "%lld", (long long)pid);
        sqlite3_stmt *s = db_prepare(st, "SELECT name FROM persons WHERE id = ?", NULL);
        if (s) {
            sqlite3_bind_int64(s, 1, pid);
            if (db_step(s) == SQLITE_ROW) name = pname = str_dup(db_text(s, 0));
            db_done(st, s);
        }
    } else {
        char *key = brass_name_key(repl);
        snprintf(who, sizeof who, "?%.60s", key ? key : "");
        free(key);
    }
    holder *x = holder_get(h, who, name ? name : repl);
    free(pname);
    return x;
}

static int cmp_holder(const void *a, const void *b) {
    const holder *x = a, *y = b;
    const char *dx = x->from ? x->from : x->to, *dy = y->from ? y->from : y->to;
    if (!dx || !dy) return (dx == NULL) - (dy == NULL);
    int c = strcmp(dx, dy);
    /* On one day the one who leaves comes before the one who takes over. */
    if (c == 0) c = (x->from != NULL) - (y->from != NULL);
    return c;
}

/* Whether a holder held the post on date (compared on common prefixes). */
static bool held_on(const holder *x, const char *on) {
    if (!x->from && !x->to) return false;
    if (x->from && strncmp(x->from, on, strlen(x->from) < strlen(on) ? strlen(x->from) : strlen(on)) > 0)
        return false;
    if (x->to && strncmp(x->to, on, strlen(x->to) < strlen(on) ? strlen(x->to) : strlen(on)) < 0)
        return false;
    return true;
}

/* The holder already listed for a person id, or NULL. */
static holder *holder_find(holders *h, sqlite3_int64 pid) {
    char who[32];
    snprintf(who, sizeof who, "%lld", (long long)pid);
    for (size_t i = 0; i < h->n; i++)
        if (strcmp(h->items[i].who, who) == 0) return &h->items[i];
    return NULL;
}

/* Events that name no post but a replacement who holds this one: "Brandt was
 * dismissed; Karpov replaces him", with Karpov appointed to the post, tells
 * that Brandt held it until Karpov took it (and an appointee replacing a
 * holder takes the post when the holder leaves). False when out of memory. */
static bool postless_partners(brass_store *st, holders *h) {
    sqlite3_stmt *s = db_prepare(st,
                                 "SELECT m.type, m.person, pe.name, m.date, m.replacement FROM merged m "
                                 "JOIN persons pe ON pe.id = m.person WHERE m.post IS NULL AND "
                                 "m.replacement IS NOT NULL AND m.type IN ('appointment', 'dismissal', "
                                 "'resignation', 'death') ORDER BY m.id",
                                 NULL);
    if (!s) return true;  /* the holders found so far still stand */
    bool ok = true;
    while (ok && db_step(s) == SQLITE_ROW) {
        sqlite3_int64 pid;
        bool ambiguous;
        if (link_find_person(st, db_text(s, 4), &pid, &ambiguous, NULL) != BRASS_OK || !pid) continue;
        holder *r = holder_find(h, pid);
        if (!r || holder_find(h, sqlite3_column_int64(s, 1))) continue;
        bool gained = strcmp(db_text(s, 0), "appointment") == 0;
        const char *date = db_text(s, 3), *meet = gained ? r->to : r->from;
        /* The two ends must meet: far-apart dates are another post's story. */
        if (date && meet && !link_dates_agree(date, meet) && link_days_apart(date, meet) > 45) continue;
        char who[32];
        snprintf(who, sizeof who, "%lld", (long long)sqlite3_column_int64(s, 1));
        char *at = str_dup(date ? date : meet);
        holder *x = (date || meet) && !at ? NULL : holder_get(h, who, db_text(s, 2));
        if (!x) ok = false;
        else widen(gained ? &x->from : &x->to, at, gained);
        free(at);
    }
    db_done(st, s);
    return ok;
}

char *brass_store_post(brass_store *st, const char *post, const char *on, brass_error *err) {
    sqlite3_int64 id;
    char *name = NULL;
    if (find_post(st, post, &id, &name, err) != BRASS_OK) {
        free(name);
        return NULL;
    }
    sqlite3_stmt *s = db_prepare(st,
                                 "SELECT m.type, m.person, pe.name, m.date, m.replacement FROM merged m "
                                 "JOIN persons pe ON pe.id = m.person WHERE m.post = ? "
                                 "ORDER BY m.date IS NULL, m.date, m.id",
                                 err);
    if (!s) {
        free(name);
        return NULL;
    }
    sqlite3_bind_int64(s, 1, id);
    holders h = {0};
    bool oom = false;
    while (!oom && db_step(s) == SQLITE_ROW) {
        const char *type = db_text(s, 0), *date = db_text(s, 3), *repl = db_text(s, 4);
        bool gained = strcmp(type, "appointment") == 0;
        bool lost = !gained && (strcmp(type, "dismissal") == 0 || strcmp(type, "resignation") == 0 ||
                                strcmp(type, "death") == 0);
        if (!gained && !lost) continue;  /* an award or injury says nothing of the holder's term */
        char who[32];
        snprintf(who, sizeof who, "%lld", (long long)sqlite3_column_int64(s, 1));
        holder *x = holder_get(&h, who, db_text(s, 2));
        if (!x) oom = true;
        else widen(gained ? &x->from : &x->to, date, gained);
        /* The one replaced ends where the appointee starts, and the other way round. */
        holder *r = !oom && repl ? replacement_holder(st, &h, repl) : NULL;
        if (!oom && repl && !r) oom = true;
        if (r) widen(gained ? &r->to : &r->from, date, !gained);
    }
    db_done(st, s);
    if (!oom) oom = !postless_partners(st, &h);
    if (h.n) qsort(h.items, h.n, sizeof *h.items, cmp_holder);
    json_t *arr = json_array();
    for (size_t i = 0; i < h.n; i++) {
        holder *x = &h.items[i];
        if (!on || held_on(x, on))
            json_array_append_new(arr, json_pack("{s:s,s:o,s:o}", "person", x->name, "from",
                                                 report_str(x->from), "to", report_str(x->to)));
        free(x->who);
        free(x->name);
        free(x->from);
        free(x->to);
    }
    free(h.items);
    json_t *o = json_pack("{s:s,s:o}", "post", name ? name : post, "holders", arr);
    free(name);
    if (oom) {
        json_decref(o);
        brass_error_set(err, BRASS_ERR_NOMEM, st->path, "out of memory");
        return NULL;
    }
    return report_dump(o, st, err);
}
