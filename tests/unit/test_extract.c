/* test_extract.c -- the extractor on short made-up reports: types, voices, coreference, blockers. */
#include "brass.h"
#include "extract_util.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>

#define run tu_extract
#define find tu_find

#define EXPECT(text, type, surname)                          \
    do {                                                     \
        brass_events *ev_ = run(text);                       \
        CHECK(ev_ != NULL);                                  \
        CHECK(ev_ && find(ev_, type, surname) != NULL);      \
        brass_events_free(ev_);                              \
    } while (0)

#define EXPECT_NONE(text)                                    \
    do {                                                     \
        brass_events *ev_ = run(text);                       \
        CHECK(ev_ != NULL);                                  \
        CHECK_INT(brass_events_count(ev_), 0);               \
        brass_events_free(ev_);                              \
    } while (0)

TEST(active_dismissal_with_agent_and_post) {
    brass_events *ev = run("The president fired Major General Petr Halvik as commander of the 12th Army.");
    const brass_event *e = find(ev, BRASS_DISMISSAL, "Halvik");
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(brass_event_get(e, BRASS_F_RANK), "Major General");
        CHECK_STR(brass_event_get(e, BRASS_F_POST), "commander of the 12th Army");
    }
    brass_events_free(ev);
    ev = run("Defence Minister Arno Velt sacked General Ilya Dorn on Monday.");
    e = find(ev, BRASS_DISMISSAL, "Dorn");
    CHECK(e != NULL);
    if (e) CHECK_STR(brass_event_get(e, BRASS_F_BY), "Arno Velt");
    brass_events_free(ev);
}

TEST(passive_dismissal_and_replacement) {
    brass_events *ev = run("General Ilya Dorn was relieved of his command and replaced by "
                           "Colonel General Mark Tesh.");
    const brass_event *d = find(ev, BRASS_DISMISSAL, "Dorn");
    const brass_event *a = find(ev, BRASS_APPOINTMENT, "Tesh");
    CHECK(d != NULL);
    CHECK(a != NULL);
    if (d) CHECK_STR(brass_event_get(d, BRASS_F_REPLACEMENT), "Mark Tesh");
    if (a) CHECK_STR(brass_event_get(a, BRASS_F_REPLACEMENT), "Ilya Dorn");
    brass_events_free(ev);
}

TEST(passive_by_agent) {
    brass_events *ev = run("Admiral Lena Koss was dismissed by President Anton Gral on Friday.");
    const brass_event *e = find(ev, BRASS_DISMISSAL, "Koss");
    CHECK(e != NULL);
    if (e) CHECK_STR(brass_event_get(e, BRASS_F_BY), "Anton Gral");
    brass_events_free(ev);
}

TEST(appointment_active_and_passive) {
    EXPECT("The ministry appointed Lieutenant General Oren Basu as the new chief of the General Staff.",
           BRASS_APPOINTMENT, "Basu");
    EXPECT("Vice Admiral Tia Morn has been named commander of the Northern Fleet.", BRASS_APPOINTMENT,
           "Morn");
}

TEST(succession_verbs) {
    EXPECT("General Oren Basu succeeds General Ivo Lak at the head of the army.", BRASS_APPOINTMENT,
           "Basu");
    EXPECT("General Ivo Lak was replaced by General Oren Basu.", BRASS_DISMISSAL, "Lak");
}

TEST(resignation) {
    EXPECT("Army chief General Sam Oduya resigned on Tuesday after the parade disaster.",
           BRASS_RESIGNATION, "Oduya");
    EXPECT("Defence Minister Kara Vell stepped down.", BRASS_RESIGNATION, "Vell");
}

TEST(death_and_injury) {
    EXPECT("Major General Ruslan Tarkov was killed in a missile strike on his headquarters.",
           BRASS_DEATH, "Tarkov");
    EXPECT("Lieutenant General Ivo Lak died of his wounds.", BRASS_DEATH, "Lak");
    EXPECT("Colonel General Mark Tesh was wounded in the shelling.", BRASS_INJURY, "Tesh");
}

TEST(arrest_and_award) {
    EXPECT("Former defence minister General Han Sol was arrested by prosecutors.", BRASS_ARREST, "Sol");
    EXPECT("The president awarded General Oren Basu the Order of Courage.", BRASS_AWARD, "Basu");
}

TEST(nominal_frames) {
    EXPECT("General Ivo Lak commanded the 5th Army. The dismissal of General Ivo Lak surprised many.",
           BRASS_DISMISSAL, "Lak");
    EXPECT("General Ivo Lak commanded the 5th Army. Lak's arrest came on Monday.", BRASS_ARREST, "Lak");
}

