/* mention.c -- finds words, person names with their ranks and posts, and persons in a report. */
#include "extract/mention.h"
#include "util/str.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---------- tokens ---------- */

/* Curly quotes, dashes and bullets (U+2010..U+2027) are punctuation, not letters. */
static bool is_punct_seq(const char *p, size_t n) {
    return n >= 3 && (unsigned char)p[0] == 0xe2 && (unsigned char)p[1] == 0x80;
}

static bool is_word_multibyte(const char *p, size_t n) {
    unsigned char c = (unsigned char)p[0];
    return !is_punct_seq(p, n) && !(c == 0xc2 && n > 1 && (unsigned char)p[1] < 0xc0);
}

/* Asked of every byte of a text: the ASCII test inline, isalnum's in the C locale. */
static inline bool is_word_byte(const char *p, size_t n) {
    unsigned char c = (unsigned char)p[0];
    if (c >= 0x80) return is_word_multibyte(p, n);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool is_apostrophe(const char *p, size_t n, size_t *w) {
    if (p[0] == '\'') return (*w = 1), true;
    if (n >= 3 && memcmp(p, "\xe2\x80\x99", 3) == 0) return (*w = 3), true;
    return false;
}

static bool starts_upper(const char *p, size_t n) {
    if ((unsigned char)p[0] < 0x80) return isupper((unsigned char)p[0]);  /* ASCII: no decoding */
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)n, &cp);
    return k > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static bool push_tok(mdoc *d, size_t s, size_t e, unsigned char kind) {
    if (d->ntoks == d->tcap) {
        size_t cap = d->tcap ? d->tcap * 2 : 256;
        tok *t = realloc(d->toks, cap * sizeof *t);
        if (!t) return false;
        d->toks = t;
        d->tcap = cap;
    }
    d->toks[d->ntoks++] = (tok){s, e, kind, kind == TOK_WORD && starts_upper(d->text + s, e - s)};
    return true;
}

static bool tokenize(mdoc *d, const lex *abbr, size_t s, size_t e) {
    const char *t = d->text;
    size_t i = s, w;
    while (i < e) {
        unsigned char c = (unsigned char)t[i];
        if (isspace(c)) {
            i++;
            continue;
        }
        if (is_apostrophe(t + i, e - i, &w) && i + w < e && (t[i + w] == 's' || t[i + w] == 'S') &&
            (i + w + 1 >= e || !is_word_byte(t + i + w + 1, e - i - w - 1)) && i > s &&
            is_word_byte(t + i - 1, 1)) {
            if (!push_tok(d, i, i + w + 1, TOK_POSS)) return false;
            i += w + 1;
            continue;
        }
        if (!is_word_byte(t + i, e - i)) {
            size_t n = c >= 0xc0 ? (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) : 1;
            if (i + n > e) n = e - i;
            if (!push_tok(d, i, i + n, TOK_PUNCT)) return false;
            i += n;
            continue;
        }
        size_t j = i;
        while (j < e) {
            if (is_word_byte(t + j, e - j)) {
                unsigned char b = (unsigned char)t[j];
                j += b >= 0xc0 ? (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) : 1;
                continue;
            }
            /* inner hyphens, periods of "U.S" and apostrophes of "O'Brien" stay in the word */
            if ((t[j] == '-' || t[j] == '.') && j + 1 < e && is_word_byte(t + j + 1, e - j - 1)) {
                j++;
                continue;
            }
            if (is_apostrophe(t + j, e - j, &w) && j + w < e && is_word_byte(t + j + w, e - j - w) &&
                !((t[j + w] == 's' || t[j + w] == 'S') &&
                  (j + w + 1 >= e || !is_word_byte(t + j + w + 1, e - j - w - 1)))) {
                j += w;
                continue;
            }
            break;
        }
        if (j > e) j = e;
        if (j < e && t[j] == '.' && lex_get(abbr, t + i, j + 1 - i)) j++;
        if (!push_tok(d, i, j, TOK_WORD)) return false;
        i = j;
    }
    return true;
}

/* ---------- word helpers ---------- */

void mdoc_word(const mdoc *d, size_t i, char *out, size_t n) {
    size_t len = d->toks[i].e - d->toks[i].s;
    if (len >= n) len = n - 1;
    for (size_t k = 0; k < len; k++) out[k] = (char)tolower((unsigned char)d->text[d->toks[i].s + k]);
    out[len] = 0;
}

