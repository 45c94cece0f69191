/* cmd_timeline.c -- `brass timeline`: merged events across reports, each with its sources. */
#include "cli/query_opts.h"

#include <getopt.h>
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
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},    {"type", required_argument, NULL, 't'},
        {"person", required_argument, NULL, 'p'}, {"since", required_argument, NULL, 's'},
        {"until", required_argument, NULL, 'u'}, {"format", required_argument, NULL, 'f'},
        {"help", no_argument, NULL, 'h'},        {NULL, 0, NULL, 0}};
    const char *db = NULL;
    brass_query q = {0};
    table_format fmt = TABLE_TEXT;
    brass_event_type type;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "d:t:p:s:u:f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 't':
            if (brass_event_type_parse(optarg, &type) != BRASS_OK)
                return cli_usage_error("timeline", "unknown event type '%s'", optarg);
            q.type = optarg;
            break;
        case 'p': q.person = optarg; break;
        case 's':
            if (query_check_date("timeline", "--since", optarg)) return 2;
            q.since = optarg;
            break;
        case 'u':
            if (query_check_date("timeline", "--until", optarg)) return 2;
            q.until = optarg;
            break;
        case 'f':
            if (table_format_parse(optarg, &fmt) != 0)
                return cli_usage_error("timeline", "unknown format '%s' (table, json or csv)", optarg);
            break;
        case 'h': usage(stdout); return 0;
        default: return cli_usage_error("timeline", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc) return cli_usage_error("timeline", "unexpected argument '%s'", argv[optind]);
    brass_store *st = query_open(db);
    if (!st) return 1;
    brass_error err = {0};
    char *text = brass_store_timeline(st, &q, &err);
    brass_store_close(st);
    static const char *const cols[] = {"id", "date", "type", "person", "post", "certainty",
                                       "sources", "conflicts", NULL};
    return query_print(text, &err, NULL, cols, fmt);
}
