/* score_report.c -- prints scoring figures exactly as eval/score.py does (Python str/repr/json.dumps). */
#include "answer/score.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "brass/answer.h"
#include "util/buf.h"

static const char *const score_types[] = {"dismissal", "appointment", "resignation", "death",
                                          "injury",    "arrest",      "award",       NULL};

/* repr() of a float: the shortest digits that read back the same, in fixed
 * notation unless the exponent is below -4 or above 15 (Python's 'r' format). */
static void put_float(buf *b, double x) {
    char digits[40];
    int prec = 1;
    for (; prec < 17; prec++) {
        snprintf(digits, sizeof digits, "%.*e", prec - 1, x);
        if (strtod(digits, NULL) == x) break;
    }
    snprintf(digits, sizeof digits, "%.*e", prec - 1, x);
    /* digits is [-]D[.DDD]e[+-]XX: split into sign, digit string and exponent */
    const char *p = digits;
    if (*p == '-') {
        buf_putc(b, '-');
        p++;
    }
    char mant[24];
    size_t nm = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.' && nm < sizeof mant - 1) mant[nm++] = *p;
    mant[nm] = '\0';
    int exp = atoi(p + 1);
    if (exp < -4 || exp >= 16) {
        buf_putc(b, mant[0]);
        if (nm > 1) buf_printf(b, ".%s", mant + 1);
        buf_printf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (exp < 0) {
        buf_puts(b, "0.");
        for (int i = -1; i > exp; i--) buf_putc(b, '0');
        buf_puts(b, mant);
    } else {
        for (int i = 0; i <= exp; i++) buf_putc(b, i < (int)nm ? mant[i] : '0');
        buf_putc(b, '.');
        buf_puts(b, (int)nm > exp + 1 ? mant + exp + 1 : "0");
    }
}

/* Python's str.isprintable() for one code point. */
static bool printable(utf8proc_int32_t cp) {
    if (cp == ' ') return true;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

static void put_py_string(buf *b, const char *s) {
    char q = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';
    buf_putc(b, q);
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (step <= 0) {  /* not UTF-8: cannot come from JSON; show the byte */
            buf_printf(b, "\\x%02x", (unsigned char)s[i++]);
            continue;
        }
        if (cp == q || cp == '\\') buf_printf(b, "\\%c", (char)cp);
        else if (cp == '\t') buf_puts(b, "\\t");
        else if (cp == '\n') buf_puts(b, "\\n");
        else if (cp == '\r') buf_puts(b, "\\r");
        else if (cp < 0x20 || cp == 0x7f) buf_printf(b, "\\x%02x", (unsigned)cp);
        else if (cp < 0x80 || printable(cp)) buf_append(b, s + i, (size_t)step);
        else if (cp < 0x100) buf_printf(b, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000) buf_printf(b, "\\u%04x", (unsigned)cp);
        else buf_printf(b, "\\U%08x", (unsigned)cp);
        i += (size_t)step;
    }
    buf_putc(b, q);
}

static void put_repr(buf *b, const json_t *v) {
    if (!v || json_is_null(v)) buf_puts(b, "None");
    else if (json_is_true(v)) buf_puts(b, "True");
    else if (json_is_false(v)) buf_puts(b, "False");
    else if (json_is_integer(v)) buf_printf(b, "%lld", (long long)json_integer_value(v));
    else if (json_is_real(v)) put_float(b, json_real_value(v));
    else if (json_is_string(v)) put_py_string(b, json_string_value(v));
    else if (json_is_array(v)) {
        buf_putc(b, '[');
        for (size_t i = 0; i < json_array_size(v); i++) {
            if (i) buf_puts(b, ", ");
            put_repr(b, json_array_get(v, i));
        }
        buf_putc(b, ']');
    } else {
        const char *k;
        json_t *x;
        bool first = true;
        buf_putc(b, '{');
        json_object_foreach((json_t *)v, k, x) {
            if (!first) buf_puts(b, ", ");
            first = false;
            put_py_string(b, k);
            buf_puts(b, ": ");
            put_repr(b, x);
        }
        buf_putc(b, '}');
    }
}

char *score_py_repr(const json_t *v) {
    buf b = BUF_INIT;
    put_repr(&b, v);
    return buf_take(&b);
}

char *score_py_str(const json_t *v) {
    if (json_is_string(v)) {
        buf b = BUF_INIT;
        buf_puts(&b, json_string_value(v));
        return buf_take(&b);
    }
    return score_py_repr(v);
}

/* json.dumps of a string with ensure_ascii: \uXXXX in lower-case hex, surrogate pairs */
static void put_json_string(buf *b, const char *s) {
    buf_putc(b, '"');
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (step <= 0) {
            cp = 0xfffd;
            step = 1;
        }
        i += (size_t)step;
        if (cp == '"') buf_puts(b, "\\\"");
        else if (cp == '\\') buf_puts(b, "\\\\");
        else if (cp == '\n') buf_puts(b, "\\n");
        else if (cp == '\r') buf_puts(b, "\\r");
        else if (cp == '\t') buf_puts(b, "\\t");
        else if (cp == '\b') buf_puts(b, "\\b");
        else if (cp == '\f') buf_puts(b, "\\f");
        else if (cp < 0x20) buf_printf(b, "\\u%04x", (unsigned)cp);
        else if (cp < 0x80) buf_putc(b, (char)cp);
        else if (cp < 0x10000) buf_printf(b, "\\u%04x", (unsigned)cp);
        else {
            unsigned v = (unsigned)cp - 0x10000;
            buf_printf(b, "\\u%04x\\u%04x", 0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
        }
    }
    buf_putc(b, '"');
}

/* round(x, 4): the correctly rounded decimal, read back, as CPython does it */
static double round4(double x) {
    char s[64];
    snprintf(s, sizeof s, "%.4f", x);
    return strtod(s, NULL);
}

static double ratio(long a, long b) { return b ? (double)a / (double)b : 0.0; }

static void format_json(buf *b, const score_result *r, double p, double rc, double f) {
    buf_printf(b, "{\n  \"documents\": %zu,\n  \"tp\": %ld,\n  \"fp\": %ld,\n  \"fn\": %ld,\n",
               r->documents, r->tp, r->fp, r->fn);
    buf_puts(b, "  \"precision\": ");
    put_float(b, p);
    buf_puts(b, ",\n  \"recall\": ");
    put_float(b, rc);
    buf_puts(b, ",\n  \"f1\": ");
    put_float(b, f);
    buf_puts(b, ",\n  \"types\": {");
    for (size_t i = 0; i < r->ntypes; i++) {
        buf_puts(b, i ? ",\n    " : "\n    ");
        put_json_string(b, r->types[i].name);
        buf_printf(b, ": {\n      \"tp\": %ld,\n      \"fp\": %ld,\n      \"fn\": %ld\n    }",
                   r->types[i].v[0], r->types[i].v[1], r->types[i].v[2]);
    }
    buf_puts(b, r->ntypes ? "\n  },\n  \"arguments\": {" : "},\n  \"arguments\": {");
    for (int a = 0; a < SCORE_ARGS; a++) {
        buf_printf(b, "%s\n    \"%s\": ", a ? "," : "", score_arg_names[a]);
        if (r->args[a][1]) put_float(b, round4(ratio(r->args[a][0], r->args[a][1])));
        else buf_puts(b, "null");
    }
    buf_puts(b, "\n  },\n  \"argument_counts\": {");
    for (int a = 0; a < SCORE_ARGS; a++)
        buf_printf(b, "%s\n    \"%s\": \"%ld/%ld\"", a ? "," : "", score_arg_names[a], r->args[a][0],
                   r->args[a][1]);
    buf_puts(b, "\n  }\n}\n");
}

static void format_text(buf *b, const score_result *r, int flags, double p, double rc, double f) {
    if (flags & BRASS_SCORE_VERBOSE) buf_printf(b, "%s\n", r->report ? r->report : "");
    if (r->missing)
        buf_printf(b, "%zu gold documents have no output line (all their events count as missed)\n",
                   r->missing);
    buf_printf(b, "%-12s %4s %4s %4s\n", "type", "tp", "fp", "fn");
    for (int t = 0; score_types[t]; t++)
        for (size_t i = 0; i < r->ntypes; i++)
            if (strcmp(r->types[i].name, score_types[t]) == 0)
                buf_printf(b, "%-12s %4ld %4ld %4ld\n", score_types[t], r->types[i].v[0],
                           r->types[i].v[1], r->types[i].v[2]);
    for (int a = 0; a < SCORE_ARGS; a++) {
        char counts[48];
        snprintf(counts, sizeof counts, "%ld/%ld", r->args[a][0], r->args[a][1]);
        buf_printf(b, "argument %-12s %8s\n", score_arg_names[a], counts);
    }
    buf_printf(b, "documents %zu  precision %.3f  recall %.3f\n", r->documents, p, rc);
    buf_printf(b, "event F1: %.3f\n", f);
}

char *score_format(const score_result *r, int flags) {
    double p = ratio(r->tp, r->tp + r->fp), rc = ratio(r->tp, r->tp + r->fn);
    double f = p + rc != 0.0 ? 2 * p * rc / (p + rc) : 0.0;
    buf b = BUF_INIT;
    if (flags & BRASS_SCORE_JSON) format_json(&b, r, round4(p), round4(rc), round4(f));
    else format_text(&b, r, flags, round4(p), round4(rc), round4(f));
    return buf_take(&b);
}
