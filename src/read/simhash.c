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

static void add_feature(int32_t votes[64], uint64_t f) {
    for (int b = 0; b < 64; b++) votes[b] += (int32_t)((f >> b) & 1) * 2 - 1;
}

uint64_t simhash_text(const char *text, size_t len) {
    const unsigned char *p = (const unsigned char *)text;
    int32_t votes[64] = {0};
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
        add_feature(votes, mix64(f));
    }
    if (words == 0) return 0;
    if (words < SHINGLE)
        for (size_t k = 0; k < words; k++) add_feature(votes, mix64(window[k]));
    uint64_t out = 0;
    for (int b = 0; b < 64; b++)
        if (votes[b] > 0) out |= (uint64_t)1 << b;
    return out;
}
