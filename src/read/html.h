/* html.h -- web pages to report text: charset handling and main-text
 * extraction, shared by the HTML, JSONL (html field) and WARC readers. */
#ifndef BRASS_HTML_H
#define BRASS_HTML_H

#include <stddef.h>

#include "brass/core.h"

/* What a page gives besides its text. */
typedef struct html_page {
    char *text;    /* main text: headings and paragraphs in order, one per line */
    size_t len;
    char *title;   /* og:title, else <title>; NULL if none */
    char date[11]; /* publication date "YYYY-MM-DD", or "" */
} html_page;

/* Decodes raw page bytes to UTF-8. `charset` is the one the transport
 * declared (an HTTP Content-Type), or NULL to look for a <meta> declaration.
 * UTF-8 (the default) is checked; latin-1/windows-1252 are converted; any
 * other charset is refused. Returns a malloc'd NUL-terminated copy (length in
 * *out_len), or NULL with err set (where = origin). */
char *html_decode(const char *data, size_t len, const char *charset, const char *origin,
                  size_t *out_len, brass_error *err);

/* Extracts the main text, title and date of a UTF-8 page. Returns BRASS_OK or
 * an error (too deeply nested, out of memory) with err set. */
int html_page_parse(html_page *page, const char *html, size_t len, const char *origin,
                    brass_error *err);
void html_page_free(html_page *page);

/* Raw page bytes -> a document (decode, extract, brass_doc_from_text, then
 * title and date set). NULL with err set when the page is refused or holds no text. */
brass_doc *html_doc(const char *id, const char *origin, const char *data, size_t len,
                    const char *charset, brass_error *err);

#endif
