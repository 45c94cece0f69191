/* read.h -- the read stage: files, directories and stdin -> documents. */
#ifndef BRASS_READ_H
#define BRASS_READ_H

#include "core.h"

#include <stdbool.h>

typedef enum brass_input {
    BRASS_INPUT_AUTO = 0,  /* by extension: .html/.htm, .jsonl, .warc/.warc.gz, else text */
    BRASS_INPUT_TEXT,
    BRASS_INPUT_HTML,
    BRASS_INPUT_JSONL,
    BRASS_INPUT_WARC
} brass_input;

/* Parses "auto", "text", "html", "jsonl", "warc"; returns BRASS_OK or BRASS_ERR_USAGE. */
int brass_input_parse(const char *name, brass_input *out);

/* A reader walks a list of paths in order and yields their documents one at
 * a time, so memory stays bounded by the largest document. A directory is
 * walked recursively in name order, taking the files of the format (auto:
 * *.txt, *.html, *.htm, *.warc, *.warc.gz -- not *.jsonl, which in a folder
 * of reports is most often annotations); "-" is standard input. */
typedef struct brass_reader brass_reader;

brass_reader *brass_reader_new(brass_input format, brass_error *err);
/* Queues a path; it is opened only when reached. */
int brass_reader_add(brass_reader *reader, const char *path, brass_error *err);
/* JSONL field names: a report's fields are by default "id" (or "doc"),
 * "url", "title", "date", "text" and "html" (HTML goes through the HTML
 * extractor when there is no text). `spec` renames them, e.g.
 * "text=body,id=uuid": ROLE=NAME pairs, comma-separated. Returns BRASS_OK or
 * BRASS_ERR_USAGE naming the bad pair. */
int brass_reader_map_fields(brass_reader *reader, const char *spec, brass_error *err);
/* Returns 1 and sets *doc (the caller's) for the next document; 0 at the end;
 * BRASS_ERR_* with err naming the file and offset when one input is bad: that
 * input (or just that record) is skipped and the next call goes on. */
int brass_reader_next(brass_reader *reader, brass_doc **doc, brass_error *err);
/* Bytes consumed so far, and the known total (0 if unknown, e.g. stdin). */
size_t brass_reader_bytes_done(const brass_reader *reader);
size_t brass_reader_bytes_total(const brass_reader *reader);
/* Whether the total counts the files met in walking a directory (the default):
 * that costs a stat(2) per file, a tenth of the time of a walk over many small
 * reports, so a caller that shows no progress turns it off. */
void brass_reader_count_walked(brass_reader *reader, bool on);
void brass_reader_free(brass_reader *reader);

#endif
