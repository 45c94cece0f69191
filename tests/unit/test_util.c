/* test_util.c -- small helpers: character classes agree with ctype.h, bounded string copies. */
#include "util/ascii.h"
#include "util/str.h"
#include "harness.h"

#include <ctype.h>
#include <string.h>

TEST(classes_match_the_c_locale) {
    for (int c = 0; c < 256; c++) {
        unsigned char u = (unsigned char)c;
        CHECK(ascii_is_alpha(u) == (isalpha(c) != 0));
        CHECK(ascii_is_digit(u) == (isdigit(c) != 0));
        CHECK(ascii_is_alnum(u) == (isalnum(c) != 0));
        CHECK(ascii_is_upper(u) == (isupper(c) != 0));
        CHECK(ascii_is_lower(u) == (islower(c) != 0));
        CHECK(ascii_is_space(u) == (isspace(c) != 0));
        CHECK_INT(ascii_fold(u), tolower(c));
    }
}

TEST(str_copy_cuts_to_fit) {
    char out[6];
    str_copy(out, sizeof out, "Gen.");
    CHECK_STR(out, "Gen.");
    str_copy(out, sizeof out, "General");
    CHECK_STR(out, "Gener");
    str_copy(out, 1, "x");
    CHECK_STR(out, "");
}
