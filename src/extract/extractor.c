/* extractor.c -- brass_extractor: finds trigger words and builds events from their frames. */
#include "brass/extract.h"
#include "extract/around.h"
#include "extract/attrib.h"
#include "extract/lexicon.h"
#include "extract/mention.h"
#include "extract/sentence.h"

#include <ctype.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct brass_extractor {
    lex *abbr, *debris, *ranks, *nonnames, *scope, *posts, *triggers, *blockers;
    attrib_lexicons *attrib;
    mention_lexicons mlx;
};

brass_extractor *brass_extractor_new(brass_error *err) {
    brass_extractor *ex = calloc(1, sizeof *ex);
    if (ex) {
        ex->abbr = lex_load("abbreviations");
        ex->debris = lex_load("debris");
        ex->ranks = lex_load("ranks");
        ex->nonnames = lex_load("nonnames");
        ex->scope = lex_load("scope");
        ex->posts = lex_load("posts");
        ex->triggers = lex_load("triggers");
        ex->blockers = lex_load("blockers");
        ex->attrib = attrib_lexicons_new();
        ex->mlx = (mention_lexicons){ex->abbr, ex->ranks, ex->nonnames, ex->scope, ex->posts};
    }
    if (!ex || !ex->abbr || !ex->debris || !ex->ranks || !ex->nonnames || !ex->scope || !ex->posts ||
        !ex->triggers || !ex->blockers || !ex->attrib) {
        brass_extractor_free(ex);
        brass_error_set(err, BRASS_ERR_NOMEM, "", "out of memory loading the lexicons");
        return NULL;
    }
    return ex;
}

void brass_extractor_free(brass_extractor *ex) {
    if (!ex) return;
    lex_free(ex->abbr);
    lex_free(ex->debris);
    lex_free(ex->ranks);
    lex_free(ex->nonnames);
    lex_free(ex->scope);
    lex_free(ex->posts);
    lex_free(ex->triggers);
    lex_free(ex->blockers);
    attrib_lexicons_free(ex->attrib);
    free(ex);
}

/* ---------- candidate events ---------- */

typedef struct cand {
    brass_event_type type;
    int person, by_person, repl_person;
    char by[160];
    char post[200];
    size_t sent, anchor;  /* anchor: byte offset of the trigger in the body */
    int score;
    bool weak;  /* a dismissal read from "replaced": void if the person resigned */
    bool out;   /* the post given is out of scope ("acting attorney general") */
} cand;

typedef struct cands {
    cand *v;
    size_t n, cap;
    bool oom;
} cands;

static cand *add_cand(cands *c, brass_event_type type, int who, size_t sent, size_t anchor) {
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        cand *v = realloc(c->v, cap * sizeof *v);
        if (!v) {
            c->oom = true;
            return NULL;
        }
        c->v = v;
        c->cap = cap;
    }
    cand *x = &c->v[c->n++];
    memset(x, 0, sizeof *x);
    x->type = type;
    x->person = who;
    x->by_person = x->repl_person = -1;
    x->sent = sent;
    x->anchor = anchor;
    return x;
}

typedef struct ctx {
    const brass_extractor *ex;
    mdoc *d;
    cands *c;
} ctx;

static bool is_word(const mdoc *d, size_t i) { return d->toks[i].kind == TOK_WORD; }
static bool is_ch(const mdoc *d, size_t i, char ch) {
    return d->toks[i].kind == TOK_PUNCT && d->text[d->toks[i].s] == ch;
}

/* Words that may stand between an auxiliary and its participle. */
static bool is_adverb(const mdoc *d, size_t i) {
    size_t n = d->toks[i].e - d->toks[i].s;
    if (n > 3 && memcmp(d->text + d->toks[i].e - 2, "ly", 2) == 0) return true;
    static const char *const w[] = {"also", "now", "just", "already", "since", "then", "reportedly",
                                    "recently", "not", "never", "subsequently", "later", "allegedly",
                                    "effectively", "summarily", "both", "all", NULL};
    for (int k = 0; w[k]; k++)
        if (mdoc_is(d, i, w[k])) return true;
    return false;
}

