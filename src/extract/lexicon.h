/* lexicon.h -- the data/ lexicons as case-insensitive phrase tables.
 *
 * File format (data/NAME.txt): one entry per line; '#' starts a comment;
 * blank lines are skipped. An entry is a phrase, optionally followed by a tab
 * or " = " and a value (e.g. "lt. gen. = Lieutenant General"). Phrases are
 * matched case-insensitively (ASCII) on word boundaries. */
#ifndef BRASS_LEXICON_H
#define BRASS_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct lex lex;

/* Loads data/NAME.txt from the lexicons built into the binary. NULL when
 * there is no such lexicon or memory runs out. */
lex *lex_load(const char *name);
void lex_free(lex *lx);

/* The value of an exact phrase ("" when the entry has none), or NULL. */
static inline const char *lex_get(const lex *lx, const char *phrase, size_t len);

/* The longest entry that starts at s and ends on a word boundary: returns its
 * byte length (0 if none) and sets *value (may be NULL) to its value. */
static inline size_t lex_match(const lex *lx, const char *s, size_t len, const char **value);

/* ---- the first test of lex_match and lex_get, inline: asked at every word of a report ----
 *
 * A bit per byte triple that starts a phrase, indexed by the low five bits of
 * each byte. Those bits are the same in both cases of a letter, so no folding
 * is needed, and exact for letters, where nearly all the work is (a collision
 * only lets a word through to the exact test). A two-byte phrase sets its pair
 * with every third byte; one-byte phrases set a bit of singles instead, by the
 * low five bits of their byte. Every lex starts with one. */
typedef struct lex_prefilter {
    uint8_t triples[1 << 15 >> 3];
    uint32_t singles;
} lex_prefilter;

static inline unsigned lex_triple_bit(unsigned char a, unsigned char b, unsigned char c) {
    return (a & 31u) << 10 | (b & 31u) << 5 | (c & 31u);
}

/* lex_match and lex_get past the first test. */
size_t lex_match_slow(const lex *lx, const char *s, size_t len, const char **value);
const char *lex_get_slow(const lex *lx, const char *phrase, size_t len);

/* May an entry start with these bytes? A phrase of two bytes set its pair with
 * every third byte, so 0 stands for the third; one byte asks the singles. */
static inline bool lex_may_start(const lex *lx, const char *s, size_t len) {
    const lex_prefilter *pre = (const lex_prefilter *)(const void *)lx;
    if (len >= 2) {
        unsigned char third = len >= 3 ? (unsigned char)s[2] : 0;
        unsigned bit = lex_triple_bit((unsigned char)s[0], (unsigned char)s[1], third);
        if (pre->triples[bit >> 3] >> (bit & 7) & 1) return true;
    }
    return pre->singles >> (s[0] & 31) & 1;
}

static inline const char *lex_get(const lex *lx, const char *phrase, size_t len) {
    if (!lx || len == 0 || !lex_may_start(lx, phrase, len)) return NULL;
    return lex_get_slow(lx, phrase, len);
}

static inline size_t lex_match(const lex *lx, const char *s, size_t len, const char **value) {
    if (!lx || len == 0 || !lex_may_start(lx, s, len)) return 0;  /* most words end here */
    return lex_match_slow(lx, s, len, value);
}

/* Number of entries (for tests). */
size_t lex_size(const lex *lx);

#endif
