/* cmd_eval.c -- `brass eval` (not yet implemented). */
#include "cli/cli.h"

#include <stdio.h>

int cmd_eval(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "brass eval: not implemented yet\n");
    return 2;
}