static bool is_passive(const mdoc *d, size_t t0, size_t i) {
    static const char *const aux[] = {"was", "were", "is", "are", "be", "been", "being", "get", "got",
                                      "gets", "getting", "had", NULL};
    for (size_t k = i; k > t0 && i - k < 5;) {
        k--;
        if (!is_word(d, k)) return false;
        for (int a = 0; aux[a]; a++)
            if (mdoc_is(d, k, aux[a])) return strcmp(aux[a], "had") != 0;
        if (!is_adverb(d, k)) return false;
    }
    return false;
}

static bool plural_aux(const mdoc *d, size_t t0, size_t i) {
    for (size_t k = i; k > t0 && i - k < 5;) {
        k--;
        if (mdoc_is(d, k, "were") || mdoc_is(d, k, "are") || mdoc_is(d, k, "have")) return true;
        if (mdoc_is(d, k, "was") || mdoc_is(d, k, "is") || mdoc_is(d, k, "has")) return false;
    }
    return false;
}

/* A blocker before the trigger in its clause (modal, demand, negation). */
static bool blocked_before(const ctx *x, size_t t0, size_t i) {
    const mdoc *d = x->d;
    for (size_t k = i; k > t0 && i - k < 5;) {
        k--;
        if (d->toks[k].kind == TOK_PUNCT && d->text[d->toks[k].s] != '-') {
            if (d->text[d->toks[k].s] != '\'' && (unsigned char)d->text[d->toks[k].s] != 0xe2) return false;
        }
        const char *v = NULL;
        size_t m = lex_match(x->ex->blockers, d->text + d->toks[k].s, d->toks[i].s - d->toks[k].s, &v);
        /* "may have been killed" reports a past event, hedged: not blocked */
        if (m && strcmp(v, "before") == 0 && !(k + 1 < i && mdoc_is(d, k + 1, "have"))) return true;
        /* "n't" glued to its verb */
        size_t n = d->toks[k].e - d->toks[k].s;
        if (n > 3 && d->text[d->toks[k].e - 1] == 't' && d->text[d->toks[k].e - 2] == '\'' ) return true;
    }
    return false;
}

static bool is_pronoun_subject(const mdoc *d, size_t i) {
    return mdoc_is(d, i, "he") || mdoc_is(d, i, "she") || mdoc_is(d, i, "him") || mdoc_is(d, i, "her") ||
           mdoc_is(d, i, "his");
}

static bool is_role_noun(const mdoc *d, size_t i) {
    static const char *const w[] = {"general", "commander", "admiral", "officer", "minister", "chief",
                                    "colonel", "marshal", "lieutenant", "head", NULL};
    for (int k = 0; w[k]; k++)
        if (mdoc_is(d, i, w[k])) return true;
    return false;
}

/* The person "he" or "the general" at token i stands for: the nearest in-scope
 * mention before it in its sentence, else the first in-scope mention of the
 * nearest earlier sentence that has one (reports keep their topic as subject). */
static int focus_before(const mdoc *d, size_t i) {
    /* the sentence holding token i: sentences are in token order, so a binary
     * search keeps this O(log n) (a linear scan made long inputs quadratic) */
    size_t lo = 0, hi = d->nsents;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->sents[mid].t0 <= i) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0 || i >= d->sents[lo - 1].t1 + 1) return -1;
    size_t si = lo - 1;
    for (size_t m = d->sents[si].m1; m > d->sents[si].m0; m--) {
        const mention *mm = &d->ments[m - 1];
        if (mm->t1 <= i && d->persons[mm->person].in_scope) return mm->person;
    }
    for (size_t s = si; s > 0 && si - s < 4; s--)
        for (size_t m = d->sents[s - 1].m0; m < d->sents[s - 1].m1; m++)
            if (d->persons[d->ments[m].person].in_scope) return d->ments[m].person;
    return -1;
}

