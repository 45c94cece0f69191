/* date.c -- finds the date of an event in its sentence and resolves it against the report's date. */
#include "extract/date.h"
#include "util/ascii.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sentences are scanned in a window of tokens around the anchor; longer
 * sentences lose their far ends, which rarely govern the event. */
#define DATE_MAX_TOKENS 192
#define DATE_MAX_CANDS 24

typedef enum { TK_WORD, TK_NUM, TK_PUNCT } tok_kind;

typedef struct tok {
    size_t start, end;
    tok_kind kind;
    int num;       /* value of a TK_NUM (capped), -1 if too long */
    int digits;    /* digit count of a TK_NUM */
    bool ordinal;  /* "12th" */
    int clause;    /* clause id, see mark_clauses() */
} tok;

typedef struct toks {
    const char *s;
    tok t[DATE_MAX_TOKENS];
    int n;
} toks;

/* A date found in the text: y always, m and d where given (0 = absent). */
typedef struct cand {
    int first, last;  /* token span */
    int y, m, d;
    bool report;      /* attached to a reporting verb: dates the report */
} cand;

/* ---- calendar arithmetic (proleptic Gregorian, days since 1970-01-01) ---- */

static long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int weekday_of(long days) {  /* 0 = Monday */
    long w = (days + 3) % 7;        /* 1970-01-01 was a Thursday */
    return (int)(w < 0 ? w + 7 : w);
}

static int month_days(int y, int m) {
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : len[m - 1];
}

static bool valid_ymd(int y, int m, int d) {
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= month_days(y, m);
}

/* ---- tokens ---- */

/* Byte length of the UTF-8 punctuation (U+2000..U+203F: dashes, curly quotes) at p, or 0. */
static size_t utf8_punct(const char *p, const char *end) {
    if (end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80) return 3;
    return 0;
}

/* The start of the window tokenized: a long sentence is read 1200 bytes
 * around the anchor. */
static size_t window_from(size_t len, size_t anchor) {
    return len > 1200 && anchor > 600 ? anchor - 600 : 0;
}

static void tokenize(toks *tk, const char *s, size_t len, size_t anchor) {
    size_t from = window_from(len, anchor), to = len;
    if (len > 1200) to = from + 1200 < len ? from + 1200 : len;
    tk->s = s;
    tk->n = 0;
    const char *end = s + to;
    for (const char *p = s + from; p < end && tk->n < DATE_MAX_TOKENS;) {
        unsigned char c = (unsigned char)*p;
        tok *t = &tk->t[tk->n];
        t->start = (size_t)(p - s);
        t->ordinal = false;
        t->num = 0;
        t->digits = 0;
        t->clause = 0;
        size_t up;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            p++;
            continue;
        } else if (ascii_is_digit(c)) {
            const char *q = p;
            long v = 0;
            while (q < end && ascii_is_digit((unsigned char)*q)) {
                if (v < 100000) v = v * 10 + (*q - '0');
                q++;
            }
            t->kind = TK_NUM;
            t->digits = (int)(q - p);
            t->num = t->digits > 5 ? -1 : (int)v;
            /* ordinal suffix: 1st 2nd 3rd 12th */
            if (end - q >= 2 && ascii_is_alpha((unsigned char)q[0]) && ascii_is_alpha((unsigned char)q[1]) &&
                (end - q == 2 || !ascii_is_alpha((unsigned char)q[2]))) {
                char a = (char)(q[0] | 0x20), b = (char)(q[1] | 0x20);
                if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
                    (a == 't' && b == 'h')) {
                    t->ordinal = true;
                    q += 2;
                }
            }
            p = q;
        } else if ((up = utf8_punct(p, end)) != 0) {
            t->kind = TK_PUNCT;
            p += up;
        } else if (ascii_is_alpha(c) || c >= 0x80) {
            const char *q = p;
            while (q < end && (ascii_is_alpha((unsigned char)*q) || ((unsigned char)*q >= 0x80 && !utf8_punct(q, end))))
                q++;
            t->kind = TK_WORD;
            p = q;
        } else {
            t->kind = TK_PUNCT;
            p++;
        }
        t->end = (size_t)(p - s);
        tk->n++;
    }
}

static size_t tok_len(const toks *tk, int i) { return tk->t[i].end - tk->t[i].start; }

