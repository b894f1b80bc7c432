/* What markdown text reads as: titles, questions, labels, answers. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "corpus.h"
#include "corpus_impl.h"
#include "corpus_lang.h"
#include "corpus_md.h"
#include "utf8.h"
#include "util.h"

/* Drops GitHub emoji short codes (":white_check_mark:") and the space
 * after them, in place. Inside text a code has an underscore, which a
 * colon-separated word ("host:port:") lacks; the codes that lead the
 * text (":star::star: Why ...") need none, since no sentence starts with
 * a colon. */
void
ct_strip_shortcodes(char *s)
{
	char *r, *w;

	/* nothing moves before the first code */
	if ((r = strchr(s, ':')) == NULL)
		return;
	w = r;
	while (*r != '\0') {
		char *e = r + 1, *c;

		if (*r != ':') {
			/* the text up to the next colon, at once */
			if ((c = strchr(r, ':')) == NULL)
				c = r + strlen(r);
			memmove(w, r, (size_t)(c - r));
			w += c - r;
			r = c;
			continue;
		}
		while ((*e >= 'a' && *e <= 'z') || (*e >= '0' && *e <= '9') ||
		    *e == '_' || *e == '+' || *e == '-')
			e++;
		if (*e == ':' && e - r > 2 &&
		    (w == s ||
		        memchr(r + 1, '_', (size_t)(e - r - 1)) != NULL)) {
			r = e + 1;
			while (*r == ' ')
				r++;
			continue;
		}
		*w++ = *r++;
	}
	*w = '\0';
}

/* Whether s[0..n) holds a letter or digit (any non-ASCII byte counts). */
static int
has_alnum(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c >= '0' && c <= '9') ||
		    ((c | 32) >= 'a' && (c | 32) <= 'z'))
			return 1;
		/* U+2000..U+2BFF: punctuation, arrows, symbols */
		if (c >= 0xc0 &&
		    !(c == 0xe2 && i + 1 < n &&
		        (unsigned char)s[i + 1] <= 0xaf))
			return 1;
	}
	return 0;
}

#define LINK_MAX 1024

/* The ')' that closes the link target opened at '(' p, or NULL: a
 * target may hold parentheses in balanced pairs, as CommonMark allows
 * ("svg.latex?\Theta(\log n)"). */
static char *
link_end(char *p)
{
	int depth = 0;
	char *q;

	for (q = p; *q != '\0' && q - p < LINK_MAX; q++)
		if (*q == '(')
			depth++;
		else if (*q == ')' && --depth == 0)
			return q;
	return NULL;
}

/* Whether an image between text s[0..w) and after, the rest of the
 * text, stands in a sentence: a word before it, and after it a word or
 * the punctuation that goes on or ends one ("with ![v](v.svg)
 * vertices", a formula a person reads). One that leads or ends a title,
 * or that another image follows, is a badge or an icon. */
static int
in_sentence(const char *s, const char *w, const char *after)
{
	const char *c;

	if (w - s < 2 || w[-1] != ' ')
		return 0;
	c = w - 2;
	/* (the word's last character, from its first byte) */
	while (c > s && ((unsigned char)*c & 0xc0) == 0x80)
		c--;
	if (!has_alnum(c, 1))
		return 0;
	while (*after == ' ')
		after++;
	return *after != '\0' &&
	    (has_alnum(after, 1) || strchr(".,;:?)", *after) != NULL);
}

/* Replaces markdown links in s by their text, and drops links into the
 * page whose text is only a symbol ("[[⬆]](#toc)") and images but those
 * in a sentence (their text then), in place. */
