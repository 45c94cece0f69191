/* date.h -- dates in event sentences, resolved against the report's date. */
#ifndef BRASS_DATE_H
#define BRASS_DATE_H

#include <stddef.h>

/* A memo of the last sentences scanned, so that the tellings of one report
 * that weigh the same sentence scan it once. Owned by the caller; every
 * function below takes one or NULL (no memo). The texts scanned must outlive
 * the memo's use. NULL from date_memo_new when out of memory. */
typedef struct date_memo date_memo;
date_memo *date_memo_new(void);
void date_memo_free(date_memo *m);

/* s = one sentence (len bytes, not necessarily NUL-terminated); anchor = byte
 * offset in s of the event's trigger word; doc_date = the report's date
 * "YYYY-MM-DD" or NULL. Returns 1 and writes an ISO date at the precision the
 * text supports ("2023-07-12", "2023-07" or "2023", NUL-terminated) to out, or
 * 0 when the sentence dates nothing or dates only the reporting ("TASS
 * reported on Tuesday"). Of several dates, the one closest to and governing
 * the anchor wins. Relative dates need doc_date. No allocation. */
int date_of_event(date_memo *memo, const char *s, size_t len, size_t anchor, const char *doc_date, char out[11]);

/* As date_of_event, but a date that only dates the reporting ("the army said
 * on Friday it had killed ...") is returned when nothing else dates the event:
 * a fallback for callers that prefer the announcement's date to none. */
int date_in_sentence(date_memo *memo, const char *s, size_t len, size_t anchor, const char *doc_date, char out[11]);

/* As date_in_sentence, but only a date within `within` bytes of the anchor
 * (a date before the anchor counts half as far again) with no verb between
 * them: for another sentence that tells the same change, whose dates may
 * belong to other things ("said he graduated in 1995"). */
int date_near_event(date_memo *memo, const char *s, size_t len, size_t anchor, const char *doc_date, char out[11], size_t within);

/* For a report with no date of its own: the full date of a dateline among its
 * first lines (a short line such as "October 8, 2022 5:05 pm"), written to
 * out as "YYYY-MM-DD"; 0 when there is none. */
int date_dateline(const char *text, size_t len, char out[11]);

#endif
