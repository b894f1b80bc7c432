/* HTML in markdown as a reader sees it: inline tags as markdown, and
 * HTML blocks that hold headings and lists rewritten as markdown. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "corpus_md.h"
#include "utf8.h"

static void tag_name(const char *s, size_t n, char *name, size_t size);

/* Whether an HTML block holds document structure (headings, lists,
 * paragraphs) rather than a widget like <details> or a table. */
int
md_html_structural(const struct buf *t)
{
	static const char tags[][4] = { "<h1", "<h2", "<h3", "<h4", "<h5",
		"<h6", "<li", "<p>", "<p ", "<ul", "<ol" };
	size_t i, k;

	for (i = 0; i < t->len; i++) {
		if (t->data[i] != '<')
			continue;
		if (strncasecmp(t->data + i, "<details", 8) == 0 ||
		    strncasecmp(t->data + i, "<summary", 8) == 0 ||
		    strncasecmp(t->data + i, "<table", 6) == 0)
			return 0;
	}
	for (i = 0; i < t->len; i++)
		for (k = 0; k < sizeof tags / sizeof tags[0]; k++)
			if (strncasecmp(
			        t->data + i, tags[k], strlen(tags[k])) == 0)
				return 1;
	return 0;
}

int
md_html_inline_only(const char *s, size_t n)
{
	static const char inline_tags[][8] = { "div", "a", "abbr", "b", "br",
		"code", "del", "em", "i", "img", "ins", "kbd", "mark", "s",
		"small", "span", "strong", "sub", "sup", "tt", "u" };
	char name[16];

	for (size_t i = 0; i < n; i++) {
		size_t k;

		if (s[i] != '<')
			continue;
		if (i + 1 < n && s[i + 1] == '!')
			return 0; /* a comment, a doctype */
		tag_name(s + i + 1, n - i - 1, name, sizeof name);
		if (name[0] == '\0')
			continue; /* "a < b": text */
		for (k = 0; k < sizeof inline_tags / sizeof inline_tags[0] &&
		     strcmp(name, inline_tags[k]) != 0;
		     k++)
			;
		if (k == sizeof inline_tags / sizeof inline_tags[0])
			return 0;
	}
	return 1;
}

/* Rewrites the structure of an HTML block as markdown, keeping its lines
 * where it can: <hN> as N '#', <li> as list items indented by nesting,
 * <p> and <div> as paragraph breaks; inline tags stay for md4c. */
void
md_html_structure(const char *s, size_t n, struct buf *out)
{
	char kinds[16] = { 0 }; /* per nesting level: 'u' or 'o' */
	size_t i = 0, k;
	int depth = 0, heading = 0;
	/* the line breaks inside a heading, written as spaces (a heading
	 * is one line) and given back after it, to keep the lines below */
	unsigned held = 0;

	while (i < n) {
		const char *end;
		char name[16];
		int closing, at_start = 1;

		if (s[i] != '<' || (end = memchr(s + i, '>', n - i)) == NULL) {
			if (heading && s[i] == '\n')
				held++;
			buf_addc(out, heading && s[i] == '\n' ? ' ' : s[i]);
			i++;
			continue;
		}
		closing = i + 1 < n && s[i + 1] == '/';
		tag_name(
		    s + i + 1, (size_t)(end - s) - i - 1, name, sizeof name);
		for (k = out->len; k > 0 && out->data[k - 1] != '\n'; k--)
			if (out->data[k - 1] != ' ' && out->data[k - 1] != '\t')
				at_start = 0;
		if (strcmp(name, "ul") == 0 || strcmp(name, "ol") == 0) {
			if (closing && depth > 0)
				depth--;
			else if (!closing && depth < 15)
				kinds[++depth] = name[0];
		} else if (strcmp(name, "li") == 0) {
			if (!closing) {
				if (!at_start)
					buf_addc(out, '\n');
				for (k = 1; (int)k < depth; k++)
					buf_adds(out, "   ");
				buf_adds(
				    out, kinds[depth] == 'o' ? "1. " : "- ");
			}
		} else if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' &&
		    name[2] == '\0') {
			if (!closing) {
				if (!at_start)
					buf_addc(out, '\n');
				for (k = 0; k < (size_t)(name[1] - '0'); k++)
					buf_addc(out, '#');
				buf_addc(out, ' ');
				heading = 1;
			} else {
				if ((size_t)(end - s) + 1 < n && end[1] != '\n')
					buf_addc(out, '\n');
				for (heading = 0; held > 0; held--)
					buf_addc(out, '\n');
			}
		} else if (strcmp(name, "p") == 0 || strcmp(name, "div") == 0) {
			if (closing && (size_t)(end - s) + 1 < n &&
			    end[1] != '\n')
				buf_addc(out, '\n');
		} else if (strcmp(name, "br") != 0) {
			buf_add(out, s + i, (size_t)(end - s) + 1 - i);
		}
		i = (size_t)(end - s) + 1;
	}
}

