/* around.c -- an event's date and certainty from its sentence and the report around it. */
#include "extract/around.h"
#include "extract/date.h"
#include "util/ascii.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct around_doc {
    const mdoc *d;
    const around_event *ev;
    size_t n;
    const size_t *best;
    const lex *triggers;
    const attrib_lexicons *attrib;
    size_t *same;        /* ring of the tellings of one (person, type), in document order */
    const char *ref;     /* the report's date, its dateline's, or NULL */
    unsigned lead_named; /* bit per event type: the first sentence names a person for it */
    char dateline[11];
    date_memo *memo;     /* the sentences the tellings' dates were read from */
};

around_doc *around_new(const mdoc *d, const around_event *ev, size_t n, const size_t *best, const lex *triggers,
                       const attrib_lexicons *alx, const char *doc_date, size_t text_len) {
    around_doc *ad = calloc(1, sizeof *ad);
    size_t slots = (d->npersons + 1) * BRASS_EVENT_TYPES;
    size_t *head = malloc(slots * sizeof *head);
    if (ad) ad->same = malloc((n + 1) * sizeof *ad->same);
    if (ad) ad->memo = date_memo_new();
    if (!ad || !head || !ad->same || !ad->memo) {
        free(head);
        around_free(ad);
        return NULL;
    }
    *ad = (around_doc){d, ev, n, best, triggers, alx, ad->same, doc_date, 0, "", ad->memo};
    /* a report with no date of its own may carry a dateline */
    if (!doc_date && date_dateline(d->text, text_len, ad->dateline)) ad->ref = ad->dateline;
    /* chains in document order, built from the end, then closed into rings */
    for (size_t i = 0; i < slots; i++) head[i] = SIZE_MAX;
    for (size_t b = n; b > 0; b--) {
        size_t *slot = &head[(size_t)ev[b - 1].person * BRASS_EVENT_TYPES + ev[b - 1].type];
        ad->same[b - 1] = *slot;
        *slot = b - 1;
    }
    for (size_t i = 0; i < slots; i++) {
        size_t t = head[i];
        if (t == SIZE_MAX) continue;
        while (ad->same[t] != SIZE_MAX) t = ad->same[t];
        ad->same[t] = head[i];
    }
    free(head);
    for (size_t b = 0; b < n && ev[b].sent == 0; b++) ad->lead_named |= 1u << ev[b].type;
    return ad;
}

void around_free(around_doc *ad) {
    if (!ad) return;
    free(ad->same);
    date_memo_free(ad->memo);
    free(ad);
}

/* Byte span of sentence si. */
static void sent_bytes(const mdoc *d, size_t si, size_t *s, size_t *e) {
    if (d->sents[si].t1 <= d->sents[si].t0) {  /* no tokens: an empty span */
        *s = *e = 0;
        return;
    }
    *s = d->toks[d->sents[si].t0].s;
    *e = d->toks[d->sents[si].t1 - 1].e;
}

/* The first token of sentence si that starts a trigger of that type, or SIZE_MAX. */
static size_t trigger_of_type(const around_doc *ad, size_t si, brass_event_type type) {
    const mdoc *d = ad->d;
    const sentence *st = &d->sents[si];
    if (st->t1 <= st->t0) return SIZE_MAX;
    size_t send = d->toks[st->t1 - 1].e;
    /* a lead or a follow-up tells its change early: a bounded look keeps huge sentences linear */
    for (size_t k = st->t0; k < st->t1 && k < st->t0 + 400; k++) {
        if (d->toks[k].kind != TOK_WORD) continue;
        const char *v = NULL;
        size_t m = lex_match(ad->triggers, d->text + d->toks[k].s, send - d->toks[k].s, &v);
        brass_event_type t;
        char tname[32];
        const char *sp = m ? strchr(v, ' ') : NULL;
        if (sp && (size_t)(sp - v) < sizeof tname) {
            memcpy(tname, v, (size_t)(sp - v));
            tname[sp - v] = 0;
            if (brass_event_type_parse(tname, &t) == BRASS_OK && t == type) return k;
        }
    }
    return SIZE_MAX;
}

