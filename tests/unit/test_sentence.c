/* test_sentence.c -- sentence splitting: abbreviations, initials, quotes, debris paragraphs. */
#include "extract/lexicon.h"
#include "extract/sentence.h"
#include "harness.h"

#include <stdlib.h>

static long split(const char *t, sent_span **out) {
    lex *abbr = lex_load("abbreviations"), *debris = lex_load("debris");
    lex *anywhere = lex_load("debris_anywhere");
    long n = sent_split(abbr, debris, anywhere, t, strlen(t), out);
    lex_free(abbr);
    lex_free(debris);
    lex_free(anywhere);
    return n;
}

TEST(abbreviations_do_not_end_sentences) {
    const char *t = "Lt. Gen. Tom Reed met Col. Ann Bay in the U.S. on Jan. 5. They talked.";
    sent_span *s = NULL;
    CHECK_INT(split(t, &s), 2);
    CHECK_INT(s[0].start, 0);
    CHECK(t[s[0].end - 1] == '.');
    CHECK_INT(s[1].start, strlen(t) - strlen("They talked."));
    free(s);
}

TEST(initials_and_quotes) {
    const char *t = "\"He is gone.\" J. K. Doe said so! Is it true? Yes.";
    sent_span *s = NULL;
    CHECK_INT(split(t, &s), 4);
    CHECK(t[s[0].end - 1] == '"');
    free(s);
}

TEST(paragraphs_are_numbered) {
    const char *t = "One here.\n\nTwo here. Three here.\n";
    sent_span *s = NULL;
    CHECK_INT(split(t, &s), 3);
    CHECK_INT(s[0].para, 0);
    CHECK_INT(s[1].para, 1);
    CHECK_INT(s[2].para, 1);
    free(s);
}

TEST(debris_is_dropped) {
    const char *t = "Advertisement\nimage source, Some Agency\nRead more: a general was fired\n"
                    "\xe2\x80\xa2 Another story about a general\nSign up for our newsletter today.\n"
                    "The real sentence.\n";
    sent_span *s = NULL;
    CHECK_INT(split(t, &s), 1);
    CHECK(strncmp(t + s[0].start, "The real sentence.", 18) == 0);
    free(s);
}

TEST(debris_anywhere_in_short_paragraphs_only) {
    /* a plea anywhere in a short paragraph (its first word too) drops it; a long
     * paragraph of report text that mentions a newsletter stays */
    char t[800] = "Newsletter: the week in defence.\nTo get it, sign up for alerts.\nThe colonel spoke.\n";
    strcat(t, "The general, who wrote a newsletter for officers,");
    for (int k = 0; k < 40; k++) strcat(t, " was praised");
    strcat(t, ".\n");
    sent_span *s = NULL;
    CHECK_INT(split(t, &s), 2);
    CHECK(strncmp(t + s[0].start, "The colonel spoke.", 18) == 0);
    CHECK(strncmp(t + s[1].start, "The general, who wrote", 22) == 0);
    free(s);
}

TEST(empty_text) {
    sent_span *s = NULL;
    CHECK_INT(split("", &s), 0);
    free(s);
}

TEST(bulleted_sentences_are_text_menus_are_not) {
    const char *text = "* Home\n- Politics\n- \"The general took over the northern army after the failed assault on the "
                       "capital in the first weeks of the war.\"\n";
    sent_span *spans = NULL;
    long n = split(text, &spans);
    CHECK_INT(n, 1);
    free(spans);
}
