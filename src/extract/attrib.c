/* attrib.c -- certainty and source of a sentence's claim, and denials, from the hedge/attribution lexicons. */
#include "extract/attrib.h"
#include "extract/lexicon.h"
#include "util/ascii.h"

#include <stdlib.h>
#include <string.h>

struct attrib_lexicons {
    lex *hedges;       /* data/hedges.txt */
    lex *cues;         /* data/attribution.txt: value after / before / none */
    lex *official;     /* data/attrib_official.txt */
    lex *observer;     /* data/attrib_observer.txt */
    lex *denial;       /* data/attrib_denial.txt: value before / any / skip */
};

attrib_lexicons *attrib_lexicons_new(void) {
    attrib_lexicons *lx = calloc(1, sizeof *lx);
    if (!lx) return NULL;
    lx->hedges = lex_load("hedges");
    lx->cues = lex_load("attribution");
    lx->official = lex_load("attrib_official");
    lx->observer = lex_load("attrib_observer");
    lx->denial = lex_load("attrib_denial");
    if (!lx->hedges || !lx->cues || !lx->official || !lx->observer || !lx->denial) {
        attrib_lexicons_free(lx);
        return NULL;
    }
    return lx;
}

void attrib_lexicons_free(attrib_lexicons *lx) {
    if (!lx) return;
    lex_free(lx->hedges);
    lex_free(lx->cues);
    lex_free(lx->official);
    lex_free(lx->observer);
    lex_free(lx->denial);
    free(lx);
}

/* ---- words ---- */

static inline bool word_byte(unsigned char c) { return ascii_is_alnum(c) || c >= 0x80 || c == '\''; }

/* Does a three-byte UTF-8 punctuation mark (U+2000..U+203F: curly quotes, dashes) end just before i? */
static bool punct_before(const char *s, size_t i) {
    return i >= 3 && (unsigned char)s[i - 3] == 0xE2 && (unsigned char)s[i - 2] == 0x80;
}

static inline bool word_start(const char *s, size_t i) {
    return ascii_is_alnum((unsigned char)s[i]) && (i == 0 || !word_byte((unsigned char)s[i - 1]) || punct_before(s, i));
}

/* The word at i (i at a word start): its length. */
static size_t word_len(const char *s, size_t len, size_t i) {
    size_t j = i;
    while (j < len && (word_byte((unsigned char)s[j]) || (s[j] == '.' && j + 1 < len && ascii_is_alpha((unsigned char)s[j + 1]))))
        j++;
    return j - i;
}

static bool word_is(const char *s, size_t n, const char *w) {
    size_t i = 0;  /* compared as it goes: most calls fail on the first letter */
    for (; i < n && w[i]; i++)
        if (ascii_fold((unsigned char)s[i]) != w[i]) return false;
    return i == n && !w[i];
}

static bool word_in(const char *s, size_t n, const char *const *words) {
    for (; *words; words++)
        if (word_is(s, n, *words)) return true;
    return false;
}

/* Does any word of s[a, b) start an entry of lx? */
static bool span_has(const lex *lx, const char *s, size_t a, size_t b) {
    for (size_t i = a; i < b; i++)
        if (word_start(s, i) && lex_match(lx, s + i, b - i, NULL)) return true;
    return false;
}

/* Words that end a source phrase: a source is a noun phrase. */
static const char *const stop_words[] = {
    "on", "in", "at", "that", "which", "who", "and", "but", "as", "late", "early", "last", "this",
    "published", "posted", "issued", "aired", "read", "released", "signed", "dated", "to", "it", "he",
    "she", "they", "we", "earlier", "later", "today", "yesterday", "with", "before", "after", "while",
    "when", "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "also",
    "for", "from", "about", "via", "during", "if", "not", "been", "then", "now", "again", "citing",
    "quoting", "according", "because", "although", "though", "whereas", "once", "until", "unless",
    "where", "since", NULL};

/* Leading words dropped from a source: "a report by X" -> "X". */
static const char *const lead_words[] = {"a", "an", "reports", "report", "statement", "statements",
                                         "by", "from", "of", "unconfirmed", "unverified", "some",
                                         "several", NULL};

static bool is_stop(const char *s, size_t n) { return word_in(s, n, stop_words); }

