/* The configuration file: defaults for options, one per line. */
#ifndef BEQ_CONF_H
#define BEQ_CONF_H

#include <stddef.h>

/* A config file larger than this is refused: it is a list of options. */
#define CONF_MAX_BYTES (64u * 1024)

/* One option: for every command (cmd NULL) or for the command cmd. */
struct conf_arg {
	char *cmd;
	char *arg; /* as one command-line argument: "--sort=id", "-m5" */
	unsigned line;
	int joined; /* "-m 5" made "-m5": the 5 must be the option's value */
};

struct conf {
	char *path; /* the file read, NULL when none */
	struct conf_arg *args;
	size_t n;
};

/* Reads the file at path into c. A file that does not exist leaves c
 * empty and returns 0 unless must_exist. Returns -1 with err set (as
 * "LINE: message" for a bad line) on a read error or a bad line. The
 * syntax, for each line:
 *   blank, or "#" first: ignored;
 *   OPTION[=VALUE] or OPTION VALUE: an option for every command;
 *   COMMAND OPTION...: an option for COMMAND alone (a name of letters). */
int conf_load(struct conf *c, const char *path, int must_exist, char *err,
    size_t errsize);

/* Parses the config text data[0..n) (need not be NUL-terminated) into c
 * as conf_load does, c->path left NULL: text of at most CONF_MAX_BYTES,
 * valid UTF-8 without NUL bytes, lines as above. Returns 0, or -1 with
 * err set and c empty. */
int conf_parse(
    struct conf *c, const char *data, size_t n, char *err, size_t errsize);

void conf_free(struct conf *c);

#endif