bool mdoc_is_word(const mdoc *d, size_t i, const char *w) {
    /* compared as it goes, no strlen first: most calls fail on the first letter */
    const char *p = d->text + d->toks[i].s;
    size_t len = d->toks[i].e - d->toks[i].s, k = 0;
    for (; k < len && w[k]; k++)
        if (tolower((unsigned char)p[k]) != w[k]) return false;
    return k == len && !w[k];
}

static const char *tok_lex(const mdoc *d, const lex *lx, size_t i) {
    return lex_get(lx, d->text + d->toks[i].s, d->toks[i].e - d->toks[i].s);
}

int mdoc_scope_of2(const mention_lexicons *lx, const char *s, size_t len, bool strict) {
    int r = 0;
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && isalnum((unsigned char)s[i - 1])) continue;
        if (!isalpha((unsigned char)s[i])) continue;
        const char *v = NULL;
        size_t n = lex_match(lx->scope, s + i, len - i, &v);
        if (!n) continue;
        if (strcmp(v, "out") == 0 || (strict && strcmp(v, "title") == 0)) return -1;
        if (strcmp(v, "in") == 0) r = 1;
        i += n - 1;
    }
    return r;
}

/* All-capital words of two letters or more are acronyms (SBU, CNN), not names. */
static bool is_acronym(const mdoc *d, size_t i) {
    const tok *t = &d->toks[i];
    if (t->e - t->s < 2) return false;
    for (size_t k = t->s; k < t->e; k++)
        if (islower((unsigned char)d->text[k])) return false;
    return true;
}

static bool is_name_word(const mdoc *d, const mention_lexicons *lx, size_t i) {
    const tok *t = &d->toks[i];
    if (t->kind != TOK_WORD || !t->cap || is_acronym(d, i)) return false;
    if (isdigit((unsigned char)d->text[t->s])) return false;
    return !tok_lex(d, lx->nonnames, i);
}

static bool is_particle(const mdoc *d, size_t i) {
    static const char *const parts[] = {"de", "da", "dos", "das", "del", "van", "von", "bin", "bint",
                                        "ibn", "al", "el", "der", "le", "la", "di", "du", NULL};
    if (d->toks[i].kind != TOK_WORD || d->toks[i].cap) return false;
    for (int k = 0; parts[k]; k++)
        if (mdoc_is(d, i, parts[k])) return true;
    return false;
}

/* Name key: last word, ASCII-folded to lower case, y read as i, doubled letters once
 * (the scorer's person key), so "Zelenskyy" and "Zelensky" are one person. */
static void name_key(const char *name, char *out, size_t n) {
    const char *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    size_t k = 0;
    for (const char *p = last; *p && k + 1 < n; p++) {
        char c = (char)tolower((unsigned char)*p);
        if (c == 'y') c = 'i';
        if (c == '-' || c == '\'') continue;
        if (k > 0 && out[k - 1] == c) continue;
        out[k++] = c;
    }
    out[k] = 0;
}

static size_t copy_span(const mdoc *d, size_t t0, size_t t1, char *out, size_t n) {
    size_t k = 0;
    for (size_t i = t0; i < t1; i++) {
        const tok *t = &d->toks[i];
        bool space = k > 0 && t->kind != TOK_POSS && !(t->kind == TOK_PUNCT && d->text[t->s] == ',') &&
                     !(i > t0 && d->toks[i - 1].e == t->s);
        if (space && k + 1 < n) out[k++] = ' ';
        for (size_t b = t->s; b < t->e && k + 1 < n; b++) out[k++] = d->text[b];
    }
    out[k] = 0;
    return k;
}

int mdoc_scope_of(const mention_lexicons *lx, const char *s, size_t len) {
    return mdoc_scope_of2(lx, s, len, true);
}

/* ---------- posts ---------- */

static bool is_connector(const mdoc *d, size_t i) {
    return mdoc_is(d, i, "of") || mdoc_is(d, i, "the") || mdoc_is(d, i, "for") ||
           mdoc_is(d, i, "in") || mdoc_is(d, i, "and");
}