TEST(coreference_surname_and_pronoun) {
    brass_events *ev = run("Colonel General Mark Tesh led the southern group of forces.\n"
                           "On Monday he was dismissed.");
    const brass_event *e = find(ev, BRASS_DISMISSAL, "Tesh");
    CHECK(e != NULL);
    if (e) CHECK_STR(brass_event_get(e, BRASS_F_PERSON), "Mark Tesh");
    brass_events_free(ev);
    ev = run("General Mark Tesh led the southern group of forces. Tesh was sacked in May.");
    CHECK(find(ev, BRASS_DISMISSAL, "Tesh") != NULL);
    CHECK_INT(brass_events_count(ev), 1);
    brass_events_free(ev);
}

TEST(blocker_fired_missiles) {
    EXPECT_NONE("General Ivo Lak said his troops fired missiles at the bridge.");
    EXPECT_NONE("The battery fired on General Ivo Lak's convoy.");
}

TEST(blocker_modal_and_demand) {
    EXPECT_NONE("General Ivo Lak may be fired next week.");
    EXPECT_NONE("Bloggers renewed calls to sack General Ivo Lak.");
    EXPECT_NONE("General Ivo Lak is likely to be replaced soon.");
}

TEST(blocker_negation) {
    EXPECT_NONE("General Ivo Lak was not dismissed, the ministry said.");
}

TEST(out_of_scope_people) {
    EXPECT_NONE("The club sacked head coach Tom Berry after the defeat.");
    EXPECT_NONE("Health Minister Ana Ruiz resigned on Friday.");
    EXPECT_NONE("Attorney General Paul Kerr was fired by the president.");
}

TEST(no_events_in_plain_text) {
    EXPECT_NONE("General Ivo Lak inspected the troops and praised their training.");
    EXPECT_NONE("");
}

TEST(award_received_without_award_verb) {
    EXPECT("In 2015 General Ivo Lak received a medal for the river crossing.", BRASS_AWARD, "Lak");
    EXPECT("Critics questioned Colonel General Mark Tesh receiving the title of Hero of the Republic.",
           BRASS_AWARD, "Tesh");
}

TEST(coup_leader_seized_power) {
    EXPECT("Colonel Ado Keita seized power in the capital on Monday.", BRASS_APPOINTMENT, "Keita");
}

/* a field of the event of that type and surname, or NULL */
static const char *field_of(const char *text, brass_event_type type, const char *surname, brass_field f,
                            char *out, size_t n) {
    brass_events *ev = run(text);
    const brass_event *e = ev ? find(ev, type, surname) : NULL;
    const char *v = e ? brass_event_get(e, f) : NULL;
    if (v) snprintf(out, n, "%s", v);
    brass_events_free(ev);
    return v ? out : NULL;
}

/* Does the event of that type and surname have field f equal to want? Prints
 * what it has instead, so that a failing CHECK shows both. */
static bool field_is(const char *text, brass_event_type type, const char *surname, brass_field f, const char *want) {
    char buf[200];
    const char *got = field_of(text, type, surname, f, buf, sizeof buf);
    if (got && strcmp(got, want) == 0) return true;
    fprintf(stderr, "  %s of %s: got \"%s\", want \"%s\"\n", brass_field_name(f), surname, got ? got : "(none)",
            want);
    return false;
}

TEST(rank_opening_a_capitalized_run_is_not_the_name) {
    char buf[160];
    const char *p = field_of("Gen. Col. Ivo Lak was dismissed on Monday.", BRASS_DISMISSAL, "Lak", BRASS_F_PERSON,
                             buf, sizeof buf);
    CHECK(p && strcmp(p, "Ivo Lak") == 0);
    p = field_of("Col-Gen Ivo Lak was dismissed on Monday.", BRASS_DISMISSAL, "Lak", BRASS_F_RANK, buf, sizeof buf);
    CHECK(p && strcmp(p, "Colonel General") == 0);
}

TEST(head_of_state_replacing_a_commander_is_the_agent) {
    const char *text = "President Ilse Varga said she had replaced the commander of the Northern Army, "
                       "Major General Ivo Lak.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_BY, "Ilse Varga"));
    brass_events *ev = run(text);
    CHECK(ev && find(ev, BRASS_APPOINTMENT, "Varga") == NULL);
    brass_events_free(ev);
}

