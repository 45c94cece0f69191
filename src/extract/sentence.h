/* sentence.h -- a report body cut into paragraphs and sentences, debris left out. */
#ifndef BRASS_SENTENCE_H
#define BRASS_SENTENCE_H

#include "extract/lexicon.h"

#include <stddef.h>

typedef struct sent_span {
    size_t start, end;  /* byte offsets into the body: [start, end) */
    size_t para;        /* paragraph number, from 0 */
} sent_span;

/* Splits text into sentences: every newline ends a paragraph; ". ", "! ", "? "
 * end a sentence unless the word before the period is an abbreviation (abbr,
 * "Gen.", "U.S.") or an initial. Paragraphs that are scraping debris (bullet
 * lines, a debris phrase opening the paragraph, or a debris_anywhere phrase in
 * a short one) are dropped. Sets *out (free() it) and returns the count, or -1 when
 * memory runs out. */
long sent_split(const lex *abbr, const lex *debris, const lex *debris_anywhere, const char *text,
                size_t len, sent_span **out);

#endif
