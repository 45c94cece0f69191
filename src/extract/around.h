/* around.h -- an event's date and certainty from its sentence and the report around it. */
#ifndef BRASS_AROUND_H
#define BRASS_AROUND_H

#include "brass/extract.h"
#include "extract/attrib.h"
#include "extract/lexicon.h"
#include "extract/mention.h"

#include <stdbool.h>
#include <stddef.h>

/* One telling of a change, as the extractor found it. */
typedef struct around_event {
    brass_event_type type;
    int person;           /* index into the mdoc's persons */
    int by, repl;         /* who made the change, who was replaced / replaces: person or -1 */
    size_t sent, anchor;  /* its sentence, and the byte offset of its trigger in the body */
    const char *post;     /* the post it names, "" if none */
} around_event;

typedef struct around_doc around_doc;

/* The context of one report: d its sentences and persons; ev its n tellings in
 * sentence order; best[person * BRASS_EVENT_TYPES + type] the telling emitted
 * for each (person, type), or SIZE_MAX; the trigger and attribution lexicons;
 * doc_date the report's date or NULL (a dateline among the first lines of its
 * text, text_len bytes, is then used). All are borrowed and must outlive the result. NULL when out of memory. */
around_doc *around_new(const mdoc *d, const around_event *ev, size_t n, const size_t *best, const lex *triggers,
                       const attrib_lexicons *alx, const char *doc_date, size_t text_len);
void around_free(around_doc *ad);

/* The date of telling a (ISO, at the precision the text gives) into date:
 * from its own sentence, another telling of the same change, the change it
 * pairs with, the lead, or a follow-up announcement. False when none. */
bool around_date(const around_doc *ad, size_t a, char date[11]);

/* The certainty and source of telling a: its own sentence's, completed by the
 * report around it (a headline takes the body's attribution, a quotation its
 * speaker's, a confirmation elsewhere confirms, the changer's own word
 * confirms). */
void around_attrib(const around_doc *ad, size_t a, attrib *at);

#endif
