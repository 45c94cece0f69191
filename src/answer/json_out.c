/* json_out.c -- a document's events as one JSONL line, fields named as in the spec. */
#include "brass/answer.h"
#include "util/buf.h"
#include "util/str.h"

#include <stdio.h>
#include <string.h>

/* The line is written straight into a buffer rather than built as jansson
 * objects and dumped: this runs once per report on the extract path, where
 * the objects, their key hashes and the dump cost a sixth of all the time.
 * The bytes are those of jansson's JSON_COMPACT | JSON_PRESERVE_ORDER dump
 * (tests/unit/test_json_out.c compares the two). */

/* A JSON string: '"' and '\\' escaped, control characters as jansson writes
 * them, other bytes (UTF-8 included) as they are. Text that is not valid
 * UTF-8 (never expected: documents are checked when read) is written as
 * null, as no JSON string can hold it. */
static void put_string(buf *b, const char *s) {
    if (!s || !str_utf8_valid(s, strlen(s), &(size_t){0})) {
        buf_append(b, "null", 4);
        return;
    }
    buf_putc(b, '"');
    const char *run = s;  /* bytes not yet copied */
    for (const char *p = s;; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        buf_append(b, run, (size_t)(p - run));
        if (!c) break;
        switch (c) {
        case '"': buf_append(b, "\\\"", 2); break;
        case '\\': buf_append(b, "\\\\", 2); break;
        case '\b': buf_append(b, "\\b", 2); break;
        case '\f': buf_append(b, "\\f", 2); break;
        case '\n': buf_append(b, "\\n", 2); break;
        case '\r': buf_append(b, "\\r", 2); break;
        case '\t': buf_append(b, "\\t", 2); break;
        default: buf_printf(b, "\\u%04X", c); break;
        }
        run = p + 1;
    }
    buf_putc(b, '"');
}

/* ,"key": then the value: a string, or null for NULL. */
static void put_field(buf *b, const char *key, const char *value, bool first) {
    if (!first) buf_putc(b, ',');
    put_string(b, key);
    buf_putc(b, ':');
    put_string(b, value);
}

static void put_event(buf *b, const brass_event *ev) {
    buf_putc(b, '{');
    put_field(b, "type", brass_event_type_name(brass_event_type_of(ev)), true);
    for (int f = BRASS_F_PERSON; f < BRASS_FIELDS; f++) {
        if (f == BRASS_F_SOURCE)  /* keep the spec's order: certainty before source */
            put_field(b, "certainty", brass_certainty_name(brass_event_certainty(ev)), false);
        put_field(b, brass_field_name((brass_field)f), brass_event_get(ev, (brass_field)f), false);
    }
    char num[80];  /* one snprintf, not buf_printf's two passes */
    int n = snprintf(num, sizeof num, ",\"evidence_start\":%zu,\"evidence_end\":%zu}",
                     brass_event_evidence_start(ev), brass_event_evidence_end(ev));
    buf_append(b, num, (size_t)n);
}

char *brass_json_doc_events(const brass_doc *doc, const brass_events *events) {
    buf b = BUF_INIT;
    buf_putc(&b, '{');
    put_field(&b, "doc", brass_doc_id(doc), true);
    put_field(&b, "date", brass_doc_date(doc), false);
    if (brass_doc_url(doc)) put_field(&b, "url", brass_doc_url(doc), false);
    if (brass_doc_title(doc)) put_field(&b, "title", brass_doc_title(doc), false);
    buf_append(&b, ",\"events\":[", 11);
    for (size_t i = 0; i < brass_events_count(events); i++) {
        if (i) buf_putc(&b, ',');
        put_event(&b, brass_events_at(events, i));
    }
    buf_append(&b, "]}", 2);
    return buf_take(&b);  /* NULL when an allocation failed */
}
