/* Markdown -> records. md4c (CommonMark) parses the document into a small
 * block tree with each block's inline content rendered back to markdown
 * text; the recognisers below then read records off that tree. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <md4c.h>

#include "buf.h"
#include "corpus.h"
#include "utf8.h"
#include "util.h"

struct node {
	MD_BLOCKTYPE type;
	unsigned level; /* heading level; list start for OL */
	unsigned line; /* first line of the block's text, 1-based */
	struct buf text; /* inline content, as markdown */
	struct node *parent, *child, *last, *next;
};

struct parse {
	struct corpus *c;
	const char *source;
	const char *doc;
	size_t len;
	size_t *lines; /* offsets of line starts */
	size_t nlines;
	struct node *root, *cur;
	size_t span_start[32]; /* code span starts, by nesting depth */
	int depth;
	char *category; /* current category (a heading's text) */
	corpus_warn_fn *warn;
	void *ctx;
	long added;
};

static void
warnf(struct parse *ps, unsigned line, const char *msg)
{
	if (ps->warn != NULL)
		ps->warn(ps->ctx, ps->source, line, msg);
}

static unsigned
line_of(const struct parse *ps, const char *p)
{
	size_t off, lo = 0, hi = ps->nlines;

	if (p < ps->doc || p > ps->doc + ps->len)
		return 0;
	off = (size_t)(p - ps->doc);
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (ps->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return (unsigned)lo + 1;
}

static int
enter_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
	struct parse *ps = ud;
	struct node *n = xcalloc(1, sizeof *n);

	n->type = type;
	if (type == MD_BLOCK_H)
		n->level = ((MD_BLOCK_H_DETAIL *)detail)->level;
	else if (type == MD_BLOCK_OL)
		n->level = ((MD_BLOCK_OL_DETAIL *)detail)->start;
	else if (type == MD_BLOCK_CODE) {
		MD_BLOCK_CODE_DETAIL *d = detail;

		buf_adds(&n->text, "```");
		buf_add(&n->text, d->lang.text, d->lang.size);
		buf_addc(&n->text, '\n');
	}
	n->parent = ps->cur;
	if (ps->cur != NULL) {
		if (ps->cur->last != NULL)
			ps->cur->last->next = n;
		else
			ps->cur->child = n;
		ps->cur->last = n;
	} else
		ps->root = n;
	ps->cur = n;
	return 0;
}

static int
leave_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
	struct parse *ps = ud;
	struct node *n = ps->cur;

	(void)detail;
	if (type == MD_BLOCK_CODE) {
		if (n->text.len > 0 && n->text.data[n->text.len - 1] != '\n')
			buf_addc(&n->text, '\n');
		buf_adds(&n->text, "```");
	}
	/* A block's line is its first text's; an empty one takes its first
	 * child's. */
	if (n->line == 0 && n->child != NULL)
		n->line = n->child->line;
	ps->cur = n->parent;
	return 0;
}

static void
add_text(struct parse *ps, const char *p, size_t n)
{
	struct node *b = ps->cur;

	if (b->line == 0)
		b->line = line_of(ps, p);
	buf_add(&b->text, p, n);
}

static int
enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
	struct parse *ps = ud;
	struct buf *t = &ps->cur->text;

	(void)detail;
	switch (type) {
	case MD_SPAN_EM: buf_addc(t, '*'); break;
	case MD_SPAN_STRONG: buf_adds(t, "**"); break;
	case MD_SPAN_DEL: buf_adds(t, "~~"); break;
	case MD_SPAN_A: buf_addc(t, '['); break;
	case MD_SPAN_IMG: buf_adds(t, "!["); break;
	case MD_SPAN_CODE:
		if (ps->depth < 32)
			ps->span_start[ps->depth] = t->len;
		break;
	default: break;
	}
	ps->depth++;
	return 0;
}

/* Wraps the code span's text, which starts at offset start, in a run of
 * backticks one longer than the longest run inside it. */