/* Case-insensitive: is token i the word w? */
static bool tok_is(const toks *tk, int i, const char *w) {
    if (i < 0 || i >= tk->n || tk->t[i].kind != TK_WORD) return false;
    const char *p = tk->s + tk->t[i].start;
    if ((p[0] | 0x20) != w[0]) return false;  /* most calls end here: kept short to be inlined */
    size_t n = tok_len(tk, i), k = 1;
    for (; k < n && w[k]; k++)
        if ((p[k] | 0x20) != w[k]) return false;
    return k == n && !w[k];
}

static bool tok_is_any(const toks *tk, int i, const char *const *words) {
    for (; *words; words++)
        if (tok_is(tk, i, *words)) return true;
    return false;
}

static bool tok_punct(const toks *tk, int i, char c) {
    return i >= 0 && i < tk->n && tk->t[i].kind == TK_PUNCT && tk->s[tk->t[i].start] == c;
}

static bool tok_capitalized(const toks *tk, int i) {
    unsigned char c = (unsigned char)tk->s[tk->t[i].start];
    return c >= 'A' && c <= 'Z';
}

/* Tokens i and i+1 touch (no space between). */
static bool adjacent(const toks *tk, int i) { return i + 1 < tk->n && tk->t[i].end == tk->t[i + 1].start; }

/* ---- clauses: a relative clause (", who ...,") gets its own id, so that a
 * date inside it does not date an event outside it, nor the reverse ---- */

static void mark_clauses(toks *tk) {
    static const char *const rel[] = {"who", "whom", "whose", "which", "where", NULL};
    int next_id = 1, cur = 0, main_id = 0;
    bool in_rel = false;
    for (int i = 0; i < tk->n; i++) {
        if (tok_punct(tk, i, ';') ||
            (tok_punct(tk, i, ',') && (tok_is(tk, i + 1, "and") || tok_is(tk, i + 1, "but")) && !in_rel)) {
            main_id = cur = next_id++;
            in_rel = false;
        } else if ((tok_punct(tk, i, ',') || tok_punct(tk, i, '(')) && tok_is_any(tk, i + 1, rel)) {
            cur = next_id++;
            in_rel = true;
        } else if (in_rel && (tok_punct(tk, i, ',') || tok_punct(tk, i, ')'))) {
            tk->t[i].clause = cur;
            cur = main_id;
            in_rel = false;
            continue;
        }
        tk->t[i].clause = cur;
    }
}

/* ---- date words ---- */

static int month_of(const toks *tk, int i) {
    static const char *const names[12][3] = {
        {"january", "jan", NULL},  {"february", "feb", NULL}, {"march", "mar", NULL},
        {"april", "apr", NULL},    {"may", NULL, NULL},       {"june", "jun", NULL},
        {"july", "jul", NULL},     {"august", "aug", NULL},   {"september", "sept", "sep"},
        {"october", "oct", NULL},  {"november", "nov", NULL}, {"december", "dec", NULL},
    };
    if (i < 0 || i >= tk->n || tk->t[i].kind != TK_WORD || !tok_capitalized(tk, i)) return 0;
    if (tok_len(tk, i) > 9) return 0;  /* longer than "september": most capitalized words */
    char first = (char)(tk->s[tk->t[i].start] | 0x20);
    for (int m = 0; m < 12; m++)
        for (int k = 0; k < 3 && names[m][k] && names[m][0][0] == first; k++)
            if (tok_is(tk, i, names[m][k])) return m + 1;
    return 0;
}

