/* cmd_sources.c -- `brass sources` (not yet implemented). */
#include "cli/cli.h"

#include <stdio.h>

int cmd_sources(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "brass sources: not implemented yet\n");
    return 2;
}