TEST(replacement_from_the_next_sentence) {
    const char *text = "General Ivo Lak was relieved of command of the Northern Army on Monday. "
                       "Brigadier General Tom Sava will take over the post.";
    char buf[160];
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_REPLACEMENT, "Tom Sava"));
    CHECK(field_is(text, BRASS_APPOINTMENT, "Sava", BRASS_F_REPLACEMENT, "Ivo Lak"));
    /* posts that name different units are no replacement */
    text = "General Ivo Lak was dismissed as commander of the Eastern Fleet. "
           "Admiral Tom Sava was appointed commander of the Western Fleet.";
    CHECK(field_of(text, BRASS_DISMISSAL, "Lak", BRASS_F_REPLACEMENT, buf, sizeof buf) == NULL);
}

TEST(common_noun_subject_is_not_the_person) {
    EXPECT_NONE("General Ivo Lak spent a year in prison because three protesters died in the crush.");
    EXPECT("General Ivo Lak, his driver and two guards were killed in the strike.", BRASS_DEATH, "Lak");
    EXPECT("Ivo Lak, the commander of the northern army was fired by the president.", BRASS_DISMISSAL, "Lak");
    EXPECT("Colonel Ivo Lak's legs were injured in the blast.", BRASS_INJURY, "Lak");
    EXPECT("The head of the navy, Admiral Ivo Lak, too resigned on Friday.", BRASS_RESIGNATION, "Lak");
}

TEST(misspelt_second_mention_is_the_same_person) {
    const char *text = "General Alexei Dvornakov was appointed commander of the southern front. "
                       "Dvornakov led the northern group before. "
                       "Alexei Dvornaknov was appointed in April, the ministry said.";
    brass_events *ev = run(text);
    CHECK(ev && find(ev, BRASS_APPOINTMENT, "Dvornakov") != NULL);
    CHECK(ev && find(ev, BRASS_APPOINTMENT, "Dvornaknov") == NULL);
    brass_events_free(ev);
    /* different first names stay apart */
    ev = run("General Ivan Popovich was fired. General Pavel Popovic was appointed.");
    CHECK(ev && find(ev, BRASS_APPOINTMENT, "Popovic") != NULL);
    brass_events_free(ev);
}

TEST(object_lists_and_victim_lists) {
    const char *text = "Police have arrested General Ivo Lak, Lt. Gen. Tom Sava, head of the Capital Command; "
                       "and Lt. Gen. Ari Mendel, head of the Special Command.";
    brass_events *ev = run(text);
    CHECK(ev && find(ev, BRASS_ARREST, "Lak") && find(ev, BRASS_ARREST, "Sava") && find(ev, BRASS_ARREST, "Mendel"));
    brass_events_free(ev);
    ev = run("General Ivo Lak was among dozens killed and injured in the strike.");
    CHECK(ev && find(ev, BRASS_DEATH, "Lak") != NULL);
    CHECK(ev && find(ev, BRASS_INJURY, "Lak") == NULL);
    brass_events_free(ev);
    /* a name introduced by a preposition is not on the list */
    ev = run("The army killed Ali Omar, a senior commander for the paramilitary Desert Shield Forces.");
    CHECK(ev && brass_events_count(ev) == 1);
    brass_events_free(ev);
}

TEST(successor_nouns_and_taking_a_place) {
    const char *text = "General Ivo Lak handed over command of the navy today to his successor, Admiral Tom Sava.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Sava", BRASS_F_REPLACEMENT, "Ivo Lak"));
    text = "The president named General Tom Sava as General Ivo Lak's replacement.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Sava", BRASS_F_REPLACEMENT, "Ivo Lak"));
    text = "The prime minister fired Defence Minister Ivo Lak on Tuesday. "
           "He said he had appointed Interior Minister Tom Sava to take his place.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Sava", BRASS_F_REPLACEMENT, "Ivo Lak"));
}

TEST(promotion_is_an_award_unless_a_post_follows) {
    EXPECT("Colonel Ivo Lak, who was promoted last year, led the assault.", BRASS_AWARD, "Lak");
    EXPECT("Colonel Ivo Lak was promoted to commander of the 5th Army.", BRASS_APPOINTMENT, "Lak");
}

TEST(one_word_first_name_is_the_person) {
    const char *text = "General Tomas Ribeiro Vaz was appointed commander of the army on Monday. "
                       "The minister introduced General Tomas, who from today is the new commander.";
    brass_events *ev = run(text);
    CHECK(ev && brass_events_count(ev) == 1);
    brass_events_free(ev);
}

