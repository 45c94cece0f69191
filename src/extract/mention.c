/* mention.c -- finds words, person names with their ranks and posts, and persons in a report. */
#include "extract/mention.h"
#include "brass/resolve.h"  /* given-name keys: one notion of "the same name" for the whole library */
#include "util/str.h"
#include "util/ascii.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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
    return ascii_is_alnum(c);
}

static bool is_apostrophe(const char *p, size_t n, size_t *w) {
    if (p[0] == '\'') return (*w = 1), true;
    if (n >= 3 && memcmp(p, "\xe2\x80\x99", 3) == 0) return (*w = 3), true;
    return false;
}

static bool starts_upper(const char *p, size_t n) {
    if ((unsigned char)p[0] < 0x80) return ascii_is_upper((unsigned char)p[0]);  /* ASCII: no decoding */
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)n, &cp);
    return k > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* Room for the tokens of text [s, e): at most one per byte, and one more for a
 * word split in two (glued_relative); sentences are short (SENT_MAX), so this
 * is small, and push_tok need not check. */
static bool reserve_toks(mdoc *d, size_t s, size_t e) {
    size_t need = d->ntoks + (e - s) + 2;
    if (need <= d->tcap) return true;
    size_t cap = d->tcap ? d->tcap : 256;
    while (cap < need) cap *= 2;
    tok *t = realloc(d->toks, cap * sizeof *t);
    if (!t) return false;
    d->toks = t;
    d->tcap = cap;
    return true;
}

static void push_tok(mdoc *d, size_t s, size_t e, unsigned char kind) {
    d->toks[d->ntoks++] = (tok){s, e, kind, kind == TOK_WORD && starts_upper(d->text + s, e - s)};
}

/* "C.Q", "I.V", "J": capitals each followed by a period but the last (the word
 * before the final period). */
static bool initials(const char *w, size_t n) {
    for (size_t k = 0; k < n; k += 2)
        if (!ascii_is_upper((unsigned char)w[k]) || (k + 1 < n && w[k + 1] != '.')) return false;
    return n > 0;
}

/* Scrapers drop the space after a name that ends a link: "Mikhail Mizintsevwho led".
 * A capitalized word ending in a relative pronoun that no name ends with is two
 * words; returns the length of the glued pronoun, or 0. */
static size_t glued_relative(const char *w, size_t n) {
    static const char *const rel[] = {"who", "whose", "whom", "which", NULL};
    if (n < 8 || !ascii_is_upper((unsigned char)w[0])) return 0;
    char last = w[n - 1];  /* asked of every long capitalized word: most end otherwise */
    if (last != 'o' && last != 'e' && last != 'm' && last != 'h') return 0;
    for (int k = 0; rel[k]; k++) {
        size_t m = strlen(rel[k]);
        if (memcmp(w + n - m, rel[k], m) == 0 && ascii_is_lower((unsigned char)w[n - m - 1])) return m;
    }
    return 0;
}

static bool tokenize(mdoc *d, const lex *abbr, size_t s, size_t e) {
    if (!reserve_toks(d, s, e)) return false;
    const char *t = d->text;
    size_t i = s, w;
    while (i < e) {
        unsigned char c = (unsigned char)t[i];
        if (ascii_is_space(c)) {
            i++;
            continue;
        }
        if (is_apostrophe(t + i, e - i, &w) && i + w < e && (t[i + w] == 's' || t[i + w] == 'S') &&
            (i + w + 1 >= e || !is_word_byte(t + i + w + 1, e - i - w - 1)) && i > s &&
            is_word_byte(t + i - 1, 1)) {
            push_tok(d, i, i + w + 1, TOK_POSS);
            i += w + 1;
            continue;
        }
        if (!is_word_byte(t + i, e - i)) {
            size_t n = c >= 0xc0 ? (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) : 1;
            if (i + n > e) n = e - i;
            push_tok(d, i, i + n, TOK_PUNCT);
            i += n;
            continue;
        }
        size_t j = i;
        while (j < e) {
            while (j < e && ascii_is_alnum((unsigned char)t[j])) j++;  /* most of a word */
            if (j >= e) break;
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
        if (j < e && t[j] == '.' && (lex_get(abbr, t + i, j + 1 - i) || initials(t + i, j - i))) j++;
        size_t glued = glued_relative(t + i, j - i);
        if (glued) {
            push_tok(d, i, j - glued, TOK_WORD);
            i = j - glued;
        }
        push_tok(d, i, j, TOK_WORD);
        i = j;
    }
    return true;
}

/* ---------- word helpers ---------- */

void mdoc_word(const mdoc *d, size_t i, char *out, size_t n) {
    size_t len = d->toks[i].e - d->toks[i].s;
    if (len >= n) len = n - 1;
    for (size_t k = 0; k < len; k++) out[k] = (char)ascii_fold((unsigned char)d->text[d->toks[i].s + k]);
    out[len] = 0;
}

bool mdoc_is_word(const mdoc *d, size_t i, const char *w) {
    /* compared as it goes, no strlen first: most calls fail on the first letter */
    const char *p = d->text + d->toks[i].s;
    size_t len = d->toks[i].e - d->toks[i].s, k = 0;
    for (; k < len && w[k]; k++)
        if (ascii_fold((unsigned char)p[k]) != w[k]) return false;
    return k == len && !w[k];
}

static const char *tok_lex(const mdoc *d, const lex *lx, size_t i) {
    return lex_get(lx, d->text + d->toks[i].s, d->toks[i].e - d->toks[i].s);
}

int mdoc_scope_of2(const mention_lexicons *lx, const char *s, size_t len, bool strict) {
    int r = 0;
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && ascii_is_alnum((unsigned char)s[i - 1])) continue;
        if (!ascii_is_alpha((unsigned char)s[i])) continue;
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
    /* initials ("C.Q.", "J.") are part of a name */
    if (d->text[t->e - 1] == '.' && initials(d->text + t->s, t->e - t->s - 1)) return false;
    for (size_t k = t->s; k < t->e; k++)
        if (ascii_is_lower((unsigned char)d->text[k])) return false;
    return true;
}

