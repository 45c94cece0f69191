/* attrib.h -- how a sentence presents its claim: fact, attributed, or hedged, and by whom. */
#ifndef BRASS_ATTRIB_H
#define BRASS_ATTRIB_H

#include "brass/extract.h"

#include <stdbool.h>
#include <stddef.h>

/* The hedge / attribution lexicons: loaded once, immutable, thread-safe. */
typedef struct attrib_lexicons attrib_lexicons;
attrib_lexicons *attrib_lexicons_new(void);  /* NULL on out of memory */
void attrib_lexicons_free(attrib_lexicons *lx);

typedef struct attrib {
    brass_certainty certainty;
    char source[200];  /* who the sentence attributes it to, as written; "" if none */
} attrib;

/* Certainty and source of the claim at byte offset anchor of sentence s (len
 * bytes). Hedges ("allegedly", "if confirmed") outrank attribution ("X said");
 * an official announcer ("the Defence Ministry said") gives BRASS_CONFIRMED
 * with that source. */
void attrib_of_sentence(const attrib_lexicons *lx, const char *s, size_t len, size_t anchor,
                        attrib *out);

/* True when the sentence tells that something was confirmed ("his death was
 * confirmed by ...", "the ministry confirms") and hedges nothing. */
bool attrib_confirms(const attrib_lexicons *lx, const char *s, size_t len);

/* True when the sentence denies the event at anchor ("denied reports that he
 * was fired", "has not been dismissed", "remains in his post", "is alive"). */
bool attrib_is_denial(const attrib_lexicons *lx, const char *s, size_t len, size_t anchor);

#endif
