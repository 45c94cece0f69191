/* score.h -- internals of the scorer shared by score.c, score_rules.c and score_report.c. */
#ifndef BRASS_SCORE_H
#define BRASS_SCORE_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

/* A list of words cut from a folded string. */
typedef struct score_words {
    char **w;
    size_t n;
} score_words;

/* The name/post rules of score.py; false/NULL only when out of memory where noted. */
char *score_fold(const char *s);  /* NFKD, marks dropped, lower case, non-ASCII as \x01 */
bool score_words_of(const char *s, bool digits, score_words *out);  /* [a-z]+ or [a-z0-9]+ */
void score_words_free(score_words *ws);
char *score_key(const char *name);  /* "" for no key; NULL when out of memory */
bool score_same_person(const char *a, const char *b);
double score_token_f1(const char *a, const char *b);
/* arg_ok of score.py: gold and pred are filled (neither null nor ""). */
bool score_arg_ok(const char *field, const json_t *gold, const json_t *pred);
/* str() of a JSON value as Python prints it (None, True, 5, 'x' without quotes). */
char *score_py_str(const json_t *v);
/* repr() of a JSON value as Python prints it ('x', "it's", None). */
char *score_py_repr(const json_t *v);

/* The figures of one scoring run, as score.py's score() returns them. */
#define SCORE_ARGS 5
extern const char *const score_arg_names[SCORE_ARGS];  /* post, by, replacement, date, certainty */

typedef struct score_type_count {
    char *name;  /* the type as a JSON object key (a predicted type may be anything) */
    long v[3];   /* tp, fp, fn */
} score_type_count;

typedef struct score_result {
    size_t documents, missing;  /* gold documents; those with no prediction line */
    long tp, fp, fn;
    score_type_count *types;    /* in the order score.py first meets them */
    size_t ntypes;
    long args[SCORE_ARGS][2];   /* right, scored */
    char *report;               /* the --verbose lines, each ending in a newline */
} score_result;

void score_result_free(score_result *r);
/* Formats a result as score.py prints it (text or --json). NULL when out of memory. */
char *score_format(const score_result *r, int flags);

#endif
