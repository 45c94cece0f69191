/* lexicon.h -- the data/ lexicons as case-insensitive phrase tables.
 *
 * File format (data/NAME.txt): one entry per line; '#' starts a comment;
 * blank lines are skipped. An entry is a phrase, optionally followed by a tab
 * or " = " and a value (e.g. "lt. gen. = Lieutenant General"). Phrases are
 * matched case-insensitively (ASCII) on word boundaries. */
#ifndef BRASS_LEXICON_H
#define BRASS_LEXICON_H

#include <stddef.h>

typedef struct lex lex;

/* Loads data/NAME.txt from the lexicons built into the binary. NULL when
 * there is no such lexicon or memory runs out. */
lex *lex_load(const char *name);
void lex_free(lex *lx);

/* The value of an exact phrase ("" when the entry has none), or NULL. */
const char *lex_get(const lex *lx, const char *phrase, size_t len);

/* The longest entry that starts at s and ends on a word boundary: returns its
 * byte length (0 if none) and sets *value (may be NULL) to its value. */
size_t lex_match(const lex *lx, const char *s, size_t len, const char **value);

/* Number of entries (for tests). */
size_t lex_size(const lex *lx);

#endif
