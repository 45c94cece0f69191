/* lexicon.c -- the data/ lexicons as case-insensitive phrase hash tables. */
#include "extract/lexicon.h"
#include "util/ascii.h"
#include "util/str.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct brass_data_file {
    const char *name;
    const char *text;
};
extern const struct brass_data_file brass_data_files[];

typedef struct lex_entry {
    char *phrase;  /* lower case */
    char *value;
    size_t len;
    struct lex_entry *next;
} lex_entry;

/* The prefilter of lex_match: for each first word a phrase starts with, the
 * longest phrase starting with it. A text matches a phrase only where it
 * starts with the same first word (words end where lex_match's phrase ends
 * may), so most places of a text are turned away by one probe, and the rest
 * scan no further than their longest candidate. */
typedef struct lex_first {
    size_t hash;      /* fold hash of the first word; slot empty when max_len is 0 */
    size_t max_len;
    /* For the phrases that go on past the first word: a bit per low five bits
     * of the next word's first byte ("in his place": 'h'), so that "in the"
     * stops at "in"; next_any when one goes on with no word ("photo:"). */
    uint32_t next;
    bool next_any;
} lex_first;

struct lex {
    lex_prefilter pre;  /* first: lex_match (lexicon.h) reads it through the lex pointer */
    lex_entry **slots;
    size_t nslots, count;  /* nslots: a power of two, so a slot is a mask away (no division) */
    size_t max_len;  /* longest phrase, bytes */
    lex_first *firsts;
    size_t nfirsts;  /* a power of two */
};

/* the prefilter folds a few bytes for every word of a text */
static unsigned char fold(char c) { return ascii_fold((unsigned char)c); }

static void set_triple(lex *lx, unsigned char a, unsigned char b, unsigned char c) {
    unsigned bit = lex_triple_bit(a, b, c);
    lx->pre.triples[bit >> 3] |= (uint8_t)(1u << (bit & 7));
}

/* FNV-1a of the lower-cased bytes, one byte at a time so that lex_match can
 * hash every prefix of a text in a single pass. */
#define FOLD_HASH_SEED ((size_t)1469598103934665603ULL)

static size_t fold_hash_step(size_t h, char c) { return (h ^ fold(c)) * (size_t)1099511628211ULL; }

static size_t fold_hash(const char *s, size_t n) {
    size_t h = FOLD_HASH_SEED;
    for (size_t i = 0; i < n; i++) h = fold_hash_step(h, s[i]);
    return h;
}

/* FNV-1a's low bits are mixed poorly: fold the high ones in, as first_slot does */
static size_t slot_of(const lex *lx, size_t hash) { return (hash ^ hash >> 29) & (lx->nslots - 1); }

static lex_first *first_slot(const lex *lx, size_t hash) {
    size_t mask = lx->nfirsts - 1;
    for (size_t i = (hash ^ hash >> 29) & mask;; i = (i + 1) & mask)
        if (lx->firsts[i].hash == hash || lx->firsts[i].max_len == 0) return &lx->firsts[i];
}

static bool is_word_char(unsigned char c) { return c >= 0x80 || ascii_is_alnum(c); }

/* May a phrase of s end after n bytes: not inside a word. */
static bool at_word_end(const char *s, size_t len, size_t n) {
    return n >= len || !is_word_char((unsigned char)s[n]) || !is_word_char((unsigned char)s[n - 1]);
}

static bool fold_equal(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (fold(a[i]) != fold(b[i])) return false;
    return true;
}

static char *trim_dup(const char *s, size_t n, bool lower) {
    while (n && ascii_is_space((unsigned char)*s)) s++, n--;
    while (n && ascii_is_space((unsigned char)s[n - 1])) n--;
    char *p = str_ndup(s, n);
    if (p && lower)
        for (char *q = p; *q; q++) *q = (char)ascii_fold((unsigned char)*q);
    return p;
}

/* Adds one line of a lexicon file; returns false on out of memory. */
static bool add_line(lex *lx, const char *line, size_t n) {
    const char *hash = memchr(line, '#', n);
    if (hash) n = (size_t)(hash - line);
    const char *sep = memchr(line, '\t', n);
    size_t seplen = 1;
    if (!sep) {
        for (size_t i = 0; i + 3 <= n; i++)
            if (memcmp(line + i, " = ", 3) == 0) {
                sep = line + i;
                seplen = 3;
                break;
            }
    }
    size_t plen = sep ? (size_t)(sep - line) : n;
    char *phrase = trim_dup(line, plen, true);
    char *value = sep ? trim_dup(sep + seplen, n - plen - seplen, false) : str_dup("");
    if (!phrase || !value) {
        free(phrase);
        free(value);
        return false;
    }
    size_t len = strlen(phrase);
    /* blank, or a repeat: first wins (lex_get_slow: the prefilter is built after) */
    if (len == 0 || lex_get_slow(lx, phrase, len)) {
        free(phrase);
        free(value);
        return true;
    }
    lex_entry *e = malloc(sizeof *e);
    if (!e) {
        free(phrase);
        free(value);
        return false;
    }
    e->phrase = phrase;
    e->value = value;
    e->len = len;
    size_t slot = slot_of(lx, fold_hash(phrase, len));
    e->next = lx->slots[slot];
    lx->slots[slot] = e;
    lx->count++;
    if (len > lx->max_len) lx->max_len = len;
    return true;
}