static void
strip_links(char *s)
{
	char *r, *w;

	/* nothing moves before the first bracket */
	if ((r = strchr(s, '[')) == NULL)
		return;
	if (r > s && r[-1] == '!')
		r--;
	w = r;
	while (*r != '\0') {
		int img = r[0] == '!' && r[1] == '[';
		char *open = img ? r + 1 : r, *close, *end, *b;
		int depth = 0;

		if (*open != '[') {
			/* the text up to the next link or image, at once (a
			 * byte at a time was an eighth of parsing) */
			if ((b = strchr(r + 1, '[')) == NULL)
				b = r + strlen(r);
			else if (b[-1] == '!' && b - 1 > r)
				b--;
			memmove(w, r, (size_t)(b - r));
			w += b - r;
			r = b;
			continue;
		}
		/* a link in a title is short: scans stop after LINK_MAX
		 * bytes, or "[[[[..." would make this quadratic */
		for (close = open; *close != '\0' && close - open < LINK_MAX;
		     close++) {
			depth += *close == '[' ? 1 : *close == ']' ? -1 : 0;
			if (depth == 0)
				break;
		}
		if (*close != ']' || close[1] != '(' ||
		    (end = link_end(close + 1)) == NULL) {
			*w++ = *r++;
			continue;
		}
		if (img ?
		        in_sentence(s, w, end + 1) :
		        !(close[2] == '#' &&
		            !has_alnum(open + 1, (size_t)(close - open - 1)))) {
			size_t n = (size_t)(close - open - 1);

			memmove(w, open + 1, n);
			w += n;
		}
		r = end + 1;
	}
	*w = '\0';
}

/* The inline text of a block as a one-line plain title: trimmed, short
 * codes and link markup dropped, "**" emphasis markers dropped when they
 * wrap it all. */
char *
ct_title_of(const struct mdnode *n)
{
	return ct_title_of_text(n->text.data, n->text.len);
}

char *
ct_title_of_text(const char *text, size_t n)
{
	char *t = xmalloc(n + 1), *s, *r;
	size_t len;

	/* cleaned in place in a copy, which is then the title */
	if (n > 0)
		memcpy(t, text, n);
	t[n] = '\0';
	s = md_trim(t);
	strip_links(s);
	strip_links(s); /* a link inside a link's text */
	s = md_trim(s);
	ct_strip_shortcodes(s);
	for (r = s; (r = strpbrk(r, "\n\t")) != NULL; r++)
		*r = ' ';
	s = md_trim(s);
	len = strlen(s);
	while (ct_all_bold(s, len)) {
		s[len - 2] = '\0';
		s = md_trim(s + 2);
		len = strlen(s);
	}
	memmove(t, s, len + 1);
	return t;
}

int
ct_all_bold(const char *s, size_t n)
{
	return n >= 4 && strncmp(s, "**", 2) == 0 &&
	    strncmp(s + n - 2, "**", 2) == 0 &&
	    memchr(s + 2, '*', n - 4) == NULL;
}

int
ct_ends_in_colon(const char *s, size_t n)
{
	return (n > 0 && s[n - 1] == ':') ||
	    (n >= 3 && memcmp(s + n - 3, "\xef\xbc\x9a", 3) == 0);
}

int
ct_ends_in_question_mark(const char *s)
{
	return lang_question_mark(s, strlen(s));
}

int
ct_sentence_asks(const char *s, size_t n)
{
	return n > 0 && !(s[0] >= 'a' && s[0] <= 'z') &&
	    lang_asks_plainly(s, n);
}

/* Reports whether an item's text reads as a question: a question mark
 * at its end, or an asking word at its start. */
int
ct_question_like(const char *s)
{
	return lang_asks(s, strlen(s));
}

size_t
ct_colon(const char *s, size_t n, size_t *width)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == ':' ||
		    (i + 3 <= n && memcmp(s + i, "：", 3) == 0)) {
			*width = s[i] == ':' ? 1 : 3;
			return i;
		}
	*width = 0;
	return n;
}

/* Reports whether an item's text s is a note that answers itself, "Term:
 * what it is" ("**Difference**: L2 shrinks…", "How to minimize the cost:
 * gradient descent"): a lead of six words at most, with no question mark,
 * then a colon and, on the same line, text that asks nothing. A label
 * ("Q1: Explain MVCC.", "A: …") is no such lead. */
int
ct_note(const char *s)
{
	const char *c = s, *r;
	size_t words = 1, k;

	if (lang_label(s) > 0)
		return 0;
	for (; *c != '\0' && *c != '\n'; c++) {
		if (*c == ' ' && c[1] != ' ' && c[1] != ':')
			words++;
		if (*c == '?' || words > 6)
			return 0;
		if (*c == ':' &&
		    (c[1] == ' ' ||
		        (c[1] == '*' && c[2] == '*' && c[3] == ' ')))
			break;
		if (strncmp(c, "\xef\xbc\x9a", 3) == 0)
			break;
	}
	if (*c == '\0' || *c == '\n' || c == s)
		return 0;
	for (r = c + (*c == ':' ? 1 : 3); *r == ' ' || *r == '*'; r++)
		;
	k = strcspn(r, "\n");
	return k > 0 && !lang_question_mark(r, k) && !lang_asks(r, k);
}

