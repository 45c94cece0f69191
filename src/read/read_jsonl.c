/* read_jsonl.c -- JSON Lines (plain or gzip): one report per line with id,
 * url, title, date and text or html (names mappable); read line by line, a
 * bad line reported as FILE:LINE and skipped. */
#include "read/html.h"
#include "read/source.h"
#include "read/stream.h"
#include "util/str.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE ((size_t)64 << 20)

typedef struct jsonl_state {
    stream in;
    size_t line;
    bool done;
} jsonl_state;

/* A string field, or NULL; *bad set when present with another type. */
static const char *str_field(json_t *obj, const char *name, size_t *len, bool *bad) {
    json_t *v = json_object_get(obj, name);
    if (!v || json_is_null(v)) return NULL;
    if (!json_is_string(v)) {
        *bad = true;
        return NULL;
    }
    if (len) *len = json_string_length(v);
    return json_string_value(v);
}

/* One parsed line -> a document, or NULL with err set. */
static brass_doc *doc_of(read_source *src, json_t *obj, const char *origin, brass_error *err) {
    const char *const *f = src->fields;
    bool bad = false;
    char idbuf[64];
    const char *id = NULL;
    const char *id_name = f[READ_F_ID];
    json_t *idv = json_object_get(obj, id_name);
    if (!idv && strcmp(id_name, "id") == 0) idv = json_object_get(obj, id_name = "doc");
    if (json_is_string(idv)) id = json_string_value(idv);
    else if (json_is_integer(idv)) {
        snprintf(idbuf, sizeof idbuf, "%lld", (long long)json_integer_value(idv));
        id = idbuf;
    } else if (idv && !json_is_null(idv)) {
        brass_error_set(err, BRASS_ERR_INPUT, origin, "\"%s\" is neither a string nor a number", id_name);
        return NULL;
    }
    if (!id) {  /* no id: the file's name and the line number */
        snprintf(idbuf, sizeof idbuf, "%.40s-%zu", src->id, ((jsonl_state *)src->state)->line);
        id = idbuf;
    }
    size_t text_len = 0, html_len = 0;
    const char *text = str_field(obj, f[READ_F_TEXT], &text_len, &bad);
    const char *html = bad ? NULL : str_field(obj, f[READ_F_HTML], &html_len, &bad);
    const char *url = bad ? NULL : str_field(obj, f[READ_F_URL], NULL, &bad);
    const char *title = bad ? NULL : str_field(obj, f[READ_F_TITLE], NULL, &bad);
    const char *date = bad ? NULL : str_field(obj, f[READ_F_DATE], NULL, &bad);
    if (bad) {
        brass_error_set(err, BRASS_ERR_INPUT, origin,
                        "\"%s\", \"%s\", \"%s\", \"%s\" and \"%s\" must be strings", f[READ_F_TEXT],
                        f[READ_F_HTML], f[READ_F_URL], f[READ_F_TITLE], f[READ_F_DATE]);
        return NULL;
    }
    if (!text && !html) {
        brass_error_set(err, BRASS_ERR_INPUT, origin, "no \"%s\" or \"%s\" field", f[READ_F_TEXT],
                        f[READ_F_HTML]);
        return NULL;
    }
    brass_doc *doc = text ? brass_doc_from_text(id, origin, text, text_len, err)
                          : html_doc(id, origin, html, html_len, "utf-8", err);
    if (!doc) return NULL;
    int rc = BRASS_OK;
    if (url) rc = brass_doc_set_url(doc, url);
    if (title && rc == BRASS_OK) rc = brass_doc_set_title(doc, title);
    /* a date with a time ("2024-03-05T10:00Z") gives its day; others are unknown */
    if (date && rc == BRASS_OK && str_is_iso_date(date, strlen(date))) {
        char day[11];
        memcpy(day, date, 10);
        day[10] = '\0';
        rc = brass_doc_set_date(doc, day);
    }
    if (rc != BRASS_OK) {
        brass_doc_free(doc);
        brass_error_set(err, BRASS_ERR_NOMEM, origin, "out of memory");
        return NULL;
    }
    return doc;
}

static bool blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return false;
    return true;
}

static int jsonl_next(read_source *src, brass_doc **doc, brass_error *err) {
    jsonl_state *st = src->state;
    if (!st) {
        if (!(st = calloc(1, sizeof *st))) return brass_error_set(err, BRASS_ERR_NOMEM, src->path, "out of memory");
        src->state = st;
        int rc = stream_open(&st->in, src, err);
        if (rc < 0) {
            st->done = true;
            return rc;
        }
    }
    if (st->done) return 0;
    for (;;) {
        const char *line;
        size_t len;
        int rc = stream_line(&st->in, &line, &len, MAX_LINE, err);
        if (rc == 0) return 0;
        st->line++;
        char origin[512];
        snprintf(origin, sizeof origin, "%s:%zu", src->path, st->line);
        if (rc < 0) {
            if (rc != BRASS_ERR_INPUT) st->done = true;  /* a read error ends the file */
            else if (err) snprintf(err->where, sizeof err->where, "%.*s", (int)sizeof err->where - 1, origin);
            return rc;
        }
        if (blank(line, len)) continue;
        json_error_t jerr;
        json_t *obj = json_loadb(line, len, 0, &jerr);
        if (!obj)
            return brass_error_set(err, BRASS_ERR_INPUT, origin, "bad JSON at column %d: %s",
                                   jerr.column, jerr.text);
        if (!json_is_object(obj)) {
            json_decref(obj);
            return brass_error_set(err, BRASS_ERR_INPUT, origin, "not a JSON object");
        }
        *doc = doc_of(src, obj, origin, err);
        json_decref(obj);
        return *doc ? 1 : (err ? err->code : BRASS_ERR_INPUT);
    }
}

static void jsonl_close(read_source *src) {
    jsonl_state *st = src->state;
    if (st) {
        stream_close(&st->in);
        free(st);
    }
    src->state = NULL;
}

const read_format read_format_jsonl = {"jsonl", jsonl_next, jsonl_close};
