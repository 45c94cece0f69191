/* cmd_post.c -- `brass post` (not yet implemented). */
#include "cli/cli.h"

#include <stdio.h>

int cmd_post(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "brass post: not implemented yet\n");
    return 2;
}
