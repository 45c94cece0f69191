/* fit.c -- whether two full names with different surname keys are one person: reordered words, an added middle name or nickname, a surname's spelling variants. */
#include "brass/resolve.h"
#include "resolve/fold.h"

#include <stdlib.h>
#include <string.h>

/* A name as the given-name keys of its words, titles skipped. */
typedef struct words {
    char *w[12];  /* longer names are not compared word by word */
    int n;
} words;

static void words_free(words *ws) {
    for (int i = 0; i < ws->n; i++) free(ws->w[i]);
    ws->n = 0;
}

/* Fills ws; false when out of memory or when the name has more words than fit. */
static bool words_of(const char *name, words *ws) {
    ws->n = 0;
    char *folded = fold_words(brass_name_skip_titles(name), false);
    if (!folded) return false;
    bool ok = true;
    for (char *save = NULL, *t = strtok_r(folded, " ", &save); ok && t; t = strtok_r(NULL, " ", &save)) {
        ok = ws->n < 12;
        char *k = ok ? brass_word_key(t) : NULL;
        ok = k != NULL;
        if (ok) ws->w[ws->n++] = k;
    }
    free(folded);
    if (!ok) words_free(ws);
    return ok;
}

static bool has_word(const words *ws, int from, const char *w) {
    for (int i = from; i < ws->n; i++)
        if (strcmp(ws->w[i], w) == 0) return true;
    return false;
}

/* Every word of a, counted, is in b as often (a and b equally long). */
static bool same_bag(const words *a, const words *b) {
    bool used[12] = {false};
    for (int i = 0; i < a->n; i++) {
        int j = 0;
        while (j < b->n && (used[j] || strcmp(a->w[i], b->w[j]) != 0)) j++;
        if (j == b->n) return false;
        used[j] = true;
    }
    return true;
}

/* "Mohamed Hamdan Daglo" and "Mohamed Daglo Hemedti": the same first name,
 * and the surname of one among the later words of the other. */
static bool adds_words(const words *a, const words *b) {
    return strlen(a->w[0]) > 2 && strcmp(a->w[0], b->w[0]) == 0 && has_word(b, 1, a->w[a->n - 1]);
}

bool brass_names_fit(const char *a, const char *b) {
    words wa, wb;
    if (!words_of(a, &wa)) return false;
    if (!words_of(b, &wb)) {
        words_free(&wa);
        return false;
    }
    bool fit = false;
    if (wa.n >= 2 && wb.n >= 2) {
        /* The same words in another order ("Oligui Nguema Brice"); two words
         * alone are not enough, "Ali Hassan" and "Hassan Ali" are two people. */
        if (wa.n == wb.n && wa.n >= 3 && same_bag(&wa, &wb)) fit = true;
        else fit = adds_words(&wa, &wb) || adds_words(&wb, &wa);
    }
    words_free(&wa);
    words_free(&wb);
    return fit;
}

/* Surname endings that spell one name two ways: Russian "yo" written "e"
 * (Moskalyov / Moskalev) and the feminine form of a man's surname
 * (Gerasimova / Gerasimov), both in keys (y already read as i). */
static const char *const endings[][2] = {{"iov", "ev"}, {"ova", "ov"}, {"eva", "ev"},
                                         {"ina", "in"}, {NULL, NULL}};

int brass_surname_variants(const char *key, char *out[2]) {
    int n = 0;
    size_t kl = strlen(key);
    out[0] = out[1] = NULL;
    for (int i = 0; endings[i][0] && n < 2; i++)
        for (int dir = 0; dir < 2 && n < 2; dir++) {
            const char *from = endings[i][dir], *to = endings[i][1 - dir];
            size_t fl = strlen(from), tl = strlen(to);
            /* A stem of three letters at least: "Ova" is no surname form. */
            if (kl < fl + 3 || strcmp(key + kl - fl, from) != 0) continue;
            char *v = malloc(kl - fl + tl + 1);
            if (!v) {
                free(out[0]);
                out[0] = NULL;
                return -1;
            }
            memcpy(v, key, kl - fl);
            strcpy(v + kl - fl, to);
            out[n++] = v;
        }
    return n;
}
