/* date.c -- finds the date of an event in its sentence (first version: stub). */
#include "extract/date.h"

int date_of_event(const char *s, size_t len, size_t anchor, const char *doc_date, char out[11]) {
    (void)s;
    (void)len;
    (void)anchor;
    (void)doc_date;
    out[0] = '\0';
    return 0;
}
