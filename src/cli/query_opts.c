/* query_opts.c -- what the query commands (events, timeline, person, post, sources) share. */
#include "cli/query_opts.h"

#include <getopt.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

brass_store *query_open(const char *db) {
    brass_error err = {0};
    brass_store *st = brass_store_open_existing(cli_db_path(db), &err);
    if (!st) cli_report(&err);
    return st;
}

int query_check_date(const char *cmd, const char *opt, const char *v) {
    size_t n = strlen(v);
    bool ok = n == 4 || n == 7 || n == 10;
    for (size_t i = 0; ok && i < n; i++)
        ok = (i == 4 || i == 7) ? v[i] == '-' : isdigit((unsigned char)v[i]) != 0;
    if (ok && n >= 7) ok = atoi(v + 5) >= 1 && atoi(v + 5) <= 12;
    if (ok && n == 10) ok = atoi(v + 8) >= 1 && atoi(v + 8) <= 31;
    if (ok) return 0;
    return cli_usage_error(cmd, "%s wants a date YYYY, YYYY-MM or YYYY-MM-DD, not '%s'", opt, v);
}

int query_print(char *text, const brass_error *err, const char *rows_key, const char *const *cols,
                table_format fmt) {
    if (!text) {
        cli_report(err);
        return 1;
    }
    json_t *v = json_loads(text, 0, NULL);
    free(text);
    if (!v) {
        fprintf(stderr, "brass: out of memory\n");
        return 1;
    }
    if (fmt == TABLE_JSON) table_print(stdout, v, cols, fmt);
    else table_print(stdout, rows_key ? json_object_get(v, rows_key) : v, cols, fmt);
    json_decref(v);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "brass: error writing output\n");
        return 1;
    }
    return 0;
}

int query_parse_filters(const char *cmd, int argc, char **argv, void (*usage)(FILE *out),
                        const char **db, brass_query *q, table_format *fmt) {
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},    {"type", required_argument, NULL, 't'},
        {"person", required_argument, NULL, 'p'}, {"since", required_argument, NULL, 's'},
        {"until", required_argument, NULL, 'u'}, {"format", required_argument, NULL, 'f'},
        {"help", no_argument, NULL, 'h'},        {NULL, 0, NULL, 0}};
    brass_event_type type;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "d:t:p:s:u:f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': *db = optarg; break;
        case 't':
            if (brass_event_type_parse(optarg, &type) != BRASS_OK)
                return cli_usage_error(cmd, "unknown event type '%s'", optarg);
            q->type = optarg;
            break;
        case 'p': q->person = optarg; break;
        case 's':
            if (query_check_date(cmd, "--since", optarg)) return 2;
            q->since = optarg;
            break;
        case 'u':
            if (query_check_date(cmd, "--until", optarg)) return 2;
            q->until = optarg;
            break;
        case 'f':
            if (table_format_parse(optarg, fmt) != 0)
                return cli_usage_error(cmd, "unknown format '%s' (table, json or csv)", optarg);
            break;
        case 'h': usage(stdout); return 0;
        default: return cli_usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc) return cli_usage_error(cmd, "unexpected argument '%s'", argv[optind]);
    return -1;
}
