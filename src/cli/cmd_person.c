/* cmd_person.c -- `brass person`: one person's names, ranks and merged events (or every person). */
#include "cli/query_opts.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass person [--db FILE] [--format table|json|csv] NAME\n"
            "       brass person [--db FILE] [--format table|json|csv] --all\n"
            "\n"
            "Shows one person: the fullest name the reports give, every form of the name\n"
            "they used (aliases, with the reports that used them), ranks over time, and\n"
            "the person's merged events with their sources.\n"
            "\n"
            "NAME may be any spelling ('Valeriy Gerasimov', 'Valery Gerasimov') or the\n"
            "surname alone when only one person has it. When several people share the\n"
            "surname (Ivan and Pavel Popov), give the full name: the command lists them.\n"
            "\n"
            "Options:\n"
            "  -d, --db FILE        the database (default: $BRASS_DB, else brass.db)\n"
            "  -a, --all            list every person with aliases and event counts\n"
            "  -f, --format FMT     table (default), json (see README.md, \"Queries and\n"
            "                       JSON output\") or csv (the events, or the persons)\n"
            "  -h, --help           show this help\n"
            "\n"
            "Exit status: 0 success, 1 no such person, several fit, or the database\n"
            "could not be read, 2 usage error.\n");
}

int cmd_person(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                         {"all", no_argument, NULL, 'a'},
                                         {"format", required_argument, NULL, 'f'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *db = NULL;
    bool all = false;
    table_format fmt = TABLE_TEXT;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "d:af:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'a': all = true; break;
        case 'f':
            if (table_format_parse(optarg, &fmt) != 0)
                return cli_usage_error("person", "unknown format '%s' (table, json or csv)", optarg);
            break;
        case 'h': usage(stdout); return 0;
        default: return cli_usage_error("person", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (!all && optind + 1 != argc) return cli_usage_error("person", "give one NAME, or --all");
    if (all && optind != argc) return cli_usage_error("person", "--all takes no NAME");
    brass_store *st = query_open(db);
    if (!st) return 1;
    brass_error err = {0};
    if (all) {
        char *text = brass_store_persons(st, &err);
        brass_store_close(st);
        static const char *const cols[] = {"id", "name", "events", "mentions", "aliases", NULL};
        return query_print(text, &err, NULL, cols, fmt);
    }
    char *text = brass_store_person(st, argv[optind], &err);
    brass_store_close(st);
    if (text && fmt == TABLE_TEXT) {
        json_t *v = json_loads(text, 0, NULL);
        printf("%s\naliases:", json_string_value(json_object_get(v, "name")));
        size_t i;
        json_t *a;
        json_array_foreach(json_object_get(v, "aliases"), i, a) printf("%s %s", i ? "," : "", json_string_value(a));
        printf("\nranks:");
        json_array_foreach(json_object_get(v, "ranks"), i, a) printf("%s %s (%s)", i ? "," : "",
                                                                     json_string_value(json_object_get(a, "rank")),
                                                                     json_string_value(json_object_get(a, "doc")));
        printf("\n\n");
        json_decref(v);
    }
    static const char *const cols[] = {"id", "date", "type", "post", "certainty", "sources", "conflicts", NULL};
    return query_print(text, &err, "events", cols, fmt);
}