/* "he", "the general", "the commander" within a few words before i: the focus person. */
static int pronoun_before(const mdoc *d, size_t t0, size_t i) {
    for (size_t k = i; k > t0 && i - k < 6;) {
        k--;
        if (!is_word(d, k)) break;
        if (is_pronoun_subject(d, k) && !mdoc_is(d, k, "his") && !mdoc_is(d, k, "her")) return focus_before(d, k);
        if (is_role_noun(d, k) && k > t0 && (mdoc_is(d, k - 1, "the") || (k - 1 > t0 && mdoc_is(d, k - 2, "the"))))
            return focus_before(d, k - 1);
    }
    return -1;
}

/* The person the nearest mention before token i names, in sentence si. */
static const mention *mention_before(const mdoc *d, size_t si, size_t i, int not_person) {
    const sentence *st = &d->sents[si];
    for (size_t m = st->m1; m > st->m0; m--) {
        const mention *mm = &d->ments[m - 1];
        if (mm->t1 <= i && mm->person != not_person) return mm;
    }
    return NULL;
}

/* The subject before token i: the nearest mention, passing over relative
 * clauses (", who held the post before Y,") and appositions. */
static const mention *subject_before(const mdoc *d, size_t si, size_t i) {
    const sentence *st = &d->sents[si];
    for (size_t k = i; k > st->t0;) {
        k--;
        if (is_ch(d, k, ',')) {
            size_t c = k;
            while (c > st->t0 && !is_ch(d, c - 1, ',')) c--;
            if (c < k && (mdoc_is(d, c, "who") || mdoc_is(d, c, "which") || mdoc_is(d, c, "whose") ||
                          mdoc_is(d, c, "whom") || mdoc_is(d, c, "where"))) {
                k = c;
                continue;
            }
        }
        for (size_t m = st->m0; m < st->m1; m++)
            if (d->ments[m].t1 == k + 1) return &d->ments[m];
    }
    return NULL;
}

/* A capitalized subject right before a verb that is no person: "Russia has
 * appointed", "the Russian Defence Ministry nominated". */
static void subject_phrase(const mdoc *d, size_t t0, size_t i, char *out, size_t n) {
    size_t k = i;
    while (k > t0 && (mdoc_is(d, k - 1, "has") || mdoc_is(d, k - 1, "have") || mdoc_is(d, k - 1, "had") ||
                      is_adverb(d, k - 1)))
        k--;
    size_t e = k;
    while (k > t0 && d->toks[k - 1].kind != TOK_PUNCT && (d->toks[k - 1].cap || d->toks[k - 1].kind == TOK_POSS))
        k--;
    if (k == e || (e - k == 1 && (mdoc_is(d, k, "he") || mdoc_is(d, k, "she") || mdoc_is(d, k, "it") ||
                                  mdoc_is(d, k, "they") || mdoc_is(d, k, "we") || mdoc_is(d, k, "i"))))
        return;
    snprintf(out, n, "%.*s", (int)(d->toks[e - 1].e - d->toks[k].s), d->text + d->toks[k].s);
}

/* The first mention starting within `within` tokens after i, not crossing a clause end. */
static const mention *mention_after(const mdoc *d, size_t si, size_t i, size_t within) {
    const sentence *st = &d->sents[si];
    for (size_t m = st->m0; m < st->m1; m++) {
        const mention *mm = &d->ments[m];
        if (mm->r0 < i) continue;
        if (mm->r0 - i > within) return NULL;
        for (size_t k = i; k < mm->r0; k++)
            if (is_ch(d, k, ';') || is_ch(d, k, ':') || mdoc_is(d, k, "who") || mdoc_is(d, k, "which") ||
                mdoc_is(d, k, "that") || mdoc_is(d, k, "after") || mdoc_is(d, k, "amid") ||
                mdoc_is(d, k, "by") || mdoc_is(d, k, "following") || mdoc_is(d, k, "because") ||
                mdoc_is(d, k, "said") || mdoc_is(d, k, "says") || mdoc_is(d, k, "with"))
                return NULL;
        return mm;
    }
    return NULL;
}

/* "him", "the general" right after an active verb. */
static int pronoun_after(const mdoc *d, size_t t1, size_t i) {
    for (size_t k = i; k < t1 && k - i < 4; k++) {
        if (!is_word(d, k)) return -1;
        if (mdoc_is(d, k, "him") || mdoc_is(d, k, "her")) return focus_before(d, i);
        if (is_role_noun(d, k) && k > i && mdoc_is(d, k - 1, "the")) return focus_before(d, i);
        if (!mdoc_is(d, k, "the") && !is_adverb(d, k)) return -1;
    }
    return -1;
}