TEST(posts_from_the_other_side_and_after_the_name) {
    const char *text = "The president appointed General Tom Sava as the new commander of the Northern Army, "
                       "replacing General Ivo Lak.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_POST, "commander of the Northern Army"));
    text = "The president signed a decree on the dismissal of Lieutenant General Ivo Lak from the post of "
           "commander of the Air Force.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_POST, "commander of the Air Force"));
    text = "The ministry dismissed the commander of its Eastern Group of Forces, Colonel General Ivo Lak.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_POST, "commander of its Eastern Group of Forces"));
    text = "General Ivo Lak was 48. Officials said Lak, who commanded the 49th combined army, was killed.";
    CHECK(field_is(text, BRASS_DEATH, "Lak", BRASS_F_POST, "commander of the 49th combined army"));
    text = "The cabinet named General Ivo Lak armed forces chief Saturday.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Lak", BRASS_F_POST, "armed forces chief"));
}

TEST(headline_capitals_and_occupations_are_no_evidence) {
    EXPECT_NONE("Navy Removes Fleet Commander Over Harbour Sinking\n\nThe navy said on Monday the inquiry goes on.");
    EXPECT_NONE("The air command of the armed forces reported that pilot Ivo Lak died on Monday.");
    /* a person of the headline named again in the text is still found */
    EXPECT("Navy Removes Admiral Ivo Lak\n\nThe navy dismissed Admiral Ivo Lak on Monday.", BRASS_DISMISSAL, "Lak");
}

TEST(coup_leader_declares_himself) {
    EXPECT("General Ado Keita has declared himself the new leader of the country after a coup.", BRASS_APPOINTMENT,
           "Keita");
}

TEST(name_in_another_word_order_is_the_same_person) {
    const char *text = "Soldiers named General Brice Ondo Mba leader of the transition on Wednesday. "
                       "\"General Ondo Mba Brice was appointed chairman of the transition,\" an officer said.";
    brass_events *ev = run(text);
    CHECK(ev && brass_events_count(ev) == 1);
    brass_events_free(ev);
}

TEST(reported_would_and_honorific_first_names) {
    EXPECT("The president said that Brigadier General Tom Sava would take over the post.", BRASS_APPOINTMENT, "Sava");
    EXPECT_NONE("General Tom Sava would be fired if the offensive failed.");
    const char *text = "Admiral Sir Ben Kay has been sacked after an inquiry. "
                       "Sir Ben was told to step back in May. He was succeeded by General Sir Ian Roe.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Roe", BRASS_F_REPLACEMENT, "Ben Kay"));
}

TEST(agents_across_sentences_and_coordinated_verbs) {
    char buf[160];
    const char *text = "Police arrested a former general on Wednesday. General Ivo Lak was taken away in a van, "
                       "and Lak was arrested at the barracks.";
    CHECK(field_of(text, BRASS_ARREST, "Lak", BRASS_F_BY, buf, sizeof buf) == NULL ||
          strcmp(buf, "Police") == 0);
    text = "President Ana Ruiz dismissed the army commander, General Ivo Lak, and appointed General Tom Sava.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Sava", BRASS_F_BY, "Ana Ruiz"));
    text = "Ex-Defence Minister Ivo Lak was arrested for treason by advising President Ana Ruiz to call a state of emergency.";
    CHECK(field_of(text, BRASS_ARREST, "Lak", BRASS_F_BY, buf, sizeof buf) == NULL);
    text = "The leaders of the coup have named General Ado Keita transitional president.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Keita", BRASS_F_BY, "leaders of the coup"));
    text = "General Ado Keita declared himself the leader of the country on Friday.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Keita", BRASS_F_BY, "Ado Keita"));
}

TEST(standing_down_and_victim_lists) {
    EXPECT("General Ivo Lak said he had no choice but to stand down.", BRASS_RESIGNATION, "Lak");
    EXPECT("General Ivo Lak was among the victims of the crash, officials said.", BRASS_DEATH, "Lak");
}

TEST(officer_of_any_rank_taking_the_lead_of_a_country) {
    EXPECT("Soldiers appeared on television and proclaimed Captain Ado Keita as the new leader of the country.",
           BRASS_APPOINTMENT, "Keita");
    EXPECT_NONE("The club named Captain Ado Keita as the new leader of the team.");
}

