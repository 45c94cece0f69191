/* table.h -- query results (JSON arrays of objects) printed as JSON, aligned tables or CSV. */
#ifndef BRASS_TABLE_H
#define BRASS_TABLE_H

#include <jansson.h>
#include <stdio.h>

typedef enum table_format { TABLE_TEXT = 0, TABLE_JSON, TABLE_CSV } table_format;

/* Parses "table", "json" or "csv"; returns 0, or -1 when unknown. */
int table_format_parse(const char *name, table_format *out);

/* Prints rows under the named columns (NULL-terminated): a table with a
 * header line, CSV (RFC 4180 quoting) or, for TABLE_JSON, the rows as one
 * JSON document. An array value prints as its length. */
void table_print(FILE *out, json_t *rows, const char *const *cols, table_format fmt);

#endif