static int weekday_word(const toks *tk, int i) {  /* 1 = Monday .. 7, 0 = none */
    static const char *const names[7] = {"monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};
    if (i < 0 || i >= tk->n || tk->t[i].kind != TK_WORD || !tok_capitalized(tk, i)) return 0;
    for (int w = 0; w < 7; w++)
        if (tok_is(tk, i, names[w])) return w + 1;
    return 0;
}

static bool is_year(const toks *tk, int i) {
    return i >= 0 && i < tk->n && tk->t[i].kind == TK_NUM && tk->t[i].digits == 4 && !tk->t[i].ordinal &&
           tk->t[i].num >= 1900 && tk->t[i].num <= 2100;
}

static bool is_day(const toks *tk, int i) {
    return i >= 0 && i < tk->n && tk->t[i].kind == TK_NUM && tk->t[i].digits <= 2 && tk->t[i].num >= 1 &&
           tk->t[i].num <= 31;
}

/* Words before a bare month or year that make it a time expression. */
static bool time_preposition(const toks *tk, int i) {
    static const char *const preps[] = {"in",    "since", "early", "late",  "mid",     "during", "by",
                                        "until", "till",  "from",  "of",    "between", "through", "before",
                                        "after", "last",  "this",  "next",  "end",     "start", "beginning",
                                        "on",    "and",   "to",    "around", NULL};
    if (tok_punct(tk, i, '-')) i--;  /* mid-2022 */
    return tok_is_any(tk, i, preps);
}

/* Reporting verbs: a date attached to one dates the report. */
static bool reporting_word(const toks *tk, int i) {
    static const char *const words[] = {
        "said",     "says",      "say",       "reported", "reports", "report",   "told",
        "wrote",    "writes",    "stated",    "added",    "announced", "announces", "claimed",
        "claims",   "confirmed", "posted",    "tweeted",  "according", "statement", "tells",
        "briefing", "interview", "noted",     "explained", "revealed", "published", "quoted",
        "cited",    "citing",    "reporting", "news",     NULL};
    return tok_is_any(tk, i, words);
}

/* A word that is likely a finite verb other than a reporting one: it ends a
 * search for the reporting verb that owns a date. */
static bool other_verb(const toks *tk, int i) {
    static const char *const aux[] = {"was", "were", "is", "are", "has", "have", "had", "will", "been", NULL};
    if (tk->t[i].kind != TK_WORD) return false;
    if (tok_is_any(tk, i, aux)) return true;
    size_t n = tok_len(tk, i);
    const char *p = tk->s + tk->t[i].start;
    return n > 3 && (p[n - 2] | 0x20) == 'e' && (p[n - 1] | 0x20) == 'd';
}

/* Does the date spanning tokens [first, last] date the reporting? */
static bool dates_report(const toks *tk, int first, int last) {
    /* "said (late) on Friday", "according to the prosecution on Sunday",
     * "in a statement on Friday" */
    int words = 0;
    for (int i = first - 1; i >= 0 && words < 6; i--) {
        if (tk->t[i].kind == TK_PUNCT) break;
        if (reporting_word(tk, i)) return true;
        if (other_verb(tk, i)) break;
        words++;
    }
    /* "On Tuesday, TASS reported that ...": only for a date opening the
     * sentence, else "X was fired on Friday, TASS reported" would count */
    for (int k = 0; k < first; k++)
        if (k >= 2 || tk->t[k].kind != TK_WORD) return false;
    int i = last + 1;
    if (tok_punct(tk, i, ',')) i++;
    for (words = 0; i < tk->n && words < 6; i++, words++) {
        if (tk->t[i].kind == TK_PUNCT) break;
        if (reporting_word(tk, i)) return tok_is(tk, i, "according") ? false : true;
        if (other_verb(tk, i)) break;
    }
    return false;
}

/* ---- resolving relative dates ---- */

typedef struct ref {
    bool ok;
    int y, m, d;
    long days;
} ref;

static ref parse_ref(const char *doc_date) {
    ref r = {0};
    if (!doc_date || strlen(doc_date) < 10) return r;
    for (int k = 0; k < 10; k++)
        if (k == 4 || k == 7 ? doc_date[k] != '-' : !ascii_is_digit((unsigned char)doc_date[k])) return r;
    r.y = (doc_date[0] - '0') * 1000 + (doc_date[1] - '0') * 100 + (doc_date[2] - '0') * 10 + (doc_date[3] - '0');
    r.m = (doc_date[5] - '0') * 10 + (doc_date[6] - '0');
    r.d = (doc_date[8] - '0') * 10 + (doc_date[9] - '0');
    if (!valid_ymd(r.y, r.m, r.d)) return r;
    r.days = days_from_civil(r.y, r.m, r.d);
    r.ok = true;
    return r;
}

static void set_days(cand *c, long days) { civil_from_days(days, &c->y, &c->m, &c->d); }

/* The year for a month (and day) given without one: the nearest to the
 * report's date, leaning to the past (reports mostly tell what happened). */
static int infer_year(const ref *r, int m, int d) {
    int best = r->y;
    long best_cost = -1;
    for (int y = r->y - 1; y <= r->y + 1; y++) {
        int dd = d ? d : (y == r->y && m == r->m ? r->d : 1);
        if (dd > month_days(y, m)) dd = month_days(y, m);
        long diff = days_from_civil(y, m, dd) - r->days;
        long cost = diff <= 0 ? -diff : diff * 6;
        if (best_cost < 0 || cost < best_cost) {
            best_cost = cost;
            best = y;
        }
    }
    return best;
}

/* "last year" / "this year" / "next year" right after token i: the year it names, or 0. */
static int year_phrase(const toks *tk, int i, const ref *r, int *used) {
    *used = 0;
    if (!r->ok || !tok_is(tk, i + 1, "year")) return 0;
    *used = 2;
    if (tok_is(tk, i, "last") || tok_is(tk, i, "previous")) return r->y - 1;
    if (tok_is(tk, i, "this")) return r->y;
    if (tok_is(tk, i, "next")) return r->y + 1;
    *used = 0;
    return 0;
}

/* ---- candidate scanning ---- */

/* A tense that puts a weekday ahead of the report ("will take over on
 * Monday", "from Tuesday"): looked for back to the clause's start. */
static bool future_before(const toks *tk, int i) {
    static const char *const w[] = {"will", "shall", "starting", NULL};
    if (tok_is(tk, i - 1, "from")) return true;
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
        if (tk->t[k].kind == TK_PUNCT) return false;
        if (tok_is_any(tk, k, w)) return true;
        if (reporting_word(tk, k)) return false;
    }
    return false;
}

