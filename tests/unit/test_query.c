/* Planner tables (pattern -> trigram query in codesearch notation) and
 * plan evaluation. */
#include <string.h>

#include "buf.h"
#include "query.h"
#include "t.h"

static const struct {
	const char *re;
	int caseless;
	const char *plan;
} cases[] = {
	{ "deadlock", 0, "\"dea\" \"ead\" \"adl\" \"dlo\" \"loc\" \"ock\"" },
	{ "Deadlock", 0, "\"dea\" \"ead\" \"adl\" \"dlo\" \"loc\" \"ock\"" },
	{ "abc", 0, "\"abc\"" },
	/* a pattern whose trigrams admit every record: the pairs of bytes
	 * that every match holds */
	{ "ab", 0, "\"ab\"" },
	{ "Qt", 0, "\"qt\"" },
	{ "ab|cd", 0, "(\"ab\"|\"cd\")" },
	{ "ab|cde", 0, "(\"ab\"|\"cde\")" },
	{ "ab\\d+cd", 0, "\"ab\" \"cd\"" },
	{ "ab[0-9]?", 0, "\"ab\"" },
	{ "", 0, "+" },
	{ "abc|def", 0, "(\"abc\"|\"def\")" },
	{ "abc|", 0, "+" },
	{ "ab|c", 0, "+" },
	{ "a\\d", 0, "+" },
	{ "a.c", 0, "+" },
	{ ".*", 0, "+" },
	{ "abc+", 0, "\"abc\"" },
	{ "abcd*", 0, "\"abc\"" },
	{ "(abc)+", 0, "\"abc\"" },
	{ "a[bc]d", 0, "(\"abd\"|\"acd\")" },
	{ "a[^bc]d", 0, "+" },
	{ "[a-z]bcd", 0, "\"bcd\"" },
	{ "[A-C]xy", 0, "(\"axy\"|\"bxy\"|\"cxy\")" },
	{ "x{2,3}yz", 0, "\"xyz\"" },
	{ "ab{0}c", 0, "\"ac\"" },
	{ "\\bcache\\b", 0, "\"cac\" \"ach\" \"che\"" },
	{ "^What", 0, "\"wha\" \"hat\"" },
	{ "(?i)ABC", 0, "\"abc\"" },
	{ "a(?=bcd)", 0, "+" },
	{ "(?<n>abc)", 0, "\"abc\"" },
	{ "(?#note)abc", 0, "\"abc\"" },
	{ "\\Qa.b\\E", 0, "\"a.b\"" },
	{ "\\x41BC", 0, "\"abc\"" },
	{ "\\x{41}\\x42\\N{U+43}", 0, "\"abc\"" },
	{ "abc\\1", 0, "\"abc\"" },
	{ "(a|b)(c|d)(e|f)", 0,
	    "(\"ace\"|\"acf\"|\"ade\"|\"adf\"|\"bce\"|"
	    "\"bcf\"|\"bde\"|\"bdf\")" },
	{ "colou?r", 0,
	    "((\"col\" \"olo\" \"lor\")|(\"col\" \"olo\" \"lou\" "
	    "\"our\"))" },
	{ "dead ?lock|livelock", 0,
	    "((\"dea\" \"ead\" \"ad \" \"d l\" "
	    "\" lo\" \"loc\" \"ock\")|(\"dea\" \"ead\" \"adl\" \"dlo\" \"loc\" "
	    "\"ock\")|(\"liv\" \"ive\" \"vel\" \"elo\" \"loc\" \"ock\"))" },
	/* comments, \Q and \E are nothing: a quantifier after them
	 * repeats the item before, and quoted characters one by one */
	{ "abc(?#x)?d", 0, "(\"abd\"|(\"abc\" \"bcd\"))" },
	{ "abc\\Q\\E?d", 0, "(\"abd\"|(\"abc\" \"bcd\"))" },
	{ "abc\\E?d", 0, "(\"abd\"|(\"abc\" \"bcd\"))" },
	{ "\\Qab\\E+cd", 0, "\"bcd\"" },
	{ "\\Qa.b|c)\\E", 0, "\"a.b\" \".b|\" \"b|c\" \"|c)\"" },
	/* syntax the planner does not read plans "all", never "none" */
	{ "(?x)abc", 0, "+" },
	{ "abc{,2}", 0, "+" },
	{ "(*UTF)abc", 0, "+" },
	{ "(?(1)abc|def)", 0, "+" },
	{ "(?R)abc", 0, "+" },
	/* (?<* is a non-atomic lookbehind, not a name up to '>' */
	{ "(?<*a)(?:x|b>yyy)", 0, "+" },
	{ "a(?R)bc", 0, "+" },
	{ "a(?1)bc", 0, "+" },
	{ "abc)", 0, "+" },
	{ "(abc", 0, "+" },
	/* bytes of non-ASCII literals: exact unless caseless */
	{ "r\xc3\xa9seau", 0,
	    "\"r\\xc3\\xa9\" \"\\xc3\\xa9s\" \"\\xa9se\" \"sea\" "
	    "\"eau\"" },
	{ "r\xc3\xa9seau", 1, "\"sea\" \"eau\"" },
	{ "\xe6\x9d\xb1\xe4\xba\xac", 1,
	    "\"\\xe6\\x9d\\xb1\" \"\\x9d\\xb1\\xe4\" \"\\xb1\\xe4\\xba\" "
	    "\"\\xe4\\xba\\xac\"" },
	{ "it(?:'|\xe2\x80\x98|\xe2\x80\x99)s", 0,
	    "((\"it'\" \"t's\")|(\"it\\xe2\" \"t\\xe2\\x80\" "
	    "\"\\xe2\\x80\\x98\" "
	    "\"\\x80\\x98s\")|(\"it\\xe2\" \"t\\xe2\\x80\" \"\\xe2\\x80\\x99\" "
	    "\"\\x80\\x99s\"))" },
};

void test_planner_table(void);
void
test_planner_table(void)
{
	struct buf b = { 0 };
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct plan p;

		b.len = 0;
		plan_build(
		    &p, cases[i].re, strlen(cases[i].re), cases[i].caseless);
		plan_format(&p, &b);
		if (strcmp(buf_cstr(&b), cases[i].plan) != 0)
			t_fail(__FILE__, __LINE__,
			    "plan of /%s/ is %s, want %s", cases[i].re,
			    buf_cstr(&b), cases[i].plan);
		plan_free(&p);
	}
	buf_free(&b);
}

void test_planner_survives_deep_nesting(void);
void
test_planner_survives_deep_nesting(void)
{
	static char re[20001];
	struct plan p;
	struct buf b = { 0 };

	memset(re, '(', 10000);
	memset(re + 10000, ')', 10000);
	plan_build(&p, re, 20000, 0);
	plan_format(&p, &b);
	CHECK_STR(buf_cstr(&b), "+");
	plan_free(&p);
	buf_free(&b);
}