static void
close_code_span(struct buf *t, size_t start)
{
	size_t run = 0, max = 0, i, n = t->len - start;
	char *body = xstrndup(t->data + start, n);
	int pad;

	for (i = 0; i < n; i++) {
		run = body[i] == '`' ? run + 1 : 0;
		if (run > max)
			max = run;
	}
	pad = n > 0 && (body[0] == '`' || body[n - 1] == '`');
	t->len = start;
	for (i = 0; i <= max; i++)
		buf_addc(t, '`');
	if (pad)
		buf_addc(t, ' ');
	buf_add(t, body, n);
	if (pad)
		buf_addc(t, ' ');
	for (i = 0; i <= max; i++)
		buf_addc(t, '`');
	free(body);
}

static int
leave_span(MD_SPANTYPE type, void *detail, void *ud)
{
	struct parse *ps = ud;
	struct buf *t = &ps->cur->text;

	ps->depth--;
	switch (type) {
	case MD_SPAN_EM: buf_addc(t, '*'); break;
	case MD_SPAN_STRONG: buf_adds(t, "**"); break;
	case MD_SPAN_DEL: buf_adds(t, "~~"); break;
	case MD_SPAN_A:
	case MD_SPAN_IMG: {
		const MD_ATTRIBUTE *href = type == MD_SPAN_A ?
		    &((MD_SPAN_A_DETAIL *)detail)->href :
		    &((MD_SPAN_IMG_DETAIL *)detail)->src;

		buf_adds(t, "](");
		buf_add(t, href->text, href->size);
		buf_addc(t, ')');
		break;
	}
	case MD_SPAN_CODE:
		if (ps->depth < 32)
			close_code_span(t, ps->span_start[ps->depth]);
		break;
	default: break;
	}
	return 0;
}

static int
text(MD_TEXTTYPE type, const MD_CHAR *p, MD_SIZE n, void *ud)
{
	struct parse *ps = ud;
	char u[4];

	switch (type) {
	case MD_TEXT_NULLCHAR: add_text(ps, "\xef\xbf\xbd", 3); break;
	case MD_TEXT_BR: add_text(ps, "\n", 1); break;
	case MD_TEXT_SOFTBR: add_text(ps, " ", 1); break;
	case MD_TEXT_ENTITY:
		if (utf8_entity(p, n, u) > 0)
			add_text(ps, u, (size_t)utf8_entity(p, n, u));
		else
			add_text(ps, p, n);
		break;
	default: add_text(ps, p, n); break;
	}
	return 0;
}

static void
free_tree(struct node *n)
{
	while (n != NULL) {
		struct node *next = n->next;

		free_tree(n->child);
		buf_free(&n->text);
		free(n);
		n = next;
	}
}

/* Returns s with leading and trailing white space removed, in place. */
static char *
trim(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && strchr(" \t\r\n", s[n - 1]) != NULL)
		s[--n] = '\0';
	while (*s != '\0' && strchr(" \t\r\n", *s) != NULL)
		s++;
	return s;
}

