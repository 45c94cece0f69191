/* html_charset.c -- finds a page's declared charset and decodes it to UTF-8:
 * UTF-8 is checked, latin-1/windows-1252 converted by table, others refused. */
#include "read/html.h"
#include "util/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* windows-1252's 0x80..0x9f; the five unassigned bytes map to the C1 control
 * of the same value, as the WHATWG encoding standard does. */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

/* Labels the WHATWG standard maps to windows-1252 (latin-1 included: browsers
 * read every latin-1 page as windows-1252). */
static const char *const cp1252_labels[] = {
    "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
    "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100", NULL};
static const char *const utf8_labels[] = {"utf-8", "utf8", "unicode-1-1-utf-8", NULL};

static bool label_in(const char *label, const char *const *labels) {
    for (; *labels; labels++)
        if (strcasecmp(label, *labels) == 0) return true;
    return false;
}

static bool is_label_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == ':';
}

/* Case-insensitive search for needle in the first n bytes of hay. */
static const char *find_ci(const char *hay, size_t n, const char *needle) {
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++)
        if (strncasecmp(hay + i, needle, m) == 0) return hay + i;
    return NULL;
}

/* The charset a <meta> declares within the first 4 KB (where HTML5 says it
 * must be), copied into out; false if none. */
static bool sniff_meta_charset(const char *data, size_t len, char out[64]) {
    size_t n = len < 4096 ? len : 4096;
    const char *p = data, *end = data + n;
    while ((p = find_ci(p, (size_t)(end - p), "charset")) != NULL) {
        const char *q = p + 7;
        while (q < end && (*q == ' ' || *q == '\t')) q++;
        if (q < end && *q == '=') {
            q++;
            while (q < end && (*q == ' ' || *q == '"' || *q == '\'')) q++;
            size_t k = 0;
            while (q < end && k < 63 && is_label_char(*q))
                out[k++] = *q++;
            out[k] = '\0';
            if (k > 0) return true;
        }
        p += 7;
    }
    return false;
}

static char *decode_cp1252(const unsigned char *s, size_t len, size_t *out_len) {
    char *out = malloc(len * 3 + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned cp = s[i];
        if (cp >= 0x80 && cp < 0xa0) cp = cp1252_high[cp - 0x80];
        if (cp < 0x80) out[o++] = (char)cp;
        else if (cp < 0x800) {
            out[o++] = (char)(0xc0 | (cp >> 6));
            out[o++] = (char)(0x80 | (cp & 0x3f));
        } else {
            out[o++] = (char)(0xe0 | (cp >> 12));
            out[o++] = (char)(0x80 | ((cp >> 6) & 0x3f));
            out[o++] = (char)(0x80 | (cp & 0x3f));
        }
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

char *html_decode(const char *data, size_t len, const char *charset, const char *origin,
                  size_t *out_len, brass_error *err) {
    char label[64] = "";
    if (charset && *charset) snprintf(label, sizeof label, "%s", charset);
    else sniff_meta_charset(data, len, label);
    size_t skip = 0;
    if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {  /* a BOM outranks declarations */
        skip = 3;
        data += 3;
        len -= 3;
        label[0] = '\0';
    }
    char *out;
    if (label[0] && label_in(label, cp1252_labels)) {
        out = decode_cp1252((const unsigned char *)data, len, out_len);
    } else if (!label[0] || label_in(label, utf8_labels)) {
        out = str_ndup(data, len);
        *out_len = len;
    } else {
        brass_error_set(err, BRASS_ERR_INPUT, origin,
                        "charset '%s' is not supported (UTF-8, latin-1 and windows-1252 are)", label);
        return NULL;
    }
    if (!out) {
        brass_error_set(err, BRASS_ERR_NOMEM, origin, "out of memory decoding the page");
        return NULL;
    }
    size_t bad;
    if (!str_utf8_valid(out, *out_len, &bad)) {
        if (out[bad] == '\0')
            brass_error_set(err, BRASS_ERR_INPUT, origin, "NUL byte at offset %zu: not an HTML page", bad + skip);
        else
            brass_error_set(err, BRASS_ERR_INPUT, origin, "invalid UTF-8 at byte offset %zu", bad + skip);
        free(out);
        return NULL;
    }
    return out;
}
