/* test_event_context.c -- an event's date and certainty taken from the report around its sentence. */
#include "brass.h"
#include "extract_util.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define run tu_extract

/* The date of the event of that type whose person ends with surname: "-" for
 * none, "?" when there is no such event. Copied to out. */
static const char *date_of(const char *text, brass_event_type type, const char *surname, char out[16]) {
    brass_events *ev = run(text);
    const brass_event *e = tu_find(ev, type, surname);
    const char *d = e ? brass_event_get(e, BRASS_F_DATE) : "?";
    snprintf(out, 16, "%s", d ? d : "-");
    brass_events_free(ev);
    return out;
}

TEST(date_from_another_telling_of_the_same_change) {
    char o[16];
    /* 2021-03-12 is a Friday */
    CHECK_STR(date_of(" date 2021-03-12 x\n"
                      "General Boris Talvik was detained by military police, a local paper reported.\n"
                      "The paper said Talvik was arrested on Wednesday at his home.\n",
                      BRASS_ARREST, "Talvik", o),
              "2021-03-10");
}

TEST(date_from_a_follow_up_announcement) {
    char o[16];
    CHECK_STR(date_of(" date 2021-03-12 x\n"
                      "The president has dismissed General Boris Talvik as commander of the navy.\n"
                      "The decision was announced in a statement on Thursday.\n",
                      BRASS_DISMISSAL, "Talvik", o),
              "2021-03-11");
    /* a later sentence that tells of something else does not date it */
    CHECK_STR(date_of(" date 2021-03-12 x\n"
                      "The president has dismissed General Boris Talvik as commander of the navy.\n"
                      "Heavy rain flooded the harbour on Thursday.\n",
                      BRASS_DISMISSAL, "Talvik", o),
              "-");
}

TEST(background_does_not_date_the_change) {
    char o[16];
    /* the next sentence tells an older change, announced by no one */
    CHECK_STR(date_of(" date 2021-03-12 x\n"
                      "The president has dismissed General Boris Talvik as commander of the navy.\n"
                      "Talvik was appointed to the post on 4 May 2019, replacing Admiral Ott Ilves.\n",
                      BRASS_DISMISSAL, "Talvik", o),
              "-");
    /* another telling whose date belongs to another verb far from the event */
    CHECK_STR(date_of(" date 2021-03-12 x\n"
                      "General Boris Talvik has died, his family said.\n"
                      "A local paper that also reported his death said Talvik had graduated from the naval academy "
                      "in the northern port town in 1991.\n",
                      BRASS_DEATH, "Talvik", o),
              "-");
    /* an appointment to another post is another change */
    CHECK_STR(date_of(" date 2021-03-12 x\n"
                      "The president appointed General Boris Talvik as commander of the navy.\n"
                      "Talvik was appointed as head of military intelligence in 2017.\n",
                      BRASS_APPOINTMENT, "Talvik", o),
              "-");
}

TEST(lead_dates_the_change_it_announces) {
    char o[16];
    /* the lead tells the change without the name; the body names him */
    CHECK_STR(date_of(" date 2021-03-12 x\n"
                      "The president fired his intelligence chief on Wednesday amid a spy scandal.\n"
                      "The president dismissed General Boris Talvik, a longtime ally, after a week of leaks.\n",
                      BRASS_DISMISSAL, "Talvik", o),
              "2021-03-10");
    /* a lead that names its own person dates only that person's change */
    CHECK_STR(date_of(" date 2021-03-12 x\n"
                      "General Anton Merisalu, the army chief, was arrested on Wednesday.\n"
                      "So far, General Boris Talvik and Admiral Ott Ilves have also been arrested.\n",
                      BRASS_ARREST, "Talvik", o),
              "-");
}

TEST(date_of_the_paired_change) {
    char o[16];
    CHECK_STR(date_of(" date 2021-03-12 x\n"
                      "General Boris Talvik was sacked on Tuesday as head of the air force.\n"
                      "Nobody has explained why.\n"
                      "Talvik will be replaced by General Anton Merisalu, the defence ministry said.\n",
                      BRASS_APPOINTMENT, "Merisalu", o),
              "2021-03-09");
}