/* Renders the block n (and its children) as markdown into out. */
static void
render(const struct node *n, struct buf *out, const char *indent)
{
	const struct node *k;
	unsigned num;

	switch (n->type) {
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		num = n->level;
		for (k = n->child; k != NULL; k = k->next, num++) {
			struct buf item = { 0 };

			if (k != n->child)
				buf_addc(out, '\n');
			buf_adds(out, indent);
			if (n->type == MD_BLOCK_OL)
				buf_printf(out, "%u. ", num);
			else
				buf_adds(out, "- ");
			render(k, &item, "");
			/* continuation lines of the item line up under it */
			for (size_t i = 0; i < item.len; i++) {
				buf_addc(out, item.data[i]);
				if (item.data[i] == '\n' && i + 1 < item.len &&
				    item.data[i + 1] != '\n')
					buf_printf(out, "%s   ", indent);
			}
			buf_free(&item);
		}
		return;
	case MD_BLOCK_QUOTE:
		for (k = n->child; k != NULL; k = k->next) {
			struct buf inner = { 0 };

			if (k != n->child)
				buf_adds(out, "\n>\n");
			render(k, &inner, "");
			buf_adds(out, "> ");
			for (size_t i = 0; i < inner.len; i++) {
				buf_addc(out, inner.data[i]);
				if (inner.data[i] == '\n')
					buf_adds(out, "> ");
			}
			buf_free(&inner);
		}
		return;
	case MD_BLOCK_H:
		for (num = 0; num < n->level; num++)
			buf_addc(out, '#');
		buf_addc(out, ' ');
		break;
	case MD_BLOCK_TR:
		buf_adds(out, "|");
		for (k = n->child; k != NULL; k = k->next) {
			buf_addc(out, ' ');
			buf_add(out, k->text.data, k->text.len);
			buf_adds(out, " |");
		}
		return;
	case MD_BLOCK_HR: buf_adds(out, "---"); return;
	default: break;
	}
	if (n->text.len > 0) {
		struct buf t = { 0 };

		buf_add(&t, n->text.data, n->text.len);
		buf_adds(out,
		    n->type == MD_BLOCK_CODE ? buf_cstr(&t) :
		                               trim((char *)buf_cstr(&t)));
		buf_free(&t);
	}
	for (k = n->child; k != NULL; k = k->next) {
		if (out->len > 0 && out->data[out->len - 1] != '\n')
			buf_adds(out,
			    n->type == MD_BLOCK_LI || n->type == MD_BLOCK_DOC ||
			            n->type == MD_BLOCK_QUOTE ?
			        "\n\n" :
			        "\n");
		render(k, out, indent);
	}
}

/* Skips YAML front matter ("---" line, then up to a "---" or "..." line)
 * and returns the offset where the markdown starts. */
