/* fuzz_read.c -- libFuzzer target: one input file of a format (FUZZ_EXT) through brass_reader.
 * The bytes go to a temporary file so that the reader's real path is taken: format by
 * extension, opening, gzip detection, every document and error until the end. */
#include "brass.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef FUZZ_EXT
#define FUZZ_EXT ".txt"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char path[64];
    snprintf(path, sizeof path, "/tmp/brass-fuzz-%ld" FUZZ_EXT, (long)getpid());
    FILE *fp = fopen(path, "wb");
    if (!fp) abort();
    if (size && fwrite(data, 1, size, fp) != size) abort();
    fclose(fp);
    brass_error err;
    brass_reader *r = brass_reader_new(BRASS_INPUT_AUTO, &err);
    if (!r || brass_reader_add(r, path, &err) != BRASS_OK) abort();
    brass_doc *doc;
    int rc, guard = 0;
    while ((rc = brass_reader_next(r, &doc, &err)) != 0 && guard++ < 100000) {
        if (rc < 0) {
            if (!err.msg[0]) abort();  /* every error says what */
            continue;
        }
        /* a document holds valid UTF-8 text; touch every accessor */
        if (strlen(brass_doc_text(doc)) != brass_doc_text_len(doc)) abort();
        (void)brass_doc_id(doc), (void)brass_doc_url(doc), (void)brass_doc_title(doc);
        (void)brass_doc_date(doc), (void)brass_doc_hash(doc);
        brass_doc_free(doc);
    }
    if (guard > 100000) abort();  /* the reader must end */
    brass_reader_free(r);
    unlink(path);
    return 0;
}
