/* fuzz_date.c -- libFuzzer target: the event-date parser on any sentence, anchor and report date. */
#include "extract/date.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* a found date is YYYY, YYYY-MM or YYYY-MM-DD */
static void check_iso(const char *out) {
    size_t n = strnlen(out, 11);
    if (n != 4 && n != 7 && n != 10) abort();
    for (size_t i = 0; i < n; i++)
        if ((i == 4 || i == 7) ? out[i] != '-' : (out[i] < '0' || out[i] > '9')) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2) return 0;
    /* byte 0 picks the anchor, byte 1 whether the report has a date */
    size_t len = size - 2;
    size_t anchor = len ? data[0] * len / 256 : 0;
    const char *doc_date = data[1] & 1 ? "2024-02-29" : NULL;
    /* the sentence is not NUL-terminated: a copy of exactly len bytes lets ASan see overreads */
    char *s = malloc(len ? len : 1);
    if (!s) return 0;
    memcpy(s, data + 2, len);
    char first[11], out[11];
    memset(first, 'x', sizeof first);
    int found = date_of_event(NULL, s, len, anchor, doc_date, first);
    if (found > 0) check_iso(first);
    memset(out, 'x', sizeof out);
    if (date_in_sentence(NULL, s, len, anchor, doc_date, out) > 0) check_iso(out);
    /* through a memo, twice (the second time from the memo): the memo changes no answer */
    date_memo *memo = date_memo_new();
    if (memo) {
        for (int k = 0; k < 2; k++) {
            memset(out, 'x', sizeof out);
            int again = date_of_event(memo, s, len, anchor, doc_date, out);
            if (again != found || (again > 0 && strcmp(out, first) != 0)) abort();
            if (date_near_event(memo, s, len, len - anchor, doc_date, out, 160) > 0) check_iso(out);
        }
        date_memo_free(memo);
    }
    free(s);
    return 0;
}