static bool build_prefilter(lex *lx) {
    lx->nfirsts = 16;
    while (lx->nfirsts < lx->count * 2) lx->nfirsts *= 2;
    lx->firsts = calloc(lx->nfirsts, sizeof *lx->firsts);
    if (!lx->firsts) return false;
    for (size_t i = 0; i < lx->nslots; i++)
        for (lex_entry *e = lx->slots[i]; e; e = e->next) {
            size_t n = 1;
            while (!at_word_end(e->phrase, e->len, n)) n++;
            size_t hash = fold_hash(e->phrase, n);
            lex_first *f = first_slot(lx, hash);
            f->hash = hash;
            if (e->len > f->max_len) f->max_len = e->len;
            size_t k = n;
            while (k < e->len && !is_word_char((unsigned char)e->phrase[k])) k++;
            if (k < e->len) f->next |= 1u << (e->phrase[k] & 31);
            else if (e->len > n) f->next_any = true;
            const unsigned char *p = (const unsigned char *)e->phrase;
            if (e->len >= 3) set_triple(lx, p[0], p[1], p[2]);
            else if (e->len == 2)
                for (unsigned char c = 0; c < 32; c++) set_triple(lx, p[0], p[1], c);
            else
                lx->pre.singles |= 1u << (p[0] & 31);
        }
    return true;
}

lex *lex_load(const char *name) {
    const char *text = NULL;
    for (const struct brass_data_file *f = brass_data_files; f->name; f++)
        if (strcmp(f->name, name) == 0) text = f->text;
    if (!text) return NULL;
    size_t lines = 1;
    for (const char *p = text; *p; p++) lines += *p == '\n';
    lex *lx = calloc(1, sizeof *lx);
    if (!lx) return NULL;
    lx->nslots = 16;
    while (lx->nslots < lines * 2) lx->nslots *= 2;
    lx->slots = calloc(lx->nslots, sizeof *lx->slots);
    if (!lx->slots) {
        free(lx);
        return NULL;
    }
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (!add_line(lx, p, n)) {
            lex_free(lx);
            return NULL;
        }
        p += n + (nl ? 1 : 0);
    }
    if (!build_prefilter(lx)) {
        lex_free(lx);
        return NULL;
    }
    return lx;
}

void lex_free(lex *lx) {
    if (!lx) return;
    for (size_t i = 0; i < lx->nslots; i++) {
        for (lex_entry *e = lx->slots[i], *next; e; e = next) {
            next = e->next;
            free(e->phrase);
            free(e->value);
            free(e);
        }
    }
    free(lx->slots);
    free(lx->firsts);
    free(lx);
}

const char *lex_get_slow(const lex *lx, const char *phrase, size_t len) {
    for (lex_entry *e = lx->slots[slot_of(lx, fold_hash(phrase, len))]; e; e = e->next)
        if (e->len == len && fold_equal(e->phrase, phrase, len)) return e->value;
    return NULL;
}

size_t lex_match_slow(const lex *lx, const char *s, size_t len, const char **value) {
    /* one pass forward: the folded hash of every prefix that ends on a word
     * boundary (the hash is built byte by byte, so each costs nothing extra);
     * the first word's decides how far to go; then the longest that is an entry */
    size_t ends[256], hashes[256], nends = 0, limit = len;
    size_t h = FOLD_HASH_SEED;
    bool in_word = is_word_char((unsigned char)s[0]);  /* s[n - 1] is a word byte */
    for (size_t n = 1; n <= limit; n++) {
        h = fold_hash_step(h, s[n - 1]);
        bool next_in_word = n < len && is_word_char((unsigned char)s[n]);
        bool at_end = !in_word || !next_in_word;  /* at_word_end(s, len, n), one byte looked at */
        in_word = next_in_word;
        if (!at_end) continue;
        if (nends == 0) {
            const lex_first *f = first_slot(lx, h);
            if (f->max_len < n) return 0;  /* no phrase starts with this word */
            if (f->max_len < limit) limit = f->max_len;
            if (limit > n && !f->next_any) {  /* can a longer phrase go on with the next word? */
                size_t k = n;
                while (k < limit && !is_word_char((unsigned char)s[k])) k++;
                if (k >= limit || !(f->next >> (s[k] & 31) & 1)) limit = n;
            }
        }
        if (nends == sizeof ends / sizeof *ends) break;
        ends[nends] = n;
        hashes[nends++] = h;
    }
    while (nends-- > 0) {
        size_t n = ends[nends];
        for (lex_entry *e = lx->slots[slot_of(lx, hashes[nends])]; e; e = e->next)
            if (e->len == n && fold_equal(e->phrase, s, n)) {
                if (value) *value = e->value;
                return n;
            }
    }
    return 0;
}

size_t lex_size(const lex *lx) { return lx ? lx->count : 0; }
