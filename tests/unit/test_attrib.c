/* test_attrib.c -- certainty and source of claims (fact, attributed, hedged) and denials, on made-up sentences. */
#include "extract/attrib.h"
#include "harness.h"

#include <string.h>

static attrib at(const attrib_lexicons *lx, const char *s, const char *trig) {
    const char *p = strstr(s, trig);
    attrib a;
    attrib_of_sentence(lx, s, strlen(s), p ? (size_t)(p - s) : 0, &a);
    return a;
}

static bool denial(const attrib_lexicons *lx, const char *s, const char *trig) {
    const char *p = strstr(s, trig);
    return attrib_is_denial(lx, s, strlen(s), p ? (size_t)(p - s) : 0);
}

#define CHECK_AT(s, trig, cert, src)                 \
    do {                                             \
        attrib a_ = at(lx, s, trig);                 \
        CHECK_STR(brass_certainty_name(a_.certainty), brass_certainty_name(cert)); \
        CHECK_STR(a_.source, src);                   \
    } while (0)

TEST(plain_facts_are_confirmed) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK(lx != NULL);
    CHECK_AT("The president fired the army chief on Monday.", "fired", BRASS_CONFIRMED, "");
    CHECK_AT("General Ivan Petrov was killed in a missile strike.", "killed", BRASS_CONFIRMED, "");
    CHECK_AT("Colonel Sidorov, 51, resigned after the defeat.", "resigned", BRASS_CONFIRMED, "");
    attrib_lexicons_free(lx);
}

TEST(official_announcers_confirm) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The Defence Ministry said the general had been relieved of his command.", "relieved",
             BRASS_CONFIRMED, "The Defence Ministry");
    CHECK_AT("The general was dismissed, according to a decree published on the president's website.",
             "dismissed", BRASS_CONFIRMED, "decree");
    CHECK_AT("The admiral was arrested on Tuesday, prosecutors said.", "arrested", BRASS_CONFIRMED, "prosecutors");
    CHECK_AT("According to a statement from the prime minister's office, the general was appointed chief.",
             "appointed", BRASS_CONFIRMED, "the prime minister's office");
    CHECK_AT("The army said in a statement that its commander had been killed.", "killed", BRASS_CONFIRMED,
             "The army");
    attrib_lexicons_free(lx);
}

TEST(attributed_claims_are_reported) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The general was sacked, according to CNN.", "sacked", BRASS_REPORTED, "CNN");
    CHECK_AT("The general has been removed from his post, the UK Ministry of Defence said.", "removed",
             BRASS_REPORTED, "the UK Ministry of Defence");
    CHECK_AT("Russian Telegram channel Rybar reported that the commander was replaced.", "replaced",
             BRASS_REPORTED, "Russian Telegram channel Rybar");
    CHECK_AT("The commander was reportedly killed in the strike.", "killed", BRASS_REPORTED, "");
    CHECK_AT("He is said to have been detained by military police.", "detained", BRASS_REPORTED, "");
    CHECK_AT("A military source told the newspaper that the general had been shot.", "shot", BRASS_REPORTED,
             "military source");
    CHECK_AT("\"He was fired yesterday,\" said a senior Western official.", "fired", BRASS_REPORTED,
             "senior Western official");
    CHECK_AT("The general was wounded, the blogger wrote on Telegram.", "wounded", BRASS_REPORTED, "the blogger");
    CHECK_AT("Citing sources in the ministry, the news site wrote that he quit.", "quit", BRASS_REPORTED,
             "the news site");
    attrib_lexicons_free(lx);
}

TEST(hedges_outrank_attribution) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The general was allegedly arrested by security officers.", "arrested", BRASS_UNVERIFIED, "");
    CHECK_AT("If confirmed, he would be the most senior officer killed so far.", "killed", BRASS_UNVERIFIED, "");
    CHECK_AT("Ukrainian forces claimed to have killed the commander.", "killed", BRASS_UNVERIFIED, "Ukrainian forces");
    CHECK_AT("According to unconfirmed reports, the admiral was detained.", "detained", BRASS_UNVERIFIED, "");
    CHECK_AT("The BBC could not independently verify that the general had died.", "died", BRASS_UNVERIFIED,
             "");
    CHECK_AT("The general is rumoured to have been fired, the blogger said.", "fired", BRASS_UNVERIFIED,
             "the blogger");
    CHECK_AT("It is unclear whether the general was wounded.", "wounded", BRASS_UNVERIFIED, "");
    CHECK_AT("The ministry has highly likely dismissed its commander, British intelligence said.", "dismissed",
             BRASS_UNVERIFIED, "British intelligence");
    attrib_lexicons_free(lx);
}

