/* cmd_events.c -- `brass events`: stored events as each report gave them, filtered. */
#include "cli/query_opts.h"

#include <stdio.h>
#include <string.h>

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass events [--db FILE] [--type TYPE] [--person NAME] [--since DATE]\n"
            "                    [--until DATE] [--format table|json|csv]\n"
            "\n"
            "Lists the stored events one per report, as each report gave them, in date\n"
            "order (undated last). 'brass timeline' shows them merged across reports.\n"
            "\n"
            "Options:\n"
            "  -d, --db FILE        the database (default: $BRASS_DB, else brass.db)\n"
            "  -t, --type TYPE      dismissal, appointment, resignation, death, injury,\n"
            "                       arrest or award\n"
            "  -p, --person NAME    events of persons with this surname key (as the scorer\n"
            "                       compares names: 'Zelensky' finds 'Volodymyr Zelenskyy')\n"
            "  -s, --since DATE     dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD;\n"
            "                       dates compare on their common precision)\n"
            "  -u, --until DATE     dated on or before DATE\n"
            "  -f, --format FMT     table (default), json (an array of events with their\n"
            "                       \"doc\" and every field of spec/events.md) or csv\n"
            "  -h, --help           show this help\n"
            "\n"
            "Exit status: 0 success, 1 the database could not be read, 2 usage error.\n");
}

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static int add_row(void *ud, const char *doc, const brass_event *ev) {
    json_t *o = json_object();
    json_object_set_new(o, "doc", json_string(doc));
    json_object_set_new(o, "type", json_string(brass_event_type_name(brass_event_type_of(ev))));
    for (int f = BRASS_F_PERSON; f < BRASS_FIELDS; f++) {
        if (f == BRASS_F_SOURCE)
            json_object_set_new(o, "certainty", json_string(brass_certainty_name(brass_event_certainty(ev))));
        json_object_set_new(o, brass_field_name((brass_field)f), str_or_null(brass_event_get(ev, (brass_field)f)));
    }
    json_object_set_new(o, "evidence_start", json_integer((json_int_t)brass_event_evidence_start(ev)));
    json_object_set_new(o, "evidence_end", json_integer((json_int_t)brass_event_evidence_end(ev)));
    return json_array_append_new(ud, o) == 0 ? 0 : BRASS_ERR_NOMEM;
}

int cmd_events(int argc, char **argv) {
    const char *db = NULL;
    brass_query q = {0};
    table_format fmt = TABLE_TEXT;
    int rc = query_parse_filters("events", argc, argv, usage, &db, &q, &fmt);
    if (rc >= 0) return rc;
    brass_store *st = query_open(db);
    if (!st) return 1;
    brass_error err = {0};
    json_t *rows = json_array();
    rc = brass_store_events(st, &q, add_row, rows, &err);
    brass_store_close(st);
    char *text = rc == 0 ? json_dumps(rows, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(rows);
    if (rc != 0 && rc == BRASS_ERR_NOMEM) brass_error_set(&err, rc, "", "out of memory");
    static const char *const cols[] = {"date", "type", "person", "post", "certainty", "doc", NULL};
    return query_print(text, &err, NULL, cols, fmt);
}
