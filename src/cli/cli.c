/* What every subcommand shares: the command table, global options, the
 * index in use, category selection, output and its errors. */
#include <sys/ioctl.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli.h"
#include "cmds.h"
#include "config.h"
#include "near.h"
#include "pager.h"
#include "util.h"

extern const unsigned char beq_embedded_index[];
extern const size_t beq_embedded_index_size;

/* the usage line of beq itself */
#define USAGE \
	"[--json] [--color[=WHEN]] [--index=FILE] [--width=N] [--no-pager]\n" \
	"           [--no-config] COMMAND [ARG]..."

#define GLOBAL_HELP \
	"  --json            one JSON object per line (NDJSON)\n" \
	"  --color[=WHEN]    auto (default), always or never; --color alone: " \
	"always\n" \
	"  --index=FILE      use the index FILE (env BEQ_INDEX) instead of " \
	"the built-in one\n" \
	"  --width=N         wrap text at N columns (default: the " \
	"terminal's width,\n" \
	"                    else $COLUMNS, else 80; at most 100 unless " \
	"given here)\n" \
	"  --no-pager        never page output (default: on a terminal, " \
	"output longer\n" \
	"                    than the screen goes through $BEQ_PAGER, " \
	"$PAGER or less)\n" \
	"  --no-config       read no config file ($BEQ_CONFIG, else\n" \
	"                    $XDG_CONFIG_HOME/beq/config)\n" \
	"  -h, --help        show help and exit\n" \
	"  -V, --version     show the version and exit\n"

