/* attrib.c -- certainty and source of a sentence's claim (first version: stub). */
#include "extract/attrib.h"

#include <stdlib.h>

struct attrib_lexicons {
    int unused;
};

attrib_lexicons *attrib_lexicons_new(void) { return calloc(1, sizeof(attrib_lexicons)); }

void attrib_lexicons_free(attrib_lexicons *lx) { free(lx); }

void attrib_of_sentence(const attrib_lexicons *lx, const char *s, size_t len, size_t anchor,
                        attrib *out) {
    out->certainty = BRASS_CONFIRMED;
    out->source[0] = '\0';
}

bool attrib_is_denial(const attrib_lexicons *lx, const char *s, size_t len, size_t anchor) {
    return false;
}