/* The agent of a passive: "by X", else NULL. Fills by with an institution's name. */
static int agent_by(const mdoc *d, size_t si, size_t i, char *by, size_t n) {
    const sentence *st = &d->sents[si];
    for (size_t k = i; k < st->t1 && k - i < 8; k++) {
        if (!mdoc_is(d, k, "by")) continue;
        const mention *m = mention_after(d, si, k + 1, 4);
        if (m) return m->person;
        size_t a = k + 1;
        if (a < st->t1 && mdoc_is(d, a, "the")) a++;
        size_t b = a;
        while (b < st->t1 && is_word(d, b) && (d->toks[b].cap || d->toks[b].kind == TOK_POSS)) b++;
        if (b > a) {
            size_t s = d->toks[a].s, e = d->toks[b - 1].e;
            snprintf(by, n, "%.*s", (int)(e - s), d->text + s);
        }
        return -1;
    }
    return -1;
}

/* "on the orders of X", "by order of X", "X signed the decree/order": the agent. */
static int agent_order(const mdoc *d, size_t si) {
    const sentence *st = &d->sents[si];
    for (size_t k = st->t0; k + 1 < st->t1; k++) {
        if ((mdoc_is(d, k, "orders") || mdoc_is(d, k, "order") || mdoc_is(d, k, "decree")) &&
            mdoc_is(d, k + 1, "of")) {
            const mention *m = mention_after(d, si, k + 2, 4);
            if (m) return m->person;
        }
        if (mdoc_is(d, k, "signed") || mdoc_is(d, k, "decreed")) {
            const mention *m = mention_before(d, si, k, -1);
            if (m && k - m->t1 < 4) return m->person;
        }
    }
    return -1;
}

/* The post the sentence gives near the trigger: "as X", "to the post of X", "named X". */
static bool post_near(const ctx *x, size_t si, size_t from, char *out, size_t n) {
    /* only right after the trigger or the person, past "as", "to the post of",
     * "from his post as": farther words belong to other clauses */
    static const char *const skip[] = {"as", "to", "from", "the", "his", "her", "its", "post", "posts",
                                       "position", "role", "office", "of", "new", "duties", "a", "an",
                                       "become", "serve", "lead", NULL};
    const mdoc *d = x->d;
    const sentence *st = &d->sents[si];
    out[0] = 0;
    for (size_t k = from; k < st->t1 && k - from < 8; k++) {
        size_t end = mdoc_post_at(d, &x->ex->mlx, k, st->t1, out, n);
        if (end > k) {
            if (mdoc_scope_of(&x->ex->mlx, out, strlen(out)) >= 0) return true;
            out[0] = 0;
            return false;
        }
        bool skippable = d->toks[k].kind == TOK_POSS ||
                         (k + 1 < st->t1 && d->toks[k + 1].kind == TOK_POSS);  /* "the country's" */
        for (int w = 0; skip[w] && !skippable; w++) skippable = mdoc_is(d, k, skip[w]);
        if (!skippable && !is_ch(d, k, ',')) break;
    }
    return true;
}

/* ---------- frames ---------- */

static cand *emit(ctx *x, brass_event_type type, int who, size_t si, size_t trig, size_t post_from) {
    if (who < 0) return NULL;
    cand *c = add_cand(x->c, type, who, si, x->d->toks[trig].s);
    if (!c) return NULL;
    if (type == BRASS_DISMISSAL || type == BRASS_APPOINTMENT || type == BRASS_RESIGNATION)
        c->out = !post_near(x, si, post_from, c->post, sizeof c->post);
    return c;
}

