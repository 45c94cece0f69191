/* buf.h -- a growable byte buffer, always NUL-terminated, for building strings. */
#ifndef BRASS_BUF_H
#define BRASS_BUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct buf {
    char *data;  /* NUL-terminated once anything was appended; NULL before */
    size_t len;
    size_t cap;
    bool oom;    /* set when an allocation failed; later appends are no-ops */
} buf;

#define BUF_INIT {NULL, 0, 0, false}

bool buf_reserve(buf *b, size_t extra);
bool buf_append(buf *b, const char *s, size_t n);
bool buf_puts(buf *b, const char *s);
bool buf_putc(buf *b, char c);
bool buf_printf(buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Hands the string to the caller (free() it); the buffer is empty afterwards.
 * Returns NULL if an allocation had failed. Never NULL otherwise ("" if empty). */
char *buf_take(buf *b);
void buf_reset(buf *b);  /* len = 0, keeps memory */
void buf_free(buf *b);

#endif
