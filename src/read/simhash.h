/* simhash.h -- 64-bit SimHash of a text over word shingles, for near-duplicate detection. */
#ifndef BRASS_SIMHASH_H
#define BRASS_SIMHASH_H

#include <stddef.h>
#include <stdint.h>

/* The SimHash of text: words are runs of letters and digits (any byte >= 0x80
 * counts as a letter, so UTF-8 words stay whole), ASCII-lowercased; features
 * are overlapping 3-word shingles (the words themselves for shorter texts).
 * Returns 0 for a text with no words. */
uint64_t simhash_text(const char *text, size_t len);

#endif
