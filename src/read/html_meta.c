/* html_meta.c -- a page's title, publication date and main-text element,
 * gathered in one walk over the whole tree. */
#include "read/html_tree.h"
#include "util/str.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Date sources, best first: article:published_time is the most explicit,
 * JSON-LD next, then other meta names, then the first <time datetime>. */
enum { DATE_ARTICLE_META, DATE_JSONLD, DATE_OTHER_META, DATE_TIME_TAG, DATE_NONE };

static const char *const date_meta_names[] = {
    "datePublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
    "dcterms.date", "sailthru.date", "parsely-pub-date", "og:published_time", NULL};

typedef struct meta_ctx {
    html_meta *m;
    int date_rank;
    bool has_title_tag, has_og_title;
    buf title;
    const GumboNode *body, *main_el, *article_body;
    const GumboNode *article;  /* the outermost <article> being walked */
    size_t article_len;
    const GumboNode *best_article;
    size_t best_len;
    bool oom;
} meta_ctx;

static void offer_date(meta_ctx *c, const char *value, int rank) {
    if (!value || rank >= c->date_rank) return;
    while (*value == ' ') value++;
    if (!str_is_iso_date(value, strlen(value))) return;
    memcpy(c->m->date, value, 10);
    c->m->date[10] = '\0';
    c->date_rank = rank;
}

static void set_title(meta_ctx *c, const char *text) {
    buf_reset(&c->title);
    /* collapse whitespace: titles often span lines */
    bool space = false;
    for (const char *p = text; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') space = true;
        else {
            if (space && c->title.len) buf_putc(&c->title, ' ');
            space = false;
            buf_putc(&c->title, *p);
        }
    }
}

/* Looks for "datePublished" in a JSON-LD value (objects, arrays, @graph). */
static const char *jsonld_date(const json_t *v, int depth) {
    if (depth > 16) return NULL;
    if (json_is_object(v)) {
        const json_t *d = json_object_get(v, "datePublished");
        if (json_is_string(d)) return json_string_value(d);
        const char *key;
        json_t *child;
        json_object_foreach((json_t *)v, key, child) {
            const char *found = jsonld_date(child, depth + 1);
            if (found) return found;
        }
    } else if (json_is_array(v)) {
        size_t i;
        json_t *child;
        json_array_foreach(v, i, child) {
            const char *found = jsonld_date(child, depth + 1);
            if (found) return found;
        }
    }
    return NULL;
}

static void on_jsonld(meta_ctx *c, const GumboNode *script) {
    if (c->date_rank <= DATE_JSONLD || script->v.element.children.length == 0) return;
    const GumboNode *t = script->v.element.children.data[0];
    if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_CDATA) return;
    json_t *root = json_loads(t->v.text.text, JSON_DECODE_ANY, NULL);
    if (root) offer_date(c, jsonld_date(root, 0), DATE_JSONLD);
    json_decref(root);
}

static void on_meta(meta_ctx *c, const GumboNode *n) {
    const char *content = html_attr(n, "content");
    if (!content) return;
    const char *keys[] = {html_attr(n, "property"), html_attr(n, "name"), html_attr(n, "itemprop")};
    for (size_t k = 0; k < 3; k++) {
        const char *key = keys[k];
        if (!key) continue;
        if (strcasecmp(key, "og:title") == 0 && !c->has_og_title) {
            set_title(c, content);
            c->has_og_title = true;
        } else if (strcasecmp(key, "article:published_time") == 0) {
            offer_date(c, content, DATE_ARTICLE_META);
        } else {
            for (const char *const *d = date_meta_names; *d; d++)
                if (strcasecmp(key, *d) == 0) offer_date(c, content, DATE_OTHER_META);
        }
    }
}

static bool meta_enter(void *ud, const GumboNode *n) {
    meta_ctx *c = ud;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        if (c->article) c->article_len += strlen(n->v.text.text);
        return false;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return true;
    const GumboElement *e = &n->v.element;
    if (e->tag_namespace != GUMBO_NAMESPACE_HTML) return false;  /* svg, math: no metadata */
    const char *itemprop = html_attr(n, "itemprop");
    if (itemprop && strcasecmp(itemprop, "articleBody") == 0 && !c->article_body) c->article_body = n;
    const char *role = html_attr(n, "role");
    switch (e->tag) {
    case GUMBO_TAG_TITLE:
        if (!c->has_title_tag && !c->has_og_title) {
            buf text = BUF_INIT;
            if (html_node_text(n, &text)) set_title(c, text.data ? text.data : "");
            else c->oom = true;
            buf_free(&text);
        }
        c->has_title_tag = true;
        return false;
    case GUMBO_TAG_META: on_meta(c, n); return false;
    case GUMBO_TAG_SCRIPT: {
        const char *type = html_attr(n, "type");
        if (type && strcasecmp(type, "application/ld+json") == 0) on_jsonld(c, n);
        return false;
    }
    case GUMBO_TAG_STYLE: return false;
    case GUMBO_TAG_TIME: offer_date(c, html_attr(n, "datetime"), DATE_TIME_TAG); break;
    case GUMBO_TAG_BODY:
        if (!c->body) c->body = n;
        break;
    case GUMBO_TAG_MAIN:
        if (!c->main_el) c->main_el = n;
        break;
    case GUMBO_TAG_ARTICLE:
        if (!c->article) {
            c->article = n;
            c->article_len = 0;
        }
        break;
    default: break;
    }
    if (role && strcasecmp(role, "main") == 0 && !c->main_el) c->main_el = n;
    return true;
}

static void meta_leave(void *ud, const GumboNode *n) {
    meta_ctx *c = ud;
    if (n == c->article) {
        if (c->article_len > c->best_len) {
            c->best_article = n;
            c->best_len = c->article_len;
        }
        c->article = NULL;
    }
}

bool html_meta_collect(const GumboNode *document, html_meta *m) {
    memset(m, 0, sizeof *m);
    meta_ctx c = {.m = m, .date_rank = DATE_NONE, .title = BUF_INIT};
    html_walker w = {meta_enter, meta_leave, &c};
    bool ok = html_walk(document, &w) && !c.oom && !c.title.oom;
    if (ok && c.title.len) ok = (m->title = buf_take(&c.title)) != NULL;
    buf_free(&c.title);
    /* the main text: an explicit articleBody, else the <article> with the
     * most text (teaser lists hold many small ones), else <main>, else <body>;
     * an article too short to be the report is a teaser, not the text */
    if (c.article_body) m->main = c.article_body;
    else if (c.best_article && c.best_len >= 200) m->main = c.best_article;
    else if (c.main_el) m->main = c.main_el;
    else m->main = c.body ? c.body : document;
    if (!ok) html_meta_free(m);
    return ok;
}

void html_meta_free(html_meta *m) {
    free(m->title);
    m->title = NULL;
}
