/* score.c -- scoring predicted events against gold: loading, matching and counting as eval/score.py does. */
#include "answer/score.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brass/answer.h"
#include "util/buf.h"
#include "util/str.h"

const char *const score_arg_names[SCORE_ARGS] = {"post", "by", "replacement", "date", "certainty"};

/* Gold and predicted documents: JSON objects from doc id to its event array,
 * in first-seen order (jansson keeps insertion order, as a Python dict does). */
struct brass_score {
    json_t *gold;
    json_t *pred;
};

brass_score *brass_score_new(void) {
    brass_score *sc = calloc(1, sizeof *sc);
    if (!sc) return NULL;
    sc->gold = json_object();
    sc->pred = json_object();
    if (!sc->gold || !sc->pred) {
        brass_score_free(sc);
        return NULL;
    }
    return sc;
}

void brass_score_free(brass_score *sc) {
    if (!sc) return;
    json_decref(sc->gold);
    json_decref(sc->pred);
    free(sc);
}

/* Python's str.strip() for the ASCII white space a JSONL line can carry. */
static void strip_span(const char **s, size_t *n) {
    while (*n && (**s == ' ' || (**s >= '\t' && **s <= '\r'))) (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || ((*s)[*n - 1] >= '\t' && (*s)[*n - 1] <= '\r'))) (*n)--;
}

static int add_span(brass_score *sc, const char *line, size_t n, int gold, const char *where,
                    brass_error *err) {
    strip_span(&line, &n);
    if (n == 0) return BRASS_OK;
    json_error_t jerr;
    json_t *obj = json_loadb(line, n, JSON_DECODE_ANY, &jerr);
    if (!obj) return brass_error_set(err, BRASS_ERR_INPUT, where, "not JSON: %s", jerr.text);
    if (!json_is_object(obj)) {
        json_decref(obj);
        return brass_error_set(err, BRASS_ERR_INPUT, where, "not a JSON object");
    }
    json_t *events = json_object_get(obj, "events");
    /* obj.get("events") or []: a missing, null or empty value is no events */
    if (events && !json_is_null(events) && !json_is_array(events)) {
        json_decref(obj);
        return brass_error_set(err, BRASS_ERR_INPUT, where, "\"events\" is not a list");
    }
    for (size_t i = 0; events && i < json_array_size(events); i++) {
        if (!json_is_object(json_array_get(events, i))) {
            json_decref(obj);
            return brass_error_set(err, BRASS_ERR_INPUT, where, "event %zu is not a JSON object",
                                   i + 1);
        }
    }
    char *doc = score_py_str(json_object_get(obj, "doc"));
    json_t *list = json_is_array(events) ? json_incref(events) : json_array();
    json_decref(obj);
    int rc = doc && list && json_object_set_new(gold ? sc->gold : sc->pred, doc, list) == 0;
    free(doc);
    if (!rc) return brass_error_set(err, BRASS_ERR_NOMEM, where, "out of memory");
    return BRASS_OK;
}

int brass_score_add_line(brass_score *sc, const char *line, int gold, const char *where,
                         brass_error *err) {
    if (!sc || !line) return brass_error_set(err, BRASS_ERR_USAGE, where ? where : "", "no line");
    return add_span(sc, line, strlen(line), gold, where ? where : "", err);
}

int brass_score_load(brass_score *sc, const char *path, int gold, brass_error *err) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return brass_error_set(err, BRASS_ERR_IO, path, "%s", strerror(errno));
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = BRASS_OK;
    char where[512];
    for (long no = 1; rc == BRASS_OK && (n = getline(&line, &cap, fp)) >= 0; no++) {
        snprintf(where, sizeof where, "%s:%ld", path, no);
        rc = add_span(sc, line, (size_t)n, gold, where, err);
    }
    if (rc == BRASS_OK && ferror(fp)) rc = brass_error_set(err, BRASS_ERR_IO, path, "read error");
    free(line);
    fclose(fp);
    return rc;
}

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

int brass_score_add_events(brass_score *sc, const brass_doc *doc, const brass_events *events,
                           brass_error *err) {
    json_t *list = json_array();
    for (size_t i = 0; list && i < brass_events_count(events); i++) {
        const brass_event *ev = brass_events_at(events, i);
        json_t *o = json_object();
        if (!o || json_array_append_new(list, o) != 0) goto oom;
        json_object_set_new(o, "type", json_string(brass_event_type_name(brass_event_type_of(ev))));
        json_object_set_new(o, "certainty", json_string(brass_certainty_name(brass_event_certainty(ev))));
        for (int f = BRASS_F_PERSON; f < BRASS_FIELDS; f++)
            json_object_set_new(o, brass_field_name((brass_field)f),
                                str_or_null(brass_event_get(ev, (brass_field)f)));
    }
    if (!list || json_object_set_new(sc->pred, brass_doc_id(doc), list) != 0) goto oom;
    return BRASS_OK;
oom:
    json_decref(list);
    return brass_error_set(err, BRASS_ERR_NOMEM, brass_doc_origin(doc), "out of memory");
}

