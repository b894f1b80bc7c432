/* beq: the config file, global options, command dispatch, exit status. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cmds.h"
#include "util.h"

static const struct option global_long[] = {
	CLI_GLOBAL_LONG,
	{ NULL, 0, NULL, 0 },
};

/* The config file to read: $BEQ_CONFIG (which must exist; empty: none),
 * else $XDG_CONFIG_HOME/beq/config or ~/.config/beq/config if it exists.
 * Returns NULL for none, with *note saying why. */
static char *
config_path(int *must_exist, char **note)
{
	const char *env = getenv("BEQ_CONFIG"), *xdg, *home;
	struct buf b = { 0 };

	*must_exist = 0;
	if (env != NULL) {
		*must_exist = 1;
		if (env[0] != '\0')
			return xstrdup(env);
		*note = xstrdup("none (BEQ_CONFIG is empty)");
		return NULL;
	}
	xdg = getenv("XDG_CONFIG_HOME");
	home = getenv("HOME");
	if (xdg != NULL && xdg[0] == '/')
		buf_printf(&b, "%s/beq/config", xdg);
	else if (home != NULL && home[0] != '\0')
		buf_printf(&b, "%s/.config/beq/config", home);
	else {
		*note = xstrdup("none (neither XDG_CONFIG_HOME nor HOME is "
		                "set)");
		return NULL;
	}
	return buf_take(&b);
}

/* Whether arg is --no-config, or a prefix of it that getopt takes for it
 * ("--no-c" and longer: "--no-" could be --no-pager). */
static int
is_no_config(const char *arg)
{
	size_t n = strlen(arg);

	return n >= 6 && strncmp(arg, "--no-config", n) == 0;
}

/* Reads the config file into o->conf unless --no-config is among the
 * arguments (before a "--"). Returns 0, or 2 with the message printed. */
static int
read_config(struct options *o, int argc, char **argv)
{
	char err[BEQ_ERR_MAX];
	struct buf note = { 0 };
	char *path;
	size_t i;
	int k, must;

	for (k = 1; k < argc && strcmp(argv[k], "--") != 0; k++)
		if (is_no_config(argv[k])) {
			o->config_note = xstrdup("none (--no-config)");
			return 0;
		}
	if ((path = config_path(&must, &o->config_note)) == NULL)
		return 0;
	if (conf_load(&o->conf, path, must, err, sizeof err) == -1) {
		/* "PATH:LINE: message" for a line, else "PATH: message" */
		warnx("%s:%s%s", path,
		    err[0] >= '0' && err[0] <= '9' ? "" : " ", err);
		free(path);
		return 2;
	}
	if (o->conf.path == NULL) {
		buf_printf(&note, "none (no %s)", path);
		o->config_note = buf_take(&note);
	}
	free(path);
	for (i = 0; i < o->conf.n; i++) {
		const char *cmd = o->conf.args[i].cmd;

		const char *arg = o->conf.args[i].arg;

		if (cmd != NULL && cli_command(cmd) == NULL) {
			const char *near = cli_command_near(cmd);

			if (near != NULL)
				warnx("%s:%u: unknown command '%s'; did you "
				      "mean '%s'?",
				    o->conf.path, o->conf.args[i].line, cmd,
				    near);
			else
				warnx("%s:%u: unknown command '%s'",
				    o->conf.path, o->conf.args[i].line, cmd);
			return 2;
		}
		if (is_no_config(arg)) {
			warnx("%s:%u: --no-config in the config file cannot "
			      "unread it",
			    o->conf.path, o->conf.args[i].line);
			return 2;
		}
	}
	return 0;
}

/* Returns a new argv (kept in o->spliced): argv[0], the config file's
 * arguments for cmd (NULL: the global ones), then argv[1..argc). Sets
 * o->cfg_* to match. */
static char **
splice(struct options *o, const char *cmd, int *argc, char **argv)
{
	int slot = cmd != NULL, n = 1, k;
	char **v = xcalloc((size_t)*argc + o->conf.n + 1, sizeof *v);
	unsigned *lines = xcalloc(o->conf.n + 1, sizeof *lines);
	unsigned char *joined = xcalloc(o->conf.n + 1, 1);
	size_t i;

	o->spliced[slot] = v;
	o->spliced_lines[slot] = lines;
	o->spliced_joined[slot] = joined;
	v[0] = argv[0];
	for (i = 0; i < o->conf.n; i++) {
		const char *c = o->conf.args[i].cmd;

		if ((c == NULL) == (cmd == NULL) &&
		    (c == NULL || strcmp(c, cmd) == 0)) {
			lines[n - 1] = o->conf.args[i].line;
			joined[n - 1] = (unsigned char)o->conf.args[i].joined;
			v[n++] = o->conf.args[i].arg;
		}
	}
	o->cfg_first = 1;
	o->cfg_n = n - 1;
	o->cfg_line = lines;
	o->cfg_joined = joined;
	for (k = 1; k < *argc; k++)
		v[n++] = argv[k];
	*argc = n;
	return v;
}

static int
run(struct options *o, int argc, char **argv)
{
	const struct command *cmd;
	char **v, **cv;
	int c, rc, help = 0;

	v = splice(o, NULL, &argc, argv);
	while ((c = cli_getopt(
	            o, argc, v, "+" CLI_GLOBAL_SHORT, global_long)) != -1)
		if (c == 'h')
			help = 1;
		else if ((rc = cli_global(o, c, v)) != 0)
			return rc == 1 ? cli_finish(o) : rc;
	o->opt_line = 0;
	o->cfg_n = 0;
	o->cfg_line = NULL;
	if (help) {
		/* "beq --help search", as "beq search --help" */
		cmd = optind < argc ? cli_command(v[optind]) : NULL;
		if (cmd != NULL)
			cli_help(cmd);
		else
			cli_help_all();
		return cli_finish(o);
	}
	if (optind >= argc)
		return cli_usage_error(o, "no command given (try 'beq help')");
	o->cmd = cli_command(v[optind]);
	if (o->cmd == NULL && cli_command_near(v[optind]) != NULL)
		return cli_usage_error(o,
		    "unknown command '%s'; did you mean '%s'?", v[optind],
		    cli_command_near(v[optind]));
	if (o->cmd == NULL)
		return cli_usage_error(o,
		    "unknown command '%s' (commands: "
		    "search, show, related, list, categories, random, quiz, "
		    "index, info, help)",
		    v[optind]);
	argc -= optind;
	cv = splice(o, o->cmd->name, &argc, v + optind);
	optind = 0; /* glibc: start afresh for the command's options */
	rc = cli_index_fault(o, o->cmd->run(argc, cv, o));
	o->opt_line = 0;
	c = cli_finish(o);
	return c != 0 ? c : rc;
}

int
main(int argc, char **argv)
{
	struct options o = { 0 };
	int rc, k;

	o.out_fd = STDOUT_FILENO;
	if ((rc = read_config(&o, argc, argv)) == 0)
		rc = run(&o, argc, argv);
	for (k = 0; k < 2; k++) {
		free(o.spliced[k]);
		free(o.spliced_lines[k]);
		free(o.spliced_joined[k]);
	}
	conf_free(&o.conf);
	free(o.config_note);
	return rc;
}
