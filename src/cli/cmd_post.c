/* cmd_post.c -- `brass post`: the holders of a post in order, or who held it on a date. */
#include "cli/query_opts.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass post [--db FILE] [--on DATE] [--format table|json|csv] NAME\n"
            "\n"
            "Shows the holders of a post in order, each with the dates the reports give\n"
            "for taking it (appointment, or named as someone's replacement) and leaving it\n"
            "(dismissal, resignation, death, or replaced by someone). Wordings of one post\n"
            "are one post: 'commander of the Southern Military District' is 'Southern\n"
            "Military District commander'. NAME may leave out words ('Southern Military\n"
            "District') when only one post fits best.\n"
            "\n"
            "Options:\n"
            "  -d, --db FILE        the database (default: $BRASS_DB, else brass.db)\n"
            "  -o, --on DATE        only who held the post on DATE (YYYY[-MM[-DD]])\n"
            "  -f, --format FMT     table (default), json ({\"post\", \"holders\": [{\"person\",\n"
            "                       \"from\", \"to\"}]}) or csv\n"
            "  -h, --help           show this help\n"
            "\n"
            "Exit status: 0 success, 1 no such post, several fit, or the database could\n"
            "not be read, 2 usage error.\n");
}

int cmd_post(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                         {"on", required_argument, NULL, 'o'},
                                         {"format", required_argument, NULL, 'f'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *db = NULL, *on = NULL;
    table_format fmt = TABLE_TEXT;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "d:o:f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'o':
            if (query_check_date("post", "--on", optarg)) return 2;
            on = optarg;
            break;
        case 'f':
            if (table_format_parse(optarg, &fmt) != 0)
                return cli_usage_error("post", "unknown format '%s' (table, json or csv)", optarg);
            break;
        case 'h': usage(stdout); return 0;
        default: return cli_usage_error("post", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind + 1 != argc) return cli_usage_error("post", "give one post NAME");
    brass_store *st = query_open(db);
    if (!st) return 1;
    brass_error err = {0};
    char *text = brass_store_post(st, argv[optind], on, &err);
    brass_store_close(st);
    if (text && fmt == TABLE_TEXT) {
        json_t *v = json_loads(text, 0, NULL);
        printf("%s\n\n", json_string_value(json_object_get(v, "post")));
        json_decref(v);
    }
    static const char *const cols[] = {"person", "from", "to", NULL};
    return query_print(text, &err, "holders", cols, fmt);
}
