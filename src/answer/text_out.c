/* text_out.c -- a document's events as readable lines for people. */
#include "brass/answer.h"
#include "util/buf.h"

static void field(buf *b, const char *label, const char *value) {
    if (value) buf_printf(b, "  %s: %s\n", label, value);
}

char *brass_text_doc_events(const brass_doc *doc, const brass_events *events) {
    buf b = BUF_INIT;
    size_t n = brass_events_count(events);
    buf_printf(&b, "%s%s%s: %zu event%s\n", brass_doc_id(doc), brass_doc_date(doc) ? " " : "",
               brass_doc_date(doc) ? brass_doc_date(doc) : "", n, n == 1 ? "" : "s");
    for (size_t i = 0; i < n; i++) {
        const brass_event *ev = brass_events_at(events, i);
        const char *rank = brass_event_get(ev, BRASS_F_RANK);
        buf_printf(&b, "- %s: %s%s%s (%s)\n", brass_event_type_name(brass_event_type_of(ev)),
                   rank ? rank : "", rank ? " " : "", brass_event_get(ev, BRASS_F_PERSON),
                   brass_certainty_name(brass_event_certainty(ev)));
        field(&b, "post", brass_event_get(ev, BRASS_F_POST));
        field(&b, "by", brass_event_get(ev, BRASS_F_BY));
        field(&b, "replacement", brass_event_get(ev, BRASS_F_REPLACEMENT));
        field(&b, "date", brass_event_get(ev, BRASS_F_DATE));
        field(&b, "source", brass_event_get(ev, BRASS_F_SOURCE));
        field(&b, "reason", brass_event_get(ev, BRASS_F_REASON));
        field(&b, "evidence", brass_event_get(ev, BRASS_F_EVIDENCE));
    }
    return buf_take(&b);
}