size_t mdoc_post_at(const mdoc *d, const mention_lexicons *lx, size_t i, size_t end, char *out,
                    size_t n) {
    size_t j = i, last = i;
    bool head = false;
    while (j < end) {
        const tok *t = &d->toks[j];
        const char *v = NULL;
        size_t m = t->kind == TOK_WORD ? lex_match(lx->posts, d->text + t->s, d->toks[end - 1].e - t->s, &v) : 0;
        if (m) {
            if (strcmp(v, "head") == 0) head = true;
            size_t stop = t->s + m;
            while (j < end && d->toks[j].s < stop) j++;
            last = j;
            continue;
        }
        if (t->kind == TOK_WORD && (t->cap || isdigit((unsigned char)d->text[t->s])) && j > i) {
            j++;
            last = j;
            continue;
        }
        if (t->kind == TOK_WORD && t->cap && j == i && (tok_lex(d, lx->nonnames, j) || isdigit((unsigned char)d->text[t->s]))) {
            j++;
            last = j;
            continue;
        }
        if (t->kind == TOK_POSS && j > i) {
            j++;
            continue;
        }
        if (t->kind == TOK_WORD && j > i && (is_connector(d, j) || mdoc_is(d, j, "a"))) {
            j++;
            continue;
        }
        /* one plain word after "of the", "'s": "of the country's armed forces" */
        if (t->kind == TOK_WORD && j > i + 1 && !t->cap &&
            (d->toks[j - 1].kind == TOK_POSS || mdoc_is(d, j - 1, "the") || mdoc_is(d, j - 1, "a")) &&
            !mdoc_is(d, j, "was") && !mdoc_is(d, j, "is") && !mdoc_is(d, j, "who")) {
            j++;
            last = j;
            continue;
        }
        break;
    }
    if (!head || last == i) return i;
    copy_span(d, i, last, out, n);
    return last;
}

/* ---------- mentions and persons ---------- */

/* Persons are found by key through an open-addressing index (slots hold person
 * index + 1, 0 = empty), so a report with tens of thousands of distinct names
 * stays linear instead of scanning every person per mention. */
static size_t key_slot(const mdoc *d, const char *key) {
    size_t mask = d->pslots - 1;
    size_t h = (size_t)str_hash64(key, strlen(key)) & mask;
    while (d->pindex[h] && strcmp(d->persons[d->pindex[h] - 1].key, key) != 0) h = (h + 1) & mask;
    return h;
}

static int find_person(const mdoc *d, const char *key) {
    if (!d->pslots) return -1;
    size_t h = key_slot(d, key);
    return d->pindex[h] ? (int)(d->pindex[h] - 1) : -1;
}

/* Keeps the index at most half full; rebuilds it from the persons when grown. */
static bool index_reserve(mdoc *d, size_t npersons) {
    if (npersons * 2 <= d->pslots) return true;
    size_t slots = d->pslots ? d->pslots * 2 : 64;
    while (npersons * 2 > slots) slots *= 2;
    size_t *ix = calloc(slots, sizeof *ix);
    if (!ix) return false;
    free(d->pindex);
    d->pindex = ix;
    d->pslots = slots;
    for (size_t p = 0; p < d->npersons; p++) d->pindex[key_slot(d, d->persons[p].key)] = p + 1;
    return true;
}

static int add_person(mdoc *d, const char *name) {
    char key[64];
    name_key(name, key, sizeof key);
    if (!key[0]) return -1;
    int p = find_person(d, key);
    if (p >= 0) {
        person *pp = &d->persons[p];
        size_t words_new = 1, words_old = 1;
        for (const char *c = name; *c; c++) words_new += *c == ' ';
        for (const char *c = pp->name; *c; c++) words_old += *c == ' ';
        if (words_new > words_old && strlen(name) < sizeof pp->name) strcpy(pp->name, name);
        return p;
    }
    if (d->npersons == d->pcap) {
        size_t cap = d->pcap ? d->pcap * 2 : 16;
        person *v = realloc(d->persons, cap * sizeof *v);
        if (!v) return -2;
        d->persons = v;
        d->pcap = cap;
    }
    if (!index_reserve(d, d->npersons + 1)) return -2;
    person *pp = &d->persons[d->npersons];
    memset(pp, 0, sizeof *pp);
    snprintf(pp->name, sizeof pp->name, "%s", name);
    strcpy(pp->key, key);
    d->pindex[key_slot(d, key)] = d->npersons + 1;
    return (int)d->npersons++;
}

static bool senior_rank(const char *rank) {
    return strstr(rank, "General") || strstr(rank, "Admiral") || strstr(rank, "Colonel") ||
           strstr(rank, "Marshal") || strstr(rank, "Brigadier") || strstr(rank, "Commodore");
}