/* The code fence open after the line a[0..n), when open (its length,
 * 0 for none; *c its character) was open before it: a line that starts,
 * after any indent (in a list item), with three or more backticks (and
 * has none after) or tildes opens one; one of the same character, at
 * least as long and with nothing after, closes it. */
static size_t
fence_after(const char *a, size_t n, size_t open, char *c)
{
	size_t i = 0, k;

	while (i < n && a[i] == ' ')
		i++;
	if (i == n || (a[i] != '`' && a[i] != '~') || (open && a[i] != *c))
		return open;
	for (k = i; k < n && a[k] == a[i]; k++)
		;
	if (k - i < 3 || (open && k - i < open))
		return open;
	if (open) {
		while (k < n && (a[k] == ' ' || a[k] == '\t'))
			k++;
		return k == n ? 0 : open;
	}
	if (a[i] == '`' && memchr(a + k, '`', n - k) != NULL)
		return 0; /* "```x```": code in a line of text */
	*c = a[i];
	return k - i;
}

/* Writes a[0..len) to w with runs of blank lines outside code fences
 * made one (HTML blocks and the blocks around them add their own), and
 * a NUL after; w may be a itself. Returns the bytes written. */
size_t
ct_squeeze(char *w, const char *a, size_t len)
{
	const char *end = a + len, *e;
	char *s = w, c = 0;
	int nl = 0;
	size_t n, fence = 0;

	/* a line at a time (a byte at a time was 5% of parsing): a line
	 * of more than one space ends a run of blank lines */
	for (;; a = e + 1) {
		e = memchr(a, '\n', (size_t)(end - a));
		fence = fence_after(a,
		    e != NULL ? (size_t)(e - a) : (size_t)(end - a), fence, &c);
		n = e != NULL ? (size_t)(e - a) : (size_t)(end - a);
		memmove(w, a, n);
		w += n;
		if (n > 1 || (n == 1 && *a != ' '))
			nl = 0;
		if (e == NULL)
			break;
		if (fence || ++nl <= 2)
			*w++ = '\n';
	}
	*w = '\0';
	return (size_t)(w - s);
}

/* Finds needle in s[0..n) ignoring ASCII case; returns its offset or -1. */
long
ct_find_ci(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;

	for (i = 0; i + k <= n; i++)
		if (strncasecmp(s + i, needle, k) == 0)
			return (long)i;
	return -1;
}

int
ct_html_block(const struct mdnode *n, const char *needle)
{
	return n->type == MDN_HTML &&
	    ct_find_ci(n->text.data != NULL ? n->text.data : "", n->text.len,
	        needle) >= 0;
}

size_t
ct_words(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (*s != ' ' && (s[1] == ' ' || s[1] == '\0'))
			n++;
	return n;
}

size_t
ct_paren_number(const char *s)
{
	size_t k;

	/* "（2）" in full width, no space after it needed */
	if (strncmp(s, "（", 3) == 0 && s[3] >= '0' && s[3] <= '9') {
		for (k = 3; s[k] >= '0' && s[k] <= '9'; k++)
			;
		return strncmp(s + k, "）", 3) == 0 ? k + 3 : 0;
	}
	if (s[0] != '(' || s[1] < '0' || s[1] > '9')
		return 0;
	for (k = 1; s[k] >= '0' && s[k] <= '9'; k++)
		;
	return s[k] == ')' && s[k + 1] == ' ' ? k + 2 : 0;
}

/* Whether the '.' at p, after a number, is glued to what it numbers: a
 * capital, a backtick or an asterisk (code or emphasis), or a letter
 * of a script beyond ASCII ("1.What is X?", "2.`ARC`", "3.什么是"; "3.x"
 * is a version, "2.5" a number). */
static int
glued_number(const char *p)
{
	return *p == '.' &&
	    ((p[1] >= 'A' && p[1] <= 'Z') || p[1] == '`' || p[1] == '*' ||
	        (unsigned char)p[1] >= 0xc0);
}

/* Whether s holds a character of three bytes in UTF-8 from lo to hi
 * (an emoji's four bytes, or a stray byte, are none). */
