/* sentence.c -- cuts a body into sentences, surviving abbreviations and dropping debris. */
#include "extract/sentence.h"
#include "util/ascii.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

typedef struct spans {
    sent_span *v;
    size_t n, cap;
    bool oom;
} spans;

/* No sentence of prose is this long; a longer run (a table, a 50 MB line
 * without full stops) is cut at spaces into pieces of at most this size, so
 * that the extractor's per-sentence work stays linear in the input. */
#define SENT_MAX 2000

static void push_one(spans *sp, size_t s, size_t e, size_t para, const char *text) {
    while (s < e && ascii_is_space((unsigned char)text[s])) s++;
    while (e > s && ascii_is_space((unsigned char)text[e - 1])) e--;
    if (s >= e || sp->oom) return;
    if (sp->n == sp->cap) {
        size_t cap = sp->cap ? sp->cap * 2 : 32;
        sent_span *v = realloc(sp->v, cap * sizeof *v);
        if (!v) {
            sp->oom = true;
            return;
        }
        sp->v = v;
        sp->cap = cap;
    }
    sp->v[sp->n++] = (sent_span){s, e, para};
}

static void push(spans *sp, size_t s, size_t e, size_t para, const char *text) {
    while (e - s > SENT_MAX && !sp->oom) {
        size_t cut = s + SENT_MAX;
        while (cut > s + SENT_MAX / 2 && !ascii_is_space((unsigned char)text[cut])) cut--;
        if (!ascii_is_space((unsigned char)text[cut]))  /* no space: cut between UTF-8 characters */
            for (cut = s + SENT_MAX; ((unsigned char)text[cut] & 0xc0) == 0x80; cut--) {}
        push_one(sp, s, cut, para, text);
        s = cut;
    }
    push_one(sp, s, e, para, text);
}

/* Bullets (U+2022, U+25CF, '*', '-' at line start) mark link lists. */
static bool is_bullet(const char *p, size_t n) {
    if (n >= 3 && (memcmp(p, "\xe2\x80\xa2", 3) == 0 || memcmp(p, "\xe2\x97\x8f", 3) == 0)) return true;
    return n >= 2 && (p[0] == '*' || p[0] == '-') && p[1] == ' ';
}

static bool is_debris(const lex *debris, const lex *anywhere, const char *p, size_t n) {
    /* a bulleted menu entry is short and unpunctuated; a bulleted sentence is text */
    if (is_bullet(p, n) && (n < 80 || !memchr(p, '.', n))) return true;
    if (lex_match(debris, p, n, NULL)) return true;
    /* pleas and link lines are short; a long paragraph is report text even when it
     * mentions a newsletter (and scanning it all would cost time) */
    if (n > 400) return false;
    for (size_t i = 0; i < n;) {  /* word by word: a phrase starts a word, not a "5th" */
        if (!ascii_is_alnum((unsigned char)p[i])) {
            i++;
            continue;
        }
        if (ascii_is_alpha((unsigned char)p[i]) && lex_match(anywhere, p + i, n - i, NULL)) return true;
        while (i < n && ascii_is_alnum((unsigned char)p[i])) i++;
    }
    return false;
}

/* True when the period at text[dot] closes an abbreviation or an initial. */
static bool is_abbrev(const lex *abbr, const char *text, size_t start, size_t dot) {
    size_t w = dot;
    while (w > start && !ascii_is_space((unsigned char)text[w - 1]) && text[w - 1] != '(' &&
           text[w - 1] != '"')
        w--;
    size_t n = dot + 1 - w;
    if (n == 2 && ascii_is_upper((unsigned char)text[w])) return true;  /* an initial: "L." */
    if (lex_get(abbr, text + w, n)) return true;
    /* a dotted acronym ("U.S.") */
    return n >= 4 && text[dot - 2] == '.' && ascii_is_alpha((unsigned char)text[dot - 1]);
}

static const char stop_marks[3] = {'.', '!', '?'};

static size_t find_mark(const char *text, size_t i, size_t e, char mark) {
    const char *p = memchr(text + i, mark, e - i);
    return p ? (size_t)(p - text) : e;
}

/* The next '.', '!' or '?' at or after i (e when none). at[] holds where each
 * mark was found last, so that each is looked for by memchr (which reads many
 * bytes at a time) once per occurrence, not byte by byte. */
static size_t next_stop(const char *text, size_t i, size_t e, size_t at[3]) {
    size_t best = e;
    for (int k = 0; k < 3; k++) {
        if (at[k] < i) at[k] = find_mark(text, i, e, stop_marks[k]);
        if (at[k] < best) best = at[k];
    }
    return best;
}

static void split_para(spans *sp, const lex *abbr, const char *text, size_t s, size_t e,
                       size_t para) {
    size_t start = s;
    size_t at[3];
    for (int k = 0; k < 3; k++) at[k] = find_mark(text, s, e, stop_marks[k]);
    for (size_t i = next_stop(text, s, e, at); i < e; i = next_stop(text, i + 1, e, at)) {
        char c = text[i];
        size_t j = i + 1;
        /* closing quotes and brackets stay with the sentence */
        while (j < e && (text[j] == '"' || text[j] == '\'' || text[j] == ')' ||
                         (j + 2 < e && (unsigned char)text[j] == 0xe2 &&
                          (unsigned char)text[j + 1] == 0x80 &&
                          ((unsigned char)text[j + 2] == 0x9d || (unsigned char)text[j + 2] == 0x99))))
            j += (unsigned char)text[j] == 0xe2 ? 3 : 1;
        if (j < e && !ascii_is_space((unsigned char)text[j])) continue;
        if (c == '.' && is_abbrev(abbr, text, start, i)) continue;
        push(sp, start, j, para, text);
        start = j;
        i = j - 1;
    }
    push(sp, start, e, para, text);
}

long sent_split(const lex *abbr, const lex *debris, const lex *debris_anywhere, const char *text,
                size_t len, sent_span **out) {
    spans sp = {0};
    size_t para = 0;
    for (size_t s = 0; s < len;) {
        const char *nl = memchr(text + s, '\n', len - s);
        size_t e = nl ? (size_t)(nl - text) : len;
        /* a line broken after "Lt." or "Gen." goes on with the name on the next line */
        while (nl && e > s && text[e - 1] == '.' && is_abbrev(abbr, text, s, e - 1) &&
               !(e - s >= 2 && ascii_is_upper((unsigned char)text[e - 2]) && (e - s == 2 || text[e - 3] == ' '))) {
            nl = memchr(text + e + 1, '\n', len - e - 1);
            e = nl ? (size_t)(nl - text) : len;
        }
        size_t b = s;
        while (b < e && ascii_is_space((unsigned char)text[b])) b++;
        if (b < e && !is_debris(debris, debris_anywhere, text + b, e - b)) split_para(&sp, abbr, text, b, e, para++);
        s = e + 1;
    }
    if (sp.oom) {
        free(sp.v);
        return -1;
    }
    *out = sp.v;
    return (long)sp.n;
}
