/* cmd_ingest.c -- `brass ingest` (not yet implemented). */
#include "cli/cli.h"

#include <stdio.h>

int cmd_ingest(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "brass ingest: not implemented yet\n");
    return 2;
}
