/* fold.c -- Unicode text folded to ASCII lower-case words, the base of every key. */
#include "resolve/fold.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

char *fold_words(const char *s, bool digits) {
    utf8proc_uint8_t *folded = NULL;
    /* NFKD with marks stripped and case folded: "Tōkyō" -> "tokyo", as
     * unicodedata.normalize("NFKD") + dropping combining marks does. */
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)(s ? s : ""), 0, &folded,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPAT |
                                          UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                          UTF8PROC_CASEFOLD);
    if (n < 0) {
        /* Invalid UTF-8 cannot reach here from a checked document; fold bytes. */
        free(folded);
        size_t len = strlen(s ? s : "");
        folded = malloc(len + 1);
        if (!folded) return NULL;
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)s[i];
            folded[i] = (c >= 'A' && c <= 'Z') ? (utf8proc_uint8_t)(c - 'A' + 'a') : c;
        }
        folded[len] = 0;
    }
    char *out = malloc(strlen((char *)folded) + 1);
    if (!out) {
        free(folded);
        return NULL;
    }
    size_t o = 0;
    bool in_word = false;
    for (const utf8proc_uint8_t *p = folded; *p; p++) {
        bool w = (*p >= 'a' && *p <= 'z') || (digits && *p >= '0' && *p <= '9');
        if (w) {
            if (!in_word && o > 0) out[o++] = ' ';
            out[o++] = (char)*p;
        }
        in_word = w;
    }
    out[o] = 0;
    free(folded);
    return out;
}

void fold_collapse_doubles(char *s) {
    size_t o = 0;
    for (size_t i = 0; s[i]; i++)
        if (o == 0 || s[o - 1] != s[i]) s[o++] = s[i];
    s[o] = 0;
}