/* Does sentence si tell of the announcement of a change of that type ("The
 * Council announced the dismissal in a statement on Friday", "The change was
 * communicated on 8 February", "This was announced by the ministry")? An
 * announcement word is needed: a next sentence that only tells another change
 * ("He was appointed to the post in 2022") gives background, not this date. */
static bool tells_change(const around_doc *ad, size_t si, brass_event_type type) {
    const mdoc *d = ad->d;
    static const char *const said[] = {"announced", "announcement", "announces", "decree", "statement",
                                       "communicated", "informed", "confirmed", "signed", "order", "declared",
                                       "release", "published", NULL};
    static const char *const back[] = {"this", "it", "change", "decision", "move", "reshuffle", "shake", NULL};
    const sentence *st = &d->sents[si];
    bool announced = false, refers = false;
    for (size_t k = st->t0; k < st->t1 && k < st->t0 + 400; k++) {
        if (d->toks[k].kind != TOK_WORD) continue;
        for (int i = 0; said[i]; i++) announced |= mdoc_is(d, k, said[i]);
        for (int i = 0; back[i] && k < st->t0 + 4; i++) refers |= mdoc_is(d, k, back[i]);
    }
    return announced && (refers || trigger_of_type(ad, si, type) != SIZE_MAX);
}

/* Does telling b, of the same person and type as a, tell the same change in
 * another sentence? Another post is another change ("appointed to X in 2017"). */
static bool retells(const around_doc *ad, size_t a, size_t b) {
    const around_event *x = &ad->ev[a], *y = &ad->ev[b];
    return y->sent != x->sent && !(x->post[0] && y->post[0] && strcasecmp(x->post, y->post) != 0);
}

/* The date that telling a's own sentence gives (of the change, else of its
 * announcement), else one that another telling of the same change gives. */
static bool told_date(const around_doc *ad, size_t a, char date[11]) {
    const mdoc *d = ad->d;
    const char *ref = ad->ref;
    const around_event *e = &ad->ev[a];
    size_t ss, se;
    sent_bytes(d, e->sent, &ss, &se);
    if (date_of_event(ad->memo, d->text + ss, se - ss, e->anchor - ss, ref, date) == 1 ||
        date_in_sentence(ad->memo, d->text + ss, se - ss, e->anchor - ss, ref, date) == 1)
        return true;
    for (size_t b = ad->same[a], k = 0; b != a && k < 16; b = ad->same[b], k++) {
        if (!retells(ad, a, b)) continue;
        size_t bs, be;
        sent_bytes(d, ad->ev[b].sent, &bs, &be);
        if (date_near_event(ad->memo, d->text + bs, be - bs, ad->ev[b].anchor - bs, ref, date, 160) == 1) return true;
    }
    return false;
}

/* The event's date: its own telling or another of the same change; else the
 * date of the change it pairs with ("X was sacked on Friday ... he will be
 * replaced by Y"); else a follow-up sentence that refers back to the change
 * ("The change was announced on 8 February"). */
