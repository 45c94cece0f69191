/* harness.h -- a minimal unit-test harness: TEST() cases, CHECK macros, a "N passed, N failed" line. */
#ifndef BRASS_HARNESS_H
#define BRASS_HARNESS_H

#include <string.h>

typedef void (*harness_fn)(void);
void harness_register(const char *name, harness_fn fn);
/* Records a failed check in the running test; used by the macros. */
void harness_fail(const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* The directory holding test inputs (tests/data), from $BRASS_TEST_DATA or the default. */
const char *harness_data_dir(void);

#define TEST(name)                                                                   \
    static void name(void);                                                         \
    __attribute__((constructor)) static void register_##name(void) {                \
        harness_register(#name, name);                                             \
    }                                                                               \
    static void name(void)

#define CHECK(cond)                                                                  \
    do {                                                                            \
        if (!(cond)) harness_fail(__FILE__, __LINE__, "CHECK(%s)", #cond);          \
    } while (0)

#define CHECK_INT(a, b)                                                              \
    do {                                                                            \
        long long va_ = (long long)(a), vb_ = (long long)(b);                       \
        if (va_ != vb_)                                                             \
            harness_fail(__FILE__, __LINE__, "%s == %lld, want %lld", #a, va_, vb_); \
    } while (0)

#define CHECK_STR(a, b)                                                              \
    do {                                                                            \
        const char *sa_ = (a), *sb_ = (b);                                          \
        if ((sa_ == NULL) != (sb_ == NULL) || (sa_ && strcmp(sa_, sb_) != 0))      \
            harness_fail(__FILE__, __LINE__, "%s == \"%s\", want \"%s\"", #a,        \
                         sa_ ? sa_ : "(null)", sb_ ? sb_ : "(null)");                \
    } while (0)

#endif