/* The rank that ends right before token i (within the sentence from t0), its first token in *r0. */
static const char *rank_before(const mdoc *d, const mention_lexicons *lx, size_t t0, size_t i,
                               size_t *r0) {
    /* an honorific between rank and name: "Admiral Sir Ben Key" */
    if (i > t0 + 1 && (mdoc_is(d, i - 1, "sir") || mdoc_is(d, i - 1, "dame"))) i--;
    for (size_t back = 4; back >= 1; back--) {  /* longest first: "Major General", not "General" */
        if (back > i - t0) continue;
        size_t s = i - back;
        if (d->toks[s].kind != TOK_WORD) continue;  /* "admiral Igor Osipov" counts too */
        const char *v = NULL;
        size_t m = lex_match(lx->ranks, d->text + d->toks[s].s, d->toks[i - 1].e - d->toks[s].s, &v);
        if (m != d->toks[i - 1].e - d->toks[s].s) continue;
        if (s > t0) {  /* "Attorney General", "Secretary General" are not ranks */
            const char *sv = tok_lex(d, lx->scope, s - 1);
            if (sv && (strcmp(sv, "out") == 0 || strcmp(sv, "notrank") == 0)) return NULL;
        }
        *r0 = s;
        return v;
    }
    return NULL;
}

/* The title run before a name ("Deputy Defense Minister", "Wagner chief"): tokens back
 * from i made of capitalized words, post words and connectors. */
static size_t title_start(const mdoc *d, const mention_lexicons *lx, size_t t0, size_t i) {
    size_t s = i;
    while (s > t0 && i - s < 8) {
        size_t k = s - 1;
        const tok *t = &d->toks[k];
        if (t->kind == TOK_POSS) {
            s = k;
            continue;
        }
        if (t->kind != TOK_WORD) break;
        if (t->cap || tok_lex(d, lx->posts, k) || (is_connector(d, k) && !mdoc_is(d, k, "and")) ||
            tok_lex(d, lx->scope, k)) {
            s = k;
            continue;
        }
        break;
    }
    while (s < i && d->toks[s].kind == TOK_WORD && is_connector(d, s)) s++;
    return s;
}

static void note_scope(mdoc *d, const mention_lexicons *lx, int p, size_t t0, size_t t1) {
    if (t1 <= t0) return;
    size_t s = d->toks[t0].s, e = d->toks[t1 - 1].e;
    int sc = mdoc_scope_of(lx, d->text + s, e - s);
    person *pp = &d->persons[p];
    if (sc < 0) pp->out_titled = true;
    if (sc > 0) {
        pp->in_scope = true;
        if (!pp->post[0]) {
            char post[200];
            size_t end = mdoc_post_at(d, lx, t0, t1, post, sizeof post);
            if (end > t0) snprintf(pp->post, sizeof pp->post, "%s", post);
        }
    }
}

static bool push_mention(mdoc *d, mention m) {
    if (d->nments == d->mcap) {
        size_t cap = d->mcap ? d->mcap * 2 : 64;
        mention *v = realloc(d->ments, cap * sizeof *v);
        if (!v) return false;
        d->ments = v;
        d->mcap = cap;
    }
    d->ments[d->nments++] = m;
    return true;
}

