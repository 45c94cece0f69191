/* fold.c -- Unicode text folded to ASCII lower-case words, the base of every key. */
#include "resolve/fold.h"
#include "util/ascii.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static bool is_ascii(const char *s) {
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80) return false;
    return true;
}

/* s with its ASCII letters in lower case and every other byte kept (malloc'd). */
static utf8proc_uint8_t *fold_bytes(const char *s) {
    size_t len = strlen(s);
    utf8proc_uint8_t *out = malloc(len + 1);
    if (out)
        for (size_t i = 0; i <= len; i++) out[i] = ascii_fold((unsigned char)s[i]);
    return out;
}

char *fold_words(const char *s, bool digits) {
    if (!s) s = "";
    utf8proc_uint8_t *folded = NULL;
    /* ASCII (most names and posts) needs only its case folded: NFKD and mark
     * stripping change nothing there, so utf8proc's tables are skipped. Else
     * NFKD with marks stripped and case folded: "Tōkyō" -> "tokyo", as
     * unicodedata.normalize("NFKD") + dropping combining marks does. */
    bool ascii = is_ascii(s);
    utf8proc_ssize_t n = ascii ? 0
                               : utf8proc_map((const utf8proc_uint8_t *)s, 0, &folded,
                                              UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPAT |
                                                  UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
    if (ascii || n < 0) {
        /* ASCII; or invalid UTF-8, which cannot reach here from a checked document */
        free(folded);
        folded = fold_bytes(s);
        if (!folded) return NULL;
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
