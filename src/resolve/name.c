/* name.c -- person name keys: the scorer's surname key and a transliteration-proof given-name key. */
#include "brass/resolve.h"
#include "resolve/fold.h"
#include "util/str.h"

#include <stdbool.h>
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

/* Leading words that are ranks or titles, not names ("Lt. Gen.", "Colonel-General"). */
static const char *const title_words[] = {
    "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "brig",
    "brigadier", "adm", "admiral", "vice", "rear", "capt", "captain", "cmdr", "cdr",
    "commander", "sgt", "sergeant", "marshal", "field", "air", "army", "chief", "mr",
    "mrs", "ms", "dr", "president", "minister", "commodore", "gens", "ret", NULL};

static bool is_title(const char *w, size_t n) {
    for (int i = 0; title_words[i]; i++)
        if (strlen(title_words[i]) == n && strncmp(title_words[i], w, n) == 0) return true;
    return false;
}

const char *brass_name_skip_titles(const char *name) {
    if (!name) return NULL;
    const char *p = name;
    for (;;) {
        while (*p == ' ') p++;
        const char *end = strchr(p, ' ');
        if (!end) return p;  /* the last word is never a title */
        char *tok = str_ndup(p, (size_t)(end - p));
        char *words = tok ? fold_words(tok, false) : NULL;
        free(tok);
        bool title = words && *words;
        for (char *w = words; title && w && *w;) {
            size_t n = strcspn(w, " ");
            title = is_title(w, n);
            w += n + (w[n] == ' ');
        }
        free(words);
        if (!title) return p;
        p = end;
    }
}

/* Given names written from Ukrainian, and other variants the letter rules
 * miss, mapped to one form (keys after those rules). */
static const char *const given_variants[][2] = {
    {"oleksandr", "aleksandr"}, {"oleksi", "aleksei"},   {"oleksei", "aleksei"},
    {"aleksi", "aleksei"},      {"mihailo", "mihail"},   {"serhi", "sergei"},
    {"sergi", "sergei"},        {"andri", "andrei"},     {"dmitro", "dmitri"},
    {"volodimir", "vladimir"},  {"mikola", "nikolai"},   {"nikolai", "nikolai"},
    {"petro", "petr"},          {"piotr", "petr"},       {"pavlo", "pavel"},
    {"iurii", "iuri"},          {"evgenii", "evgeni"},   {"hennadi", "genadi"},
    {NULL, NULL}};

/* The key of one given name (a folded word). */
static char *given_word_key(const char *word) {
    /* Room for "x" -> "ks", the only rule that grows the word. */
    char *key = malloc(2 * strlen(word) + 1);
    if (!key) return NULL;
    size_t o = 0;
    for (const char *p = word; *p; p++) {
        if (*p == 'x') {
            key[o++] = 'k';
            key[o++] = 's';
        } else {
            key[o++] = *p == 'y' ? 'i' : *p;
        }
    }
    key[o] = 0;
    if (strlen(key) > 1) {
        replace_all(key, "kh", "h");  /* Mikhail / Mihail */
        if (strncmp(key, "ie", 2) == 0) memmove(key, key + 1, strlen(key));  /* Yevgeny / Evgeny */
        fold_collapse_doubles(key);  /* Valerii / Valeri */
        size_t n = strlen(key);
        if (n > 4 && strcmp(key + n - 2, "er") == 0) {  /* Alexander / Aleksandr */
            key[n - 2] = 'r';
            key[n - 1] = 0;
        }
        for (int i = 0; given_variants[i][0]; i++)
            if (strcmp(key, given_variants[i][0]) == 0) {
                strcpy(key, given_variants[i][1]);  /* never longer than the room */
                break;
            }
    }
    return key;
}

char *brass_given_key(const char *name) {
    char *words = fold_words(brass_name_skip_titles(name), false);
    if (!words) return NULL;
    char *sp = strchr(words, ' ');
    if (!sp) {  /* one word: a surname alone */
        words[0] = 0;
        return words;
    }
    *sp = 0;
    char *key = given_word_key(words);
    free(words);
    return key;
}

char *brass_word_key(const char *word) {
    char *words = fold_words(word, false);
    if (!words) return NULL;
    words[strcspn(words, " ")] = 0;
    char *key = given_word_key(words);
    free(words);
    return key;
}

bool brass_forenames_overlap(const char *a, const char *b) {
    char *wa = fold_words(brass_name_skip_titles(a), false);
    char *wb = fold_words(brass_name_skip_titles(b), false);
    bool found = false;
    /* Every word but the last (the surname) of each, compared by given key. */
    char *la = wa ? strrchr(wa, ' ') : NULL, *lb = wb ? strrchr(wb, ' ') : NULL;
    if (la && lb) {
        *la = 0;
        *lb = 0;
        for (char *x = wa; !found && *x;) {
            size_t xn = strcspn(x, " ");
            char save = x[xn];
            x[xn] = 0;
            char *kx = given_word_key(x);
            for (char *y = wb; kx && !found && *y;) {
                size_t yn = strcspn(y, " ");
                char sy = y[yn];
                y[yn] = 0;
                char *ky = given_word_key(y);
                found = ky && strlen(kx) > 2 && strcmp(kx, ky) == 0;
                free(ky);
                y[yn] = sy;
                y += yn + (sy == ' ');
            }
            free(kx);
            x[xn] = save;
            x += xn + (save == ' ');
        }
    }
    free(wa);
    free(wb);
    return found;
}

/* Levenshtein distance up to 2 (enough to tell "one typo" from "different"). */
static int edit_distance_small(const char *a, const char *b) {
    size_t n = strlen(a), m = strlen(b);
    if (n > m + 1 || m > n + 1) return 2;
    size_t i = 0;
    while (i < n && i < m && a[i] == b[i]) i++;
    /* After the common prefix the rest must match after one edit. */
    if (i == n && i == m) return 0;
    if (n == m) return strcmp(a + i + 1, b + i + 1) == 0 ? 1 : 2;
    if (n > m) return strcmp(a + i + 1, b + i) == 0 ? 1 : 2;
    return strcmp(a + i, b + i + 1) == 0 ? 1 : 2;
}

bool brass_keys_one_typo(const char *a, const char *b) {
    return a && b && strlen(a) >= 6 && strlen(b) >= 6 && edit_distance_small(a, b) <= 1;
}

int brass_given_compatible(const char *a, const char *b) {
    if (!a || !b || !*a || !*b) return 1;
    if (strcmp(a, b) == 0) return 1;
    /* An initial matches any name it starts. */
    if (strlen(a) == 1) return a[0] == b[0];
    if (strlen(b) == 1) return a[0] == b[0];
    return brass_keys_one_typo(a, b);  /* Abdourahamane / Abdourahmane */
}
