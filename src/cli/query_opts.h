/* query_opts.h -- what the query commands (events, timeline, person, post, sources) share. */
#ifndef BRASS_QUERY_OPTS_H
#define BRASS_QUERY_OPTS_H

#include <stdio.h>

#include "cli/cli.h"
#include "cli/table.h"

/* Opens the existing database named by --db/$BRASS_DB; reports and returns NULL on failure. */
brass_store *query_open(const char *db);
/* Checks a --since/--until/--on value (YYYY, YYYY-MM or YYYY-MM-DD); 0 if valid. */
int query_check_date(const char *cmd, const char *opt, const char *value);
/* Prints JSON text (taking it) in the format: json as it is, else rows of
 * `rows_key` (NULL: the whole value is the array) under cols. Returns the
 * exit status: 0, or 1 when text is NULL (err is reported). */
/* The filter options events and timeline share: --db, --type, --person,
 * --since, --until, --format, --help. Returns -1 when the command should go
 * on, else the exit status to return (0 after --help, 2 on a usage error). */
int query_parse_filters(const char *cmd, int argc, char **argv, void (*usage)(FILE *out),
                        const char **db, brass_query *q, table_format *fmt);
int query_print(char *text, const brass_error *err, const char *rows_key, const char *const *cols,
                table_format fmt);

#endif
