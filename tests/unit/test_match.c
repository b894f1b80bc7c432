/* PCRE2 matcher tests: iteration over matches, limits, and the caseless
 * facts the index relies on. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "match.h"
#include "t.h"
#include "utf8.h"

struct spans {
	size_t v[64][2];
	size_t n;
};

static void
on(void *ctx, size_t a, size_t b)
{
	struct spans *s = ctx;

	if (s->n < 64) {
		s->v[s->n][0] = a;
		s->v[s->n++][1] = b;
	}
}

static long
scan(const char *re, int flags, const char *subj, struct spans *s, char *err)
{
	struct matcher *m;
	size_t off;
	long n;

	s->n = 0;
	if (matcher_new(&m, re, strlen(re), flags, &off, err, 256) == -1)
		return -2;
	n = matcher_scan(m, subj, strlen(subj), on, s, err, 256);
	matcher_free(m);
	return n;
}

void test_matcher_finds_every_match_with_byte_offsets(void);
void
test_matcher_finds_every_match_with_byte_offsets(void)
{
	struct spans s;
	char err[256];

	CHECK_INT(scan("lock", MATCH_CASELESS, "Lock, deadLOCK", &s, err), 2);
	CHECK(s.n == 2 && s.v[0][0] == 0 && s.v[0][1] == 4 && s.v[1][0] == 10 &&
	    s.v[1][1] == 14);
	/* empty matches count as matches but yield no spans */
	CHECK_INT(scan("x*", 0, "ab", &s, err), 3);
	CHECK_INT(s.n, 0);
	CHECK_INT(scan("b*", 0, "abb", &s, err), 3);
	CHECK(s.n == 1 && s.v[0][0] == 1 && s.v[0][1] == 3);
	/* multi-line: ^ and $ at line ends; . stops at newlines */
	CHECK_INT(scan("^b$", 0, "a\nb\nc", &s, err), 1);
	CHECK_INT(scan("a.b", 0, "a\nb", &s, err), 0);
	/* whole words, Unicode-aware */
	CHECK_INT(
	    scan("(?<!\\w)(?:lock)(?!\\w)", 0, "lock deadlock locks", &s, err),
	    1);
	CHECK_INT(scan("\xc3\xa9t\xc3\xa9", MATCH_CASELESS, "\xc3\x89T\xc3\x89",
	              &s, err),
	    1);
	/* offsets step over multi-byte characters after an empty match */
	CHECK_INT(scan("\\b", 0, "\xc3\xa9 x", &s, err), 4);
}

void test_matcher_reports_errors_and_limits(void);
void
test_matcher_reports_errors_and_limits(void)
{
	struct matcher *m;
	struct spans s;
	char err[256], subj[4096];
	size_t off = 0;

	CHECK(matcher_new(&m, "a(b", 3, 0, &off, err, sizeof err) == -1);
	CHECK_STR(err, "missing closing parenthesis");
	CHECK_INT(off, 3);
	memset(subj, 'a', sizeof subj - 2);
	subj[sizeof subj - 2] = '!';
	subj[sizeof subj - 1] = '\0';
	CHECK_INT(scan("(a+)+$", 0, subj, &s, err), -1);
	CHECK_STR(err, "pattern too complex");
	CHECK_INT(scan("(?:a|aa)*[bc]", 0, subj, &s, err), -1);
	CHECK_STR(err, "pattern too complex");
	CHECK_INT(scan("a", 0, "\xff", &s, err), -1);
}

void test_smart_case_sees_unicode_upper_case(void);
void
test_smart_case_sees_unicode_upper_case(void)
{
	CHECK(match_has_upper("\xc3\x89", 2)); /* É */
	CHECK(!match_has_upper("\xc3\xa9", 2)); /* é */
	CHECK(match_has_upper("\xc7\x85", 2)); /* ǅ, title case */
	CHECK(!match_has_upper("\xe6\x9d\xb1", 3));
}

/* All code points as UTF-8, surrogates left out. */
static char *
all_code_points(size_t *len)
{
	struct buf b = { 0 };
	uint32_t cp;
	char u[4];

	for (cp = 1; cp <= 0x10ffff; cp++)
		if (cp < 0xd800 || cp > 0xdfff)
			buf_add(&b, u, utf8_encode(cp, u));
	*len = b.len;
	return buf_take(&b);
}

struct seen {
	const char *base;
	uint32_t cps[16];
	size_t n;
};

static void
on_cp(void *ctx, size_t a, size_t b)
{
	struct seen *s = ctx;
	uint32_t cp;

	utf8_decode(s->base + a, b - a, &cp);
	if (s->n < 16)
		s->cps[s->n] = cp;
	s->n++;
}

/* The index maps U+212A and U+017F to 'k' and 's' (index.h): it must be
 * that no other code point matches an ASCII letter caselessly. */
void test_only_kelvin_and_long_s_match_ascii_letters_caselessly(void);
void
test_only_kelvin_and_long_s_match_ascii_letters_caselessly(void)
{
	size_t len, off, i;
	char *all = all_code_points(&len), err[256], re[2];
	int c;

	for (c = 'a'; c <= 'z'; c++) {
		struct matcher *m;
		struct seen s = { all, { 0 }, 0 };

		re[0] = (char)c;
		re[1] = '\0';
		if (matcher_new(&m, re, 1, MATCH_CASELESS | MATCH_TRUSTED, &off,
		        err, sizeof err) == -1)
			continue;
		matcher_jit(m);
		matcher_scan(m, all, len, on_cp, &s, err, sizeof err);
		matcher_free(m);
		for (i = 0; i < s.n && i < 16; i++)
			if (s.cps[i] != (uint32_t)c &&
			    s.cps[i] != (uint32_t)c - 32 &&
			    !(c == 'k' && s.cps[i] == 0x212a) &&
			    !(c == 's' && s.cps[i] == 0x17f))
				t_fail(__FILE__, __LINE__,
				    "'%c' matches U+%04X", c, s.cps[i]);
		CHECK_INT(s.n, c == 'k' || c == 's' ? 3 : 2);
	}
	free(all);
}

static void
count(void *ctx, size_t a, size_t b)
{
	*(size_t *)ctx += b > a;
}

/* The planner keeps the bytes of these ranges in caseless patterns
 * (query_parse.c caseless_safe): none of their characters may have
 * another case anywhere in Unicode. */
void test_caseless_safe_ranges_have_no_other_case(void);
void
test_caseless_safe_ranges_have_no_other_case(void)
{
	static const char re[] = "[\\x{2000}-\\x{206f}\\x{3000}-\\x{303f}"
	                         "\\x{4e00}-\\x{9fff}\\x{ac00}-\\x{d7a3}]";
	struct matcher *m;
	size_t len, off, n = 0;
	char *all = all_code_points(&len), err[256];

	CHECK(matcher_new(&m, re, strlen(re), MATCH_CASELESS | MATCH_TRUSTED,
	          &off, err, sizeof err) == 0);
	matcher_jit(m);
	matcher_scan(m, all, len, count, &n, err, sizeof err);
	matcher_free(m);
	CHECK_INT(n, 0x70 + 0x40 + 0x5200 + 0x2ba4);
	free(all);
}
