/* test_date.c -- event dates in sentences: absolute, relative to the report's date, and what is not a date. */
#include "extract/date.h"
#include "harness.h"

#include <string.h>

/* The date of the event whose trigger is the first occurrence of trig in s, or "-" for none. */
static const char *ev(const char *s, const char *trig, const char *doc, char out[11]) {
    const char *p = strstr(s, trig);
    size_t anchor = p ? (size_t)(p - s) : 0;
    if (!date_of_event(NULL, s, strlen(s), anchor, doc, out)) strcpy(out, "-");
    return out;
}

static const char *fb(const char *s, const char *trig, const char *doc, char out[11]) {
    const char *p = strstr(s, trig);
    size_t anchor = p ? (size_t)(p - s) : 0;
    if (!date_in_sentence(NULL, s, strlen(s), anchor, doc, out)) strcpy(out, "-");
    return out;
}

/* 2023-07-28 is a Friday. */
#define DOC "2023-07-28"

TEST(absolute_month_day_year) {
    char o[11];
    CHECK_STR(ev("The colonel was sacked on July 12, 2023, by the president.", "sacked", NULL, o), "2023-07-12");
    CHECK_STR(ev("The admiral was dismissed on 12 July 2023.", "dismissed", NULL, o), "2023-07-12");
    CHECK_STR(ev("He was arrested on the 3rd of March 2021 in the capital.", "arrested", NULL, o), "2021-03-03");
    CHECK_STR(ev("The minister resigned on Sept. 4, 2022, citing ill health.", "resigned", NULL, o), "2022-09-04");
    CHECK_STR(ev("He took command on 2019-05-06 after a long vacancy.", "took", NULL, o), "2019-05-06");
}

TEST(absolute_month_or_year_only) {
    char o[11];
    CHECK_STR(ev("She was appointed in June 2023 to lead the corps.", "appointed", NULL, o), "2023-06");
    CHECK_STR(ev("He was promoted to general in 2016.", "promoted", NULL, o), "2016");
    CHECK_STR(ev("He had led the brigade since 2019.", "led", NULL, o), "2019");
    CHECK_STR(ev("He retired in mid-2020 after a heart attack.", "retired", NULL, o), "2020");
    CHECK_STR(ev("The general, appointed in early March, was fired.", "appointed", DOC, o), "2023-03");
}

TEST(month_day_without_year_uses_report_year) {
    char o[11];
    CHECK_STR(ev("He was named commander on October 8.", "named", "2022-10-11", o), "2022-10-08");
    CHECK_STR(ev("He was named commander on December 30.", "named", "2023-01-04", o), "2022-12-30");
    CHECK_STR(ev("He died in December last year in a crash.", "died", "2022-09-28", o), "2021-12");
    CHECK_STR(ev("He was named commander on October 8.", "named", NULL, o), "-");
}

TEST(numeric_dates_day_first_only_when_clear) {
    char o[11];
    CHECK_STR(ev("He was detained on 25/07/2023 at the border.", "detained", NULL, o), "2023-07-25");
    CHECK_STR(ev("He was detained on 07/25/2023 at the border.", "detained", NULL, o), "2023-07-25");
    CHECK_STR(ev("He was detained on 05/07/2023 at the border.", "detained", NULL, o), "-");
    CHECK_STR(ev("He was detained on 05.07.2023 at the border.", "detained", NULL, o), "2023-07-05");
}

TEST(weekdays_resolve_to_the_last_one_on_or_before_the_report) {
    char o[11];
    CHECK_STR(ev("The general was fired on Saturday.", "fired", DOC, o), "2023-07-22");
    CHECK_STR(ev("The general was fired late Wednesday.", "fired", DOC, o), "2023-07-26");
    CHECK_STR(ev("The general was fired on Friday.", "fired", DOC, o), "2023-07-28");
    CHECK_STR(ev("The general was fired last Friday.", "fired", DOC, o), "2023-07-21");
    CHECK_STR(ev("He will hand over command next Monday.", "hand", DOC, o), "2023-07-31");
    CHECK_STR(ev("The general was fired on Saturday.", "fired", NULL, o), "-");
}