/* Copies s[a, b) trimmed of spaces and trailing punctuation into out. */
static void put_source(const char *s, size_t a, size_t b, char out[200]) {
    while (a < b && (ascii_is_space((unsigned char)s[a]) || s[a] == ',' || s[a] == '"')) a++;
    while (b > a && (ascii_is_space((unsigned char)s[b - 1]) || strchr(",.:;\"'", s[b - 1]))) b--;
    /* drop leading "a report by", "a statement from" */
    for (bool again = true; again && a < b;) {
        again = false;
        size_t n = word_len(s, b, a);
        if (n && word_in(s + a, n, lead_words)) {
            a += n;
            while (a < b && ascii_is_space((unsigned char)s[a])) a++;
            again = true;
        }
    }
    size_t n = b - a < 199 ? b - a : 199;
    /* do not cut a UTF-8 character */
    while (n > 0 && n < b - a && ((unsigned char)s[a + n] & 0xC0) == 0x80) n--;
    memcpy(out, s + a, n);
    out[n] = '\0';
}

/* The source phrase after position i: up to a stop word or punctuation. */
static void source_after(const char *s, size_t len, size_t i, char out[200]) {
    /* skip "a statement from", "a report by" */
    for (;;) {
        while (i < len && ascii_is_space((unsigned char)s[i])) i++;
        size_t n = i < len && word_start(s, i) ? word_len(s, len, i) : 0;
        if (!n || !word_in(s + i, n, lead_words)) break;
        i += n;
    }
    size_t a = i, b = i, words = 0;
    int paren = 0;
    for (size_t j = i; j < len && words < 10;) {
        unsigned char c = (unsigned char)s[j];
        if (c == '(') paren++;
        if (c == ')') {
            if (!paren) break;
            paren--;
            b = j + 1;
        }
        if (!paren && (c == ',' || c == ';' || c == ':' || c == '"' || c == '.' || c == 0xE2)) {
            if (!(c == '.' && j + 1 < len && ascii_is_alpha((unsigned char)s[j + 1]))) break;
        }
        if (word_start(s, j)) {
            size_t n = word_len(s, len, j);
            if (!paren && words > 0 && is_stop(s + j, n)) break;
            if (!paren && words == 0 && is_stop(s + j, n) && !word_in(s + j, n, lead_words)) break;
            words++;
            b = j + n;
            j += n;
            continue;
        }
        j++;
    }
    put_source(s, a, b, out);
}

/* The word that ends just before position i, or NULL; its length in *n. */
static const char *word_before(const char *s, size_t i, size_t *n) {
    while (i > 0 && ascii_is_space((unsigned char)s[i - 1])) i--;
    size_t e = i;
    while (i > 0 && word_byte((unsigned char)s[i - 1])) i--;
    *n = e - i;
    return e > i ? s + i : NULL;
}

