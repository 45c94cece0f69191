/* lexicon.c -- the data/ lexicons as case-insensitive phrase hash tables. */
#include "extract/lexicon.h"
#include "util/str.h"

#include <ctype.h>
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

/* The prefilter of lex_match: for each folded prefix of up to PREFIX_LEN
 * bytes that starts a phrase, the longest phrase starting with it. Most
 * words of a text start no phrase, and are turned away with one probe. */
#define PREFIX_LEN 3
typedef struct lex_prefix {
    uint32_t key;  /* folded prefix bytes | length << 24; 0 = empty slot */
    uint32_t max_len;
} lex_prefix;

struct lex {
    lex_entry **slots;
    size_t nslots, count;
    size_t max_len;  /* longest phrase, bytes */
    lex_prefix *prefixes;
    size_t nprefixes;  /* a power of two */
};

/* ASCII lower case, as tolower in the C locale (brass never sets another),
 * inline: the prefilter folds a few bytes for every word of a text. */
static unsigned char fold(char c) {
    unsigned char u = (unsigned char)c;
    return u >= 'A' && u <= 'Z' ? (unsigned char)(u + 32) : u;
}

static uint32_t prefix_key(const char *s, size_t n) {
    uint32_t k = (uint32_t)n << 24;
    for (size_t i = 0; i < n; i++) k |= (uint32_t)fold(s[i]) << (8 * i);
    return k;
}

static lex_prefix *prefix_slot(const lex *lx, uint32_t key) {
    size_t mask = lx->nprefixes - 1;
    /* mixed so that every key bit reaches the low bits the mask keeps: the low
     * bits of key * odd depend on the first letter alone, and the prefixes of
     * one letter then probed long chains */
    uint32_t h = key * 2654435761u;
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    for (size_t i = h & mask;; i = (i + 1) & mask)
        if (lx->prefixes[i].key == key || lx->prefixes[i].key == 0) return &lx->prefixes[i];
}

/* The longest phrase that can start at s (0 if none): a phrase of PREFIX_LEN
 * bytes or more shares s's first PREFIX_LEN bytes; a shorter one is its own
 * prefix. */
static size_t prefix_limit(const lex *lx, const char *s, size_t len) {
    size_t limit = 0;
    uint32_t key = 0;
    for (size_t n = 1; n <= PREFIX_LEN && n <= len; n++) {
        key = (key & 0xffffffu) | (uint32_t)fold(s[n - 1]) << (8 * (n - 1)) | (uint32_t)n << 24;
        lex_prefix *p = prefix_slot(lx, key);
        if (p->key && p->max_len > limit) limit = p->max_len;
    }
    return limit;
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

static bool fold_equal(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (fold(a[i]) != fold(b[i])) return false;
    return true;
}

static char *trim_dup(const char *s, size_t n, bool lower) {
    while (n && isspace((unsigned char)*s)) s++, n--;
    while (n && isspace((unsigned char)s[n - 1])) n--;
    char *p = str_ndup(s, n);
    if (p && lower)
        for (char *q = p; *q; q++) *q = (char)tolower((unsigned char)*q);
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
    if (len == 0 || lex_get(lx, phrase, len)) {  /* blank, or a repeat: first wins */
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
    size_t slot = fold_hash(phrase, len) % lx->nslots;
    e->next = lx->slots[slot];
    lx->slots[slot] = e;
    lx->count++;
    if (len > lx->max_len) lx->max_len = len;
    return true;
}

static bool build_prefixes(lex *lx) {
    lx->nprefixes = 16;
    while (lx->nprefixes < lx->count * 2) lx->nprefixes *= 2;
    lx->prefixes = calloc(lx->nprefixes, sizeof *lx->prefixes);
    if (!lx->prefixes) return false;
    for (size_t i = 0; i < lx->nslots; i++)
        for (lex_entry *e = lx->slots[i]; e; e = e->next) {
            size_t n = e->len < PREFIX_LEN ? e->len : PREFIX_LEN;
            uint32_t key = prefix_key(e->phrase, n);
            lex_prefix *p = prefix_slot(lx, key);
            p->key = key;
            if (e->len > p->max_len) p->max_len = (uint32_t)e->len;
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
    lx->nslots = lines * 2 + 1;
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
    if (!build_prefixes(lx)) {
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
    free(lx->prefixes);
    free(lx);
}

const char *lex_get(const lex *lx, const char *phrase, size_t len) {
    if (!lx || len == 0) return NULL;
    for (lex_entry *e = lx->slots[fold_hash(phrase, len) % lx->nslots]; e; e = e->next)
        if (e->len == len && fold_equal(e->phrase, phrase, len)) return e->value;
    return NULL;
}

static bool is_word_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

size_t lex_match(const lex *lx, const char *s, size_t len, const char **value) {
    if (!lx || len == 0) return 0;
    size_t limit = prefix_limit(lx, s, len);  /* most words start no phrase: 0 */
    if (limit > len) limit = len;
    if (limit == 0) return 0;
    /* one pass forward: the folded hash of every prefix that ends on a word
     * boundary (the hash is built byte by byte, so each costs nothing extra);
     * then the longest of them that is an entry */
    size_t ends[256], hashes[256], nends = 0;
    size_t h = FOLD_HASH_SEED;
    for (size_t n = 1; n <= limit; n++) {
        h = fold_hash_step(h, s[n - 1]);
        if (n < len && is_word_char((unsigned char)s[n]) && is_word_char((unsigned char)s[n - 1]))
            continue;  /* would end inside a word */
        if (nends == sizeof ends / sizeof *ends) break;
        ends[nends] = n;
        hashes[nends++] = h;
    }
    while (nends-- > 0) {
        size_t n = ends[nends];
        for (lex_entry *e = lx->slots[hashes[nends] % lx->nslots]; e; e = e->next)
            if (e->len == n && fold_equal(e->phrase, s, n)) {
                if (value) *value = e->value;
                return n;
            }
    }
    return 0;
}

size_t lex_size(const lex *lx) { return lx ? lx->count : 0; }