/* Finds the mentions of sentence si. */
static bool find_mentions(mdoc *d, const mention_lexicons *lx, size_t si) {
    sentence *st = &d->sents[si];
    st->m0 = d->nments;
    for (size_t i = st->t0; i < st->t1;) {
        if (!is_name_word(d, lx, i)) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < st->t1 && (is_name_word(d, lx, j) ||
                              (is_particle(d, j) && j + 1 < st->t1 && is_name_word(d, lx, j + 1))))
            j++;
        if (j - i > 4) i = j - 4;  /* a long capitalized run: the name is its end */
        size_t r0 = i;
        const char *rank = rank_before(d, lx, st->t0, i, &r0);
        size_t ts = title_start(d, lx, st->t0, r0);
        char name[160];
        copy_span(d, i, j, name, sizeof name);
        char key[64];
        name_key(name, key, sizeof key);
        /* a lone surname needs a rank or a post title right before it ("Defence Minister Shoigu") */
        const char *hv = r0 > st->t0 ? tok_lex(d, lx->posts, r0 - 1) : NULL;
        bool titled = ts < r0 && hv && strcmp(hv, "head") == 0 &&
                      mdoc_scope_of(lx, d->text + d->toks[ts].s, d->toks[r0 - 1].e - d->toks[ts].s) != 0;
        bool known = find_person(d, key) >= 0;
        /* a capitalized run before an institution word ("Baltic Fleet", "Defence
         * Department") or after "the" names a thing, not a person */
        bool thing = (j < st->t1 && d->toks[j].kind == TOK_WORD && d->toks[j].cap &&
                      tok_lex(d, lx->nonnames, j) && !tok_lex(d, lx->posts, j) && !tok_lex(d, lx->ranks, j)) ||
                     (!rank && r0 > st->t0 && mdoc_is(d, r0 - 1, "the"));
        if (thing) {
            i = j;
            continue;
        }
        if (j - i == 1 && !rank && !titled && !known) {
            i = j;
            continue;
        }
        int p = add_person(d, name);
        if (p == -2) return false;
        if (p < 0) {
            i = j;
            continue;
        }
        person *pp = &d->persons[p];
        if (rank) {
            if (!pp->rank[0]) snprintf(pp->rank, sizeof pp->rank, "%s", rank);
            if (senior_rank(rank)) pp->senior = pp->in_scope = true;
        }
        if (ts < r0) note_scope(d, lx, p, ts, r0);
        /* a post set off by a comma before the name: "the chief of the navy, Admiral X" */
        if (r0 > st->t0 + 2 && d->text[d->toks[r0 - 1].s] == ',') {
            size_t from = r0 - 1;
            while (from > st->t0 && r0 - 1 - from < 12 &&
                   (d->toks[from - 1].kind != TOK_PUNCT || d->text[d->toks[from - 1].s] == '-'))
                from--;
            for (size_t a = from; a + 1 < r0; a++) {
                char post[200];
                if (mdoc_post_at(d, lx, a, r0 - 1, post, sizeof post) == r0 - 1) {
                    int sc = mdoc_scope_of(lx, post, strlen(post));
                    if (sc > 0) {
                        pp = &d->persons[p];
                        pp->in_scope = true;
                        if (!pp->post[0]) snprintf(pp->post, sizeof pp->post, "%s", post);
                    }
                    break;
                }
            }
        }
        /* an apposition after the name: ", 51, the commander of ...," */
        size_t k = j;
        if (k + 2 < st->t1 && d->text[d->toks[k].s] == ',' && isdigit((unsigned char)d->text[d->toks[k + 1].s]))
            k += 2;
        if (k + 1 < st->t1 && (d->text[d->toks[k].s] == ',' || mdoc_is(d, k, "was") || mdoc_is(d, k, "is") ||
                               mdoc_is(d, k, "as"))) {
            size_t a = k + 1;
            while (a < st->t1 && (mdoc_is(d, a, "the") || mdoc_is(d, a, "a") || mdoc_is(d, a, "former") ||
                                  mdoc_is(d, a, "then") || d->toks[a].kind == TOK_POSS ||
                                  (d->toks[a].cap && tok_lex(d, lx->nonnames, a) && !tok_lex(d, lx->posts, a))))
                a++;
            char post[200];
            size_t end = mdoc_post_at(d, lx, a, st->t1, post, sizeof post);
            if (end > a && mdoc_scope_of(lx, post, strlen(post)) >= 0) {
                int sc = mdoc_scope_of(lx, post, strlen(post));
                if (sc > 0) pp->in_scope = true;
                if (sc > 0 && !pp->post[0]) snprintf(pp->post, sizeof pp->post, "%s", post);
            }
        }
        if (!push_mention(d, (mention){i, j, r0, si, p})) return false;
        i = j;
    }
    st->m1 = d->nments;
    return true;
}

const mention *mdoc_mention_at(const mdoc *d, size_t sent, size_t i) {
    const sentence *st = &d->sents[sent];
    for (size_t m = st->m0; m < st->m1; m++)
        if (d->ments[m].t0 == i || d->ments[m].r0 == i) return &d->ments[m];
    return NULL;
}

bool mdoc_build(mdoc *d, const mention_lexicons *lx, const char *text, const sent_span *spans,
                size_t nspans) {
    memset(d, 0, sizeof *d);
    d->text = text;
    d->sents = calloc(nspans ? nspans : 1, sizeof *d->sents);
    if (!d->sents) return false;
    d->nsents = nspans;
    for (size_t s = 0; s < nspans; s++) {
        d->sents[s].t0 = d->ntoks;
        if (!tokenize(d, lx->abbr, spans[s].start, spans[s].end)) return false;
        d->sents[s].t1 = d->ntoks;
        d->sents[s].para = spans[s].para;
    }
    for (size_t s = 0; s < nspans; s++)
        if (!find_mentions(d, lx, s)) return false;
    return true;
}

void mdoc_free(mdoc *d) {
    free(d->toks);
    free(d->sents);
    free(d->ments);
    free(d->persons);
    free(d->pindex);
    memset(d, 0, sizeof *d);
}