/* The source phrase that ends just before position i ("the Defence Ministry" said). */
static size_t source_before(const char *s, size_t i, char out[200]) {
    size_t b = i, a = i, words = 0;
    size_t j = i;
    while (j > 0 && ascii_is_space((unsigned char)s[j - 1])) j--;
    b = j;
    while (j > 0 && words < 8) {
        unsigned char c = (unsigned char)s[j - 1];
        if (ascii_is_space(c)) {
            /* a line break or a run of spaces joins text blocks (captions, headlines) */
            if (c == '\n' || (j >= 2 && ascii_is_space((unsigned char)s[j - 2]) && words > 0)) break;
            j--;
            continue;
        }
        if (c == ',' || c == ';' || c == ':' || c == '"' || c == '.' || c >= 0x80 || c == ')' || c == '(') {
            /* curly quotes and dashes end a phrase; other UTF-8 is part of a name */
            if (c >= 0x80 && !(j >= 3 && (unsigned char)s[j - 3] == 0xE2 && (unsigned char)s[j - 2] == 0x80)) {
                j--;
                continue;
            }
            break;
        }
        size_t e = j;
        while (j > 0 && (word_byte((unsigned char)s[j - 1]) || s[j - 1] == '-' ||
                         (s[j - 1] == '.' && j >= 2 && ascii_is_alpha((unsigned char)s[j - 2]) && j < e)))
            j--;
        if (j == e) break;
        static const char *const adverbs[] = {"then", "also", "later", "now", "again", "earlier",
                                              "previously", "officially", "publicly", "first", NULL};
        if (words == 0 && word_in(s + j, e - j, adverbs)) {  /* "X then said" */
            b = j;
            while (b > 0 && ascii_is_space((unsigned char)s[b - 1])) b--;
            continue;
        }
        /* "sources familiar with the matter", "people close to the general" */
        static const char *const link[] = {"with", "to", "of", "on", "in", NULL};
        static const char *const near[] = {"familiar", "close", "knowledge", "briefed", "involved", NULL};
        size_t pn;
        const char *pw = word_before(s, j, &pn);
        if (words > 0 && word_in(s + j, e - j, link) && pw && word_in(pw, pn, near)) {
            a = j;
            words++;
            continue;
        }
        /* "the Institute for the Study of War": a linking word inside a name */
        static const char *const inner[] = {"for", "of", "and", NULL};
        size_t cap = a + (word_is(s + a, word_len(s, b, a), "the") ? 4 : 0);
        if (words > 0 && word_in(s + j, e - j, inner) && pw && ascii_is_upper((unsigned char)*pw) && cap < b &&
            ascii_is_upper((unsigned char)s[cap])) {
            a = j;
            words++;
            continue;
        }
        if (is_stop(s + j, e - j)) {
            j = e;
            break;
        }
        a = j;
        words++;
    }
    if (words == 0) {
        out[0] = '\0';
        return 0;
    }
    put_source(s, a, b, out);
    return words;
}

/* An armed force's own acronym: "IDF", "RAF", "USAF" (upper case, ending in AF or DF). */
static bool force_acronym(const char *src, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (!word_start(src, i)) continue;
        size_t k = i;
        while (k < n && ascii_is_upper((unsigned char)src[k])) k++;
        if (k - i >= 3 && k - i <= 5 && (k == n || !word_byte((unsigned char)src[k])) &&
            (src[k - 1] == 'F' && (src[k - 2] == 'A' || src[k - 2] == 'D')))
            return true;
    }
    return false;
}

static bool is_official(const attrib_lexicons *lx, const char *src) {
    /* the words without their possessive "'s" ("UK’s Ministry of Defence" is the UK's) */
    char bare[200];
    size_t n = 0;
    for (size_t i = 0; src[i] && n < sizeof bare - 1;) {
        size_t q = src[i] == '\'' ? 1 : (unsigned char)src[i] == 0xE2 && (unsigned char)src[i + 1] == 0x80 &&
                                                (unsigned char)src[i + 2] == 0x99 ? 3 : 0;
        if (q && (src[i + q] | 0x20) == 's' && !ascii_is_alnum((unsigned char)src[i + q + 1])) {
            i += q + 1;
            continue;
        }
        bare[n++] = src[i++];
    }
    bare[n] = '\0';
    return n && (span_has(lx->official, bare, 0, n) || force_acronym(bare, n)) && !span_has(lx->observer, bare, 0, n);
}


/* ---- the claim of a sentence ---- */

/* A hedge after the event that opens a reason clause ("was decorated,
 * apparently for ...") doubts the reason, not the event itself. */
static bool hedges_reason(const char *s, size_t len, size_t i) {
    static const char *const reason[] = {"for", "because", "over", "due", "thanks", NULL};
    while (i < len && (ascii_is_space((unsigned char)s[i]) || s[i] == ',')) i++;
    return i < len && word_in(s + i, word_len(s, len, i), reason);
}

/* "the army said it had killed X": a side's claim of its own strike is a
 * report of a party to the fight, not an announcement of a change. */
static bool own_strike(const char *s, size_t len, size_t anchor) {
    static const char *const strike[] = {"killed", "kill", "eliminated", "liquidated", "wounded", "injured",
                                         "struck", "neutralized", "neutralised", "destroyed", "downed", NULL};
    static const char *const subj[] = {"it", "they", "we", NULL};
    static const char *const aux[] = {"had", "has", "have", "successfully", "also", NULL};
    size_t n = 0;
    while (anchor + n < len && word_byte((unsigned char)s[anchor + n])) n++;
    if (!word_in(s + anchor, n, strike)) return false;
    size_t i = anchor;
    for (int k = 0; k < 3; k++) {
        const char *w = word_before(s, i, &n);
        if (!w) return false;
        if (word_in(w, n, subj)) return true;
        if (!word_in(w, n, aux)) return false;
        i = (size_t)(w - s);
    }
    return false;
}

