/* extractor.c -- brass_extractor: finds trigger words and builds events from their frames. */
#include "brass/extract.h"
#include "extract/around.h"
#include "extract/attrib.h"
#include "extract/cand.h"
#include "extract/lexicon.h"
#include "extract/mention.h"
#include "extract/sentence.h"
#include "util/ascii.h"
#include "util/str.h"

#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct brass_extractor {
    lex *abbr, *debris, *debris_anywhere, *ranks, *nonnames, *scope, *posts, *surnames_first, *triggers, *blockers;
    attrib_lexicons *attrib;
    mention_lexicons mlx;
};

brass_extractor *brass_extractor_new(brass_error *err) {
    brass_extractor *ex = calloc(1, sizeof *ex);
    if (ex) {
        ex->abbr = lex_load("abbreviations");
        ex->debris = lex_load("debris");
        ex->debris_anywhere = lex_load("debris_anywhere");
        ex->ranks = lex_load("ranks");
        ex->nonnames = lex_load("nonnames");
        ex->scope = lex_load("scope");
        ex->posts = lex_load("posts");
        ex->surnames_first = lex_load("surnames_first");
        ex->triggers = lex_load("triggers");
        ex->blockers = lex_load("blockers");
        ex->attrib = attrib_lexicons_new();
        ex->mlx = (mention_lexicons){ex->abbr, ex->ranks, ex->nonnames, ex->scope, ex->posts, ex->surnames_first};
    }
    if (!ex || !ex->abbr || !ex->debris || !ex->debris_anywhere || !ex->ranks || !ex->nonnames || !ex->scope ||
        !ex->posts || !ex->surnames_first || !ex->triggers || !ex->blockers || !ex->attrib) {
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
    lex_free(ex->debris_anywhere);
    lex_free(ex->ranks);
    lex_free(ex->nonnames);
    lex_free(ex->scope);
    lex_free(ex->posts);
    lex_free(ex->surnames_first);
    lex_free(ex->triggers);
    lex_free(ex->blockers);
    attrib_lexicons_free(ex->attrib);
    free(ex);
}

/* ---------- candidate events ---------- */


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
    /* "Putin has fired one of his top commanders. General X ... was stripped of his
     * post": an agent whose object went unnamed, per event type, and its sentence */
    int lead_agent[BRASS_EVENT_TYPES];
    char lead_text[BRASS_EVENT_TYPES][160];  /* or its words when it is no person */
    size_t lead_sent[BRASS_EVENT_TYPES];
    /* "killed the commander of the fleet" ... "Admiral X had been killed": the post
     * the lead gives the unnamed person, per event type, and its sentence */
    char lead_post[BRASS_EVENT_TYPES][200];
    size_t lead_post_sent[BRASS_EVENT_TYPES];
} ctx;

/* The agent of an earlier sentence of the same type of event whose object it
 * did not name, for an event that has none of its own. */
static void take_lead_agent(const ctx *x, brass_event_type type, size_t si, cand *c) {
    enum { WINDOW = 4 };
    if (c->by_person >= 0 || c->by[0] || si <= x->lead_sent[type] || si - x->lead_sent[type] > WINDOW) return;
    int a = x->lead_agent[type];
    if (a >= 0 && a != c->person) c->by_person = a;
    else if (a < 0) memcpy(c->by, x->lead_text[type], sizeof c->by);
}

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
                                    "effectively", "summarily", "both", "all", "too", "again", NULL};
    return mdoc_is_any(d, i, w);
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

/* A reporting verb before token k in its sentence: "he said (that) ...". */
static bool reported_speech(const mdoc *d, size_t t0, size_t k) {
    static const char *const w[] = {"said", "says", "stated", "announced", "confirmed", "added", "told",
                                    "declared", NULL};
    for (size_t b = k; b > t0 && k - b < 12;) {
        b--;
        for (int n = 0; w[n]; n++)
            if (mdoc_is(d, b, w[n])) return true;
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
        /* "may have been killed" reports a past event, hedged: not blocked; nor is
         * "said X would take over", the reported form of "will" */
        if (m && strcmp(v, "before") == 0 && !(k + 1 < i && mdoc_is(d, k + 1, "have")) &&
            !(mdoc_is(d, k, "would") && reported_speech(d, t0, k)))
            return true;
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
                                    "colonel", "marshal", "lieutenant", "head", "boss", NULL};
    return mdoc_is_any(d, i, w);
}

static bool is_aux(const mdoc *d, size_t i) {
    static const char *const w[] = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
                                    "will", "would", "may", "might", "could", "can", "should", "must",
                                    "did", "does", "do", "get", "got", "reportedly", NULL};
    return mdoc_is_any(d, i, w);
}

static bool is_body_part(const mdoc *d, size_t i) {
    static const char *const w[] = {"leg", "legs", "arm", "arms", "hand", "hands", "head", "eye", "eyes",
                                    "face", "back", "spine", "chest", "foot", "feet", "body", NULL};
    return mdoc_is_any(d, i, w);
}

/* The token that ends the subject of the verb group ending at i: back over
 * auxiliaries and adverbs ("had reportedly been"). t0 when none. */
static size_t subject_end(const mdoc *d, size_t t0, size_t i) {
    static const char *const pre[] = {"due", "set", "going", "about", "poised", "scheduled", "slated", NULL};
    size_t k = i;
    for (;;) {
        while (k > t0 && is_word(d, k - 1) && (is_aux(d, k - 1) || is_adverb(d, k - 1))) k--;
        /* "is due to become", "is set to take over": the subject is before */
        bool skipped = false;
        for (int n = 0; pre[n] && !skipped && k > t0 + 1 && mdoc_is(d, k - 1, "to"); n++)
            if (mdoc_is(d, k - 2, pre[n])) k -= 2, skipped = true;
        if (!skipped) return k;
    }
}

/* "three protesters died": a common noun right before the verb group is its
 * subject, so no named person is. Pronouns, role nouns ("the general") and
 * relative words are left to coreference. */
static bool common_noun_subject(const mdoc *d, size_t t0, size_t i) {
    size_t k = subject_end(d, t0, i);
    if (k == t0) return false;
    k--;
    if (!is_word(d, k) || d->toks[k].cap || ascii_is_digit((unsigned char)d->text[d->toks[k].s])) return false;
    static const char *const w[] = {"who", "that", "and", "but", "or", "himself", "herself", "then",
                                    "also", "both", "all", "which", NULL};
    for (int n = 0; w[n]; n++)
        if (mdoc_is(d, k, w[n])) return false;
    if (is_pronoun_subject(d, k) || is_role_noun(d, k)) return false;
    /* "was among hundreds killed": a noun inside a prepositional phrase is no subject */
    for (size_t b = k; b > t0 && k - b < 3;) {
        b--;
        if (mdoc_is(d, b, "among") || mdoc_is(d, b, "including") || mdoc_is(d, b, "of") ||
            mdoc_is(d, b, "with"))
            return false;
        if (!is_word(d, b) || d->toks[b].cap) break;
    }
    return true;
}

/* The noun before the verb still leaves the mention its subject when it is set off
 * by a comma or joined by "and": "X, the commander of the army, was fired", "X,
 * his wife and 11 others were killed" (within a short span with no new clause). */
