/* resolve.h -- the resolve stage: name keys and canonical posts that tie reports together. */
#ifndef BRASS_RESOLVE_H
#define BRASS_RESOLVE_H

#include <stdbool.h>

/* Each returns a string the caller free()s, or NULL when out of memory. */

/* The scorer's person key (spec/events.md): the last word of the name, folded
 * to ASCII lower case, 'y' read as 'i', doubled letters collapsed.
 * "Valeriy Gerasimov" -> "gerasimov", "Zelenskyy" -> "zelenski"; "" if none. */
char *brass_name_key(const char *name);

/* The key of the given name (first word) with transliteration variants made
 * equal: Aleksandr/Alexander/Alexandr, Sergei/Sergey, Yevgeny/Evgeny, ...
 * An initial ("V.") gives a one-letter key. "" for a one-word name. */
char *brass_given_key(const char *name);

/* True when two given keys can name the same person: equal, or one is an
 * initial of the other, or one is unknown (""), or long keys one typo apart. */
int brass_given_compatible(const char *a, const char *b);

/* The name without leading ranks and titles ("Lt. Gen. Herzi Halevi" ->
 * "Herzi Halevi"): a pointer into name. The last word is always kept. */
const char *brass_name_skip_titles(const char *name);

/* The given-name key of one word ("Gwyn" -> "gwin"); the caller frees. */
char *brass_word_key(const char *word);

/* True when the two names share a forename (any word but the surname, by
 * given key): "Syed Asim Munir" and "Asim Munir". */
bool brass_forenames_overlap(const char *a, const char *b);

/* True when two keys of six letters or more are one edit apart: "umerov" and
 * "umierov", "dvornikov" and "dvorknikov"; shorter keys never are. */
bool brass_keys_one_typo(const char *a, const char *b);

/* True when two names with different surnames are one person's: the same
 * words of three or more in another order ("Oligui Nguema Brice"), or the same
 * first name with the other's surname among its later words ("Mohamed Hamdan
 * Daglo" / "Mohamed Daglo Hemedti"). "Ivan Popov" never fits "Pavel Popov". */
bool brass_names_fit(const char *a, const char *b);

/* Other spellings of a surname key: "moskaliov" <-> "moskalev" (yo written e),
 * "gerasimova" <-> "gerasimov" (the feminine form). Fills out[0..n-1] (the
 * caller frees each) and returns n (0 to 2), or -1 when out of memory. */
int brass_surname_variants(const char *key, char *out[2]);

/* A post's canonical form, so that "commander of the Southern Military
 * District" and "Southern Military District commander" are one post:
 * folded content words, role words ("commander", "minister", ...) first.
 * "" when nothing is left. */
char *brass_post_canon(const char *post);

/* True when one canonical post's words all appear in the other's (or either
 * is empty): "commander" is compatible with "commander southern military district". */
int brass_post_compatible(const char *a, const char *b);

#endif
