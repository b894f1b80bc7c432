/* Markdown -> records: reads question banks off the block tree of
 * corpus_md.c, in the shapes people write them (DESIGN.md):
 *   1. list items that start with a **bold question**, the answer after a
 *      line break (and an optional "Explanation:" label) -- the built-in
 *      format; also list items that start with a heading
 *   2. a heading per question, the answer in the blocks below it
 *   3. <details><summary>question</summary> answer </details>; a summary
 *      that only says "Answer" takes the question from just above it
 *   4. lists of questions without answers
 * The document is cut into sections at its headings. Explicit shapes (1,
 * 3) win; a heading that ends in a question mark owns its section as the
 * answer; then question lists; then leaf headings at the level where the
 * questions are. A record's category is the nearest heading above its
 * question that is not a question itself, else the file's name. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "corpus.h"
#include "corpus_md.h"
#include "utf8.h"
#include "util.h"

struct section {
	const struct mdnode *heading; /* NULL for the blocks before one */
	unsigned level; /* 0 before the first heading */
	char *title; /* the heading as plain text */
	const struct mdnode *first, *end; /* its blocks: [first, end) */
	int leaf; /* no deeper heading follows inside it */
	int content; /* has blocks that made no record */
	int question; /* the heading is a question */
	size_t items; /* records from its blocks */
};

struct parse {
	struct corpus *c;
	const char *source;
	corpus_warn_fn *warn;
	void *ctx;
	struct section *secs;
	size_t nsecs;
	int emit; /* second pass: add the records */
	size_t qlists; /* lists of questions so far: a file that has them
	                * writes its other lists that way too */
	int asked; /* the last list read was a list of questions */
	long added;
};

static void
warnf(struct parse *ps, unsigned line, const char *msg)
{
	if (ps->emit && ps->warn != NULL)
		ps->warn(ps->ctx, ps->source, line, msg);
}

/* Drops GitHub emoji short codes (":white_check_mark:") and the space
 * after them, in place. */