TEST(relative_words) {
    char o[11];
    CHECK_STR(ev("The commander was killed yesterday in a strike.", "killed", DOC, o), "2023-07-27");
    CHECK_STR(ev("The commander was killed today in a strike.", "killed", DOC, o), "2023-07-28");
    CHECK_STR(ev("Troops ousted the leader last night.", "ousted", "2022-10-01", o), "2022-09-30");
    CHECK_STR(ev("He was sacked last month over the losses.", "sacked", DOC, o), "2023-06");
    CHECK_STR(ev("He was sacked last month over the losses.", "sacked", "2023-01-10", o), "2022-12");
    CHECK_STR(ev("He was wounded earlier this year near the front.", "wounded", DOC, o), "2023");
    CHECK_STR(ev("He was wounded last year near the front.", "wounded", DOC, o), "2022");
    CHECK_STR(ev("He was dismissed earlier this week.", "dismissed", DOC, o), "2023-07");
    CHECK_STR(ev("He was dismissed three days ago.", "dismissed", DOC, o), "2023-07-25");
    CHECK_STR(ev("He was dismissed 3 days ago.", "dismissed", DOC, o), "2023-07-25");
    CHECK_STR(ev("He was dismissed yesterday.", "dismissed", NULL, o), "-");
}

TEST(reporting_dates_are_not_event_dates) {
    char o[11];
    CHECK_STR(ev("The general has been dismissed, TASS reported on Tuesday.", "dismissed", DOC, o), "-");
    CHECK_STR(ev("The general was killed, the ministry said on Friday.", "killed", DOC, o), "-");
    CHECK_STR(ev("On Tuesday, the ministry said the general had been dismissed.", "dismissed", DOC, o), "-");
    CHECK_STR(ev("He was arrested, according to prosecutors on Sunday.", "arrested", DOC, o), "-");
    CHECK_STR(ev("The general was fired on Saturday, TASS reported on Tuesday.", "fired", DOC, o), "2023-07-22");
    CHECK_STR(ev("On Monday, Putin dismissed the general.", "dismissed", DOC, o), "2023-07-24");
    /* the fallback keeps the announcement's date when nothing else dates it */
    CHECK_STR(fb("The army said on Friday it had killed the commander.", "killed", DOC, o), "2023-07-28");
    CHECK_STR(fb("The general was fired on Saturday, TASS reported on Tuesday.", "fired", DOC, o), "2023-07-22");
}

TEST(numbers_that_are_not_dates) {
    char o[11];
    CHECK_STR(ev("Ivan Petrov, 51, was dismissed as head of the 58th Army.", "dismissed", DOC, o), "-");
    CHECK_STR(ev("The general died 47 minutes after the strike hit 12 vehicles.", "died", DOC, o), "-");
    CHECK_STR(ev("He was killed with 2023 rounds of ammunition left.", "killed", DOC, o), "-");
    CHECK_STR(ev("He served in the 1990s and was killed.", "killed", DOC, o), "-");
    CHECK_STR(ev("The general may be replaced, officials said.", "replaced", DOC, o), "-");
    CHECK_STR(ev("Petrov (born 4 May 1970) was appointed commander.", "appointed", DOC, o), "-");
}

TEST(closest_governing_date_wins) {
    char o[11];
    const char *s = "He led the guard since 2011, and was promoted to general in 2018 by the president.";
    CHECK_STR(ev(s, "promoted", NULL, o), "2018");
    CHECK_STR(ev(s, "led", NULL, o), "2011");
    s = "Russia named Ivan Petrov to replace Oleg Sidorov, who was appointed to the post on August 26.";
    CHECK_STR(ev(s, "named", "2022-09-12", o), "-");
    CHECK_STR(ev(s, "appointed", "2022-09-12", o), "2022-08-26");
    s = "Sidorov, who was appointed in May 2021, was sacked on Friday.";
    CHECK_STR(ev(s, "sacked", DOC, o), "2023-07-28");
    CHECK_STR(ev(s, "appointed", DOC, o), "2021-05");
}

