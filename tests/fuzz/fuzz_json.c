/* Fuzz harness: json_string's output must be one strict JSON string
 * (RFC 8259) and decode to the input, with each byte that does not start
 * valid UTF-8 read as U+FFFD (json.h); U+2028 and U+2029 must be escaped.
 * The decoder and the UTF-8 check here are the harness's own, so that
 * utf8_valid and utf8_decode are checked against them too. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fuzz.h"
#include "json.h"
#include "utf8.h"

/* Length of the valid UTF-8 character at s (RFC 3629: shortest form, no
 * surrogates, at most U+10FFFF), or 0 when s[0] does not start one. */
static size_t
utf8_char(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t len, i;
	uint32_t c, min;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, c = s[0] & 0x1f, min = 0x80;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, c = s[0] & 0x0f, min = 0x800;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, c = s[0] & 0x07, min = 0x10000;
	else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

static void
put_utf8(struct buf *b, uint32_t c)
{
	unsigned char o[4];
	size_t n;

	if (c < 0x80)
		o[0] = (unsigned char)c, n = 1;
	else if (c < 0x800)
		o[0] = (unsigned char)(0xc0 | c >> 6),
		o[1] = (unsigned char)(0x80 | (c & 0x3f)), n = 2;
	else if (c < 0x10000)
		o[0] = (unsigned char)(0xe0 | c >> 12),
		o[1] = (unsigned char)(0x80 | (c >> 6 & 0x3f)),
		o[2] = (unsigned char)(0x80 | (c & 0x3f)), n = 3;
	else
		o[0] = (unsigned char)(0xf0 | c >> 18),
		o[1] = (unsigned char)(0x80 | (c >> 12 & 0x3f)),
		o[2] = (unsigned char)(0x80 | (c >> 6 & 0x3f)),
		o[3] = (unsigned char)(0x80 | (c & 0x3f)), n = 4;
	buf_add(b, o, n);
}

static int
hex4(const unsigned char *p, const unsigned char *end, uint32_t *v)
{
	int i;

	*v = 0;
	if (end - p < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		int c = p[i];

		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			*v |= (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			*v |= (uint32_t)(c - 'A' + 10);
		else
			return -1;
	}
	return 0;
}

/* Decodes the JSON text j[0..n), which must be exactly one string and
 * nothing else, into out. Returns 0, or -1 when it is not strict JSON. */
static int
json_decode(const char *j, size_t n, struct buf *out)
{
	const unsigned char *p = (const unsigned char *)j, *end = p + n;
	uint32_t cp, lo;
	size_t k;

	if (n < 2 || *p++ != '"')
		return -1;
	while (p < end && *p != '"') {
		if (*p < 0x20)
			return -1;
		if (*p != '\\') {
			if ((k = utf8_char(p, (size_t)(end - p), &cp)) == 0)
				return -1;
			buf_add(out, p, k);
			p += k;
			continue;
		}
		if (++p == end)
			return -1;
		switch (*p++) {
		case '"': buf_addc(out, '"'); break;
		case '\\': buf_addc(out, '\\'); break;
		case '/': buf_addc(out, '/'); break;
		case 'b': buf_addc(out, '\b'); break;
		case 'f': buf_addc(out, '\f'); break;
		case 'n': buf_addc(out, '\n'); break;
		case 'r': buf_addc(out, '\r'); break;
		case 't': buf_addc(out, '\t'); break;
		case 'u':
			if (hex4(p, end, &cp) == -1)
				return -1;
			p += 4;
			if (cp >= 0xdc00 && cp <= 0xdfff)
				return -1; /* lone low surrogate */
			if (cp >= 0xd800 && cp <= 0xdbff) {
				if (end - p < 6 || p[0] != '\\' ||
				    p[1] != 'u' ||
				    hex4(p + 2, end, &lo) == -1 ||
				    lo < 0xdc00 || lo > 0xdfff)
					return -1;
				p += 6;
				cp = 0x10000 + ((cp - 0xd800) << 10) +
				    (lo - 0xdc00);
			}
			put_utf8(out, cp);
			break;
		default: return -1;
		}
	}
	if (p == end || p + 1 != end) /* no closing quote, or trailing */
		return -1;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct buf out = { 0 }, dec = { 0 }, want = { 0 };
	size_t i, k, bad = 0;
	uint32_t cp, cp2;
	int valid = 1;

	/* The oracle: the input with each byte that does not start a valid
	 * character replaced by U+FFFD; and utf8_decode must agree. */
	for (i = 0; i < size; i += k) {
		size_t lk = utf8_decode(s + i, size - i, &cp2);

		k = utf8_char(data + i, size - i, &cp);
		if (k == 0) {
			if (valid)
				bad = i;
			valid = 0;
			k = 1;
			buf_add(&want, "\xef\xbf\xbd", 3);
			FUZZ_CHECK(lk == 1 && cp2 == 0xfffd);
		} else {
			buf_add(&want, s + i, k);
			FUZZ_CHECK(lk == k && cp2 == cp);
		}
	}
	/* utf8_valid agrees, and points at the first bad byte */
	{
		size_t b2 = (size_t)-1;
		int v = utf8_valid(s, size, &b2);

		FUZZ_CHECK(v == valid);
		FUZZ_CHECK(valid || b2 == bad);
	}

	json_string(&out, s, size);
	FUZZ_CHECK(json_decode(out.data, out.len, &dec) == 0);
	FUZZ_CHECK(dec.len == want.len &&
	    (want.len == 0 || memcmp(dec.data, want.data, want.len) == 0));
	if (valid)
		FUZZ_CHECK(dec.len == size &&
		    (size == 0 || memcmp(dec.data, s, size) == 0));
	/* U+2028 and U+2029 never appear raw (JavaScript line ends) */
	for (i = 0; i + 2 < out.len; i++)
		FUZZ_CHECK(!((unsigned char)out.data[i] == 0xe2 &&
		    (unsigned char)out.data[i + 1] == 0x80 &&
		    ((unsigned char)out.data[i + 2] == 0xa8 ||
		        (unsigned char)out.data[i + 2] == 0xa9)));

	buf_free(&out);
	buf_free(&dec);
	buf_free(&want);
	return 0;
}
