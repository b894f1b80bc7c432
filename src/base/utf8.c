/* UTF-8 helpers: validation, decoding, display width, HTML entities. */
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "wcwidth.h"

size_t
utf8_decode(const char *str, size_t n, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c = s[0], min;
	size_t len, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		len = 2, c &= 0x1f, min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3, c &= 0x0f, min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4, c &= 0x07, min = 0x10000;
	} else
		goto bad;
	if (len > n)
		goto bad;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			goto bad;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		goto bad;
	*cp = c;
	return len;
bad:
	*cp = 0xfffd;
	return 1;
}

int
utf8_valid(const char *s, size_t n, size_t *bad)
{
	const uint64_t high = 0x8080808080808080ull;
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		uint64_t w;
		size_t k;

		/* ASCII 8 bytes at a time: most of a corpus is */
		if (n - i >= 8) {
			memcpy(&w, s + i, 8);
			if ((w & high) == 0) {
				i += 8;
				continue;
			}
			/* up to the byte that is not, within these 8 */
			while ((unsigned char)s[i] < 0x80)
				i++;
		} else if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &cp);
		if (cp == 0xfffd && k == 1) {
			if (bad != NULL)
				*bad = i;
			return 0;
		}
		i += k;
	}
	return 1;
}

size_t
utf8_repair(char *out, const char *s, size_t n)
{
	size_t i = 0, w = 0, bad, k;

	while (i < n) {
		/* the valid run up to the next bad byte, at once */
		k = utf8_valid(s + i, n - i, &bad) ? n - i : bad;
		if (out != NULL && k > 0)
			memcpy(out + w, s + i, k);
		w += k;
		i += k;
		if (i < n) {
			if (out != NULL)
				memcpy(out + w, "\xef\xbf\xbd", 3);
			w += 3;
			i++;
		}
	}
	return w;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	} else if (cp < 0x800) {
		o[0] = (unsigned char)(0xc0 | cp >> 6);
		o[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	} else if (cp < 0x10000) {
		o[0] = (unsigned char)(0xe0 | cp >> 12);
		o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
		o[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	o[0] = (unsigned char)(0xf0 | cp >> 18);
	o[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
	o[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
	o[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

static const struct {
	const char *name;
	uint32_t cp;
} entities[] = {
	{ "amp", '&' },
	{ "lt", '<' },
	{ "gt", '>' },
	{ "quot", '"' },
	{ "apos", '\'' },
	{ "nbsp", 0xa0 },
	{ "copy", 0xa9 },
	{ "reg", 0xae },
	{ "mdash", 0x2014 },
	{ "ndash", 0x2013 },
	{ "hellip", 0x2026 },
	{ "lsquo", 0x2018 },
	{ "rsquo", 0x2019 },
	{ "ldquo", 0x201c },
	{ "rdquo", 0x201d },
	{ "times", 0xd7 },
	{ "rarr", 0x2192 },
	{ "larr", 0x2190 },
	{ "le", 0x2264 },
	{ "ge", 0x2265 },
	{ "ne", 0x2260 },
	{ "middot", 0xb7 },
	{ "bull", 0x2022 },
	{ "deg", 0xb0 },
};

int
utf8_entity(const char *s, size_t n, char *out)
{
	uint32_t cp = 0;
	size_t i;

	if (n < 3 || s[0] != '&' || s[n - 1] != ';')
		return 0;
	s++, n -= 2;
	if (s[0] == '#') {
		int hex = n > 1 && (s[1] == 'x' || s[1] == 'X');

		for (i = hex ? 2 : 1; i < n; i++) {
			int d = s[i] >= '0' && s[i] <= '9' ? s[i] - '0' :
			    hex && s[i] >= 'a' && s[i] <= 'f' ?
			                                     s[i] - 'a' + 10 :
			    hex && s[i] >= 'A' && s[i] <= 'F' ?
			                                     s[i] - 'A' + 10 :
			                                     -1;

			if (d < 0 || cp > 0x10ffff)
				return 0;
			cp = cp * (hex ? 16 : 10) + (uint32_t)d;
		}
		if (i == (hex ? 2u : 1u) || cp == 0 || cp > 0x10ffff ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			cp = 0xfffd;
		return (int)utf8_encode(cp, out);
	}
	for (i = 0; i < sizeof entities / sizeof entities[0]; i++)
		if (strlen(entities[i].name) == n &&
		    memcmp(entities[i].name, s, n) == 0)
			return (int)utf8_encode(entities[i].cp, out);
	return 0;
}

static int
in_ranges(const struct wc_range *r, size_t n, uint32_t cp)
{
	size_t lo = 0, hi = n;

	if (n == 0 || cp < r[0].lo || cp > r[n - 1].hi)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp > r[mid].hi)
			lo = mid + 1;
		else if (cp < r[mid].lo)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

int
utf8_width(uint32_t cp)
{
	if (cp < 0x300)
		return cp == 0xad || (cp >= 0x20 && cp < 0x7f) || cp >= 0xa0;
	if (in_ranges(wc_zero, sizeof wc_zero / sizeof wc_zero[0], cp))
		return 0;
	if (in_ranges(wc_wide, sizeof wc_wide / sizeof wc_wide[0], cp))
		return 2;
	return 1;
}
