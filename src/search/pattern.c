/* Pattern preparation: quote folding, -F quoting, smart case. A one-pass
 * lexer over PCRE2 syntax that tells literal characters from syntax. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "pattern.h"
#include "utf8.h"
#include "util.h"

struct lex {
	const char *pat, *s, *end;
	struct buf *out;
	size_t *map, cap;
	int want_map;
	int extended; /* (?x) seen: '#' may start a comment */
	struct buf lits; /* non-ASCII literal characters */
	struct buf fold; /* quotes' twins, to add at the end of a class */
	int upper;
};

static void
map_reserve(struct lex *lx, size_t need)
{
	if (need > lx->cap) {
		lx->cap = need * 2 + 16;
		lx->map = xreallocarray(lx->map, lx->cap, sizeof *lx->map);
	}
}

static void
emit(struct lex *lx, const char *p, size_t n)
{
	size_t i, from = (size_t)(lx->s - lx->pat);

	if (lx->want_map) {
		map_reserve(lx, lx->out->len + n);
		for (i = 0; i < n; i++)
			lx->map[lx->out->len + i] = from;
	}
	buf_add(lx->out, p, n);
}

/* Copies n bytes of syntax from the pattern. */
static void
copy(struct lex *lx, size_t n)
{
	if (n > (size_t)(lx->end - lx->s))
		n = (size_t)(lx->end - lx->s);
	emit(lx, lx->s, n);
	lx->s += n;
}

/* Copies up to and including the first c, or to the end. */
static void
copy_through(struct lex *lx, char c)
{
	const char *e = memchr(lx->s, c, (size_t)(lx->end - lx->s));

	copy(lx,
	    e != NULL ? (size_t)(e - lx->s) + 1 : (size_t)(lx->end - lx->s));
}

/* One literal character: folded quotes, escaped when fixed, noted for
 * smart case. */
static void
literal(struct lex *lx, int in_class, int fixed)
{
	unsigned char c = (unsigned char)*lx->s;
	uint32_t cp;
	size_t n = utf8_decode(lx->s, (size_t)(lx->end - lx->s), &cp);

	if ((c == '\'' || c == '"') && in_class) {
		/* the quote stays where it is (it may start a range, as in
		 * ['-z]); its typographic twins join the class at its end */
		buf_adds(&lx->fold,
		    c == '\'' ? "\xe2\x80\x98\xe2\x80\x99" :
		                "\xe2\x80\x9c\xe2\x80\x9d");
		copy(lx, 1);
		return;
	}
	if (c == '\'' || c == '"') {
		const char *alt = c == '\'' ?
		    "(?:'|\xe2\x80\x98|\xe2\x80\x99)" :
		    "(?:\"|\xe2\x80\x9c|\xe2\x80\x9d)";

		emit(lx, alt, strlen(alt));
		lx->s++;
		return;
	}
	if (c >= 'A' && c <= 'Z')
		lx->upper = 1;
	else if (c >= 0x80)
		buf_add(&lx->lits, lx->s, n);
	if (fixed && c < 0x80 && !isalnum(c) && c != ' ' && c != '_')
		emit(lx, "\\", 1);
	copy(lx, n);
}

/* An escape sequence (the backslash at lx->s): copied whole. Escaped
 * quotes are literal quotes and fold too. */
static void
escape(struct lex *lx, int in_class, int *quoting)
{
	char c;

	if (lx->end - lx->s < 2) {
		copy(lx, 1);
		return;
	}
	c = lx->s[1];
	switch (c) {
	case '\'':
	case '"':
		lx->s++;
		literal(lx, in_class, 0);
		return;
	case 'Q':
		copy(lx, 2);
		*quoting = 1;
		return;
	case 'x':
	case 'o':
	case 'p':
	case 'P':
	case 'N':
	case 'g':
	case 'k':
		copy(lx, 2);
		if (lx->s < lx->end &&
		    (*lx->s == '{' || *lx->s == '<' || *lx->s == '\'')) {
			char close = *lx->s == '{' ? '}' :
			    *lx->s == '<'          ? '>' :
			                             '\'';

			copy(lx, 1);
			copy_through(lx, close);
		} else if (c == 'p' || c == 'P')
			copy(lx, 1);
		return;
	case 'c': copy(lx, 3); return;
	default:
		copy(lx, 1);
		copy(lx,
		    utf8_decode(
		        lx->s, (size_t)(lx->end - lx->s), &(uint32_t){ 0 }));
		return;
	}
}

/* "(" at lx->s: copies group syntax that holds names or text, so that
 * quotes and capitals in it are not taken for literals. */
static void
group(struct lex *lx)
{
	const char *s = lx->s;
	size_t left = (size_t)(lx->end - s);

	if (left >= 2 && s[1] == '*') {
		copy_through(lx, ')');
	} else if (left >= 3 && s[1] == '?') {
		if (s[2] == '#')
			copy_through(lx, ')');
		else if (s[2] == '\'') {
			copy(lx, 3);
			copy_through(lx, '\'');
		} else if (s[2] == '<' && left >= 4 &&
		    (isalpha((unsigned char)s[3]) || s[3] == '_')) {
			/* a name: (?<Name>; (?<= (?<! (?<* are lookbehinds */
			copy(lx, 3);
			copy_through(lx, '>');
		} else if (s[2] == 'P' && left >= 4 && s[3] == '>') {
			copy_through(lx, ')'); /* (?P>Name) */
		} else if (s[2] == 'P' || s[2] == '&' || s[2] == 'C' ||
		    s[2] == '(' || isalpha((unsigned char)s[2]) ||
		    s[2] == '-' || s[2] == '^') {
			/* names, callouts, conditions, option letters */
			if (s[2] == 'C' && left >= 4 && s[3] != ')' &&
			    !isdigit((unsigned char)s[3])) {
				char close = s[3] == '{' ? '}' : s[3];

				copy(lx, 4);
				copy_through(lx, close);
			} else if (s[2] == '(') {
				copy(lx, 3);
				copy_through(lx, ')');
			} else {
				size_t n = 2;

				while (n < left && s[n] != ')' && s[n] != ':' &&
				    s[n] != '>' && s[n] != '(')
					if (s[n++] == 'x' && s[2] != 'P' &&
					    s[2] != '&')
						lx->extended = 1;
				copy(lx, n);
			}
		} else
			copy(lx, 2);
	} else
		copy(lx, 1);
}

