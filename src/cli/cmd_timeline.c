/* cmd_timeline.c -- `brass timeline`: merged events across reports, each with its sources. */
#include "cli/query_opts.h"

#include <stdio.h>

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass timeline [--db FILE] [--type TYPE] [--person NAME] [--since DATE]\n"
            "                      [--until DATE] [--format table|json|csv]\n"
            "\n"
            "Lists the real events in date order (undated last), one line for each event\n"
            "however many reports told it: reports of one type of event for one person\n"
            "with agreeing dates and posts are merged. Each merged event has an id (for\n"
            "'brass sources ID'), the strongest certainty of its sources, its sources and\n"
            "the conflicts between them (different dates, posts or successors; a death\n"
            "followed by later events of the person).\n"
            "\n"
            "Options:\n"
            "  -d, --db FILE        the database (default: $BRASS_DB, else brass.db)\n"
            "  -t, --type TYPE      only events of this type\n"
            "  -p, --person NAME    only this surname key\n"
            "  -s, --since DATE     dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)\n"
            "  -u, --until DATE     dated on or before DATE\n"
            "  -f, --format FMT     table (default; the sources and conflicts columns count\n"
            "                       them), json (see README.md, \"Queries and JSON output\")\n"
            "                       or csv\n"
            "  -h, --help           show this help\n"
            "\n"
            "Exit status: 0 success, 1 the database could not be read, 2 usage error.\n");
}

int cmd_timeline(int argc, char **argv) {
    const char *db = NULL;
    brass_query q = {0};
    table_format fmt = TABLE_TEXT;
    int rc = query_parse_filters("timeline", argc, argv, usage, &db, &q, &fmt);
    if (rc >= 0) return rc;
    brass_store *st = query_open(db);
    if (!st) return 1;
    brass_error err = {0};
    char *text = brass_store_timeline(st, &q, &err);
    brass_store_close(st);
    static const char *const cols[] = {"id", "date", "type", "person", "post", "certainty",
                                       "sources", "conflicts", NULL};
    return query_print(text, &err, NULL, cols, fmt);
}
