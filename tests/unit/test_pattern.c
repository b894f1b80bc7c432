/* Pattern preparation: quote folding, -F quoting, smart case. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "pattern.h"
#include "t.h"

#define LQ "\xe2\x80\x98"
#define RQ "\xe2\x80\x99"
#define LDQ "\xe2\x80\x9c"
#define RDQ "\xe2\x80\x9d"

static const struct {
	const char *pat;
	int fixed, word;
	const char *re;
	int upper;
} cases[] = {
	{ "deadlock", 0, 0, "deadlock", 0 },
	{ "Deadlock", 0, 0, "Deadlock", 1 },
	{ "it's", 0, 0, "it(?:'|" LQ "|" RQ ")s", 0 },
	{ "say \"hi\"", 0, 0,
	    "say (?:\"|" LDQ "|" RDQ ")hi(?:\"|" LDQ "|" RDQ ")", 0 },
	{ "[']", 0, 0, "['" LQ RQ "]", 0 },
	{ "['-z]bc", 0, 0, "['-z" LQ RQ "]bc", 0 },
	{ "(?<N>x)(?P>N)", 0, 0, "(?<N>x)(?P>N)", 0 },
	{ "[^\"]", 0, 0, "[^\"" LDQ RDQ "]", 0 },
	{ "\\'", 0, 0, "(?:'|" LQ "|" RQ ")", 0 },
	{ "\\Qa'b\\E", 0, 0, "\\Qa\\E(?:'|" LQ "|" RQ ")\\Qb\\E", 0 },
	{ "(?'name'x)\\k'name'", 0, 0, "(?'name'x)\\k'name'", 0 },
	{ "(?<Name>x)\\k<Name>", 0, 0, "(?<Name>x)\\k<Name>", 0 },
	{ "\\S+\\p{Lu}\\W\\x{41}\\N{U+42}", 0, 0,
	    "\\S+\\p{Lu}\\W\\x{41}\\N{U+42}", 0 },
	{ "\\bA", 0, 0, "\\bA", 1 },
	{ "[A-Z]", 0, 0, "[A-Z]", 1 },
	{ "[[:upper:]]", 0, 0, "[[:upper:]]", 0 },
	{ "(?i)x(*MARK:Q)", 0, 0, "(?i)x(*MARK:Q)", 0 },
	{ "(?#Comment)", 0, 0, "(?#Comment)", 0 },
	{ "\xc3\xa9t\xc3\xa9", 0, 0, "\xc3\xa9t\xc3\xa9", 0 },
	{ "\xc3\x89t\xc3\xa9", 0, 0, "\xc3\x89t\xc3\xa9", 1 },
	{ "a.b*(c)", 1, 0, "a\\.b\\*\\(c\\)", 0 },
	{ "don't [X]", 1, 0, "don(?:'|" LQ "|" RQ ")t \\[X\\]", 1 },
	{ "\\d", 1, 0, "\\\\d", 0 },
	{ "lock", 0, 1, "(?<!\\w)(?:lock)(?!\\w)", 0 },
	{ "O(1)", 1, 1, "(?<!\\w)(?:O\\(1\\))(?!\\w)", 1 },
	{ "(*UCP)(*LIMIT_MATCH=9)x", 0, 1,
	    "(*UCP)(*LIMIT_MATCH=9)(?<!\\w)(?:x)(?!\\w)", 0 },
	{ "(*FAIL)x", 0, 1, "(?<!\\w)(?:(*FAIL)x)(?!\\w)", 0 },
	{ "\\Qab", 0, 1, "(?<!\\w)(?:\\Qab\\E)(?!\\w)", 0 },
	{ "(?x)a # c", 0, 1, "(?<!\\w)(?:(?x)a # c\n)(?!\\w)", 0 },
};

void test_pattern_preparation_table(void);
void
test_pattern_preparation_table(void)
{
	struct buf b = { 0 };
	size_t i, *map;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int up = pattern_prepare(
		    cases[i].pat, cases[i].fixed, cases[i].word, &b, &map);

		if (strcmp(buf_cstr(&b), cases[i].re) != 0 ||
		    up != cases[i].upper)
			t_fail(__FILE__, __LINE__,
			    "/%s/%s gives /%s/ upper=%d, "
			    "want /%s/ upper=%d",
			    cases[i].pat, cases[i].fixed ? "F" : "",
			    buf_cstr(&b), up, cases[i].re, cases[i].upper);
		free(map);
	}
	buf_free(&b);
}

void test_pattern_map_points_into_the_original(void);
void
test_pattern_map_points_into_the_original(void)
{
	struct buf b = { 0 };
	size_t *map;

	pattern_prepare("a'(", 0, 0, &b, &map);
	/* "a(?:'|‘|’)(": the final '(' came from offset 2 */
	CHECK_INT(map[0], 0);
	CHECK_INT(map[1], 1);
	CHECK_INT(map[b.len - 1], 2);
	free(map);
	buf_free(&b);
}
