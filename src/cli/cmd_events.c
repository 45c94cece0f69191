/* cmd_events.c -- `brass events` (not yet implemented). */
#include "cli/cli.h"

#include <stdio.h>

int cmd_events(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "brass events: not implemented yet\n");
    return 2;
}