TEST(hedged_reasons_do_not_hedge_the_event) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The colonel received a medal from the minister, apparently for holding the bridge.",
             "received", BRASS_CONFIRMED, "");
    CHECK_AT("The admiral was removed, allegedly because of the lost cruiser.", "removed",
             BRASS_CONFIRMED, "");
    CHECK_AT("The admiral was allegedly removed from his post.", "removed", BRASS_UNVERIFIED, "");
    attrib_lexicons_free(lx);
}

TEST(denials) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK(denial(lx, "The ministry denied reports that the general was fired.", "fired"));
    CHECK(denial(lx, "Officials rejected claims that he had been arrested.", "arrested"));
    CHECK(denial(lx, "The general has not been dismissed, his spokesman said.", "dismissed"));
    CHECK(denial(lx, "The commander was never detained.", "detained"));
    CHECK(denial(lx, "Despite rumours he was killed, the general is alive.", "killed"));
    CHECK(denial(lx, "The admiral remains in his post despite the losses.", "remains"));
    CHECK(denial(lx, "He wasn't fired, the ministry insisted.", "fired"));
    CHECK(!denial(lx, "The general was fired on Monday.", "fired"));
    CHECK(!denial(lx, "The ministry neither confirmed nor denied that the general was killed.", "killed"));
    CHECK(!denial(lx, "He was fired after he denied the charges.", "fired"));
    CHECK(!denial(lx, "Not long after the defeat, the general was sacked.", "sacked"));
    attrib_lexicons_free(lx);
}

TEST(odd_input_is_safe) {
    attrib_lexicons *lx = attrib_lexicons_new();
    attrib a;
    attrib_of_sentence(lx, "", 0, 0, &a);
    CHECK_INT(a.certainty, BRASS_CONFIRMED);
    CHECK_STR(a.source, "");
    attrib_of_sentence(lx, "said", 4, 99, &a);
    CHECK_INT(a.certainty, BRASS_REPORTED);
    CHECK(!attrib_is_denial(lx, "", 0, 0));
    char big[600];
    memset(big, 'A', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    memcpy(big + 400, " said", 5);
    attrib_of_sentence(lx, big, strlen(big), 0, &a);
    CHECK(strlen(a.source) < 200);
    attrib_lexicons_free(lx);
}

TEST(sources_stop_at_text_block_edges) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("Photo: archive  The navy said its admiral had been killed.", "killed", BRASS_CONFIRMED, "The navy");
    CHECK_AT("Mr Petrov then announced the appointment of the new chief.", "appointment", BRASS_REPORTED,
             "Mr Petrov");
    CHECK_AT("He was arrested over alleged links to the plotters.", "arrested", BRASS_CONFIRMED, "");
    CHECK(denial(lx, "He hasn\xE2\x80\x99t been fired, aides said.", "fired"));
    attrib_lexicons_free(lx);
}

TEST(adverb_hedges_count_only_before_the_event) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The general was probably killed in the strike.", "killed", BRASS_UNVERIFIED, "");
    CHECK_AT("Perhaps the minister sacked him to calm the generals.", "sacked", BRASS_UNVERIFIED, "");
    /* after the event, the adverb hedges another verb */
    CHECK_AT("The naming of General Tarvo Saks is likely to please the hawks.", "naming", BRASS_CONFIRMED, "");
    CHECK_AT("The colonel, who was dismissed in May, probably fled abroad.", "dismissed", BRASS_CONFIRMED, "");
    /* a hedge after a curly quote still counts */
    CHECK_AT("\xE2\x80\x9CPerhaps the minister sacked him,\xE2\x80\x9D a blogger wrote.", "sacked", BRASS_UNVERIFIED,
             "blogger");
    attrib_lexicons_free(lx);
}

TEST(passive_announcement_is_the_announcers_voice) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("His appointment as fleet commander was announced in June.", "appointment", BRASS_CONFIRMED, "");
    CHECK_AT("His appointment as fleet commander was reported by a local paper.", "appointment", BRASS_REPORTED,
             "local paper");
    attrib_lexicons_free(lx);
}

TEST(source_stops_before_citing) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The cabinet promoted the army chief to field marshal, reported a news agency citing a statement "
             "from the ministry.", "promoted", BRASS_REPORTED, "news agency");
    attrib_lexicons_free(lx);
}

TEST(force_acronyms_are_official) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The air marshal was killed when his jet crashed, the RAF said.", "killed", BRASS_CONFIRMED, "the RAF");
    CHECK_AT("The commander was wounded in the raid, the IDF announced.", "wounded", BRASS_CONFIRMED, "the IDF");
    attrib_lexicons_free(lx);
}

TEST(a_sides_claim_of_its_own_strike_is_reported) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The army said on Friday it had killed the rebel commander Tomas Rand.", "killed", BRASS_REPORTED,
             "The army");
    /* an arrest announced by the police who made it is an announcement */
    CHECK_AT("Police said they had arrested the general at his home.", "arrested", BRASS_CONFIRMED, "Police");
    attrib_lexicons_free(lx);
}