static int
holds(const char *s, uint32_t lo, uint32_t hi)
{
	size_t n = strlen(s), k;
	uint32_t cp;

	for (; n > 0; s += k, n -= k)
		if ((k = utf8_decode(s, n, &cp)) == 3 && cp >= lo && cp <= hi)
			return 1;
	return 0;
}

/* Whether s holds a character of a script written without spaces (CJK:
 * from U+2E80 on). */
static int
unspaced(const char *s)
{
	return holds(s, 0x2e80, 0xffff);
}

/* ... of one that no space parts from a word of another either: Chinese
 * or Japanese (radicals, kana, ideographs, up to U+9FFF; Korean spaces
 * its words). */
static int
hanzi(const char *s)
{
	return holds(s, 0x2e80, 0x9fff);
}

/* The dots in s[0..e). */
static size_t
dots(const char *s, const char *e)
{
	size_t n = 0;

	for (; s < e; s++)
		n += *s == '.';
	return n;
}

/* The length of the pictographs at the start of s, each after the last
 * followed by a space ("📌 ", "👨🏻‍💻 ", "⭐ ⭐ "), or 0. */
static size_t
pictographs(const char *s)
{
	size_t n = strlen(s), at = 0, k;
	uint32_t cp;

	while (at < n && (k = utf8_decode(s + at, n - at, &cp)) > 0 &&
	    (lang_pictograph(cp) || (cp == ' ' && at > 0)))
		at += k;
	while (at > 0 && s[at - 1] != ' ')
		at--; /* (a pictograph right before the number is no mark) */
	return at;
}

/* The title past its numbering, and a pictograph before it ("📌 Q1: "):
 * "12. ", "12) ", "(12) ", "1.2. ", "01-02. ", "12 - " (two digits),
 * "1.2 ", "12 " before a word of a script without capitals ("## 12
 * <topic>"), "1、", the Chinese numerals of a section ("一、", "十二、"),
 * "12." glued to a capital, a mark or a word of a script beyond ASCII
 * ("1.What is X?", "2.`ARC` 的原则？"; "3.x" is a version), in a heading's
 * title of a script without spaces "1.1" glued to a word ("1.1docker与"),
 * or a question label ("Q3: "). A list item's text (item) is numbered by
 * its list: a number and a space at its start is its question's ("2.5 GB
 * is a lot?", "3 个线程如何同步？"), as in a heading it is not. */
static const char *numbering_once(const char *title, int item);

/* ... and a label after the number ("1. **Question 1**: What is X?") */
const char *
ct_numbering(const char *title, int item)
{
	const char *p = numbering_once(title, item);

	return p != title ? p + lang_label(p) : p;
}

