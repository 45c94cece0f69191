/* answer.h -- the answer stage: output formats and scoring against gold. */
#ifndef BRASS_ANSWER_H
#define BRASS_ANSWER_H

#include "core.h"
#include "extract.h"

/* One JSONL line (no trailing newline) for a document and its events:
 * {"doc": ID, "date": ..., "url"?, "title"?, "events": [...]}, fields named as
 * in spec/events.md plus evidence offsets. NULL when out of memory. */
char *brass_json_doc_events(const brass_doc *doc, const brass_events *events);

/* A short readable summary of a document's events, one line per event. */
char *brass_text_doc_events(const brass_doc *doc, const brass_events *events);

#endif
