/* error.c -- filling brass_error values; the library reports, the caller prints. */
#include "brass/core.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int brass_error_set(brass_error *err, brass_status code, const char *where, const char *fmt, ...) {
    if (err) {
        err->code = code;
        snprintf(err->where, sizeof err->where, "%s", where ? where : "");
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}

void brass_error_clear(brass_error *err) {
    if (err) memset(err, 0, sizeof *err);
}

const char *brass_status_name(brass_status code) {
    switch (code) {
    case BRASS_OK: return "ok";
    case BRASS_ERR_IO: return "i/o error";
    case BRASS_ERR_INPUT: return "bad input";
    case BRASS_ERR_NOMEM: return "out of memory";
    case BRASS_ERR_DB: return "database error";
    case BRASS_ERR_USAGE: return "usage error";
    }
    return "unknown error";
}