/* "a", "one" .. "twelve" as a count (or a small digit number), else 0. */
static int number_word(const toks *tk, int i) {
    static const char *const w[] = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                    "nine", "ten", "eleven", "twelve", NULL};
    for (int k = 0; w[k]; k++)
        if (tok_is(tk, i, w[k])) return k == 0 ? 1 : k;
    return 0;
}

/* Tries a date starting at token i; fills c and returns true. */
/* Completes a date whose month and day are in c: the year at token k (after an
 * optional comma), a year phrase ("last year"), or the year nearest the report
 * date. False when there is none or the date does not exist. */
static bool day_month_year(const toks *tk, int k, const ref *r, cand *c) {
    int used;
    if (tok_punct(tk, k, ',')) k++;
    if (is_year(tk, k)) {
        c->y = tk->t[k].num, c->last = k;
    } else if ((c->y = year_phrase(tk, k, r, &used)) != 0) {
        c->last = k + used - 1;
    } else if (r->ok) {
        c->y = infer_year(r, c->m, c->d);
    } else {
        return false;
    }
    return valid_ymd(c->y, c->m, c->d);
}

/* Whether word token i is one a date phrase can start with: a month, a weekday,
 * a number word, "the" (weekend), "yesterday", "today", "tonight", "this",
 * "last", "previous" or "next". Asked of every word of every sentence dated, so
 * one lookup by length replaces some thirty comparisons for all other words. */
static bool starts_date(const toks *tk, int i) {
    static const char *const by_len[10] = {
        NULL, "a", NULL,
        "the one two six ten may jan feb mar apr jun jul aug sep oct nov dec",
        "four five nine this last next june july sept",
        "three seven eight today march april",
        "eleven twelve monday friday sunday august",
        "tonight tuesday january october",
        "thursday saturday february previous november december",
        "wednesday yesterday september"};
    size_t n = tok_len(tk, i);
    if (n == 0 || n > 9) return false;
    char w[10];
    for (size_t k = 0; k < n; k++) w[k] = (char)(tk->s[tk->t[i].start + k] | 0x20);
    for (const char *p = by_len[n]; p && *p; p += n + (p[n] == ' '))
        if (p[0] == w[0] && memcmp(p, w, n) == 0) return true;
    return false;
}

