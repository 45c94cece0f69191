/* link.h -- resolution inside the store: persons, posts and merged events, updated per document. */
#ifndef BRASS_LINK_H
#define BRASS_LINK_H

#include "store/db.h"

/* Finds or creates the person a mention names, records the alias with the
 * document that used it, and sets *id (0 when the name has no letters).
 * Transliteration variants and surname-only mentions join a known person
 * when that is unambiguous; a different given name never does (Ivan Popov is
 * not Pavel Popov). */
int link_person(brass_store *st, const char *name, sqlite3_int64 doc, sqlite3_int64 *id,
                brass_error *err);

/* The one person a name whose surname key found nobody fitting denotes by a
 * looser rule (surname spelling variant with the same first name, reordered
 * or fuller name); *id = 0 when none or several fit. */
int link_person_alt(brass_store *st, const char *name, const char *key, const char *given,
                    sqlite3_int64 *id, brass_error *err);

/* Finds the person a name denotes without creating one: *id = 0 when none
 * or several fit (then *ambiguous is set for several). */
int link_find_person(brass_store *st, const char *name, sqlite3_int64 *id, bool *ambiguous,
                     brass_error *err);

/* Finds or creates the post of a wording by its canonical form; *id = 0 when
 * post is NULL or has no content word. */
int link_post(brass_store *st, const char *post, sqlite3_int64 *id, brass_error *err);

/* The facts of an event that merging compares. */
typedef struct link_event {
    sqlite3_int64 person, post;  /* 0 = unknown */
    const char *type, *date, *certainty, *by, *replacement;
} link_event;

/* Finds the merged event an event tells (same type and person, compatible
 * dates and posts), creating one when there is none, updates the merged
 * event's fields and sets *merged (0 when the event has no person). Called
 * before the event is stored, so that its row is written once, with *merged.
 * Incremental: only this event's candidates are read. */
int link_merge(brass_store *st, const link_event *ev, sqlite3_int64 *merged, brass_error *err);
/* Keeps merged event id's certainty the strongest of its independent sources:
 * the new source (document doc, its certainty) raises it unless doc is a
 * near-copy whose original tells the event too. Called once the event's row
 * is stored; reads only that event's facts, never all the sources. */
int link_merge_certainty(brass_store *st, sqlite3_int64 id, sqlite3_int64 doc, const char *certainty,
                         brass_error *err);

/* Dates "YYYY[-MM[-DD]]": true when one is a prefix of the other. */
bool link_dates_agree(const char *a, const char *b);
/* Days between the starts of two dates' periods (absolute, approximate). */
long link_days_apart(const char *a, const char *b);

#endif