static void frame(ctx *x, size_t si, size_t i, size_t tend, brass_event_type type, char fr) {
    mdoc *d = x->d;
    const sentence *st = &d->sents[si];
    /* "was relieved and replaced by Y": a by-phrase makes a participle passive */
    bool passive = (fr == 'V' || fr == 'R' || fr == 'S') &&
                   (is_passive(d, st->t0, i) || (tend < st->t1 && mdoc_is(d, tend, "by")));
    /* "was arrested and charged", "was close to the blast but wounded": a participle
     * joined to an earlier passive with no object of its own shares its subject */
    if (fr == 'V' && !passive && i > st->t0 && (mdoc_is(d, i - 1, "and") || mdoc_is(d, i - 1, "but")) &&
        !mention_after(d, si, tend, 3) && pronoun_after(d, st->t1, tend) < 0) {
        for (size_t k = i - 1; k > st->t0 && i - k < 12 && !passive;) {
            k--;
            if (mdoc_is(d, k, "was") || mdoc_is(d, k, "were") || mdoc_is(d, k, "been")) passive = true;
        }
    }
    int subj = -1, obj = -1;
    const mention *ms = subject_before(d, si, i);
    if (fr == 'N') {
        if (i > st->t0 && d->toks[i - 1].kind == TOK_POSS) {
            if (ms && ms->t1 == i - 1) subj = ms->person;
        } else if (i > st->t0 && (mdoc_is(d, i - 1, "his") || mdoc_is(d, i - 1, "her"))) {
            subj = focus_before(d, i);
        } else if (tend < st->t1 && mdoc_is(d, tend, "of")) {
            const mention *m = mention_after(d, si, tend + 1, 14);
            if (m) subj = m->person;
        }
        cand *c = emit(x, type, subj, si, i, tend);
        if (c) {
            c->score = 0;
            /* "Zelensky signed a decree on the dismissal of X": the sentence's subject */
            if (ms && ms->person != subj && ms->t1 < i) c->by_person = ms->person;
        }
        return;
    }
    if (fr == 'I' || passive) {
        /* the subject is the person: nearest name, or a pronoun for the focus */
        int pr = pronoun_before(d, st->t0, i);
        /* "X's replacement will be named": X owns the subject, it is not the subject */
        if (ms && ms->t1 < st->t1 && (d->toks[ms->t1].kind == TOK_POSS || is_ch(d, ms->t1, '\'')))
            ms = NULL;
        if (ms && (pr < 0 || ms->t1 > i - 6)) subj = ms->person;
        else subj = pr;
        if (subj < 0) return;
        char by[160] = "";
        int agent = passive ? agent_by(d, si, tend, by, sizeof by) : -1;
        if (fr == 'R' || fr == 'S') {
            /* "Y was replaced by Z", "Y was succeeded by Z" */
            if (agent < 0) return;
            if (fr == 'R') {
                cand *c = emit(x, BRASS_DISMISSAL, subj, si, i, tend);
                if (c) c->repl_person = agent, c->weak = true;
            }
            cand *a = emit(x, BRASS_APPOINTMENT, agent, si, i, tend);
            if (a) a->repl_person = subj;
            return;
        }
        if (fr == 'I' && type == BRASS_APPOINTMENT && passive) return;
        /* "X, Y and Z have been arrested": a plural verb takes every name of its subject */
        if (ms && plural_aux(d, st->t0, i)) {
            for (size_t m = st->m0; m < st->m1; m++) {
                const mention *mm = &d->ments[m];
                if (mm->t1 > ms->t1 || mm->person == subj || !d->persons[mm->person].in_scope) continue;
                bool by_phrase = false;
                for (size_t k = mm->r0; k > st->t0 && mm->r0 - k < 3 && !by_phrase;) by_phrase = mdoc_is(d, --k, "by");
                if (!by_phrase) emit(x, type, mm->person, si, i, tend);
            }
        }
        cand *c = emit(x, type, subj, si, i, tend);
        if (!c) return;
        c->score = 1;
        if (agent >= 0 && agent != subj) c->by_person = agent;
        else if (by[0]) snprintf(c->by, sizeof c->by, "%s", by);
        else c->by_person = agent_order(d, si);
        return;
    }
    /* active: the object is the person, the subject the agent */
    obj = pronoun_after(d, st->t1, tend);
    /* the object may carry its post first: "sacked the commander of the army, X" */
    const mention *mo = obj < 0 ? mention_after(d, si, tend, 14) : NULL;
    if (!mo && obj < 0) {
        /* "X, whom he had appointed": the antecedent of whom */
        for (size_t k = i; k > st->t0 && i - k < 6;) {
            k--;
            if (mdoc_is(d, k, "whom")) {
                const mention *mw = mention_before(d, si, k, -1);
                if (mw && k - mw->t1 < 12) obj = mw->person;
                break;
            }
        }
    }
    if (mo) obj = mo->person;
    if (obj < 0) return;
    subj = ms ? ms->person : -1;
    if (subj == obj) subj = -1;
    size_t after = mo ? mo->t1 : tend + 1;
    if (fr == 'R' || fr == 'S') {
        /* "Z replaced Y" / "Z succeeded Y": Z is the subject, or the focus for "replacing Y" */
        /* "replaced X with Y": Y is the newcomer */
        for (size_t k = after; k < st->t1 && k - after < 3; k++)
            if (mdoc_is(d, k, "with")) {
                const mention *mw = mention_after(d, si, k + 1, 5);
                if (mw) subj = mw->person;
                break;
            }
        /* "appointed X, replacing Y": the gerund's subject is the one appointed */
        size_t tl = d->toks[i].e - d->toks[i].s;
        if (tl > 3 && memcmp(d->text + d->toks[i].e - 3, "ing", 3) == 0)
            for (size_t q = x->c->n; q > 0; q--)
                if (x->c->v[q - 1].sent == si && x->c->v[q - 1].type == BRASS_APPOINTMENT &&
                    x->c->v[q - 1].person != obj) {
                    subj = x->c->v[q - 1].person;
                    break;
                }
        if (subj < 0) subj = pronoun_before(d, st->t0, i);
        if (subj < 0 || subj == obj) return;
        if (fr == 'R') {
            cand *c = emit(x, BRASS_DISMISSAL, obj, si, i, after);
            if (c) c->repl_person = subj, c->weak = true;
        }
        cand *a = emit(x, BRASS_APPOINTMENT, subj, si, i, after);
        if (a) a->repl_person = obj;
        return;
    }
    cand *c = emit(x, type, obj, si, i, after);
    if (!c) return;
    c->score = 2;
    c->by_person = subj >= 0 ? subj : agent_order(d, si);
    if (c->by_person < 0) subject_phrase(d, st->t0, i, c->by, sizeof c->by);
}