static void
strip_shortcodes(char *s)
{
	char *r = s, *w = s;

	while (*r != '\0') {
		if (*r == ':') {
			char *e = r + 1;

			while ((*e >= 'a' && *e <= 'z') ||
			    (*e >= '0' && *e <= '9') || *e == '_' ||
			    *e == '+' || *e == '-')
				e++;
			if (*e == ':' && e - r > 2 &&
			    strchr(r + 1, '_') != NULL &&
			    strchr(r + 1, '_') < e) {
				r = e + 1;
				while (*r == ' ')
					r++;
				continue;
			}
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

/* Replaces markdown links in s by their text, and drops images and links
 * into the page whose text is only a symbol ("[[⬆]](#toc)"), in place. */
static void
strip_links(char *s)
{
	char *r = s, *w = s;

	while (*r != '\0') {
		int img = r[0] == '!' && r[1] == '[';
		char *open = img ? r + 1 : r, *close, *end;
		int depth = 0;

		if (*open != '[') {
			*w++ = *r++;
			continue;
		}
		for (close = open; *close != '\0'; close++) {
			depth += *close == '[' ? 1 : *close == ']' ? -1 : 0;
			if (depth == 0)
				break;
		}
		if (*close != ']' || close[1] != '(' ||
		    (end = strchr(close + 2, ')')) == NULL) {
			*w++ = *r++;
			continue;
		}
		if (!img &&
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
static char *
title_of(const struct mdnode *n)
{
	struct buf t = { 0 };
	char *s, *r;
	size_t len;

	buf_add(&t, n->text.data != NULL ? n->text.data : "", n->text.len);
	s = md_trim((char *)buf_cstr(&t));
	strip_links(s);
	strip_links(s); /* a link inside a link's text */
	s = md_trim(s);
	strip_shortcodes(s);
	for (r = s; *r != '\0'; r++)
		if (*r == '\n' || *r == '\t')
			*r = ' ';
	s = md_trim(s);
	len = strlen(s);
	while (len >= 4 && strncmp(s, "**", 2) == 0 &&
	    strcmp(s + len - 2, "**") == 0 &&
	    memchr(s + 2, '*', len - 4) == NULL) {
		s[len - 2] = '\0';
		s = md_trim(s + 2);
		len = strlen(s);
	}
	r = xstrdup(s);
	buf_free(&t);
	return r;
}

/* Reports whether s ends with a question mark (ASCII, full-width, Arabic
 * or Greek), ignoring closing emphasis, quotes and brackets after it. */
static int
ends_in_question_mark(const char *s)
{
	size_t n = strlen(s);

	while (n > 0 && strchr(" *_)\"'`]", s[n - 1]) != NULL)
		n--;
	if (n >= 1 && s[n - 1] == '?')
		return 1;
	return (n >= 3 && memcmp(s + n - 3, "\xef\xbc\x9f", 3) == 0) ||
	    (n >= 2 && memcmp(s + n - 2, "\xd8\x9f", 2) == 0) ||
	    (n >= 2 && memcmp(s + n - 2, "\xcd\xbe", 2) == 0);
}

/* Reports whether an item's text reads as a question: a question mark
 * at its end, or an asking word at its start. */
static int
question_like(const char *s)
{
	static const char *const words[] = { "what", "why", "how", "when",
		"where", "which", "who", "whom", "whose", "is", "are", "do",
		"does", "did", "can", "could", "should", "would", "will",
		"have", "has", "explain", "describe", "define", "compare",
		"list", "name", "give", "tell", "write", "implement", "design",
		"discuss", "contrast", "outline", "differentiate", "walk" };
	size_t i, n;

	while (*s == '*' || *s == '_' || *s == ' ')
		s++;
	if (ends_in_question_mark(s))
		return 1;
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		n = strlen(words[i]);
		if (strncasecmp(s, words[i], n) == 0 &&
		    (s[n] == ' ' || s[n] == ','))
			return 1;
	}
	return 0;
}

/* Copies a into a new string with runs of blank lines outside code
 * fences made one (HTML blocks and the blocks around them add their own). */
static char *
squeeze(const char *a)
{
	char *s = xmalloc(strlen(a) + 1), *w = s;
	int fence = 0, nl = 0;
	const char *line = a;

	for (; *a != '\0'; a++) {
		if (a == line && strncmp(a, "```", 3) == 0)
			fence = !fence;
		if (*a == '\n') {
			line = a + 1;
			if (!fence && ++nl > 2)
				continue;
		} else if (*a != ' ' || a != line)
			nl = 0;
		*w++ = *a;
	}
	*w = '\0';
	return s;
}

static void
add_record(struct parse *ps, const char *category, unsigned line, const char *q,
    const char *a)
{
	struct corpus *c = ps->c;
	struct corpus_record *r;
	char *base = NULL;

	if (q[0] == '\0')
		return; /* "##" alone, an empty summary: no question */
	if (!ps->emit) {
		ps->added++;
		return;
	}
	if (category != NULL) {
		/* "General Questions:" names the category General Questions */
		size_t n = strlen(category);

		for (;;) {
			if (n > 0 &&
			    (category[n - 1] == ':' || category[n - 1] == ' '))
				n--;
			else if (n >= 3 &&
			    memcmp(category + n - 3, "\xef\xbc\x9a", 3) == 0)
				n -= 3;
			else
				break;
		}
		base = xstrndup(category, n);
		category = base;
	}
	if (category == NULL || category[0] == '\0') {
		const char *slash = strrchr(ps->source, '/');
		char *dot;

		free(base);
		base = xstrdup(slash != NULL ? slash + 1 : ps->source);
		if ((dot = strrchr(base, '.')) != NULL && dot != base)
			*dot = '\0';
		category = base;
	}
	if (c->nrecords == c->caprecords) {
		c->caprecords = c->caprecords ? 2 * c->caprecords : 64;
		c->records = xreallocarray(
		    c->records, c->caprecords, sizeof *c->records);
	}
	r = &c->records[c->nrecords++];
	r->category = corpus_category(c, category);
	r->source = corpus_source(c, ps->source);
	r->line = line;
	r->question = xstrdup(q);
	r->answer = squeeze(a);
	ps->added++;
	free(base);
}

/* The category of records from section i: its own heading when that is
 * not a question, else the nearest heading above at a lower level. */
static const char *
category_of(const struct parse *ps, size_t i)
{
	unsigned level = ps->secs[i].level + 1;
	size_t k = i + 1;

	while (k-- > 0) {
		const struct section *s = &ps->secs[k];

		if (s->heading != NULL && s->level < level && !s->question)
			return s->title;
		if (s->heading != NULL && s->level < level)
			level = s->level;
	}
	return NULL;
}

/* Renders blocks [from, to) into out, blank lines between them. */
static void
render_blocks(
    const struct mdnode *from, const struct mdnode *to, struct buf *out)
{
	for (; from != NULL && from != to; from = from->next) {
		size_t before = out->len;

		if (from->type == MDN_HTML && from->text.len >= 4 &&
		    memcmp(md_trim((char *)buf_cstr((struct buf *)&from->text)),
		        "<!--", 4) == 0)
			continue;
		if (out->len > 0)
			buf_adds(out, "\n\n");
		md_render(from, out);
		if (out->len == before + 2 && before > 0)
			out->len = before; /* rendered to nothing */
	}
}

/* Labels that introduce the answer after a bold question. */
static const char *const labels[] = {
	"**Explanation**:",
	"**Explanation:**",
	"**Answer**:",
	"**Answer:**",
	"Explanation:",
	"Answer:",
};

/* Shape 1: an item whose text starts with a bold question. The bold part
 * is a question when the item ends there, or goes on after a line break
 * or an answer label, or the bold text ends in a question mark ("**Arch
 * Linux**, which ..." is no question). Returns 1 for such an item. */
static int
bold_item(struct parse *ps, const char *category, const struct mdnode *li)
{
	const struct mdnode *first = li->child;
	struct buf own = { 0 }, ans = { 0 };
	const char *t, *end;
	char *q, *rest;
	size_t i;
	int label = 0, ok;

	/* Tight lists put the text on the item, loose ones in a paragraph. */
	if (li->text.len > 0)
		buf_add(&own, li->text.data, li->text.len);
	else if (first != NULL && first->type == MDN_P) {
		buf_add(&own, first->text.data, first->text.len);
		first = first->next;
	} else
		return 0;
	t = md_trim((char *)buf_cstr(&own));
	if (strncmp(t, "**", 2) != 0 || (end = strstr(t + 2, "**")) == NULL ||
	    end == t + 2) {
		buf_free(&own);
		return 0;
	}
	q = xstrndup(t + 2, (size_t)(end - t - 2));
	rest = (char *)end + 2;
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strncasecmp(md_trim(rest), labels[i], strlen(labels[i])) ==
		    0) {
			rest = md_trim(rest) + strlen(labels[i]);
			label = 1;
			break;
		}
	ok = label || *md_trim(rest) == '\0' || rest[0] == '\n' ||
	    (rest[0] == ' ' && rest[1] == '\n') || ends_in_question_mark(q);
	if (ok) {
		buf_adds(&ans, md_trim(rest));
		for (; first != NULL; first = first->next) {
			if (ans.len > 0)
				buf_adds(&ans, "\n\n");
			md_render(first, &ans);
		}
		strip_shortcodes(q);
		add_record(ps, category, li->line, md_trim(q),
		    md_trim((char *)buf_cstr(&ans)));
	}
	free(q);
	buf_free(&own);
	buf_free(&ans);
	return ok;
}

/* An item that starts with a heading: the heading is the question, the
 * rest of the item the answer. */
static int
heading_item(struct parse *ps, const char *category, const struct mdnode *li)
{
	struct buf ans = { 0 };
	char *q;

	if (li->child == NULL || li->child->type != MDN_H)
		return 0;
	q = title_of(li->child);
	/* in a tight list, the item's text after the heading is its own */
	buf_add(&ans, li->text.data != NULL ? li->text.data : "", li->text.len);
	render_blocks(li->child->next, NULL, &ans);
	add_record(
	    ps, category, li->child->line, q, md_trim((char *)buf_cstr(&ans)));
	free(q);
	buf_free(&ans);
	return 1;
}

/* scan_list flags: leave the last item to a <details> after the list; a
 * list among lists of questions needs no question-like items. */
enum { SCAN_SKIP_LAST = 1, SCAN_LENIENT = 2 };

static size_t scan_list(struct parse *ps, const char *category,
    const struct mdnode *list, int flags);

/* The text of an item's first paragraph (or its own text, when tight). */
static char *
item_text(const struct mdnode *li, const struct mdnode **rest)
{
	*rest = li->child;
	if (li->text.len > 0)
		return title_of(li);
	if (li->child != NULL && li->child->type == MDN_P) {
		*rest = li->child->next;
		return title_of(li->child);
	}
	return xstrdup("");
}

/* Returns t (freed) with the items of list appended, "; " between them. */
static char *
append_items(char *t, const struct mdnode *list)
{
	const struct mdnode *li, *rest;
	struct buf b = { 0 };

	buf_adds(&b, t);
	for (li = list->child; li != NULL; li = li->next) {
		char *it = item_text(li, &rest);

		if (it[0] != '\0')
			buf_printf(
			    &b, "%s%s", li == list->child ? " " : "; ", it);
		free(it);
	}
	free(t);
	return buf_take(&b);
}

/* Whether an item is only a link, as in a table of contents. */
static int
bare_link(const struct mdnode *li)
{
	const struct mdnode *p = li->text.len > 0         ? li :
	    li->child != NULL && li->child->type == MDN_P ? li->child :
	                                                    NULL;
	struct buf t = { 0 };
	const char *s;
	size_t n;
	int yes;

	if (p == NULL)
		return 0;
	buf_add(&t, p->text.data, p->text.len);
	s = md_trim((char *)buf_cstr(&t));
	n = strlen(s);
	yes = n > 4 && s[0] == '[' && s[n - 1] == ')' && strstr(s, "](") &&
	    strstr(s, "](") == strrchr(s, ']');
	buf_free(&t);
	return yes;
}

/* Shape 4: a list whose items read as questions (a third of them at
 * least). Each item is a question; nested lists of questions are
 * questions too, other blocks of an item its answer. */
static int
question_list(const struct mdnode *list, int lenient)
{
	const struct mdnode *li, *rest;
	size_t n = 0, q = 0, links = 0;

	for (li = list->child; li != NULL; li = li->next, n++) {
		char *t = item_text(li, &rest);

		if (bare_link(li))
			links++;
		else
			q += question_like(t);
		free(t);
	}
	if (lenient)
		return n > links;
	return q > 0 && 3 * q >= n;
}

static size_t
question_items(struct parse *ps, const char *category,
    const struct mdnode *list, int skip_last)
{
	const struct mdnode *li, *rest, *k;
	size_t n = 0;

	for (li = list->child; li != NULL; li = li->next) {
		struct buf ans = { 0 };
		char *t;

		if (skip_last && li->next == NULL)
			break;
		if (bare_link(li))
			continue;
		t = item_text(li, &rest);
		for (k = rest; k != NULL; k = k->next) {
			if ((k->type == MDN_UL || k->type == MDN_OL) &&
			    question_list(k, 0))
				continue;
			if ((k->type == MDN_UL || k->type == MDN_OL) &&
			    t[0] != '\0' && t[strlen(t) - 1] == ':') {
				/* "Explain these headers:" and its list */
				t = append_items(t, k);
				continue;
			}
			render_blocks(k, k->next, &ans);
		}
		if (t[0] != '\0') {
			add_record(ps, category, li->line, t,
			    md_trim((char *)buf_cstr(&ans)));
			n++;
		}
		for (k = rest; k != NULL; k = k->next)
			if ((k->type == MDN_UL || k->type == MDN_OL) &&
			    question_list(k, 0))
				n += scan_list(ps, category, k, 0);
		free(t);
		buf_free(&ans);
	}
	return n;
}

/* Reads the records of one list; 0 when it holds none. */
static size_t
scan_list(struct parse *ps, const char *category, const struct mdnode *list,
    int flags)
{
	const struct mdnode *li;
	size_t n = 0, bold = 0, i = 0, count = 0;
	int skip_last = flags & SCAN_SKIP_LAST;

	for (li = list->child; li != NULL; li = li->next)
		count++;
	for (li = list->child; li != NULL; li = li->next, i++) {
		if (skip_last && i + 1 == count)
			break;
		if (bold_item(ps, category, li)) {
			bold++;
			n++;
		} else if (heading_item(ps, category, li))
			n++;
	}
	if (n > 0) {
		/* an explicit list: items not in its shape are malformed */
		for (li = list->child, i = 0; bold > 0 && li != NULL;
		     li = li->next, i++) {
			struct parse dry = *ps;

			if (skip_last && i + 1 == count)
				break;
			dry.emit = 0;
			if (!bold_item(&dry, category, li) &&
			    !heading_item(&dry, category, li))
				warnf(ps, li->line,
				    "list item does not start with a **bold "
				    "question**; skipped");
		}
		return n;
	}
	if (question_list(list, flags & SCAN_LENIENT)) {
		ps->asked = 1;
		return question_items(ps, category, list, skip_last);
	}
	return 0;
}

/* Finds needle in s[0..n) ignoring ASCII case; returns its offset or -1. */
static long
find_ci(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;

	for (i = 0; i + k <= n; i++)
		if (strncasecmp(s + i, needle, k) == 0)
			return (long)i;
	return -1;
}

static int
html_block(const struct mdnode *n, const char *needle)
{
	return n->type == MDN_HTML &&
	    find_ci(n->text.data != NULL ? n->text.data : "", n->text.len,
	        needle) >= 0;
}

/* Whether a summary only says that the answer is inside. */
static int
answer_summary(const char *s)
{
	static const char *const says[] = { "answer", "show answer",
		"the answer", "solution", "show solution", "click to expand",
		"click here to expand", "click to see the answer", "expand",
		"reveal", "reveal answer", "explanation", "show explanation",
		"hint" };
	char buf[64];
	size_t i, k = 0;

	for (; *s != '\0' && k + 1 < sizeof buf; s++)
		if (!strchr("*_`:.!()[] ", *s) ||
		    (*s == ' ' && k > 0 && buf[k - 1] != ' '))
			buf[k++] = *s;
	while (k > 0 && buf[k - 1] == ' ')
		k--;
	buf[k] = '\0';
	for (i = 0; i < sizeof says / sizeof says[0]; i++)
		if (strcasecmp(buf, says[i]) == 0)
			return 1;
	return 0;
}

/* Shape 3, starting at the HTML block d that opens <details>: reads the
 * summary and the answer, through the block that closes it. Returns the
 * block after the details, and the question in *q (the caller frees it),
 * the answer in ans; *q is NULL when the summary says "Answer". */
static const struct mdnode *
details(const struct mdnode *d, const struct mdnode *end, char **q,
    unsigned *line, struct buf *ans)
{
	const char *s = d->text.data != NULL ? d->text.data : "";
	size_t n = d->text.len;
	long at = find_ci(s, n, "<details"), sum, close, gt;
	struct buf t = { 0 };
	const struct mdnode *k;
	int depth = 1;

	*q = NULL;
	*line = d->line;
	sum = find_ci(s + at, n - (size_t)at, "<summary");
	if (sum >= 0 &&
	    (gt = find_ci(s + at + sum, n - (size_t)(at + sum), ">")) >= 0) {
		size_t from = (size_t)(at + sum + gt + 1);

		close = find_ci(s + from, n - from, "</summary>");
		if (close < 0)
			close = (long)(n - from);
		md_html_text(s + from, (size_t)close, 1, &t);
		*q = title_of(&(struct mdnode){ .text = t });
		from += (size_t)close + (close < (long)(n - from) ? 10 : 0);
		/* the summary's own line, for the record */
		for (size_t i = 0; i < (size_t)(at + sum); i++)
			*line += s[i] == '\n';
		s += from;
		n -= from;
	} else {
		s += at + 9;
		n -= (size_t)at + 9 < n ? (size_t)at + 9 : n;
	}
	/* the rest of this block, up to a </details> in it */
	close = find_ci(s, n, "</details>");
	md_html_text(s, close >= 0 ? (size_t)close : n, 0, ans);
	buf_free(&t);
	if (close >= 0)
		return d->next;
	for (k = d->next; k != NULL && k != end; k = k->next) {
		if (html_block(k, "<details"))
			depth++;
		if (html_block(k, "</details>") && --depth == 0) {
			long c = find_ci(
			    k->text.data, k->text.len, "</details>");
			struct buf tail = { 0 };

			md_html_text(k->text.data, (size_t)c, 0, &tail);
			if (*md_trim((char *)buf_cstr(&tail)) != '\0') {
				buf_adds(ans, "\n\n");
				buf_adds(ans, md_trim((char *)buf_cstr(&tail)));
			}
			buf_free(&tail);
			return k->next;
		}
		buf_adds(ans, "\n\n");
		render_blocks(k, k->next, ans);
	}
	return k;
}

/* The length of a question label at the start of s ("Question:", "Q:",
 * "Question 3.", "**Q:**"), or 0. */
static size_t
question_label(const char *s)
{
	const char *p = s;

	while (*p == '*' || *p == '_')
		p++;
	if (strncasecmp(p, "question", 8) == 0)
		p += 8;
	else if ((*p | 32) == 'q')
		p++;
	else
		return 0;
	if (*p == ' ' && p[1] >= '0' && p[1] <= '9')
		p++;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p != ':' && *p != '.')
		return 0;
	p++;
	while (*p == '*' || *p == '_')
		p++;
	if (*p != ' ' && *p != '\0')
		return 0;
	return (size_t)(p - s);
}

/* A question that stands in a paragraph of its own: after a label
 * ("Question: ...", "Q1. ..."), or all in bold ("**2. What is X?**"),
 * perhaps with its answer after a line break or an "A:" in the same
 * paragraph. Returns 1 and fills q and a (the paragraph's rest; the
 * caller frees both) for such a paragraph. */
static int
question_p(const struct mdnode *p, char **q, char **a)
{
	struct buf raw = { 0 };
	const char *t, *end, *rest = "";
	char *title, *s = NULL;
	size_t lab, n;
	int yes = 0;

	if (p->type != MDN_P)
		return 0;
	buf_add(&raw, p->text.data, p->text.len);
	t = md_trim((char *)buf_cstr(&raw));
	title = title_of(p);
	lab = question_label(title);
	if (lab > 0 && title[lab] != '\0') {
		s = xstrdup(md_trim(title + lab));
		yes = 1;
	} else if (strncmp(t, "**", 2) == 0 &&
	    (end = strstr(t + 2, "**")) != NULL && end > t + 2 &&
	    (end[2] == '\0' || end[2] == '\n' ||
	        (end[2] == ' ' && end[3] == '\n'))) {
		s = xstrndup(t + 2, (size_t)(end - t - 2));
		rest = end + 2;
		lab = question_label(s);
		memmove(s, s + lab, strlen(s + lab) + 1);
		yes = lab > 0 || question_like(md_trim(s));
	}
	if (yes) {
		/* "Q: What is X? A: It is y." in one paragraph */
		char *ans = strstr(s, " A: "), *m;

		if (ans == NULL)
			ans = strstr(s, " Answer: ");
		if (ans != NULL && *md_trim((char *)rest) == '\0') {
			*ans = '\0';
			rest = strchr(ans + 1, ':') + 1;
		}
		/* "1. What is X?": the number is the list's, not the text's */
		m = md_trim(s);
		n = strspn(m, "0123456789");
		if (n > 0 && (m[n] == '.' || m[n] == ')') && m[n + 1] == ' ')
			m += n + 2;
		*q = xstrdup(md_trim(m));
		*a = xstrdup(md_trim((char *)rest));
	}
	free(s);
	free(title);
	buf_free(&raw);
	return yes;
}

/* The question of paragraph p (question_p), and as its answer the rest
 * of the paragraph and the blocks after it up to the next such paragraph
 * (an "Answer:" label dropped). Returns the block after the answer. */
static const struct mdnode *
paragraph_question(struct parse *ps, const char *category,
    const struct mdnode *p, const struct mdnode *end)
{
	struct buf ans = { 0 };
	const struct mdnode *k;
	char *q, *a0, *a, *kq, *ka;
	size_t i;

	if (!question_p(p, &q, &a0))
		return p->next;
	buf_adds(&ans, a0);
	for (k = p->next; k != NULL && k != end; k = k->next) {
		if (question_p(k, &kq, &ka)) {
			free(kq);
			free(ka);
			break;
		}
		if (ans.len > 0)
			buf_adds(&ans, "\n\n");
		render_blocks(k, k->next, &ans);
	}
	a = md_trim((char *)buf_cstr(&ans));
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strncasecmp(a, labels[i], strlen(labels[i])) == 0) {
			a = md_trim(a + strlen(labels[i]));
			break;
		}
	if (strncasecmp(a, "A:", 2) == 0 || strncasecmp(a, "**A:**", 6) == 0)
		a = md_trim(a + (a[0] == 'A' || a[0] == 'a' ? 2 : 6));
	add_record(ps, category, p->line, q, a);
	free(q);
	free(a0);
	buf_free(&ans);
	return k;
}

static int
is_question_p(const struct mdnode *p)
{
	char *q, *a;

	if (!question_p(p, &q, &a))
		return 0;
	free(q);
	free(a);
	return 1;
}

static size_t
words(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (*s != ' ' && (s[1] == ' ' || s[1] == '\0'))
			n++;
	return n;
}

/* Whether the <details> block d says only "Answer": its question is the
 * item, paragraph or heading just above it. */
static int
answers_above(const struct mdnode *d, const struct mdnode *end)
{
	struct buf ans = { 0 };
	unsigned line;
	char *q;
	int yes;

	details(d, end, &q, &line, &ans);
	yes = q == NULL || answer_summary(q);
	free(q);
	buf_free(&ans);
	return yes;
}

/* The records of section i's blocks. In a section whose heading asks a
 * question only <details> blocks count: its lists are its answer. */
static void
scan_section(struct parse *ps, size_t i)
{
	struct section *sec = &ps->secs[i];
	const struct mdnode *b = sec->first, *next;
	const char *category;
	long before = ps->added;
	int asks = sec->heading != NULL && sec->leaf &&
	    ends_in_question_mark(sec->title);
	char *prev_q = NULL;
	unsigned prev_line = 0;
	int listed = 0, after_list = 0;
	size_t n;

	sec->content = 0;
	while (b != NULL && b != sec->end) {
		next = b->next;
		category = category_of(ps, i);
		if (html_block(b, "<details")) {
			struct buf ans = { 0 };
			unsigned line;
			char *q;

			next = details(b, sec->end, &q, &line, &ans);
			/* under a heading that asks, a short summary that
			 * does not ("Show", "Reveal it") only hides its
			 * answer */
			if (q == NULL || answer_summary(q) ||
			    (asks && !question_like(q) && words(q) <= 3)) {
				/* the question is just above: a paragraph or
				 * list item, else the heading */
				free(q);
				q = NULL;
				if (prev_q != NULL) {
					q = prev_q;
					line = prev_line;
					prev_q = NULL;
				} else if (sec->heading != NULL) {
					q = xstrdup(sec->title);
					line = sec->heading->line;
					sec->question = 1;
					category = category_of(ps, i);
				}
			}
			if (q != NULL && *q != '\0')
				add_record(ps, category, line, q,
				    md_trim((char *)buf_cstr(&ans)));
			free(q);
			buf_free(&ans);
		} else if (b->type == MDN_HTML && b->text.len >= 4 &&
		    find_ci(b->text.data, 4, "<!--") == 0) {
			; /* a comment */
		} else if ((b->type == MDN_UL || b->type == MDN_OL) && !asks) {
			int answered = next != NULL && next != sec->end &&
			    html_block(next, "<details") && b->last != NULL &&
			    answers_above(next, sec->end);

			ps->asked = 0;
			n = scan_list(
			    ps, category, b, ps->qlists > 0 ? SCAN_LENIENT : 0);
			if (n == 0)
				sec->content = 1;
			else if (ps->asked)
				ps->qlists++, listed = 1;
			if (n > 0 && answered) {
				/* undo the last item: the details block
				 * after the list answers it */
				const struct mdnode *rest;

				free(prev_q);
				prev_q = item_text(b->last, &rest);
				prev_line = b->last->line;
				if (ps->emit && ps->c->nrecords > 0 &&
				    strcmp(ps->c->records[ps->c->nrecords - 1]
				               .question,
				        prev_q) == 0) {
					struct corpus_record *r =
					    &ps->c->records[--ps->c->nrecords];

					free(r->question);
					free(r->answer);
				}
				ps->added--;
			}
		} else if (b->type == MDN_CODE && after_list) {
			/* code right after a list of questions, as when a
			 * fence at the margin ends the list: it shows the
			 * last question's code */
			if (ps->emit && ps->c->nrecords > 0) {
				struct corpus_record *r =
				    &ps->c->records[ps->c->nrecords - 1];
				struct buf a = { 0 };

				buf_adds(&a, r->answer);
				render_blocks(b, b->next, &a);
				free(r->answer);
				r->answer = buf_take(&a);
			}
			listed = 1;
		} else if (b->type == MDN_P && !asks && is_question_p(b)) {
			next = paragraph_question(ps, category, b, sec->end);
		} else {
			if (b->type == MDN_P) {
				free(prev_q);
				prev_q = title_of(b);
				prev_line = b->line;
				if (!question_like(prev_q)) {
					free(prev_q);
					prev_q = NULL;
				}
			}
			sec->content = 1;
		}
		if (b->type != MDN_P && b->type != MDN_UL &&
		    b->type != MDN_OL) {
			free(prev_q);
			prev_q = NULL;
		}
		after_list = listed;
		listed = 0;
		b = next;
	}
	free(prev_q);
	sec->items = (size_t)(ps->added - before);
}

/* Cuts the document's top-level blocks into sections at headings. */
static void
sections(struct parse *ps, const struct mdnode *doc)
{
	const struct mdnode *b;
	size_t i, cap = 16;

	ps->secs = xcalloc(cap, sizeof *ps->secs);
	ps->nsecs = 1;
	ps->secs[0].first = doc->child;
	for (b = doc->child; b != NULL; b = b->next) {
		struct section *s;

		if (b->type != MDN_H)
			continue;
		if (ps->nsecs == cap)
			ps->secs = xreallocarray(
			    ps->secs, cap *= 2, sizeof *ps->secs);
		ps->secs[ps->nsecs - 1].end = b;
		s = &ps->secs[ps->nsecs++];
		memset(s, 0, sizeof *s);
		s->heading = b;
		s->level = b->level;
		s->title = title_of(b);
		s->first = b->next;
	}
	ps->secs[ps->nsecs - 1].end = NULL;
	for (i = 0; i < ps->nsecs; i++)
		ps->secs[i].leaf = i + 1 == ps->nsecs ||
		    ps->secs[i + 1].level <= ps->secs[i].level;
}

/* Decides which headings are questions (shape 2): leaf headings whose
 * section made no record but has content, when they end in a question
 * mark or (in a document with no other records) stand at the level where
 * most such headings are. */
static void
heading_questions(struct parse *ps)
{
	size_t count[7][2] = { { 0 } }, i, best = 0, items = 0;
	unsigned level, at = 0;
	int with_mark = 0;

	for (i = 0; i < ps->nsecs; i++)
		items += ps->secs[i].items;

	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		if (s->heading == NULL || !s->leaf || s->items > 0 ||
		    !s->content || s->level > 6)
			continue;
		count[s->level][ends_in_question_mark(s->title)]++;
		with_mark |= ends_in_question_mark(s->title);
	}
	/* where lists or <details> hold the questions, a heading must ask
	 * to be one */
	for (level = 1; level <= 6 && items == 0; level++)
		if (count[level][with_mark] > best) {
			best = count[level][with_mark];
			at = level;
		}
	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		if (s->heading != NULL && s->leaf && s->items == 0 &&
		    s->content && s->title[0] != '\0' &&
		    (s->level == at || ends_in_question_mark(s->title)))
			s->question = 1;
	}
}

