/* What the terminal side rests on: display widths, the config file's
 * syntax, and the rows output takes on a screen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conf.h"
#include "pager.h"
#include "t.h"
#include "utf8.h"

void test_display_widths_follow_unicode(void);
void
test_display_widths_follow_unicode(void)
{
	CHECK_INT(utf8_width('a'), 1);
	CHECK_INT(utf8_width(0x07), 0); /* a control */
	CHECK_INT(utf8_width(0xe9), 1); /* é */
	CHECK_INT(utf8_width(0xad), 1); /* the soft hyphen terminals show */
	CHECK_INT(utf8_width(0x301), 0); /* combining acute */
	CHECK_INT(utf8_width(0x200b), 0); /* zero-width space */
	CHECK_INT(utf8_width(0x200d), 0); /* zero-width joiner */
	CHECK_INT(utf8_width(0x200f), 0); /* right-to-left mark */
	CHECK_INT(utf8_width(0xfeff), 0); /* BOM */
	CHECK_INT(utf8_width(0xfe0f), 0); /* variation selector 16 */
	CHECK_INT(utf8_width(0x1160), 0); /* Hangul medial vowel */
	CHECK_INT(utf8_width(0x4e2d), 2); /* 中 */
	CHECK_INT(utf8_width(0xac00), 2); /* 가 */
	CHECK_INT(utf8_width(0x3042), 2); /* あ */
	CHECK_INT(utf8_width(0xff21), 2); /* fullwidth A */
	CHECK_INT(utf8_width(0xff61), 1); /* halfwidth ideographic stop */
	CHECK_INT(utf8_width(0x1f600), 2); /* 😀 */
	CHECK_INT(utf8_width(0x20000), 2); /* CJK extension B */
	CHECK_INT(utf8_width(0x2fffd), 2); /* unassigned, plane 2 */
	CHECK_INT(utf8_width(0x05d0), 1); /* Hebrew alef */
	CHECK_INT(utf8_width(0x0627), 1); /* Arabic alef */
	CHECK_INT(utf8_width(0x10ffff), 1); /* unassigned */
	CHECK_INT(utf8_width(0x50000), 1); /* unassigned */
	CHECK_INT(utf8_width(0x0378), 1); /* unassigned */
	CHECK_INT(utf8_width(0x9ffe), 2); /* unassigned, an ideograph block */
	CHECK_INT(utf8_width(0x6b7b), 2); /* 死 */
	CHECK_INT(utf8_width(0x9501), 2); /* 锁 */
	CHECK_INT(utf8_width(0xfffd), 1); /* what an invalid byte shows as */
}

/* Loads text as a config file; returns conf_load's result. */
static int
load(const char *text, struct conf *c, char *err, size_t errsize)
{
	char path[] = "/tmp/beq-unit-conf.XXXXXX";
	int fd = mkstemp(path), rc;
	size_t n = strlen(text);

	if (fd == -1 || write(fd, text, n) != (ssize_t)n) {
		t_fail(__FILE__, __LINE__, "cannot write %s", path);
		return -2;
	}
	close(fd);
	rc = conf_load(c, path, 1, err, errsize);
	unlink(path);
	return rc;
}

void test_config_lines_become_arguments(void);
void
test_config_lines_become_arguments(void)
{
	struct conf c;
	char err[256];

	CHECK_INT(load("# comment\n\n  --color=always  \r\n"
	               "--width 100\n"
	               "search --sort id\n"
	               "search -m 5\n"
	               "search\t-is\n"
	               "   # indented comment\n"
	               "--index /my notes/x.idx\n"
	               "list -0",
	              &c, err, sizeof err),
	    0);
	CHECK_INT(c.n, 7);
	if (c.n == 7) {
		CHECK(c.args[0].cmd == NULL);
		CHECK_STR(c.args[0].arg, "--color=always");
		CHECK_INT(c.args[0].line, 3);
		CHECK_STR(c.args[1].arg, "--width=100");
		CHECK_STR(c.args[2].cmd, "search");
		CHECK_STR(c.args[2].arg, "--sort=id");
		CHECK_INT(c.args[2].line, 5);
		CHECK_STR(c.args[3].arg, "-m5");
		CHECK_STR(c.args[4].arg, "-is");
		CHECK_STR(c.args[5].arg, "--index=/my notes/x.idx");
		CHECK_INT(c.args[5].line, 9);
		CHECK_STR(c.args[6].cmd, "list");
		CHECK_STR(c.args[6].arg, "-0");
	}
	conf_free(&c);
	CHECK_INT(load("", &c, err, sizeof err), 0);
	CHECK_INT(c.n, 0);
	CHECK(c.path != NULL);
	conf_free(&c);
	CHECK_INT(
	    conf_load(&c, "/nonexistent/beq/config", 0, err, sizeof err), 0);
	CHECK(c.path == NULL && c.n == 0);
}

