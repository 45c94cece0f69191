/* simhash.c -- 64-bit SimHash over 3-word shingles: near-duplicate reports
 * (the same wire story on two sites, a page with a changed footer) end up a
 * few bits apart, unrelated reports about 32 bits apart. */
#include "read/simhash.h"

#include <stdbool.h>

#define SHINGLE 3

/* splitmix64's finaliser: spreads a word hash so every output bit depends on
 * every input bit -- SimHash needs the 64 bits to be independent. */
static uint64_t mix64(uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

static bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* FNV-1a of the next word at *pos (lowercased); false when no word is left. */
static bool next_word(const unsigned char *p, size_t len, size_t *pos, uint64_t *hash) {
    size_t i = *pos;
    while (i < len && !is_word_byte(p[i])) i++;
    if (i == len) {
        *pos = i;
        return false;
    }
    uint64_t h = 1469598103934665603ULL;
    for (; i < len && is_word_byte(p[i]); i++) {
        unsigned char c = p[i];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        h = (h ^ c) * 1099511628211ULL;
    }
    *pos = i;
    *hash = h;
    return true;
}

/* The vote of every feature on each of the 64 bits, counted eight bits at a
 * time: each byte of a feature spreads into eight one-byte counters packed in
 * a uint64 (a multiply does the spreading, bit i landing in byte 7 - i), so a
 * feature costs eight additions instead of sixty-four; the packed counters are
 * flushed before any could pass 255. Profiled: the per-bit loop was a twelfth
 * of ingest's time. */
typedef struct votes {
    uint64_t packed[8];  /* packed[j] byte k: the ones of bit 8j + 7 - k since the last flush */
    int64_t ones[64];
    size_t features, pending;
} votes;

static void flush_votes(votes *v) {
    for (int j = 0; j < 8; j++) {
        for (int k = 0; k < 8; k++) v->ones[8 * j + 7 - k] += (int64_t)((v->packed[j] >> (8 * k)) & 0xff);
        v->packed[j] = 0;
    }
    v->pending = 0;
}

static void add_feature(votes *v, uint64_t f) {
    for (int j = 0; j < 8; j++)
        v->packed[j] += ((((f >> (8 * j)) & 0xff) * 0x8040201008040201ULL) >> 7) & 0x0101010101010101ULL;
    v->features++;
    if (++v->pending == 255) flush_votes(v);
}

uint64_t simhash_text(const char *text, size_t len) {
    const unsigned char *p = (const unsigned char *)text;
    votes v = {{0}, {0}, 0, 0};
    uint64_t window[SHINGLE] = {0};
    size_t words = 0, pos = 0;
    uint64_t h;
    while (next_word(p, len, &pos, &h)) {
        window[words % SHINGLE] = h;
        words++;
        if (words < SHINGLE) continue;
        /* order matters within a shingle: rotate each word hash by its place */
        uint64_t f = 0;
        for (size_t k = 0; k < SHINGLE; k++) {
            uint64_t w = window[(words - SHINGLE + k) % SHINGLE];
            f ^= (w << (k * 21)) | (w >> ((64 - k * 21) % 64));
        }
        add_feature(&v, mix64(f));
    }
    if (words == 0) return 0;
    if (words < SHINGLE)
        for (size_t k = 0; k < words; k++) add_feature(&v, mix64(window[k]));
    flush_votes(&v);
    /* a bit is set when more features have it than not: 2 * ones - features > 0 */
    uint64_t out = 0;
    for (int b = 0; b < 64; b++)
        if (2 * v.ones[b] > (int64_t)v.features) out |= (uint64_t)1 << b;
    return out;
}
