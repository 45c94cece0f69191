/* table.c -- query results (JSON arrays of objects) printed as JSON, aligned tables or CSV. */
#include "cli/table.h"

#include <string.h>

#define TABLE_MAX_WIDTH 40  /* long posts and names are cut so a row fits a terminal */

int table_format_parse(const char *name, table_format *out) {
    if (strcmp(name, "table") == 0 || strcmp(name, "text") == 0) *out = TABLE_TEXT;
    else if (strcmp(name, "json") == 0) *out = TABLE_JSON;
    else if (strcmp(name, "csv") == 0) *out = TABLE_CSV;
    else return -1;
    return 0;
}

/* The cell text of a value into cell (size n): strings as they are, null as
 * empty, numbers in decimal, arrays as their length. */
static const char *cell(json_t *v, char *tmp, size_t n) {
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_integer(v)) snprintf(tmp, n, "%lld", (long long)json_integer_value(v));
    else if (json_is_array(v)) snprintf(tmp, n, "%zu", json_array_size(v));
    else if (json_is_true(v)) snprintf(tmp, n, "true");
    else if (json_is_false(v)) snprintf(tmp, n, "false");
    else tmp[0] = 0;
    return tmp;
}

/* Characters (not bytes) of a UTF-8 string, up to max. */
static size_t width(const char *s, size_t max) {
    size_t w = 0;
    for (; *s && w < max; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) w++;
    return w;
}

/* Prints s cut to w characters (with "..." when cut), padded to w. */
static void put_cut(FILE *out, const char *s, size_t w) {
    size_t chars = 0;
    const char *p = s;
    size_t full = width(s, (size_t)-1);
    size_t keep = full > w ? w - 3 : full;
    while (*p && chars < keep) {
        p++;
        while (((unsigned char)*p & 0xC0) == 0x80) p++;
        chars++;
    }
    fwrite(s, 1, (size_t)(p - s), out);
    if (full > w) fputs("...", out);
    for (size_t i = full > w ? w : full; i < w; i++) fputc(' ', out);
}

static void put_csv(FILE *out, const char *s) {
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"') fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

void table_print(FILE *out, json_t *rows, const char *const *cols, table_format fmt) {
    char tmp[64];
    if (fmt == TABLE_JSON) {
        json_dumpf(rows, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        fputc('\n', out);
        return;
    }
    size_t ncols = 0;
    while (cols[ncols]) ncols++;
    if (fmt == TABLE_CSV) {
        for (size_t c = 0; c < ncols; c++) {
            if (c) fputc(',', out);
            put_csv(out, cols[c]);
        }
        fputc('\n', out);
    }
    size_t w[32] = {0};
    for (size_t c = 0; c < ncols && c < 32; c++) w[c] = strlen(cols[c]);
    size_t i;
    json_t *row;
    json_array_foreach(rows, i, row) for (size_t c = 0; c < ncols && c < 32; c++) {
        size_t cw = width(cell(json_object_get(row, cols[c]), tmp, sizeof tmp), TABLE_MAX_WIDTH + 1);
        if (cw > w[c]) w[c] = cw > TABLE_MAX_WIDTH ? TABLE_MAX_WIDTH : cw;
    }
    if (fmt == TABLE_TEXT) {
        for (size_t c = 0; c < ncols; c++) {
            if (c) fputs("  ", out);
            put_cut(out, cols[c], w[c]);
        }
        fputc('\n', out);
    }
    json_array_foreach(rows, i, row) {
        for (size_t c = 0; c < ncols && c < 32; c++) {
            const char *v = cell(json_object_get(row, cols[c]), tmp, sizeof tmp);
            if (fmt == TABLE_CSV) {
                if (c) fputc(',', out);
                put_csv(out, v);
            } else {
                if (c) fputs("  ", out);
                if (c + 1 == ncols) fputs(v[0] ? v : "-", out);  /* the last column is not cut */
                else put_cut(out, v[0] ? v : "-", w[c]);
            }
        }
        fputc('\n', out);
    }
}
