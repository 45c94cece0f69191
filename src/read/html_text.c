/* html_text.c -- a page's main text: gumbo parses it, boilerplate (scripts,
 * navigation, share and related-links blocks...) is dropped, and headings
 * and paragraphs come out in order, one per line. */
#include "read/html.h"
#include "read/html_tree.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* gumbo's time and memory grow with the square of the nesting depth, so a
 * hostile page of 100000 nested <div>s takes minutes; real pages nest well
 * under 100. Pages deeper than this (by a quick estimate) are refused. */
#define MAX_DEPTH 2000

/* Elements whose end tag is optional or absent: the depth estimate ignores
 * them, since an unclosed <p> or <li> does not deepen the tree. */
static const char *const flat_tags[] = {
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body", "area", "base", "br", "col",
    "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "frame",
    "keygen", "basefont", "bgsound", "image", NULL};

static bool is_flat(const char *name, size_t n) {
    for (const char *const *t = flat_tags; *t; t++)
        if (strlen(*t) == n && strncasecmp(name, *t, n) == 0) return true;
    return false;
}

/* An upper estimate of the page's element depth: open tags minus end tags,
 * skipping comments and the bodies of script and style. */
static size_t depth_estimate(const char *s, size_t len) {
    size_t depth = 0, max = 0;
    const char *end = s + len;
    for (const char *p = memchr(s, '<', len); p && p < end; p = memchr(p, '<', (size_t)(end - p))) {
        p++;
        if (end - p >= 3 && memcmp(p, "!--", 3) == 0) {
            const char *q = strstr(p + 3, "-->");
            if (!q) break;
            p = q + 3;
            continue;
        }
        bool closing = p < end && *p == '/';
        if (closing) p++;
        const char *name = p;
        while (p < end && isalnum((unsigned char)*p)) p++;
        size_t n = (size_t)(p - name);
        if (n == 0 || !isalpha((unsigned char)*name) || is_flat(name, n)) continue;
        if (closing) {
            if (depth) depth--;
            continue;
        }
        const char *gt = memchr(p, '>', (size_t)(end - p));
        if (!gt) break;
        if (gt[-1] == '/') continue;  /* <div/> is still open in HTML, but rare enough */
        if ((n == 6 && strncasecmp(name, "script", 6) == 0) || (n == 5 && strncasecmp(name, "style", 5) == 0)) {
            /* skip to the end tag: code may hold "<" */
            const char *q = gt;
            while ((q = strstr(q, "</")) && strncasecmp(q + 2, name, n) != 0) q += 2;
            if (!q) break;
            p = q + 2 + n;
            continue;
        }
        if (++depth > max) max = depth;
        p = gt + 1;
    }
    return max;
}

/* Boilerplate elements, dropped with all they hold. */
static bool is_dropped_tag(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
        return true;
    default: return false;
    }
}

/* Elements that end a line of text. */
static bool is_block_tag(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_BR: case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
        return true;
    default: return false;
    }
}

/* Class and id words that mark widgets rather than report text. Substrings
 * catch "social-links", "relatedStories", "newsletterSignup"... */
static const char *const hint_substrings[] = {
    "share", "social", "related", "newsletter", "subscribe", "promo", "advert", "cookie",
    "breadcrumb", "sidebar", "comment", "popup", "modal", "recommend", "outbrain", "taboola",
    "paywall", "byline-share", "most-read", "mostread", "trending", "signup", NULL};
/* ...and whole words, which as substrings would hit too much ("ad" in "header"). */
static const char *const hint_words[] = {"ad", "ads", "nav", "menu", "banner", "masthead",
                                         "widget", "hidden", "sponsored", NULL};

static bool has_hint(const char *value) {
    if (!value || !*value) return false;
    char low[256];
    size_t n = 0;
    for (; value[n] && n < sizeof low - 1; n++) low[n] = (char)tolower((unsigned char)value[n]);
    low[n] = '\0';
    for (const char *const *h = hint_substrings; *h; h++)
        if (strstr(low, *h)) return true;
    /* words: runs of letters and digits, split at -, _, spaces */
    for (size_t i = 0; i < n;) {
        while (i < n && !isalnum((unsigned char)low[i])) i++;
        size_t start = i;
        while (i < n && isalnum((unsigned char)low[i])) i++;
        for (const char *const *w = hint_words; *w; w++)
            if (strlen(*w) == i - start && strncmp(low + start, *w, i - start) == 0) return true;
    }
    return false;
}

static bool is_boilerplate(const GumboNode *n, bool use_hints) {
    if (is_dropped_tag(n->v.element.tag) || n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return true;
    if (html_attr(n, "hidden")) return true;
    const char *aria = html_attr(n, "aria-hidden");
    if (aria && strcasecmp(aria, "true") == 0) return true;
    const char *role = html_attr(n, "role");
    if (role && (strcasecmp(role, "navigation") == 0 || strcasecmp(role, "complementary") == 0 ||
                 strcasecmp(role, "banner") == 0 || strcasecmp(role, "contentinfo") == 0))
        return true;
    const char *style = html_attr(n, "style");
    if (style && (strstr(style, "display:none") || strstr(style, "display: none"))) return true;
    return use_hints && (has_hint(html_attr(n, "class")) || has_hint(html_attr(n, "id")));
}

typedef struct text_ctx {
    buf out;
    const GumboNode *root;
    bool use_hints;     /* drop elements by class/id words too */
    size_t line_start;  /* where the current line begins in out */
    bool space;         /* a space is owed before the next word */
} text_ctx;

static void end_line(text_ctx *c) {
    if (c->out.len > c->line_start) {
        buf_putc(&c->out, '\n');
        c->line_start = c->out.len;
    }
    c->space = false;
}

static void add_text(text_ctx *c, const char *s) {
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        /* U+00A0 (no-break space) is a space for the extractor */
        bool nbsp = p[0] == 0xc2 && p[1] == 0xa0;
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || nbsp) {
            c->space = true;
            if (nbsp) p++;
            continue;
        }
        if (c->space && c->out.len > c->line_start) buf_putc(&c->out, ' ');
        c->space = false;
        buf_putc(&c->out, (char)*p);
    }
}

