/* UTF-8 validation: the word-at-a-time scan against a byte-at-a-time
 * model. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "utf8.h"
#include "util.h"

/* The model: every byte looked at in turn. */
static int
valid_model(const char *s, size_t n, size_t *bad)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		size_t k = utf8_decode(s + i, n - i, &cp);

		if (cp == 0xfffd && k == 1) {
			*bad = i;
			return 0;
		}
		i += k;
	}
	return 1;
}

/* Checks utf8_valid against the model on s[0..n) at every offset from
 * an aligned buffer (the scan reads 8 bytes at a time), the text ending
 * where its allocation does (so that a read past it shows under the
 * sanitizers and valgrind). */
static int
agrees(const char *s, size_t n)
{
	size_t off, bad = 0, bad_model = 0;
	char *buf;
	int v, m;

	for (off = 0; off < 8; off++) {
		buf = xmalloc(off + n > 0 ? off + n : 1);
		memcpy(buf + off, s, n);
		bad = bad_model = (size_t)-1;
		v = utf8_valid(buf + off, n, &bad);
		m = valid_model(buf + off, n, &bad_model);
		free(buf);
		if (v != m || (!m && bad != bad_model)) {
			t_fail(__FILE__, __LINE__,
			    "%zu bytes at offset %zu: valid %d at %zu, want "
			    "%d at %zu",
			    n, off, v, bad, m, bad_model);
			return 0;
		}
	}
	return 1;
}

void test_utf8_valid_edge_cases(void);
void
test_utf8_valid_edge_cases(void)
{
	static const char *cases[] = { "", "a", "abcdefg", "abcdefgh",
		"abcdefghi", "abcdefghijklmnopq", "\x80", "abcdefgh\x80",
		"abcdefg\x80", "abcdefghijklmno\xc3", "abcdefg\xc3\xa9",
		"abcdefgh\xc3\xa9ijklmnop", "\xe2\x82\xac\xe2\x82\xac\xe2\x82",
		"\xef\xbf\xbd" /* U+FFFD itself is valid */, "\xc0\xaf",
		"\xed\xa0\x80" /* a surrogate */, "\xf4\x90\x80\x80",
		"\xf0\x9f\x98\x80", "abcdefgh\xf0\x9f\x98", "\xff" };
	size_t i, bad = 0;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK(agrees(cases[i], strlen(cases[i])));
	CHECK(utf8_valid("abcdefghijkl\xc3(", 14, &bad) == 0);
	CHECK_INT(bad, 12);
	CHECK(utf8_valid("abcdefghijkl\xc3\xa9", 14, NULL) == 1);
	/* a NUL is ASCII, and n, not the NUL, ends the text */
	CHECK(utf8_valid("abc\0defghij\x80", 12, &bad) == 0);
	CHECK_INT(bad, 11);
}

void test_utf8_valid_matches_a_byte_at_a_time_model(void);
void
test_utf8_valid_matches_a_byte_at_a_time_model(void)
{
	static const char *pieces[] = { "a", "abcdefgh", " ", "\n", "\xc3\xa9",
		"\xe2\x82\xac", "\xf0\x9f\x98\x80", "\x80", "\xc3", "\xe2\x82",
		"\xed\xa0\x80", "\xff", "\xc1\xbf", "\0" };
	unsigned long long s = 7;
	char buf[256];
	size_t i, n, len, k;

	for (i = 0; i < 20000; i++) {
		/* mostly ASCII, sometimes one bad or multibyte piece */
		len = t_rand(&s) % 64;
		for (n = 0; n < len;) {
			const char *p =
			    pieces[t_rand(&s) % 100 < 90 ? t_rand(&s) % 4 :
			                                   4 + t_rand(&s) % 10];

			k = p[0] == '\0' ? 1 : strlen(p);
			if (n + k > sizeof buf)
				break;
			memcpy(buf + n, p, k);
			n += k;
		}
		if (!agrees(buf, n))
			break;
	}
	/* random bytes */
	for (i = 0; i < 20000; i++) {
		n = t_rand(&s) % 40;
		for (k = 0; k < n; k++)
			buf[k] = (char)(t_rand(&s) % 4 == 0 ? t_rand(&s) % 256 :
			                                      t_rand(&s) % 128);
		if (!agrees(buf, n))
			break;
	}
}

void test_utf8_repair_replaces_each_bad_byte(void);
void
test_utf8_repair_replaces_each_bad_byte(void)
{
	static const char in[] = "a\xff"
	                         "b\xe2\x82 \xc3\xa9\xed\xa0\x80";
	static const char want[] = "a\xef\xbf\xbd"
	                           "b\xef\xbf\xbd\xef\xbf\xbd \xc3\xa9"
	                           "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd";
	char out[64];
	size_t n;

	n = utf8_repair(NULL, in, sizeof in - 1);
	CHECK_INT(n, sizeof want - 1);
	CHECK_INT(utf8_repair(out, in, sizeof in - 1), n);
	CHECK(memcmp(out, want, n) == 0);
	CHECK(utf8_valid(out, n, NULL));
	/* valid text is copied as it is */
	CHECK_INT(utf8_repair(out, "caf\xc3\xa9", 5), 5);
	CHECK(memcmp(out, "caf\xc3\xa9", 5) == 0);
	CHECK_INT(utf8_repair(NULL, "", 0), 0);
}
