/* core.h -- errors and documents, shared by every stage of libbrass. */
#ifndef BRASS_CORE_H
#define BRASS_CORE_H

#include <stddef.h>
#include <stdint.h>

#define BRASS_VERSION "0.1.0"

typedef enum brass_status {
    BRASS_OK = 0,
    BRASS_ERR_IO = -1,     /* a file or stream could not be read or written */
    BRASS_ERR_INPUT = -2,  /* the input is malformed (bad UTF-8, bad JSON, ...) */
    BRASS_ERR_NOMEM = -3,  /* out of memory */
    BRASS_ERR_DB = -4,     /* the database refused an operation */
    BRASS_ERR_USAGE = -5   /* the caller passed an invalid argument */
} brass_status;

/* What went wrong, for a person: `where` names the file (and line or byte
 * offset where that applies), `msg` says what is wrong there. */
typedef struct brass_error {
    brass_status code;
    char where[512];
    char msg[512];
} brass_error;

/* Fills err (when not NULL) and returns code; msg is printf-style. */
int brass_error_set(brass_error *err, brass_status code, const char *where, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
void brass_error_clear(brass_error *err);
const char *brass_status_name(brass_status code);

/* A document: one news report, its body as UTF-8 text, and what is known of it. */
typedef struct brass_doc brass_doc;

/* Makes a document from raw text: checks UTF-8 (no NUL bytes), and when the
 * first line has the form " date YYYY-MM-DD ..." takes the date from it and
 * leaves it out of the body. `id` is the document id; `origin` names where it
 * came from (a path) for error messages. Returns NULL with err set on bad input. */
brass_doc *brass_doc_from_text(const char *id, const char *origin, const char *text, size_t len,
                               brass_error *err);
void brass_doc_free(brass_doc *doc);

const char *brass_doc_id(const brass_doc *doc);
const char *brass_doc_origin(const brass_doc *doc);  /* path or "-"; never NULL */
const char *brass_doc_url(const brass_doc *doc);     /* or NULL */
const char *brass_doc_title(const brass_doc *doc);   /* or NULL */
const char *brass_doc_date(const brass_doc *doc);    /* "YYYY-MM-DD" or NULL */
const char *brass_doc_text(const brass_doc *doc);    /* body, NUL-terminated */
size_t brass_doc_text_len(const brass_doc *doc);
/* 64-bit FNV-1a of the body text, as 16 hex digits: the exact-duplicate key.
 * Computed on the first call and cached, as brass_doc_simhash. */
const char *brass_doc_hash(const brass_doc *doc);
/* 64-bit SimHash of the body over 3-word shingles (case-folded): the
 * near-duplicate key. Copies that differ in a footer or a trimmed tail (10% of
 * the text) are within BRASS_SIMHASH_NEAR bits of each other; unrelated
 * reports (measured on the dev corpus) are 18 or more apart, 32 on average.
 * 0 for a body with no words. Computed on the first call and cached in the
 * doc (so, like any call on a doc, not concurrently with another thread). */
uint64_t brass_doc_simhash(const brass_doc *doc);
#define BRASS_SIMHASH_NEAR 12
/* Number of bits in which two SimHashes differ (0..64). */
int brass_simhash_distance(uint64_t a, uint64_t b);

/* Setters for readers that learn more than the text gives (HTML, JSONL, WARC).
 * Each copies its argument; NULL clears the field. Return BRASS_OK or NOMEM. */
int brass_doc_set_url(brass_doc *doc, const char *url);
int brass_doc_set_title(brass_doc *doc, const char *title);
int brass_doc_set_date(brass_doc *doc, const char *date);

#endif