/* ---- scoring ---- */

/* A JSON value as Python reads it in `x in (None, "")`. */
static bool blank(const json_t *v) {
    return !v || json_is_null(v) || (json_is_string(v) && json_string_length(v) == 0);
}

static bool truthy(const json_t *v) {
    if (!v || json_is_null(v) || json_is_false(v)) return false;
    if (json_is_integer(v)) return json_integer_value(v) != 0;
    if (json_is_real(v)) return json_real_value(v) != 0.0;
    if (json_is_string(v)) return json_string_length(v) != 0;
    if (json_is_array(v)) return json_array_size(v) != 0;
    if (json_is_object(v)) return json_object_size(v) != 0;
    return true;
}

/* Python == between two JSON values that may be missing (None). */
static bool py_equal(const json_t *a, const json_t *b) {
    if (!a) a = json_null();
    if (!b) b = json_null();
    return json_equal((json_t *)a, (json_t *)b);
}

static const char *str_of(const json_t *v) { return json_is_string(v) ? json_string_value(v) : NULL; }

/* type equal and same person (the match rule) */
static bool matches(const json_t *g, const json_t *e) {
    return py_equal(json_object_get(g, "type"), json_object_get(e, "type")) &&
           score_same_person(str_of(json_object_get(g, "person")), str_of(json_object_get(e, "person")));
}

/* per_type[type][slot] += 1, creating the entry on first sight */
static bool count_type(score_result *r, const json_t *type, int slot) {
    char *name = json_is_string(type) ? str_dup(json_string_value(type))
                                      : json_dumps(type ? type : json_null(), JSON_ENCODE_ANY);
    if (!name) return false;
    for (size_t i = 0; i < r->ntypes; i++)
        if (strcmp(r->types[i].name, name) == 0) {
            r->types[i].v[slot]++;
            free(name);
            return true;
        }
    score_type_count *nt = realloc(r->types, (r->ntypes + 1) * sizeof *nt);
    if (!nt) {
        free(name);
        return false;
    }
    r->types = nt;
    r->types[r->ntypes] = (score_type_count){name, {0, 0, 0}};
    r->types[r->ntypes++].v[slot] = 1;
    return true;
}

/* appends "fmt..." built from Python str() of up to two values, then the evidence of e */
static void report_line(buf *rep, const char *doc, const char *what, const json_t *type,
                        const json_t *person, const char *tail, const json_t *e) {
    char *t = score_py_str(type), *p = score_py_str(person);
    buf_printf(rep, "%s: %s%s %s%s\n", doc, what, t ? t : "", p ? p : "", tail ? tail : "");
    free(t);
    free(p);
    const char *ev = e ? str_of(json_object_get(e, "evidence")) : NULL;
    if (ev && *ev) buf_printf(rep, "    evidence: %s\n", ev);
}

static void score_args(score_result *r, buf *rep, const char *doc, const json_t *g, const json_t *e) {
    for (int a = 0; a < SCORE_ARGS; a++) {
        const char *name = score_arg_names[a];
        const json_t *gv = json_object_get(g, name), *pv = json_object_get(e, name);
        char *tail = NULL, *pr = NULL, *gr = NULL;
        char what[64];
        snprintf(what, sizeof what, "%s of ", name);
        if (blank(gv)) {
            /* a filled value where gold has none is wrong, except a date: annotators
             * leave dates null when unsure, so a date is scored only where gold gives one */
            if (!blank(pv) && a != 3) {
                r->args[a][1]++;
                pr = score_py_repr(pv);
                tail = pr ? malloc(strlen(pr) + 32) : NULL;
                if (tail) sprintf(tail, ": gold null, got %s", pr);
                report_line(rep, doc, what, json_object_get(g, "type"), json_object_get(g, "person"),
                            tail, e);
            }
        } else {
            r->args[a][1]++;
            if (!blank(pv) && score_arg_ok(name, gv, pv)) {
                r->args[a][0]++;
            } else {
                pr = score_py_repr(pv);
                gr = score_py_repr(gv);
                tail = pr && gr ? malloc(strlen(pr) + strlen(gr) + 32) : NULL;
                if (tail) sprintf(tail, ": want %s, got %s", gr, pr);
                report_line(rep, doc, what, json_object_get(g, "type"), json_object_get(g, "person"),
                            tail, e);
            }
        }
        free(tail);
        free(pr);
        free(gr);
    }
}