static bool text_enter(void *ud, const GumboNode *n) {
    text_ctx *c = ud;
    switch (n->type) {
    case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: add_text(c, n->v.text.text); return false;
    case GUMBO_NODE_WHITESPACE: c->space = true; return false;
    case GUMBO_NODE_ELEMENT:
        if (n != c->root && is_boilerplate(n, c->use_hints)) return false;
        if (is_block_tag(n->v.element.tag)) end_line(c);
        else if (n->v.element.tag == GUMBO_TAG_TD || n->v.element.tag == GUMBO_TAG_TH) c->space = true;
        return true;
    default: return n->type == GUMBO_NODE_DOCUMENT;
    }
}

static void text_leave(void *ud, const GumboNode *n) {
    text_ctx *c = ud;
    if (n->type == GUMBO_NODE_ELEMENT && is_block_tag(n->v.element.tag)) end_line(c);
}

/* Less text than this is not a report: the hints may have hidden it. */
#define MIN_TEXT 200

static bool main_text(text_ctx *c, const GumboNode *root) {
    c->root = root;
    html_walker w = {text_enter, text_leave, c};
    bool ok = html_walk(root, &w) && !c->out.oom;
    end_line(c);
    return ok;
}

int html_page_parse(html_page *page, const char *html, size_t len, const char *origin,
                    brass_error *err) {
    memset(page, 0, sizeof *page);
    size_t depth = depth_estimate(html, len);
    if (depth > MAX_DEPTH)
        return brass_error_set(err, BRASS_ERR_INPUT, origin,
                               "HTML nested about %zu elements deep (more than %d): not parsed", depth,
                               MAX_DEPTH);
    GumboOptions opts = kGumboDefaultOptions;
    opts.max_errors = 0;  /* each recorded error copies the open-element stack */
    GumboOutput *out = gumbo_parse_with_options(&opts, html, len);
    if (!out) return brass_error_set(err, BRASS_ERR_NOMEM, origin, "out of memory parsing HTML");
    html_meta meta;
    text_ctx c = {.out = BUF_INIT, .use_hints = true};
    bool ok = html_meta_collect(out->document, &meta);
    if (ok) ok = main_text(&c, meta.main);
    /* a class word can sit on a wrapper of the whole report ("has-sidebar"):
     * when the hints leave next to nothing, read the page without them */
    if (ok && c.out.len < MIN_TEXT) {
        text_ctx all = {.out = BUF_INIT, .use_hints = false};
        ok = main_text(&all, meta.main);
        if (ok && all.out.len > 2 * c.out.len + MIN_TEXT) {
            buf_free(&c.out);
            c = all;
        } else {
            buf_free(&all.out);
        }
    }
    gumbo_destroy_output(&opts, out);
    if (!ok || c.out.oom) {
        if (ok) html_meta_free(&meta);
        buf_free(&c.out);
        return brass_error_set(err, BRASS_ERR_NOMEM, origin, "out of memory extracting HTML text");
    }
    page->len = c.out.len;
    page->text = buf_take(&c.out);
    page->title = meta.title;
    memcpy(page->date, meta.date, sizeof page->date);
    if (!page->text) {
        html_page_free(page);
        return brass_error_set(err, BRASS_ERR_NOMEM, origin, "out of memory extracting HTML text");
    }
    return BRASS_OK;
}

void html_page_free(html_page *page) {
    free(page->text);
    free(page->title);
    memset(page, 0, sizeof *page);
}

brass_doc *html_doc(const char *id, const char *origin, const char *data, size_t len,
                    const char *charset, brass_error *err) {
    size_t ulen;
    char *utf8 = html_decode(data, len, charset, origin, &ulen, err);
    if (!utf8) return NULL;
    html_page page;
    int rc = html_page_parse(&page, utf8, ulen, origin, err);
    free(utf8);
    if (rc != BRASS_OK) return NULL;
    brass_doc *doc = NULL;
    if (page.len == 0) {
        brass_error_set(err, BRASS_ERR_INPUT, origin, "no report text found in the HTML page");
    } else if ((doc = brass_doc_from_text(id, origin, page.text, page.len, err)) != NULL) {
        if (brass_doc_set_title(doc, page.title) != BRASS_OK ||
            (page.date[0] && brass_doc_set_date(doc, page.date) != BRASS_OK)) {
            brass_doc_free(doc);
            doc = NULL;
            brass_error_set(err, BRASS_ERR_NOMEM, origin, "out of memory");
        }
    }
    html_page_free(&page);
    return doc;
}