static bool is_name_word(const mdoc *d, const mention_lexicons *lx, size_t i) {
    const tok *t = &d->toks[i];
    if (t->kind != TOK_WORD || !t->cap || is_acronym(d, i)) return false;
    if (ascii_is_digit((unsigned char)d->text[t->s])) return false;
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

/* "Jr.", "III", or initials after a surname ("Osipov I.V."): no surname. */
static bool is_name_suffix(const char *w) {
    static const char *const sfx[] = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", NULL};
    for (int k = 0; sfx[k]; k++)
        if (strcmp(w, sfx[k]) == 0) return true;
    size_t n = strlen(w);
    return n >= 2 && w[n - 1] == '.' && initials(w, n - 1);
}

/* Name key: last word (before a suffix such as "Jr."), ASCII-folded to lower case,
 * y read as i, doubled letters once (the scorer's person key), so "Zelenskyy" and
 * "Zelensky" are one person, and "Brown" is "C.Q. Brown Jr.". */
static void name_key(const char *name, char *out, size_t n) {
    const char *end = name + strlen(name);
    const char *last = strrchr(name, ' ');
    if (last && is_name_suffix(last + 1)) {
        end = last;
        while (last > name && last[-1] != ' ') last--;
        last = last > name ? last - 1 : NULL;
    }
    const char *w = last ? last + 1 : name;
    size_t k = 0;
    for (const char *p = w; p < end && k + 1 < n; p++) {
        char c = (char)ascii_fold((unsigned char)*p);
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

/* Days and months end a post phrase: "armed forces chief Saturday". */
static bool is_calendar_word(const mdoc *d, size_t i) {
    static const char *const w[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                    "sunday", "january", "february", "march", "april", "june", "july",
                                    "august", "september", "october", "november", "december", NULL};
    return mdoc_is_any(d, i, w);
}

/* Words that may be capitalized at a sentence start but never open a post. */
static bool post_opener_blocked(const mdoc *d, size_t i) {
    static const char *const w[] = {"as", "in", "on", "at", "for", "with", "by", "from", "after", "before",
                                    "under", "since", "while", "when", "then", "and", "but", "or", "the",
                                    "a", "an", "former", "outgoing", "ex", "new", NULL};
    return mdoc_is_any(d, i, w);
}

size_t mdoc_post_at(const mdoc *d, const mention_lexicons *lx, size_t i, size_t end, char *out,
                    size_t n) {
    if (i < end && post_opener_blocked(d, i) &&
        !lex_match(lx->posts, d->text + d->toks[i].s, d->toks[end - 1].e - d->toks[i].s, NULL))
        return i;  /* but "in charge of" is a post */
    size_t j = i, last = i;
    bool head = false;
    int plain = 0;  /* plain words just taken after a determiner */
    while (j < end) {
        const tok *t = &d->toks[j];
        const char *v = NULL;
        size_t m = t->kind == TOK_WORD ? lex_match(lx->posts, d->text + t->s, d->toks[end - 1].e - t->s, &v) : 0;
        if (m) {
            if (strcmp(v, "head") == 0) head = true;
            plain = 0;
            size_t stop = t->s + m;
            while (j < end && d->toks[j].s < stop) j++;
            last = j;
            continue;
        }
        if (t->kind == TOK_WORD && (t->cap || ascii_is_digit((unsigned char)d->text[t->s])) && j > i &&
            !is_calendar_word(d, j)) {
            /* "of the African country": a plain noun may follow a capital after "the" */
            plain = mdoc_is(d, j - 1, "the") ? 1 : 0;
            j++;
            last = j;
            continue;
        }
        /* a first capital that is no name word, or a country before a post word
         * ("Israel Defense Forces chief of staff") */
        if (t->kind == TOK_WORD && t->cap && j == i &&
            (tok_lex(d, lx->nonnames, j) || ascii_is_digit((unsigned char)d->text[t->s]) ||
             (j + 1 < end && d->toks[j + 1].cap && tok_lex(d, lx->posts, j + 1)))) {
            j++;
            last = j;
            continue;
        }
        if (t->kind == TOK_POSS && j > i) {
            j++;
            continue;
        }
        /* a country's or service's possessive opening the post: "Israel's army chief" */
        if (t->kind == TOK_WORD && t->cap && j == i && j + 2 < end && d->toks[j + 1].kind == TOK_POSS) {
            j += 2;
            continue;
        }
        /* "in a strike", "in an attack": a circumstance, not part of the post */
        if (t->kind == TOK_WORD && j + 1 < end && (mdoc_is(d, j, "in") || mdoc_is(d, j, "on")) &&
            (mdoc_is(d, j + 1, "a") || mdoc_is(d, j + 1, "an")))
            break;
        /* "commander of its Eastern Group", "head of their navy" */
        if (t->kind == TOK_WORD && j > i &&
            (is_connector(d, j) || mdoc_is(d, j, "a") || mdoc_is(d, j, "its") || mdoc_is(d, j, "their") ||
             mdoc_is(d, j, "his") || mdoc_is(d, j, "her"))) {
            j++;
            continue;
        }
        /* up to two plain words after "of the", "'s", "his": "of the country's armed
         * forces", "head of his security detail" */
        bool after_det = j > i + 1 && (d->toks[j - 1].kind == TOK_POSS || mdoc_is(d, j - 1, "the") ||
                                       mdoc_is(d, j - 1, "a") || mdoc_is(d, j - 1, "his") ||
                                       mdoc_is(d, j - 1, "her") || mdoc_is(d, j - 1, "its"));
        if (t->kind == TOK_WORD && !t->cap && (after_det || plain == 1) && !mdoc_is(d, j, "was") &&
            !mdoc_is(d, j, "is") && !mdoc_is(d, j, "who") && !mdoc_is(d, j, "and")) {
            plain = after_det ? 1 : 2;
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
    if (d->pindex[h]) return (int)(d->pindex[h] - 1);
    for (size_t a = 0; a < d->naliases; a++)
        if (strcmp(d->aliases[a].key, key) == 0) return d->aliases[a].person;
    return -1;
}

static bool is_ch_tok(const mdoc *d, size_t i, char c) {
    return d->toks[i].kind == TOK_PUNCT && d->text[d->toks[i].s] == c;
}

/* Registers another key for person p from the word of tokens [t0, t1). */
static void add_alias(mdoc *d, size_t t0, size_t t1, int p) {
    char word[160], key[64];
    copy_span(d, t0, t1, word, sizeof word);
    name_key(word, key, sizeof key);
    if (!key[0] || d->naliases == sizeof d->aliases / sizeof d->aliases[0] || find_person(d, key) >= 0) return;
    memcpy(d->aliases[d->naliases].key, key, sizeof key);
    d->aliases[d->naliases++].person = p;
}

/* "An-su", "Yong-hyun": a hyphenated given name of two syllables, the second in
 * lower case, marks a Korean name, written surname first. */
static bool korean_given_name(const mdoc *d, size_t i) {
    const char *w = d->text + d->toks[i].s;
    size_t n = d->toks[i].e - d->toks[i].s;
    const char *h = memchr(w, '-', n);
    return h && h > w && (size_t)(h - w) <= 4 && h + 1 < w + n && ascii_is_lower((unsigned char)h[1]) &&
           (size_t)(w + n - h - 1) <= 5;
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
    for (size_t p = 0; p < d->npersons; p++)
        if (!d->persons[p].namesake) d->pindex[key_slot(d, d->persons[p].key)] = p + 1;
    return true;
}

static bool one_edit_apart(const char *a, const char *b);

/* A new person; one of a surname already taken is left out of the key index.
 * Returns its index, or -2 when memory runs out. */
static int new_person(mdoc *d, const char *name, const char *key, bool namesake) {
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
    str_copy(pp->name, sizeof pp->name, name);
    str_copy(pp->key, sizeof pp->key, key);
    pp->namesake = namesake;
    if (!namesake) d->pindex[key_slot(d, key)] = d->npersons + 1;
    return (int)d->npersons++;
}

/* Whether two full names with one surname have given names that cannot be one
 * person's ("Ivan" / "Pavel"; but "Aleksandr" / "Alexander", "Abdel" / "Abdul",
 * "V." / "Valery" can). A name of one word conflicts with none. */
static bool given_names_differ(const char *a, const char *b) {
    /* asked of every repeated mention: the common cases cost no allocation */
    if (!strchr(a, ' ') || !strchr(b, ' ') || strcmp(a, b) == 0) return false;
    size_t fa = strcspn(a, " "), fb = strcspn(b, " ");
    if (fa == fb && strncasecmp(a, b, fa) == 0) return false;  /* the same first word */
    char *ga = brass_given_key(a), *gb = brass_given_key(b), *ka = brass_name_key(a);
    /* "Osipov I.V.": a surname written first is no given name */
    bool differ = ga && gb && ka && strlen(ga) >= 3 && strlen(gb) >= 3 && !brass_given_compatible(ga, gb) &&
                  !one_edit_apart(ga, gb) && strcmp(ga, ka) != 0 && strcmp(gb, ka) != 0;
    free(ka);
    free(ga);
    free(gb);
    return differ;
}

static int add_person(mdoc *d, const char *name) {
    char key[64];
    name_key(name, key, sizeof key);
    if (!key[0]) return -1;
    int p = find_person(d, key);
    /* two people of one surname in a report: the later one by full name only */
    if (p >= 0 && given_names_differ(d->persons[p].name, name)) {
        p = -1;
        for (size_t q = 0; q < d->nnamesakes && p < 0; q++) {
            int n = d->namesakes[q];
            if (strcmp(d->persons[n].key, key) == 0 && !given_names_differ(d->persons[n].name, name)) p = n;
        }
        if (p < 0) {
            if (d->nnamesakes == sizeof d->namesakes / sizeof d->namesakes[0]) return find_person(d, key);
            p = new_person(d, name, key, true);
            if (p >= 0) d->namesakes[d->nnamesakes++] = p;
            return p;
        }
    }
    if (p >= 0) {
        person *pp = &d->persons[p];
        size_t words_new = 1, words_old = 1;
        for (const char *c = name; *c; c++) words_new += *c == ' ';
        for (const char *c = pp->name; *c; c++) words_old += *c == ' ';
        if (words_new > words_old && strlen(name) < sizeof pp->name) strcpy(pp->name, name);
        return p;
    }
    return new_person(d, name, key, false);
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

/* Words that cast doubt on a title without changing the post: "the so-called
 * commander of ...", "the self-styled head of ..." */
static bool is_label_word(const mdoc *d, size_t i) {
    static const char *const w[] = {"so", "called", "so-called", "self-styled", "self-proclaimed", "self",
                                    "styled", "proclaimed", "-", NULL};
    for (int k = 0; w[k]; k++)
        if (mdoc_is(d, i, w[k]) || (w[k][0] == '-' && d->text[d->toks[i].s] == '-' && d->toks[i].e - d->toks[i].s == 1))
            return true;
    return false;
}

/* Gives person pp the post found beside one of its mentions: the first one, or a
 * more telling one later (a longer post with the same head word: "Senior
 * commander" -> "commander of the 5th Army"; a bare title word -> any longer post). */
static void offer_post(person *pp, const char *post) {
    size_t old = strlen(pp->post), len = strlen(post);
    const char *head = strrchr(pp->post, ' ');  /* "Senior commander" -> "commander" */
    head = head ? head + 1 : pp->post;
    size_t hn = strlen(head);
    bool has_head = false;
    for (const char *q = post; *q && !has_head; q++)
        has_head = (q == post || q[-1] == ' ') && strncasecmp(q, head, hn) == 0 && (q[hn] == ' ' || !q[hn]);
    bool better = !old || (len > old && has_head) || (!strchr(pp->post, ' ') && strchr(post, ' '));
    if (better && len < sizeof pp->post) memcpy(pp->post, post, len + 1);
}

static void note_scope(mdoc *d, const mention_lexicons *lx, int p, size_t t0, size_t t1) {
    /* "First Sea Lord Sir Ben Key": the honorific is no part of the post */
    if (t1 > t0 && (mdoc_is(d, t1 - 1, "sir") || mdoc_is(d, t1 - 1, "dame"))) t1--;
    if (t1 <= t0) return;
    size_t s = d->toks[t0].s, e = d->toks[t1 - 1].e;
    int sc = mdoc_scope_of(lx, d->text + s, e - s);
    person *pp = &d->persons[p];
    if (sc < 0) pp->out_titled = true;
    if (sc > 0) {
        pp->in_scope = true;
        /* the post may start after a first word: "Outgoing Chief of Defence Staff" */
        for (size_t a = t0; a < t1 && a - t0 < 2; a++) {
            char post[200];
            if (mdoc_post_at(d, lx, a, t1, post, sizeof post) > a) {
                offer_post(pp, post);
                break;
            }
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

/* "who commanded / led / headed the X": writes "commander of the X" or "head of
 * the X" as the person's post when the X is a military or security body. */
static void post_of_relative(const mdoc *d, const mention_lexicons *lx, size_t v, size_t end, person *pp) {
    static const char *const verbs[][2] = {{"commanded", "commander of "}, {"commands", "commander of "},
                                           {"led", "head of "}, {"leads", "head of "},
                                           {"headed", "head of "}, {"heads", "head of "},
                                           {"command", "commander of "}, {"head", "head of "},
                                           {"lead", "head of "}, {NULL, NULL}};
    if (pp->post[0]) return;
    if (v < end && (mdoc_is(d, v, "had") || mdoc_is(d, v, "has") || mdoc_is(d, v, "previously"))) v++;
    const char *title = NULL;
    for (int k = 0; verbs[k][0] && !title; k++)
        if (mdoc_is(d, v, verbs[k][0])) title = verbs[k][1];
    if (!title || v + 2 >= end || !mdoc_is(d, v + 1, "the")) return;
    size_t e = v + 1;  /* the noun phrase: to the clause's end, at most 8 words */
    while (e < end && e - v <= 8 && d->toks[e].kind != TOK_PUNCT) e++;
    char np[160];
    copy_span(d, v + 1, e, np, sizeof np);
    if (mdoc_scope_of(lx, np, strlen(np)) <= 0) return;
    snprintf(pp->post, sizeof pp->post, "%s%s", title, np);
    pp->in_scope = true;
}

/* A Title Case line (a headline) capitalizes its common words too, so a run of
 * capitals there is no evidence of a name: at least four words of letters, and
 * at most one in ten in lower case apart from short function words. */
static bool is_headline(const mdoc *d, size_t si) {
    const sentence *st = &d->sents[si];
    size_t words = 0, lower = 0;
    for (size_t i = st->t0; i < st->t1; i++) {
        const tok *t = &d->toks[i];
        if (t->kind != TOK_WORD || !ascii_is_alpha((unsigned char)d->text[t->s])) continue;
        if (t->e - t->s <= 3 && !t->cap) continue;  /* "of", "the", "in" stay lower case */
        words++;
        if (!t->cap) lower++;
    }
    return words >= 4 && lower * 10 <= words;
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
        /* a rank that is not in the name lexicons opens the run ("Gen. Col. Ivan Petrov",
         * "Gen. Park" at the start of a sentence): the name starts after it */
        for (size_t r = i + 1; r + 1 < j && r - i <= 4; r++) {
            size_t span = d->toks[r - 1].e - d->toks[i].s;
            if (lex_match(lx->ranks, d->text + d->toks[i].s, span, NULL) == span) i = r, r = i;
        }
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
        const char *after = j < st->t1 ? tok_lex(d, lx->posts, j) : NULL;
        bool thing = (j < st->t1 && d->toks[j].kind == TOK_WORD && d->toks[j].cap &&
                      tok_lex(d, lx->nonnames, j) && !(after && strcmp(after, "head") == 0) &&
                      !tok_lex(d, lx->ranks, j)) ||
                     (!rank && r0 > st->t0 && mdoc_is(d, r0 - 1, "the"));
        if (thing) {
            i = j;
            continue;
        }
        /* "Sir Ben": an honorific marks a name, here the first name of someone named in full */
        bool honorific = i > st->t0 && (mdoc_is(d, i - 1, "sir") || mdoc_is(d, i - 1, "dame"));
        if (j - i == 1 && !rank && !titled && !known && !honorific) {
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
            if (!pp->rank[0]) str_copy(pp->rank, sizeof pp->rank, rank);
            if (senior_rank(rank)) pp->senior = pp->in_scope = true;
        }
        if (ts < r0) note_scope(d, lx, p, ts, r0);
        /* a post set off by a comma before the name: "the chief of the navy, Admiral X" */
        bool name_before = d->nments > st->m0 && d->ments[d->nments - 1].t1 == r0 - 1;  /* a list */
        if (r0 > st->t0 + 2 && d->text[d->toks[r0 - 1].s] == ',' && !name_before) {
            size_t from = r0 - 1;
            while (from > st->t0 && r0 - 1 - from < 20 &&
                   (d->toks[from - 1].kind != TOK_PUNCT || d->text[d->toks[from - 1].s] == '-'))
                from--;
            /* "X, head of A, Y": the post set off after X is X's, not Y's (but in
             * "X, and its deputy, Y" the post after "and" is Y's) */
            for (size_t m = st->m0; m < d->nments && from > st->t0 + 1 && !mdoc_is(d, from, "and"); m++)
                if (d->ments[m].t1 == from - 1 && is_ch_tok(d, from - 1, ',')) from = r0;
            for (size_t a = from; a + 1 < r0; a++) {
                char post[200];
                size_t pe = mdoc_post_at(d, lx, a, r0 - 1, post, sizeof post);
                /* "The head of the junta that took power in January, Colonel X": the
                 * post may end where a relative clause starts */
                bool relative = pe > a && pe < r0 - 1 && (mdoc_is(d, pe, "that") || mdoc_is(d, pe, "who") ||
                                                          mdoc_is(d, pe, "which"));
                if (pe == r0 - 1 || relative) {
                    int sc = mdoc_scope_of(lx, post, strlen(post));
                    if (sc > 0) {
                        pp = &d->persons[p];
                        pp->in_scope = true;
                        offer_post(pp, post);
                    }
                    break;
                }
            }
        }
        /* ", who commanded the 49th Army,": the post is the commander of it */
        if (j + 3 < st->t1 && d->text[d->toks[j].s] == ',' && mdoc_is(d, j + 1, "who"))
            post_of_relative(d, lx, j + 2, st->t1, pp);
        /* ", an old friend whom he had appointed to head the service,": the post he was given */
        if (j + 3 < st->t1 && d->text[d->toks[j].s] == ',')
            for (size_t w = j + 1; w + 4 < st->t1 && w - j < 12 && d->toks[w].kind != TOK_PUNCT; w++) {
                if (!mdoc_is(d, w, "whom")) continue;
                size_t v = w + 1;
                while (v < st->t1 && v - w < 4 && !mdoc_is(d, v, "appointed") && !mdoc_is(d, v, "named") &&
                       !mdoc_is(d, v, "picked") && !mdoc_is(d, v, "chosen") && !mdoc_is(d, v, "chose"))
                    v++;
                if (v + 2 < st->t1 && v - w < 4 && mdoc_is(d, v + 1, "to")) post_of_relative(d, lx, v + 2, st->t1, pp);
                break;
            }
        /* an apposition after the name: ", 51, the commander of ...," */
        size_t k = j;
        if (k + 2 < st->t1 && d->text[d->toks[k].s] == ',' && ascii_is_digit((unsigned char)d->text[d->toks[k + 1].s]))
            k += 2;
        if (k + 1 < st->t1 && (d->text[d->toks[k].s] == ',' || mdoc_is(d, k, "was") || mdoc_is(d, k, "is") ||
                               mdoc_is(d, k, "as"))) {
            size_t a = k + 1;
            /* "has been in charge of", "a senior commander for" */
            while (a < st->t1 && (mdoc_is(d, a, "the") || mdoc_is(d, a, "a") || mdoc_is(d, a, "former") ||
                                  mdoc_is(d, a, "then") || mdoc_is(d, a, "has") || mdoc_is(d, a, "had") ||
                                  mdoc_is(d, a, "was") || mdoc_is(d, a, "is") ||
                                  mdoc_is(d, a, "been") || mdoc_is(d, a, "senior") || mdoc_is(d, a, "top") ||
                                  mdoc_is(d, a, "veteran") || d->toks[a].kind == TOK_POSS ||
                                  is_label_word(d, a) ||
                                  (d->toks[a].cap && tok_lex(d, lx->nonnames, a) && !tok_lex(d, lx->posts, a))))
                a++;
            char post[200];
            size_t end = mdoc_post_at(d, lx, a, st->t1, post, sizeof post);
            if (end > a && mdoc_scope_of(lx, post, strlen(post)) >= 0) {
                int sc = mdoc_scope_of(lx, post, strlen(post));
                if (sc > 0) pp->in_scope = true;
                if (sc > 0) offer_post(pp, post);
            }
        }
        if (!push_mention(d, (mention){i, j, r0, si, p})) return false;
        /* later "Park" for "Park An-su", "Hemedti" for "Mohamed Daglo (Hemedti)" */
        if (j - i >= 2 && (korean_given_name(d, j - 1) || (lx->surnames_first && tok_lex(d, lx->surnames_first, i))))
            add_alias(d, i, i + 1, p);
        if (j + 2 < st->t1 && is_ch_tok(d, j, '(') && is_ch_tok(d, j + 2, ')') && is_name_word(d, lx, j + 1))
            add_alias(d, j + 1, j + 2, p);
        i = j;
    }
    st->m1 = d->nments;
    return true;
}

/* ---------- misspelt second mentions ---------- */

/* 1 when a namesake of the report spells the surname key so, else 0. */
static size_t namesake_spelling(const mdoc *d, const char *key) {
    for (size_t q = 0; q < d->nnamesakes; q++)
        if (strcmp(d->persons[d->namesakes[q]].key, key) == 0) return 1;
    return 0;
}

/* Whether two keys differ by at most one edit (insertion, deletion, substitution
 * or a swap of neighbours): "dvorknikov" / "dvornikov", "gerasimova" / "gerasimov". */
static bool one_edit_apart(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la < lb) {
        const char *t = a;
        a = b, b = t;
        size_t n = la;
        la = lb, lb = n;
    }
    if (la - lb > 1) return false;
    size_t i = 0;
    while (i < lb && a[i] == b[i]) i++;
    if (i == lb) return true;  /* equal, or one letter more at the end */
    if (la > lb) return strcmp(a + i + 1, b + i) == 0;
    if (strcmp(a + i + 1, b + i + 1) == 0) return true;
    return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && strcmp(a + i + 2, b + i + 2) == 0;
}

static unsigned long word_hash(const char *w, size_t n) {
    unsigned long h = 5381;
    for (size_t k = 0; k < n; k++) h = h * 33 + (unsigned char)ascii_fold((unsigned char)w[k]);
    return h | 1;
}

/* The first word of a name of two words or more, as a hash; 0 for one word. */
static unsigned long first_word_hash(const char *name) {
    const char *sp = strchr(name, ' ');
    return sp ? word_hash(name, (size_t)(sp - name)) : 0;
}

/* An order-free hash of the words of a name of two words or more; 0 for one word. */
static unsigned long word_set_hash(const char *name) {
    if (!strchr(name, ' ')) return 0;
    unsigned long h = 0;
    for (const char *w = name; *w;) {
        const char *e = strchr(w, ' ');
        size_t n = e ? (size_t)(e - w) : strlen(w);
        h += word_hash(w, n) * 2654435761ul;
        w += n + (e != NULL);
    }
    return h | 1;
}

/* Whether two names have the same words in another order ("Oligui Nguema Brice"). */
static bool same_words(const char *a, const char *b) {
    if (strlen(a) != strlen(b)) return false;
    for (const char *w = a; *w;) {
        const char *e = strchr(w, ' ');
        size_t n = e ? (size_t)(e - w) : strlen(w);
        bool found = false;
        for (const char *v = b; *v && !found;) {
            const char *f = strchr(v, ' ');
            size_t m = f ? (size_t)(f - v) : strlen(v);
            found = m == n && strncasecmp(v, w, n) == 0;
            v += m + (f != NULL);
        }
        if (!found) return false;
        w += n + (e != NULL);
    }
    return true;
}

/* Persons in hash buckets: head[h & (nb-1)] starts a chain through next[], in
 * person order; persons whose hash is 0 stay out. */
static void bucket_persons(const unsigned long *h, size_t n, size_t nb, size_t *head, size_t *next) {
    for (size_t b = 0; b < nb; b++) head[b] = SIZE_MAX;
    for (size_t p = n; p-- > 0;) {
        if (!h[p]) continue;
        next[p] = head[h[p] & (nb - 1)];
        head[h[p] & (nb - 1)] = p;
    }
}

typedef struct merge_state {
    size_t *target, *count;  /* where each person's mentions go; mentions per person */
} merge_state;

static void merge_person(mdoc *d, merge_state *ms, size_t keep, size_t drop) {
    person *pk = &d->persons[keep], *pd = &d->persons[drop];
    if (!pk->rank[0]) memcpy(pk->rank, pd->rank, sizeof pk->rank);
    if (!pk->post[0]) memcpy(pk->post, pd->post, sizeof pk->post);
    pk->senior |= pd->senior;
    pk->in_scope |= pd->in_scope;
    pk->out_titled |= pd->out_titled;
    ms->target[drop] = keep;
    ms->count[keep] += ms->count[drop];
}

/* One report names one person in several forms; this joins them, keeping the
 * mentions apart from other persons:
 * - a second mention misspelt by one letter ("Alexander Dvorknikov" after
 *   "Alexander Dvornikov") when the first names agree: to the form named more often;
 * - the same words in another order ("Oligui Nguema Brice"): to the first form seen;
 * - "General Tomás" after "Tomás Ribeiro Paiva": a one-word name that is the first
 *   name of exactly one person.
 * Persons are bucketed by hash and only small buckets compared pairwise, so this
 * stays linear in the number of persons. */
static bool merge_name_variants(mdoc *d) {
    enum { MIN_KEY = 6, MAX_BUCKET = 16 };
    size_t n = d->npersons;
    if (n < 2) return true;
    merge_state ms = {malloc(n * sizeof(size_t)), calloc(n, sizeof(size_t))};
    unsigned long *fh = malloc(n * sizeof *fh), *sh = malloc(n * sizeof *sh);
    size_t nb = 1;
    while (nb < 2 * n) nb <<= 1;
    size_t *head = malloc(nb * sizeof *head), *next = malloc(n * sizeof *next);
    bool ok = ms.target && ms.count && fh && sh && head && next;
    if (ok) {
        for (size_t m = 0; m < d->nments; m++) ms.count[d->ments[m].person]++;
        for (size_t p = 0; p < n; p++) {
            ms.target[p] = p;
            fh[p] = first_word_hash(d->persons[p].name);
            sh[p] = word_set_hash(d->persons[p].name);
        }
        bucket_persons(sh, n, nb, head, next);
        for (size_t b = 0; b < nb; b++)
            for (size_t p = head[b], len = 0; p != SIZE_MAX && len < MAX_BUCKET; p = next[p], len++)
                for (size_t q = next[p]; q != SIZE_MAX; q = next[q])
                    if (sh[p] == sh[q] && ms.target[p] == p && ms.target[q] == q &&
                        same_words(d->persons[p].name, d->persons[q].name))
                        merge_person(d, &ms, p, q);
        bucket_persons(fh, n, nb, head, next);
        for (size_t b = 0; b < nb; b++)
            for (size_t p = head[b], len = 0; p != SIZE_MAX && len < MAX_BUCKET; p = next[p], len++)
                for (size_t q = next[p]; q != SIZE_MAX; q = next[q]) {
                    if (fh[p] != fh[q] || ms.target[q] != q || ms.target[p] != p) continue;
                    if (strlen(d->persons[p].key) < MIN_KEY || strlen(d->persons[q].key) < MIN_KEY) continue;
                    if (!one_edit_apart(d->persons[p].key, d->persons[q].key)) continue;
                    /* the more mentioned spelling; on a tie the one a namesake shares
                     * ("Gerasimov" beside "Valery Gerasimov", not "Gerasimova") */
                    size_t cq = 2 * ms.count[q] + namesake_spelling(d, d->persons[q].key),
                           cp = 2 * ms.count[p] + namesake_spelling(d, d->persons[p].key);
                    size_t keep = cq > cp ? q : p;
                    merge_person(d, &ms, keep, keep == p ? q : p);
                }
        for (size_t p = 0; p < n; p++) {
            if (fh[p] || ms.target[p] != p) continue;
            unsigned long h = word_hash(d->persons[p].name, strlen(d->persons[p].name));
            size_t found = SIZE_MAX, len = 0;
            bool ambiguous = false;  /* two persons of that first name: neither */
            for (size_t q = head[h & (nb - 1)]; q != SIZE_MAX && len <= MAX_BUCKET && !ambiguous;
                 q = next[q], len++)
                if (fh[q] == h && ms.target[q] == q) {
                    if (found == SIZE_MAX) found = q;
                    else ambiguous = strcmp(d->persons[q].key, d->persons[found].key) != 0;
                }
            if (found != SIZE_MAX && !ambiguous) merge_person(d, &ms, found, p);
        }
        for (size_t m = 0; m < d->nments; m++) d->ments[m].person = (int)ms.target[d->ments[m].person];
    }
    free(ms.target);
    free(ms.count);
    free(fh);
    free(sh);
    free(head);
    free(next);
    return ok;
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
    for (size_t s = 0; s < nspans; s++) {
        d->sents[s].headline = is_headline(d, s);
        if (!find_mentions(d, lx, s)) return false;
    }
    if (!merge_name_variants(d)) return false;
    for (size_t p = 0; p < d->npersons; p++) d->persons[p].headline_only = true;
    for (size_t m = 0; m < d->nments; m++)
        if (!d->sents[d->ments[m].sent].headline) d->persons[d->ments[m].person].headline_only = false;
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
