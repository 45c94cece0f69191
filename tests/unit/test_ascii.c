/* test_ascii.c -- the inline character classes agree with the C locale's ctype.h on every byte. */
#include "util/ascii.h"
#include "harness.h"

#include <ctype.h>

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