void test_config_parses_a_buffer(void);
void
test_config_parses_a_buffer(void)
{
	static const char text[] = "--json\nsearch -m 5\n--x";
	struct conf c;
	char err[256];

	/* not NUL-terminated: the last line ends at the buffer's end */
	CHECK_INT(conf_parse(&c, text, sizeof text - 2, err, sizeof err), -1);
	CHECK_STR(err, "3: '--' is not an option");
	CHECK(c.n == 0 && c.args == NULL && c.path == NULL);
	CHECK_INT(conf_parse(&c, text, sizeof text - 1, err, sizeof err), 0);
	CHECK_INT(c.n, 3);
	CHECK(c.path == NULL);
	if (c.n == 3) {
		CHECK_STR(c.args[1].cmd, "search");
		CHECK_STR(c.args[1].arg, "-m5");
		CHECK_STR(c.args[2].arg, "--x");
		CHECK_INT(c.args[2].line, 3);
	}
	conf_free(&c);
	CHECK_INT(conf_parse(&c, NULL, 0, err, sizeof err), 0);
	CHECK_INT(c.n, 0);
	conf_free(&c);
}

void test_config_errors_name_the_line(void);
void
test_config_errors_name_the_line(void)
{
	static const struct {
		const char *text, *err;
	} bad[] = {
		{ "--json\ncolor=always\n",
		    "2: 'color=always' is neither an option nor a command and "
		    "an option" },
		{ "search\n",
		    "1: 'search' is neither an option nor a "
		    "command and an option" },
		{ "search deadlock\n", "1: 'deadlock' is not an option" },
		{ "--\n", "1: '--' is not an option" },
		{ "-\n", "1: '-' is not an option" },
		{ "--sort=id score\n",
		    "1: '--sort=id score': an option with '=' takes no more" },
		{ "-is x\n", "1: '-is x': write one option a line" },
		{ "--json\n\n\nsearch2 -i\n",
		    "4: 'search2 -i' is neither an option nor a command and an "
		    "option" },
		{ "--a\0b\n", NULL },
	};
	struct conf c;
	char err[256];
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (bad[i].err == NULL)
			continue;
		err[0] = '\0';
		CHECK_INT(load(bad[i].text, &c, err, sizeof err), -1);
		CHECK_STR(err, bad[i].err);
		CHECK(c.n == 0 && c.args == NULL && c.path == NULL);
	}
	CHECK_INT(load("--json\n\xff\n", &c, err, sizeof err), -1);
	CHECK_STR(err, "not a text file (NUL byte or invalid UTF-8)");
	CHECK_INT(
	    conf_load(&c, "/nonexistent/beq/config", 1, err, sizeof err), -1);
	CHECK_STR(err, "No such file or directory");
	{
		char *big = malloc(CONF_MAX_BYTES + 2);

		memset(big, '#', CONF_MAX_BYTES + 1);
		big[CONF_MAX_BYTES + 1] = '\0';
		CHECK_INT(load(big, &c, err, sizeof err), -1);
		CHECK_STR(err, "larger than 64 KiB: not a config file");
		free(big);
	}
}

void test_pager_counts_screen_rows(void);
void
test_pager_counts_screen_rows(void)
{
	char line[200];

	CHECK_INT(pager_rows("", 0, 80), 0);
	CHECK_INT(pager_rows("a\nb\n", 4, 80), 2);
	CHECK_INT(pager_rows("a\nb", 3, 80), 2); /* no final newline */
	CHECK_INT(pager_rows("\n\n\n", 3, 80), 3); /* blank lines */
	memset(line, 'x', 160);
	line[160] = '\n';
	CHECK_INT(pager_rows(line, 161, 80), 2); /* exactly two rows */
	CHECK_INT(pager_rows(line, 161, 79), 3);
	/* color codes take no room: 80 letters in color are one row */
	{
		char col[200] = "\033[1;31m";

		memset(col + 7, 'y', 80);
		strcpy(col + 87, "\033[0m\n");
		CHECK_INT(pager_rows(col, strlen(col), 80), 1);
	}
	/* 41 wide characters are 82 columns: two rows of 80 */
	{
		char wide[200];
		int i;

		for (i = 0; i < 41; i++)
			memcpy(wide + 3 * i, "\xe4\xb8\xad", 3);
		wide[123] = '\n';
		CHECK_INT(pager_rows(wide, 124, 80), 2);
		CHECK_INT(pager_rows(wide, 124, 82), 1);
	}
	/* tabs stop every eight columns: "1\tDatabases\t" is 24 columns */
	CHECK_INT(pager_rows("1\tDatabases\tQ\n", 14, 24), 2);
	CHECK_INT(pager_rows("1\tDatabases\tQ\n", 14, 25), 1);
}
