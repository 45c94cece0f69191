/* fuzz_extract.c -- libFuzzer target: the whole extractor on any valid document. */
#include "brass.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* built once: building it per input would measure lexicon loading, not extraction */
static brass_extractor *fuzz_ex;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    fuzz_ex = brass_extractor_new(NULL);
    if (!fuzz_ex) abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    brass_doc *doc = brass_doc_from_text("fuzz", "fuzz.txt", (const char *)data, size, NULL);
    if (!doc) return 0;
    brass_error err;
    brass_events *evs = brass_extract(fuzz_ex, doc, &err);
    if (evs) {
        size_t len = brass_doc_text_len(doc);
        for (size_t i = 0; i < brass_events_count(evs); i++) {
            const brass_event *ev = brass_events_at(evs, i);
            /* evidence offsets lie inside the body, and every event names someone */
            if (brass_event_evidence_start(ev) > brass_event_evidence_end(ev) ||
                brass_event_evidence_end(ev) > len)
                abort();
            if (!brass_event_get(ev, BRASS_F_PERSON)) abort();
        }
        char *json = brass_json_doc_events(doc, evs);
        if (!json) abort();
        free(json);
    }
    brass_events_free(evs);
    brass_doc_free(doc);
    return 0;
}
