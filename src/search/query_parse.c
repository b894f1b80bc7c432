/* The planner's reader of PCRE2 syntax: builds the facts of query.c from a
 * pattern. What it does not know sets bail, and the plan becomes "all". */
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "query.h"
#include "query_impl.h"
#include "utf8.h"

/* PCRE2 itself stops at 250 nested parentheses. */
#define MAX_DEPTH 250

struct parser {
	struct arena **ar;
	const char *s, *end;
	int caseless;
	int depth;
	int bail;
	int quoting; /* inside \Q...\E */
};

static struct info parse_alt(struct parser *p);

static struct info
bail(struct parser *p)
{
	p->bail = 1;
	p->s = p->end;
	return qi_any_string(p->ar, 1);
}

/* Characters with no case: PCRE2 never matches them to another one, so a
 * caseless pattern can still require their exact bytes. */
static int
caseless_safe(uint32_t cp)
{
	return (cp >= 0x2000 && cp <= 0x206f) ||
	    (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0x4e00 && cp <= 0x9fff) ||
	    (cp >= 0xac00 && cp <= 0xd7a3);
}

/* Appends the lower-cased encoding of cp to s; returns 0 when caseless
 * matching makes cp's bytes unknowable. */
static int
encode(const struct parser *p, uint32_t cp, char *out, size_t *n)
{
	if (cp < 0x80) {
		out[0] = (char)tolower((int)cp);
		*n = 1;
		return 1;
	}
	if (p->caseless && !caseless_safe(cp))
		return 0;
	*n = utf8_encode(cp, out);
	return 1;
}

static struct info
literal(struct parser *p, uint32_t cp)
{
	char buf[4], *copy;
	size_t n;

	if (!encode(p, cp, buf, &n))
		return qi_any_string(p->ar, 0);
	copy = qi_alloc(p->ar, n);
	memcpy(copy, buf, n);
	return qi_exact_set(qi_set_one(p->ar, copy, n));
}

static int
hexval(int c)
{
	return c >= '0' && c <= '9' ? c - '0' :
	    c >= 'a' && c <= 'f'    ? c - 'a' + 10 :
	    c >= 'A' && c <= 'F'    ? c - 'A' + 10 :
	                              -1;
}

/* Reads digits in base up to max of them, or inside {...} when braced. */
static int
number(struct parser *p, int base, int max, int braced, uint32_t *cp)
{
	uint32_t v = 0;
	int k = 0, d;

	if (braced) {
		if (p->s >= p->end || *p->s != '{')
			return -1;
		p->s++;
		max = 8;
	}
	while (
	    p->s < p->end && k < max && (d = hexval(*p->s)) >= 0 && d < base) {
		v = v * (uint32_t)base + (uint32_t)d;
		p->s++, k++;
	}
	if (braced) {
		if (p->s >= p->end || *p->s != '}' || k == 0)
			return -1;
		p->s++;
	}
	if (v > 0x10ffff)
		return -1;
	*cp = v;
	return 0;
}

/* Skips a delimited name after \g, \k or (?P= (<...>, '...', {...}). */
static int
skip_name(struct parser *p)
{
	char close;

	if (p->s >= p->end)
		return -1;
	close = *p->s == '<' ? '>' :
	    *p->s == '\''    ? '\'' :
	    *p->s == '{'     ? '}' :
	                       0;
	if (close == 0)
		return -1;
	for (p->s++; p->s < p->end && *p->s != close; p->s++)
		;
	if (p->s >= p->end)
		return -1;
	p->s++;
	return 0;
}

enum { ESC_CHAR, ESC_ANYCHAR, ESC_ANY, ESC_EMPTY, ESC_QUOTE, ESC_BAD };

/* Reads the escape after a backslash. In a class, \b is a backspace and
 * assertions are errors. */
