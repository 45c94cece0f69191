/* name.c -- person name keys: the scorer's surname key and a transliteration-proof given-name key. */
#include "brass/resolve.h"
#include "resolve/fold.h"
#include "util/str.h"

#include <stdlib.h>
#include <string.h>

/* Replaces every "from" in s by "to" (to no longer than from), in place. */
static void replace_all(char *s, const char *from, const char *to) {
    size_t fl = strlen(from), tl = strlen(to);
    char *r = s, *w = s;
    while (*r) {
        if (strncmp(r, from, fl) == 0) {
            memcpy(w, to, tl);
            w += tl;
            r += fl;
        } else {
            *w++ = *r++;
        }
    }
    *w = 0;
}

char *brass_name_key(const char *name) {
    char *words = fold_words(name, false);
    if (!words) return NULL;
    char *last = strrchr(words, ' ');
    char *key = str_dup(last ? last + 1 : words);
    free(words);
    if (!key) return NULL;
    for (char *p = key; *p; p++)
        if (*p == 'y') *p = 'i';
    fold_collapse_doubles(key);
    return key;
}

char *brass_given_key(const char *name) {
    char *words = fold_words(name, false);
    if (!words) return NULL;
    char *sp = strchr(words, ' ');
    if (!sp) {  /* one word: a surname alone */
        words[0] = 0;
        return words;
    }
    *sp = 0;
    /* Room for "x" -> "ks", the only rule that grows the word. */
    char *key = malloc(2 * strlen(words) + 1);
    if (!key) {
        free(words);
        return NULL;
    }
    size_t o = 0;
    for (const char *p = words; *p; p++) {
        if (*p == 'x') {
            key[o++] = 'k';
            key[o++] = 's';
        } else {
            key[o++] = *p == 'y' ? 'i' : *p;
        }
    }
    key[o] = 0;
    free(words);
    if (strlen(key) > 1) {
        replace_all(key, "kh", "h");  /* Mikhail / Mihail */
        if (strncmp(key, "ie", 2) == 0) memmove(key, key + 1, strlen(key));  /* Yevgeny / Evgeny */
        fold_collapse_doubles(key);  /* Valerii / Valeri */
        size_t n = strlen(key);
        if (n > 4 && strcmp(key + n - 2, "er") == 0) {  /* Alexander / Aleksandr */
            key[n - 2] = 'r';
            key[n - 1] = 0;
        }
    }
    return key;
}

int brass_given_compatible(const char *a, const char *b) {
    if (!a || !b || !*a || !*b) return 1;
    if (strcmp(a, b) == 0) return 1;
    /* An initial matches any name it starts. */
    if (strlen(a) == 1) return a[0] == b[0];
    if (strlen(b) == 1) return a[0] == b[0];
    return 0;
}
