/* json_out.c -- a document's events as one JSONL line, fields named as in the spec. */
#include "brass/answer.h"

#include <jansson.h>
#include <stdlib.h>

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

/* jansson rejects invalid UTF-8; our strings are checked at read time, so a
 * failure here is out of memory. */
char *brass_json_doc_events(const brass_doc *doc, const brass_events *events) {
    json_t *root = json_object();
    json_t *list = json_array();
    if (!root || !list) goto fail;
    json_object_set_new(root, "doc", json_string(brass_doc_id(doc)));
    json_object_set_new(root, "date", str_or_null(brass_doc_date(doc)));
    if (brass_doc_url(doc)) json_object_set_new(root, "url", json_string(brass_doc_url(doc)));
    if (brass_doc_title(doc)) json_object_set_new(root, "title", json_string(brass_doc_title(doc)));
    for (size_t i = 0; i < brass_events_count(events); i++) {
        const brass_event *ev = brass_events_at(events, i);
        json_t *o = json_object();
        if (!o) goto fail;
        json_object_set_new(o, "type", json_string(brass_event_type_name(brass_event_type_of(ev))));
        for (int f = BRASS_F_PERSON; f < BRASS_FIELDS; f++) {
            if (f == BRASS_F_SOURCE)  /* keep the spec's order: certainty before source */
                json_object_set_new(o, "certainty",
                                    json_string(brass_certainty_name(brass_event_certainty(ev))));
            json_object_set_new(o, brass_field_name((brass_field)f),
                                str_or_null(brass_event_get(ev, (brass_field)f)));
        }
        json_object_set_new(o, "evidence_start", json_integer((json_int_t)brass_event_evidence_start(ev)));
        json_object_set_new(o, "evidence_end", json_integer((json_int_t)brass_event_evidence_end(ev)));
        json_array_append_new(list, o);
    }
    json_object_set_new(root, "events", list);
    list = NULL;
    char *out = json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(root);
    return out;
fail:
    json_decref(list);
    json_decref(root);
    return NULL;
}
