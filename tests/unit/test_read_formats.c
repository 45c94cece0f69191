/* test_read_formats.c -- the HTML, JSONL and WARC readers on made-up files in tests/data/read. */
#include "brass.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads all documents of path (as format) into docs[]; returns how many,
 * counting errors in *errors and keeping the last error in *last. */
static int read_all(const char *path, brass_input format, brass_doc **docs, int max, int *errors,
                    brass_error *last) {
    char full[512];
    snprintf(full, sizeof full, "%s/read/%s", harness_data_dir(), path);
    brass_reader *r = brass_reader_new(format, NULL);
    brass_reader_add(r, full, NULL);
    int n = 0, rc;
    brass_doc *d;
    brass_error err = {0};
    *errors = 0;
    while ((rc = brass_reader_next(r, &d, &err)) != 0) {
        if (rc < 0) {
            (*errors)++;
            if (last) *last = err;
            continue;
        }
        if (n < max) docs[n++] = d;
        else brass_doc_free(d);
    }
    brass_reader_free(r);
    return n;
}

static void free_all(brass_doc **docs, int n) {
    for (int i = 0; i < n; i++) brass_doc_free(docs[i]);
}

TEST(html_main_text_title_date) {
    brass_doc *d[2];
    int errors;
    int n = read_all("report.html", BRASS_INPUT_AUTO, d, 2, &errors, NULL);
    CHECK_INT(n, 1);
    CHECK_INT(errors, 0);
    if (n != 1) return;
    CHECK_STR(brass_doc_id(d[0]), "report");
    CHECK_STR(brass_doc_title(d[0]), "Army chief replaced after border review");
    CHECK_STR(brass_doc_date(d[0]), "2024-03-05");  /* article:published_time outranks JSON-LD */
    const char *t = brass_doc_text(d[0]);
    CHECK(strncmp(t, "Army chief replaced after border review\nThe defence ministry said", 65) == 0);
    CHECK(strstr(t, "was named acting commander & will serve") != NULL);  /* nbsp, entity */
    CHECK(strstr(t, "for the change.\n") != NULL);                        /* inline tags joined */
    CHECK(strstr(t, "not text") == NULL);                                 /* script */
    CHECK(strstr(t, "Share") == NULL && strstr(t, "Subscribe") == NULL);  /* widgets */
    CHECK(strstr(t, "Someone Else") == NULL);                             /* related links */
    CHECK(strstr(t, "Advertisement") == NULL && strstr(t, "Photo") == NULL);
    CHECK(strstr(t, "World") == NULL && strstr(t, "Copyright") == NULL);  /* nav, footer */
    free_all(d, n);
}

TEST(html_charset_latin1_and_refused) {
    brass_doc *d[2];
    int errors;
    int n = read_all("latin1.html", BRASS_INPUT_AUTO, d, 2, &errors, NULL);
    CHECK_INT(n, 1);
    if (n == 1) {
        CHECK(strstr(brass_doc_text(d[0]), "Andr\xc3\xa9 Sauvin \xe2\x80\x93 retired") != NULL);
        CHECK_STR(brass_doc_date(d[0]), "2022-06-30");  /* <time datetime> */
    }
    free_all(d, n);
    brass_error err;
    n = read_all("koi8.html", BRASS_INPUT_AUTO, d, 2, &errors, &err);
    CHECK_INT(n, 0);
    CHECK_INT(errors, 1);
    CHECK(strstr(err.msg, "charset 'koi8-r' is not supported") != NULL);
    CHECK(strstr(err.where, "koi8.html") != NULL);
}

TEST(html_without_text_is_an_error) {
    brass_doc *d[1];
    int errors;
    brass_error err;
    CHECK_INT(read_all("empty-page.html", BRASS_INPUT_AUTO, d, 1, &errors, &err), 0);
    CHECK_INT(errors, 1);
    CHECK(strstr(err.msg, "no report text") != NULL);
}

