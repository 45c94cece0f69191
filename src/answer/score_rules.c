/* score_rules.c -- the scorer's comparison rules (names, posts, arguments), ported from eval/score.py. */
#include "answer/score.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "brass/answer.h"
#include "util/buf.h"
#include "util/str.h"

/* score.py's stop list; its entries with an apostrophe can never match a
 * [a-z0-9]+ token, and are kept only to show that the list is the same. */
static const char *const score_stop[] = {
    "the", "a", "an", "of", "in", "on", "for", "and", "to", "at", "by", "with", "from", "as",
    "'s", "his", "her", "its", "their", "russia", "russian", "russia's", "ukraine", "ukrainian",
    "ukraine's", NULL};

/* Words that alone do not make two institutions the same ("President X" vs "President Y"). */
static const char *const score_weak[] = {"general", "gen", "colonel", "president", "minister",
                                         "commander", NULL};

static bool in_list(const char *const *list, const char *w) {
    for (; *list; list++)
        if (strcmp(*list, w) == 0) return true;
    return false;
}

/* Python: NFKD, drop combining marks, lower(), "defence" -> "defense". Only
 * ASCII letters and digits matter to the callers' regexes, so every other
 * code point becomes \x01, a separator, as it is one for [a-z0-9]+. */
char *score_fold(const char *s) {
    if (!s) s = "";
    utf8proc_uint8_t *nfkd = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &nfkd,
                                      UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT);
    buf b = BUF_INIT;
    if (n < 0) {  /* not UTF-8: cannot happen for JSON strings; fold bytes as they are */
        for (const char *p = s; *p; p++)
            buf_putc(&b, (unsigned char)*p < 0x80 ? *p : '\x01');
    } else {
        utf8proc_ssize_t i = 0;
        while (i < n) {
            utf8proc_int32_t cp;
            utf8proc_ssize_t step = utf8proc_iterate(nfkd + i, n - i, &cp);
            if (step <= 0) break;
            i += step;
            if (utf8proc_get_property(cp)->combining_class != 0) continue;
            cp = utf8proc_tolower(cp);
            buf_putc(&b, cp < 0x80 ? (char)cp : '\x01');
        }
    }
    free(nfkd);
    buf_putc(&b, '\0');  /* so that an empty result is "" rather than NULL */
    char *out = buf_take(&b);
    if (!out) return NULL;
    for (char *p = out; (p = strstr(p, "defence")) != NULL; p += 7) p[5] = 's';
    return out;
}

void score_words_free(score_words *ws) {
    for (size_t i = 0; i < ws->n; i++) free(ws->w[i]);
    free(ws->w);
    ws->w = NULL;
    ws->n = 0;
}

static bool word_char(char c, bool digits) {
    return (c >= 'a' && c <= 'z') || (digits && c >= '0' && c <= '9');
}

bool score_words_of(const char *s, bool digits, score_words *out) {
    out->w = NULL;
    out->n = 0;
    char *f = score_fold(s);
    if (!f) return false;
    size_t cap = 0;
    for (const char *p = f; *p;) {
        if (!word_char(*p, digits)) {
            p++;
            continue;
        }
        const char *start = p;
        while (word_char(*p, digits)) p++;
        if (out->n == cap) {
            size_t ncap = cap ? cap * 2 : 8;
            char **nw = realloc(out->w, ncap * sizeof *nw);
            if (!nw) goto oom;
            out->w = nw;
            cap = ncap;
        }
        if (!(out->w[out->n] = str_ndup(start, (size_t)(p - start)))) goto oom;
        out->n++;
    }
    free(f);
    return true;
oom:
    free(f);
    score_words_free(out);
    return false;
}

/* y read as i, then runs of one letter collapsed: re.sub(r"(.)\1+", r"\1", w). */
static void normalize_word(char *w) {
    size_t j = 0;
    for (size_t i = 0; w[i]; i++) {
        char c = w[i] == 'y' ? 'i' : w[i];
        if (j > 0 && w[j - 1] == c) continue;
        w[j++] = c;
    }
    w[j] = '\0';
}

char *score_key(const char *name) {
    if (!name || !*name) return str_dup("");
    score_words ws;
    if (!score_words_of(name, false, &ws)) return NULL;
    char *key = ws.n ? ws.w[ws.n - 1] : str_dup("");
    if (ws.n) ws.w[--ws.n] = NULL;
    score_words_free(&ws);
    if (key) normalize_word(key);
    return key;
}

/* The distinct normalized words of a name (word_keys in score.py). */
static bool word_keys(const char *name, score_words *out) {
    if (!score_words_of(name, false, out)) return false;
    size_t j = 0;
    for (size_t i = 0; i < out->n; i++) {
        normalize_word(out->w[i]);
        bool dup = false;
        for (size_t k = 0; k < j && !dup; k++) dup = strcmp(out->w[k], out->w[i]) == 0;
        if (dup) free(out->w[i]);
        else out->w[j++] = out->w[i];
    }
    out->n = j;
    return true;
}

static bool words_have(const score_words *ws, const char *w) {
    for (size_t i = 0; i < ws->n; i++)
        if (strcmp(ws->w[i], w) == 0) return true;
    return false;
}

bool score_same_person(const char *a, const char *b) {
    char *ka = score_key(a), *kb = score_key(b);
    bool same = false;
    if (ka && kb && *ka && *kb) {
        if (strcmp(ka, kb) == 0) {
            same = true;
        } else {
            /* a one-word name may be any word of the other ("Li" ~ "Li Shangfu") */
            score_words wa, wb;
            if (word_keys(a, &wa)) {
                if (word_keys(b, &wb)) {
                    same = (wa.n == 1 && words_have(&wb, ka)) || (wb.n == 1 && words_have(&wa, kb));
                    score_words_free(&wb);
                }
                score_words_free(&wa);
            }
        }
    }
    free(ka);
    free(kb);
    return same;
}

