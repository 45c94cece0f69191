/* test_read_simhash.c -- brass_doc_simhash: near duplicates close, unrelated reports far. */
#include "brass.h"
#include "harness.h"

#include <stdio.h>
#include <string.h>

static const char base_text[] =
    "The defence ministry said on Tuesday that Major General Arlo Venn, who led the "
    "northern command for three years, had been relieved of his post after a review of "
    "supply failures along the eastern border. Colonel Mira Dask will act in his place "
    "until a permanent successor is named, the statement added. Officials declined to "
    "say whether the general would face further inquiry or be moved to another role.";

static uint64_t sim(const char *t) {
    brass_doc *d = brass_doc_from_text("x", NULL, t, strlen(t), NULL);
    uint64_t h = brass_doc_simhash(d);
    CHECK(h == brass_doc_simhash(d));  /* cached value is stable */
    brass_doc_free(d);
    return h;
}

TEST(identical_text_same_simhash) { CHECK_INT(brass_simhash_distance(sim(base_text), sim(base_text)), 0); }

TEST(case_and_punctuation_do_not_matter) {
    char t[sizeof base_text];
    memcpy(t, base_text, sizeof t);
    for (char *p = t; *p; p++) {
        if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32);
        else if (*p == ',') *p = ';';
    }
    CHECK_INT(brass_simhash_distance(sim(base_text), sim(t)), 0);
}

TEST(small_edit_is_near) {
    char t[sizeof base_text + 64];
    snprintf(t, sizeof t, "%s Read more at our site.", base_text);
    int d = brass_simhash_distance(sim(base_text), sim(t));
    if (d > BRASS_SIMHASH_NEAR) fprintf(stderr, "distance %d\n", d);
    CHECK(d <= BRASS_SIMHASH_NEAR);
}

TEST(unrelated_text_is_far) {
    const char *other =
        "Heavy rain closed three roads in the valley overnight and the town council asked "
        "residents to stay indoors while crews cleared fallen trees from the railway line. "
        "Schools will reopen on Thursday if the weather improves, a spokeswoman said.";
    CHECK(brass_simhash_distance(sim(base_text), sim(other)) > 12);
}

TEST(no_words_is_zero) {
    CHECK(sim("  ... !!! ") == 0);
    CHECK(sim("Two words") != 0);
}
