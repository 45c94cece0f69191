/* doc.c -- brass_doc: one report's body text and what is known about it. */
#include "brass/core.h"
#include "read/simhash.h"
#include "util/str.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct brass_doc {
    char *id;
    char *origin;
    char *url;
    char *title;
    char *date;
    char *text;
    size_t len;
    char hash[17];      /* "" until first asked for: extract never needs it */
    bool simhash_done;  /* computed lazily: extract never needs it, ingest does */
    uint64_t simhash;
};

/* A first line " date YYYY-MM-DD ..." gives the report's date. Returns the
 * length of that line including its newline, or 0 if there is none. */
static size_t date_line(const char *text, size_t len, char date[11]) {
    static const char tag[] = " date ";
    size_t t = sizeof tag - 1;
    if (len < t + 10 || memcmp(text, tag, t) != 0) return 0;
    if (!str_is_iso_date(text + t, len - t)) return 0;
    if (len > t + 10 && text[t + 10] != ' ' && text[t + 10] != '\n' && text[t + 10] != '\r') return 0;
    memcpy(date, text + t, 10);
    date[10] = '\0';
    const char *nl = memchr(text, '\n', len);
    size_t end = nl ? (size_t)(nl - text) : len;
    /* scrapers often glue the lead paragraph onto the date line: when the rest
     * of the line holds a sentence end it is body text, so only the tag goes */
    for (size_t i = t + 11; i + 1 < end; i++)
        if (text[i] == '.' && text[i + 1] == ' ') return t + 11;
    /* a lead of one sentence ends the line with its full stop; titles do not */
    size_t last = end;
    while (last > t + 11 && (text[last - 1] == '\r' || text[last - 1] == ' ')) last--;
    if (last > t + 11 && text[last - 1] == '.') return t + 11;
    return nl ? end + 1 : len;
}

brass_doc *brass_doc_from_text(const char *id, const char *origin, const char *text, size_t len,
                               brass_error *err) {
    const char *where = origin ? origin : (id ? id : "-");
    size_t bad;
    if (!str_utf8_valid(text, len, &bad)) {
        if (text[bad] == '\0')
            brass_error_set(err, BRASS_ERR_INPUT, where, "NUL byte at offset %zu: not a text file", bad);
        else
            brass_error_set(err, BRASS_ERR_INPUT, where, "invalid UTF-8 at byte offset %zu", bad);
        return NULL;
    }
    brass_doc *doc = calloc(1, sizeof *doc);
    if (!doc) goto nomem;
    char date[11];
    size_t skip = date_line(text, len, date);
    doc->id = str_dup(id ? id : "-");
    doc->origin = str_dup(where);
    doc->text = str_ndup(text + skip, len - skip);
    if (!doc->id || !doc->origin || !doc->text) goto nomem;
    doc->len = len - skip;
    if (skip && !(doc->date = str_dup(date))) goto nomem;
    return doc;
nomem:
    brass_doc_free(doc);
    brass_error_set(err, BRASS_ERR_NOMEM, where, "out of memory reading document");
    return NULL;
}

void brass_doc_free(brass_doc *doc) {
    if (!doc) return;
    free(doc->id);
    free(doc->origin);
    free(doc->url);
    free(doc->title);
    free(doc->date);
    free(doc->text);
    free(doc);
}

const char *brass_doc_id(const brass_doc *doc) { return doc->id; }
const char *brass_doc_origin(const brass_doc *doc) { return doc->origin; }
const char *brass_doc_url(const brass_doc *doc) { return doc->url; }
const char *brass_doc_title(const brass_doc *doc) { return doc->title; }
const char *brass_doc_date(const brass_doc *doc) { return doc->date; }
const char *brass_doc_text(const brass_doc *doc) { return doc->text; }
size_t brass_doc_text_len(const brass_doc *doc) { return doc->len; }
const char *brass_doc_hash(const brass_doc *doc) {
    if (!doc->hash[0]) {
        brass_doc *d = (brass_doc *)doc;  /* a cache: the text it hashes never changes */
        snprintf(d->hash, sizeof d->hash, "%016" PRIx64, str_hash64(doc->text, doc->len));
    }
    return doc->hash;
}

uint64_t brass_doc_simhash(const brass_doc *doc) {
    if (!doc->simhash_done) {
        /* the cache is not part of the doc's value: docs are always malloc'd,
         * never const objects, so writing through the cast is defined */
        brass_doc *d = (brass_doc *)doc;
        d->simhash = simhash_text(doc->text, doc->len);
        d->simhash_done = true;
    }
    return doc->simhash;
}

int brass_simhash_distance(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }

static int set_field(char **field, const char *value) {
    char *copy = NULL;
    if (value && !(copy = str_dup(value))) return BRASS_ERR_NOMEM;
    free(*field);
    *field = copy;
    return BRASS_OK;
}

int brass_doc_set_url(brass_doc *doc, const char *url) { return set_field(&doc->url, url); }
int brass_doc_set_title(brass_doc *doc, const char *title) { return set_field(&doc->title, title); }
int brass_doc_set_date(brass_doc *doc, const char *date) { return set_field(&doc->date, date); }
