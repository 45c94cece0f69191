/* fuzz_score.c -- libFuzzer target: the scorer on a gold line and a prediction line (split at the first newline). */
#include "brass.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    char *pred = strchr(text, '\n');
    if (pred) *pred++ = '\0';
    brass_score *sc = brass_score_new();
    brass_error err;
    brass_score_add_line(sc, text, 1, "gold", &err);
    if (pred) brass_score_add_line(sc, pred, 0, "pred", &err);
    for (int flags = 0; flags < 3; flags++) {
        char *out = brass_score_report(sc, flags, &err);
        if (!out) abort();
        free(out);
    }
    brass_score_free(sc);
    char *k = brass_name_key(text);
    free(k);
    (void)brass_same_person(text, pred);
    (void)brass_post_f1(text, pred);
    free(text);
    return 0;
}