TEST(inverted_cue_followed_by_the_event) {
    attrib_lexicons *lx = attrib_lexicons_new();
    attrib a = at(lx, "Several channels, including a state broadcaster, reported Lapsin's dismissal on Sunday.",
                  "dismissal");
    CHECK_STR(brass_certainty_name(a.certainty), "reported");
    CHECK(strstr(a.source, "dismissal") == NULL);
    attrib_lexicons_free(lx);
}

TEST(confirmation_sentences) {
    attrib_lexicons *lx = attrib_lexicons_new();
    const char *a = "His death was confirmed by the veterans' association.";
    const char *b = "His death has not been confirmed.";
    CHECK(attrib_confirms(lx, a, strlen(a)));
    CHECK(!attrib_confirms(lx, b, strlen(b)));
    attrib_lexicons_free(lx);
}

TEST(denial_words_that_deny_something_else) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK(!denial(lx, "General Oru, who denied any wrongdoing, was arrested on Monday.", "arrested"));
    CHECK(!denial(lx, "General Oru was denied bail and arrested again.", "arrested"));
    CHECK(!denial(lx, "The colonel, whose appeal was rejected, was dismissed.", "dismissed"));
    CHECK(denial(lx, "The ministry denied reports that General Oru, the fleet commander, had been dismissed.",
                 "dismissed"));
    attrib_lexicons_free(lx);
}

TEST(more_hedges_sources_and_officials) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The general appears to have been fired.", "fired", BRASS_UNVERIFIED, "");
    CHECK_AT("The colonel was seemingly removed from his post.", "removed", BRASS_UNVERIFIED, "");
    CHECK_AT("The general was fired, sources familiar with the matter said.", "fired", BRASS_REPORTED,
             "sources familiar with the matter");
    CHECK_AT("The general was fired, people close to the president said.", "fired", BRASS_REPORTED,
             "people close to the president");
    CHECK_AT("The general was arrested, the court said.", "arrested", BRASS_CONFIRMED, "the court");
    CHECK_AT("The White House said the general had been fired.", "fired", BRASS_CONFIRMED, "The White House");
    attrib_lexicons_free(lx);
}

TEST(claims_after_the_event) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The general was killed in the raid, the rebels claimed.", "killed", BRASS_UNVERIFIED, "the rebels");
    CHECK_AT("Before his arrest, the general claimed that the president had ordered the march.", "arrest",
             BRASS_CONFIRMED, "");
    CHECK_AT("The rebels claimed that they had killed the general.", "killed", BRASS_UNVERIFIED, "The rebels");
    attrib_lexicons_free(lx);
}

TEST(sources_with_inner_words_and_reasons) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The colonel was dismissed, the Institute for the Study of Conflict said.", "dismissed",
             BRASS_REPORTED, "the Institute for the Study of Conflict");
    /* "citing" a reason names no source */
    CHECK_AT("The general resigned on Friday, citing poor health, the ministry said.", "resigned", BRASS_CONFIRMED,
             "the ministry");
    CHECK_AT("The general was detained, a local paper reported, citing sources.", "detained", BRASS_REPORTED,
             "local paper");
    /* a subordinating word ends a source */
    CHECK_AT("It was odd because Kyiv claimed to have killed the general.", "killed", BRASS_UNVERIFIED, "Kyiv");
    attrib_lexicons_free(lx);
}

TEST(denials_by_dismissing_as_false) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK(denial(lx, "The ministry dismissed as fake reports that the general had been arrested.", "arrested"));
    CHECK(denial(lx, "Officials called the reports that the admiral was killed a provocation.", "killed"));
    attrib_lexicons_free(lx);
}

TEST(learned_from_is_attribution) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("A monitoring group learned from soldiers that the general was no longer in command.", "command",
             BRASS_REPORTED, "soldiers");
    CHECK_AT("The newspaper has learned that the admiral was dismissed.", "dismissed", BRASS_REPORTED, "The newspaper");
    /* lessons learned attribute nothing */
    CHECK_AT("With the lessons learned in the war, the colonel was appointed to lead the academy.", "appointed",
             BRASS_CONFIRMED, "");
    attrib_lexicons_free(lx);
}

TEST(possessive_observer_is_still_an_observer) {
    attrib_lexicons *lx = attrib_lexicons_new();
    CHECK_AT("The UK\xE2\x80\x99s Ministry of Defence said the general had been sacked.", "sacked", BRASS_REPORTED,
             "The UK\xE2\x80\x99s Ministry of Defence");
    CHECK_AT("Britain's defence ministry said the general had been sacked.", "sacked", BRASS_REPORTED,
             "Britain's defence ministry");
    CHECK_AT("The country's defence ministry said the general had been sacked.", "sacked", BRASS_CONFIRMED,
             "The country's defence ministry");
    attrib_lexicons_free(lx);
}
