/* test_resolve.c -- name keys, given-name transliteration keys and canonical posts. */
#include "brass.h"
#include "harness.h"

#include <stdlib.h>

static int same(char *(*fn)(const char *), const char *a, const char *b) {
    char *ka = fn(a), *kb = fn(b);
    int r = ka && kb && strcmp(ka, kb) == 0;
    free(ka);
    free(kb);
    return r;
}

#define CHECK_KEY(fn, in, want)   \
    do {                          \
        char *k_ = fn(in);        \
        CHECK_STR(k_, want);      \
        free(k_);                 \
    } while (0)

TEST(name_key_is_the_scorers) {
    CHECK_KEY(brass_name_key, "Valeriy Gerasimov", "gerasimov");
    CHECK_KEY(brass_name_key, "Volodymyr Zelenskyy", "zelenski");
    CHECK_KEY(brass_name_key, "Zelensky", "zelenski");
    CHECK_KEY(brass_name_key, "Sergei Surovikin", "surovikin");
    CHECK_KEY(brass_name_key, "Abu Mohammad al-Julani", "julani");
    CHECK_KEY(brass_name_key, "Çelik Öztürk", "ozturk");
    CHECK_KEY(brass_name_key, "", "");
    CHECK_KEY(brass_name_key, NULL, "");
}

TEST(given_key_unifies_transliterations) {
    CHECK(same(brass_given_key, "Valery Gerasimov", "Valeriy Gerasimov"));
    CHECK(same(brass_given_key, "Valerii X", "Valery X"));
    CHECK(same(brass_given_key, "Aleksandr X", "Alexander X"));
    CHECK(same(brass_given_key, "Alexandr X", "Alexander X"));
    CHECK(same(brass_given_key, "Sergei X", "Sergey X"));
    CHECK(same(brass_given_key, "Andrei X", "Andrey X"));
    CHECK(same(brass_given_key, "Yevgeny X", "Evgeny X"));
    CHECK(same(brass_given_key, "Mikhail X", "Mihail X"));
    CHECK(!same(brass_given_key, "Ivan Popov", "Pavel Popov"));
    CHECK_KEY(brass_given_key, "Popov", "");
    CHECK_KEY(brass_given_key, "V. Gerasimov", "v");
}

TEST(given_compatible_allows_initials_and_unknown) {
    CHECK(brass_given_compatible("v", "valeri"));
    CHECK(brass_given_compatible("", "ivan"));
    CHECK(!brass_given_compatible("ivan", "pavel"));
    CHECK(!brass_given_compatible("p", "ivan"));
}

TEST(post_canon_ignores_word_order) {
    CHECK(same(brass_post_canon, "commander of the Southern Military District",
               "Southern Military District commander"));
    CHECK(same(brass_post_canon, "Minister of Defence", "defense minister"));
    CHECK(same(brass_post_canon, "Russia's defence minister", "Russian Defence Minister"));
    CHECK(!same(brass_post_canon, "commander of the 58th Army", "commander of the 20th Army"));
    CHECK_KEY(brass_post_canon, "Chief of the General Staff", "chief general staff");
    CHECK_KEY(brass_post_canon, "the", "");
    CHECK(same(brass_post_canon, "Chief of Army Staff in November 2022", "chief of army staff"));
    CHECK(same(brass_post_canon, "head of the army", "army commander"));
    CHECK(same(brass_post_canon, "in charge of the Syrian troops", "Syria troops leader"));
    CHECK(same(brass_post_canon, "the country's overall commander", "commander"));
    CHECK(same(brass_post_canon, "Turkish air force commander", "commander of Turkey's air force"));
}

TEST(post_compatible_by_word_inclusion) {
    CHECK(brass_post_compatible("commander", "commander southern military district"));
    CHECK(brass_post_compatible("", "commander"));
    CHECK(!brass_post_compatible("commander 58th army", "commander 20th army"));
    CHECK(brass_post_compatible("chief army", "commander army"));
    CHECK(!brass_post_compatible("chief navy", "commander army"));
}

TEST(titles_are_not_names) {
    CHECK_STR(brass_name_skip_titles("Lt. Gen. Herzi Halevi"), "Herzi Halevi");
    CHECK_STR(brass_name_skip_titles("Colonel-General Ivan Popov"), "Ivan Popov");
    CHECK_STR(brass_name_skip_titles("General"), "General");
    CHECK(same(brass_given_key, "Gen. Sergei Surovikin", "Sergey Surovikin"));
}

TEST(ukrainian_and_russian_forms_agree) {
    CHECK(same(brass_given_key, "Oleksandr Lapin", "Alexander Lapin"));
    CHECK(same(brass_given_key, "Mykhailo X", "Mikhail X"));
    CHECK(same(brass_given_key, "Oleksiy X", "Alexei X"));
    CHECK(same(brass_given_key, "Serhiy X", "Sergei X"));
}

TEST(forenames_and_typos) {
    CHECK(brass_forenames_overlap("Syed Asim Munir", "Asim Munir"));
    CHECK(!brass_forenames_overlap("Ivan Popov", "Pavel Popov"));
    CHECK(brass_keys_one_typo("dvornikov", "dvorknikov"));
    CHECK(!brass_keys_one_typo("popov", "popa"));
}

TEST(reordered_and_fuller_names_fit) {
    CHECK(brass_names_fit("Oligui Nguema Brice", "Brice Oligui Nguema"));
    CHECK(brass_names_fit("Gen. Mohamed Hamdan Daglo", "Mohamed Daglo Hemedti"));
    CHECK(brass_names_fit("Mohamed Daglo Hemedti", "Mohamed Hamdan Daglo"));
    CHECK(brass_names_fit("Sergey Ivanovich Orlov", "Sergei Orlov"));
    /* Two words swapped may be two people; another first name is another person. */
    CHECK(!brass_names_fit("Ali Hassan", "Hassan Ali"));
    CHECK(!brass_names_fit("Ivan Popov", "Pavel Popov"));
    CHECK(!brass_names_fit("Pavel Ivan Popov", "Ivan Popov"));
    CHECK(!brass_names_fit("Popov", "Ivan Popov"));
}

TEST(surname_spelling_variants) {
    char *v[2];
    CHECK_INT(brass_surname_variants("moskaliov", v), 2);
    CHECK_STR(v[0], "moskalev");
    free(v[0]);
    free(v[1]);
    CHECK_INT(brass_surname_variants("gerasimova", v), 1);
    CHECK_STR(v[0], "gerasimov");
    free(v[0]);
    CHECK_INT(brass_surname_variants("kim", v), 0);
    CHECK_INT(brass_surname_variants("ova", v), 0);
}
