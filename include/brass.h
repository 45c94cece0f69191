/* brass.h -- public API of libbrass: news reports in, sourced command-change events out.
 *
 * The library is a pipeline whose stages each have a header:
 *   brass/core.h     errors and documents (the unit every stage passes on)
 *   brass/read.h     readers: text, HTML, JSONL and WARC inputs -> documents
 *   brass/extract.h  the extractor: a document -> its events (spec/events.md)
 *   brass/resolve.h  name keys and canonical posts that tie reports together
 *   brass/store.h    the SQLite store: documents, events, persons, queries
 *   brass/answer.h   output formats (JSONL, text) and scoring against gold
 *
 * Ownership, once for the whole API (as in jq's jv.h):
 *   - An object returned by brass_X_new(), brass_X_open(), brass_reader_next()
 *     or brass_extract() belongs to the caller, who releases it with the
 *     matching brass_X_free()/brass_X_close(). Passing NULL to a free is a no-op.
 *   - A `const char *` returned by an accessor belongs to the object it came
 *     from and stays valid until that object is freed or modified.
 *   - A `char *` returned by a function (never `const`) is the caller's, to
 *     release with free().
 *   - Strings passed in are copied when the library keeps them.
 * Errors: a function that can fail takes a `brass_error *` (which may be NULL)
 * as its last argument, fills it, and returns a negative status or NULL. The
 * library never prints, never exits, and keeps no global mutable state.
 * Threads: a brass_extractor is immutable once built and may be shared by any
 * number of threads; any other object is used by one thread at a time.
 */
#ifndef BRASS_H
#define BRASS_H

#include "brass/core.h"
#include "brass/read.h"
#include "brass/extract.h"
#include "brass/resolve.h"
#include "brass/store.h"
#include "brass/answer.h"

#endif