static int
escape(struct parser *p, int in_class, uint32_t *cp)
{
	int c;

	if (p->s >= p->end)
		return ESC_BAD;
	c = (unsigned char)*p->s++;
	switch (c) {
	case 'Q': return in_class ? ESC_BAD : ESC_QUOTE;
	case 'E': return in_class ? ESC_BAD : ESC_EMPTY;
	case 'b':
		if (in_class) {
			*cp = 8;
			return ESC_CHAR;
		}
		return ESC_EMPTY;
	case 'B':
	case 'A':
	case 'Z':
	case 'z':
	case 'G':
	case 'K': return in_class ? ESC_BAD : ESC_EMPTY;
	case 'd':
	case 'D':
	case 'w':
	case 'W':
	case 's':
	case 'S':
	case 'h':
	case 'H':
	case 'v':
	case 'V':
	case 'C': return ESC_ANYCHAR;
	case 'R':
	case 'X': return in_class ? ESC_BAD : ESC_ANY;
	case 'N':
		if (p->s < p->end && *p->s == '{') {
			if (p->end - p->s < 4 || p->s[1] != 'U' ||
			    p->s[2] != '+')
				return ESC_BAD;
			p->s += 3;
			if (number(p, 16, 8, 0, cp) || p->s >= p->end ||
			    *p->s != '}')
				return ESC_BAD;
			p->s++;
			return ESC_CHAR;
		}
		return in_class ? ESC_BAD : ESC_ANYCHAR;
	case 'p':
	case 'P':
		if (p->s < p->end && *p->s == '{') {
			while (p->s < p->end && *p->s != '}')
				p->s++;
			if (p->s >= p->end)
				return ESC_BAD;
		}
		if (p->s >= p->end)
			return ESC_BAD;
		p->s++;
		return ESC_ANYCHAR;
	case 'x':
		if (p->s < p->end && *p->s == '{')
			return number(p, 16, 0, 1, cp) ? ESC_BAD : ESC_CHAR;
		return number(p, 16, 2, 0, cp) ? ESC_BAD : ESC_CHAR;
	case 'o': return number(p, 8, 0, 1, cp) ? ESC_BAD : ESC_CHAR;
	case '0': return number(p, 8, 2, 0, cp) ? ESC_BAD : ESC_CHAR;
	case 'g':
		if (in_class)
			return ESC_BAD;
		if (p->s < p->end && (*p->s == '-' || *p->s == '+'))
			p->s++;
		if (p->s < p->end && isdigit((unsigned char)*p->s)) {
			while (p->s < p->end && isdigit((unsigned char)*p->s))
				p->s++;
			return ESC_ANY;
		}
		return skip_name(p) ? ESC_BAD : ESC_ANY;
	case 'k': return in_class || skip_name(p) ? ESC_BAD : ESC_ANY;
	case 'c':
		if (p->s >= p->end || (unsigned char)*p->s >= 0x80)
			return ESC_BAD;
		*cp = (uint32_t)toupper((unsigned char)*p->s++) ^ 0x40;
		return ESC_CHAR;
	case 'a': *cp = 7; return ESC_CHAR;
	case 'e': *cp = 27; return ESC_CHAR;
	case 'f': *cp = 12; return ESC_CHAR;
	case 'n': *cp = 10; return ESC_CHAR;
	case 'r': *cp = 13; return ESC_CHAR;
	case 't': *cp = 9; return ESC_CHAR;
	default:
		if (c >= '1' && c <= '9') {
			/* a back reference, or in a class an octal escape */
			if (in_class)
				return ESC_BAD;
			while (p->s < p->end && isdigit((unsigned char)*p->s))
				p->s++;
			return ESC_ANY;
		}
		if (isalnum(c))
			return ESC_BAD;
		p->s--;
		p->s += utf8_decode(p->s, (size_t)(p->end - p->s), cp);
		return ESC_CHAR;
	}
}

/* A bracketed class; small ones become sets of characters. */
static struct info class(struct parser *p)
{
	uint32_t cps[BEQ_PLAN_MAX_CLASS];
	size_t n = 0, i, k;
	int any = 0, first = 1;
	struct sset set;

	if (p->s < p->end && *p->s == '^') {
		any = 1;
		p->s++;
	}
	for (;;) {
		uint32_t lo, hi, c;
		int kind = ESC_CHAR;

		if (p->s >= p->end)
			return bail(p);
		if (*p->s == ']' && !first)
			break;
		first = 0;
		if (*p->s == '[' && p->end - p->s > 1 &&
		    (p->s[1] == ':' || p->s[1] == '.' || p->s[1] == '=')) {
			const char *close = p->s + 2;

			while (close + 1 < p->end &&
			    !(close[0] == p->s[1] && close[1] == ']'))
				close++;
			if (close + 1 >= p->end)
				return bail(p);
			p->s = close + 2;
			any = 1;
			continue;
		}
		if (*p->s == '\\') {
			p->s++;
			kind = escape(p, 1, &lo);
		} else
			p->s += utf8_decode(p->s, (size_t)(p->end - p->s), &lo);
		if (kind == ESC_BAD)
			return bail(p);
		if (kind != ESC_CHAR) {
			any = 1;
			continue;
		}
		hi = lo;
		if (p->end - p->s >= 2 && p->s[0] == '-' && p->s[1] != ']') {
			p->s++;
			if (*p->s == '\\') {
				p->s++;
				if (escape(p, 1, &hi) != ESC_CHAR)
					return bail(p);
			} else if (*p->s == '[')
				return bail(p);
			else
				p->s += utf8_decode(
				    p->s, (size_t)(p->end - p->s), &hi);
			if (hi < lo)
				return bail(p);
		}
		for (c = lo; !any; c++) {
			char b[4];
			size_t m;
			uint32_t v;

			if (!encode(p, c, b, &m)) {
				any = 1;
				break;
			}
			v = m == 1 ? (uint32_t)(unsigned char)b[0] : c;
			for (k = 0; k < n && cps[k] != v; k++)
				;
			if (k == n) {
				if (n == BEQ_PLAN_MAX_CLASS)
					any = 1;
				else
					cps[n++] = v;
			}
			if (c == hi)
				break;
		}
	}
	p->s++; /* ']' */
	if (any || n == 0)
		return qi_any_string(p->ar, 0);
	set.s = qi_alloc(p->ar, n * sizeof *set.s);
	set.n = n;
	for (i = 0; i < n; i++) {
		char *b = qi_alloc(p->ar, 4);

		set.s[i].p = b;
		set.s[i].n = utf8_encode(cps[i], b);
	}
	return qi_exact_set(set);
}

