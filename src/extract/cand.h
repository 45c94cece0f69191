/* cand.h -- candidate events of one report, before one per person and type is kept. */
#ifndef BRASS_CAND_H
#define BRASS_CAND_H

#include "brass/extract.h"
#include "extract/mention.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct cand {
    brass_event_type type;
    int person, by_person, repl_person;
    char by[160];
    char post[200];
    size_t sent, anchor;  /* anchor: byte offset of the trigger in the body */
    int score;
    bool weak;  /* a dismissal read from "replaced": void if the person resigned */
    bool out;   /* the post given is out of scope ("acting attorney general") */
    bool near;  /* the replacement came from a neighbouring sentence: it proves no scope */
    bool self;  /* "declared himself leader": the person is the agent too */
} cand;

typedef struct cands {
    cand *v;
    size_t n, cap;
    bool oom;
} cands;

/* True for the types that end a post: dismissal, resignation. */
bool cand_is_departure(brass_event_type t);
/* The post of a candidate: its own, else its person's ("" when none). */
const char *cand_post(const mdoc *d, const cand *c);
/* Whether two posts may be one post (either unknown, or agreeing). */
bool cand_posts_compatible(const char *a, const char *b);

/* Pairing sets repl_person of departures and arrivals that replace each other;
 * candidates must be in sentence order. In one sentence first, then in
 * neighbouring sentences with agreeing posts, then the one departure and one
 * arrival of a report (near = true for the last two: a guess, no proof of scope). */
void cand_pair_in_sentences(cands *c);
void cand_pair_neighbours(const mdoc *d, cands *c);
void cand_pair_lone_change(const mdoc *d, cands *c);

#endif