TEST(surname_first_and_bracketed_nicknames) {
    EXPECT("Gen. Park Min-ho, the army chief of staff, led the troops. "
           "The ministry suspended Park from his duties on Friday.", BRASS_DISMISSAL, "Min-ho");
    const char *text = "The council head dismissed his deputy, General Omar Hassan Idris (Hemeti), on Friday. "
                       "Malik Tahir, a former rebel leader, has replaced Hemeti, the council said.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Tahir", BRASS_F_REPLACEMENT, "Omar Hassan Idris"));
}

TEST(posts_refined_and_country_first) {
    const char *text = "General Ivo Lak stepped down on Wednesday as Israel Defense Forces chief of staff.";
    CHECK(field_is(text, BRASS_RESIGNATION, "Lak", BRASS_F_POST, "Israel Defense Forces chief of staff"));
    text = "Senior commander Ivo Lak was seen at the front. Lak, a commander of the paramilitary Desert Forces, "
           "was killed on Monday.";
    CHECK(field_is(text, BRASS_DEATH, "Lak", BRASS_F_POST, "commander of the paramilitary Desert Forces"));
    text = "The government appointed Lt General Ivo Lak (retired) as the next Chief of Defence Staff.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Lak", BRASS_F_POST, "Chief of Defence Staff"));
}

TEST(became_with_a_post_and_verbs_joined_by_and) {
    EXPECT("General Ivo Lak has become his deputy, the report said.", BRASS_APPOINTMENT, "Lak");
    EXPECT("Colonel General Ivo Lak is temporarily acting as commander-in-chief of the air force.",
           BRASS_APPOINTMENT, "Lak");
    EXPECT_NONE("General Ivo Lak became a target of bloggers after the retreat.");
    const char *text = "General Tom Sava has replaced General Ivo Lak and becomes the deputy head of the council.";
    brass_events *ev = run(text);
    CHECK(ev && find(ev, BRASS_APPOINTMENT, "Sava") && !find(ev, BRASS_APPOINTMENT, "Lak"));
    brass_events_free(ev);
}

TEST(agents_of_replace_with_and_by_the_army) {
    const char *text = "President Ana Ruiz had replaced Colonel General Ivo Lak with Lieutenant General Tom Sava "
                       "as commander of the Western District.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_BY, "Ana Ruiz"));
    CHECK(field_is(text, BRASS_APPOINTMENT, "Sava", BRASS_F_BY, "Ana Ruiz"));
    text = "The junta leader, Lieutenant Colonel Ivo Lak, has been relieved of his duties by the army.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_BY, "army"));
    EXPECT("President Ana Ruiz announced the decision to dismiss Defence Minister Ivo Lak.", BRASS_DISMISSAL, "Lak");
    EXPECT_NONE("Bloggers urged the president to dismiss General Ivo Lak.");
}

TEST(family_name_first_is_a_later_lone_mention) {
    const char *text = "Defence Minister Li Wanfu had not been seen in public for weeks. "
                       "On Tuesday, Li was removed from his post by the legislature.";
    brass_events *ev = run(text);
    const brass_event *e = ev ? find(ev, BRASS_DISMISSAL, "Wanfu") : NULL;
    CHECK(e != NULL);
    brass_events_free(ev);
}

TEST(initials_suffixes_retired_and_other_ministers) {
    const char *text = "The president fired Gen. C.Q. Braun Jr., the chairman of the Joint Chiefs of Staff.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Jr.", BRASS_F_PERSON, "C.Q. Braun Jr."));
    CHECK(field_is(text, BRASS_DISMISSAL, "Jr.", BRASS_F_RANK, "General"));
    EXPECT_NONE("He praised retired Lt. Gen. Dan Kain, a former pilot, at the ceremony.");
    text = "Defence Minister Li Wanfu was removed from his post. The coach was sacked, and the health minister "
           "resigned.";
    brass_events *ev = run(text);
    CHECK(ev && find(ev, BRASS_DISMISSAL, "Wanfu") && !find(ev, BRASS_RESIGNATION, "Wanfu"));
    brass_events_free(ev);
}

TEST(eliminated_and_collective_agents) {
    EXPECT("The army said it had eliminated Ali Karam, the head of the Desert Force.", BRASS_DEATH, "Karam");
    const char *text = "Major General Ivo Lak was detained by military police on Friday.";
    CHECK(field_is(text, BRASS_ARREST, "Lak", BRASS_F_BY, "military police"));
}

