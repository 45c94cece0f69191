/* fuzz_store.c -- libFuzzer target: extracted documents stored and queried back (an in-memory store). */
#include "brass.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static brass_extractor *fuzz_ex;
static brass_store *fuzz_st;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    fuzz_ex = brass_extractor_new(NULL);
    fuzz_st = brass_store_open(":memory:", NULL);
    if (!fuzz_ex || !fuzz_st) abort();
    return 0;
}

static int count_event(void *ud, const char *doc_id, const brass_event *ev) {
    (void)doc_id, (void)ev;
    ++*(size_t *)ud;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    brass_doc *doc = brass_doc_from_text("fuzz", "fuzz.txt", (const char *)data, size, NULL);
    if (!doc) return 0;
    brass_error err;
    brass_events *evs = brass_extract(fuzz_ex, doc, &err);
    if (evs) {
        int rc = brass_store_add(fuzz_st, doc, evs, &err);
        if (rc < 0 && err.code != BRASS_ERR_INPUT) abort();
        /* the same content again is a duplicate: nothing added */
        if (rc >= 0 && brass_store_add(fuzz_st, doc, evs, &err) != 0) abort();
        /* query by the first event's person and by dates made of the input */
        brass_query q = {0};
        if (brass_events_count(evs)) q.person = brass_event_get(brass_events_at(evs, 0), BRASS_F_PERSON);
        size_t n = 0;
        if (brass_store_events(fuzz_st, &q, count_event, &n, &err) < 0) abort();
        q.since = brass_doc_text(doc);
        q.until = "2024-02";
        if (brass_store_events(fuzz_st, &q, count_event, &n, &err) < 0 && err.code != BRASS_ERR_USAGE) abort();
    }
    brass_events_free(evs);
    brass_doc_free(doc);
    return 0;
}