static bool scan_at(const toks *tk, int i, const ref *r, cand *c) {
    const tok *t = &tk->t[i];
    /* asked of every token: most are no date's start, and leave before any work */
    if (t->kind == TK_PUNCT || (t->kind == TK_WORD && !starts_date(tk, i))) return false;
    memset(c, 0, sizeof *c);
    c->first = c->last = i;
    int m;

    if (t->kind == TK_NUM) {
        /* 2023-07-12 */
        if (is_year(tk, i) && adjacent(tk, i) && tok_punct(tk, i + 1, '-') && adjacent(tk, i + 1) &&
            i + 4 < tk->n && tk->t[i + 2].kind == TK_NUM && adjacent(tk, i + 2) && tok_punct(tk, i + 3, '-') &&
            adjacent(tk, i + 3) && tk->t[i + 4].kind == TK_NUM) {
            c->last = i + 4;
            c->y = t->num, c->m = tk->t[i + 2].num, c->d = tk->t[i + 4].num;
            return valid_ymd(c->y, c->m, c->d);
        }
        /* 12/07/2023, 07/12/2023, 12.07.2023, 12-07-2023 */
        if (is_day(tk, i) && !t->ordinal && adjacent(tk, i) &&
            (tok_punct(tk, i + 1, '/') || tok_punct(tk, i + 1, '.') || tok_punct(tk, i + 1, '-')) &&
            adjacent(tk, i + 1) && is_day(tk, i + 2) && adjacent(tk, i + 2) &&
            tok_punct(tk, i + 3, tk->s[tk->t[i + 1].start]) && adjacent(tk, i + 3) && is_year(tk, i + 4)) {
            int a = t->num, b = tk->t[i + 2].num;
            bool dots = tok_punct(tk, i + 1, '.');
            c->last = i + 4;
            c->y = tk->t[i + 4].num;
            if (dots || (a > 12 && b <= 12) || a == b) {
                c->d = a, c->m = b;  /* day first: dotted dates, or the only reading */
            } else if (b > 12 && a <= 12) {
                c->m = a, c->d = b;
            } else {
                return false;  /* ambiguous */
            }
            return valid_ymd(c->y, c->m, c->d);
        }
        /* 12 July 2023, 12th of July, 12 July */
        if (is_day(tk, i)) {
            int j = i + 1;
            if (tok_is(tk, j, "of")) j++;
            if ((m = month_of(tk, j)) != 0) {
                if (tok_punct(tk, j + 1, '.') && adjacent(tk, j)) j++;
                c->m = m, c->d = t->num, c->last = j;
                return day_month_year(tk, j + 1, r, c);
            }
        }
        /* in 2016, since 2016, mid-2016 */
        if (is_year(tk, i) && time_preposition(tk, i - 1) &&
            !(adjacent(tk, i) && i + 1 < tk->n && tk->t[i + 1].kind == TK_WORD)) {  /* not "1990s" */
            c->y = t->num;
            return true;
        }
        /* N days ago */
        if (r->ok && t->num > 0 && t->num < 60 && tok_is(tk, i + 1, "days") && tok_is(tk, i + 2, "ago")) {
            set_days(c, r->days - t->num);
            c->last = i + 2;
            return true;
        }
        return false;
    }
    /* a word that starts_date */

    /* July 12, 2023 / July 12 / July 2023 / in July */
    if ((m = month_of(tk, i)) != 0) {
        int j = i;
        if (tok_punct(tk, j + 1, '.') && adjacent(tk, j)) j++;
        c->m = m;
        int used;
        if (is_day(tk, j + 1) && !(adjacent(tk, j + 1) && tok_punct(tk, j + 2, '-') && is_day(tk, j + 3))) {
            c->d = tk->t[j + 1].num;
            c->last = j + 1;
            return day_month_year(tk, j + 2, r, c);
        }
        int k = j + 1;
        if (tok_punct(tk, k, ',')) k++;
        if (is_year(tk, k)) {
            c->y = tk->t[k].num, c->last = k;
            return true;
        }
        if (tok_is(tk, k, "of") && is_year(tk, k + 1)) {
            c->y = tk->t[k + 1].num, c->last = k + 1;
            return true;
        }
        if (!time_preposition(tk, i - 1) || !r->ok) return false;
        if ((c->y = year_phrase(tk, k, r, &used)) != 0) {
            c->last = k + used - 1;
            return true;
        }
        c->y = infer_year(r, m, 0);
        c->last = j;
        return true;
    }
    if (!r->ok) return false;

    int wd = weekday_word(tk, i);
    if (wd) {
        long back = (weekday_of(r->days) - (wd - 1) + 7) % 7;
        if (tok_is(tk, i - 1, "next") || (back != 0 && future_before(tk, i))) {
            c->first = i - 1;
            set_days(c, r->days + (back == 0 ? 7 : 7 - back));
        } else {
            if (tok_is(tk, i - 1, "last") && back == 0) back = 7;
            if (tok_is(tk, i - 1, "last")) c->first = i - 1;
            set_days(c, r->days - back);
        }
        return true;
    }
    /* "over the weekend", "at the weekend": the one just past, or this one on a Saturday or Sunday */
    if (tok_is(tk, i, "the") && tok_is(tk, i + 1, "weekend") &&
        (tok_is(tk, i - 1, "over") || tok_is(tk, i - 1, "at") || tok_is(tk, i - 1, "during"))) {
        long sat = r->days - weekday_of(r->days) + 5;
        if (sat > r->days) sat -= 7;
        int y1, m1, d1, y2, m2, d2;
        civil_from_days(sat, &y1, &m1, &d1);
        civil_from_days(sat + 1, &y2, &m2, &d2);
        if (y1 != y2 || m1 != m2) return false;
        c->y = y1, c->m = m1, c->last = i + 1;
        return true;
    }
    /* "two days ago", "a week ago": a day; "three weeks ago": its month */
    int num = number_word(tk, i);
    if (num > 0 && tok_is(tk, i + 2, "ago")) {
        bool week = tok_is(tk, i + 1, "week") || tok_is(tk, i + 1, "weeks");
        if (!week && !tok_is(tk, i + 1, "day") && !tok_is(tk, i + 1, "days")) return false;
        set_days(c, r->days - (long)num * (week ? 7 : 1));
        if (week && num > 1) c->d = 0;
        c->last = i + 2;
        return true;
    }
    if (tok_is(tk, i, "yesterday")) {
        set_days(c, r->days - 1);
        return true;
    }
    if (tok_is(tk, i, "today") || tok_is(tk, i, "tonight")) {
        set_days(c, r->days);
        return true;
    }
    if (tok_is(tk, i, "this") && (tok_is(tk, i + 1, "morning") || tok_is(tk, i + 1, "afternoon") ||
                                  tok_is(tk, i + 1, "evening"))) {
        c->last = i + 1;
        set_days(c, r->days);
        return true;
    }
    if (tok_is(tk, i, "last") && tok_is(tk, i + 1, "night")) {
        c->last = i + 1;
        set_days(c, r->days - 1);
        return true;
    }
    bool last = tok_is(tk, i, "last") || tok_is(tk, i, "previous"), this_ = tok_is(tk, i, "this");
    if (!last && !this_ && !tok_is(tk, i, "next")) return false;
    int sign = last ? -1 : this_ ? 0 : 1;
    c->last = i + 1;
    if (tok_is(tk, i + 1, "year")) {
        c->y = r->y + sign;
        return true;
    }
    if (tok_is(tk, i + 1, "month")) {
        int mm = r->m + sign, yy = r->y;
        if (mm < 1) mm = 12, yy--;
        if (mm > 12) mm = 1, yy++;
        c->y = yy, c->m = mm;
        return true;
    }
    if (tok_is(tk, i + 1, "week") || tok_is(tk, i + 1, "weekend")) {
        /* a week has no ISO form: give its month when it lies in one */
        long monday = r->days - weekday_of(r->days) + 7L * sign;
        long first = tok_is(tk, i + 1, "weekend") ? monday + 5 : monday;
        long lastd = sign == 0 ? r->days : monday + 6;
        if (sign == 0 && first > r->days) first = r->days;
        int y1, m1, d1, y2, m2, d2;
        civil_from_days(first, &y1, &m1, &d1);
        civil_from_days(lastd, &y2, &m2, &d2);
        if (y1 != y2 || m1 != m2) return false;
        c->y = y1, c->m = m1;
        return true;
    }
    return false;
}