TEST(jsonl_fields_and_bad_lines) {
    brass_doc *d[8];
    int errors;
    brass_error err;
    int n = read_all("reports.jsonl", BRASS_INPUT_AUTO, d, 8, &errors, &err);
    CHECK_INT(n, 2);
    CHECK_INT(errors, 3);
    if (n == 2) {
        CHECK_STR(brass_doc_id(d[0]), "j-1");
        CHECK_STR(brass_doc_url(d[0]), "https://news.example/a");
        CHECK_STR(brass_doc_title(d[0]), "Navy chief quits");
        CHECK_STR(brass_doc_date(d[0]), "2023-11-02");
        CHECK_STR(brass_doc_id(d[1]), "42");  /* numeric id; html through the extractor */
        CHECK_STR(brass_doc_text(d[1]), "General Ada Quill was appointed chief of staff.\n");
    }
    CHECK(strstr(err.where, "reports.jsonl:6") != NULL);  /* FILE:LINE, blank lines counted */
    free_all(d, n);
}

TEST(jsonl_field_mapping) {
    char full[512];
    snprintf(full, sizeof full, "%s/read/reports.jsonl", harness_data_dir());
    brass_reader *r = brass_reader_new(BRASS_INPUT_AUTO, NULL);
    brass_error err;
    CHECK_INT(brass_reader_map_fields(r, "text=body,title=headline", &err), BRASS_OK);
    CHECK_INT(brass_reader_map_fields(r, "colour=red", &err), BRASS_ERR_USAGE);
    CHECK_INT(brass_reader_map_fields(r, "text=", &err), BRASS_ERR_USAGE);
    brass_reader_add(r, full, NULL);
    brass_doc *d, *last = NULL;
    int rc;
    while ((rc = brass_reader_next(r, &d, &err)) != 0)
        if (rc == 1) {
            brass_doc_free(last);
            last = d;
        }
    CHECK(last != NULL);
    if (last) {
        CHECK_STR(brass_doc_title(last), "Renamed");
        CHECK_STR(brass_doc_id(last), "reports-6");  /* no id: file name and line */
    }
    brass_doc_free(last);
    brass_reader_free(r);
}

TEST(warc_records) {
    brass_doc *d[8];
    int errors;
    int n = read_all("sample.warc", BRASS_INPUT_AUTO, d, 8, &errors, NULL);
    CHECK_INT(errors, 0);
    CHECK_INT(n, 2);  /* the 404, the image and the request are skipped */
    if (n == 2) {
        CHECK_STR(brass_doc_id(d[0]), "http://example.test/one");
        CHECK_STR(brass_doc_url(d[0]), "http://example.test/one");
        CHECK_STR(brass_doc_text(d[0]), "General Lio Brask was dismissed.\n");
        CHECK_STR(brass_doc_text(d[1]), "Chunked: Admiral Sen Ota retired.\n");
    }
    free_all(d, n);
}

TEST(warc_truncated_names_offset) {
    brass_doc *d[8];
    int errors;
    brass_error err;
    int n = read_all("truncated.warc", BRASS_INPUT_WARC, d, 8, &errors, &err);
    CHECK_INT(n, 1);
    CHECK_INT(errors, 1);
    CHECK(strstr(err.where, "truncated.warc: record at byte offset") != NULL);
    CHECK(strstr(err.msg, "truncated") != NULL);
    free_all(d, n);
}

TEST(html_hint_on_a_wrapper_does_not_hide_the_report) {
    brass_doc *d[1];
    int errors;
    int n = read_all("wrapped.html", BRASS_INPUT_HTML, d, 1, &errors, NULL);
    CHECK_INT(n, 1);
    if (n == 1) CHECK(strstr(brass_doc_text(d[0]), "Brigadier General Nessa Orlov") != NULL);
    free_all(d, n);
}

/* Walks tests/data/read (html files, a WARC and a folder of WARCs): the same
 * documents either way, and a total only when the walk is asked to count it. */
static int walk(bool count, size_t *total) {
    char dir[512];
    snprintf(dir, sizeof dir, "%s/read", harness_data_dir());
    brass_reader *r = brass_reader_new(BRASS_INPUT_AUTO, NULL);
    brass_reader_count_walked(r, count);
    brass_reader_add(r, dir, NULL);
    int n = 0, rc;
    brass_doc *d;
    brass_error err = {0};
    while ((rc = brass_reader_next(r, &d, &err)) != 0)
        if (rc > 0) {
            n++;
            brass_doc_free(d);
        }
    *total = brass_reader_bytes_total(r);
    brass_reader_free(r);
    return n;
}

TEST(walk_counts_its_total_only_when_asked) {
    size_t counted, uncounted;
    int a = walk(true, &counted), b = walk(false, &uncounted);
    CHECK(a > 3);
    CHECK_INT(a, b);
    CHECK(counted > 1000);
    CHECK_INT(uncounted, 0);
}
