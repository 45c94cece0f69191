/* main.c -- the brass command line: dispatches to one subcommand per verb. */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

static const struct {
    const char *name;
    cli_command_fn fn;
    const char *summary;
} commands[] = {
    {"extract", cmd_extract, "extract events from reports and print them (JSONL or text)"},
    {"ingest", cmd_ingest, "extract events from reports and keep them in the database"},
    {"events", cmd_events, "list stored events, filtered by type, person and dates"},
    {"timeline", cmd_timeline, "merged events across reports, one per real event, with sources"},
    {"person", cmd_person, "one person: aliases, ranks, posts held, events with sources"},
    {"post", cmd_post, "the holders of a post in order, or who held it on a date"},
    {"sources", cmd_sources, "the evidence sentences of a merged event"},
    {"eval", cmd_eval, "extract and score against a gold file (spec/events.md rules)"},
};

static void usage(FILE *out) {
    fprintf(out,
            "usage: brass COMMAND [OPTIONS] [ARGS]\n"
            "\n"
            "brass reads news reports and keeps a sourced record of command changes in armed\n"
            "forces: dismissals, appointments, resignations, deaths, injuries, arrests, awards.\n"
            "\n"
            "Commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out,
            "\n"
            "Run 'brass COMMAND --help' for a command's options.\n"
            "Environment: BRASS_DB names the database when --db is not given (default brass.db).\n"
            "Exit status: 0 success, 1 some input was bad (the rest was processed), 2 usage error.\n");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (cli_is_help(argv[1]) || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("brass %s\n", BRASS_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(argv[1], commands[i].name) == 0) return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "brass: unknown command '%s'\nTry 'brass --help'.\n", argv[1]);
    return 2;
}