TEST(odd_input_is_safe) {
    char o[11];
    CHECK_INT(date_of_event(NULL, "", 0, 0, DOC, o), 0);
    CHECK_INT(date_of_event(NULL, "on July", 7, 100, "garbage", o), 0);
    CHECK_INT(date_of_event(NULL, "He was fired on July 12", 10, 3, NULL, o), 0);  /* len cuts the date */
    CHECK_STR(ev("He was fired on February 30, 2023.", "fired", NULL, o), "-");
    CHECK_STR(ev("He was fired on May 12.", "fired", "2024-02-29", o), "2023-05-12");
}

TEST(dashed_day_month_year) {
    char o[11];
    CHECK_STR(ev("The general was detained on 24-06-2024 at the airport.", "detained", NULL, o), "2024-06-24");
    CHECK_STR(ev("The general was detained on 05-06-2024 at the airport.", "detained", NULL, o), "-");
}

TEST(dateline) {
    char o[11];
    const char *a = "Army chief named\nOctober 8, 2022 5:05 pm\nThe body text follows here.";
    CHECK_INT(date_dateline(a, strlen(a), o), 1);
    CHECK_STR(o, "2022-10-08");
    const char *b = "By A Writer \xE2\x80\xA2 27 February 2023 \xE2\x80\xA2 18:33\nText.";
    CHECK_INT(date_dateline(b, strlen(b), o), 1);
    CHECK_STR(o, "2023-02-27");
    const char *c = "Some headline\nA Writer 23:15, 26.02.23\nText.";
    CHECK_INT(date_dateline(c, strlen(c), o), 1);
    CHECK_STR(o, "2023-02-26");
    /* a long body line with a date is no dateline */
    const char *d = "Headline\nThe general, who was born on 3 May 1961 in a small town near the border, led the corps for years.";
    CHECK_INT(date_dateline(d, strlen(d), o), 0);
}

TEST(more_relative_dates) {
    char o[11];
    /* DOC is a Friday */
    CHECK_STR(ev("The general resigned two days ago.", "resigned", DOC, o), "2023-07-26");
    CHECK_STR(ev("The general was sacked a week ago.", "sacked", DOC, o), "2023-07-21");
    CHECK_STR(ev("The general was sacked three weeks ago.", "sacked", DOC, o), "2023-07");
    CHECK_STR(ev("The general resigned over the weekend.", "resigned", DOC, o), "2023-07");
    /* a weekday ahead of the report in a future tense */
    CHECK_STR(ev("The general will take over on Monday.", "take", DOC, o), "2023-07-31");
    CHECK_STR(ev("He will be replaced on Tuesday by his deputy.", "replaced", DOC, o), "2023-08-01");
    CHECK_STR(ev("He was replaced on Tuesday by his deputy.", "replaced", DOC, o), "2023-07-25");
}

TEST(date_in_a_clause_of_its_own) {
    char o[11];
    /* the date belongs to the clause that 'as ... Troops massed' opens */
    CHECK_STR(fb("His resignation comes as the allies worry after Moscow massed troops on the border last month.",
                 "resignation", DOC, o),
              "-");
    /* an adjective in '-ed' opens no clause */
    CHECK_STR(ev("The cabinet named him as the new armed forces chief on Saturday.", "named", DOC, o), "2023-07-22");
}

TEST(dateline_with_a_time_wins) {
    char o[11];
    const char *a = "Support us\nMonday, March 20, 2023\nArmy chief replaced\nby the desk January 11, 2023 6:49 pm\nText.";
    CHECK_INT(date_dateline(a, strlen(a), o), 1);
    CHECK_STR(o, "2023-01-11");
}
