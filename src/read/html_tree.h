/* html_tree.h -- helpers over gumbo's parse tree for the HTML modules:
 * an iterative walk (pages can nest thousands deep) and page metadata. */
#ifndef BRASS_HTML_TREE_H
#define BRASS_HTML_TREE_H

#include <gumbo.h>
#include <stdbool.h>

#include "util/buf.h"

/* `enter` is called on entering a node: return false to skip its children.
 * `leave` (may be NULL) is called after the children of an element (or the
 * document) that `enter` accepted. Returns false when out of memory. */
typedef struct html_walker {
    bool (*enter)(void *ud, const GumboNode *node);
    void (*leave)(void *ud, const GumboNode *node);
    void *ud;
} html_walker;
bool html_walk(const GumboNode *root, const html_walker *w);

/* The value of an element's attribute, or NULL. */
const char *html_attr(const GumboNode *node, const char *name);
/* Appends the text under node (whitespace collapsed) to out. */
bool html_node_text(const GumboNode *node, buf *out);

/* Metadata found anywhere in the page, and where its main text is. */
typedef struct html_meta {
    char *title;                /* og:title, else <title> (whitespace collapsed) */
    char date[11];              /* best publication date, or "" */
    const GumboNode *main;      /* the element holding the main text */
} html_meta;
bool html_meta_collect(const GumboNode *document, html_meta *meta);
void html_meta_free(html_meta *meta);

#endif
