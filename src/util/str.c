/* str.c -- small string helpers shared by all stages. */
#include "util/str.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

char *str_dup(const char *s) { return s ? str_ndup(s, strlen(s)) : NULL; }

char *str_ndup(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

uint64_t str_hash64(const void *data, size_t len) {
    const unsigned char *p = data;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

void str_copy(char *dst, size_t cap, const char *src) {
    size_t n = strlen(src);
    if (n >= cap) n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

bool str_utf8_valid(const char *s, size_t len, size_t *bad_offset) {
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t i = 0;
    while (i < len) {
        /* eight ASCII bytes at a time, none of them NUL: most of any text */
        uint64_t w;
        while (len - i >= 8 && (memcpy(&w, p + i, 8), (w & 0x8080808080808080ULL) == 0) &&
               ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) == 0)
            i += 8;
        if (i >= len) break;
        if (p[i] < 0x80) {  /* one ASCII byte */
            if (p[i] == 0) break;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) break;
        i += (size_t)n;
    }
    if (i < len && bad_offset) *bad_offset = i;
    return i >= len;
}

bool str_starts_with(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool str_ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && memcmp(s + a - b, suffix, b) == 0;
}

bool str_is_iso_date(const char *s, size_t len) {
    if (len < 10) return false;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-') return false;
        } else if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