static const char *
numbering_once(const char *title, int item)
{
	const char *p = title;
	size_t k, d;

	/* "📌 Q1: What is X?": a pictograph marks the numbering (read past
	 * them all at once: a call a pictograph would be one more level) */
	if ((k = pictographs(p)) > 0) {
		const char *past = numbering_once(p + k, item);

		if (past != p + k)
			return past;
	}
	if ((k = lang_cjk_number(p)) > 0 && strncmp(p + k, "、", 3) == 0)
		return p + k + 3;
	/* "#12 What is X?", and in a code span: "`#12` What is X?" */
	k = *p == '`';
	if (p[k] == '#' && p[k + 1] >= '0' && p[k + 1] <= '9') {
		size_t e = k + 1;

		while (p[e] >= '0' && p[e] <= '9')
			e++;
		if (k == 0 || p[e] == '`') {
			e += k;
			if (p[e] == ' ')
				return p + e + 1;
		}
	}
	if ((k = ct_paren_number(p)) > 0)
		return p + k;
	while (*p >= '0' && *p <= '9') {
		while (*p >= '0' && *p <= '9')
			p++;
		if ((*p == '.' || *p == '-') && p[1] >= '0' && p[1] <= '9')
			p++;
	}
	/* "17a. " */
	if (p > title && *p >= 'a' && *p <= 'z' &&
	    (p[1] == '.' || p[1] == ')') && p[2] == ' ')
		p++;
	if (p > title && (*p == '.' || *p == ')') && p[1] == ' ')
		return p + 2;
	/* "12 - " and "12 – " before a word: a number of two digits at
	 * most ("3 - 1" is arithmetic, "404 - Not Found" a code's name,
	 * "2023 - What changed" a year's) */
	if (p > title && p - title <= 2 && *p == ' ' &&
	    ((k = p[1] == '-'                   ? 1 :
	            strncmp(p + 1, "–", 3) == 0 ? 3 :
	                                          0)) > 0 &&
	    p[1 + k] == ' ' && p[2 + k] != '\0' &&
	    !(p[2 + k] >= '0' && p[2 + k] <= '9'))
		return p + 2 + k;
	if (p > title && glued_number(p))
		return p + 1;
	/* "1.1docker与虚拟机", "1.2python自省", "2.3二叉树": in a title of a
	 * script written without spaces, a section's number glued to a
	 * word (not "1.5x", a factor, nor "127.0.0.1和", an address; in a
	 * title of words, "2.0beta" and "2.5ms" are a version and a time) */
	if (p > title && !item && (d = dots(title, p)) >= 1 && d <= 2 &&
	    p[-1] != '.' && unspaced(p) &&
	    ((unsigned char)*p >= 0xc0 ||
	        (((*p | 32) >= 'a' && (*p | 32) <= 'z') &&
	            ((p[1] | 32) >= 'a' && (p[1] | 32) <= 'z'))))
		return p;
	/* "1-make与new有什么区别?", "5-Golang 中的 package": the same with
	 * a hyphen, after a number of two digits at most, in a Chinese or
	 * Japanese title ("3-tier" and "3-way handshaking이란?" are
	 * compounds) */
	if (p > title && !item && p - title <= 2 && *p == '-' && p[1] != ' ' &&
	    p[1] != '-' && p[1] != '\0' && hanzi(p))
		return p + 1;
	if (p > title && (strncmp(p, "、", 3) == 0 || strncmp(p, "．", 3) == 0))
		return p + 3; /* "1、" (CJK) */
	if (p > title && *p == ' ' && !item &&
	    ((unsigned char)p[1] >= 0xe0 ||
	        memchr(title, '.', (size_t)(p - title))))
		return p + 1;
	return title + lang_label(title);
}

char *
ct_heading_question(const char *title)
{
	char *q = xstrdup(ct_numbering(title, 0)), *s;
	size_t n, k;

	s = md_trim(q);
	/* "***What is X?***": one run of emphasis around it all, and no
	 * more of that mark inside */
	n = strlen(s);
	if (n > 0 && (s[0] == '*' || s[0] == '_')) {
		const char *mark = s[0] == '*' ? "*" : "_";

		k = strspn(s, mark);
		if (2 * k < n && strspn(s + n - k, mark) == k &&
		    memchr(s + k, s[0], n - 2 * k) == NULL) {
			s[n - k] = '\0';
			s = md_trim(s + k);
		}
	}
	if (*s == '\0') { /* "1. " alone: keep it */
		free(q);
		return xstrdup(title);
	}
	memmove(q, s, strlen(s) + 1);
	return q;
}

/* Whether the text t starts, past white space, with an HTML comment;
 * read without a change to t (the tree's text is read again later). */
static int
is_comment(const struct buf *t)
{
	size_t i = 0;

	while (i < t->len && md_space(t->data[i]))
		i++;
	return t->len - i >= 4 && memcmp(t->data + i, "<!--", 4) == 0;
}

/* Renders blocks [from, to) into out, blank lines between them. */
void
ct_render_blocks(
    const struct mdnode *from, const struct mdnode *to, struct buf *out)
{
	for (; from != NULL && from != to; from = from->next) {
		size_t before = out->len;

		if (from->type == MDN_HTML && is_comment(&from->text))
			continue;
		if (out->len > 0)
			buf_adds(out, "\n\n");
		md_render(from, out);
		if (out->len == before + 2 && before > 0)
			out->len = before; /* rendered to nothing */
	}
}

/* s as compared with headings: ASCII letters and digits lower-cased and
 * every other byte of a script beyond ASCII kept; markup, punctuation
 * and spaces dropped (a copy). */
char *
ct_words_key(const char *s)
{
	char *k = xmalloc(strlen(s) + 1), *w = k;

	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x80 || (*s >= '0' && *s <= '9'))
			*w++ = *s;
		else if ((*s | 32) >= 'a' && (*s | 32) <= 'z')
			*w++ = (char)(*s | 32);
	*w = '\0';
	return k;
}
