/* cmd_sources.c -- `brass sources`: one merged event with the reports and sentences behind it. */
#include "cli/query_opts.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass sources [--db FILE] [--format table|json|csv] EVENT-ID\n"
            "\n"
            "Shows one merged event (an id from 'brass timeline' or 'brass person') and\n"
            "every report that told it: the document, its URL and date, the certainty in\n"
            "that report and the sentence that states it, then the conflicts between\n"
            "the reports.\n"
            "\n"
            "Options:\n"
            "  -d, --db FILE        the database (default: $BRASS_DB, else brass.db)\n"
            "  -f, --format FMT     table (default), json (the timeline object of the\n"
            "                       event) or csv (the sources)\n"
            "  -h, --help           show this help\n"
            "\n"
            "Exit status: 0 success, 1 no such event or the database could not be read,\n"
            "2 usage error.\n");
}

int cmd_sources(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                         {"format", required_argument, NULL, 'f'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *db = NULL;
    table_format fmt = TABLE_TEXT;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "d:f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'f':
            if (table_format_parse(optarg, &fmt) != 0)
                return cli_usage_error("sources", "unknown format '%s' (table, json or csv)", optarg);
            break;
        case 'h': usage(stdout); return 0;
        default: return cli_usage_error("sources", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind + 1 != argc) return cli_usage_error("sources", "give one EVENT-ID");
    char *end;
    errno = 0;
    long long id = strtoll(argv[optind], &end, 10);
    if (errno || *end || end == argv[optind] || id <= 0)
        return cli_usage_error("sources", "EVENT-ID is a positive number, not '%s'", argv[optind]);
    brass_store *st = query_open(db);
    if (!st) return 1;
    brass_error err = {0};
    char *text = brass_store_sources(st, id, &err);
    brass_store_close(st);
    if (text && fmt == TABLE_TEXT) {
        json_t *v = json_loads(text, 0, NULL);
        const char *post = json_string_value(json_object_get(v, "post"));
        const char *date = json_string_value(json_object_get(v, "date"));
        printf("#%lld %s of %s%s%s, %s, %s\n\n", id, json_string_value(json_object_get(v, "type")),
               json_string_value(json_object_get(v, "person")), post ? " as " : "", post ? post : "",
               date ? date : "undated", json_string_value(json_object_get(v, "certainty")));
        size_t i;
        json_t *cf;
        json_array_foreach(json_object_get(v, "conflicts"), i, cf) {
            char *vals = json_dumps(json_object_get(cf, "values"), JSON_COMPACT);
            printf("conflict on %s: %s\n", json_string_value(json_object_get(cf, "field")), vals ? vals : "");
            free(vals);
        }
        if (json_array_size(json_object_get(v, "conflicts"))) printf("\n");
        json_decref(v);
    }
    static const char *const cols[] = {"doc", "date", "certainty", "evidence", NULL};
    return query_print(text, &err, "sources", cols, fmt);
}