TEST(role_noun_with_its_own_name_and_moves) {
    const char *text = "General Ivo Lak inspected the front. "
                       "The president dismissed the head of his guard, Colonel Tom Sava, after the plot.";
    brass_events *ev = run(text);
    CHECK(ev && find(ev, BRASS_DISMISSAL, "Sava") && !find(ev, BRASS_DISMISSAL, "Lak"));
    brass_events_free(ev);
    EXPECT("Defence Minister Ivo Lak was moved to the post of secretary of the Security Council.",
           BRASS_APPOINTMENT, "Lak");
}

TEST(his_removal_refers_to_the_one_with_an_event) {
    const char *text = "Tom Sava, a former lawmaker, was approved as defence minister on Wednesday. "
                       "Sava replaces Defence Minister Ivo Lak, who was sacked by the president on Sunday. "
                       "Lak says he is the victim of a smear campaign. His removal is not expected to change the strategy.";
    brass_events *ev = run(text);
    CHECK(ev && find(ev, BRASS_DISMISSAL, "Lak") && !find(ev, BRASS_DISMISSAL, "Sava"));
    brass_events_free(ev);
}

TEST(posts_in_appositions_and_before_relative_clauses) {
    const char *text = "The head of the military junta that took power last January, Lieutenant Colonel Ivo Lak, "
                       "has been relieved of his duties by the army.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_POST, "head of the military junta"));
    text = "The army said it had killed Ali Karam, a senior commander for the paramilitary Desert Forces.";
    CHECK(field_is(text, BRASS_DEATH, "Karam", BRASS_F_POST, "commander for the paramilitary Desert Forces"));
}

TEST(agent_pronoun_is_the_political_figure_named_before) {
    const char *text = "President Ana Ruiz praised General Ivo Lak, who resigned on Monday. "
                       "She named General Tom Sava as his replacement.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Sava", BRASS_F_BY, "Ana Ruiz"));
}

TEST(purges_and_the_replaced_dead) {
    EXPECT("The party expelled General Ivo Lak, the former commander of the rocket force, on Thursday.",
           BRASS_DISMISSAL, "Lak");
    const char *text = "Guards commander General Ivo Lak was killed in strikes on Friday. "
                       "Major General Tom Sava was appointed to replace Lak as commander-in-chief of the guards.";
    brass_events *ev = run(text);
    CHECK(ev && find(ev, BRASS_DEATH, "Lak") && !find(ev, BRASS_DISMISSAL, "Lak"));
    brass_events_free(ev);
}

TEST(coups_dissolve_governments_and_officers_are_elevated) {
    EXPECT("Troops said they had dissolved the government of Lieutenant Colonel Ivo Lak on Friday.", BRASS_DISMISSAL,
           "Lak");
    EXPECT("In 2018 General Ivo Lak was elevated to head of the intelligence service.", BRASS_APPOINTMENT, "Lak");
}

TEST(found_dead_taken_prisoner_stepped_aside) {
    EXPECT("Major General Ivo Lak was found dead in his office on Thursday.", BRASS_DEATH, "Lak");
    EXPECT("Rear Admiral Ivo Lak was taken prisoner during the raid.", BRASS_ARREST, "Lak");
    EXPECT("General Ivo Lak stepped aside as chief of the general staff on Monday.", BRASS_RESIGNATION, "Lak");
}

TEST(due_to_become_and_announced_as) {
    EXPECT("Admiral Ivo Lak is due to become the next head of the armed forces.", BRASS_APPOINTMENT, "Lak");
    EXPECT("Admiral Ivo Lak was announced as the new chief of the defence staff.", BRASS_APPOINTMENT, "Lak");
    EXPECT_NONE("Admiral Ivo Lak is expected to become the next head of the armed forces.");
}

TEST(lead_posts_and_in_command_of) {
    const char *text = "Special forces claimed they killed the commander of the Northern Fleet in a strike. "
                       "Officials said that 30 officers, including Admiral Ivo Lak, had been killed.";
    CHECK(field_is(text, BRASS_DEATH, "Lak", BRASS_F_POST, "commander of the Northern Fleet"));
    text = "Major General Ivo Lak was killed on Monday. Lak, 46, was in command of the 15th rifle division.";
    CHECK(field_is(text, BRASS_DEATH, "Lak", BRASS_F_POST, "in command of the 15th rifle division"));
}

TEST(mod_is_spelt_out_in_agents) {
    const char *text = "The Russian MoD has dismissed Colonel General Ivo Lak as commander of the eastern group.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_BY, "The Russian Ministry of Defence"));
}

