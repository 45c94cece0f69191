/* post.c -- canonical post names, so that word-order variants of one post compare equal. */
#include "brass/resolve.h"
#include "resolve/fold.h"
#include "util/buf.h"

#include <stdlib.h>
#include <string.h>

/* Function words that carry no identity of a post. Country names stay: the
 * Russian and the Ukrainian defence minister are different posts. */
static const char *const stop_words[] = {"the", "a", "an", "of", "in", "on", "for", "and", "to",
                                         "at", "by", "with", "from", "as", "s", "his", "her",
                                         "its", "their", "newly", "acting", "former", "since", "until",
                                         /* the same post told from another angle */
                                         "country", "overall", "theatre", "theater", "top", "then",
                                         "current", "new", "incoming", "outgoing", "monday",
                                         "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday",
                                         /* dates that extraction leaves in a post */
                                         "january", "february", "march", "april", "may", "june",
                                         "july", "august", "september", "october", "november",
                                         "december", NULL};

/* A year ("2022") says when, not which post. */
static int is_year(const char *w) {
    return strlen(w) == 4 && strspn(w, "0123456789") == 4;
}

/* Words naming the role, moved to the front: "Southern Military District
 * commander" -> "commander southern military district". */
static const char *const role_words[] = {"deputy", "first", "commander", "chief", "head",
                                         "minister", "director", "leader", "chairman",
                                         "secretary", "commandant", "general", NULL};

/* Spelling variants made one word. */
static const char *const variants[][2] = {{"defence", "defense"}, {"russian", "russia"},
                                          {"ukrainian", "ukraine"}, {"israeli", "israel"},
                                          {"iranian", "iran"},    {"turkish", "turkey"},
                                          {"french", "france"},   {"indian", "india"},
                                          {"pakistani", "pakistan"}, {"korean", "korea"},
                                          {"bolivian", "bolivia"}, {"brazilian", "brazil"},
                                          {"sudanese", "sudan"},  {"syrian", "syria"},
                                          /* generic words for the one who commands */
                                          {"head", "commander"},  {"leader", "commander"},
                                          {"charge", "commander"}, /* "in charge of" */
                                          {NULL, NULL}};

static int in_list(const char *const *list, const char *w) {
    for (int i = 0; list[i]; i++)
        if (strcmp(list[i], w) == 0) return 1;
    return 0;
}

/* "general" is a role only as the first word ("General Staff" is not a role
 * in "chief of the general staff"); simpler: treat it as a role only when it
 * does not precede "staff". */
static int is_role(char **words, size_t i, size_t n) {
    if (strcmp(words[i], "general") == 0) return i + 1 >= n || strcmp(words[i + 1], "staff") != 0;
    return in_list(role_words, words[i]);
}

char *brass_post_canon(const char *post) {
    char *folded = fold_words(post, true);
    if (!folded) return NULL;
    size_t n = 0, cap = 1;
    for (char *p = folded; *p; p++)
        if (*p == ' ') cap++;
    char **words = calloc(cap, sizeof *words);
    if (!words) {
        free(folded);
        return NULL;
    }
    for (char *save = NULL, *w = strtok_r(folded, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        for (int v = 0; variants[v][0]; v++)
            if (strcmp(w, variants[v][0]) == 0) w = (char *)variants[v][1];
        if (!in_list(stop_words, w) && !is_year(w)) words[n++] = w;
    }
    buf b = BUF_INIT;
    buf_puts(&b, "");
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n; i++)
            if (is_role(words, i, n) == (pass == 0)) {
                if (b.len) buf_putc(&b, ' ');
                buf_puts(&b, words[i]);
            }
    free(words);
    free(folded);
    return buf_take(&b);
}

/* Words that compare equal: a "chief" of a force commands it ("Army Chief" and
 * "army commander"), though canon keeps the title apart for succession. */
static int same_word(const char *p, size_t pl, const char *q, size_t ql) {
    if (pl == ql && strncmp(p, q, pl) == 0) return 1;
    bool pc = (pl == 5 && strncmp(p, "chief", 5) == 0) || (pl == 9 && strncmp(p, "commander", 9) == 0);
    bool qc = (ql == 5 && strncmp(q, "chief", 5) == 0) || (ql == 9 && strncmp(q, "commander", 9) == 0);
    return pc && qc;
}

/* True if every word of a occurs in b. */
static int words_within(const char *a, const char *b) {
    size_t bl = strlen(b);
    for (const char *p = a; *p;) {
        size_t wl = strcspn(p, " ");
        int found = 0;
        for (const char *q = b; q < b + bl;) {
            size_t ql = strcspn(q, " ");
            if (same_word(p, wl, q, ql)) found = 1;
            q += ql + (q[ql] == ' ');
        }
        if (!found) return 0;
        p += wl + (p[wl] == ' ');
    }
    return 1;
}

int brass_post_compatible(const char *a, const char *b) {
    if (!a || !b || !*a || !*b) return 1;
    return words_within(a, b) || words_within(b, a);
}