/* After "(": the group's kind and, for groups with a body, the body. */
static struct info
group(struct parser *p)
{
	struct info x;
	int zero_width = 0;

	if (++p->depth > MAX_DEPTH)
		return bail(p);
	if (p->s < p->end && *p->s == '*')
		return bail(p); /* (*VERB) and (*pla:...) */
	if (p->s < p->end && *p->s == '?') {
		p->s++;
		if (p->s >= p->end)
			return bail(p);
		switch (*p->s) {
		case ':':
		case '|':
		case '>': p->s++; break;
		case '=':
		case '!':
			p->s++;
			zero_width = 1;
			break;
		case '<':
			if (p->end - p->s > 1 &&
			    (p->s[1] == '=' || p->s[1] == '!')) {
				p->s += 2;
				zero_width = 1;
			} else if (p->end - p->s > 1 &&
			    (isalpha((unsigned char)p->s[1]) ||
			        p->s[1] == '_')) {
				if (skip_name(p))
					return bail(p);
			} else
				return bail(
				    p); /* (?<* and whatever comes next */
			break;
		case '\'':
			if (skip_name(p))
				return bail(p);
			break;
		case 'P':
			p->s++;
			if (p->s >= p->end || *p->s != '<' || skip_name(p))
				return bail(p);
			break;
		case '#':
			while (p->s < p->end && *p->s != ')')
				p->s++;
			if (p->s >= p->end)
				return bail(p);
			p->s++;
			p->depth--;
			return qi_empty_string(p->ar);
		default:
			/* option settings: (?i) (?-i) (?s-i:...) and the
			 * like. x changes the syntax itself, and anything else
			 * ((?R), (?1), (?C...), conditions) is no option:
			 * those bail below. */
			while (p->s < p->end && *p->s != '\0' &&
			    strchr("imnsJU-^", *p->s) != NULL)
				p->s++;
			if (p->s >= p->end)
				return bail(p);
			if (*p->s == ')') {
				p->s++;
				p->depth--;
				return qi_empty_string(p->ar);
			}
			if (*p->s != ':')
				return bail(p); /* recursion, conditions */
			p->s++;
			break;
		}
	}
	x = parse_alt(p);
	if (p->bail || p->s >= p->end || *p->s != ')')
		return bail(p);
	p->s++;
	p->depth--;
	return zero_width ? qi_empty_string(p->ar) : x;
}

static struct info
atom(struct parser *p)
{
	uint32_t cp;
	int kind;

	if (p->quoting) {
		p->s += utf8_decode(p->s, (size_t)(p->end - p->s), &cp);
		return literal(p, cp);
	}
	switch (*p->s) {
	case '(': p->s++; return group(p);
	case '[': p->s++; return class(p);
	case '.': p->s++; return qi_any_string(p->ar, 0);
	case '^':
	case '$': p->s++; return qi_empty_string(p->ar);
	case '*':
	case '+':
	case '?': return bail(p);
	case '\\':
		p->s++;
		kind = escape(p, 0, &cp);
		switch (kind) {
		case ESC_CHAR: return literal(p, cp);
		case ESC_ANYCHAR: return qi_any_string(p->ar, 0);
		case ESC_ANY: return qi_any_string(p->ar, 1);
		case ESC_EMPTY: return qi_empty_string(p->ar);
		default: return bail(p);
		}
	default:
		p->s += utf8_decode(p->s, (size_t)(p->end - p->s), &cp);
		return literal(p, cp);
	}
}

/* Skips what PCRE2 reads as nothing at all: (?#comments), \Q and \E
 * (noting whether a quote is open). A quantifier after them applies to
 * the item before them, so they must not stand as items themselves; and
 * in \Q...\E each character is an item of its own ("\Qab\E+" repeats
 * the b). */