TEST(one_departure_and_one_arrival_replace_each_other) {
    char buf[160];
    const char *text = "The president has sacked the commander-in-chief of the armed forces, General Ivo Lak. "
                       "It follows weeks of talk of a rift. Lak led the army since the war began. "
                       "He thanked the general for his service. Critics were surprised. "
                       "The president then announced the appointment of General Tom Sava as the new army chief.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_REPLACEMENT, "Tom Sava"));
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_POST, "commander-in-chief of the armed forces"));
    /* two arrivals: no guess */
    text = "General Ivo Lak was dismissed as army chief. Later the president appointed General Tom Sava "
           "as army chief of staff. Admiral Ed Roe was appointed navy chief.";
    CHECK(field_of(text, BRASS_DISMISSAL, "Lak", BRASS_F_REPLACEMENT, buf, sizeof buf) == NULL ||
          strcmp(buf, "Tom Sava") == 0);
}

TEST(posts_in_a_list_of_appositions) {
    const char *text = "So far, Lt Gen Ivo Lak, head of the Signals Command, Lt Gen Tom Sava, head of the Special "
                       "Command, and Lt Gen Ed Roe, head of the Capital Command, have been arrested.";
    CHECK(field_is(text, BRASS_ARREST, "Sava", BRASS_F_POST, "head of the Special Command"));
}

TEST(posts_from_office_verbs_and_unnamed_leads) {
    const char *text = "The defence minister appointed General Ivo Lak to command the forces fighting in the east "
                       "on Monday.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Lak", BRASS_F_POST, "commander of the forces fighting in the east"));
    /* the lead tells the change of a post; the next sentences name its holder */
    text = "The chief of the Ruritanian navy resigned on Sunday after a row over his remarks. "
           "Vice Admiral Ivo Lak said in a statement that his resignation was necessary.";
    CHECK(field_is(text, BRASS_RESIGNATION, "Lak", BRASS_F_POST, "chief of the Ruritanian navy"));
    text = "The president has appointed his closest military adviser, a former tank officer, as the new "
           "chief of staff of the armed forces. General Ivo Lak, 55, was appointed by decree on Friday.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Lak", BRASS_F_POST, "chief of staff of the armed forces"));
}

TEST(posts_through_labels_positions_and_successions) {
    const char *text = "Major General Ivo Lak, the so-called commander of the rebel army corps, was killed on Monday.";
    CHECK(field_is(text, BRASS_DEATH, "Lak", BRASS_F_POST, "commander of the rebel army corps"));
    /* "the position" is the post of the one replaced */
    text = "President Tom Vell announced on Monday that he had replaced the commander of the Joint Forces, "
           "General Ivo Lak, after weeks of criticism. He said that Brigadier General Tom Sava would take over "
           "the position.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Sava", BRASS_F_POST, "commander of the Joint Forces"));
    /* one who died is succeeded in the post the newcomer gets */
    text = "The government has appointed General Tom Sava as the next Chief of Defence Staff. "
           "He will succeed General Ivo Lak, who died in December in a helicopter crash.";
    CHECK(field_is(text, BRASS_DEATH, "Lak", BRASS_F_POST, "Chief of Defence Staff"));
}

TEST(no_longer_and_appositions_of_newcomers) {
    char buf[200];
    const char *text = "Soldiers said that General Ivo Lak was no longer in charge of the operation in the east. "
                       "He has been replaced by General Tom Sava.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_POST, "in charge of the operation in the east"));
    CHECK(field_is(text, BRASS_APPOINTMENT, "Sava", BRASS_F_POST, "in charge of the operation in the east"));
    CHECK(field_of("General Ivo Lak is no longer a target of the inquiry.", BRASS_DISMISSAL, "Lak", BRASS_F_PERSON,
                   buf, sizeof buf) == NULL);
    /* the newcomer's apposition is the post held now, not the one gained */
    text = "The president decided to dismiss Defence Minister Ivo Lak on Monday and replace him with Tom Sava, "
           "the chairman of the state property fund.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_POST, "Defence Minister"));
    CHECK(field_is(text, BRASS_APPOINTMENT, "Sava", BRASS_F_POST, "Defence Minister"));
}

