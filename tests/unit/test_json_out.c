/* test_json_out.c -- the JSONL line of a document's events: the same bytes as jansson's compact dump. */
#include "brass.h"
#include "harness.h"

#include <jansson.h>
#include <stdlib.h>

/* The reference: the line built as jansson objects and dumped, as brass did
 * before writing it directly. */
static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static char *jansson_line(const brass_doc *doc, const brass_events *events) {
    json_t *root = json_object(), *list = json_array();
    json_object_set_new(root, "doc", json_string(brass_doc_id(doc)));
    json_object_set_new(root, "date", str_or_null(brass_doc_date(doc)));
    if (brass_doc_url(doc)) json_object_set_new(root, "url", json_string(brass_doc_url(doc)));
    if (brass_doc_title(doc)) json_object_set_new(root, "title", json_string(brass_doc_title(doc)));
    for (size_t i = 0; i < brass_events_count(events); i++) {
        const brass_event *ev = brass_events_at(events, i);
        json_t *o = json_object();
        json_object_set_new(o, "type", json_string(brass_event_type_name(brass_event_type_of(ev))));
        for (int f = BRASS_F_PERSON; f < BRASS_FIELDS; f++) {
            if (f == BRASS_F_SOURCE)
                json_object_set_new(o, "certainty", json_string(brass_certainty_name(brass_event_certainty(ev))));
            json_object_set_new(o, brass_field_name((brass_field)f), str_or_null(brass_event_get(ev, (brass_field)f)));
        }
        json_object_set_new(o, "evidence_start", json_integer((json_int_t)brass_event_evidence_start(ev)));
        json_object_set_new(o, "evidence_end", json_integer((json_int_t)brass_event_evidence_end(ev)));
        json_array_append_new(list, o);
    }
    json_object_set_new(root, "events", list);
    char *out = json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(root);
    return out;
}

static void check_same(const brass_doc *doc, const brass_events *events) {
    char *ours = brass_json_doc_events(doc, events), *ref = jansson_line(doc, events);
    CHECK(ours != NULL && ref != NULL);
    if (ours && ref) CHECK_STR(ours, ref);
    free(ours);
    free(ref);
}

TEST(plain_document_without_events) {
    const char *text = " date 2024-05-01\nNothing happened.\n";
    brass_doc *doc = brass_doc_from_text("plain", "plain.txt", text, strlen(text), NULL);
    brass_events *ev = brass_events_new();
    check_same(doc, ev);
    char *line = brass_json_doc_events(doc, ev);
    CHECK_STR(line, "{\"doc\":\"plain\",\"date\":\"2024-05-01\",\"events\":[]}");
    free(line);
    brass_events_free(ev);
    brass_doc_free(doc);
}

/* Every ASCII control character, quotes, backslashes, slashes and multi-byte
 * UTF-8 (curly quotes, Cyrillic, U+2028) in every kind of field. */
TEST(escapes_match_jansson) {
    char ctrl[64];
    size_t k = 0;
    for (int c = 1; c < 0x20; c++) ctrl[k++] = (char)c;
    ctrl[k++] = 0x7f;
    ctrl[k] = 0;
    const char *text = "Body.\n";
    brass_doc *doc = brass_doc_from_text("d\"o\\c/1", "x.txt", text, strlen(text), NULL);
    brass_doc_set_url(doc, "https://example.org/a?b=1&c=\"2\"");
    brass_doc_set_title(doc, "Title \xe2\x80\x9cquoted\xe2\x80\x9d \xd0\x93\xd0\xb5\xd0\xbd. \xe2\x80\xa8 end");
    brass_events *ev = brass_events_new();
    const char *f[BRASS_FIELDS] = {0};
    f[BRASS_F_PERSON] = "Ivan \"Vanya\" Petrov\\";
    f[BRASS_F_RANK] = ctrl;
    f[BRASS_F_POST] = "commander of the 5th Army / \xd0\xa1\xd0\xb5\xd0\xb2\xd0\xb5\xd1\x80";
    f[BRASS_F_EVIDENCE] = "Line one.\nLine two\tafter a tab.\r\n";
    brass_events_add(ev, BRASS_DISMISSAL, BRASS_CONFIRMED, f, 3, 40);
    f[BRASS_F_PERSON] = "Olga Ko";
    f[BRASS_F_RANK] = NULL;
    f[BRASS_F_SOURCE] = "the ministry";
    f[BRASS_F_DATE] = "2024-05";
    brass_events_add(ev, BRASS_APPOINTMENT, BRASS_REPORTED, f, 0, 1234567);
    check_same(doc, ev);
    brass_events_free(ev);
    brass_doc_free(doc);
}
