/* test_lexicon.c -- lexicon lookups: case folding, values, longest match on word boundaries. */
#include "extract/lexicon.h"
#include "harness.h"

#include <string.h>

TEST(ranks_lexicon_loads) {
    lex *lx = lex_load("ranks");
    CHECK(lx != NULL);
    CHECK(lex_size(lx) > 0);
    lex_free(lx);
    CHECK(lex_load("no-such-lexicon") == NULL);
}

TEST(match_is_longest_and_case_insensitive) {
    lex *lx = lex_load("ranks");
    const char *v = NULL;
    const char *s = "Lieutenant General Ivan Petrov";
    size_t n = lex_match(lx, s, strlen(s), &v);
    CHECK_INT(n, strlen("Lieutenant General"));
    CHECK_STR(v, "Lieutenant General");
    s = "lt. gen. Petrov";
    n = lex_match(lx, s, strlen(s), &v);
    CHECK_INT(n, strlen("lt. gen."));
    CHECK_STR(v, "Lieutenant General");
    s = "Generalissimo";
    CHECK_INT(lex_match(lx, s, strlen(s), &v), 0);
    lex_free(lx);
}

TEST(short_phrases_pass_the_prefilter) {
    /* one- and two-letter entries ("a", "he") match at the start of any text,
     * whatever byte follows them, and only on a word boundary */
    lex *lx = lex_load("nonnames");
    const char *v = NULL;
    CHECK_INT(lex_match(lx, "A general", 9, &v), 1);
    CHECK_INT(lex_match(lx, "a", 1, &v), 1);
    CHECK_INT(lex_match(lx, "He said", 7, &v), 2);
    CHECK_INT(lex_match(lx, "he.", 3, &v), 2);
    CHECK_INT(lex_match(lx, "Hex key", 7, &v), 0);
    CHECK_INT(lex_match(lx, "Ax", 2, &v), 0);
    lex_free(lx);
}

TEST(phrases_past_the_first_word) {
    /* the next word's first letter decides whether a longer phrase may follow:
     * "in his place" is found, "in the place" stops at "in" (no entry there) */
    lex *lx = lex_load("triggers");
    const char *v = NULL;
    const char *s = "in his place, Colonel X";
    CHECK_INT(lex_match(lx, s, strlen(s), &v), strlen("in his place"));
    s = "in the place";
    CHECK_INT(lex_match(lx, s, strlen(s), &v), 0);
    s = "in his";
    CHECK_INT(lex_match(lx, s, strlen(s), &v), 0);
    lex_free(lx);
}
