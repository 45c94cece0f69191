/* test_score.c -- the scorer: name keys, same person, post F1, matching rules and printed figures. */
#include "brass.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>

static void check_key(const char *name, const char *want) {
    char *k = brass_name_key(name);
    CHECK_STR(k, want);
    free(k);
}

TEST(key_folds_last_word) {
    check_key("Valeriy Gerasimov", "gerasimov");
    check_key("Volodymyr Zelenskyy", "zelenski");
    check_key("Zelensky", "zelenski");
    check_key("Gen. Jérôme Müller", "muler");
    check_key("SHOIGU", "shoigu");
    check_key("", "");
    check_key(NULL, "");
    check_key("42 -- !", "");
    check_key("Ivan Popov Jr.", "jr");  /* the last word, whatever it is, as score.py does */
}

TEST(same_person_rules) {
    CHECK(brass_same_person("Valeriy Gerasimov", "Valery Gerasimov"));
    CHECK(brass_same_person("Li", "Li Shangfu"));     /* a one-word name may be any word */
    CHECK(brass_same_person("Li Shangfu", "Shangfu"));
    CHECK(!brass_same_person("Ivan Popov", "Ivan Petrov"));
    CHECK(!brass_same_person("Ivan", ""));
    CHECK(!brass_same_person(NULL, "Ivan"));
}

TEST(post_f1_counts_content_words) {
    /* stop words (the, of, russian) do not count; "defence" reads as "defense" */
    CHECK(brass_post_f1("commander of the 58th Army", "58th army commander") == 1.0);
    CHECK(brass_post_f1("Russian defence minister", "minister of defense") == 1.0);
    CHECK(brass_post_f1("the of", "commander") == 0.0);
    double f = brass_post_f1("commander of the navy", "commander of the air force");
    CHECK(f > 0.39 && f < 0.41);  /* 1 common of 2 and 3: 2*0.5*0.333/0.833 = 0.4 */
}

/* scores one gold and one prediction line and returns the text report */
static char *score_lines(const char *gold, const char *pred, int flags) {
    brass_score *sc = brass_score_new();
    brass_error err = {0};
    CHECK_INT(brass_score_add_line(sc, gold, 1, "gold:1", &err), BRASS_OK);
    if (pred) CHECK_INT(brass_score_add_line(sc, pred, 0, "pred:1", &err), BRASS_OK);
    char *out = brass_score_report(sc, flags, &err);
    brass_score_free(sc);
    return out;
}

TEST(match_dedup_and_arguments) {
    const char *gold =
        "{\"doc\":\"d\",\"events\":[{\"type\":\"dismissal\",\"person\":\"Ivan Popov\","
        "\"post\":\"commander of the 58th Army\",\"date\":\"2023-07\",\"certainty\":\"confirmed\"},"
        "{\"type\":\"appointment\",\"person\":\"Oleg Tsokov\"}]}";
    const char *pred =
        "{\"doc\":\"d\",\"events\":[{\"type\":\"dismissal\",\"person\":\"Popov\","
        "\"post\":\"58th Army commander\",\"date\":\"2023-07-12\",\"certainty\":\"reported\","
        "\"by\":\"Sergei Shoigu\",\"evidence\":\"Popov was fired.\"},"
        "{\"type\":\"dismissal\",\"person\":\"Ivan Popov\"},"
        "{\"type\":\"death\",\"person\":\"Someone Else\",\"evidence\":\"He died.\"}]}";
    char *out = score_lines(gold, pred, BRASS_SCORE_VERBOSE);
    CHECK(out != NULL);
    if (!out) return;
    CHECK(strstr(out, "d: certainty of dismissal Ivan Popov: want 'confirmed', got 'reported'\n"
                      "    evidence: Popov was fired.\n"));
    CHECK(strstr(out, "d: by of dismissal Ivan Popov: gold null, got 'Sergei Shoigu'\n"));
    CHECK(strstr(out, "d: FP death Someone Else\n    evidence: He died.\n"));
    CHECK(strstr(out, "d: FN appointment Oleg Tsokov\n"));
    CHECK(strstr(out, "dismissal       1    0    0\n"));
    CHECK(strstr(out, "argument post              1/1\n"));
    CHECK(strstr(out, "argument date              1/1\n"));
    CHECK(strstr(out, "argument by                0/1\n"));
    CHECK(strstr(out, "documents 1  precision 0.500  recall 0.500\nevent F1: 0.500\n"));
    free(out);
}