/* "born 12 May 1970" dates a birth, never an event. */
static bool born_before(const toks *tk, int first) {
    for (int i = first - 1; i >= 0 && i >= first - 3; i--)
        if (tok_is(tk, i, "born")) return true;
    return false;
}

static void format_cand(const cand *c, char out[11]) {
    if (c->d)
        snprintf(out, 11, "%04d-%02d-%02d", c->y, c->m, c->d);
    else if (c->m)
        snprintf(out, 11, "%04d-%02d", c->y, c->m);
    else
        snprintf(out, 11, "%04d", c->y);
}

/* Is there a verb between token at and the date [first, last] ("reported his
 * death, said he graduated in 1995": the year is the graduation's)? */
static bool verb_between(const toks *tk, int at, int first, int last) {
    /* finite verbs only: a participle may be an adjective ("in occupied Crimea on Friday") */
    static const char *const aux[] = {"was", "were", "is", "are", "has", "have", "had", "will", "been", NULL};
    int a = at < first ? at + 1 : last + 1, b = at < first ? first : at;
    for (int i = a; i < b; i++)
        if (tk->t[i].kind == TK_WORD && (reporting_word(tk, i) || tok_is_any(tk, i, aux))) return true;
    return false;
}

/* Does the date at token first, after the anchor at, sit in a clause of its
 * own ("... comes as the West braces after troops massed last month")? A
 * subordinator with a finite verb after it, before the date, opens one. */