static bool mention_heads_subject(const mdoc *d, const mention *m, size_t verb) {
    size_t end = verb;
    if (end <= m->t1 || end - m->t1 > 12) return false;
    bool joined = false;
    for (size_t k = m->t1; k < end; k++) {
        if (is_ch(d, k, ',') || mdoc_is(d, k, "and")) joined = true;
        if (mdoc_is(d, k, "because") || mdoc_is(d, k, "when") || mdoc_is(d, k, "after") ||
            mdoc_is(d, k, "while") || mdoc_is(d, k, "since") || mdoc_is(d, k, "that") ||
            mdoc_is(d, k, "who") || mdoc_is(d, k, "where") || is_ch(d, k, ';'))
            return false;
    }
    return joined;
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
        if (mm->t1 <= i && (d->persons[mm->person].in_scope || d->persons[mm->person].topical)) return mm->person;
    }
    for (size_t s = si; s > 0 && si - s < 4; s--)
        for (size_t m = d->sents[s - 1].m0; m < d->sents[s - 1].m1; m++)
            if (d->persons[d->ments[m].person].in_scope || d->persons[d->ments[m].person].topical)
                return d->ments[m].person;
    return -1;
}

static bool role_modifier(const mdoc *d, size_t i) {
    static const char *const w[] = {"top", "senior", "former", "army", "navy", "military", "defence",
                                    "defense", "new", "ousted", "sacked", "dismissed", "veteran", "retired",
                                    "commanding", "deputy", "first", "second", "third", "fourth", "fifth",
                                    "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last", NULL};
    if (d->toks[i].cap) return true;  /* "the Russian general" */
    return mdoc_is_any(d, i, w);
}