static void scan_sentence(ctx *x, size_t si) {
    mdoc *d = x->d;
    const sentence *st = &d->sents[si];
    size_t send = st->t1 ? d->toks[st->t1 - 1].e : 0;
    for (size_t i = st->t0; i < st->t1; i++) {
        if (!is_word(d, i)) continue;
        const char *v = NULL;
        size_t m = lex_match(x->ex->triggers, d->text + d->toks[i].s, send - d->toks[i].s, &v);
        if (!m) continue;
        const char *bv = NULL;
        size_t bm = lex_match(x->ex->blockers, d->text + d->toks[i].s, send - d->toks[i].s, &bv);
        size_t tend = i;
        while (tend < st->t1 && d->toks[tend].s < d->toks[i].s + m) tend++;
        if (bm > m && strcmp(bv, "after") == 0) continue;
        if (blocked_before(x, st->t0, i)) continue;
        char tname[32];
        const char *sp = strchr(v, ' ');
        if (!sp || (size_t)(sp - v) >= sizeof tname) continue;
        memcpy(tname, v, (size_t)(sp - v));
        tname[sp - v] = 0;
        brass_event_type type;
        if (brass_event_type_parse(tname, &type) != BRASS_OK) continue;
        /* a promotion to a rank is an award, to a post an appointment */
        if (type == BRASS_APPOINTMENT && mdoc_is(d, i, "promoted") + mdoc_is(d, i, "promote") +
                                             mdoc_is(d, i, "promotes") > 0)
            for (size_t k = tend; k < st->t1 && k - tend < 10; k++)
                if (mdoc_is(d, k, "rank") ||
                    (mdoc_is(d, k - 1, "to") && d->toks[k].cap &&
                     lex_match(x->ex->ranks, d->text + d->toks[k].s, send - d->toks[k].s, NULL) &&
                     !(k + 1 < st->t1 && mdoc_is(d, k + 1, "of"))))
                    type = BRASS_AWARD;
        frame(x, si, i, tend, type, sp[1]);
        i = tend - 1;
    }
}

