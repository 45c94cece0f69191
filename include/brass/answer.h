/* answer.h -- the answer stage: output formats and scoring against gold. */
#ifndef BRASS_ANSWER_H
#define BRASS_ANSWER_H

#include "core.h"
#include "extract.h"
#include "resolve.h"

/* One JSONL line (no trailing newline) for a document and its events:
 * {"doc": ID, "date": ..., "url"?, "title"?, "events": [...]}, fields named as
 * in spec/events.md plus evidence offsets. NULL when out of memory. */
char *brass_json_doc_events(const brass_doc *doc, const brass_events *events);

/* A short readable summary of a document's events, one line per event. */
char *brass_text_doc_events(const brass_doc *doc, const brass_events *events);

/* ---- Scoring against gold: the rules of eval/score.py (spec/events.md) ----
 * A brass_score holds gold documents and predictions; brass_score_report()
 * scores them and prints what score.py prints. */
typedef struct brass_score brass_score;

enum {
    BRASS_SCORE_VERBOSE = 1,  /* list every miss and wrong field, with evidence */
    BRASS_SCORE_JSON = 2      /* the figures as score.py --json prints them */
};

brass_score *brass_score_new(void);
void brass_score_free(brass_score *sc);
/* Reads a JSONL file of gold (gold != 0) or predicted documents,
 * {"doc": ID, "events": [...]}; a later line for one doc replaces an earlier
 * one. A bad line fails the whole load, with err naming path:line. */
int brass_score_load(brass_score *sc, const char *path, int gold, brass_error *err);
/* The same for one line; `where` names it in err. Blank lines are skipped. */
int brass_score_add_line(brass_score *sc, const char *line, int gold, const char *where,
                         brass_error *err);
/* Adds a document's extracted events as its prediction. */
int brass_score_add_events(brass_score *sc, const brass_doc *doc, const brass_events *events,
                           brass_error *err);
/* The report as score.py prints it (flags: BRASS_SCORE_*); the caller frees it. */
char *brass_score_report(const brass_score *sc, int flags, brass_error *err);

/* The scorer's name rules, for other stages too: whether two names are one
 * person (keys as brass_name_key in resolve.h), and the token F1 of two posts. */
int brass_same_person(const char *a, const char *b);
double brass_post_f1(const char *a, const char *b);

#endif