static bool in_other_clause(const toks *tk, int at, int first) {
    static const char *const sub[] = {"as", "because", "since", "although", "though", "while", "whereas", NULL};
    static const char *const aux[] = {"was", "were", "is", "are", "has", "have", "had", "will", NULL};
    static const char *const pron[] = {"he", "she", "they", "it", "we", NULL};
    for (int i = at + 1; i < first; i++) {
        if (!tok_is_any(tk, i, sub)) continue;
        /* a verb with its subject: an auxiliary, or "-ed" right after a name or
         * pronoun ("Russia positioned"), not an adjective ("new armed forces") */
        for (int j = i + 1; j < first; j++)
            if (tok_is_any(tk, j, aux) ||
                (other_verb(tk, j) && tk->t[j - 1].kind == TK_WORD &&
                 (tok_capitalized(tk, j - 1) || tok_is_any(tk, j - 1, pron))))
                return true;
    }
    return false;
}

/* The tokens and candidate dates of one sentence: they depend on the text and
 * the report's date, not on the anchor (but for the window of a long sentence),
 * so the tellings of one report that weigh the same sentence scan it once. */
typedef struct memo_entry {
    const char *s, *doc_date;
    size_t len, from;
    toks tk;
    cand cands[DATE_MAX_CANDS];
    int nc;
} memo_entry;

enum { MEMO_SLOTS = 4 };
struct date_memo {
    memo_entry e[MEMO_SLOTS];
    int used, next;
};

date_memo *date_memo_new(void) {
    date_memo *m = malloc(sizeof *m);  /* entries are written before they are read */
    if (m) m->used = m->next = 0;
    return m;
}
void date_memo_free(date_memo *m) { free(m); }

static const memo_entry *sentence_dates(date_memo *m, memo_entry *scratch, const char *s, size_t len,
                                        size_t anchor, const char *doc_date) {
    size_t from = window_from(len, anchor);
    for (int k = 0; m && k < m->used; k++) {
        const memo_entry *e = &m->e[k];
        if (e->s == s && e->len == len && e->from == from &&
            (e->doc_date == doc_date || (e->doc_date && doc_date && strcmp(e->doc_date, doc_date) == 0)))
            return e;
    }
    memo_entry *e = scratch;
    if (m) {
        e = &m->e[m->next];
        m->next = (m->next + 1) % MEMO_SLOTS;
        if (m->used < MEMO_SLOTS) m->used++;
    }
    e->s = s, e->len = len, e->from = from, e->doc_date = doc_date;
    tokenize(&e->tk, s, len, anchor);
    mark_clauses(&e->tk);
    ref r = parse_ref(doc_date);
    e->nc = 0;
    for (int i = 0; i < e->tk.n && e->nc < DATE_MAX_CANDS; i++) {
        cand c;
        if (!scan_at(&e->tk, i, &r, &c)) continue;
        if (born_before(&e->tk, c.first)) {
            i = c.last;
            continue;
        }
        c.report = dates_report(&e->tk, c.first, c.last);
        e->cands[e->nc++] = c;
        i = c.last;
    }
    return e;
}

static int find_date(date_memo *memo, const char *s, size_t len, size_t anchor, const char *doc_date,
                     char out[11], bool allow_report, long max_dist) {
    out[0] = '\0';
    if (!s || len == 0) return 0;
    if (anchor > len) anchor = len;
    memo_entry scratch;
    const memo_entry *me = sentence_dates(memo, &scratch, s, len, anchor, doc_date);
    const toks *tk = &me->tk;
    const cand *cands = me->cands;
    int nc = me->nc;

    /* the anchor's token and clause */
    int at = tk->n ? tk->n - 1 : 0;
    for (int i = 0; i < tk->n; i++)
        if (tk->t[i].end > anchor) {
            at = i;
            break;
        }
    int anchor_clause = tk->n ? tk->t[at].clause : 0;

    /* the closest date in the anchor's clause; failing that, for an anchor
     * inside a relative clause, the closest in the main clause */
    int best = -1;
    long best_dist = 0;
    for (int pass = 0; pass < 2 && best < 0; pass++) {
        for (int k = 0; k < nc; k++) {
            int cl = tk->t[cands[k].first].clause;
            if (cands[k].report && !allow_report) continue;
            if (pass == 0 && cl != anchor_clause) continue;
            if (pass == 1 && (anchor_clause == 0 || cl != 0)) continue;
            size_t a = tk->t[cands[k].first].start, b = tk->t[cands[k].last].end;
            /* a date after the trigger ("was fired on Friday") governs it more
             * often than one before it, which may belong to an earlier verb */
            long dist = anchor < a ? (long)(a - anchor) : anchor >= b ? (long)(anchor - b) * 3 / 2 : 0;
            if (max_dist > 0 && (dist > max_dist || verb_between(tk, at, cands[k].first, cands[k].last))) continue;
            if (!cands[k].report && in_other_clause(tk, at, cands[k].first)) continue;
            if (cands[k].report) dist += 100000;  /* only when nothing else dates it */
            if (best < 0 || dist < best_dist) {
                best = k;
                best_dist = dist;
            }
        }
    }
    if (best < 0) return 0;
    format_cand(&cands[best], out);
    return 1;
}