TEST(agents_of_institutions_possessors_and_self) {
    char buf[160];
    const char *text = "The parliament of Ruritania approved the appointment of General Ivo Lak as defence minister.";
    CHECK(field_of(text, BRASS_APPOINTMENT, "Lak", BRASS_F_BY, buf, sizeof buf) && strstr(buf, "parliament"));
    text = "The Ruritanian cabinet on Tuesday approved a proposal to promote General Ivo Lak to the rank of "
           "field marshal.";
    CHECK(field_of(text, BRASS_AWARD, "Lak", BRASS_F_BY, buf, sizeof buf) && strstr(buf, "cabinet"));
    text = "President Tom Vell's latest military shake-up resulted in the dismissal of General Ivo Lak.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_BY, "Tom Vell"));
    text = "General Ivo Lak appeared on television on Friday and named himself president of the junta.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Lak", BRASS_F_BY, "Ivo Lak"));
    /* the by-phrase of the next verb is not this one's */
    text = "Admiral Ivo Lak was relieved of his duties, arrested by men in plain clothes and later beaten.";
    CHECK(field_of(text, BRASS_DISMISSAL, "Lak", BRASS_F_BY, buf, sizeof buf) == NULL);
    CHECK(field_is(text, BRASS_ARREST, "Lak", BRASS_F_BY, "men in plain clothes"));
}

TEST(arrests_ordered_by_courts_and_put_under_arrest) {
    char buf[160];
    const char *text = "General Ivo Lak, the commander of martial law, was arrested on Tuesday. "
                       "Lak led the troops for only a few hours. "
                       "A court issued an arrest warrant for the general on charges of insurrection.";
    CHECK(field_is(text, BRASS_ARREST, "Lak", BRASS_F_BY, "court"));
    text = "General Ivo Lak was arrested on a court-issued warrant on charges of insurrection.";
    CHECK(field_is(text, BRASS_ARREST, "Lak", BRASS_F_BY, "court"));
    /* a warrant for someone else orders nothing about Lak */
    text = "General Ivo Lak was arrested on Tuesday. A court issued a warrant for Colonel Tom Sava.";
    CHECK(field_of(text, BRASS_ARREST, "Lak", BRASS_F_BY, buf, sizeof buf) == NULL);
    text = "The prosecution's special investigation team put General Ivo Lak under emergency arrest.";
    CHECK(field_is(text, BRASS_ARREST, "Lak", BRASS_F_BY, "prosecution's special investigation team"));
}

TEST(agents_of_a_round_and_posts_of_whom_clauses) {
    char buf[200];
    /* one who makes the first appointment of a round makes the others */
    const char *text = "Prime Minister Tom Vell appointed Lieutenant General Ivo Lak as the new army chief. "
                       "Meanwhile, Lieutenant General Ed Roe will replace General Al Bor as chairman of the joint "
                       "chiefs.";
    CHECK(field_is(text, BRASS_APPOINTMENT, "Roe", BRASS_F_BY, "Tom Vell"));
    /* ... but not one told for another day */
    text = "President Tom Vell appointed General Ivo Lak as defence minister on Monday. "
           "General Ed Roe was appointed as army chief in November 2019.";
    CHECK(field_of(text, BRASS_APPOINTMENT, "Roe", BRASS_F_BY, buf, sizeof buf) == NULL);
    text = "The president dismissed Ivo Lak, an old friend whom he had appointed to head the security service.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lak", BRASS_F_POST, "head of the security service"));
}

TEST(namesakes_in_one_report_stay_apart) {
    char buf[200];
    const char *text = "Major General Ivo Lakov was killed near the river, the directorate said. It was not clear "
                       "if Ivo Lakov was related to Pavel Lakov, the chief of the general staff.";
    CHECK(field_is(text, BRASS_DEATH, "Lakov", BRASS_F_PERSON, "Ivo Lakov"));
    CHECK(field_of(text, BRASS_DEATH, "Lakov", BRASS_F_POST, buf, sizeof buf) == NULL);
    /* variants of one given name are one person */
    text = "General Aleksandr Lakov was dismissed on Monday. Alexander Lakov, the commander of the fleet, "
           "had led it for a year.";
    CHECK(field_is(text, BRASS_DISMISSAL, "Lakov", BRASS_F_POST, "commander of the fleet"));
}

TEST(posts_opened_by_a_country_possessive) {
    char buf[200];
    CHECK(field_of("Ruritania's army chief Ivo Lak announced his resignation on Tuesday.", BRASS_RESIGNATION, "Lak",
                   BRASS_F_POST, buf, sizeof buf) &&
          strcmp(buf, "Ruritania's army chief") == 0);
    CHECK(field_of("Ivo Lak, Ruritania's army chief, resigned on Tuesday.", BRASS_RESIGNATION, "Lak", BRASS_F_POST,
                   buf, sizeof buf) &&
          strcmp(buf, "Ruritania's army chief") == 0);
}