/* The name of the HTML tag at s (after '<' and an optional '/'),
 * lower-cased into name (size bytes). */
static void
tag_name(const char *s, size_t n, char *name, size_t size)
{
	size_t i = 0, k = 0;

	if (i < n && s[i] == '/')
		i++;
	while (i < n && k + 1 < size &&
	    ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
	        (s[i] >= '0' && s[i] <= '9')))
		name[k++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 :
		                                                s[i]),
		i++;
	name[k] = '\0';
}

void
md_html_text(const char *s, size_t n, int plain, struct buf *out)
{
	static const struct {
		const char *tag, *md;
	} tags[] = {
		{ "b", "**" },
		{ "strong", "**" },
		{ "i", "*" },
		{ "em", "*" },
		{ "code", "`" },
		{ "kbd", "`" },
		{ "tt", "`" },
		{ "br", "\n" },
		{ "p", "\n\n" },
		{ "del", "~~" },
		{ "s", "~~" },
		{ "strike", "~~" },
		{ "li", "\n- " },
		{ "hr", "\n---\n" },
	};
	size_t i = 0, k;

	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i),
		           *amp = memchr(s + i, '&', n - i), *end;
		char name[16], u[4];
		int len;

		if (amp != NULL && (lt == NULL || amp < lt)) {
			const char *semi = memchr(
			    amp, ';', (size_t)(s + n - amp));

			buf_add(out, s + i, (size_t)(amp - s) - i);
			i = (size_t)(amp - s);
			if (semi != NULL && semi - amp < 12 &&
			    (len = utf8_entity(
			         amp, (size_t)(semi - amp) + 1, u)) > 0) {
				buf_add(out, u, (size_t)len);
				i = (size_t)(semi - s) + 1;
			} else {
				buf_addc(out, '&');
				i++;
			}
			continue;
		}
		if (lt == NULL) {
			buf_add(out, s + i, n - i);
			break;
		}
		buf_add(out, s + i, (size_t)(lt - s) - i);
		i = (size_t)(lt - s);
		if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			const char *close = NULL;

			for (k = i + 4; k + 3 <= n; k++)
				if (memcmp(s + k, "-->", 3) == 0) {
					close = s + k;
					break;
				}
			i = close != NULL ? (size_t)(close - s) + 3 : n;
			continue;
		}
		end = memchr(s + i, '>', n - i);
		if (end == NULL || i + 1 >= n ||
		    !(s[i + 1] == '/' || (s[i + 1] >= 'a' && s[i + 1] <= 'z') ||
		        (s[i + 1] >= 'A' && s[i + 1] <= 'Z'))) {
			buf_addc(out, '<'); /* not a tag: a literal '<' */
			i++;
			continue;
		}
		tag_name(
		    s + i + 1, (size_t)(end - s) - i - 1, name, sizeof name);
		for (k = 0; k < sizeof tags / sizeof tags[0]; k++)
			if (strcmp(name, tags[k].tag) == 0) {
				if (!plain || tags[k].md[0] != '*')
					buf_adds(out, tags[k].md);
				break;
			}
		i = (size_t)(end - s) + 1;
	}
}

const char *
md_href(const char *s, size_t n, size_t *len)
{
	return md_attr(s, n, "href", len);
}

const char *
md_attr(const char *s, size_t n, const char *name, size_t *len)
{
	size_t i, k, w = strlen(name);

	for (i = 1; i + w < n; i++)
		if (strncasecmp(s + i, name, w) == 0 && md_space(s[i - 1])) {
			char q = ' ';

			for (i += w; i < n && md_space(s[i]); i++)
				;
			if (i == n || s[i++] != '=')
				return NULL;
			while (i < n && md_space(s[i]))
				i++;
			if (i < n && (s[i] == '"' || s[i] == '\''))
				q = s[i++];
			for (k = i; k < n && s[k] != q && s[k] != '>' &&
			     !(q == ' ' && md_space(s[k]));
			     k++)
				;
			*len = k - i;
			return s + i;
		}
	return NULL;
}

int
md_anchor_href(const char *s, size_t n)
{
	size_t len;
	const char *h = md_href(s, n, &len);

	return h != NULL && len > 0 && h[0] == '#';
}

/* Whether the text of a link, s[0..n), says that it goes back up the
 * page: its words (emphasis and brackets aside) are all from the list
 * below and one of them says where, or it is only an arrow ("⬆"). */