/* Length of the start-of-pattern option settings at the head of re, such
 * as (*UCP) or (*LIMIT_MATCH=10): they must stay first. */
static size_t
leading_options(const char *re, size_t len)
{
	static const char *const names[] = { "UTF", "UCP", "NO_", "NOTEMPTY",
		"LIMIT_", "CR", "LF", "ANY", "NUL", "BSR_" };
	size_t i = 0, k;

	while (len - i > 2 && re[i] == '(' && re[i + 1] == '*') {
		const char *close = memchr(re + i, ')', len - i);

		for (k = 0; k < sizeof names / sizeof names[0]; k++)
			if (strncmp(re + i + 2, names[k], strlen(names[k])) ==
			    0)
				break;
		if (close == NULL || k == sizeof names / sizeof names[0])
			break;
		i = (size_t)(close - re) + 1;
	}
	return i;
}

/* Wraps the regex in out so that it matches whole words only, as grep -w:
 * no word character just before or just after a match. (PCRE2's own
 * option puts \b around it, which never matches after "O(1)".) */
static void
whole_words(struct lex *lx, int quoting)
{
	static const char head[] = "(?<!\\w)(?:";
	struct buf *out = lx->out;
	size_t lead = leading_options(out->data, out->len), n = out->len;
	char *body = xstrndup(out->data + lead, n - lead);
	size_t *bmap = NULL;

	if (lx->want_map) {
		bmap = xreallocarray(NULL, n - lead + 1, sizeof *bmap);
		if (n > lead) /* an empty pattern has no map yet */
			memcpy(bmap, lx->map + lead, (n - lead) * sizeof *bmap);
	}
	out->len = lead;
	lx->s = lx->pat;
	emit(lx, head, sizeof head - 1);
	if (lx->want_map) {
		map_reserve(lx, out->len + n - lead);
		memcpy(lx->map + out->len, bmap, (n - lead) * sizeof *bmap);
	}
	buf_add(out, body, n - lead);
	lx->s = lx->end;
	/* close an open \Q, end an extended-mode comment */
	emit(lx, quoting ? "\\E" : "", quoting ? 2 : 0);
	emit(
	    lx, lx->extended ? "\n)(?!\\w)" : ")(?!\\w)", lx->extended ? 8 : 7);
	free(body);
	free(bmap);
}

int
pattern_prepare(
    const char *pat, int fixed, int word, struct buf *out, size_t **map)
{
	struct lex lx = { 0 };
	int in_class = 0, quoting = 0, class_start = 0;

	lx.pat = lx.s = pat;
	lx.end = pat + strlen(pat);
	lx.out = out;
	lx.want_map = map != NULL;
	out->len = 0;
	buf_grow(out, 0);
	out->data[0] = '\0';
	while (lx.s < lx.end) {
		char c = *lx.s;

		if (fixed) {
			literal(&lx, 0, 1);
		} else if (quoting) {
			if (c == '\\' && lx.end - lx.s >= 2 && lx.s[1] == 'E') {
				copy(&lx, 2);
				quoting = 0;
			} else if (c == '\'' || c == '"') {
				/* leave \Q...\E for the folded quote */
				emit(&lx, "\\E", 2);
				literal(&lx, in_class, 0);
				emit(&lx, "\\Q", 2);
			} else
				literal(&lx, in_class, 0);
		} else if (c == '\\') {
			escape(&lx, in_class, &quoting);
		} else if (in_class) {
			if (c == ']' && !class_start) {
				in_class = 0;
				emit(&lx,
				    lx.fold.data != NULL ? lx.fold.data : "",
				    lx.fold.len);
				lx.fold.len = 0;
				copy(&lx, 1);
			} else if (c == '[' && lx.end - lx.s >= 2 &&
			    (lx.s[1] == ':' || lx.s[1] == '.' ||
			        lx.s[1] == '=')) {
				copy(&lx, 2);
				copy_through(&lx, ']');
			} else
				literal(&lx, 1, 0);
			class_start = 0;
			continue;
		} else if (c == '[') {
			copy(&lx, 1);
			if (lx.s < lx.end && *lx.s == '^')
				copy(&lx, 1);
			in_class = 1;
			class_start = 1;
			continue;
		} else if (c == '(') {
			group(&lx);
		} else if (c == '{' || c == '}' || c == '|' || c == ')' ||
		    c == '*' || c == '+' || c == '?' || c == '.' || c == '^' ||
		    c == '$') {
			copy(&lx, 1);
		} else
			literal(&lx, 0, 0);
		class_start = 0;
	}
	if (word)
		whole_words(&lx, quoting);
	if (!lx.upper && lx.lits.len > 0)
		lx.upper = match_has_upper(lx.lits.data, lx.lits.len);
	buf_free(&lx.lits);
	buf_free(&lx.fold);
	if (map != NULL)
		*map = lx.map;
	return lx.upper;
}
