/* fuzz_attrib.c -- libFuzzer target: certainty, source and denial detection on any sentence. */
#include "extract/attrib.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static attrib_lexicons *fuzz_lx;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    if (!(fuzz_lx = attrib_lexicons_new())) abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    size_t len = size - 1, anchor = len ? data[0] * len / 256 : 0;
    char *s = malloc(len ? len : 1);
    if (!s) return 0;
    memcpy(s, data + 1, len);
    attrib a;
    attrib_of_sentence(fuzz_lx, s, len, anchor, &a);
    if (strnlen(a.source, sizeof a.source) >= sizeof a.source) abort();
    (void)attrib_is_denial(fuzz_lx, s, len, anchor);
    free(s);
    return 0;
}
