/* test_resolve_store.c -- resolution across reports: transliterations, namesakes, merging, conflicts, succession. */
#include "brass.h"
#include "harness.h"
#include "store_util.h"

#include <jansson.h>

static json_t *parse(char *text) {
    json_t *v = text ? json_loads(text, 0, NULL) : NULL;
    free(text);
    return v;
}

static const char *sget(json_t *o, const char *k) { return json_string_value(json_object_get(o, k)); }

TEST(transliteration_variants_are_one_person_and_one_event) {
    char path[256];
    tu_path(path, sizeof path, "t.db");
    brass_store *st = brass_store_open(path, NULL);
    tu_add1(st, "r1", "2023-01-12", BRASS_APPOINTMENT, BRASS_CONFIRMED, "Valery Gerasimov",
            "commander of the joint group of forces", "2023-01-11", "Sergei Surovikin");
    tu_add1(st, "r2", "2023-01-13", BRASS_APPOINTMENT, BRASS_REPORTED, "Valeriy Gerasimov",
            "joint group of forces commander", "2023-01-11", "Sergey Surovikin");
    tu_add1(st, "r3", "2023-01-14", BRASS_APPOINTMENT, BRASS_UNVERIFIED, "Gerasimov", NULL, "2023-01", NULL);
    json_t *p = parse(brass_store_person(st, "Valerii Gerasimov", NULL));
    CHECK(p != NULL);
    CHECK_STR(sget(p, "name"), "Valeriy Gerasimov");  /* the fullest form seen */
    CHECK_INT(json_array_size(json_object_get(p, "aliases")), 3);
    json_t *events = json_object_get(p, "events");
    CHECK_INT(json_array_size(events), 1);
    json_t *ev = json_array_get(events, 0);
    CHECK_INT(json_array_size(json_object_get(ev, "sources")), 3);
    CHECK_STR(sget(ev, "certainty"), "confirmed");  /* the strongest source */
    CHECK_STR(sget(ev, "date"), "2023-01-11");
    CHECK_INT(json_array_size(json_object_get(ev, "conflicts")), 0);
    json_decref(p);
    /* The other spelling finds the same person. */
    p = parse(brass_store_person(st, "Gerasimov", NULL));
    CHECK(p != NULL);
    json_decref(p);
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(alexander_aleksandr_alexandr_are_one) {
    char path[256];
    tu_path(path, sizeof path, "a.db");
    brass_store *st = brass_store_open(path, NULL);
    tu_add1(st, "r1", "2022-10-09", BRASS_AWARD, BRASS_CONFIRMED, "Aleksandr Lapin", NULL, "2022-10-08", NULL);
    tu_add1(st, "r2", "2022-10-10", BRASS_AWARD, BRASS_CONFIRMED, "Alexander Lapin", NULL, "2022-10-08", NULL);
    tu_add1(st, "r3", "2022-10-11", BRASS_AWARD, BRASS_CONFIRMED, "Alexandr Lapin", NULL, "2022-10", NULL);
    json_t *all = parse(brass_store_persons(st, NULL));
    CHECK_INT(json_array_size(all), 1);
    json_decref(all);
    json_t *tl = parse(brass_store_timeline(st, NULL, NULL));
    CHECK_INT(json_array_size(tl), 1);
    json_decref(tl);
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(namesakes_are_kept_apart) {
    char path[256];
    tu_path(path, sizeof path, "h.db");
    brass_store *st = brass_store_open(path, NULL);
    tu_add1(st, "r1", "2023-07-13", BRASS_DISMISSAL, BRASS_CONFIRMED, "Ivan Popov",
            "commander of the 58th Army", "2023-07-12", NULL);
    tu_add1(st, "r2", "2024-05-22", BRASS_ARREST, BRASS_CONFIRMED, "Pavel Popov",
            "deputy defence minister", "2024-05-21", NULL);
    /* A bare surname now could be either of them: neither record takes it. */
    tu_add1(st, "r3", "2024-06-01", BRASS_INJURY, BRASS_REPORTED, "Popov", NULL, NULL, NULL);
    json_t *all = parse(brass_store_persons(st, NULL));
    CHECK_INT(json_array_size(all), 3);
    json_decref(all);
    json_t *p = parse(brass_store_person(st, "Ivan Popov", NULL));
    CHECK_INT(json_array_size(json_object_get(p, "events")), 1);
    CHECK_STR(sget(json_array_get(json_object_get(p, "events"), 0), "type"), "dismissal");
    json_decref(p);
    p = parse(brass_store_person(st, "Pavel Popov", NULL));
    CHECK_STR(sget(json_array_get(json_object_get(p, "events"), 0), "type"), "arrest");
    json_decref(p);
    brass_error err = {0};
    p = parse(brass_store_person(st, "P. Popov", NULL));  /* an initial that fits one of them */
    CHECK_STR(sget(p, "name"), "Pavel Popov");
    json_decref(p);
    CHECK(brass_store_person(st, "Nobody Atall", &err) == NULL);
    CHECK(strstr(err.msg, "no person") != NULL);
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(a_surname_alone_joins_the_one_person_who_has_it) {
    char path[256];
    tu_path(path, sizeof path, "s.db");
    brass_store *st = brass_store_open(path, NULL);
    tu_add1(st, "r1", "2023-06-24", BRASS_DEATH, BRASS_UNVERIFIED, "Yevgeny Prigozhin", NULL, "2023-08-23", NULL);
    tu_add1(st, "r2", "2023-08-25", BRASS_DEATH, BRASS_CONFIRMED, "Prigozhin", NULL, "2023-08-23", NULL);
    tu_add1(st, "r3", "2023-08-26", BRASS_DEATH, BRASS_CONFIRMED, "Evgeny Prigozhin", NULL, "2023-08", NULL);
    json_t *all = parse(brass_store_persons(st, NULL));
    CHECK_INT(json_array_size(all), 1);
    json_decref(all);
    json_t *tl = parse(brass_store_timeline(st, NULL, NULL));
    CHECK_INT(json_array_size(tl), 1);
    CHECK_STR(sget(json_array_get(tl, 0), "certainty"), "confirmed");
    json_decref(tl);
    brass_store_close(st);
    tu_cleanup(path);
}

static int has_conflict(json_t *ev, const char *field) {
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(ev, "conflicts"), i, c) if (strcmp(sget(c, "field"), field) == 0) return 1;
    return 0;
}

TEST(conflicts_are_kept_and_flagged) {
    char path[256];
    tu_path(path, sizeof path, "c.db");
    brass_store *st = brass_store_open(path, NULL);
    /* Two reports disagree on the date (a week apart) and the successor. */
    tu_add1(st, "r1", "2023-03-02", BRASS_DISMISSAL, BRASS_CONFIRMED, "Roman Berg",
            "commander of the Eastern Military District", "2023-03-01", "Oleg Lind");
    tu_add1(st, "r2", "2023-03-09", BRASS_DISMISSAL, BRASS_REPORTED, "Roman Berg",
            "Eastern Military District commander", "2023-03-08", "Maxim Holt");
    /* Reported dead, then seen at work months later. */
    tu_add1(st, "r3", "2023-05-02", BRASS_DEATH, BRASS_UNVERIFIED, "Roman Berg", NULL, "2023-05-01", NULL);
    tu_add1(st, "r4", "2023-09-02", BRASS_APPOINTMENT, BRASS_CONFIRMED, "Roman Berg",
            "head of the tank academy", "2023-09-01", NULL);
    json_t *tl = parse(brass_store_timeline(st, NULL, NULL));
    CHECK_INT(json_array_size(tl), 3);
    json_t *dis = json_array_get(tl, 0);
    CHECK_STR(sget(dis, "type"), "dismissal");
    CHECK_INT(json_array_size(json_object_get(dis, "sources")), 2);
    CHECK(has_conflict(dis, "date"));
    CHECK(has_conflict(dis, "replacement"));
    CHECK(!has_conflict(dis, "post"));
    json_t *death = json_array_get(tl, 1);
    CHECK_STR(sget(death, "type"), "death");
    CHECK(has_conflict(death, "alive"));
    json_decref(tl);
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(distant_dates_are_two_events) {
    char path[256];
    tu_path(path, sizeof path, "d.db");
    brass_store *st = brass_store_open(path, NULL);
    tu_add1(st, "r1", "2022-01-02", BRASS_APPOINTMENT, BRASS_CONFIRMED, "Anna Vik", "commander of the navy", "2022-01-01", NULL);
    tu_add1(st, "r2", "2024-01-02", BRASS_APPOINTMENT, BRASS_CONFIRMED, "Anna Vik", "commander of the navy", "2024-01-01", NULL);
    json_t *tl = parse(brass_store_timeline(st, NULL, NULL));
    CHECK_INT(json_array_size(tl), 2);
    json_decref(tl);
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(succession_of_three_holders) {
    char path[256];
    tu_path(path, sizeof path, "p.db");
    brass_store *st = brass_store_open(path, NULL);
    const char *post = "commander of the Southern Military District";
    tu_add1(st, "r1", "2020-02-02", BRASS_APPOINTMENT, BRASS_CONFIRMED, "Boris Alt", post, "2020-02-01", NULL);
    tu_add1(st, "r2", "2021-06-11", BRASS_DISMISSAL, BRASS_CONFIRMED, "Boris Alt",
            "Southern Military District commander", "2021-06-10", "Denis Bode");
    tu_add1(st, "r3", "2022-09-06", BRASS_RESIGNATION, BRASS_REPORTED, "Denis Bode", post, "2022-09-05", NULL);
    tu_add1(st, "r4", "2022-09-07", BRASS_APPOINTMENT, BRASS_CONFIRMED, "Gleb Crane",
            "commander of Southern Military District", "2022-09-05", "Denis Bode");
    json_t *p = parse(brass_store_post(st, "Southern Military District commander", NULL, NULL));
    CHECK(p != NULL);
    json_t *h = json_object_get(p, "holders");
    CHECK_INT(json_array_size(h), 3);
    CHECK_STR(sget(json_array_get(h, 0), "person"), "Boris Alt");
    CHECK_STR(sget(json_array_get(h, 0), "from"), "2020-02-01");
    CHECK_STR(sget(json_array_get(h, 0), "to"), "2021-06-10");
    CHECK_STR(sget(json_array_get(h, 1), "person"), "Denis Bode");
    CHECK_STR(sget(json_array_get(h, 1), "from"), "2021-06-10");
    CHECK_STR(sget(json_array_get(h, 1), "to"), "2022-09-05");
    CHECK_STR(sget(json_array_get(h, 2), "person"), "Gleb Crane");
    CHECK(json_is_null(json_object_get(json_array_get(h, 2), "to")));
    json_decref(p);
    /* Who held it on a date; a partial query names the post too. */
    p = parse(brass_store_post(st, "Southern Military District", "2022-01-01", NULL));
    CHECK(p != NULL);
    h = json_object_get(p, "holders");
    CHECK_INT(json_array_size(h), 1);
    CHECK_STR(sget(json_array_get(h, 0), "person"), "Denis Bode");
    json_decref(p);
    brass_error err = {0};
    CHECK(brass_store_post(st, "minister of fisheries", NULL, &err) == NULL);
    CHECK(strstr(err.msg, "no post") != NULL);
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(sources_of_one_event) {
    char path[256];
    tu_path(path, sizeof path, "e.db");
    brass_store *st = brass_store_open(path, NULL);
    tu_add1(st, "r1", "2023-01-02", BRASS_INJURY, BRASS_REPORTED, "Kirill Sand", NULL, "2023-01-01", NULL);
    json_t *tl = parse(brass_store_timeline(st, NULL, NULL));
    long long id = (long long)json_integer_value(json_object_get(json_array_get(tl, 0), "id"));
    json_decref(tl);
    json_t *ev = parse(brass_store_sources(st, id, NULL));
    CHECK(ev != NULL);
    json_t *src = json_array_get(json_object_get(ev, "sources"), 0);
    CHECK_STR(sget(src, "doc"), "r1");
    CHECK_STR(sget(src, "evidence"), "A sentence.");
    json_decref(ev);
    brass_error err = {0};
    CHECK(brass_store_sources(st, 999, &err) == NULL);
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(near_duplicates_are_not_independent_sources) {
    char path[256];
    tu_path(path, sizeof path, "n.db");
    brass_store *st = brass_store_open(path, NULL);
    const char *body =
        "The commander of the northern fleet, Admiral Rurik Tamm, was relieved of his duties on "
        "Monday after a string of failures at sea, the ministry said in a short statement. "
        "Officials gave no reason beyond the loss of two patrol boats in the spring, and said a "
        "successor would be named within days. Tamm had led the fleet for three years and was "
        "decorated twice during that time for exercises in the far north.\n";
    char copy[1024];
    snprintf(copy, sizeof copy, "%sSubscribe to our newsletter.\n", body);
    const char *texts[3] = {body, copy, "An unrelated story that tells the same dismissal in "
                                        "other words entirely, with a different opening line.\n"};
    const char *ids[3] = {"orig", "copy", "other"};
    for (int i = 0; i < 3; i++) {
        brass_doc *d = tu_doc(ids[i], "2023-04-04", texts[i]);
        brass_events *l = brass_events_new();
        tu_event(l, BRASS_DISMISSAL, BRASS_CONFIRMED, "Rurik Tamm", "commander of the northern fleet",
                 "2023-04-03", NULL);
        CHECK_INT(brass_store_add(st, d, l, NULL), 1);
        brass_events_free(l);
        brass_doc_free(d);
    }
    json_t *tl = parse(brass_store_timeline(st, NULL, NULL));
    json_t *ev = json_array_get(tl, 0);
    CHECK_INT(json_array_size(json_object_get(ev, "sources")), 3);
    CHECK_INT(json_integer_value(json_object_get(ev, "independent_sources")), 2);
    size_t i;
    json_t *src;
    int copies = 0;
    json_array_foreach(json_object_get(ev, "sources"), i, src) if (json_object_get(src, "copy_of")) {
        copies++;
        CHECK_STR(sget(src, "doc"), "copy");
        CHECK_STR(sget(src, "copy_of"), "orig");
    }
    CHECK_INT(copies, 1);
    json_decref(tl);
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(titles_forms_and_typos_join_one_person) {
    char path[256];
    tu_path(path, sizeof path, "v.db");
    brass_store *st = brass_store_open(path, NULL);
    tu_add1(st, "r1", "2022-04-10", BRASS_APPOINTMENT, BRASS_CONFIRMED, "Alexander Dvornikov", NULL, "2022-04-09", NULL);
    tu_add1(st, "r2", "2022-05-10", BRASS_DISMISSAL, BRASS_REPORTED, "Gen. Alexander Dvorknikov", NULL, "2022-05-09", NULL);
    tu_add1(st, "r3", "2022-05-11", BRASS_DISMISSAL, BRASS_REPORTED, "Oleksandr Dvornikov", NULL, "2022-05-09", NULL);
    tu_add1(st, "r3b", "2022-05-12", BRASS_DISMISSAL, BRASS_REPORTED, "Alexander Dvornikov", NULL, "2022-05", NULL);
    tu_add1(st, "r4", "2023-01-11", BRASS_APPOINTMENT, BRASS_CONFIRMED, "Asim Munir", NULL, "2023-01-10", NULL);
    tu_add1(st, "r5", "2023-01-12", BRASS_APPOINTMENT, BRASS_CONFIRMED, "Syed Asim Munir", NULL, "2023-01-10", NULL);
    json_t *all = parse(brass_store_persons(st, NULL));
    CHECK_INT(json_array_size(all), 2);
    json_decref(all);
    json_t *p = parse(brass_store_person(st, "Dvornikov", NULL));
    CHECK_STR(sget(p, "name"), "Alexander Dvornikov");  /* the form most reports use */
    CHECK_INT(json_array_size(json_object_get(p, "events")), 2);
    json_decref(p);
    brass_store_close(st);
    tu_cleanup(path);
}

/* Adds the four spellings of two people in the order given by idx, and checks
 * that they make exactly two persons whatever the order. */
static void spellings_in_order(const int idx[4]) {
    static const char *names[4] = {"Tarek Hamdan Walid", "Tarek Walid Sakr", "Anatoly Morozova",
                                   "Anatoliy Morozov"};
    char path[256];
    tu_path(path, sizeof path, "o.db");
    brass_store *st = brass_store_open(path, NULL);
    for (int k = 0; k < 4; k++) {
        char doc[3] = {'r', (char)('0' + k), 0};
        int i = idx[k];
        tu_add1(st, doc, "2024-03-02", i < 2 ? BRASS_DISMISSAL : BRASS_APPOINTMENT, BRASS_REPORTED,
                names[i], NULL, "2024-03-01", NULL);
    }
    json_t *all = parse(brass_store_persons(st, NULL));
    CHECK_INT(json_array_size(all), 2);
    json_decref(all);
    json_t *tl = parse(brass_store_timeline(st, NULL, NULL));
    CHECK_INT(json_array_size(tl), 2);
    json_decref(tl);
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(fuller_names_and_feminine_forms_join_in_any_order) {
    static const int orders[3][4] = {{0, 1, 2, 3}, {1, 0, 3, 2}, {3, 1, 2, 0}};
    for (int o = 0; o < 3; o++) spellings_in_order(orders[o]);
}

TEST(reordered_and_yo_spellings_join_but_other_first_names_do_not) {
    char path[256];
    tu_path(path, sizeof path, "y.db");
    brass_store *st = brass_store_open(path, NULL);
    tu_add1(st, "r1", "2023-09-01", BRASS_APPOINTMENT, BRASS_REPORTED, "Jean Ondo Mba", "army chief", NULL, NULL);
    tu_add1(st, "r2", "2023-09-02", BRASS_APPOINTMENT, BRASS_CONFIRMED, "Ondo Mba Jean", "chief of the army", NULL, NULL);
    tu_add1(st, "r3", "2023-09-03", BRASS_DISMISSAL, BRASS_REPORTED, "Pyotr Belyov", NULL, "2023-08", NULL);
    tu_add1(st, "r4", "2023-09-04", BRASS_DISMISSAL, BRASS_REPORTED, "Petr Belev", NULL, "2023-08-30", NULL);
    /* Another first name with the feminine surname: another person. */
    tu_add1(st, "r5", "2023-09-05", BRASS_AWARD, BRASS_REPORTED, "Irina Beleva", NULL, NULL, NULL);
    json_t *all = parse(brass_store_persons(st, NULL));
    CHECK_INT(json_array_size(all), 3);
    json_decref(all);
    json_t *p = parse(brass_store_person(st, "Ondo Mba Jean", NULL));
    CHECK(p != NULL);
    CHECK_INT(json_array_size(json_object_get(p, "events")), 1);
    CHECK_INT(json_array_size(json_object_get(json_array_get(json_object_get(p, "events"), 0), "sources")), 2);
    json_decref(p);
    p = parse(brass_store_person(st, "Pyotr Belev", NULL));
    CHECK(p != NULL);
    CHECK_INT(json_array_size(json_object_get(p, "aliases")), 2);
    json_decref(p);
    brass_store_close(st);
    tu_cleanup(path);
}

/* The name a person is listed under follows every report: the form with the
 * most words, then the one most reports use, then the longer; a report that
 * repeats the current name, or uses a shorter form, leaves it. */
static const char *name_after(brass_store *st, const char *id, const char *person) {
    static char name[128];
    tu_add1(st, id, "2023-02-01", BRASS_AWARD, BRASS_CONFIRMED, person, NULL, "2023-01", NULL);
    json_t *all = parse(brass_store_persons(st, NULL));
    snprintf(name, sizeof name, "%s", json_array_size(all) == 1 ? sget(json_array_get(all, 0), "name") : "?");
    json_decref(all);
    return name;
}

TEST(the_name_follows_the_most_used_fullest_form) {
    char path[256];
    tu_path(path, sizeof path, "n.db");
    brass_store *st = brass_store_open(path, NULL);
    CHECK_STR(name_after(st, "n1", "Valery Gerasimov"), "Valery Gerasimov");
    CHECK_STR(name_after(st, "n2", "Valeriy Gerasimov"), "Valeriy Gerasimov");  /* a tie: the longer */
    CHECK_STR(name_after(st, "n3", "Valery Gerasimov"), "Valery Gerasimov");    /* two reports to one */
    CHECK_STR(name_after(st, "n4", "Gerasimov"), "Valery Gerasimov");           /* fewer words */
    CHECK_STR(name_after(st, "n5", "Valeriy Gerasimov"), "Valeriy Gerasimov");  /* two to two: the longer */
    CHECK_STR(name_after(st, "n6", "Valery Gerasimov"), "Valery Gerasimov");
    CHECK_STR(name_after(st, "n7", "Valery Vasilyevich Gerasimov"), "Valery Vasilyevich Gerasimov");
    CHECK_STR(name_after(st, "n8", "Valery Gerasimov"), "Valery Vasilyevich Gerasimov");
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(a_departure_without_post_joins_the_post_its_successor_took) {
    char path[256];
    tu_path(path, sizeof path, "q.db");
    brass_store *st = brass_store_open(path, NULL);
    const char *post = "commander of the Northern Fleet";
    /* "Orel was dismissed and replaced by Sova": the dismissal names no post. */
    tu_add1(st, "r1", "2021-03-04", BRASS_DISMISSAL, BRASS_CONFIRMED, "Kirill Orel", NULL, NULL, "Taras Sova");
    tu_add1(st, "r2", "2021-03-05", BRASS_APPOINTMENT, BRASS_CONFIRMED, "Taras Sova", post, "2021-03-03", NULL);
    /* A later appointee replacing Sova, his post unsaid, and Sova leaving it. */
    tu_add1(st, "r3", "2023-11-20", BRASS_RESIGNATION, BRASS_REPORTED, "Taras Sova", post, "2023-11-18", NULL);
    tu_add1(st, "r4", "2023-11-21", BRASS_APPOINTMENT, BRASS_REPORTED, "Yuliya Marten", NULL, "2023-11-19", "Taras Sova");
    /* A postless event whose replacement held the post years apart says nothing of it. */
    tu_add1(st, "r5", "2015-01-10", BRASS_DISMISSAL, BRASS_REPORTED, "Ilya Grach", NULL, "2015-01-09", "Taras Sova");
    json_t *p = parse(brass_store_post(st, "Northern Fleet", NULL, NULL));
    CHECK(p != NULL);
    json_t *h = json_object_get(p, "holders");
    CHECK_INT(json_array_size(h), 3);
    CHECK_STR(sget(json_array_get(h, 0), "person"), "Kirill Orel");
    CHECK_STR(sget(json_array_get(h, 0), "to"), "2021-03-03");
    CHECK_STR(sget(json_array_get(h, 1), "person"), "Taras Sova");
    CHECK_STR(sget(json_array_get(h, 2), "person"), "Yuliya Marten");
    CHECK_STR(sget(json_array_get(h, 2), "from"), "2023-11-19");
    json_decref(p);
    brass_store_close(st);
    tu_cleanup(path);
}

TEST(a_near_copy_does_not_raise_certainty) {
    char path[256];
    tu_path(path, sizeof path, "k.db");
    brass_store *st = brass_store_open(path, NULL);
    const char *body =
        "Rear Admiral Osip Varga, who led the river flotilla, was removed from his post on Friday, "
        "two officers told this paper, though the navy itself has said nothing so far. The officers "
        "said the decision followed an inspection that found the flotilla's boats poorly kept and "
        "its crews short of training. Varga had taken over the flotilla four years ago.\n";
    char copy[1024];
    snprintf(copy, sizeof copy, "%sShare this article.\n", body);
    /* The copy's own reading is firmer, but it only repeats the original. */
    const char *texts[2] = {body, copy};
    const brass_certainty cert[2] = {BRASS_REPORTED, BRASS_CONFIRMED};
    for (int i = 0; i < 2; i++) {
        brass_doc *d = tu_doc(i ? "copy" : "orig", "2023-05-06", texts[i]);
        brass_events *l = brass_events_new();
        tu_event(l, BRASS_DISMISSAL, cert[i], "Osip Varga", "commander of the river flotilla", "2023-05-05", NULL);
        CHECK_INT(brass_store_add(st, d, l, NULL), 1);
        brass_events_free(l);
        brass_doc_free(d);
    }
    json_t *tl = parse(brass_store_timeline(st, NULL, NULL));
    json_t *ev = json_array_get(tl, 0);
    CHECK_INT(json_array_size(json_object_get(ev, "sources")), 2);
    CHECK_INT(json_integer_value(json_object_get(ev, "independent_sources")), 1);
    CHECK_STR(sget(ev, "certainty"), "reported");
    json_decref(tl);
    brass_store_close(st);
    tu_cleanup(path);
}
