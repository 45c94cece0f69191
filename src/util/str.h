/* str.h -- small string helpers shared by all stages. */
#ifndef BRASS_STR_H
#define BRASS_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

char *str_dup(const char *s);               /* NULL-safe strdup */
char *str_ndup(const char *s, size_t n);
/* Copies src into dst (cap > 0 bytes), cut to fit, always NUL-terminated: what
 * snprintf(dst, cap, "%s", src) does, without parsing a format. */
void str_copy(char *dst, size_t cap, const char *src);
uint64_t str_hash64(const void *data, size_t len);  /* FNV-1a */
/* Checks UTF-8 (shortest forms, no surrogates, no NUL). Returns true if
 * valid; else sets *bad_offset to the first bad byte. */
bool str_utf8_valid(const char *s, size_t len, size_t *bad_offset);
bool str_starts_with(const char *s, const char *prefix);
bool str_ends_with(const char *s, const char *suffix);
bool str_is_iso_date(const char *s, size_t len);  /* YYYY-MM-DD, a real date */

#endif