/* A claim verb (ending at i) followed by a complement of its own ("claimed
 * that ...", "claimed to have ...", "claimed responsibility"): it claims
 * that, not the event before it. */
static bool claims_other(const char *s, size_t len, size_t i) {
    static const char *const w[] = {"that", "to", "he", "she", "they", "it", "the", "a", "responsibility",
                                    "credit", NULL};
    while (i < len && ascii_is_space((unsigned char)s[i])) i++;
    return i < len && word_start(s, i) && word_in(s + i, word_len(s, len, i), w);
}

/* "that" or "to" right after position i: a clause of its own follows. */
static bool complement_follows(const char *s, size_t len, size_t i) {
    static const char *const w[] = {"that", "to", NULL};
    while (i < len && ascii_is_space((unsigned char)s[i])) i++;
    return i < len && word_start(s, i) && word_in(s + i, word_len(s, len, i), w);
}

void attrib_of_sentence(const attrib_lexicons *lx, const char *s, size_t len, size_t anchor,
                        attrib *out) {
    out->certainty = BRASS_CONFIRMED;
    out->source[0] = '\0';
    if (!lx || !s) return;
    if (anchor > len) anchor = len;

    bool hedged = false, attributed = false;
    long best_dist = -1;
    for (size_t i = 0; i < len; i++) {
        if (!word_start(s, i)) continue;
        const char *hw = NULL;
        size_t hn = hedged ? 0 : lex_match(lx->hedges, s + i, len - i, &hw);
        if (hn && !(i > anchor && hedges_reason(s, len, i + hn)) && !(i >= anchor && strcmp(hw, "before") == 0) &&
            !(i > anchor && strcmp(hw, "claim") == 0 && claims_other(s, len, i + hn)))
            hedged = true;
        const char *where = NULL;
        size_t n = lex_match(lx->cues, s + i, len - i, &where);
        if (!n) continue;
        /* "after his arrest, he claimed that ...": a cue after the event with a
         * complement of its own attributes that complement, not the event */
        if (i > anchor && strcmp(where, "before") == 0 && complement_follows(s, len, i + n)) {
            i += n - 1;
            continue;
        }
        /* a passive announcement with no one named ("the appointment was
         * announced in June") is the announcer's own voice, not a report */
        size_t pn;
        const char *pw = word_before(s, i, &pn);
        static const char *const aux[] = {"was", "were", "been", "is", "are", "be", "being", NULL};
        static const char *const voice[] = {"announced", "confirmed", "declared", "stated", NULL};
        if (pw && word_in(pw, pn, aux) && strcmp(where, "before") == 0) {
            size_t k = i + n;
            while (k < len && ascii_is_space((unsigned char)s[k])) k++;
            bool by = k + 2 < len && word_is(s + k, word_len(s, len, k), "by");
            if (!by && word_in(s + i, n, voice)) {
                i += n - 1;
                continue;
            }
            if (by) where = "after";
        }
        /* the cue nearest the event governs it */
        long dist = i > anchor ? (long)(i - anchor) : (long)(anchor - i);
        char src[200] = "";
        if (strcmp(where, "after") == 0) {
            source_after(s, len, i + n, src);
            /* "resigned, citing health reasons": a reason, not a source */
            if (word_is(s + i, n, "citing") && !(ascii_is_upper((unsigned char)src[0]) || span_has(lx->observer, src, 0, strlen(src)) ||
                                                 span_has(lx->official, src, 0, strlen(src)))) {
                i += n - 1;
                continue;
            }
        } else if (strcmp(where, "before") == 0) {
            /* ", said Deputy Minister X" / "\" said X": the source follows */
            size_t k = i;
            while (k > 0 && ascii_is_space((unsigned char)s[k - 1])) k--;
            bool inverted = k > 0 && (s[k - 1] == ',' || s[k - 1] == '"' ||
                                      (k >= 3 && (unsigned char)s[k - 3] == 0xE2 && (unsigned char)s[k - 1] == 0x9D));
            /* "X, including Y, reported the dismissal": what follows the cue is
             * the event itself, so the source stands before it */
            if (inverted && anchor > i && anchor < i + n + 40) inverted = false;
            if (inverted) {
                source_after(s, len, i + n, src);
            } else {
                source_before(s, i, src);
                /* "Kyiv said", "he said": a pronoun is no source */
                static const char *const pron[] = {"he", "she", "they", "it", "we", "i", NULL};
                if (word_in(src, strlen(src), pron)) src[0] = '\0';
            }
        }
        attributed = true;
        if (best_dist < 0 || dist < best_dist || (!out->source[0] && src[0] && dist < best_dist + 200)) {
            best_dist = dist;
            memcpy(out->source, src, sizeof src);
        }
        i += n - 1;
    }
    if (hedged)
        out->certainty = BRASS_UNVERIFIED;
    else if (attributed)
        out->certainty = is_official(lx, out->source) && !own_strike(s, len, anchor) ? BRASS_CONFIRMED : BRASS_REPORTED;
}