static int
nav_words(const char *s, size_t n)
{
	static const char arrows[][5] = { "\xe2\xac\x86", /* ⬆ */
		"\xe2\x86\xa5", /* ↥ */ "\xe2\x86\x91", /* ↑ */
		"\xe2\x87\xa7", /* ⇧ */ "\xe2\x96\xb2", /* ▲ */
		"\xe2\xa4\xb4", /* ⤴ */ "\xf0\x9f\x94\x9d", /* 🔝 */
		"\xef\xb8\x8f" /* emoji presentation */ };
	/* the words that say where (the first WHERE of the list): top,
	 * back, up, contents, toc; Russian up, back (and capitalised), to
	 * the contents (two words); Chinese back to top (two ways), back to contents,
	 * contents, top; then the words around them */
	enum { WHERE = 16 };
	static const char words[][21] = { "top", "back", "up", "contents",
		"toc", "\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xb5\xd1\x80\xd1\x85",
		"\xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xb4",
		"\xd0\x9d\xd0\xb0\xd0\xb2\xd0\xb5\xd1\x80\xd1\x85",
		"\xd0\x9d\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xb4",
		"\xd0\xbe\xd0\xb3\xd0\xbb\xd0\xb0\xd0\xb2\xd0\xbb\xd0"
		"\xb5\xd0\xbd\xd0\xb8\xd1\x8e",
		"\xd1\x81\xd0\xbe\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0"
		"\xb0\xd0\xbd\xd0\xb8\xd1\x8e",
		"\xe8\xbf\x94\xe5\x9b\x9e\xe9\xa1\xb6\xe9\x83\xa8",
		"\xe5\x9b\x9e\xe5\x88\xb0\xe9\xa1\xb6\xe9\x83\xa8",
		"\xe8\xbf\x94\xe5\x9b\x9e\xe7\x9b\xae\xe5\xbd\x95",
		"\xe7\x9b\xae\xe5\xbd\x95", "\xe9\xa1\xb6\xe9\x83\xa8", "to",
		"go", "return", "scroll", "the", "page", "table", "of", "index",
		"questions", "list", "start", "\xd0\xba", "\xd0\x9a",
		"\xe8\xbf\x94\xe5\x9b\x9e" };
	size_t i = 0, k, len, where = 0, arrow = 0;

	while (i < n) {
		if (strchr(" \t\n*_[]()|", s[i]) != NULL) {
			i++;
			continue;
		}
		for (k = 0; k < sizeof arrows / sizeof arrows[0]; k++) {
			len = strlen(arrows[k]);
			if (n - i >= len && memcmp(s + i, arrows[k], len) == 0)
				break;
		}
		if (k < sizeof arrows / sizeof arrows[0]) {
			i += len;
			arrow = 1;
			continue;
		}
		for (len = 0;
		     i + len < n && strchr(" \t\n*_[]()|", s[i + len]) == NULL;
		     len++)
			;
		for (k = 0; k < sizeof words / sizeof words[0]; k++)
			if (strlen(words[k]) == len &&
			    strncasecmp(s + i, words[k], len) == 0)
				break;
		if (k == sizeof words / sizeof words[0])
			return 0;
		where |= k < WHERE;
		i += len;
	}
	return where || arrow;
}

int
md_nav_link(const struct mdnode *n)
{
	const char *s = n->text.data != NULL ? n->text.data : "", *e, *at;
	size_t len = n->text.len, tags = 0;
	struct buf t = { 0 };
	int yes;

	/* such a link is short; nothing longer is read */
	if (len == 0 || len > 256)
		return 0;
	if (n->type == MDN_P) {
		/* "**[⬆ Back to Top](#table-of-contents)**", one link (an
		 * inline "<a href>" is read as one too) */
		while (len > 0 && strchr(" \t\n*_", s[len - 1]) != NULL)
			len--;
		while (len > 0 && strchr(" \t\n*_", *s) != NULL)
			s++, len--;
		e = s + len;
		if (len < 4 || s[0] != '[' || e[-1] != ')')
			return 0;
		for (at = s; at + 3 < e && memcmp(at, "](#", 3) != 0; at++)
			;
		if (at + 3 >= e || memchr(at + 3, ']', (size_t)(e - at - 3)) ||
		    memchr(at + 3, '(', (size_t)(e - at - 3)) ||
		    memchr(at + 3, ' ', (size_t)(e - at - 3)))
			return 0;
		return nav_words(s + 1, (size_t)(at - s - 1));
	}
	/* an HTML block: one <a> tag, to an anchor, says it all */
	for (at = s; (at = memchr(at, '<', len - (size_t)(at - s))) != NULL;
	     at++) {
		const char *gt;

		if (s + len - at < 3 || (at[1] | 32) != 'a' || !md_space(at[2]))
			continue;
		if (tags++ > 0 ||
		    (gt = memchr(at, '>', len - (size_t)(at - s))) == NULL)
			return 0;
		if (!md_anchor_href(at, (size_t)(gt - at)))
			return 0;
	}
	if (tags != 1)
		return 0;
	md_html_text(s, len, 1, &t);
	yes = t.len > 0 && nav_words(t.data, t.len);
	buf_free(&t);
	return yes;
}
