/* test_mention.c -- the person table of one report: many distinct names, keys found again through the index. */
#include "extract/mention.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct fixture {
    lex *abbr, *debris, *debris_anywhere, *ranks, *nonnames, *scope, *posts, *surnames_first;
    mention_lexicons mlx;
} fixture;

static bool fixture_open(fixture *f) {
    f->abbr = lex_load("abbreviations");
    f->debris = lex_load("debris");
    f->debris_anywhere = lex_load("debris_anywhere");
    f->ranks = lex_load("ranks");
    f->nonnames = lex_load("nonnames");
    f->scope = lex_load("scope");
    f->posts = lex_load("posts");
    f->surnames_first = lex_load("surnames_first");
    f->mlx = (mention_lexicons){f->abbr, f->ranks, f->nonnames, f->scope, f->posts, f->surnames_first};
    return f->abbr && f->debris && f->debris_anywhere && f->ranks && f->nonnames && f->scope && f->posts && f->surnames_first;
}

static void fixture_close(fixture *f) {
    lex_free(f->abbr);
    lex_free(f->debris);
    lex_free(f->debris_anywhere);
    lex_free(f->ranks);
    lex_free(f->nonnames);
    lex_free(f->scope);
    lex_free(f->surnames_first);
    lex_free(f->posts);
}

/* A made-up surname for number i: letters only, no doubled letters, none of them the same. */
static void surname(size_t i, char *out) {
    static const char cons[] = "bdfgklmnprstvz", vow[] = "aeiou";
    size_t k = 0;
    out[k++] = 'V';
    out[k++] = 'a';
    do {
        out[k++] = cons[i % 14];
        out[k++] = vow[(i / 14) % 5];
        i /= 70;
    } while (i);
    strcpy(out + k, "sk");
}

static int person_named(const mdoc *d, const char *name) {
    for (size_t p = 0; p < d->npersons; p++)
        if (strcmp(d->persons[p].name, name) == 0) return (int)p;
    return -1;
}

/* Thousands of distinct names (enough to grow the index many times), each named twice:
 * in full with a rank, then by surname alone; every person is found once and the
 * lone surname mentions link back to the full names. */
TEST(many_distinct_persons_are_each_found_once) {
    enum { N = 3000 };
    fixture f = {0};
    CHECK(fixture_open(&f));
    size_t cap = (size_t)N * 100, len = 0;
    char *text = malloc(cap);
    CHECK(text != NULL);
    if (!text) return;
    char sur[32];
    for (size_t i = 0; i < N; i++) {
        surname(i, sur);
        len += (size_t)snprintf(text + len, cap - len, "Colonel Piet %s spoke on Monday. ", sur);
    }
    for (size_t i = 0; i < N; i++) {
        surname(i, sur);
        len += (size_t)snprintf(text + len, cap - len, "Later %s left. ", sur);
    }
    sent_span *spans = NULL;
    long ns = sent_split(f.abbr, f.debris, f.debris_anywhere, text, len, &spans);
    CHECK_INT(ns, 2 * N);
    mdoc d;
    CHECK(ns > 0 && mdoc_build(&d, &f.mlx, text, spans, (size_t)ns));
    CHECK_INT(d.npersons, N);
    CHECK_INT(d.nments, 2 * N);
    char name[64];
    surname(N - 1, sur);
    snprintf(name, sizeof name, "Piet %s", sur);
    int last = person_named(&d, name);
    CHECK(last >= 0);
    CHECK_STR(d.persons[last >= 0 ? last : 0].rank, "Colonel");
    /* the lone-surname mention of the last name, in the last sentence */
    CHECK(d.nments > 0 && d.ments[d.nments - 1].person == last);
    for (size_t m = 0; m < d.nments && m < (size_t)N; m++)
        CHECK(d.ments[m].person == d.ments[m + N].person);
    mdoc_free(&d);
    free(spans);
    free(text);
    fixture_close(&f);
}

/* Spellings that fold to one key ("Zelenskyy", "Zelensky") are one person; the fuller name wins. */
TEST(folded_keys_join_one_person) {
    fixture f = {0};
    CHECK(fixture_open(&f));
    const char *text = "General Olek Zelenskyy spoke. General Zelensky left. General Ana Marr stayed.";
    sent_span *spans = NULL;
    long ns = sent_split(f.abbr, f.debris, f.debris_anywhere, text, strlen(text), &spans);
    mdoc d;
    CHECK(ns == 3 && mdoc_build(&d, &f.mlx, text, spans, (size_t)ns));
    CHECK_INT(d.npersons, 2);
    CHECK_STR(d.persons[0].name, "Olek Zelenskyy");
    CHECK_INT(d.nments, 3);
    CHECK(d.nments == 3 && d.ments[0].person == d.ments[1].person && d.ments[2].person == 1);
    mdoc_free(&d);
    free(spans);
    fixture_close(&f);
}
