/* pair.c -- who replaced whom: departures and arrivals of a report paired in a sentence, nearby, or alone. */
#include "extract/cand.h"
#include "util/ascii.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

bool cand_is_departure(brass_event_type t) { return t == BRASS_DISMISSAL || t == BRASS_RESIGNATION; }

/* Whether every capitalized word of post a (the proper part: "Pacific Fleet") occurs in b. */
static bool proper_words_in(const char *a, const char *b) {
    for (const char *w = a; *w;) {
        while (*w && !ascii_is_alnum((unsigned char)*w)) w++;
        const char *e = w;
        while (*e && ascii_is_alnum((unsigned char)*e)) e++;
        if (e > w && ascii_is_upper((unsigned char)*w)) {
            bool found = false;
            size_t n = (size_t)(e - w);
            for (const char *q = b; *q && !found; q++)
                found = (q == b || !ascii_is_alnum((unsigned char)q[-1])) && strncasecmp(q, w, n) == 0 &&
                        !ascii_is_alnum((unsigned char)q[n]);
            if (!found) return false;
        }
        w = e;
    }
    return true;
}

/* The words for leading one thing: head, leader, chief, commander. */
static bool leads(const char *w, size_t n) {
    static const char *const lead[] = {"head", "leader", "chief", "commander", NULL};
    for (int k = 0; lead[k]; k++)
        if (n == strlen(lead[k]) && strncasecmp(w, lead[k], n) == 0) return true;
    return false;
}

/* Whether posts a and b share a word of four letters or more, the words for
 * leading one thing (head, leader, chief, commander) counting as one word. */
static bool share_word(const char *a, const char *b) {
    bool a_leads = false, b_leads = false;
    for (const char *w = b; *w;) {
        while (*w && !ascii_is_alnum((unsigned char)*w)) w++;
        const char *e = w;
        while (*e && ascii_is_alnum((unsigned char)*e)) e++;
        b_leads |= leads(w, (size_t)(e - w));
        w = e;
    }
    for (const char *w = a; *w;) {
        while (*w && !ascii_is_alnum((unsigned char)*w)) w++;
        const char *e = w;
        while (*e && ascii_is_alnum((unsigned char)*e)) e++;
        size_t n = (size_t)(e - w);
        for (const char *q = b; n >= 4 && *q; q++)
            if ((q == b || !ascii_is_alnum((unsigned char)q[-1])) && strncasecmp(q, w, n) == 0 && !ascii_is_alnum((unsigned char)q[n]))
                return true;
        a_leads |= leads(w, n);
        w = e;
    }
    return a_leads && b_leads;
}

/* Two posts may be one: either unknown, or sharing a word with the proper words of
 * one all in the other ("commander of the Pacific Fleet" is not "deputy minister",
 * nor "commander of the Baltic Fleet"). */
bool cand_posts_compatible(const char *a, const char *b) {
    if (!a[0] || !b[0]) return true;
    return share_word(a, b) && (strlen(a) <= strlen(b) ? proper_words_in(a, b) : proper_words_in(b, a));
}

const char *cand_post(const mdoc *d, const cand *c) {
    return c->post[0] ? c->post : d->persons[c->person].post;
}

/* Whether cb may be the other side of ca's change: an arrival for a departure or
 * the reverse, another person, not paired elsewhere, in a compatible post. */
static bool can_pair(const mdoc *d, const cand *ca, const cand *cb) {
    if (cb->sent == ca->sent || cb->person == ca->person) return false;
    if (cb->repl_person >= 0 && cb->repl_person != ca->person) return false;
    bool fits = cand_is_departure(ca->type) ? cb->type == BRASS_APPOINTMENT
                                      : ca->type == BRASS_APPOINTMENT && cand_is_departure(cb->type);
    return fits && cand_posts_compatible(cand_post(d, ca), cand_post(d, cb));
}

/* A departure and an arrival reported in neighbouring sentences ("X was relieved
 * of his post. Y will take over the position.") replace each other when their
 * posts agree; the nearest wins, the earlier on a tie. Candidates are in sentence
 * order, so the window keeps this linear. */
void cand_pair_neighbours(const mdoc *d, cands *c) {
    enum { WINDOW = 2 };
    for (size_t a = 0; a < c->n; a++) {
        cand *ca = &c->v[a];
        if (ca->repl_person >= 0 || ca->weak) continue;
        if (!cand_is_departure(ca->type) && ca->type != BRASS_APPOINTMENT) continue;
        size_t best = SIZE_MAX, dist = WINDOW + 1;
        for (size_t b = a; b > 0 && ca->sent - c->v[b - 1].sent < dist; b--)
            if (can_pair(d, ca, &c->v[b - 1])) best = b - 1, dist = ca->sent - c->v[b - 1].sent;
        for (size_t b = a + 1; b < c->n && c->v[b].sent - ca->sent < dist; b++)
            if (can_pair(d, ca, &c->v[b])) {
                best = b;
                break;
            }
        if (best == SIZE_MAX) continue;
        ca->repl_person = c->v[best].person, ca->near = true;
        if (c->v[best].repl_person < 0) c->v[best].repl_person = ca->person, c->v[best].near = true;
    }
}

/* A report telling one departure and one arrival, however far apart, tells one
 * change of post when the posts agree: the two replace each other. */
void cand_pair_lone_change(const mdoc *d, cands *c) {
    size_t out = SIZE_MAX, in = SIZE_MAX;
    for (size_t a = 0; a < c->n; a++) {
        const cand *ca = &c->v[a];
        bool is_out = cand_is_departure(ca->type) && !ca->weak, is_in = ca->type == BRASS_APPOINTMENT;
        if (!is_out && !is_in) continue;
        size_t *slot = is_out ? &out : &in;
        if (ca->repl_person >= 0) return;  /* pairs were found: the report tells them */
        if (*slot == SIZE_MAX) *slot = a;
        else if (c->v[*slot].person != ca->person) return;  /* two departures or two arrivals */
    }
    if (out == SIZE_MAX || in == SIZE_MAX || c->v[out].person == c->v[in].person) return;
    const char *po = cand_post(d, &c->v[out]), *pi = cand_post(d, &c->v[in]);
    if (!po[0] || !pi[0] || !cand_posts_compatible(po, pi)) return;
    for (size_t a = 0; a < c->n; a++) {
        cand *ca = &c->v[a];
        if (ca->person == c->v[out].person && cand_is_departure(ca->type)) ca->repl_person = c->v[in].person, ca->near = true;
        if (ca->person == c->v[in].person && ca->type == BRASS_APPOINTMENT) ca->repl_person = c->v[out].person, ca->near = true;
    }
}

/* Dismissals/resignations and appointments in one sentence replace each other.
 * Candidates come in sentence order, so each sentence's are one run and the
 * pairing stays linear in the document (a sentence holds few). */
void cand_pair_in_sentences(cands *c) {
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

