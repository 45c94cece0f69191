/* test_doc.c -- brass_doc: date lines, UTF-8 checks, hashes. */
#include "brass.h"
#include "harness.h"

#include <string.h>

TEST(date_line_is_taken_and_removed) {
    const char *t = " date 2022-09-24 47 minutes\nBody here.\n";
    brass_doc *d = brass_doc_from_text("x", "x.txt", t, strlen(t), NULL);
    CHECK(d != NULL);
    CHECK_STR(brass_doc_date(d), "2022-09-24");
    CHECK_STR(brass_doc_text(d), "Body here.\n");
    brass_doc_free(d);
}

TEST(one_sentence_lead_on_date_line_is_kept) {
    const char *t = " date 2022-09-24 TOWN - The general was fired on Monday.\nMore.\n";
    brass_doc *d = brass_doc_from_text("x", "x.txt", t, strlen(t), NULL);
    CHECK(d != NULL);
    CHECK_STR(brass_doc_date(d), "2022-09-24");
    CHECK_STR(brass_doc_text(d), "TOWN - The general was fired on Monday.\nMore.\n");
    brass_doc_free(d);
}

TEST(no_date_line_keeps_text) {
    const char *t = "date 2022-09-24\nBody";
    brass_doc *d = brass_doc_from_text("x", NULL, t, strlen(t), NULL);
    CHECK(d != NULL);
    CHECK(brass_doc_date(d) == NULL);
    CHECK_STR(brass_doc_text(d), t);
    brass_doc_free(d);
}

TEST(invalid_date_is_not_a_date_line) {
    const char *t = " date 2022-13-45\nBody";
    brass_doc *d = brass_doc_from_text("x", NULL, t, strlen(t), NULL);
    CHECK(brass_doc_date(d) == NULL);
    brass_doc_free(d);
}

TEST(invalid_utf8_reports_offset) {
    const char t[] = "ab\xc3\x28 cd";
    brass_error err = {0};
    brass_doc *d = brass_doc_from_text("x", "f.txt", t, sizeof t - 1, &err);
    CHECK(d == NULL);
    CHECK_INT(err.code, BRASS_ERR_INPUT);
    CHECK_STR(err.where, "f.txt");
    CHECK(strstr(err.msg, "offset 2") != NULL);
}

TEST(overlong_and_surrogate_utf8_rejected) {
    const char over[] = "\xc0\xaf";
    const char surr[] = "\xed\xa0\x80";
    CHECK(brass_doc_from_text("x", NULL, over, 2, NULL) == NULL);
    CHECK(brass_doc_from_text("x", NULL, surr, 3, NULL) == NULL);
}

TEST(nul_byte_rejected) {
    const char t[] = "ab\0cd";
    brass_error err = {0};
    CHECK(brass_doc_from_text("x", "f", t, 5, &err) == NULL);
    CHECK(strstr(err.msg, "NUL byte at offset 2") != NULL);
}

TEST(same_text_same_hash) {
    brass_doc *a = brass_doc_from_text("a", NULL, "same", 4, NULL);
    brass_doc *b = brass_doc_from_text("b", NULL, "same", 4, NULL);
    brass_doc *c = brass_doc_from_text("c", NULL, "other", 5, NULL);
    CHECK_STR(brass_doc_hash(a), brass_doc_hash(b));
    CHECK(strcmp(brass_doc_hash(a), brass_doc_hash(c)) != 0);
    brass_doc_free(a);
    brass_doc_free(b);
    brass_doc_free(c);
}
