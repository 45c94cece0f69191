/* cmd_person.c -- `brass person` (not yet implemented). */
#include "cli/cli.h"

#include <stdio.h>

int cmd_person(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "brass person: not implemented yet\n");
    return 2;
}
