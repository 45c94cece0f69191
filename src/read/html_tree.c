/* html_tree.c -- an iterative walk over gumbo's tree (recursion would
 * overflow the stack on a hostile page) and small node helpers. */
#include "read/html_tree.h"

#include <stdlib.h>
#include <string.h>

typedef struct frame {
    const GumboNode *node;
    unsigned next;  /* index of the next child to visit */
} frame;

static const GumboVector *children_of(const GumboNode *n) {
    if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
    return NULL;
}

bool html_walk(const GumboNode *root, const html_walker *w) {
    size_t cap = 64, depth = 0;
    frame *stack = malloc(cap * sizeof *stack);
    if (!stack) return false;
    if (w->enter(w->ud, root) && children_of(root)) stack[depth++] = (frame){root, 0};
    while (depth > 0) {
        frame *top = &stack[depth - 1];
        const GumboVector *kids = children_of(top->node);
        if (top->next >= kids->length) {
            if (w->leave) w->leave(w->ud, top->node);
            depth--;
            continue;
        }
        const GumboNode *child = kids->data[top->next++];
        if (!w->enter(w->ud, child) || !children_of(child)) continue;
        if (depth == cap) {
            frame *bigger = realloc(stack, cap * 2 * sizeof *stack);
            if (!bigger) {
                free(stack);
                return false;
            }
            stack = bigger;
            cap *= 2;
        }
        stack[depth++] = (frame){child, 0};
    }
    free(stack);
    return true;
}

const char *html_attr(const GumboNode *node, const char *name) {
    if (node->type != GUMBO_NODE_ELEMENT) return NULL;
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : NULL;
}

static bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

typedef struct text_ctx {
    buf *out;
    bool space;  /* a space is owed before the next word */
} text_ctx;

static bool text_enter(void *ud, const GumboNode *n) {
    text_ctx *c = ud;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
        for (const unsigned char *p = (const unsigned char *)n->v.text.text; *p; p++) {
            if (is_space(*p)) c->space = true;
            else {
                if (c->space && c->out->len > 0) buf_putc(c->out, ' ');
                c->space = false;
                buf_putc(c->out, (char)*p);
            }
        }
    }
    return true;
}

bool html_node_text(const GumboNode *node, buf *out) {
    text_ctx c = {out, false};
    html_walker w = {text_enter, NULL, &c};
    return html_walk(node, &w) && !out->oom;
}