/* After a miss: the first prediction about the same person under another type,
 * with its evidence -- most misses are a right sentence read as the wrong type. */
static void near_miss(buf *rep, const json_t *g, const json_t *pevents) {
    const char *gp = str_of(json_object_get(g, "person"));
    for (size_t i = 0; i < json_array_size(pevents); i++) {
        const json_t *e = json_array_get(pevents, i);
        const char *ev = str_of(json_object_get(e, "evidence"));
        if (!ev || !*ev || !score_same_person(gp, str_of(json_object_get(e, "person")))) continue;
        char *t = score_py_str(json_object_get(e, "type"));
        buf_printf(rep, "    evidence: [predicted as %s] %s\n", t ? t : "", ev);
        free(t);
        return;
    }
}

/* Scores one gold document against its prediction (score.py's loop body). */
static bool score_doc(score_result *r, buf *rep, const char *doc, const json_t *gevents,
                      const json_t *pevents) {
    size_t np = json_array_size(pevents), ng = json_array_size(gevents);
    const json_t **uniq = calloc(np + 1, sizeof *uniq);
    char **keys = calloc(np + 1, sizeof *keys);
    bool *used = calloc(ng + 1, sizeof *used);
    bool ok = uniq && keys && used;
    size_t nu = 0;
    /* dedup by (type, key), dropping events with no key */
    for (size_t i = 0; ok && i < np; i++) {
        const json_t *e = json_array_get(pevents, i);
        char *k = score_key(str_of(json_object_get(e, "person")));
        if (!k) {
            ok = false;
            break;
        }
        bool seen = !*k;
        for (size_t j = 0; j < nu && !seen; j++)
            seen = strcmp(keys[j], k) == 0 &&
                   py_equal(json_object_get(uniq[j], "type"), json_object_get(e, "type"));
        if (seen) {
            free(k);
            continue;
        }
        keys[nu] = k;
        uniq[nu++] = e;
    }
    for (size_t u = 0; ok && u < nu; u++) {
        const json_t *e = uniq[u];
        size_t hit = ng;
        for (size_t i = 0; i < ng && hit == ng; i++) {
            const json_t *g = json_array_get(gevents, i);
            if (!truthy(json_object_get(g, "optional")) && !used[i] && matches(g, e)) hit = i;
        }
        if (hit == ng) {
            bool optional = false;
            for (size_t i = 0; i < ng && !optional; i++) {
                const json_t *g = json_array_get(gevents, i);
                optional = truthy(json_object_get(g, "optional")) && matches(g, e);
            }
            if (optional) continue;
            r->fp++;
            ok = count_type(r, json_object_get(e, "type"), 1);
            report_line(rep, doc, "FP ", json_object_get(e, "type"), json_object_get(e, "person"),
                        NULL, e);
            continue;
        }
        used[hit] = true;
        const json_t *g = json_array_get(gevents, hit);
        r->tp++;
        ok = count_type(r, json_object_get(g, "type"), 0);
        score_args(r, rep, doc, g, e);
    }
    for (size_t i = 0; ok && i < ng; i++) {
        const json_t *g = json_array_get(gevents, i);
        if (used[i] || truthy(json_object_get(g, "optional"))) continue;
        r->fn++;
        ok = count_type(r, json_object_get(g, "type"), 2);
        report_line(rep, doc, "FN ", json_object_get(g, "type"), json_object_get(g, "person"), NULL,
                    NULL);
        near_miss(rep, g, pevents);
    }
    for (size_t j = 0; keys && j < nu; j++) free(keys[j]);
    free(keys);
    free(uniq);
    free(used);
    return ok && !rep->oom;
}

void score_result_free(score_result *r) {
    for (size_t i = 0; i < r->ntypes; i++) free(r->types[i].name);
    free(r->types);
    free(r->report);
    memset(r, 0, sizeof *r);
}

char *brass_score_report(const brass_score *sc, int flags, brass_error *err) {
    score_result r = {0};
    buf rep = BUF_INIT;
    buf_puts(&rep, "");
    const char *doc;
    json_t *gevents;
    bool ok = true;
    r.documents = json_object_size(sc->gold);
    json_object_foreach(sc->gold, doc, gevents) {
        json_t *pevents = json_object_get(sc->pred, doc);
        if (!pevents) r.missing++;
        if (!(ok = score_doc(&r, &rep, doc, gevents, pevents))) break;
    }
    r.report = buf_take(&rep);
    char *out = ok && r.report ? score_format(&r, flags) : NULL;
    score_result_free(&r);
    if (!out) brass_error_set(err, BRASS_ERR_NOMEM, "", "out of memory");
    return out;
}
