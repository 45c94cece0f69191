/* ascii.h -- the C locale's character classes, by table lookup.
 *
 * brass never sets a locale, so isalpha(3) and friends answer these same
 * questions; but they go through a table pointer per call, and the scanners of
 * the extract stage ask them of every byte of every report. Bytes >= 0x80 (UTF-8)
 * are in no class here, as in the C locale. */
#ifndef BRASS_ASCII_H
#define BRASS_ASCII_H

#include <stdbool.h>

enum { ASCII_SPACE = 1, ASCII_ALPHA = 2, ASCII_DIGIT = 4, ASCII_UPPER = 8, ASCII_LOWER = 16 };
extern const unsigned char ascii_classes[256];  /* ASCII_* bits of each byte */

static inline bool ascii_is_alpha(unsigned char c) { return ascii_classes[c] & ASCII_ALPHA; }
static inline bool ascii_is_digit(unsigned char c) { return ascii_classes[c] & ASCII_DIGIT; }
static inline bool ascii_is_alnum(unsigned char c) { return ascii_classes[c] & (ASCII_ALPHA | ASCII_DIGIT); }
static inline bool ascii_is_upper(unsigned char c) { return ascii_classes[c] & ASCII_UPPER; }
static inline bool ascii_is_lower(unsigned char c) { return ascii_classes[c] & ASCII_LOWER; }
/* space, \t, \n, \v, \f, \r */
static inline bool ascii_is_space(unsigned char c) { return ascii_classes[c] & ASCII_SPACE; }
/* tolower of the C locale: an upper-case letter gains 32 */
static inline unsigned char ascii_fold(unsigned char c) {
    return (unsigned char)(c | (ascii_classes[c] & ASCII_UPPER) << 2);
}

#endif
