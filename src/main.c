/* beq: global options, command dispatch, exit status. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cmds.h"

static const struct option global_long[] = {
	CLI_GLOBAL_LONG,
	{ NULL, 0, NULL, 0 },
};

int
main(int argc, char **argv)
{
	struct options o = { 0 };
	const struct command *cmd;
	int c, rc, fin, help = 0;

	while ((c = getopt_long(
	            argc, argv, "+" CLI_GLOBAL_SHORT, global_long, NULL)) != -1)
		if (c == 'h')
			help = 1;
		else if ((rc = cli_global(&o, c, argv)) != 0)
			return rc == 1 ? cli_finish(&o) : rc;
	if (help) {
		/* "beq --help search", as "beq search --help" */
		cmd = optind < argc ? cli_command(argv[optind]) : NULL;
		if (cmd != NULL)
			cli_help(cmd);
		else
			cli_help_all();
		return cli_finish(&o);
	}
	if (optind >= argc)
		return cli_usage_error(&o, "no command given (try 'beq help')");
	o.cmd = cli_command(argv[optind]);
	if (o.cmd == NULL)
		return cli_usage_error(&o,
		    "unknown command '%s' (commands: "
		    "search, show, list, categories, random, quiz, index, "
		    "info, help)",
		    argv[optind]);
	argc -= optind;
	argv += optind;
	optind = 0; /* glibc: start afresh for the command's options */
	rc = o.cmd->run(argc, argv, &o);
	fin = cli_finish(&o);
	return fin != 0 ? fin : rc;
}