/* ---------- events out ---------- */

static const char *person_name(const mdoc *d, int p) { return p >= 0 ? d->persons[p].name : NULL; }

/* Dismissals/resignations and appointments in one sentence replace each other.
 * Candidates come in sentence order, so each sentence's are one run and the
 * pairing stays linear in the document (a sentence holds few). */
static void pair_replacements(cands *c) {
    for (size_t g0 = 0, g1; g0 < c->n; g0 = g1) {
        for (g1 = g0 + 1; g1 < c->n && c->v[g1].sent == c->v[g0].sent; g1++) {}
        for (size_t a = g0; a < g1; a++) {
            if (c->v[a].repl_person >= 0) continue;
            bool out = c->v[a].type == BRASS_DISMISSAL || c->v[a].type == BRASS_RESIGNATION;
            bool in = c->v[a].type == BRASS_APPOINTMENT;
            if (!out && !in) continue;
            for (size_t b = g0; b < g1; b++) {
                if (c->v[b].person == c->v[a].person) continue;
                bool bout = c->v[b].type == BRASS_DISMISSAL || c->v[b].type == BRASS_RESIGNATION;
                if ((out && c->v[b].type == BRASS_APPOINTMENT) || (in && bout)) {
                    c->v[a].repl_person = c->v[b].person;
                    break;
                }
            }
        }
    }
}

static int cand_quality(const cand *c) {
    return c->score + (c->post[0] != 0) + (c->by_person >= 0 || c->by[0]) + (c->repl_person >= 0);
}