TEST(replacement_in_the_next_sentence_takes_the_dismissal_date) {
    char o[16];
    CHECK_STR(date_of(" date 2021-03-12 x\n"
                      "The navy said on Monday that Admiral Olev Kask had been removed as fleet commander. "
                      "He was replaced by Rear Admiral Peep Saar.\n",
                      BRASS_APPOINTMENT, "Saar", o),
              "2021-03-08");
}

TEST(dateline_dates_a_report_without_a_date) {
    char o[16];
    CHECK_STR(date_of("Navy chief fired\nMarch 12, 2021 9:40 am\n"
                      "The president fired Admiral Olev Kask, the navy commander, on Tuesday.\n",
                      BRASS_DISMISSAL, "Kask", o),
              "2021-03-09");
    CHECK_STR(date_of("Navy chief fired\nJaan Tamm 18:02, 12.03.21\n"
                      "The president fired Admiral Olev Kask, the navy commander, on Tuesday.\n",
                      BRASS_DISMISSAL, "Kask", o),
              "2021-03-09");
}

/* The certainty name of the event of that type whose person ends with surname, or "?". */
static const char *cert_of(const char *text, brass_event_type type, const char *surname, char out[16]) {
    brass_events *ev = run(text);
    const brass_event *e = tu_find(ev, type, surname);
    snprintf(out, 16, "%s", e ? brass_certainty_name(brass_event_certainty(e)) : "?");
    brass_events_free(ev);
    return out;
}

TEST(headline_takes_the_bodys_attribution) {
    char o[16];
    CHECK_STR(cert_of("Rebel commander Tomas Rand killed in ambush\n"
                      "A war correspondent wrote on his channel that General Tomas Rand was killed near the river.\n",
                      BRASS_DEATH, "Rand", o),
              "reported");
}

TEST(quoted_statement_is_reported) {
    char o[16];
    CHECK_STR(cert_of("A retired officer, Mart Kivi, wrote on social media: \"The strike hit the staff building. "
                      "General Olev Kask was wounded in the legs.\"\n",
                      BRASS_INJURY, "Kask", o),
              "reported");
}

TEST(quote_takes_its_speaker_where_it_closes) {
    char o[16];
    CHECK_STR(cert_of("\xE2\x80\x9CWe relieved General Olev Kask of his command. He failed the army,\xE2\x80\x9D "
                      "the defence ministry said on Friday.\n",
                      BRASS_DISMISSAL, "Kask", o),
              "confirmed");
    CHECK_STR(cert_of("\xE2\x80\x9CThey removed General Olev Kask from his command. He failed the army,\xE2\x80\x9D "
                      "a blogger wrote on Friday.\n",
                      BRASS_DISMISSAL, "Kask", o),
              "reported");
}

TEST(confirmation_elsewhere_confirms) {
    char o[16];
    CHECK_STR(cert_of("General Olev Kask was killed by a sniper, according to local reports.\n"
                      "The death of Kask was confirmed by the governor on Monday.\n",
                      BRASS_DEATH, "Kask", o),
              "confirmed");
}

TEST(announcement_by_the_one_who_made_the_change) {
    char o[16];
    CHECK_STR(cert_of("President Aivar Lepp said he had dismissed General Olev Kask, the army commander.\n",
                      BRASS_DISMISSAL, "Kask", o),
              "confirmed");
}

TEST(resignation_in_ones_own_words) {
    char o[16];
    CHECK_STR(cert_of("General Olev Kask, the chief of the general staff, has resigned, the general said on Monday.\n",
                      BRASS_RESIGNATION, "Kask", o),
              "confirmed");
    CHECK_STR(cert_of("General Olev Kask, the chief of the general staff, has resigned, Kask told reporters.\n",
                      BRASS_RESIGNATION, "Kask", o),
              "confirmed");
}