/* "he", "the general", "the commander" within a few words before i: the focus person. */
static int pronoun_before(const mdoc *d, size_t t0, size_t i) {
    for (size_t k = i; k > t0 && i - k < 6;) {
        k--;
        if (!is_word(d, k)) break;
        if (is_pronoun_subject(d, k) && !mdoc_is(d, k, "his") && !mdoc_is(d, k, "her")) return focus_before(d, k);
        /* "the general", "the Russian commander", "the top general"; not "the
         * health minister", whose modifier names another kind of post */
        if (is_role_noun(d, k) && k > t0 &&
            (mdoc_is(d, k - 1, "the") || (k - 1 > t0 && mdoc_is(d, k - 2, "the") && role_modifier(d, k - 1))))
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

/* "He named General X": an agent pronoun stands for the one who acts on others in
 * the report, a person without a military role (a president, a minister) named
 * first in the sentence or the two before it; -1 when none. */
static int agent_pronoun(const mdoc *d, size_t si, size_t i, int obj) {
    const sentence *st = &d->sents[si];
    size_t k = subject_end(d, st->t0, i);
    if (k == st->t0 || !(mdoc_is(d, k - 1, "he") || mdoc_is(d, k - 1, "she"))) return -1;
    for (size_t s = si + 1; s > 0 && si + 1 - s <= 3; s--) {
        const sentence *ps = &d->sents[s - 1];
        for (size_t m = ps->m0; m < ps->m1; m++) {
            const mention *mm = &d->ments[m];
            if (s - 1 == si && mm->t1 > k) break;
            const person *pp = &d->persons[mm->person];
            if (mm->person != obj && !pp->in_scope && !pp->topical) return mm->person;
        }
    }
    return -1;
}

/* A capitalized subject right before a verb that is no person: "Russia has
 * appointed", "the Russian Defence Ministry nominated". */
/* Copies an agent's words, spelling out "MoD" ("the Russian MoD" is the
 * Russian Ministry of Defence), as reports write it both ways. */
static void agent_words(const char *s, size_t len, char *out, size_t n) {
    if (len >= 3 && memcmp(s + len - 3, "MoD", 3) == 0 && (len == 3 || s[len - 4] == ' '))
        snprintf(out, n, "%.*sMinistry of Defence", (int)(len - 3), s);
    else
        snprintf(out, n, "%.*s", (int)len, s);
}

/* Collective agents written in lower case: "the Indian government", "police". */
static bool is_institution(const mdoc *d, size_t i) {
    static const char *const w[] = {"authorities", "police", "government", "ministry", "army", "military",
                                    "court", "prosecutors", "prosecution", "troops", "soldiers", "junta",
                                    "people", "men", "gunmen", "agents", "parliament", "cabinet", "council",
                                    "kremlin", "legislature", "party", NULL};
    return mdoc_is_any(d, i, w);
}

/* The verb that governs an infinitive ending before token i ("approved a proposal
 * to promote", "decided to dismiss"): its token, or i when there is none. */
static size_t controlling_verb(const mdoc *d, size_t t0, size_t i) {
    static const char *const w[] = {"approved", "approves", "decided", "decides", "voted", "votes", "agreed",
                                    "agrees", "moved", "ordered", "orders", "chose", "opted", "resolved",
                                    "endorsed", "backed", NULL};
    if (i <= t0 + 1 || !mdoc_is(d, i - 1, "to")) return i;
    for (size_t k = i - 1; k > t0 && i - 1 - k < 4;) {
        k--;
        if (!is_word(d, k)) return i;
        for (int n = 0; w[n]; n++)
            if (mdoc_is(d, k, w[n])) return k;
    }
    return i;
}

static bool is_weekday(const mdoc *d, size_t i);

static void subject_phrase(const mdoc *d, size_t t0, size_t i, char *out, size_t n) {
    size_t k = controlling_verb(d, t0, i);
    for (;;) {
        while (k > t0 && (mdoc_is(d, k - 1, "has") || mdoc_is(d, k - 1, "have") || mdoc_is(d, k - 1, "had") ||
                          is_adverb(d, k - 1)))
            k--;
        /* "the cabinet on Tuesday approved" */
        if (k > t0 + 1 && is_weekday(d, k - 1) && mdoc_is(d, k - 2, "on")) k -= 2;
        else break;
    }
    size_t e = k;
    /* "Bolivian authorities arrested", "the Indian government has appointed" */
    if (k > t0 && is_institution(d, k - 1)) k--;
    while (k > t0 && d->toks[k - 1].kind != TOK_PUNCT && (d->toks[k - 1].cap || d->toks[k - 1].kind == TOK_POSS))
        k--;
    /* "The leaders of the coup in Gabon have named": a short noun phrase with "of"
     * that opens the sentence, when the capitals alone give one word or none */
    if (e - k <= 1) {
        size_t c = e;
        bool of = false;
        /* ... or a possessive: "The prosecution's special team put X under arrest"
         * (but "the country's army commander arrested", a headline, is who was) */
        bool role = false;
        while (c > t0 && (is_word(d, c - 1) || d->toks[c - 1].kind == TOK_POSS) && e - c < 8 && !is_aux(d, c - 1)) {
            c--;
            of |= mdoc_is(d, c, "of") || d->toks[c].kind == TOK_POSS;
            role |= is_role_noun(d, c);
        }
        if (role && !mdoc_is(d, c, "the")) of = false;
        if (c == t0 && of && c < k) {
            k = c;
            if (mdoc_is(d, k, "the") || mdoc_is(d, k, "a")) k++;
        }
    }
    if (e - k == 1 && !d->toks[k].cap) return;  /* a bare "authorities": no one named */
    if (k == e || (e - k == 1 && (mdoc_is(d, k, "he") || mdoc_is(d, k, "she") || mdoc_is(d, k, "it") ||
                                  mdoc_is(d, k, "they") || mdoc_is(d, k, "we") || mdoc_is(d, k, "i"))))
        return;
    agent_words(d->text + d->toks[k].s, d->toks[e - 1].e - d->toks[k].s, out, n);
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
static int pronoun_after(const mdoc *d, size_t si, size_t i) {
    size_t t1 = d->sents[si].t1;
    for (size_t k = i; k < t1 && k - i < 4; k++) {
        if (!is_word(d, k)) return -1;
        if (mdoc_is(d, k, "him") || mdoc_is(d, k, "her")) return focus_before(d, i);
        /* "the general"; but "the head of his guard, Colonel X" names its own person */
        if (is_role_noun(d, k) && k > i && mdoc_is(d, k - 1, "the"))
            return mention_after(d, si, k + 1, 14) ? -1 : focus_before(d, i);
        if (!mdoc_is(d, k, "the") && !is_adverb(d, k)) return -1;
    }
    return -1;
}

/* The agent of a passive: "by X", else NULL. Fills by with an institution's name. */
static int agent_by(const mdoc *d, size_t si, size_t i, char *by, size_t n) {
    const sentence *st = &d->sents[si];
    for (size_t k = i; k < st->t1 && k - i < 8; k++) {
        /* "was relieved of his duties, arrested by men ...": the by of the next verb */
        if (is_ch(d, k, ',') || is_ch(d, k, ';')) return -1;
        if (!mdoc_is(d, k, "by")) continue;
        /* "arrested by advising X": a gerund after "by" gives a means, not an agent */
        if (k + 1 < st->t1 && !d->toks[k + 1].cap && d->toks[k + 1].e - d->toks[k + 1].s > 4 &&
            memcmp(d->text + d->toks[k + 1].e - 3, "ing", 3) == 0)
            return -1;
        const mention *m = mention_after(d, si, k + 1, 4);
        if (m) return m->person;
        size_t a = k + 1;
        if (a < st->t1 && mdoc_is(d, a, "the")) a++;
        size_t b = a;
        /* "by the Defence Council", "by the army", "by military police" */
        while (b < st->t1 && b - a < 6 && is_word(d, b) &&
               (d->toks[b].cap || d->toks[b].kind == TOK_POSS || is_institution(d, b)))
            b++;
        /* "by men in plain clothes", "by gunmen in uniform": who they were is their dress */
        if (b > a && b + 1 < st->t1 && mdoc_is(d, b, "in"))
            for (size_t c = b + 1; c < st->t1 && c - b <= 3 && is_word(d, c); c++)
                if (mdoc_is(d, c, "clothes") || mdoc_is(d, c, "uniform") || mdoc_is(d, c, "uniforms") ||
                    mdoc_is(d, c, "fatigues") || mdoc_is(d, c, "masks")) {
                    b = c + 1;
                    break;
                }
        if (b > a) {
            size_t s = d->toks[a].s, e = d->toks[b - 1].e;
            agent_words(d->text + s, e - s, by, n);
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

static bool is_weekday(const mdoc *d, size_t i) {
    static const char *const w[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                    "sunday", "today", "yesterday", NULL};
    return mdoc_is_any(d, i, w);
}

/* "appointed X to command the forces in the east", "to head the security service":
 * the verb of office at token k and its object make the post, as a noun ("commander
 * of the forces in the east"); false when k starts no such phrase. */
static bool office_verb_post(const ctx *x, size_t si, size_t k, char *out, size_t n) {
    static const char *const verb[][2] = {{"command", "commander of "}, {"head", "head of "},
                                          {"lead", "head of "}, {NULL, NULL}};
    static const char *const stop[] = {"on", "after", "before", "since", "until", "from", "following",
                                       "as", "and", "with", "for", "while", "amid", "when", "which",
                                       "who", "that", "to", "replacing", "succeeding", NULL};
    const mdoc *d = x->d;
    const sentence *st = &d->sents[si];
    if (k == st->t0 || !mdoc_is(d, k - 1, "to") || k + 1 >= st->t1) return false;
    int v = 0;
    while (verb[v][0] && !mdoc_is(d, k, verb[v][0])) v++;
    if (!verb[v][0]) return false;
    /* the object: a determiner or a capital first, then words up to the clause's end */
    size_t a = k + 1, e = a;
    if (!(mdoc_is(d, a, "the") || mdoc_is(d, a, "its") || d->toks[a].cap)) return false;
    while (e < st->t1 && e - a < 10 && (is_word(d, e) || d->toks[e].kind == TOK_POSS)) {
        bool stops = false;
        for (int w = 0; stop[w] && !stops; w++) stops = mdoc_is(d, e, stop[w]);
        if (stops) break;
        e++;
    }
    if (e - a < 2 || e - a >= 10) return false;
    snprintf(out, n, "%s%.*s", verb[v][1], (int)(d->toks[e - 1].e - d->toks[a].s), d->text + d->toks[a].s);
    if (mdoc_scope_of(&x->ex->mlx, out, strlen(out)) > 0) return true;
    out[0] = 0;
    return false;
}

/* The post the sentence gives near the trigger: "as X", "to the post of X", "named X". */
static bool post_near(const ctx *x, size_t si, size_t from, bool gained, char *out, size_t n) {
    /* only right after the trigger or the person, past "as", "to the post of",
     * "from his post as": farther words belong to other clauses */
    static const char *const skip[] = {"as", "to", "from", "the", "his", "her", "its", "post", "posts",
                                       "position", "role", "office", "of", "new", "duties", "a", "an",
                                       "become", "be", "serve", "lead", "earlier", "later", "this", "last",
                                       "next", "week", "month", "year", "on", "in", NULL};
    const mdoc *d = x->d;
    const sentence *st = &d->sents[si];
    out[0] = 0;
    /* "appointed Y, the chairman of the fund, ...": for a post gained, a post set off
     * by a comma with no "as" or "to" is the one Y holds now, not the new one */
    bool apposed = false;
    for (size_t k = from; k < st->t1 && k - from < 8; k++) {
        if (office_verb_post(x, si, k, out, n)) return true;
        size_t end = mdoc_post_at(d, &x->ex->mlx, k, st->t1, out, n);
        if (end > k && gained && apposed) {
            out[0] = 0;
            return true;
        }
        if (end > k) {
            if (mdoc_scope_of(&x->ex->mlx, out, strlen(out)) >= 0) return true;
            out[0] = 0;
            return false;
        }
        if (is_ch(d, k, '(')) {  /* "appointed X (retired) as ..." */
            while (k + 1 < st->t1 && !is_ch(d, k, ')')) k++;
            continue;
        }
        bool skippable = d->toks[k].kind == TOK_POSS || is_weekday(d, k) ||
                         (k + 1 < st->t1 && d->toks[k + 1].kind == TOK_POSS);  /* "the country's" */
        for (int w = 0; skip[w] && !skippable; w++) skippable = mdoc_is(d, k, skip[w]);
        if (!skippable && !is_ch(d, k, ',')) break;
        if (is_ch(d, k, ',')) apposed = true;
        else if (!mdoc_is(d, k, "the") && !mdoc_is(d, k, "a") && d->toks[k].kind != TOK_POSS &&
                 !(k + 1 < st->t1 && d->toks[k + 1].kind == TOK_POSS))
            apposed = false;
    }
    return true;
}

/* ---------- frames ---------- */

static cand *emit(ctx *x, brass_event_type type, int who, size_t si, size_t trig, size_t post_from) {
    if (who < 0) return NULL;
    cand *c = add_cand(x->c, type, who, si, x->d->toks[trig].s);
    if (!c) return NULL;
    x->d->persons[who].topical = true;
    if (type == BRASS_DISMISSAL || type == BRASS_APPOINTMENT || type == BRASS_RESIGNATION)
        c->out = !post_near(x, si, post_from, type == BRASS_APPOINTMENT, c->post, sizeof c->post);
    /* the first named telling after a lead about an unnamed holder takes its post */
    if (x->lead_post[type][0] && si > x->lead_post_sent[type] && si - x->lead_post_sent[type] <= 6 &&
        !c->post[0] && !x->d->persons[who].post[0] && type != BRASS_AWARD) {
        memcpy(c->post, x->lead_post[type], sizeof c->post);
        x->lead_post[type][0] = 0;
    }
    return c;
}

/* "arrested X, Lt. Gen. Y, head of the Z Command; and W": the names after the first
 * object that continue its list (joined by commas, semicolons or "and", each maybe
 * with its apposition, no new verb between) share its event and agent. */
static void object_list(ctx *x, size_t si, size_t trig, const mention *first, const cand *c0) {
    mdoc *d = x->d;
    const sentence *st = &d->sents[si];
    size_t prev_end = first->t1;
    brass_event_type type = c0->type;
    int by = c0->by_person;
    char by_text[sizeof c0->by];
    memcpy(by_text, c0->by, sizeof by_text);
    for (const mention *m = first + 1; m < d->ments + st->m1; m++) {
        if (m->r0 < prev_end || m->person == first->person) continue;
        if (m->r0 - prev_end > 12) return;
        bool joined = false;
        for (size_t k = prev_end; k < m->r0; k++) {
            if (is_ch(d, k, ',') || is_ch(d, k, ';') || mdoc_is(d, k, "and")) joined = true;
            else if (!is_word(d, k) || is_aux(d, k) || mdoc_is(d, k, "who") || mdoc_is(d, k, "which") ||
                     mdoc_is(d, k, "that") || mdoc_is(d, k, "by") || mdoc_is(d, k, "said") ||
                     mdoc_is(d, k, "with") ||
                     lex_match(x->ex->triggers, d->text + d->toks[k].s, d->toks[k].e - d->toks[k].s, NULL))
                return;
        }
        /* the list joint stands right before the name, or "and" begins a short
         * apposition of it ("X and his predecessor Y"), with no preposition */
        size_t before = m->r0 - 1;
        bool apposed = false, prep = false;
        for (size_t k = prev_end; k < m->r0; k++) {
            apposed |= mdoc_is(d, k, "and");
            prep |= mdoc_is(d, k, "for") || mdoc_is(d, k, "of") || mdoc_is(d, k, "in") || mdoc_is(d, k, "at") ||
                    mdoc_is(d, k, "from") || mdoc_is(d, k, "to") || mdoc_is(d, k, "as");
        }
        if (!(is_ch(d, before, ',') || is_ch(d, before, ';') || mdoc_is(d, before, "and")) &&
            !(apposed && !prep && m->r0 - prev_end <= 4))
            return;
        if (!joined || !d->persons[m->person].in_scope) return;
        cand *c = emit(x, type, m->person, si, trig, m->t1);
        if (!c) return;
        c->score = 2;
        c->by_person = by;
        memcpy(c->by, by_text, sizeof c->by);
        prev_end = m->t1;
    }
}

/* Whether an act of office stands between tokens a and b: "X signed a decree on
 * the dismissal of", "X announced the appointment of" (not "X said the removal"). */
static bool act_between(const mdoc *d, size_t a, size_t b) {
    static const char *const w[] = {"signed", "signs", "announced", "announces", "ordered", "orders",
                                    "approved", "approves", "decreed", "issued", "confirmed", NULL};
    for (size_t k = a; k < b; k++)
        for (int n = 0; w[n]; n++)
            if (mdoc_is(d, k, w[n])) return true;
    return false;
}

/* Whether a noun of an act of office stands between tokens a and b: "Putin's
 * shake-up", "the president's decision", "his order". */
static bool act_noun_between(const mdoc *d, size_t a, size_t b) {
    static const char *const w[] = {"shakeup", "shake-up", "shake", "reshuffle", "decision", "order", "decree",
                                    "purge", "overhaul", NULL};
    for (size_t k = a; k < b && k - a < 6; k++)
        for (int n = 0; w[n]; n++)
            if (mdoc_is(d, k, w[n])) return true;
    return false;
}

/* The one whose successor token i names: "X's successor", "his successor" (the
 * person in focus), "the successor of X" / "to X"; -1 when none. */
static int predecessor_of(const mdoc *d, size_t si, size_t i, size_t tend) {
    const sentence *st = &d->sents[si];
    if (i > st->t0 && d->toks[i - 1].kind == TOK_POSS) {
        const mention *m = mention_before(d, si, i, -1);
        return m && m->t1 == i - 1 ? m->person : -1;
    }
    if (i > st->t0 && (mdoc_is(d, i - 1, "his") || mdoc_is(d, i - 1, "her"))) return focus_before(d, i - 1);
    for (size_t k = i; k < tend; k++)  /* "take his place" */
        if (mdoc_is(d, k, "his") || mdoc_is(d, k, "her")) return focus_before(d, i);
    if (tend + 1 < st->t1 && (mdoc_is(d, tend, "of") || mdoc_is(d, tend, "to"))) {
        const mention *m = mention_after(d, si, tend + 1, 3);
        if (m) return m->person;
    }
    return -1;
}

/* "his successor, General Y": Y is appointed in X's place; "named Y as X's
 * successor": the appointment of Y already found in the sentence replaces X. */
static void successor_noun(ctx *x, size_t si, size_t i, size_t tend) {
    mdoc *d = x->d;
    int pred = predecessor_of(d, si, i, tend);
    /* "appointed Y to take his place": "his" is not Y but whoever came before Y */
    const cand *last = x->c->n && x->c->v[x->c->n - 1].sent == si ? &x->c->v[x->c->n - 1] : NULL;
    if (last && last->type == BRASS_APPOINTMENT && last->person == pred)
        for (size_t m = d->sents[si].m0; m < d->sents[si].m1; m++)
            if (d->ments[m].person == pred) {
                pred = focus_before(d, d->ments[m].r0);
                break;
            }
    if (pred < 0) return;
    size_t from = tend;
    if (from < d->sents[si].t1 && (mdoc_is(d, from, "of") || mdoc_is(d, from, "to"))) from += 2;
    const mention *m = mention_after(d, si, from, 4);
    if (m && m->person != pred) {
        cand *c = emit(x, BRASS_APPOINTMENT, m->person, si, i, m->t1);
        if (c) c->repl_person = pred, c->score = 1;
        return;
    }
    for (size_t q = x->c->n; q > 0 && x->c->v[q - 1].sent == si; q--) {
        cand *c = &x->c->v[q - 1];
        if (c->type == BRASS_APPOINTMENT && c->person != pred && c->repl_person < 0) {
            c->repl_person = pred;
            return;
        }
    }
    /* "Y will take his place": the subject is the newcomer */
    const mention *ms = subject_before(d, si, i);
    if (ms && ms->person != pred) {
        cand *c = emit(x, BRASS_APPOINTMENT, ms->person, si, i, tend);
        if (c) c->repl_person = pred, c->score = 1;
    }
}

/* Keeps the post that is the unnamed subject of a change ("France's top military
 * chief resigned", "the commander of the fleet was dismissed") for the named
 * telling that follows. */
static void lead_subject_post(ctx *x, size_t si, size_t i, brass_event_type type) {
    const mdoc *d = x->d;
    const sentence *st = &d->sents[si];
    size_t se = subject_end(d, st->t0, i), a = se;
    while (a > st->t0 && se - a < 10 && (is_word(d, a - 1) || d->toks[a - 1].kind == TOK_POSS)) a--;
    char post[200];
    for (size_t k = a; k < se; k++)
        if (mdoc_post_at(d, &x->ex->mlx, k, se, post, sizeof post) == se &&
            mdoc_scope_of(&x->ex->mlx, post, strlen(post)) > 0) {
            memcpy(x->lead_post[type], post, sizeof post);
            x->lead_post_sent[type] = si;
            return;
        }
}

/* "The prosecutors put X under emergency arrest", "placed X under house arrest":
 * X is arrested, the subject of "put" the agent. False when token i (the noun)
 * stands in no such phrase. */
static bool put_under(ctx *x, size_t si, size_t i) {
    const mdoc *d = x->d;
    const sentence *st = &d->sents[si];
    size_t u = i;
    for (size_t k = i; k > st->t0 && i - k < 3;) {
        k--;
        if (mdoc_is(d, k, "under")) {
            u = k;
            break;
        }
    }
    if (u == i) return false;
    const mention *mo = mention_before(d, si, u, -1);
    if (!mo || mo->t1 != u || mo->r0 <= st->t0) return false;
    size_t v = mo->r0 - 1;
    if (!(mdoc_is(d, v, "put") || mdoc_is(d, v, "puts") || mdoc_is(d, v, "placed") || mdoc_is(d, v, "places")))
        return false;
    cand *c = emit(x, BRASS_ARREST, mo->person, si, i, i + 1);
    if (!c) return true;
    c->score = 0;  /* a plain "X was arrested" elsewhere stays the kept telling */
    const mention *ms = subject_before(x->d, si, v);
    if (ms && ms->person != mo->person) c->by_person = ms->person;
    else subject_phrase(d, st->t0, v, c->by, sizeof c->by);
    return true;
}

static void frame(ctx *x, size_t si, size_t i, size_t tend, brass_event_type type, char fr) {
    mdoc *d = x->d;
    /* "X became / is acting as commander of ...": an intransitive appointment only
     * when a post follows ("X became a target" is none) */
    if (fr == 'B') {
        size_t n0 = x->c->n;
        frame(x, si, i, tend, type, 'I');
        for (size_t k = n0; k < x->c->n; k++)
            if (!x->c->v[k].post[0] || mdoc_scope_of(&x->ex->mlx, x->c->v[k].post, strlen(x->c->v[k].post)) < 0) {
                x->c->n = n0;  /* only frames of this trigger were added */
                break;
            }
        return;
    }
    const sentence *st = &d->sents[si];
    /* "was relieved and replaced by Y": a by-phrase makes a participle passive */
    bool passive = (fr == 'V' || fr == 'R' || fr == 'S') &&
                   (is_passive(d, st->t0, i) || (tend < st->t1 && mdoc_is(d, tend, "by")));
    /* "was arrested and charged", "was close to the blast but wounded": a participle
     * joined to an earlier passive with no object of its own shares its subject */
    if (fr == 'V' && !passive && i > st->t0 && (mdoc_is(d, i - 1, "and") || mdoc_is(d, i - 1, "but")) &&
        !mention_after(d, si, tend, 3) && pronoun_after(d, si, tend) < 0) {
        for (size_t k = i - 1; k > st->t0 && i - k < 12 && !passive;) {
            k--;
            if (mdoc_is(d, k, "was") || mdoc_is(d, k, "were") || mdoc_is(d, k, "been")) passive = true;
        }
    }
    /* "X was among those killed", "among the dead": X is the one the verb befalls */
    for (size_t k = i; fr == 'V' && !passive && k > st->t0 && i - k < 4;) {
        k--;
        if (mdoc_is(d, k, "among")) passive = k > st->t0 && (mdoc_is(d, k - 1, "was") || mdoc_is(d, k - 1, "were"));
    }
    int subj = -1, obj = -1;
    const mention *ms = subject_before(d, si, i);
    if (fr == 'P') {
        successor_noun(x, si, i, tend);
        return;
    }
    if (fr == 'N' && type == BRASS_ARREST && put_under(x, si, i)) return;
    if (fr == 'N') {
        size_t post_from = tend;
        if (i > st->t0 && d->toks[i - 1].kind == TOK_POSS) {
            if (ms && ms->t1 == i - 1) subj = ms->person;
        } else if (i > st->t0 && (mdoc_is(d, i - 1, "his") || mdoc_is(d, i - 1, "her"))) {
            subj = focus_before(d, i);
        } else if (tend < st->t1 && mdoc_is(d, tend, "of")) {
            const mention *m = mention_after(d, si, tend + 1, 14);
            /* "the dismissal of General X from the post of ...": the post follows the name */
            if (m) subj = m->person, post_from = m->t1;
        }
        cand *c = emit(x, type, subj, si, i, post_from);
        if (c) {
            c->score = 0;
            /* "Zelensky signed a decree on the dismissal of X": the sentence's subject */
            if (ms && ms->person != subj && ms->t1 < i && act_between(d, ms->t1, i)) c->by_person = ms->person;
            /* "Putin's latest shake-up resulted in the dismissal of X": the one whose act it was */
            else if (ms && ms->person != subj && ms->t1 + 1 < i && d->toks[ms->t1].kind == TOK_POSS &&
                     act_noun_between(d, ms->t1 + 1, i))
                c->by_person = ms->person;
            /* "Parliament approved the appointment of X": an institution acts (one
             * that only announced it may not be the one who decided) */
            else if (!ms || ms->t1 >= i)
                for (size_t v = st->t0; v < i; v++)
                    if (act_between(d, v, v + 1) && !mdoc_is(d, v, "announced") && !mdoc_is(d, v, "announces")) {
                        subject_phrase(d, st->t0, v, c->by, sizeof c->by);
                        break;
                    }
            /* "the arrest of X was carried out by police", "the dismissal of X by the council" */
            if (c->by_person < 0 && !c->by[0] && post_from > tend) {
                int a = agent_by(d, si, post_from, c->by, sizeof c->by);
                if (a >= 0 && a != subj) c->by_person = a;
            }
            take_lead_agent(x, type, si, c);
        }
        return;
    }
    if (fr == 'I' || passive) {
        /* the subject is the person: nearest name, or a pronoun for the focus */
        int pr = pronoun_before(d, st->t0, i);
        /* "X's replacement will be named": X owns the subject, it is not the subject */
        bool owner = ms && ms->t1 < st->t1 && (d->toks[ms->t1].kind == TOK_POSS || is_ch(d, ms->t1, '\''));
        /* ... unless what X owns is a part of X: "X's legs were injured" */
        size_t se = subject_end(d, st->t0, i);
        if (owner && !(se == ms->t1 + 2 && is_body_part(d, ms->t1 + 1))) ms = NULL;
        else if (!owner && common_noun_subject(d, st->t0, i) && !(ms && mention_heads_subject(d, ms, se))) ms = NULL;
        if (ms && (pr < 0 || ms->t1 > i - 6)) subj = ms->person;
        else subj = pr;
        /* "X has replaced Y and becomes deputy": a verb joined by "and" shares the
         * subject of the sentence's previous verb, not its object */
        if (!passive && se > st->t0 && mdoc_is(d, se - 1, "and")) {
            const cand *prev = x->c->n && x->c->v[x->c->n - 1].sent == si ? &x->c->v[x->c->n - 1] : NULL;
            size_t t = i;
            while (prev && t > st->t0 && d->toks[t].s != prev->anchor) t--;
            const mention *m0 = prev && d->toks[t].s == prev->anchor ? subject_before(d, si, t) : NULL;
            if (m0) subj = m0->person;
        }
        if (subj < 0) {
            if (fr == 'I' || fr == 'V') lead_subject_post(x, si, i, type);
            return;
        }
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
        for (size_t k = i; k < tend; k++) c->self |= mdoc_is(d, k, "himself") || mdoc_is(d, k, "herself");
        if (agent >= 0 && agent != subj) c->by_person = agent;
        else if (by[0]) str_copy(c->by, sizeof c->by, by);
        else c->by_person = agent_order(d, si);
        take_lead_agent(x, type, si, c);
        return;
    }
    /* active: the object is the person, the subject the agent */
    obj = pronoun_after(d, si, tend);
    /* "X named himself president": the subject, by their own act */
    bool reflexive = tend < st->t1 && (mdoc_is(d, tend, "himself") || mdoc_is(d, tend, "herself"));
    if (reflexive && ms) obj = ms->person;
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
    if (obj < 0) {
        /* the unnamed object's post, for the named telling that follows */
        size_t a = tend;
        while (a < st->t1 && (mdoc_is(d, a, "the") || mdoc_is(d, a, "a") || d->toks[a].kind == TOK_POSS)) a++;
        char post[200];
        bool found = a < st->t1 && mdoc_post_at(d, &x->ex->mlx, a, st->t1, post, sizeof post) > a &&
                     mdoc_scope_of(&x->ex->mlx, post, strlen(post)) > 0;
        /* "appointed his closest adviser, a fighter pilot, as the new chief of staff" */
        for (size_t k = tend; !found && k < st->t1 && k - tend < 16; k++) {
            if (is_ch(d, k, ';') || is_ch(d, k, ':') || mdoc_is(d, k, "said") || mdoc_is(d, k, "says")) break;
            if (!mdoc_is(d, k, "as")) continue;
            size_t b = k + 1;
            while (b < st->t1 && (mdoc_is(d, b, "the") || mdoc_is(d, b, "a") || mdoc_is(d, b, "new") ||
                                  mdoc_is(d, b, "next") || d->toks[b].kind == TOK_POSS))
                b++;
            found = b < st->t1 && mdoc_post_at(d, &x->ex->mlx, b, st->t1, post, sizeof post) > b &&
                    mdoc_scope_of(&x->ex->mlx, post, strlen(post)) > 0;
            break;
        }
        if (found) {
            memcpy(x->lead_post[type], post, sizeof post);
            x->lead_post_sent[type] = si;
        }
        if (fr == 'V' && !is_passive(d, st->t0, i)) {
            x->lead_agent[type] = ms ? ms->person : -1;
            x->lead_text[type][0] = 0;
            if (!ms) subject_phrase(d, st->t0, i, x->lead_text[type], sizeof x->lead_text[type]);
            if (ms || x->lead_text[type][0]) x->lead_sent[type] = si;
        }
        return;
    }
    subj = ms ? ms->person : -1;
    if (subj == obj) subj = -1;
    if (reflexive) {
        cand *c = emit(x, type, obj, si, i, tend + 1);
        if (c) c->score = 2, c->self = true;
        return;
    }
    if (subj < 0) subj = agent_pronoun(d, si, i, obj);
    /* "P dismissed X, and appointed Y": the second verb has the first one's subject */
    const cand *prev = x->c->n && x->c->v[x->c->n - 1].sent == si ? &x->c->v[x->c->n - 1] : NULL;
    if (prev && i > st->t0 && mdoc_is(d, subject_end(d, st->t0, i) - 1, "and") && prev->by_person >= 0 &&
        prev->by_person != obj)
        subj = prev->by_person;
    size_t after = mo ? mo->t1 : tend + 1;
    if (fr == 'R' || fr == 'S') {
        /* "Z replaced Y" / "Z succeeded Y": Z is the subject, or the focus for "replacing Y" */
        /* "replaced X with Y": Y is the newcomer */
        bool with = false;
        size_t after_obj = after;  /* a post after Y is Y's, not X's */
        for (size_t k = after; k < st->t1 && k - after < 3; k++)
            if (mdoc_is(d, k, "with")) {
                const mention *mw = mention_after(d, si, k + 1, 5);
                /* "replaced X with Y as commander of ...": the post follows Y */
                if (mw) subj = mw->person, with = true, after = mw->t1;
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
        /* "the president replaced the commander": a head of state or government
         * who holds no military role is the agent of a dismissal, not the newcomer */
        if (fr == 'R' && !with && d->persons[subj].out_titled && !d->persons[subj].in_scope) {
            cand *c = emit(x, BRASS_DISMISSAL, obj, si, i, after);
            if (c) c->by_person = subj, c->score = 2;
            return;
        }
        /* "P replaced X with Y": P, the sentence's subject, is the agent of both */
        int agent = with && ms && ms->person != subj && ms->person != obj ? ms->person : -1;
        if (fr == 'R') {
            cand *c = emit(x, BRASS_DISMISSAL, obj, si, i, after_obj);
            if (c) c->repl_person = subj, c->weak = agent < 0, c->by_person = agent;
        }
        cand *a = emit(x, BRASS_APPOINTMENT, subj, si, i, after);
        if (a) a->repl_person = obj, a->by_person = agent;
        return;
    }
    cand *c = emit(x, type, obj, si, i, after);
    if (!c) return;
    c->score = 2;
    c->by_person = subj >= 0 ? subj : agent_order(d, si);
    if (c->by_person < 0) subject_phrase(d, st->t0, i, c->by, sizeof c->by);
    if (mo) object_list(x, si, i, mo, c);
}

/* Whether the promotion ending at tend names a post ("to the post of", "to
 * commander of ..."), not only a rank ("to lieutenant general", "to the rank of"). */
static bool promotion_to_post(const ctx *x, size_t si, size_t tend) {
    const mdoc *d = x->d;
    const sentence *st = &d->sents[si];
    size_t send = d->toks[st->t1 - 1].e;
    for (size_t k = tend; k + 1 < st->t1 && k - tend < 8; k++) {
        if (!mdoc_is(d, k, "to") && !mdoc_is(d, k, "as")) continue;
        size_t a = k + 1;
        while (a < st->t1 && (mdoc_is(d, a, "the") || mdoc_is(d, a, "a") || mdoc_is(d, a, "post") ||
                              mdoc_is(d, a, "position") || mdoc_is(d, a, "of")))
            a++;
        if (a >= st->t1 || mdoc_is(d, a, "rank")) return false;
        size_t r = lex_match(x->ex->ranks, d->text + d->toks[a].s, send - d->toks[a].s, NULL);
        size_t after = a;
        while (after < st->t1 && d->toks[after].s < d->toks[a].s + r) after++;
        /* "to General", but "to general commander of" or "to Chief of Staff" is a post */
        if (r && !(after < st->t1 && (mdoc_is(d, after, "of") || lex_match(x->ex->mlx.posts,
                                        d->text + d->toks[after].s, send - d->toks[after].s, NULL))))
            return false;
        char post[200];
        return mdoc_post_at(d, &x->ex->mlx, a, st->t1, post, sizeof post) > a;
    }
    return false;
}

/* Verbs joined in one sentence share their agent: "P fired X and replaced him with
 * Y", "P appointed Y, replacing X": an event of the sentence with no agent of its
 * own takes the one another event there names. */
static void share_agent(ctx *x, size_t si) {
    cands *c = x->c;
    size_t g0 = c->n;
    while (g0 > 0 && c->v[g0 - 1].sent == si) g0--;
    int agent = -1;
    for (size_t k = g0; k < c->n && agent < 0; k++)
        if (c->v[k].type != BRASS_ARREST) agent = c->v[k].by_person;
    if (agent < 0) return;
    for (size_t k = g0; k < c->n; k++) {
        cand *ck = &c->v[k];
        bool takes = ck->type == BRASS_DISMISSAL || ck->type == BRASS_APPOINTMENT;
        if (takes && ck->by_person < 0 && !ck->by[0] && ck->person != agent) ck->by_person = agent;
    }
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
        /* "retired Lt. Gen. X", "the retired general": an adjective, no event */
        if (mdoc_is(d, i, "retired") && i + 1 < st->t1 &&
            (d->toks[i + 1].cap || lex_match(x->ex->ranks, d->text + d->toks[i + 1].s, send - d->toks[i + 1].s, NULL) ||
             (i > st->t0 && (mdoc_is(d, i - 1, "a") || mdoc_is(d, i - 1, "the")))))
            continue;
        if (blocked_before(x, st->t0, i)) continue;
        char tname[32];
        const char *sp = strchr(v, ' ');
        if (!sp || (size_t)(sp - v) >= sizeof tname) continue;
        memcpy(tname, v, (size_t)(sp - v));
        tname[sp - v] = 0;
        brass_event_type type;
        if (brass_event_type_parse(tname, &type) != BRASS_OK) continue;
        /* a promotion is to a rank (an award) unless a post follows: "promoted to
         * commander of the 5th Army" is an appointment, "was promoted last year" not */
        if (type == BRASS_APPOINTMENT && mdoc_is(d, i, "promoted") + mdoc_is(d, i, "promote") +
                                             mdoc_is(d, i, "promotes") > 0)
            type = promotion_to_post(x, si, tend) ? BRASS_APPOINTMENT : BRASS_AWARD;
        frame(x, si, i, tend, type, sp[1]);
        i = tend - 1;
    }
    share_agent(x, si);
}

/* ---------- events out ---------- */

static const char *person_name(const mdoc *d, int p) { return p >= 0 ? d->persons[p].name : NULL; }

/* The candidate of the other side of e's replacement (the appointment of the one
 * who replaced e's person, or the departure of the one e's person replaced), or NULL. */
static const cand *other_side(const cands *c, const size_t *best, const cand *e) {
    if (e->repl_person < 0) return NULL;
    brass_event_type other[2] = {BRASS_APPOINTMENT, BRASS_APPOINTMENT};
    if (e->type == BRASS_APPOINTMENT) other[0] = BRASS_DISMISSAL, other[1] = BRASS_RESIGNATION;
    for (int k = 0; k < 2; k++) {
        size_t o = best[(size_t)e->repl_person * BRASS_EVENT_TYPES + other[k]];
        if (o != SIZE_MAX && c->v[o].repl_person == e->person) return &c->v[o];
    }
    return NULL;
}

static int cand_quality(const cand *c) {
    return c->score + (c->post[0] != 0) + (c->by_person >= 0 || c->by[0]) + (c->repl_person >= 0);
}

/* A court's warrant told in the report: "X was arrested on a court-issued warrant",
 * "a court issued an arrest warrant for the commander". The court ordered the arrest
 * of the one it names (or of the subject of its own sentence). */
typedef struct warrant {
    size_t sent;
    int person;        /* whom "for ..." names, or -1 */
    char court[80];    /* "court", or its name: "Seoul Central District Court" */
} warrant;

static size_t court_warrants(const mdoc *d, warrant *w, size_t max) {
    size_t n = 0;
    for (size_t si = 0; si < d->nsents && n < max; si++) {
        const sentence *st = &d->sents[si];
        size_t court = SIZE_MAX, war = SIZE_MAX;
        for (size_t k = st->t0; k < st->t1; k++) {
            unsigned char c0 = (unsigned char)(d->text[d->toks[k].s] | 0x20);  /* most words stop here */
            if ((c0 != 'c' && c0 != 'w') || !is_word(d, k)) continue;
            if (court == SIZE_MAX && (mdoc_is(d, k, "court") || (d->toks[k].e - d->toks[k].s > 6 &&
                                                                 strncasecmp(d->text + d->toks[k].s, "court-", 6) == 0)))
                court = k;
            if (mdoc_is(d, k, "warrant")) war = k;
        }
        if (court == SIZE_MAX || war == SIZE_MAX) continue;
        warrant *x = &w[n++];
        x->sent = si;
        x->person = -1;
        size_t a = court;  /* the name of the court: its capitalized words */
        while (a > st->t0 && d->toks[court].cap && d->toks[a - 1].cap && is_word(d, a - 1) && court - a < 6) a--;
        if (d->toks[court].cap && a < court)
            snprintf(x->court, sizeof x->court, "%.*s", (int)(d->toks[court].e - d->toks[a].s), d->text + d->toks[a].s);
        else
            snprintf(x->court, sizeof x->court, "court");
        if (war + 2 < st->t1 && mdoc_is(d, war + 1, "for")) {
            const mention *m = mdoc_mention_at(d, si, war + 2);
            if (!m && mdoc_is(d, war + 2, "the") && war + 3 < st->t1) m = mdoc_mention_at(d, si, war + 3);
            if (m) x->person = m->person;
            else if (mdoc_is(d, war + 2, "him") || mdoc_is(d, war + 2, "her") ||
                     (mdoc_is(d, war + 2, "the") && war + 3 < st->t1 && is_role_noun(d, war + 3)))
                x->person = focus_before(d, war + 2);
        }
        /* "X was arrested on a court-issued warrant": the sentence's first name */
        if (x->person < 0 && st->m1 > st->m0 && d->ments[st->m0].t1 <= (court < war ? court : war))
            x->person = d->ments[st->m0].person;
    }
    return n;
}

static int emit_events(const brass_extractor *ex, const brass_doc *doc, mdoc *d, cands *c,
                       brass_events *list) {
    const char *text = brass_doc_text(doc);
    /* per person: whether they resigned, and per (person, type) the best-argued
     * candidate (ties to the first) -- one pass, so that emitting stays linear */
    bool *resigned = calloc(d->npersons + 1, sizeof *resigned);
    /* best, then per person their successor's appointment (one block, one free) */
    size_t *best = malloc((d->npersons + 1) * (BRASS_EVENT_TYPES + 1) * sizeof *best);
    around_event *tell = malloc((c->n + 1) * sizeof *tell);  /* the candidates as the date/certainty context sees them */
    if (!resigned || !best || !tell) {
        free(resigned);
        free(best);
        free(tell);
        return BRASS_ERR_NOMEM;
    }
    for (size_t i = 0; i < (d->npersons + 1) * (BRASS_EVENT_TYPES + 1); i++) best[i] = SIZE_MAX;
    size_t *successor = best + (d->npersons + 1) * BRASS_EVENT_TYPES;
    for (size_t b = 0; b < c->n; b++) {
        const cand *cb = &c->v[b];
        if (cb->type == BRASS_RESIGNATION) resigned[cb->person] = true;
        /* "X, who was fired as commander of the army": a military post given for
         * one change places the person in scope for all */
        if (cb->post[0] && !cb->out && mdoc_scope_of(&ex->mlx, cb->post, strlen(cb->post)) > 0)
            d->persons[cb->person].in_scope = true;
        size_t *slot = &best[(size_t)cb->person * BRASS_EVENT_TYPES + cb->type];
        if (*slot == SIZE_MAX || cand_quality(cb) > cand_quality(&c->v[*slot])) *slot = b;
        tell[b] = (around_event){cb->type, cb->person, cb->by_person, cb->repl_person, cb->sent, cb->anchor, cb->post};
    }
    /* the first appointment made by someone named, and per person the appointment
     * of their successor ("Y will succeed X"): found once, asked per event */
    size_t first_appointer = SIZE_MAX;
    for (size_t k = 0; k < c->n; k++) {
        const cand *o = &c->v[k];
        if (o->type == BRASS_APPOINTMENT && o->by_person >= 0 && !o->out && first_appointer == SIZE_MAX)
            first_appointer = k;
        if (o->type == BRASS_APPOINTMENT && o->repl_person >= 0 && !o->near && successor[o->repl_person] == SIZE_MAX)
            successor[o->repl_person] = k;
    }
    warrant warrants[8];
    size_t nwarrants = court_warrants(d, warrants, sizeof warrants / sizeof *warrants);
    around_doc *around = around_new(d, tell, c->n, best, ex->triggers, ex->attrib, brass_doc_date(doc),
                                    brass_doc_text_len(doc));
    if (!around) {
        free(resigned);
        free(best);
        free(tell);
        return BRASS_ERR_NOMEM;
    }
    /* the kept candidate takes what it lacks from the other reports of the same
     * change in the document: "named Z army chief" and later "Z replaces Y" */
    for (size_t b = 0; b < c->n; b++) {
        const cand *cb = &c->v[b];
        cand *kept = &c->v[best[(size_t)cb->person * BRASS_EVENT_TYPES + cb->type]];
        if (kept == cb || cb->out) continue;
        if (kept->repl_person < 0 && cb->repl_person >= 0) kept->repl_person = cb->repl_person, kept->near = true;
        if (kept->by_person < 0 && !kept->by[0]) {
            kept->by_person = cb->by_person;
            memcpy(kept->by, cb->by, sizeof kept->by);
        }
        if (!kept->post[0]) memcpy(kept->post, cb->post, sizeof kept->post);
        kept->self |= cb->self;  /* "named himself president" told once */
    }
    /* "named Y as X's replacement": X's departure, told elsewhere, was to Y */
    for (size_t b = 0; b < c->n; b++) {
        const cand *cb = &c->v[b];
        if (cb->type != BRASS_APPOINTMENT || cb->repl_person < 0 || cb->near) continue;
        for (int k = 0; k < 2; k++) {
            size_t o = best[(size_t)cb->repl_person * BRASS_EVENT_TYPES + (k ? BRASS_RESIGNATION : BRASS_DISMISSAL)];
            if (o != SIZE_MAX && c->v[o].repl_person < 0) c->v[o].repl_person = cb->person, c->v[o].near = true;
        }
    }
    for (size_t a = 0; a < c->n; a++) {
        cand *e = &c->v[a];
        person *p = &d->persons[e->person];
        if (e->out || p->headline_only) continue;
        /* one only "replaced" who resigned or died was not dismissed */
        if (e->weak && (resigned[e->person] || best[(size_t)e->person * BRASS_EVENT_TYPES + BRASS_DEATH] != SIZE_MAX))
            continue;
        const sentence *st = &d->sents[e->sent];
        size_t ss = d->toks[st->t0].s, se = d->toks[st->t1 - 1].e;
        /* a person not placed by rank or post still counts when the sentence of the
         * event names a military or security role and nothing out of scope */
        bool succeeds = e->repl_person >= 0 && !e->near && d->persons[e->repl_person].in_scope;
        bool post_in = e->post[0] && mdoc_scope_of(&ex->mlx, e->post, strlen(e->post)) > 0;
        /* an officer of any rank who takes the lead of a country (a coup) */
        bool officer_leads = p->rank[0] && e->type == BRASS_APPOINTMENT && e->post[0] &&
                             (strstr(e->post, "leader") || strstr(e->post, "president") ||
                              strstr(e->post, "head of state") || strstr(e->post, "junta"));
        if (!p->in_scope && !succeeds && !post_in && !officer_leads &&
            (p->out_titled || mdoc_scope_of2(&ex->mlx, text + ss, se - ss, false) <= 0))
            continue;
        /* one event per (type, person): keep the best-argued */
        if (best[(size_t)e->person * BRASS_EVENT_TYPES + e->type] != a) continue;
        /* "among those killed and injured": one who died in it was not only hurt */
        size_t died = best[(size_t)e->person * BRASS_EVENT_TYPES + BRASS_DEATH];
        if (e->type == BRASS_INJURY && died != SIZE_MAX && c->v[died].sent == e->sent) continue;
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
        /* the post named for the other side of the change is this one's too:
         * "appointed Y as commander of X, replacing Z" */
        const cand *other = takes_repl ? other_side(c, best, e) : NULL;
        const char *paired = other && other->post[0] ? other->post : NULL;
        bool paired_in = paired && mdoc_scope_of(&ex->mlx, paired, strlen(paired)) > 0;
        /* a military post of the other side first (unless the pairing is only a
         * guess from neighbouring sentences), then the person's own, then any */
        const char *post = e->post[0] ? e->post : paired_in && !e->near ? paired : p->post[0] ? p->post : paired;
        /* a newcomer from outside takes the post of the one replaced */
        if (e->type == BRASS_APPOINTMENT && !e->post[0] && succeeds && (!p->in_scope || !post))
            post = d->persons[e->repl_person].post[0] ? d->persons[e->repl_person].post : NULL;
        /* "Y will take over the position": with no post of its own, the post Y gets
         * is the one of whom Y replaces, even when the pairing is only a guess */
        if (e->type == BRASS_APPOINTMENT && !post && e->repl_person >= 0 && e->repl_person != e->person &&
            d->persons[e->repl_person].post[0])
            post = d->persons[e->repl_person].post;
        /* "Y will succeed X, who died in a crash": X held the post Y is given */
        if (e->type == BRASS_DEATH && !post && successor[e->person] != SIZE_MAX) {
            const cand *kept = &c->v[best[(size_t)c->v[successor[e->person]].person * BRASS_EVENT_TYPES + BRASS_APPOINTMENT]];
            if (kept->post[0] && !kept->out) post = kept->post;
        }
        if (e->type == BRASS_AWARD) post = NULL;
        /* one who appoints a newcomer dismissed the one replaced: the agent of
         * either side is the other's when it has none */
        const cand *agent = e->by_person >= 0 || e->by[0] || !other || other->type == BRASS_RESIGNATION ? e : other;
        const char *by = NULL;
        if (takes_by)
            by = agent->by_person >= 0 && agent->by_person != e->person ? person_name(d, agent->by_person)
                 : agent->by[0] ? agent->by : NULL;
        if (takes_by && e->self && !by) by = p->name;  /* "declared himself leader" */
        /* "Meanwhile, Y will replace Z as chairman": in a report of a round of
         * appointments, the one who made the first made the others */
        if (e->type == BRASS_APPOINTMENT && !by && !e->self && first_appointer != SIZE_MAX) {
            const cand *o = &c->v[first_appointer];
            char odate[11];  /* the same round: told for the same day, or both undated */
            bool odated = around_date(around, first_appointer, odate);
            if (o->sent < e->sent && o->person != e->person && o->by_person != e->person && odated == dated &&
                (!dated || strcmp(odate, date) == 0))
                by = person_name(d, o->by_person);
        }
        for (size_t k = 0; k < nwarrants && e->type == BRASS_ARREST && !by; k++)
            if (warrants[k].person == e->person || (warrants[k].person < 0 && warrants[k].sent == e->sent))
                by = warrants[k].court;
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
    long ns = sent_split(ex->abbr, ex->debris, ex->debris_anywhere, text, brass_doc_text_len(doc), &spans);
    if (ns < 0) goto oom;
    if (!mdoc_build(&d, &ex->mlx, text, spans, (size_t)ns)) goto oom;
    ctx x = {ex, &d, &c, {0}, {{0}}, {0}, {{0}}, {0}};
    for (int t = 0; t < BRASS_EVENT_TYPES; t++) x.lead_agent[t] = -1;
    for (size_t s = 0; s < d.nsents; s++) scan_sentence(&x, s);
    if (c.oom) goto oom;
    cand_pair_in_sentences(&c);
    cand_pair_neighbours(&d, &c);
    cand_pair_lone_change(&d, &c);
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