static int emit_events(const brass_extractor *ex, const brass_doc *doc, mdoc *d, cands *c,
                       brass_events *list) {
    const char *text = brass_doc_text(doc);
    /* per person: whether they resigned, and per (person, type) the best-argued
     * candidate (ties to the first) -- one pass, so that emitting stays linear */
    bool *resigned = calloc(d->npersons + 1, sizeof *resigned);
    size_t *best = malloc((d->npersons + 1) * BRASS_EVENT_TYPES * sizeof *best);
    around_event *tell = malloc((c->n + 1) * sizeof *tell);  /* the candidates as the date/certainty context sees them */
    if (!resigned || !best || !tell) {
        free(resigned);
        free(best);
        free(tell);
        return BRASS_ERR_NOMEM;
    }
    for (size_t i = 0; i < (d->npersons + 1) * BRASS_EVENT_TYPES; i++) best[i] = SIZE_MAX;
    for (size_t b = 0; b < c->n; b++) {
        const cand *cb = &c->v[b];
        if (cb->type == BRASS_RESIGNATION) resigned[cb->person] = true;
        size_t *slot = &best[(size_t)cb->person * BRASS_EVENT_TYPES + cb->type];
        if (*slot == SIZE_MAX || cand_quality(cb) > cand_quality(&c->v[*slot])) *slot = b;
        tell[b] = (around_event){cb->type, cb->person, cb->by_person, cb->repl_person, cb->sent, cb->anchor, cb->post};
    }
    around_doc *around = around_new(d, tell, c->n, best, ex->triggers, ex->attrib, brass_doc_date(doc));
    if (!around) {
        free(resigned);
        free(best);
        free(tell);
        return BRASS_ERR_NOMEM;
    }
    for (size_t a = 0; a < c->n; a++) {
        cand *e = &c->v[a];
        person *p = &d->persons[e->person];
        if (e->out) continue;
        if (e->weak && resigned[e->person]) continue;
        const sentence *st = &d->sents[e->sent];
        size_t ss = d->toks[st->t0].s, se = d->toks[st->t1 - 1].e;
        /* a person not placed by rank or post still counts when the sentence of the
         * event names a military or security role and nothing out of scope */
        bool succeeds = e->repl_person >= 0 && d->persons[e->repl_person].in_scope;
        bool post_in = e->post[0] && mdoc_scope_of(&ex->mlx, e->post, strlen(e->post)) > 0;
        if (!p->in_scope && !succeeds && !post_in &&
            (p->out_titled || mdoc_scope_of2(&ex->mlx, text + ss, se - ss, false) <= 0))
            continue;
        /* one event per (type, person): keep the best-argued */
        if (best[(size_t)e->person * BRASS_EVENT_TYPES + e->type] != a) continue;
        const char *s = text + ss;
        size_t slen = se - ss, anchor = e->anchor - ss;
        if (attrib_is_denial(ex->attrib, s, slen, anchor)) continue;
        attrib at;
        around_attrib(around, a, &at);
        char date[11];
        bool dated = around_date(around, a, date);
        char evidence[1024];
        snprintf(evidence, sizeof evidence, "%.*s", (int)(slen < 1000 ? slen : 1000), s);
        bool takes_by = e->type == BRASS_DISMISSAL || e->type == BRASS_APPOINTMENT ||
                        e->type == BRASS_ARREST || e->type == BRASS_AWARD;
        bool takes_repl = e->type == BRASS_DISMISSAL || e->type == BRASS_APPOINTMENT ||
                          e->type == BRASS_RESIGNATION;
        const char *post = e->post[0] ? e->post : p->post[0] ? p->post : NULL;
        /* a newcomer from outside takes the post of the one replaced */
        if (e->type == BRASS_APPOINTMENT && !e->post[0] && succeeds && (!p->in_scope || !post))
            post = d->persons[e->repl_person].post[0] ? d->persons[e->repl_person].post : NULL;
        if (e->type == BRASS_AWARD) post = NULL;
        const char *by = NULL;
        if (takes_by) by = e->by_person >= 0 && e->by_person != e->person ? person_name(d, e->by_person)
                           : e->by[0] ? e->by : NULL;
        const char *repl = takes_repl && e->repl_person != e->person ? person_name(d, e->repl_person) : NULL;
        const char *fields[BRASS_FIELDS] = {0};
        fields[BRASS_F_PERSON] = p->name;
        fields[BRASS_F_RANK] = p->rank[0] ? p->rank : NULL;
        fields[BRASS_F_POST] = post;
        fields[BRASS_F_BY] = by;
        fields[BRASS_F_REPLACEMENT] = repl;
        fields[BRASS_F_DATE] = dated ? date : NULL;
        fields[BRASS_F_SOURCE] = at.source[0] ? at.source : NULL;
        fields[BRASS_F_EVIDENCE] = evidence;
        int rc = brass_events_add(list, e->type, at.certainty, fields, ss, se);
        if (rc != BRASS_OK) {
            free(resigned);
            free(best);
            free(tell);
            around_free(around);
            return rc;
        }
    }
    free(resigned);
    free(best);
    free(tell);
    around_free(around);
    return BRASS_OK;
}

brass_events *brass_extract(const brass_extractor *ex, const brass_doc *doc, brass_error *err) {
    brass_events *list = brass_events_new();
    sent_span *spans = NULL;
    mdoc d;
    memset(&d, 0, sizeof d);
    cands c = {0};
    if (!list) goto oom;
    const char *text = brass_doc_text(doc);
    long ns = sent_split(ex->abbr, ex->debris, text, brass_doc_text_len(doc), &spans);
    if (ns < 0) goto oom;
    if (!mdoc_build(&d, &ex->mlx, text, spans, (size_t)ns)) goto oom;
    ctx x = {ex, &d, &c};
    for (size_t s = 0; s < d.nsents; s++) scan_sentence(&x, s);
    if (c.oom) goto oom;
    pair_replacements(&c);
    if (emit_events(ex, doc, &d, &c, list) != BRASS_OK) goto oom;
    free(spans);
    free(c.v);
    mdoc_free(&d);
    return list;
oom:
    free(spans);
    free(c.v);
    mdoc_free(&d);
    brass_events_free(list);
    brass_error_set(err, BRASS_ERR_NOMEM, brass_doc_origin(doc), "out of memory");
    return NULL;
}