static void
skip_nothing(struct parser *p)
{
	for (;;) {
		size_t left = (size_t)(p->end - p->s);
		const char *e;

		if (left >= 2 && memcmp(p->s, "\\E", 2) == 0) {
			p->s += 2;
			p->quoting = 0;
		} else if (p->quoting)
			return;
		else if (left >= 2 && memcmp(p->s, "\\Q", 2) == 0) {
			p->s += 2;
			p->quoting = 1;
		} else if (left >= 3 && memcmp(p->s, "(?#", 3) == 0 &&
		    (e = memchr(p->s, ')', left)) != NULL)
			p->s = e + 1;
		else
			return;
	}
}

/* Reads {n}, {n,} or {n,m}; returns 0 and leaves p->s after it, or -1 and
 * leaves p->s alone when the brace is a literal one. */
static int
counted(struct parser *p, unsigned long *min, unsigned long *max)
{
	const char *s = p->s + 1;
	unsigned long a = 0, b;
	int digits = 0;

	while (s < p->end && isdigit((unsigned char)*s) && digits < 6)
		a = a * 10 + (unsigned long)(*s++ - '0'), digits++;
	if (digits == 0 || s >= p->end)
		return -1;
	b = a;
	if (*s == ',') {
		s++;
		b = ULONG_MAX;
		if (s < p->end && isdigit((unsigned char)*s)) {
			for (b = 0, digits = 0; s < p->end &&
			     isdigit((unsigned char)*s) && digits < 6;
			     digits++)
				b = b * 10 + (unsigned long)(*s++ - '0');
		}
	}
	if (s >= p->end || *s != '}')
		return -1;
	p->s = s + 1;
	*min = a;
	*max = b;
	return 0;
}

static struct info
repeat(struct parser *p)
{
	struct info x = atom(p);
	unsigned long min, max;

	while (!p->bail && p->s < p->end) {
		char c;

		skip_nothing(p);
		if (p->s >= p->end || p->quoting)
			break;
		c = *p->s;

		if (c == '*') {
			p->s++;
			x = qi_any_string(p->ar, 1);
		} else if (c == '+') {
			p->s++;
			x = qi_plus(p->ar, x);
		} else if (c == '?') {
			p->s++;
			x = qi_alternate(p->ar, x, qi_empty_string(p->ar));
		} else if (c == '{' && counted(p, &min, &max) == 0) {
			if (max < min)
				return bail(p);
			if (max == 0)
				x = qi_empty_string(p->ar);
			else if (min == 0)
				x = qi_alternate(p->ar,
				    max == 1 ? x : qi_plus(p->ar, x),
				    qi_empty_string(p->ar));
			else if (max > 1)
				x = qi_plus(p->ar, x);
		} else if (c == '{' && p->end - p->s > 1 &&
		    (isdigit((unsigned char)p->s[1]) || p->s[1] == ',' ||
		        p->s[1] == ' ')) {
			/* {,n} and { n } are literal in some PCRE2 versions
			 * and quantifiers in others */
			return bail(p);
		} else
			break;
		/* lazy and possessive forms match no other strings */
		if (p->s < p->end && (*p->s == '?' || *p->s == '+'))
			p->s++;
	}
	return x;
}

static struct info
parse_concat(struct parser *p)
{
	struct info x = qi_empty_string(p->ar);

	for (;;) {
		skip_nothing(p);
		if (p->bail || p->s >= p->end ||
		    (!p->quoting && (*p->s == '|' || *p->s == ')')))
			break;
		x = qi_concat(p->ar, x, repeat(p));
	}
	return x;
}

static struct info
parse_alt(struct parser *p)
{
	struct info x = parse_concat(p);

	while (!p->bail && p->s < p->end && *p->s == '|') {
		p->s++;
		x = qi_alternate(p->ar, x, parse_concat(p));
	}
	return x;
}

/* Reports whether an inline option group like (?i) or (?s-i:...) may turn
 * caseless matching on somewhere in the pattern. */
static int
inline_caseless(const char *s, size_t len)
{
	size_t i, j;

	for (i = 0; i + 2 < len; i++) {
		if (s[i] != '(' || s[i + 1] != '?')
			continue;
		for (j = i + 2; j < len &&
		     (isalpha((unsigned char)s[j]) || s[j] == '-' ||
		         s[j] == '^');
		     j++)
			if (s[j] == 'i')
				return 1;
	}
	return 0;
}

void
plan_build(struct plan *pl, const char *re, size_t len, int caseless)
{
	struct parser p = { 0 };
	struct info x;

	pl->arena = NULL;
	p.ar = (struct arena **)&pl->arena;
	p.s = re;
	p.end = re + len;
	p.caseless = caseless || inline_caseless(re, len);
	x = parse_alt(&p);
	if (p.bail || p.s != p.end) {
		pl->root = &qi_all;
		return;
	}
	qi_simplify(p.ar, &x, 1);
	qi_add_exact(p.ar, &x);
	pl->root = qi_fallback(p.ar, &x);
}