/* content() of score.py: [a-z0-9]+ words of the folded text, stop words out. */
static bool content_words(const char *s, score_words *out) {
    if (!score_words_of(s, true, out)) return false;
    size_t j = 0;
    for (size_t i = 0; i < out->n; i++) {
        if (in_list(score_stop, out->w[i])) free(out->w[i]);
        else out->w[j++] = out->w[i];
    }
    out->n = j;
    return true;
}

double score_token_f1(const char *a, const char *b) {
    score_words ta, tb;
    if (!content_words(a, &ta)) return 0.0;
    if (!content_words(b, &tb)) {
        score_words_free(&ta);
        return 0.0;
    }
    double f1 = 0.0;
    if (ta.n && tb.n) {
        /* each word of b is used at most once, as list.remove() does */
        bool *used = calloc(tb.n, sizeof *used);
        size_t common = 0;
        for (size_t i = 0; used && i < ta.n; i++)
            for (size_t k = 0; k < tb.n; k++)
                if (!used[k] && strcmp(ta.w[i], tb.w[k]) == 0) {
                    used[k] = true;
                    common++;
                    break;
                }
        free(used);
        if (common) {
            double p = (double)common / (double)ta.n, r = (double)common / (double)tb.n;
            f1 = 2 * p * r / (p + r);  /* evaluated in score.py's order, for equal doubles */
        }
    }
    score_words_free(&ta);
    score_words_free(&tb);
    return f1;
}

/* set(content(a)) & set(content(b)) - weak words is not empty */
static bool share_content_word(const char *a, const char *b) {
    score_words ca, cb;
    if (!content_words(a, &ca)) return false;
    bool shared = false;
    if (content_words(b, &cb)) {
        for (size_t i = 0; i < ca.n && !shared; i++)
            shared = !in_list(score_weak, ca.w[i]) && words_have(&cb, ca.w[i]);
        score_words_free(&cb);
    }
    score_words_free(&ca);
    return shared;
}

/* Python's str.isspace(), which str.strip() strips. */
static bool py_space(utf8proc_int32_t c) {
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Unicode's Cased: the letter categories, or anything with a case mapping (Roman numerals) */
static bool cased(utf8proc_int32_t c) {
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL || k == UTF8PROC_CATEGORY_LT ||
           utf8proc_tolower(c) != c || utf8proc_toupper(c) != c;
}

static bool case_ignorable(utf8proc_int32_t c) {
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_ME || k == UTF8PROC_CATEGORY_CF ||
           k == UTF8PROC_CATEGORY_LM || k == UTF8PROC_CATEGORY_SK || c == '\'' || c == '.' ||
           c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x2019;
}

/* Python's s.strip().lower() on a UTF-8 string: Unicode white space, full lower
 * case (I with dot above becomes i + combining dot, a final capital sigma becomes
 * a final small sigma). Returns a malloc'd string, or NULL. */
static char *py_strip_lower(const char *s) {
    size_t n = strlen(s);
    utf8proc_int32_t *cp = malloc((n + 1) * sizeof *cp);
    if (!cp) return NULL;
    size_t m = 0;
    for (size_t i = 0; i < n;) {
        utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp[m]);
        if (step <= 0) {  /* not UTF-8 (cannot come from JSON): keep the byte */
            cp[m] = (unsigned char)s[i];
            step = 1;
        }
        i += (size_t)step;
        m++;
    }
    size_t a = 0, z = m;
    while (a < z && py_space(cp[a])) a++;
    while (z > a && py_space(cp[z - 1])) z--;
    buf b = BUF_INIT;
    buf_puts(&b, "");
    for (size_t i = a; i < z; i++) {
        utf8proc_int32_t c = cp[i];
        if (c == 0x130) {
            buf_puts(&b, "i\xcc\x87");
            continue;
        }
        if (c == 0x3a3) {  /* Final_Sigma: after a cased letter and before none */
            size_t j = i;
            while (j > a && case_ignorable(cp[j - 1])) j--;
            bool before = j > a && cased(cp[j - 1]);
            j = i + 1;
            while (j < z && case_ignorable(cp[j])) j++;
            bool after = j < z && cased(cp[j]);
            c = before && !after ? 0x3c2 : 0x3c3;
        } else {
            c = utf8proc_tolower(c);
        }
        utf8proc_uint8_t enc[4];
        buf_append(&b, (const char *)enc, (size_t)utf8proc_encode_char(c, enc));
    }
    free(cp);
    return buf_take(&b);
}

bool score_arg_ok(const char *field, const json_t *gold, const json_t *pred) {
    if (strcmp(field, "date") == 0) {
        /* pred[:len(gold)] == gold is a prefix test */
        return json_is_string(pred) && json_is_string(gold) &&
               str_starts_with(json_string_value(pred), json_string_value(gold));
    }
    char *g = score_py_str(gold), *p = score_py_str(pred);
    bool ok = false;
    if (g && p) {
        if (strcmp(field, "post") == 0)
            ok = score_token_f1(g, p) >= 0.5;
        else if (strcmp(field, "by") == 0 || strcmp(field, "replacement") == 0)
            ok = score_same_person(g, p) || share_content_word(g, p);
        else {
            char *gl = py_strip_lower(g), *pl = py_strip_lower(p);
            ok = gl && pl && strcmp(gl, pl) == 0;
            free(gl);
            free(pl);
        }
    }
    free(g);
    free(p);
    return ok;
}

/* ---- the public face of the rules ---- */

int brass_same_person(const char *a, const char *b) { return score_same_person(a, b); }
double brass_post_f1(const char *a, const char *b) { return score_token_f1(a, b); }