static const struct command commands[] = {
	{ "search", cmd_search,
	    "search [-i|-s] [-F] [-w] [-c CAT]... [--in=FIELDS] [-m N] "
	    "[--sort=ORDER]\n"
	    "       [--count|--ids|--oneline|-q] [-0] [--fuzzy] "
	    "[--not=PATTERN]... [-f FILE]...\n"
	    "       [-e PATTERN]... PATTERN...",
	    "print the records in which every pattern matches",
	    "  -i, --ignore-case     letters match either case\n"
	    "  -s, --case-sensitive  letters match case exactly (default: "
	    "either case unless\n"
	    "                        a pattern holds an upper-case letter)\n"
	    "  -F, --fixed-strings   patterns are literal strings, not regular "
	    "expressions\n"
	    "  -w, --word-regexp     match whole words only\n"
	    "  -e, --regexp=PATTERN  a pattern, even one starting with '-' "
	    "(repeatable)\n"
	    "  -f, --file=FILE       a pattern per line of FILE (- for stdin; "
	    "repeatable);\n"
	    "                        an empty line matches every record\n"
	    "      --not=PATTERN     drop the records PATTERN matches "
	    "(repeatable)\n"
	    "      --in=FIELDS       search only question (with the code or "
	    "options shown\n"
	    "                        with it), body (those alone), answer, or "
	    "all (default);\n"
	    "                        a comma-separated list for several\n"
	    "  -c, --category=CAT    only records in CAT: a slug, a name, or a "
	    "unique slug\n"
	    "                        prefix (repeatable: any of them; '' for "
	    "all)\n"
	    "  -m, --max-count=N     print at most N records (--count counts "
	    "them all)\n"
	    "      --sort=ORDER      score (default: most relevant first) or "
	    "id\n"
	    "      --count           print only the number of matching "
	    "records (0: no\n"
	    "                        suggestion, as with -q)\n"
	    "      --ids             print only the ids of matching "
	    "records\n"
	    "      --oneline         print ID<TAB>CATEGORY<TAB>QUESTION per "
	    "record, as list\n"
	    "                        does (--json, --count and --ids win over "
	    "it)\n"
	    "  -q, --quiet           print nothing, stop at the first match: "
	    "the exit status\n"
	    "                        says (0 found, 1 none, 2 error)\n"
	    "  -0, --null            end each record with NUL instead of a "
	    "newline (and\n"
	    "                        no blank line between records), for "
	    "xargs -0 and\n"
	    "                        fzf --read0\n"
	    "      --fuzzy           when nothing matches, search again as "
	    "suggested:\n"
	    "                        ignoring case or in every category when "
	    "that finds\n"
	    "                        records, else with each pattern spelt as "
	    "it may have\n"
	    "                        been meant\n" },
	{ "show", cmd_show, "show [--related] ID...",
	    "print the records with these ids",
	    "      --related         after each record, list the 5 most "
	    "similar ones\n" },
	{ "related", cmd_related, "related [-m N] ID",
	    "print ID<TAB>CATEGORY<TAB>QUESTION for the records most similar "
	    "to one",
	    "  -m, --max-count=N     print at most N records (default 5)\n" },
	{ "list", cmd_list, "list [-c CAT]... [-0]",
	    "print ID<TAB>CATEGORY<TAB>QUESTION for every record",
	    "  -c, --category=CAT    only records in CAT (repeatable; '' for "
	    "all)\n"
	    "  -0, --null            end each line with NUL instead of a "
	    "newline\n" },
	{ "categories", cmd_categories, "categories [-0]",
	    "print SLUG<TAB>COUNT<TAB>NAME for every category",
	    "  -0, --null            end each line with NUL instead of a "
	    "newline\n" },
	{ "random", cmd_random, "random [-c CAT]... [--seed N]",
	    "print one record chosen at random",
	    "  -c, --category=CAT    choose from CAT only (repeatable; '' for "
	    "all)\n"
	    "      --seed=N          choose reproducibly: the same N and "
	    "index, "
	    "the same record\n" },
	{ "quiz", cmd_quiz,
	    "quiz [-c CAT]... [--count=N] [--seed=N] | --stats [-c CAT]... | "
	    "--reset [-c CAT]...",
	    "practice on a terminal: questions chosen by spaced repetition",
	    "  -c, --category=CAT    only questions in CAT (repeatable; '' for "
	    "all)\n"
	    "      --count=N         ask at most N questions (default 20): due "
	    "ones first,\n"
	    "                        the most overdue first, then new ones in "
	    "corpus order\n"
	    "      --seed=N          shuffle the new questions, reproducibly\n"
	    "      --stats           print due, learned, new and total counts "
	    "per category\n"
	    "                        (with --json: one object per category)\n"
	    "      --reset           forget the progress with this index (with "
	    "-c: in CAT)\n"
	    "\n"
	    "keys: space or Enter shows the answer; 1 (a) again, 2 (h) hard, "
	    "3 (g) good,\n"
	    "4 (e) easy grade it; q quits with a summary. A question taller "
	    "than the\n"
	    "screen is shown a window at a time: j or down, k or up, Page "
	    "Down, Page Up\n"
	    "scroll it. Progress is kept in $XDG_STATE_HOME/beq (default\n"
	    "~/.local/state/beq).\n" },
	{ "index", cmd_index,
	    "index -o FILE [-q] [--force] [--questions=WHERE] "
	    "[--max-file-size=SIZE]\n"
	    "       [--max-archive-size=SIZE] [--max-members=N] PATH...\n"
	    "       beq index --explain [--questions=WHERE] FILE...",
	    "build an index file from markdown files, directories, archives "
	    "or - (stdin)",
	    "  -o, --output=FILE     write the index to FILE (atomically)\n"
	    "  -q, --quiet           print no warnings, no summary and no "
	    "progress line\n"
	    "      --warnings=WHEN   all: print every warning; summary: the "
	    "first 20, then\n"
	    "                        a count per kind; auto (the default): "
	    "summary when\n"
	    "                        stderr is a terminal, else all\n"
	    "      --force           replace FILE even when it is not a beq "
	    "index, or is\n"
	    "                        one of the inputs\n"
	    "      --questions=WHERE where every file's questions are: h1 to "
	    "h6 "
	    "(the headings\n"
	    "                        of that level), list, details, "
	    "paragraphs; "
	    "auto (the\n"
	    "                        default) reads each file's own comment "
	    "<!-- beq:\n"
	    "                        questions=WHERE -->, else finds out\n"
	    "      --explain         write no index: tell how each heading and "
	    "question of\n"
	    "                        the markdown FILEs (- for stdin) is read, "
	    "and why\n"
	    "      --max-file-size=SIZE\n"
	    "                        skip markdown files and archive members "
	    "larger than\n"
	    "                        SIZE (default 64M; K, M, G, T suffixes)\n"
	    "      --max-archive-size=SIZE\n"
	    "                        stop reading an archive past SIZE of "
	    "uncompressed\n"
	    "                        data (default 16G)\n"
	    "      --max-members=N   stop reading an archive past N members "
	    "(default\n"
	    "                        1000000)\n" },
	{ "info", cmd_info, "info [--verify]",
	    "describe the index, config file and pager in use",
	    "      --verify          read the whole index first and fail "
	    "(exit 2) if any\n"
	    "                        of it is corrupt; opening checks only "
	    "its header\n" },
	{ "help", cmd_help, "help [COMMAND]",
	    "show help for beq or for one command", "" },
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

const struct command *
cli_command(const char *name)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

const char *
cli_command_near(const char *name)
{
	const char *names[NCOMMANDS];
	size_t i;
	long k;

	for (i = 0; i < NCOMMANDS; i++)
		names[i] = commands[i].name;
	k = near_name(name, names, NCOMMANDS);
	return k < 0 ? NULL : names[k];
}

void
cli_help_all(void)
{
	size_t i;

	printf("usage: beq " USAGE "\n\n"
	       "Look up backend engineering interview questions: grep-like "
	       "search over a\ncorpus indexed into a trigram index.\n\n"
	       "commands:\n");
	for (i = 0; i < NCOMMANDS; i++)
		printf("  %-11s %s\n", commands[i].name, commands[i].summary);
	printf("\nglobal options (before or after the command):\n%s\n"
	       "Run 'beq help COMMAND' for a command's options, and 'man beq' "
	       "for the manual.\n",
	    GLOBAL_HELP);
}

void
cli_help(const struct command *cmd)
{
	printf("usage: beq %s\n\n%c%s.\n", cmd->synopsis, cmd->summary[0] - 32,
	    cmd->summary + 1);
	if (cmd->help[0] != '\0')
		printf("\noptions:\n%s", cmd->help);
	printf("\nglobal options:\n%s", GLOBAL_HELP);
}

/* The index of the argument getopt_long reads its next option from:
 * the cluster it is inside ("-based" after "-b"), else the first option
 * from optind on, as glibc's permuting getopt skips operands (it moves
 * them only below optind, so the index still holds after the call). */
static int
next_option_at(const struct options *o, int argc, char **argv)
{
	int at = optind > 0 ? optind : 1;

	if (optind > 0 && o->opt_cluster == optind)
		return at;
	while (at < argc && (argv[at][0] != '-' || argv[at][1] == '\0'))
		at++;
	return at;
}

int
cli_getopt(struct options *o, int argc, char **argv, const char *shortopts,
    const struct option *longopts)
{
	int at = next_option_at(o, argc, argv), c;

	c = getopt_long(argc, argv, shortopts, longopts, NULL);
	o->longopts = longopts;
	o->opt_line = 0;
	o->opt_at = c != -1 && at < argc ? at : 0;
	/* getopt leaves optind on a cluster until its last letter */
	o->opt_cluster = c != -1 && optind == at ? at : 0;
	if (c != -1 && at >= o->cfg_first && at < o->cfg_first + o->cfg_n)
		o->opt_line = o->cfg_line[at - o->cfg_first];
	/* an option of the config file that took its value from the
	 * command line: one option a line, with its value */
	if (o->opt_line != 0 && optind > o->cfg_first + o->cfg_n) {
		optopt = c < 256 ? c : 0;
		c = ':';
	} else if (o->opt_line != 0 && o->cfg_joined[at - o->cfg_first] &&
	    optarg == NULL && c != '?' && c != ':') {
		/* "-i w" became "-iw": -i takes no value, and w is no
		 * option of its own (cli_global says so) */
		o->opt_novalue = c;
		c = '?';
	}
	return c;
}

int
cli_usage_error(const struct options *o, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "beq: ");
	if (o->opt_line != 0)
		fprintf(stderr, "%s:%u: ", o->conf.path, o->opt_line);
	fprintf(stderr, "%s%s", o->cmd ? o->cmd->name : "", o->cmd ? ": " : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nusage: beq %s\n", o->cmd ? o->cmd->synopsis : USAGE);
	return 2;
}

/* The option getopt stopped at, as the user wrote it (without "=VALUE"):
 * a letter of a cluster, or a long option. */
static const char *
culprit(const struct options *o, char **argv, char *buf, size_t size)
{
	const char *a = argv[o->opt_at];

	if (optopt > 0 && optopt < 256 && strncmp(a, "--", 2) != 0) {
		snprintf(buf, size, "-%c", optopt);
		return buf;
	}
	snprintf(buf, size, "%.*s", (int)strcspn(a, "="), a);
	return buf;
}

/* Returns the long option of the getopt in use that the unknown one it
 * stopped at ("--fuzy") is likely a typo of, or NULL. */
static const char *
near_option(const struct options *o, char **argv, char *buf, size_t size)
{
	const struct option *longopts = o->longopts;
	const char *names[BEQ_NEAR_OPTIONS];
	size_t n = 0;
	long k;

	if (longopts == NULL || strncmp(argv[o->opt_at], "--", 2) != 0)
		return NULL;
	for (; longopts->name != NULL && n < BEQ_NEAR_OPTIONS; longopts++)
		names[n++] = longopts->name;
	k = near_name(culprit(o, argv, buf, size) + 2, names, n);
	return k < 0 ? NULL : names[k];
}

int
cli_global(struct options *o, int c, char **argv)
{
	const char *arg = optarg, *near;
	char opt[64];

	switch (c) {
	case OPT_JSON:
		o->json_cfg = o->opt_line != 0 && (!o->json || o->json_cfg);
		o->json = 1;
		return 0;
	case OPT_COLOR:
		/* "--color WHEN" as before, but only for a WHEN: a bare
		 * --color means always (as ls and git take it) and leaves the
		 * next word alone ("beq --color search lock") */
		if (arg == NULL && o->opt_line == 0 && argv[optind] != NULL &&
		    (strcmp(argv[optind], "auto") == 0 ||
		        strcmp(argv[optind], "always") == 0 ||
		        strcmp(argv[optind], "never") == 0))
			arg = argv[optind++];
		if (arg == NULL)
			arg = "always";
		if (strcmp(arg, "auto") == 0)
			o->color_mode = COLOR_AUTO;
		else if (strcmp(arg, "always") == 0)
			o->color_mode = COLOR_ALWAYS;
		else if (strcmp(arg, "never") == 0)
			o->color_mode = COLOR_NEVER;
		else
			return cli_usage_error(o,
			    "--color: '%s' is not auto, "
			    "always or never",
			    arg);
		return 0;
	case OPT_INDEX:
		if (arg[0] == '\0')
			return cli_usage_error(o,
			    "--index: the file name is empty (leave the "
			    "option out for the built-in index)");
		o->index_path = arg;
		return 0;
	case OPT_WIDTH: {
		unsigned long long n;

		if (cli_number(arg, BEQ_MAX_WIDTH, &n) == -1 ||
		    n < BEQ_MIN_WIDTH)
			return cli_usage_error(o,
			    "--width: '%s' is not a number from %d to %d", arg,
			    BEQ_MIN_WIDTH, BEQ_MAX_WIDTH);
		o->width_opt = (int)n;
		return 0;
	}
	case OPT_NO_PAGER: o->no_pager = 1; return 0;
	case OPT_NO_CONFIG: return 0; /* main read it before anything */
	case 'h':
		if (o->cmd != NULL)
			cli_help(o->cmd);
		else
			cli_help_all();
		return 1;
	case 'V':
		printf("beq %s (index format %d)\n", BEQ_VERSION,
		    BEQ_FORMAT_VERSION);
		return 1;
	case ':':
		return cli_usage_error(o, "option '%s' needs an argument",
		    culprit(o, argv, opt, sizeof opt));
	default:
		if (o->opt_novalue != 0)
			return cli_usage_error(o,
			    "option '-%c' takes no value (write one option "
			    "a line)",
			    o->opt_novalue);
		/* glibc names the option in optopt when it was given a
		 * value it does not take ("--json=1"), and leaves 0 for
		 * one it does not know */
		if (strncmp(argv[o->opt_at], "--", 2) == 0 &&
		    strchr(argv[o->opt_at], '=') != NULL && optopt != 0)
			return cli_usage_error(o, "option '%s' takes no value",
			    culprit(o, argv, opt, sizeof opt));
		if ((near = near_option(o, argv, opt, sizeof opt)) != NULL)
			return cli_usage_error(o,
			    "unknown option '%s'; did you mean '--%s'?",
			    culprit(o, argv, opt, sizeof opt), near);
		if (o->cmd == NULL)
			return cli_usage_error(o,
			    "unknown option '%s' (a command's own options go "
			    "after its name, as in 'beq search -i PATTERN')",
			    culprit(o, argv, opt, sizeof opt));
		return cli_usage_error(o, "unknown option '%s'",
		    culprit(o, argv, opt, sizeof opt));
	}
}

void
cli_list_add(const struct options *o, char **v, size_t *n, int *from_cli,
    char *arg, int empties)
{
	if (o->opt_line == 0 && !*from_cli) {
		*from_cli = 1;
		*n = 0;
	}
	if (empties && arg[0] == '\0')
		*n = 0;
	else
		v[(*n)++] = arg;
}

int
cli_number(const char *s, unsigned long long max, unsigned long long *v)
{
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*v = strtoull(s, &end, 10);
	if (errno != 0 || *end != '\0' || *v > max)
		return -1;
	return 0;
}

/* --width, else the terminal's width (which follows a resize, as less
 * takes it), else $COLUMNS, else 80; within [BEQ_MIN_WIDTH,
 * BEQ_MEASURE_MAX] unless --width asks for more. */
static int
resolve_width(const struct options *o, int tty, const struct winsize *ws)
{
	unsigned long long n;
	const char *cols = getenv("COLUMNS");

	if (o->width_opt > 0)
		return o->width_opt;
	if (tty && ws->ws_col > 0)
		n = ws->ws_col;
	else if (cols == NULL || cli_number(cols, 100000, &n) == -1)
		n = BEQ_DEFAULT_WIDTH;
	return cli_measure((int)(n > BEQ_MAX_WIDTH ? BEQ_MAX_WIDTH : n));
}

int
cli_measure(int cols)
{
	if (cols < BEQ_MIN_WIDTH)
		return BEQ_MIN_WIDTH;
	return cols > BEQ_MEASURE_MAX ? BEQ_MEASURE_MAX : cols;
}

/* NO_COLOR turns color off when it is set and not empty (no-color.org:
 * "when present and not an empty string"). */
static int
no_color(void)
{
	const char *v = getenv("NO_COLOR");

	return v != NULL && v[0] != '\0';
}

int
cli_open(struct options *o)
{
	char err[BEQ_ERR_MAX];
	const char *term = getenv("TERM");
	struct winsize ws;
	/* one ioctl says both whether stdout is a terminal and how wide */
	int tty = ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0;

	if (o->color_mode == COLOR_ALWAYS)
		o->color = 1;
	else if (o->color_mode == COLOR_NEVER || no_color() ||
	    (term != NULL && strcmp(term, "dumb") == 0))
		o->color = 0;
	else
		o->color = tty;
	o->width = resolve_width(o, tty, &ws);
	if (tty && !o->no_pager && ws.ws_row > 0 &&
	    (o->pager = pager_command(&o->pager_from)) != NULL) {
		o->paging = PAGING_UNDECIDED;
		o->rows = ws.ws_row;
		o->cols = ws.ws_col;
	}
	if (o->index_path == NULL) {
		const char *env = getenv("BEQ_INDEX");

		if (env != NULL && env[0] != '\0')
			o->index_path = env;
	}
	if (o->index_path != NULL) {
		if (index_open_file(&o->ix, o->index_path, err, sizeof err) ==
		    -1) {
			warnx("%s: %s", o->index_path, err);
			return 2;
		}
		return 0;
	}
	if (index_open_mem(&o->ix, beq_embedded_index, beq_embedded_index_size,
	        err, sizeof err) == -1) {
		warnx("built-in index: %s", err);
		return 2;
	}
	o->ix.embedded = 1;
	o->ix.path = "built-in";
	return 0;
}

int
cli_index_fault(struct options *o, int rc)
{
	char err[BEQ_ERR_MAX];

	if (index_fault(&o->ix, err, sizeof err) == 0)
		return rc;
	/* what is still held back is built on the corrupt entry */
	o->out.len = 0;
	warnx("%s: %s", o->ix.embedded ? "built-in index" : o->ix.path, err);
	return 2;
}

static int
equal_ci(struct slice s, const char *t)
{
	return strlen(t) == s.len && strncasecmp(s.p, t, s.len) == 0;
}

/* Returns the category whose slug or name cat is likely a typo of, or
 * UINT32_MAX. */
static uint32_t
near_category(const struct index *ix, const char *cat)
{
	struct index_category c;
	char *names[2];
	uint32_t i, best = UINT32_MAX;
	size_t d, dbest = (size_t)-1;
	int k;

	for (i = 0; i < ix->ncategories; i++) {
		index_category(ix, i, &c);
		names[0] = xstrndup(c.slug.p, c.slug.len);
		names[1] = xstrndup(c.name.p, c.name.len);
		for (k = 0; k < 2; k++) {
			if (near_name(cat, (const char *const *)&names[k], 1) ==
			    -1)
				continue;
			d = near_distance(cat, names[k]);
			if (d < dbest) {
				dbest = d;
				best = i;
			}
		}
		free(names[0]);
		free(names[1]);
	}
	return best;
}

int
cli_categories(const struct options *o, char *const *cats, size_t ncats,
    unsigned char **flags)
{
	const struct index *ix = &o->ix;
	struct index_category c;
	struct buf list = { 0 };
	uint32_t i, found, nfound, near;
	size_t k;

	*flags = NULL;
	if (ncats == 0)
		return 0;
	*flags = xcalloc(ix->ncategories + 1, 1);
	for (k = 0; k < ncats; k++) {
		size_t n = strlen(cats[k]);

		found = UINT32_MAX;
		for (i = 0; i < ix->ncategories && found == UINT32_MAX; i++) {
			index_category(ix, i, &c);
			if (equal_ci(c.slug, cats[k]) ||
			    equal_ci(c.name, cats[k]))
				found = i;
		}
		for (i = 0, nfound = 0;
		     found == UINT32_MAX && i < ix->ncategories; i++) {
			index_category(ix, i, &c);
			if (n > 0 && n <= c.slug.len &&
			    strncasecmp(c.slug.p, cats[k], n) == 0) {
				buf_printf(&list, "%s%.*s", nfound ? ", " : "",
				    (int)c.slug.len, c.slug.p);
				nfound++;
			}
		}
		if (found == UINT32_MAX && nfound == 1) {
			for (i = 0; i < ix->ncategories; i++) {
				index_category(ix, i, &c);
				if (n <= c.slug.len &&
				    strncasecmp(c.slug.p, cats[k], n) == 0)
					found = i;
			}
		}
		if (found == UINT32_MAX) {
			if (nfound > 1)
				warnx("%s: category '%s' is ambiguous: it "
				      "could be %s",
				    o->cmd->name, cats[k], buf_cstr(&list));
			else if ((near = near_category(ix, cats[k])) !=
			    UINT32_MAX) {
				index_category(ix, near, &c);
				warnx("%s: unknown category '%s'; did you mean "
				      "'%.*s'?",
				    o->cmd->name, cats[k], (int)c.slug.len,
				    c.slug.p);
			} else {
				list.len = 0;
				for (i = 0; i < ix->ncategories; i++) {
					index_category(ix, i, &c);
					buf_printf(&list, "%s%.*s",
					    i ? ", " : "", (int)c.slug.len,
					    c.slug.p);
				}
				warnx("%s: unknown category '%s' (valid: %s)",
				    o->cmd->name, cats[k], buf_cstr(&list));
			}
			buf_free(&list);
			free(*flags);
			*flags = NULL;
			return -1;
		}
		list.len = 0;
		(*flags)[found] = 1;
	}
	buf_free(&list);
	return 0;
}

int
cli_open_in(
    struct options *o, char *const *cats, size_t ncats, unsigned char **flags)
{
	int rc;

	*flags = NULL;
	if ((rc = cli_open(o)) != 0)
		return rc;
	return cli_categories(o, cats, ncats, flags) == -1 ? 2 : 0;
}

int
cli_no_operands(struct options *o, int argc, char **argv)
{
	if (optind < argc)
		return cli_usage_error(
		    o, "unexpected argument '%s'", argv[optind]);
	return 0;
}

void
cli_end_record(struct options *o, int null)
{
	if (null && o->out.len > 0 && o->out.data[o->out.len - 1] == '\n')
		o->out.data[o->out.len - 1] = '\0';
}

/* Starts the pager once the output so far takes the whole screen but a
 * row (for the prompt); until then keeps it. Returns 1 to hold it back. */
static int
hold(struct options *o, int last)
{
	char err[BEQ_ERR_MAX];
	int fd;

	if (o->paging != PAGING_UNDECIDED)
		return 0;
	if (pager_rows(o->out.data, o->out.len, o->cols) < (size_t)o->rows) {
		if (!last)
			return 1;
		o->paging = PAGING_OFF;
		return 0;
	}
	o->paging = PAGING_OFF;
	if (!pager_found(o->pager)) {
		/* what git does: say so, and write without one */
		warnx("pager '%s' (%s) not found: writing without a pager "
		      "(set BEQ_PAGER to one, or empty for none)",
		    o->pager,
		    strcmp(o->pager_from, "default") == 0 ? "the default" :
		                                            o->pager_from);
		return 0;
	}
	if ((fd = pager_start(o->pager, &o->pager_pid, err, sizeof err)) ==
	    -1) {
		warnx("pager: %s", err);
		return 0;
	}
	o->paging = PAGING_ON;
	o->out_fd = fd;
	return 0;
}

void
cli_flush(struct options *o)
{
	if (hold(o, 0))
		return;
	if (o->paging == PAGING_ON && !o->pager_copy_over) {
		if (o->pager_copy.len + o->out.len <= BEQ_PAGER_KEEP)
			buf_add(&o->pager_copy, o->out.data, o->out.len);
		else {
			o->pager_copy_over = 1;
			buf_free(&o->pager_copy);
		}
	}
	/* straight to the descriptor: stdio would fstat and ioctl it first,
	 * two system calls out of a run's twenty (make bench) */
	if (o->out.len > 0 && o->write_errno == 0 &&
	    write_all(o->out_fd, o->out.data, o->out.len) == -1)
		o->write_errno = errno;
	o->out.len = 0;
}

int
cli_finish(struct options *o)
{
	int rc = 0;

	hold(o, 1);
	cli_flush(o);
	if (o->paging == PAGING_ON) {
		int st;

		close(o->out_fd);
		o->out_fd = STDOUT_FILENO;
		st = pager_wait(o->pager_pid);
		o->paging = PAGING_OFF;
		if ((st == 126 || st == 127) && !o->pager_copy_over) {
			/* it read nothing: write what it was given */
			warnx("pager '%s' could not run (exit status %d): "
			      "writing without a pager (set BEQ_PAGER to one, "
			      "or empty for none)",
			    o->pager, st);
			o->write_errno = 0;
			if (write_all(STDOUT_FILENO, o->pager_copy.data,
			        o->pager_copy.len) == -1)
				o->write_errno = errno;
		} else if (st == 126 || st == 127) {
			warnx("pager '%s' could not run (exit status %d; "
			      "--no-pager goes without)",
			    o->pager, st);
			rc = 2;
		} else if (st != 0 && st < 128) {
			/* what it did not show is lost: say so (a pager
			 * killed by a signal was stopped on purpose) */
			warnx(
			    "pager '%s' failed (exit status %d)", o->pager, st);
			rc = 2;
		}
	}
	errno = 0;
	if ((fflush(stdout) != 0 || ferror(stdout)) && o->write_errno == 0)
		o->write_errno = errno ? errno : EIO;
	buf_free(&o->out);
	buf_free(&o->pager_copy);
	index_close(&o->ix);
	/* A reader that went away (with SIGPIPE ignored, else the signal
	 * ended us already) wanted no more: that is no error. */
	if (o->write_errno == EPIPE)
		return rc;
	if (o->write_errno != 0) {
		warnx("write error: %s", strerror(o->write_errno));
		return 2;
	}
	return rc;
}

int
cli_globals_only(struct options *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_GLOBAL_LONG,
		{ NULL, 0, NULL, 0 },
	};
	int c, rc;

	while (
	    (c = cli_getopt(o, argc, argv, CLI_GLOBAL_SHORT, longopts)) != -1)
		if ((rc = cli_global(o, c, argv)) != 0)
			return rc == 1 ? 0 : rc;
	return -1;
}