TEST(optional_gold_is_neither_rewarded_nor_punished) {
    const char *gold = "{\"doc\":\"d\",\"events\":[{\"type\":\"award\",\"person\":\"Ann Lee\",\"optional\":true}]}";
    char *out = score_lines(gold, "{\"doc\":\"d\",\"events\":[{\"type\":\"award\",\"person\":\"Lee\"}]}", 0);
    CHECK(out && strstr(out, "documents 1  precision 0.000  recall 0.000\n"));
    CHECK(out && !strstr(out, "award "));
    free(out);
    out = score_lines(gold, NULL, 0);
    CHECK(out && strstr(out, "1 gold documents have no output line"));
    free(out);
}

TEST(json_figures_as_python_prints_them) {
    const char *gold = "{\"doc\":\"d\",\"events\":[{\"type\":\"death\",\"person\":\"A B\"},"
                       "{\"type\":\"death\",\"person\":\"C D\"},{\"type\":\"death\",\"person\":\"E F\"}]}";
    char *out = score_lines(gold, "{\"doc\":\"d\",\"events\":[{\"type\":\"death\",\"person\":\"B\"}]}",
                            BRASS_SCORE_JSON);
    CHECK(out && strstr(out, "  \"precision\": 1.0,\n  \"recall\": 0.3333,\n  \"f1\": 0.5,\n"));
    CHECK(out && strstr(out, "    \"post\": null,\n"));
    CHECK(out && strstr(out, "    \"post\": \"0/0\",\n"));
    free(out);
}

TEST(bad_lines_are_named) {
    brass_score *sc = brass_score_new();
    brass_error err = {0};
    CHECK(brass_score_add_line(sc, "{\"doc\": 1,", 1, "g.jsonl:3", &err) == BRASS_ERR_INPUT);
    CHECK_STR(err.where, "g.jsonl:3");
    CHECK(strncmp(err.msg, "not JSON", 8) == 0);
    CHECK(brass_score_add_line(sc, "[1]", 1, "g.jsonl:4", &err) == BRASS_ERR_INPUT);
    CHECK(brass_score_add_line(sc, "{\"doc\":\"x\",\"events\":{\"a\":1}}", 1, "g", &err) == BRASS_ERR_INPUT);
    CHECK(brass_score_add_line(sc, "{\"doc\":\"x\",\"events\":[3]}", 1, "g", &err) == BRASS_ERR_INPUT);
    CHECK_INT(brass_score_add_line(sc, "   \r", 1, "g", &err), BRASS_OK);
    CHECK(brass_score_load(sc, "/nonexistent/gold.jsonl", 1, &err) == BRASS_ERR_IO);
    CHECK_STR(err.where, "/nonexistent/gold.jsonl");
    brass_score_free(sc);
}

TEST(extracted_events_are_predictions) {
    const char *t = "Some text.";
    brass_doc *doc = brass_doc_from_text("d", "d.txt", t, strlen(t), NULL);
    brass_events *evs = brass_events_new();
    const char *fields[BRASS_FIELDS] = {0};
    fields[BRASS_F_PERSON] = "Ivan Popov";
    fields[BRASS_F_EVIDENCE] = "Some text.";
    CHECK_INT(brass_events_add(evs, BRASS_DISMISSAL, BRASS_CONFIRMED, fields, 0, 10), BRASS_OK);
    brass_score *sc = brass_score_new();
    brass_error err = {0};
    CHECK_INT(brass_score_add_line(sc, "{\"doc\":\"d\",\"events\":[{\"type\":\"dismissal\",\"person\":\"I. Popov\","
                                       "\"certainty\":\"confirmed\"}]}", 1, "g", &err), BRASS_OK);
    CHECK_INT(brass_score_add_events(sc, doc, evs, &err), BRASS_OK);
    char *out = brass_score_report(sc, 0, &err);
    CHECK(out && strstr(out, "argument certainty         1/1\n"));
    CHECK(out && strstr(out, "event F1: 1.000\n"));
    free(out);
    brass_score_free(sc);
    brass_events_free(evs);
    brass_doc_free(doc);
}

TEST(a_miss_shows_the_same_person_read_as_another_type) {
    char *out = score_lines("{\"doc\":\"d\",\"events\":[{\"type\":\"dismissal\",\"person\":\"Ivan Popov\"}]}",
                            "{\"doc\":\"d\",\"events\":[{\"type\":\"resignation\",\"person\":\"Popov\","
                            "\"evidence\":\"Popov left his post.\"}]}",
                            BRASS_SCORE_VERBOSE);
    CHECK(out && strstr(out, "d: FN dismissal Ivan Popov\n"
                             "    evidence: [predicted as resignation] Popov left his post.\n"));
    free(out);
}