bool around_date(const around_doc *ad, size_t a, char date[11]) {
    const mdoc *d = ad->d;
    const char *ref = ad->ref;
    const char *text = d->text;
    const around_event *e = &ad->ev[a];
    if (told_date(ad, a, date)) return true;
    /* the paired change: the replaced one's dismissal or resignation, the newcomer's appointment */
    for (size_t b = ad->same[a], k = 0; k < 16; b = ad->same[b], k++) {
        int r = ad->ev[b].repl;
        if (r >= 0 && r != e->person) {
            static const brass_event_type in[] = {BRASS_APPOINTMENT}, out[] = {BRASS_DISMISSAL, BRASS_RESIGNATION};
            bool is_in = e->type == BRASS_APPOINTMENT;
            for (int t = 0; t < (is_in ? 2 : 1); t++) {
                size_t o = ad->best[(size_t)r * BRASS_EVENT_TYPES + (is_in ? out[t] : in[t])];
                if (o != SIZE_MAX && told_date(ad, o, date)) return true;
            }
            break;
        }
        if (ad->same[b] == a) break;
    }
    /* the lead: a report opens with its main change, its person unnamed ("X
     * fired his security chief on Sunday"), and the body then names him ("X
     * dismissed Y, ...") */
    bool named = ad->lead_named & (1u << e->type);
    for (size_t k = 0; k < 1 && k < e->sent && !named; k++) {
        size_t t = trigger_of_type(ad, k, e->type);
        if (t == SIZE_MAX) continue;
        size_t bs, be;
        sent_bytes(d, k, &bs, &be);
        if (date_of_event(ad->memo, text + bs, be - bs, d->toks[t].s - bs, ref, date) == 1) return true;
    }
    for (size_t k = e->sent + 1; k < d->nsents && k <= e->sent + 2; k++) {
        if (d->sents[k].para > d->sents[e->sent].para + 2) break;
        if (!tells_change(ad, k, e->type)) continue;
        size_t bs, be;
        sent_bytes(d, k, &bs, &be);
        if (date_in_sentence(ad->memo, text + bs, be - bs, 0, ref, date) == 1) return true;
    }
    return false;
}

/* Does the source name person p ("Mr Zelensky" for "Volodymyr Zelensky")? */
static bool source_names(const mdoc *d, const char *src, int p) {
    if (p < 0 || !src[0]) return false;
    const char *name = d->persons[p].name, *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    size_t n = strlen(last), sn = strlen(src);
    for (size_t i = 0; n >= 3 && i + n <= sn; i++)
        if ((i == 0 || !ascii_is_alpha((unsigned char)src[i - 1])) && strncasecmp(src + i, last, n) == 0 &&
            (i + n == sn || !ascii_is_alpha((unsigned char)src[i + n])))
            return true;
    return false;
}

/* Is byte offset at (in sentence si) inside a quotation that opened in its
 * paragraph, or that a paragraph opening with a quote mark carries on? */
static bool in_quote(const mdoc *d, size_t si, size_t at) {
    size_t k = si;
    while (k > 0 && d->sents[k - 1].para == d->sents[si].para && si - k < 12) k--;
    size_t p = d->sents[k].t1 > d->sents[k].t0 ? d->toks[d->sents[k].t0].s : at;
    if (at > p + 4000) p = at - 4000;  /* a quote runs a few sentences, not a whole huge paragraph */
    bool open = false;
    for (const unsigned char *q = (const unsigned char *)d->text + p, *end = (const unsigned char *)d->text + at;
         q < end; q++) {
        if (*q == '"') open = !open;
        else if (q + 2 < end && q[0] == 0xE2 && q[1] == 0x80 && (q[2] == 0x9C || q[2] == 0x9D)) open = q[2] == 0x9C;
    }
    return open;
}

/* Certainty and source of telling a's own sentence. */
static void told_attrib(const around_doc *ad, size_t a, attrib *at) {
    const mdoc *d = ad->d;
    size_t ss, se;
    sent_bytes(d, ad->ev[a].sent, &ss, &se);
    attrib_of_sentence(ad->attrib, d->text + ss, se - ss, ad->ev[a].anchor - ss, at);
}

/* The event's certainty and source. Its own sentence speaks first: a hedge
 * there, an attribution, an official announcer. A headline or lead that
 * states the change as plain fact takes the attribution that another telling
 * in the body gives it; a plain sentence takes that of the sentence before it
 * in its paragraph (an attribution opening a paragraph covers what follows)
 * or of the change it pairs with ("RBC reported that X replaced Y" - "Y ...");
 * a plain sentence inside a quotation is the speaker's report. Another
 * telling that says the change "was confirmed" makes it confirmed, and so
 * does an announcement by the one who made the change (or who resigned). */
