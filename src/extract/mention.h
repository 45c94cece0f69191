/* mention.h -- words, person-name mentions, ranks, posts and persons of one report. */
#ifndef BRASS_MENTION_H
#define BRASS_MENTION_H

#include "extract/lexicon.h"
#include "extract/sentence.h"

#include <stdbool.h>
#include <stddef.h>

/* The lexicons the mention finder needs (owned by the extractor). */
typedef struct mention_lexicons {
    const lex *abbr, *ranks, *nonnames, *scope, *posts;
    const lex *surnames_first;  /* family names written first: "Li" of "Li Shangfu" */
} mention_lexicons;

enum { TOK_WORD = 0, TOK_PUNCT, TOK_POSS };  /* POSS: the "'s" of a possessive */

typedef struct tok {
    size_t s, e;  /* byte offsets into the body */
    unsigned char kind;
    bool cap;     /* starts with an upper-case letter */
} tok;

typedef struct mention {
    size_t t0, t1;      /* tokens [t0, t1) of the name */
    size_t r0;          /* first token of the rank/title run before it (== t0 if none) */
    size_t sent;        /* sentence index */
    int person;         /* index into persons */
} mention;

typedef struct person {
    char name[160];     /* fullest form seen */
    char key[64];       /* folded last word */
    char rank[48];      /* normalized rank, or "" */
    char post[200];     /* first in-scope post seen beside a mention, or "" */
    bool senior;        /* a senior rank (general, admiral, colonel, marshal, ...) */
    bool in_scope;      /* military/defence/security role somewhere in the report */
    bool out_titled;    /* called by an out-of-scope title ("President", "Health Minister") */
    bool headline_only; /* named only in Title Case headlines ("Removes Commander For Moskva Sinking") */
    bool topical;       /* an event of the person was found already: "he", "his removal" may be them */
    bool namesake;      /* shares the surname of an earlier person with another given name
                           ("Valery" after "Vitaliy Gerasimov"): found by full name only */
} person;

typedef struct sentence {
    size_t t0, t1;      /* tokens of the sentence */
    size_t m0, m1;      /* its mentions */
    size_t para;
    bool headline;      /* Title Case: most words capitalized */
} sentence;

typedef struct mdoc {
    const char *text;
    tok *toks;
    size_t ntoks, tcap;
    sentence *sents;
    size_t nsents;
    mention *ments;
    size_t nments, mcap;
    person *persons;
    size_t npersons, pcap;
    size_t *pindex;     /* hash index on person key: person + 1, 0 empty */
    size_t pslots;      /* a power of two */
    /* other keys of persons: a surname written first ("Park" of "Park An-su"), a
     * nickname in brackets ("Daglo (Hemedti)"); few per report, so a bounded list */
    struct { char key[64]; int person; } aliases[32];
    size_t naliases;
    int namesakes[16];  /* persons with namesake set, bounded like aliases */
    size_t nnamesakes;
} mdoc;

/* Tokenizes the sentences and finds mentions and persons. Returns false when
 * memory runs out. Free with mdoc_free even then. */
bool mdoc_build(mdoc *d, const mention_lexicons *lx, const char *text, const sent_span *spans,
                size_t nspans);
void mdoc_free(mdoc *d);

/* Lower-case copy of token i into out (at most n-1 bytes). */
void mdoc_word(const mdoc *d, size_t i, char *out, size_t n);
/* True when token i is the word w (ASCII, case-insensitive); mdoc_is_word
 * is the whole comparison, mdoc_is checks the first letter first. */
bool mdoc_is_word(const mdoc *d, size_t i, const char *w);
/* The first letter compared inline: most calls fail there, and this is asked
 * of nearly every token (an ASCII fold is tolower's in the C locale). */
static inline bool mdoc_is(const mdoc *d, size_t i, const char *w) {
    unsigned char c = (unsigned char)d->text[d->toks[i].s];
    return (c >= 'A' && c <= 'Z' ? c + 32 : c) == (unsigned char)w[0] && mdoc_is_word(d, i, w);
}
/* True when token i is one of the words of the NULL-ended list w (as mdoc_is). */
static inline bool mdoc_is_any(const mdoc *d, size_t i, const char *const *w) {
    for (; *w; w++)
        if (mdoc_is(d, i, *w)) return true;
    return false;
}
/* The mention that starts at token i, or NULL. */
const mention *mdoc_mention_at(const mdoc *d, size_t sent, size_t i);
/* A post phrase starting at token i (within [i, end)): writes it to out and
 * returns the token after it, or i when none starts there. */
size_t mdoc_post_at(const mdoc *d, const mention_lexicons *lx, size_t i, size_t end, char *out,
                    size_t n);
/* 1 in scope, -1 out of scope, 0 unknown, for a phrase of text. */
int mdoc_scope_of(const mention_lexicons *lx, const char *s, size_t len);
/* As mdoc_scope_of; when !strict, the titles of other people ("President",
 * "Prime Minister") in a sentence do not make it out of scope. */
int mdoc_scope_of2(const mention_lexicons *lx, const char *s, size_t len, bool strict);

#endif