bool attrib_confirms(const attrib_lexicons *lx, const char *s, size_t len) {
    attrib a;
    attrib_of_sentence(lx, s, len, len, &a);
    if (a.certainty == BRASS_UNVERIFIED) return false;
    static const char *const w[] = {"confirmed", "confirms", NULL};
    for (size_t i = 0; i < len; i++)
        if (word_start(s, i) && word_in(s + i, word_len(s, len, i), w)) return true;
    return false;
}

/* A denial word at i that does not deny the event at anchor: a passive ("was
 * denied bail": the subject was refused something), or one inside a relative
 * clause that closes before the event ("X, who denied the charges, was
 * arrested"). */
static bool denies_other(const char *s, size_t i, size_t anchor) {
    size_t n;
    const char *w = word_before(s, i, &n);
    static const char *const aux[] = {"was", "were", "been", "is", "are", "be", "being", NULL};
    if (w && word_in(w, n, aux)) return true;
    size_t c = i;
    while (c > 0 && s[c - 1] != ',' && s[c - 1] != '(') c--;
    if (c == 0) return false;
    while (c < i && ascii_is_space((unsigned char)s[c])) c++;
    static const char *const rel[] = {"who", "whose", "which", "whom", NULL};
    if (!word_in(s + c, word_len(s, i, c), rel)) return false;
    for (size_t k = i; k < anchor; k++)
        if (s[k] == ',' || s[k] == ')') return true;
    return false;
}

bool attrib_is_denial(const attrib_lexicons *lx, const char *s, size_t len, size_t anchor) {
    if (!lx || !s) return false;
    if (anchor > len) anchor = len;
    for (size_t i = 0; i < len; i++) {
        if (!word_start(s, i)) continue;
        const char *where = NULL;
        size_t n = lex_match(lx->denial, s + i, len - i, &where);
        if (!n) continue;
        if (strcmp(where, "any") == 0 || (strcmp(where, "before") == 0 && i < anchor && !denies_other(s, i, anchor)))
            return true;
        i += n - 1;
    }
    /* "has not been dismissed", "was never arrested", "wasn't fired" */
    static const char *const neg[] = {"not", "never", "hasn't", "wasn't", "isn't", "haven't",
                                      "weren't", "didn't", "no", "nor", NULL};
    size_t j = anchor;
    for (int words = 0; words < 3 && j > 0; words++) {
        while (j > 0 && !word_byte((unsigned char)s[j - 1])) {
            if (s[j - 1] == ',' || s[j - 1] == '.') return false;
            j--;
        }
        size_t e = j;
        while (j > 0 && word_byte((unsigned char)s[j - 1])) j--;
        if (word_in(s + j, e - j, neg)) return true;
        if ((e - j > 3 && (s[e - 1] == 't' || s[e - 1] == 'T') && s[e - 2] == '\'' &&
             (s[e - 3] == 'n' || s[e - 3] == 'N')))
            return true;  /* any "n't" */
        if (e - j > 5 && memcmp(s + e - 5, "n\xE2\x80\x99t", 5) == 0) return true;  /* "n’t" */
    }
    return false;
}
