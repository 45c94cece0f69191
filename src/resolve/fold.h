/* fold.h -- Unicode text folded to ASCII lower-case words, the base of every key. */
#ifndef BRASS_FOLD_H
#define BRASS_FOLD_H

#include <stdbool.h>
#include <stddef.h>

/* Folds s (NFKD, marks stripped, lower case) and splits it into words of
 * [a-z] (and [0-9] when digits is true), as the scorer's regular expressions do.
 * Returns the words joined by single spaces (the caller frees), or NULL when
 * out of memory; "" when there is no word. */
char *fold_words(const char *s, bool digits);

/* Collapses runs of one repeated byte in place ("zelenskii" -> "zelenski"). */
void fold_collapse_doubles(char *s);

#endif
