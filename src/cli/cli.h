/* cli.h -- what the brass subcommands share: dispatch, messages, option helpers. */
#ifndef BRASS_CLI_H
#define BRASS_CLI_H

#include <stdbool.h>

#include "brass.h"

/* Each subcommand: argc/argv start at the subcommand's name. Returns the exit
 * status: 0 ok, 1 some input was bad (the rest was processed), 2 usage error. */
typedef int (*cli_command_fn)(int argc, char **argv);

int cmd_extract(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_person(int argc, char **argv);
int cmd_post(int argc, char **argv);
int cmd_sources(int argc, char **argv);

/* Prints "brass: WHERE: MSG" on stderr. */
void cli_report(const brass_error *err);
/* Prints "brass CMD: MSG" and a pointer to --help on stderr; returns 2. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The database path: --db, else $BRASS_DB, else "brass.db". */
const char *cli_db_path(const char *flag_value);
/* True if arg is -h or --help. */
bool cli_is_help(const char *arg);

#endif