void around_attrib(const around_doc *ad, size_t a, attrib *at) {
    const mdoc *d = ad->d;
    const around_event *e = &ad->ev[a];
    const sentence *st = &d->sents[e->sent];
    told_attrib(ad, a, at);
    bool plain = at->certainty == BRASS_CONFIRMED && !at->source[0];
    attrib o;
    for (size_t b = ad->same[a], k = 0; plain && e->sent < 2 && b != a && k < 16; b = ad->same[b], k++) {
        if (!retells(ad, a, b)) continue;
        told_attrib(ad, b, &o);
        if (o.certainty != BRASS_CONFIRMED) *at = o, plain = false;
    }
    if (plain && e->sent > 0 && d->sents[e->sent - 1].para == st->para) {
        size_t bs, be;
        sent_bytes(d, e->sent - 1, &bs, &be);
        attrib_of_sentence(ad->attrib, d->text + bs, be - bs, be - bs, &o);
        if (o.certainty != BRASS_CONFIRMED) *at = o, plain = false;
    }
    size_t paired = SIZE_MAX;
    for (size_t b = a, k = 0; plain && k < 16 && paired == SIZE_MAX; b = ad->same[b], k++) {
        int r = ad->ev[b].repl;
        if (r >= 0 && r != e->person) {
            bool is_in = e->type == BRASS_APPOINTMENT;
            paired = ad->best[(size_t)r * BRASS_EVENT_TYPES + (is_in ? BRASS_DISMISSAL : BRASS_APPOINTMENT)];
            if (paired == SIZE_MAX && is_in) paired = ad->best[(size_t)r * BRASS_EVENT_TYPES + BRASS_RESIGNATION];
        }
        if (ad->same[b] == a) break;
    }
    if (plain && paired != SIZE_MAX && ad->ev[paired].sent != e->sent) {
        told_attrib(ad, paired, &o);
        if (o.certainty != BRASS_CONFIRMED || o.source[0]) *at = o, plain = false;
    }
    if (plain && in_quote(d, e->sent, e->anchor)) {
        /* the speaker is named where the quote closes ("... he failed," the minister said) */
        at->certainty = BRASS_REPORTED;
        for (size_t k = e->sent + 1; k < d->nsents && k < e->sent + 6 && d->sents[k].para == st->para; k++) {
            size_t bs, be;
            sent_bytes(d, k, &bs, &be);
            attrib_of_sentence(ad->attrib, d->text + bs, be - bs, 0, &o);
            if (o.certainty != BRASS_CONFIRMED || o.source[0]) {
                if (o.certainty != BRASS_UNVERIFIED) *at = o;
                break;
            }
        }
    }
    /* another telling says the change was confirmed ("His death was confirmed by ...") */
    bool official = at->certainty == BRASS_CONFIRMED && at->source[0];
    for (size_t b = ad->same[a], k = 0; !official && at->certainty != BRASS_UNVERIFIED && b != a && k < 16;
         b = ad->same[b], k++) {
        size_t bs, be;
        sent_bytes(d, ad->ev[b].sent, &bs, &be);
        if (retells(ad, a, b) && attrib_confirms(ad->attrib, d->text + bs, be - bs)) {
            told_attrib(ad, b, at);
            at->certainty = BRASS_CONFIRMED;
            break;
        }
    }
    /* "The general said he had resigned": the one who resigned speaks for it */
    static const char *const role[] = {"the general", "the admiral", "the minister", "the commander", "the chief",
                                       "the colonel", "the officer", NULL};
    bool self = false;
    for (int k = 0; role[k] && e->type == BRASS_RESIGNATION; k++) self |= strcasecmp(at->source, role[k]) == 0;
    if (at->certainty == BRASS_REPORTED &&
        (source_names(d, at->source, e->by) ||
         (e->type == BRASS_RESIGNATION && (self || source_names(d, at->source, e->person)))))
        at->certainty = BRASS_CONFIRMED;
}
