/* What every subcommand shares: global options, the index in use, category
 * selection, and output with its error checks. Only main and cmd_* use it. */
#ifndef BEQ_CLI_H
#define BEQ_CLI_H

#include <getopt.h>
#include <stddef.h>

#include <sys/types.h>

#include "buf.h"
#include "conf.h"
#include "index.h"

enum { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };
/* Paging: not at all, not yet known (the output so far fits on the
 * screen), or through the pager. */
enum { PAGING_OFF, PAGING_UNDECIDED, PAGING_ON };

/* Long option values above any character; commands number theirs from
 * OPT_LOCAL on. */
enum {
	OPT_JSON = 256,
	OPT_COLOR,
	OPT_INDEX,
	OPT_WIDTH,
	OPT_NO_PAGER,
	OPT_NO_CONFIG,
	OPT_LOCAL = 300
};

/* The leading ':' makes getopt return ':' for a missing argument and
 * print nothing itself: cli_global says what was wrong, as beq does. */
#define CLI_GLOBAL_SHORT ":hV"
#define CLI_GLOBAL_LONG \
	{ "json", no_argument, NULL, OPT_JSON }, \
	    { "color", optional_argument, NULL, OPT_COLOR }, \
	    { "index", required_argument, NULL, OPT_INDEX }, \
	    { "width", required_argument, NULL, OPT_WIDTH }, \
	    { "no-pager", no_argument, NULL, OPT_NO_PAGER }, \
	    { "no-config", no_argument, NULL, OPT_NO_CONFIG }, \
	    { "help", no_argument, NULL, 'h' }, \
	{ \
		"version", no_argument, NULL, 'V' \
	}

struct options;

struct command {
	const char *name;
	int (*run)(int argc, char **argv, struct options *o);
	const char *synopsis; /* after "beq " */
	const char *summary; /* one line */
	const char *help; /* the command's options, one per line */
};

struct options {
	const struct command *cmd;
	int json;
	int json_cfg; /* --json came from the config file alone */
	int color_mode;
	const char *index_path; /* --index, else $BEQ_INDEX, else NULL */
	int width_opt; /* --width, 0 when not given */
	int no_pager; /* --no-pager */
	struct index ix;
	int color; /* resolved by cli_open */
	int width;
	struct buf out;
	int write_errno; /* the first output error, 0 if none */

	/* the config file read, and which arguments of the argv being
	 * parsed came from it: argv[cfg_first + k] from line cfg_line[k] */
	struct conf conf;
	char *config_note; /* why none is read, when none is */
	int cfg_first, cfg_n;
	const unsigned *cfg_line;
	const unsigned char *cfg_joined; /* "-m 5" made "-m5" */
	unsigned opt_line; /* the config line of the option just parsed */
	int opt_novalue; /* that option, given a value it does not take */
	int opt_at; /* the argument that option is in */
	int opt_cluster; /* the argument of "-abc" getopt is inside, or 0 */
	const struct option *longopts; /* of the getopt that parsed it */
	/* main's argument vectors with the config file's options spliced
	 * in, global and the command's, and their line numbers (kept here
	 * so that they are never lost, even to a death by SIGPIPE) */
	char **spliced[2];
	unsigned *spliced_lines[2];
	unsigned char *spliced_joined[2];

	/* the pager (set up by cli_open when stdout is a terminal) */
	int paging;
	int out_fd; /* standard output, or the pager's pipe */
	int rows, cols; /* the terminal's size */
	const char *pager; /* the pager command, NULL for none */
	const char *pager_from; /* BEQ_PAGER, PAGER or default */
	pid_t pager_pid;
	struct buf pager_copy; /* what went to it, up to BEQ_PAGER_KEEP */
	int pager_copy_over; /* more went: the copy is dropped */
};

/* getopt_long, noting in o->opt_line whether the option it returns came
 * from the config file (for error messages). */
int cli_getopt(struct options *o, int argc, char **argv, const char *shortopts,
    const struct option *longopts);

/* Handles global option c (from getopt_long over argv, with optarg and
 * optind as it left them). Returns 0 when handled, 1 when help or version
 * was printed (exit 0), 2 on a bad value, a missing argument or an unknown
 * option (message and usage printed; exit 2). */
int cli_global(struct options *o, int c, char **argv);

/* Adds arg, the value of a repeatable option (-c, -e), to the list v[0..*n):
 * the first one from the command line (*from_cli still 0) first drops those
 * of the config file, which it replaces; with empties, an empty arg empties
 * the list ("-c ''": every category). */
void cli_list_add(const struct options *o, char **v, size_t *n, int *from_cli,
    char *arg, int empties);

/* Parses argv for a command whose only options are the global ones.
 * Returns -1 to go on with the operands at optind, else an exit status. */
int cli_globals_only(struct options *o, int argc, char **argv);

/* Prints "beq: CMD: MESSAGE" and the command's usage line to stderr;
 * returns 2. */
int cli_usage_error(const struct options *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Resolves color and width and opens the index in use. Returns 0, or 2
 * with the message printed. */
int cli_open(struct options *o);

/* Returns rc while no read of the index in use found it corrupt; else
 * drops the output not yet written, prints "beq: FILE: corrupt index
 * (WHAT)" and returns 2. Every command ends with it (main.c). */
int cli_index_fault(struct options *o, int rc);

/* Resolves -c arguments into a flag per category of the index (the caller
 * frees it); NULL when ncats is 0. Prints the error and returns -1 for an
 * unknown or ambiguous category. */
int cli_categories(const struct options *o, char *const *cats, size_t ncats,
    unsigned char **flags);

/* cli_open, then cli_categories: returns 0, or 2 with the message
 * printed. */
int cli_open_in(
    struct options *o, char *const *cats, size_t ncats, unsigned char **flags);

/* Returns 2 with a usage error when argv has operands from optind on
 * (for commands that take none), else 0. */
int cli_no_operands(struct options *o, int argc, char **argv);

/* Ends the record just appended to o->out (a line, a JSON object or a
 * record's text, all ending with a newline) with NUL instead when null
 * (-0, for xargs -0 and fzf --read0). */
void cli_end_record(struct options *o, int null);

/* Writes o->out to stdout and empties it. */
void cli_flush(struct options *o);

/* Flushes stdout and reports an output error. Returns 0, or 2. */
int cli_finish(struct options *o);

/* Parses a decimal number in [0, max]; returns 0, or -1. */
int cli_number(const char *s, unsigned long long max, unsigned long long *v);

/* Returns the width to wrap to on a screen cols wide when no --width
 * says otherwise: cols within [BEQ_MIN_WIDTH, BEQ_MEASURE_MAX]. */
int cli_measure(int cols);

void cli_help(const struct command *cmd);
void cli_help_all(void);
const struct command *cli_command(const char *name);
/* Returns the name of the command that name is likely a typo of, or
 * NULL (near.h). */
const char *cli_command_near(const char *name);

#endif
