/* fuzz_doc.c -- libFuzzer target: brass_doc_from_text (UTF-8 check, date line) on any bytes. */
#include "brass.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    brass_error err;
    brass_doc *doc = brass_doc_from_text("fuzz", "fuzz.txt", (const char *)data, size, &err);
    if (doc) {
        const char *date = brass_doc_date(doc);
        if (date && strlen(date) != 10) __builtin_trap();
        if (strlen(brass_doc_text(doc)) != brass_doc_text_len(doc)) __builtin_trap();
    }
    brass_doc_free(doc);
    return 0;
}