int date_of_event(date_memo *memo, const char *s, size_t len, size_t anchor, const char *doc_date, char out[11]) {
    return find_date(memo, s, len, anchor, doc_date, out, false, 0);
}

int date_in_sentence(date_memo *memo, const char *s, size_t len, size_t anchor, const char *doc_date,
                     char out[11]) {
    return find_date(memo, s, len, anchor, doc_date, out, true, 0);
}

int date_near_event(date_memo *memo, const char *s, size_t len, size_t anchor, const char *doc_date, char out[11],
                    size_t within) {
    return find_date(memo, s, len, anchor, doc_date, out, true, within ? (long)within : 1);
}

/* The full date that a dateline-like line holds ("October 8, 2022 5:05 pm",
 * "By X * 27 February 2023 * 18:33", "23:15, 26.02.23"), or 0. */
static int line_date(const char *line, size_t n, char out[11]) {
    toks tk;
    tokenize(&tk, line, n, 0);
    ref none = {0};
    for (int i = 0; i < tk.n; i++) {
        cand c;
        if (scan_at(&tk, i, &none, &c) && c.d) {
            format_cand(&c, out);
            return 1;
        }
        /* 26.02.23: a two-digit year is read only in a dateline */
        if (is_day(&tk, i) && adjacent(&tk, i) && tok_punct(&tk, i + 1, '.') && adjacent(&tk, i + 1) &&
            is_day(&tk, i + 2) && adjacent(&tk, i + 2) && tok_punct(&tk, i + 3, '.') && adjacent(&tk, i + 3) &&
            i + 4 < tk.n && tk.t[i + 4].kind == TK_NUM && tk.t[i + 4].digits == 2 &&
            !(i + 5 < tk.n && adjacent(&tk, i + 4))) {
            c.y = 2000 + tk.t[i + 4].num, c.m = tk.t[i + 2].num, c.d = tk.t[i].num;
            if (valid_ymd(c.y, c.m, c.d)) {
                format_cand(&c, out);
                return 1;
            }
        }
    }
    return 0;
}

/* Does the line hold a clock time ("5:05", "18:33")? */
static bool has_clock(const char *line, size_t n) {
    for (size_t k = 1; k + 2 < n; k++)
        if (line[k] == ':' && ascii_is_digit((unsigned char)line[k - 1]) && ascii_is_digit((unsigned char)line[k + 1]) &&
            ascii_is_digit((unsigned char)line[k + 2]))
            return true;
    return false;
}

/* A dateline: a short line near the top that holds a full date. A page may
 * show today's date above the story's own; the story's carries its time of
 * publication, so a line with a clock time wins over an earlier one without. */
int date_dateline(const char *text, size_t len, char out[11]) {
    out[0] = '\0';
    if (!text) return 0;
    char first[11] = "";
    size_t p = 0;
    for (int line = 0; line < 8 && p < len; line++) {
        const char *nl = memchr(text + p, '\n', len - p);
        size_t e = nl ? (size_t)(nl - text) : len;
        size_t n = e - p;
        int words = 0;
        for (size_t k = p; k < e && n <= 90; k++)
            if (ascii_is_alpha((unsigned char)text[k]) && (k == p || !ascii_is_alpha((unsigned char)text[k - 1]))) words++;
        char d[11];
        if (n >= 6 && n <= 90 && words <= 10 && line_date(text + p, n, d)) {
            if (has_clock(text + p, n)) {
                memcpy(out, d, 11);
                return 1;
            }
            if (!first[0]) memcpy(first, d, 11);
        }
        p = e + 1;
    }
    memcpy(out, first, 11);
    return first[0] != '\0';
}