static size_t
front_matter(const char *d, size_t n)
{
	size_t i = 0;

	if (n >= 3 && memcmp(d, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	if (n - i < 4 || memcmp(d + i, "---", 3) != 0 ||
	    (d[i + 3] != '\n' && d[i + 3] != '\r'))
		return 0;
	for (i += 3; i < n; i++) {
		if (d[i] != '\n')
			continue;
		if (n - i - 1 >= 3 &&
		    (memcmp(d + i + 1, "---", 3) == 0 ||
		        memcmp(d + i + 1, "...", 3) == 0)) {
			size_t j = i + 4;

			while (j < n &&
			    (d[j] == ' ' || d[j] == '\t' || d[j] == '\r'))
				j++;
			if (j == n)
				return n;
			if (d[j] == '\n')
				return j + 1;
		}
	}
	return 0; /* unterminated: not front matter, parse it all */
}

static void
add_record(struct parse *ps, unsigned line, const char *q, const char *a)
{
	struct corpus *c = ps->c;
	struct corpus_record *r;
	const char *cat = ps->category;
	char *base = NULL;

	if (cat == NULL) {
		const char *slash = strrchr(ps->source, '/');
		char *dot;

		base = xstrdup(slash != NULL ? slash + 1 : ps->source);
		if ((dot = strrchr(base, '.')) != NULL && dot != base)
			*dot = '\0';
		cat = base;
	}
	if (c->nrecords == c->caprecords) {
		c->caprecords = c->caprecords ? 2 * c->caprecords : 64;
		c->records = xreallocarray(
		    c->records, c->caprecords, sizeof *c->records);
	}
	r = &c->records[c->nrecords++];
	r->category = corpus_category(c, cat);
	r->source = corpus_source(c, ps->source);
	r->line = line;
	r->question = xstrdup(q);
	r->answer = xstrdup(a);
	ps->added++;
	free(base);
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

/* The built-in format: a list item whose text starts with a bold question,
 * followed (after a line break) by an optional label and the answer, and
 * then any further blocks of the item. Returns 1 when li is one. */
static int
shape_bold_item(struct parse *ps, const struct node *li)
{
	const struct node *first = li->child, *k;
	struct buf own = { 0 }, ans = { 0 };
	const char *t, *end;
	char *q, *rest;
	size_t i;

	/* Tight lists put the text on the item, loose ones in a paragraph. */
	if (li->text.len > 0)
		buf_add(&own, li->text.data, li->text.len);
	else if (first != NULL && first->type == MD_BLOCK_P) {
		buf_add(&own, first->text.data, first->text.len);
		first = first->next;
	} else
		return 0;
	t = trim((char *)buf_cstr(&own));
	if (strncmp(t, "**", 2) != 0 || (end = strstr(t + 2, "**")) == NULL ||
	    end == t + 2) {
		buf_free(&own);
		return 0;
	}
	q = xstrndup(t + 2, (size_t)(end - t - 2));
	rest = trim((char *)end + 2);
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strncasecmp(rest, labels[i], strlen(labels[i])) == 0) {
			rest = trim(rest + strlen(labels[i]));
			break;
		}
	buf_adds(&ans, rest);
	for (k = li->text.len > 0 ? li->child : first; k != NULL; k = k->next) {
		if (ans.len > 0)
			buf_adds(&ans, "\n\n");
		render(k, &ans, "");
	}
	add_record(ps, li->line, trim(q), trim((char *)buf_cstr(&ans)));
	free(q);
	buf_free(&own);
	buf_free(&ans);
	return 1;
}

static void
set_category(struct parse *ps, const struct node *h)
{
	struct buf t = { 0 };

	buf_add(&t, h->text.data, h->text.len);
	free(ps->category);
	ps->category = xstrdup(trim((char *)buf_cstr(&t)));
	buf_free(&t);
	if (ps->category[0] == '\0') {
		free(ps->category);
		ps->category = NULL;
	}
}

static void
extract_list(struct parse *ps, const struct node *list)
{
	const struct node *li;
	size_t before = ps->c->nrecords, n = 0;

	for (li = list->child; li != NULL; li = li->next, n++)
		if (!shape_bold_item(ps, li) && ps->c->nrecords > before)
			warnf(ps, li->line,
			    "list item does not start with a "
			    "**bold question**; skipped");
	(void)n;
}

static void
extract(struct parse *ps, const struct node *doc)
{
	const struct node *n;

	for (n = doc->child; n != NULL; n = n->next) {
		if (n->type == MD_BLOCK_H)
			set_category(ps, n);
		else if (n->type == MD_BLOCK_OL || n->type == MD_BLOCK_UL)
			extract_list(ps, n);
	}
}

long
corpus_parse(struct corpus *c, const char *source, const char *doc, size_t len,
    corpus_warn_fn *warn, void *ctx, char *err, size_t errsz)
{
	MD_PARSER parser = { 0 };
	struct parse ps = { 0 };
	size_t i, cap = 64;
	int rc;

	if (!utf8_valid(doc, len, &i))
		return errorf(err, errsz,
		    "not UTF-8 text (invalid byte at "
		    "offset %zu)",
		    i);
	if (len > 0xffffffffu)
		return errorf(err, errsz, "file too large");
	/* md4c skips a BOM itself; keep offsets and lines of the original. */
	ps.c = c;
	ps.source = source;
	ps.doc = doc;
	ps.len = len;
	ps.warn = warn;
	ps.ctx = ctx;
	ps.lines = xreallocarray(NULL, cap, sizeof *ps.lines);
	ps.lines[ps.nlines++] = 0;
	for (i = 0; i < len; i++)
		if (doc[i] == '\n' ||
		    (doc[i] == '\r' && (i + 1 == len || doc[i + 1] != '\n'))) {
			if (ps.nlines == cap)
				ps.lines = xreallocarray(
				    ps.lines, cap *= 2, sizeof *ps.lines);
			ps.lines[ps.nlines++] = i + 1;
		}

	parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH |
	    MD_FLAG_TASKLISTS;
	parser.enter_block = enter_block;
	parser.leave_block = leave_block;
	parser.enter_span = enter_span;
	parser.leave_span = leave_span;
	parser.text = text;
	i = front_matter(doc, len);
	rc = md_parse(doc + i, (MD_SIZE)(len - i), &parser, &ps);
	if (rc != 0 || ps.root == NULL) {
		free_tree(ps.root);
		free(ps.lines);
		return errorf(err, errsz, "markdown parser failed");
	}
	extract(&ps, ps.root);
	free(ps.category);
	free_tree(ps.root);
	free(ps.lines);
	return ps.added;
}
