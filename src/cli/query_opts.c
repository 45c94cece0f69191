/* query_opts.c -- what the query commands (events, timeline, person, post, sources) share. */
#include "cli/query_opts.h"

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
