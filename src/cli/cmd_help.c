/* beq help [COMMAND] */
#include <getopt.h>

#include "cli.h"
#include "cmds.h"

int
cmd_help(int argc, char **argv, struct options *o)
{
	const struct command *cmd;
	int rc;

	if ((rc = cli_globals_only(o, argc, argv)) != -1)
		return rc;
	if (argc - optind > 1)
		return cli_usage_error(o, "too many arguments");
	if (argc == optind) {
		cli_help_all();
		return 0;
	}
	if ((cmd = cli_command(argv[optind])) == NULL &&
	    cli_command_near(argv[optind]) != NULL)
		return cli_usage_error(o,
		    "unknown command '%s'; did you mean '%s'?", argv[optind],
		    cli_command_near(argv[optind]));
	if (cmd == NULL)
		return cli_usage_error(o, "unknown command '%s'", argv[optind]);
	cli_help(cmd);
	return 0;
}