static void
extract(struct parse *ps, const struct mdnode *doc)
{
	size_t i;

	sections(ps, doc);
	/* first pass: which sections hold records of their own */
	ps->emit = 0;
	for (i = 0; i < ps->nsecs; i++)
		scan_section(ps, i);
	ps->qlists = 0;
	heading_questions(ps);
	/* second pass: the records, in document order */
	ps->emit = 1;
	ps->added = 0;
	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		if (s->question && s->items == 0) {
			struct buf ans = { 0 };

			render_blocks(s->first, s->end, &ans);
			add_record(ps, category_of(ps, i), s->heading->line,
			    s->title, md_trim((char *)buf_cstr(&ans)));
			buf_free(&ans);
		} else
			scan_section(ps, i);
	}
}

long
corpus_parse(struct corpus *c, const char *source, const char *doc, size_t len,
    corpus_warn_fn *warn, void *ctx, char *err, size_t errsz)
{
	struct parse ps = { 0 };
	struct mdnode *root;
	size_t i;

	if (!utf8_valid(doc, len, &i))
		return errorf(err, errsz,
		    "not UTF-8 text (invalid byte at offset %zu)", i);
	if (len > 0xffffffffu)
		return errorf(err, errsz, "file too large");
	if ((root = md_parse_tree(doc, len, err, errsz)) == NULL)
		return -1;
	ps.c = c;
	ps.source = source;
	ps.warn = warn;
	ps.ctx = ctx;
	extract(&ps, root);
	for (i = 0; i < ps.nsecs; i++)
		free(ps.secs[i].title);
	free(ps.secs);
	md_free(root);
	return ps.added;
}
