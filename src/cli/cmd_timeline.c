/* cmd_timeline.c -- `brass timeline` (not yet implemented). */
#include "cli/cli.h"

#include <stdio.h>

int cmd_timeline(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "brass timeline: not implemented yet\n");
    return 2;
}
