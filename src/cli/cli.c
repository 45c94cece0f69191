/* cli.c -- messages and option helpers shared by the brass subcommands. */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cli_report(const brass_error *err) {
    if (err->where[0]) fprintf(stderr, "brass: %s: %s\n", err->where, err->msg);
    else fprintf(stderr, "brass: %s\n", err->msg);
}

int cli_usage_error(const char *cmd, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "brass %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\nTry 'brass %s --help'.\n", cmd);
    va_end(ap);
    return 2;
}

const char *cli_db_path(const char *flag_value) {
    if (flag_value) return flag_value;
    const char *env = getenv("BRASS_DB");
    return env && *env ? env : "brass.db";
}

bool cli_is_help(const char *arg) { return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0; }
