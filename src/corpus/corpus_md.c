/* Markdown -> a small block tree, by md4c. */
#include <ctype.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <md4c.h>

#include "buf.h"
#include "config.h"
#include "corpus_lang.h"
#include "corpus_md.h"
#include "md_dodge.h"
#include "utf8.h"
#include "util.h"

#ifndef BEQ_LIBMD4C
#define BEQ_LIBMD4C "libmd4c.so.0"
#endif

/* md4c, loaded once: process state by nature. */
static void *md4c;
static int (*md4c_parse)(const MD_CHAR *, MD_SIZE, const MD_PARSER *, void *);

int
md_load(char *err, size_t errsz)
{
	void *sym;

	if (md4c != NULL)
		return 0;
	if ((md4c = dlopen(BEQ_LIBMD4C, RTLD_NOW | RTLD_LOCAL)) == NULL)
		return errorf(err, errsz,
		    "cannot parse markdown: %s (install md4c)", dlerror());
	if ((sym = dlsym(md4c, "md_parse")) == NULL) {
		dlclose(md4c);
		md4c = NULL;
		return errorf(err, errsz,
		    "cannot parse markdown: %s has no "
		    "md_parse",
		    BEQ_LIBMD4C);
	}
	/* POSIX dlsym returns an object pointer; this is a function */
	memcpy(&md4c_parse, &sym, sizeof sym);
	return 0;
}

void
md_unload(void)
{
	if (md4c != NULL)
		dlclose(md4c);
	md4c = NULL;
	md4c_parse = NULL;
}

struct build {
	const char *doc;
	size_t len;
	/* what md4c reads: doc from its offset at on, with moved newlines
	 * put before it (md_dodge.c) */
	const char *read;
	size_t at, moved;
	size_t *lines; /* offsets of line starts */
	size_t nlines;
	struct mdnode *root, *cur;
	size_t span_start[32]; /* code span starts, by nesting depth */
	int depth;
	unsigned last_line; /* of the last text found in the document */
	size_t line_hint; /* the line the last text was on, less one */
	int depth_blocks; /* nodes open */
	struct mdnode *tight; /* an open paragraph of a tight item's own */
	int flattened; /* blocks open below the depth limit, not in the tree */
	/* the address of an inline <a> tag whose text is being read: its
	 * "</a>" closes it as a markdown link, "[text](address)" */
	const char *href;
	size_t href_len;
};

/* The 1-based line of p in the document (0: not in it). Texts come in
 * document order: the line of the last one, or the next, is tried before
 * a binary search. */
static unsigned
line_of(struct build *ps, const char *p)
{
	size_t off, lo = 0, hi = ps->nlines, h = ps->line_hint;

	if (p < ps->read || p > ps->read + ps->moved + (ps->len - ps->at))
		return 0;
	/* (the newlines put first hold no text: at the start if any) */
	off = (size_t)(p - ps->read);
	off = ps->at + (off > ps->moved ? off - ps->moved : 0);
	if (h < hi && ps->lines[h] <= off) {
		if (h + 1 == hi || off < ps->lines[h + 1])
			return (unsigned)h + 1;
		if (h + 2 == hi || off < ps->lines[h + 2]) {
			ps->line_hint = h + 1;
			return (unsigned)h + 2;
		}
		lo = h + 1;
	}
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (ps->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	ps->line_hint = lo;
	return (unsigned)lo + 1;
}

static int leave_block(MD_BLOCKTYPE type, void *detail, void *ud);

/* The longest run of c in s[0..n). */
static size_t
longest_run(const char *s, size_t n, char c)
{
	size_t i, run = 0, max = 0;

	for (i = 0; i < n; i++) {
		run = s[i] == c ? run + 1 : 0;
		if (run > max)
			max = run;
	}
	return max;
}

/* Puts the fences around a code block's text t, its info string and a
 * newline, then its lines: backticks, three unless the code holds a run
 * that long (it would close the fence: a fence one longer), tildes when
 * the info string has a backtick (a backtick fence's cannot). */
static void
fence_code(struct buf *t)
{
	const char *nl = memchr(t->data, '\n', t->len);
	size_t info = (size_t)(nl - t->data), k, n;
	char c = memchr(t->data, '`', info) != NULL ? '~' : '`';
	struct buf f = { 0 };

	if (t->data[t->len - 1] != '\n')
		buf_addc(t, '\n');
	n = longest_run(nl + 1, t->len - info - 1, c) + 1;
	if (n < 3)
		n = 3;
	for (k = 0; k < n; k++)
		buf_addc(&f, c);
	buf_add(&f, t->data, t->len);
	for (k = 0; k < n; k++)
		buf_addc(&f, c);
	buf_free(t);
	*t = f;
}

/* Appends n to the blocks of parent. */
static void
adopt(struct mdnode *parent, struct mdnode *n)
{
	n->parent = parent;
	if (parent->last != NULL)
		parent->last->next = n;
	else
		parent->child = n;
	parent->last = n;
}

static struct mdnode *
new_node(enum mdtype type, struct mdnode *parent, unsigned line)
{
	struct mdnode *k = xcalloc(1, sizeof *k);

	k->type = type;
	k->parent = parent;
	k->line = line;
	return k;
}

/* md4c gives a tight list item's text to the item, in no paragraph. Text
 * after a block inside the item ("1. Question", then "<details>" lines,
 * then the answer's text) is a paragraph of its own, or it would run on
 * from the item's first line: one is opened for it, and closed at the
 * next block that starts or ends. */
static void
tight_paragraph(struct build *ps)
{
	struct mdnode *li = ps->cur, *p;

	if (ps->tight != NULL || li == NULL || li->type != MDN_LI ||
	    li->last == NULL || ps->flattened > 0 ||
	    ps->depth_blocks >= BEQ_MAX_BLOCK_DEPTH)
		return;
	p = xcalloc(1, sizeof *p);
	p->type = MDN_P;
	adopt(li, p);
	ps->cur = ps->tight = p;
	ps->depth_blocks++;
}

static void
close_tight(struct build *ps)
{
	if (ps->tight == NULL)
		return;
	ps->tight = NULL;
	leave_block(MD_BLOCK_P, NULL, ps);
}

static int
enter_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
	struct build *ps = ud;
	struct mdnode *n;

	close_tight(ps);

	/* Blocks nested deeper than this (300,000 '>' in a row) become part
	 * of the block around them: the tree, and the recursion over it, stay
	 * shallow. */
	if (ps->depth_blocks >= BEQ_MAX_BLOCK_DEPTH) {
		ps->flattened++;
		return 0;
	}
	ps->depth_blocks++;
	n = xcalloc(1, sizeof *n);

	/* enum mdtype lists md4c's block types in md4c's order */
	n->type = (enum mdtype)type;
	if (type == MD_BLOCK_H)
		n->level = ((MD_BLOCK_H_DETAIL *)detail)->level;
	else if (type == MD_BLOCK_LI && ((MD_BLOCK_LI_DETAIL *)detail)->is_task)
		n->task = ((MD_BLOCK_LI_DETAIL *)detail)->task_mark == ' ' ?
		    ' ' :
		    'x';
	else if (type == MD_BLOCK_OL) {
		n->level = ((MD_BLOCK_OL_DETAIL *)detail)->start;
		n->tight = ((MD_BLOCK_OL_DETAIL *)detail)->is_tight != 0;
	} else if (type == MD_BLOCK_UL)
		n->tight = ((MD_BLOCK_UL_DETAIL *)detail)->is_tight != 0;
	else if (type == MD_BLOCK_TH || type == MD_BLOCK_TD)
		n->level = (unsigned)((MD_BLOCK_TD_DETAIL *)detail)->align;
	else if (type == MD_BLOCK_CODE) {
		MD_BLOCK_CODE_DETAIL *d = detail;

		/* the whole info string ("c title=x.c"), not only the
		 * language; the fence is made at leave_block */
		buf_add(&n->text, d->info.text, d->info.size);
		buf_addc(&n->text, '\n');
	}
	if ((n->type == MDN_UL || n->type == MDN_OL) && ps->cur != NULL &&
	    ps->cur->last != NULL && ps->cur->last->type == n->type)
		n->other_mark = !ps->cur->last->other_mark;
	if (ps->cur != NULL)
		adopt(ps->cur, n);
	else
		ps->root = n;
	ps->cur = n;
	return 0;
}

/* Drops a heading's attributes at the end of its text: an id or a
 * class, with more after them ("What is X? {#what-is-x}", "Setup {
 * #setup data-toc-label="Setup" }", "{: .note }"), kramdown's, pandoc's,
 * Python Markdown's, Docusaurus's, which a site does not show. */
static void
drop_heading_id(struct buf *t)
{
	size_t n = t->len, k, i;

	while (n > 0 && md_space(t->data[n - 1]))
		n--;
	if (n < 4 || t->data[n - 1] != '}')
		return;
	for (k = n - 1; k > 0 && t->data[k - 1] != '{'; k--)
		if (t->data[k - 1] == '}' || t->data[k - 1] == '\n')
			return;
	if (k < 2 || t->data[k - 2] != ' ')
		return;
	for (i = k; i < n && (t->data[i] == ' ' || t->data[i] == ':'); i++)
		;
	/* "{#id}", "{: .class}", or an MDX comment in braces (a slash and
	 * a star, the id, a star and a slash) */
	if (t->data[i] != '#' && t->data[i] != '.' &&
	    !(t->data[i] == '/' && i + 1 < n && t->data[i + 1] == '*'))
		return;
	for (k -= 2; k > 0 && t->data[k - 1] == ' ';)
		k--;
	t->len = k;
	t->data[k] = '\0';
}

/* Drops a heading's anchor in double brackets at the end of its text,
 * after more ("Quiz [[quiz]]", "What is RL? [[what-is-rl]]"), a word of letters,
 * digits, dashes and underscores, which Hugging Face's doc builder turns
 * into the heading's id and does not show. */
static void
drop_bracket_id(struct buf *t)
{
	size_t n = t->len, k;

	while (n > 0 && md_space(t->data[n - 1]))
		n--;
	if (n < 6 || t->data[n - 1] != ']' || t->data[n - 2] != ']')
		return;
	for (k = n - 2; k > 0 &&
	     (isalnum((unsigned char)t->data[k - 1]) || t->data[k - 1] == '-' ||
	         t->data[k - 1] == '_');
	     k--)
		;
	/* (after the title, spaced or not: "Ungraded quiz[[ungraded-quiz]]") */
	if (k == n - 2 || k < 3 || t->data[k - 1] != '[' ||
	    t->data[k - 2] != '[')
		return;
	for (k -= 2; k > 0 && md_space(t->data[k - 1]);)
		k--;
	t->len = k;
	t->data[k] = '\0';
}

/* A choice of a quiz as LiaScript writes it, "[( )] a" and "[(X)] b" (one
 * answer) or "[[ ]] a" and "[[X]] b" (several), at the start of list item
 * li's text t: the box of a task item, ticked or not, as "[ ] a" and "[x]
 * b" are. */
static void
choice_box(struct mdnode *li, struct buf *t)
{
	const char *p = t->data;

	if (li->task != 0 || t->len < 6 || p[0] != '[' ||
	    (p[1] != '(' && p[1] != '[') || p[4] != ']' || p[5] != ' ' ||
	    p[3] != (p[1] == '(' ? ')' : ']') ||
	    (p[2] != ' ' && p[2] != 'x' && p[2] != 'X'))
		return;
	li->task = p[2] == ' ' ? ' ' : 'x';
	memmove(t->data, p + 6, t->len - 6);
	t->len -= 6;
	t->data[t->len] = '\0';
}

static int
leave_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
	struct build *ps = ud;
	struct mdnode *n;

	(void)detail;
	close_tight(ps);
	n = ps->cur;
	if (ps->flattened > 0) {
		ps->flattened--;
		return 0;
	}
	ps->depth_blocks--;
	if (type == MD_BLOCK_CODE)
		fence_code(&n->text);
	/* A block's line is its first text's; an empty one takes its first
	 * child's. */
	if (n->line == 0 && n->child != NULL)
		n->line = n->child->line;
	/* text md4c does not quote from the document (a NUL's U+FFFD) has
	 * no place: the block is on the line of the text before it */
	if (n->line == 0 && n->type != MDN_DOC)
		n->line = ps->last_line;
	if (n->type == MDN_LI)
		choice_box(n, &n->text);
	else if (n->type == MDN_P && n->parent != NULL &&
	    n->parent->type == MDN_LI && n->parent->child == n)
		choice_box(n->parent, &n->text);
	if (n->type == MDN_P && n->level > 0)
		n->type = MDN_H; /* "<h2>x</h2>" */
	if (n->type == MDN_H) {
		drop_heading_id(&n->text);
		drop_bracket_id(&n->text);
	}
	n->nav = (n->type == MDN_P || n->type == MDN_HTML) && md_nav_link(n);
	if (n->parent != NULL)
		n->parent->details_close += n->details_close;
	ps->cur = n->parent;
	return 0;
}

/* The text of the block being read, with room for a paragraph from the
 * start: grown from 64 bytes, a paragraph took three copies. */
static struct buf *
cur_text(struct build *ps)
{
	struct buf *t = &ps->cur->text;

	if (t->cap == 0)
		buf_grow(t, 1024);
	return t;
}

static void
add_text(struct build *ps, const char *p, size_t n)
{
	buf_add(cur_text(ps), p, n);
}

static int
enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
	struct build *ps = ud;
	struct buf *t;

	/* (tested here: text comes a few bytes at a time) */
	if (ps->cur->type == MDN_LI && ps->cur->last != NULL)
		tight_paragraph(ps);
	t = cur_text(ps);

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
	char *body = xstrndup(n > 0 ? t->data + start : "", n);
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
	struct build *ps = ud;
	struct buf *t = cur_text(ps);

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
	struct build *ps = ud;
	char u[4];
	int k;

	/* the line of text that is not quoted from the document (a
	 * replaced NUL, a decoded entity) is where md4c found it */
	unsigned at = line_of(ps, p);

	/* (tested here: text comes a few bytes at a time) */
	if (ps->cur->type == MDN_LI && ps->cur->last != NULL)
		tight_paragraph(ps);
	if (ps->cur->line == 0)
		ps->cur->line = at;
	if (at > 0)
		ps->last_line = at;

	switch (type) {
	case MD_TEXT_NULLCHAR: add_text(ps, "\xef\xbf\xbd", 3); break;
	case MD_TEXT_BR:
	case MD_TEXT_SOFTBR:
		/* a paragraph's first line that shows nothing, only an
		 * anchor ('<a name="faq-3"></a>' over the question), is not
		 * its first line: the next one is */
		if (ps->cur->type == MDN_P && ps->cur->text.len == 0 &&
		    ps->cur->nav == -1) {
			ps->cur->line = 0;
			break;
		}
		/* a hard break ends its line as a soft one does: counted
		 * alike ("::: details Q  " then its answer) */
		if (ps->cur->first_break == 0)
			ps->cur->first_break = ps->cur->text.len + 1;
		ps->cur->breaks++;
		/* a hard one is a line break; after a "<br>" a soft one's is
		 * made: no space starts the next line */
		if (type == MD_TEXT_BR)
			add_text(ps, "\n", 1);
		else if (ps->cur->text.len == 0 ||
		    ps->cur->text.data[ps->cur->text.len - 1] != '\n')
			add_text(ps, " ", 1);
		break;
	case MD_TEXT_ENTITY:
		if ((k = utf8_entity(p, n, u)) > 0)
			add_text(ps, u, (size_t)k);
		else
			add_text(ps, p, n);
		break;
	case MD_TEXT_HTML:
		if (ps->cur->type == MDN_HTML) {
			add_text(ps, p, n);
		} else {
			/* inline HTML: what a reader sees of it. md4c reads a
			 * line "<h2>x</h2>" as a paragraph (its block tags
			 * have letters only): it is a heading. */
			struct buf t = { 0 };
			int open_a = n >= 3 && p[0] == '<' &&
			    (p[1] | 32) == 'a' && md_space(p[2]);

			if (ps->cur->type == MDN_P && ps->cur->text.len == 0 &&
			    n >= 4 && p[0] == '<' && (p[1] | 32) == 'h' &&
			    p[2] >= '1' && p[2] <= '6' &&
			    (p[3] == '>' || p[3] == ' '))
				ps->cur->level = (unsigned)(p[2] - '0');

			/* an <a> tag: its address, and whether the block is
			 * still only links into the page */
			if (open_a) {
				ps->href = md_href(p, n, &ps->href_len);
				ps->cur->nav = ps->cur->nav == 0 &&
				        md_anchor_href(p, n) ?
				    1 :
				    -1;
			}

			/* a "</details>" closes a block that an HTML block
			 * opened (ci_details): where it is counts. md4c
			 * hands over one tag at a time: one that only holds
			 * "</details" (in an attribute) closes nothing. */
			if (n >= 9 && strncasecmp(p, "</details", 9) == 0 &&
			    ps->cur->details_close++ == 0)
				ps->cur->details_at = ps->cur->text.len + 1;
			/* "<a href=X>text</a>": the link "[text](X)", as
			 * markdown writes it */
			if (open_a && ps->href != NULL)
				buf_addc(&t, '[');
			else if (n >= 4 && strncasecmp(p, "</a>", 4) == 0 &&
			    ps->href != NULL) {
				buf_adds(&t, "](");
				buf_add(&t, ps->href, ps->href_len);
				buf_addc(&t, ')');
				ps->href = NULL;
			} else
				md_html_text(p, n, 0, &t);
			add_text(ps, t.data != NULL ? t.data : "", t.len);
			buf_free(&t);
		}
		break;
	default: add_text(ps, p, n); break;
	}
	return 0;
}

void
md_free(struct mdnode *n)
{
	while (n != NULL) {
		struct mdnode *next = n->next;

		md_free(n->child);
		buf_free(&n->text);
		free(n);
		n = next;
	}
}

/* strchr per byte was 9% of parsing */
int
md_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

size_t
md_text_span(const struct mdnode *n, const char **t)
{
	const char *e;

	if ((*t = n->text.data) == NULL)
		return 0;
	e = *t + n->text.len;
	while (*t < e && md_space(**t))
		(*t)++;
	while (e > *t && md_space(e[-1]))
		e--;
	return (size_t)(e - *t);
}

char *
md_trim(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && md_space(s[n - 1]))
		s[--n] = '\0';
	while (md_space(*s))
		s++;
	return s;
}

/* Whether block b, in an item of a tight list, can follow the text
 * before it (a NULL: the item's own text) on the next line, with no
 * blank line, and still start a block of its own: what can interrupt a
 * paragraph, after what does not run on to a blank line. Elsewhere the
 * blank line stays, at the cost of a looser list. */
static int
hugs(const struct mdnode *a, const struct mdnode *b)
{
	if (a != NULL && (a->type == MDN_HTML || a->type == MDN_TABLE))
		return 0;
	return b->type == MDN_UL || b->type == MDN_CODE ||
	    b->type == MDN_QUOTE || b->type == MDN_H ||
	    (b->type == MDN_OL && b->level == 1);
}

/* Renders the block n (and its children) as markdown into out. */
static void
render(const struct mdnode *n, struct buf *out, const char *indent)
{
	const struct mdnode *k, *prev = NULL;
	unsigned num;

	switch (n->type) {
	case MDN_UL:
	case MDN_OL:
		num = n->level;
		for (k = n->child; k != NULL; k = k->next, num++) {
			struct buf item = { 0 };
			size_t at;
			int width;

			/* a loose list's items are a blank line apart */
			if (k != n->child)
				buf_adds(out, n->tight ? "\n" : "\n\n");
			buf_adds(out, indent);
			at = out->len;
			if (n->type == MDN_OL)
				buf_printf(out, "%u%c ", num,
				    n->other_mark ? ')' : '.');
			else
				buf_adds(out, n->other_mark ? "* " : "- ");
			/* continuation lines line up under the item's text,
			 * three columns in at least: "10. " takes four, or
			 * what follows would fall out of the item */
			width = out->len - at > 3 ? (int)(out->len - at) : 3;
			/* a task item's box shows, ticked or not (the ticked
			 * one is often the answer of a quiz) */
			if (k->task != 0)
				buf_adds(out, k->task == 'x' ? "[x] " : "[ ] ");
			render(k, &item, "");
			for (size_t i = 0; i < item.len; i++) {
				buf_addc(out, item.data[i]);
				if (item.data[i] == '\n' && i + 1 < item.len &&
				    item.data[i + 1] != '\n')
					buf_printf(
					    out, "%s%*s", indent, width, "");
			}
			buf_free(&item);
		}
		return;
	case MDN_QUOTE:
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
	case MDN_H:
		for (num = 0; num < n->level; num++)
			buf_addc(out, '#');
		buf_addc(out, ' ');
		break;
	case MDN_THEAD:
		/* the header row, then the delimiter row that makes it a
		 * table, with the columns' alignment */
		for (k = n->child; k != NULL; k = k->next) {
			if (k != n->child)
				buf_addc(out, '\n');
			render(k, out, indent);
		}
		if (n->last != NULL) {
			buf_adds(out, "\n|");
			for (k = n->last->child; k != NULL; k = k->next)
				buf_adds(out,
				    k->level == MD_ALIGN_LEFT ? " :--- |" :
				        k->level == MD_ALIGN_CENTER ?
				                                " :---: |" :
				        k->level == MD_ALIGN_RIGHT ? " ---: |" :
				                                     " --- |");
		}
		return;
	case MDN_TR:
		buf_adds(out, "|");
		for (k = n->child; k != NULL; k = k->next) {
			buf_addc(out, ' ');
			/* a "|" in a cell ("a \| b") is escaped, or it would
			 * end the cell; in a code span md4c leaves the "\" */
			for (size_t i = 0; i < k->text.len; i++) {
				if (k->text.data[i] == '|' &&
				    (i == 0 || k->text.data[i - 1] != '\\'))
					buf_addc(out, '\\');
				buf_addc(out, k->text.data[i]);
			}
			buf_adds(out, " |");
		}
		return;
	case MDN_HR: buf_adds(out, "---"); return;
	case MDN_P:
		if (n->nav > 0)
			return; /* "[⬆ Back to Top](#toc)" */
		break;
	default: break;
	}
	if (n->text.len > 0) {
		struct buf t = { 0 };

		buf_add(&t, n->text.data, n->text.len);
		buf_adds(out,
		    n->type == MDN_CODE ? buf_cstr(&t) :
		                          md_trim((char *)buf_cstr(&t)));
		buf_free(&t);
	}
	for (k = n->child; k != NULL; k = k->next) {
		if (out->len > 0 && out->data[out->len - 1] != '\n')
			buf_adds(out,
			    n->type == MDN_LI && n->parent != NULL &&
			            n->parent->tight &&
			            hugs(k == n->child ? NULL : prev, k) ?
			        "\n" :
			        n->type == MDN_LI || n->type == MDN_DOC ||
			            n->type == MDN_QUOTE ?
			        "\n\n" :
			        "\n");
		render(k, out, indent);
		prev = k;
	}
}

/* Skips YAML front matter ("---" line, then up to a "---" or "..." line)
 * and returns the offset where the markdown starts. */
static size_t
front_matter(const char *d, size_t n)
{
	size_t i;

	if (n < 4 || memcmp(d, "---", 3) != 0)
		return 0;
	/* (the fence may end in blanks, as the closing one may) */
	for (i = 3; i < n && (d[i] == ' ' || d[i] == '\t'); i++)
		;
	if (i == n || d[i] != '\n')
		return 0;
	for (; i < n; i++) {
		if (d[i] != '\n')
			continue;
		if (n - i - 1 >= 3 &&
		    (memcmp(d + i + 1, "---", 3) == 0 ||
		        memcmp(d + i + 1, "...", 3) == 0)) {
			size_t j = i + 4;

			while (j < n && (d[j] == ' ' || d[j] == '\t'))
				j++;
			if (j == n)
				return n;
			if (d[j] == '\n')
				return j + 1;
		}
	}
	return 0; /* unterminated: not front matter, parse it all */
}

/* Appends the value of the front matter's "title:" line, d[0..n) being
 * the front matter, without quotes around it, else of its "question:"
 * line (a quiz deck's page: the question, as its site shows it at the
 * top, which is no title); sets *line to its line. Returns 'q' for a
 * question, else 0. */
static char
front_matter_title(const char *d, size_t n, struct buf *out, unsigned *line)
{
	static const char *const keys[] = { "title:", "question:" };
	const char *p, *e = d + n, *nl, *v, *ve;
	size_t k, len;

	for (k = 0; k < sizeof keys / sizeof keys[0]; k++)
		for (p = d, len = strlen(keys[k]); p < e; p = nl + 1) {
			if ((nl = memchr(p, '\n', (size_t)(e - p))) == NULL)
				nl = e;
			if ((size_t)(nl - p) < len ||
			    strncasecmp(p, keys[k], len) != 0)
				continue;
			for (v = p + len; v < nl && (*v == ' ' || *v == '\t');
			     v++)
				;
			for (ve = nl; ve > v && md_space(ve[-1]); ve--)
				;
			if (ve - v >= 2 && (*v == '"' || *v == '\'') &&
			    ve[-1] == *v)
				v++, ve--;
			buf_add(out, v, (size_t)(ve - v));
			*line = 1;
			for (const char *c = d; c < p; c++)
				*line += *c == '\n';
			return k == 1 ? 'q' : 0;
		}
	return 0;
}

/* Whether an HTML block shows something: text, or an element that is
 * content without text (an image, a table, a rule); a "<br/>" or an
 * empty "<div>" only spaces the page. */
static int
html_shows(const struct mdnode *n)
{
	static const char media[][9] = { "<img", "<svg", "<video", "<audio",
		"<iframe", "<picture", "<object", "<embed", "<canvas", "<table",
		"<hr", "<math" };
	struct buf t = { 0 };
	size_t i, k;
	int yes;

	md_html_text(
	    n->text.data != NULL ? n->text.data : "", n->text.len, 0, &t);
	yes = *md_trim((char *)buf_cstr(&t)) != '\0';
	buf_free(&t);
	for (i = 0; !yes && i < n->text.len; i++)
		for (k = 0; n->text.data[i] == '<' &&
		     k < sizeof media / sizeof media[0];
		     k++)
			if (strncasecmp(n->text.data + i, media[k],
			        strlen(media[k])) == 0)
				yes = 1;
	return yes;
}

void
md_render(const struct mdnode *n, struct buf *out)
{
	/* an HTML block is kept as it is (a <table>, an <img>), as in a
	 * list item, but for a link back up the page and one that shows
	 * nothing */
	if (n->type == MDN_HTML && (n->nav > 0 || !html_shows(n)))
		return;
	render(n, out, "");
}

static struct mdnode *
parse(const char *doc, size_t len, int html, char *err, size_t errsz);

static void
shift_lines(struct mdnode *n, unsigned by)
{
	for (; n != NULL; n = n->next) {
		if (n->line > 0)
			n->line += by;
		shift_lines(n->child, by);
	}
}

/* Re-reads each structural HTML block as the markdown it shows, so that
 * its headings and lists are the document's own. */
static void
expand_html(struct mdnode *doc)
{
	struct mdnode *n, *prev = NULL, *next;

	for (n = doc->child; n != NULL; prev = n, n = next) {
		struct mdnode *sub, *k, *last = NULL;
		struct buf md = { 0 };

		next = n->next;
		if (n->type != MDN_HTML || !md_html_structural(&n->text))
			continue;
		md_html_structure(n->text.data, n->text.len, &md);
		sub = parse(md.data != NULL ? md.data : "", md.len, 0, NULL, 0);
		buf_free(&md);
		if (sub == NULL || sub->child == NULL) {
			md_free(sub);
			continue;
		}
		for (k = sub->child; k != NULL; k = k->next) {
			k->parent = doc;
			last = k;
		}
		shift_lines(sub->child, n->line > 0 ? n->line - 1 : 0);
		if (prev != NULL)
			prev->next = sub->child;
		else
			doc->child = sub->child;
		last->next = next;
		if (doc->last == n)
			doc->last = last;
		n->next = NULL;
		md_free(n);
		sub->child = NULL;
		md_free(sub);
		n = last;
	}
}

/* Cuts each HTML block that closes a <details> and goes on after it
 * ("</details>\n<details><summary>Next?</summary>", toggles with no blank
 * line between them) into a block per toggle: one block, one toggle, as
 * when they are apart. */
static void
split_toggles(struct mdnode *parent)
{
	struct mdnode *n;

	for (n = parent->child; n != NULL; n = n->next) {
		const char *t = n->text.data;
		size_t len = n->text.len, at, rest;
		struct mdnode *k;

		if (n->child != NULL)
			split_toggles(n);
		if (n->type != MDN_HTML || t == NULL)
			continue;
		for (at = 0; at + 10 <= len; at++)
			if (strncasecmp(t + at, "</details>", 10) == 0)
				break;
		if (at + 10 > len)
			continue;
		for (rest = at + 10; rest < len && md_space(t[rest]); rest++)
			;
		if (rest >= len || len - rest < 8 ||
		    strncasecmp(t + rest, "<details", 8) != 0)
			continue;
		k = xcalloc(1, sizeof *k);
		k->type = MDN_HTML;
		k->parent = parent;
		k->line = n->line;
		for (size_t i = 0; i < rest; i++)
			k->line += t[i] == '\n';
		buf_add(&k->text, t + rest, len - rest);
		n->text.len = at + 10;
		n->text.data[n->text.len] = '\0';
		k->next = n->next;
		n->next = k;
		if (parent->last == n)
			parent->last = k;
	}
}

/* The role of a fenced div named name[0..n) (see struct mdnode). */
static char
div_role(const char *name, size_t n)
{
	static const char answers[][12] = { "solution", "solutions", "answer",
		"answers", "details" };

	if (lang_exercise(name, n))
		return 'q';
	for (size_t i = 0; i < sizeof answers / sizeof answers[0]; i++)
		if (strlen(answers[i]) == n &&
		    strncasecmp(name, answers[i], n) == 0)
			return 's';
	return 'a';
}

/* Appends the HTML that opens a toggle whose summary is t[0..n), on one
 * line, its text escaped but, with entities set (an attribute's value),
 * for its entities: a box a site folds ("??? question", "::: details")
 * is read as that toggle. */
static void
open_toggle(struct buf *out, const char *t, size_t n, int entities)
{
	buf_adds(out, "<details><summary>");
	for (size_t i = 0; i < n; i++)
		buf_adds(out,
		    t[i] == '<'                  ? "&lt;" :
		        t[i] == '>'              ? "&gt;" :
		        t[i] == '&' && !entities ? "&amp;" :
		        t[i] == '\n'             ? " " :
		                                   (char[]){ t[i], 0 });
	buf_adds(out, "</summary>");
}

/* Where in paragraph k's text the line of colons (three or more) that
 * closes a fenced div starts: all of it (":::"), or its last line after
 * a break ("[Next](start)" then ":::"); else the text's length. */
static size_t
closing_colons(const struct mdnode *k)
{
	const char *t = k->text.data;
	size_t n = k->text.len, e = n;

	while (e > 0 && t[e - 1] == ':')
		e--;
	return n - e >= 3 &&
	        (e == 0 ||
	            (k->breaks > 0 && (t[e - 1] == ' ' || t[e - 1] == '\n'))) ?
	    e :
	    n;
}

/* Cuts paragraph n, whose first line opens a fenced div with no blank
 * line after it ("::: details Q" then its answer, then ":::"), into that
 * line, the rest, and a closing line of colons at its end if any. */
static void
split_marker(struct mdnode *n)
{
	struct mdnode *rest = xcalloc(1, sizeof *rest);
	size_t at = n->first_break - 1, e;

	rest->type = MDN_P;
	rest->parent = n->parent;
	rest->line = n->line + 1;
	rest->breaks = n->breaks - 1;
	buf_add(&rest->text, n->text.data + at + 1, n->text.len - at - 1);
	n->text.len = at;
	n->text.data[at] = '\0';
	n->breaks = 0;
	n->first_break = 0;
	rest->next = n->next;
	n->next = rest;
	if (n->parent != NULL && n->parent->last == n)
		n->parent->last = rest;
	/* "... :::": the closing line, joined to the last line */
	if ((e = closing_colons(rest)) > 0 && e < rest->text.len) {
		struct mdnode *close = xcalloc(1, sizeof *close);

		close->type = MDN_P;
		close->parent = n->parent;
		close->line = rest->line + rest->breaks;
		buf_add(&close->text, rest->text.data + e, rest->text.len - e);
		rest->text.len = e - 1;
		rest->text.data[e - 1] = '\0';
		rest->breaks--;
		close->next = rest->next;
		rest->next = close;
		if (n->parent != NULL && n->parent->last == rest)
			n->parent->last = close;
	}
}

/* A paragraph node of text t, a line of its own at line, under parent. */
static struct mdnode *
marker_node(struct mdnode *parent, unsigned line, const char *t)
{
	struct mdnode *k = xcalloc(1, sizeof *k);

	k->type = MDN_P;
	k->parent = parent;
	k->line = line;
	buf_adds(&k->text, t);
	return k;
}

/* Where the part of class name v[0..n) that may name a box starts: its
 * last part, for a name in parts whose first part names a quiz or
 * questions too ("quiz-question", "faq_answer"; not "known-problems",
 * "product-details") when that names an exercise or its solution; else
 * its start. Sets *role to that part's role (div_role). */
static size_t
class_part(const char *v, size_t n, char *role)
{
	size_t k = n, f = 0;

	while (k > 0 && v[k - 1] != '-' && v[k - 1] != '_')
		k--;
	while (f < n && v[f] != '-' && v[f] != '_')
		f++;
	if (k > 0 && k < n && f > 0 &&
	    (div_role(v, f) == 'q' || lang_questions_title(v, f)) &&
	    ((*role = div_role(v + k, n - k)) == 'q' || *role == 's'))
		return k;
	*role = div_role(v, n);
	return 0;
}

/* The role (div_role) of the <div> tag s[0..n) whose class, or data
 * type, names an exercise or its solution ('<div class="exercise">',
 * '<div data-type="solution">'): 'q' or 's', its name at *name, *len
 * long; 'a' for one of another class ('<div class="hint">'), named by
 * its first; 0 for a div of neither. */
static char
html_div_role(const char *s, size_t n, const char **name, size_t *len)
{
	static const char attrs[][10] = { "class", "data-type" };
	char other = 0;

	for (size_t a = 0; a < sizeof attrs / sizeof attrs[0]; a++) {
		size_t vn = 0, w, k;
		const char *v = md_attr(s, n, attrs[a], &vn), *e;

		if (v == NULL)
			continue;
		for (e = v + vn; v < e; v += w) {
			char role;

			while (v < e && *v == ' ')
				v++;
			for (w = 0; v + w < e && v[w] != ' '; w++)
				;
			k = 0;
			role = 0;
			if (w > 0)
				k = class_part(v, w, &role);
			if (role == 'q' || role == 's' ||
			    (role != 0 && other == 0)) {
				*name = v + k;
				*len = w - k;
				if (role != 'a')
					return role;
				other = role;
			}
		}
	}
	return other;
}

/* Whether s[0..n) is the start of a <div> tag ("<div>", "<div ...") or,
 * with closing, of a </div> tag. */
static int
div_tag(const char *s, size_t n, int closing)
{
	size_t k = closing ? 5 : 4;

	return n > k && strncasecmp(s, closing ? "</div" : "<div", k) == 0 &&
	    (s[k] == '>' || md_space(s[k]));
}

/* Appends to the chain at *tail, setting *last, a paragraph of the HTML
 * s[0..n) as the text it shows, at the line of its first letter (line,
 * the line of s), if it shows any. */
static void
html_text_p(struct mdnode *doc, struct mdnode ***tail, struct mdnode **last,
    const char *s, size_t n, unsigned line)
{
	struct buf t = { 0 };
	struct mdnode *p;
	size_t i = 0;

	while (i < n && md_space(s[i]))
		line += s[i++] == '\n';
	md_html_text(s + i, n - i, 0, &t);
	for (size_t k = 0; k < t.len; k++)
		if (t.data[k] == '\n')
			t.data[k] = ' ';
	if (*md_trim((char *)buf_cstr(&t)) == '\0') {
		buf_free(&t);
		return;
	}
	p = marker_node(doc, line, md_trim(t.data));
	buf_free(&t);
	**tail = p;
	*tail = &p->next;
	*last = p;
}

/* The divs open while html_boxes reads: per div, its role or 0; past
 * the room for them, only how many more are open. */
struct divs {
	char role[16];
	int depth, deeper;
	int boxes; /* of them, boxes */
};

static void
div_open(struct divs *d, char role)
{
	if (d->depth < (int)sizeof d->role) {
		d->role[d->depth++] = role;
		d->boxes += role != 0;
	} else
		d->deeper++;
}

/* Closes the innermost div: returns its role. */
static char
div_close(struct divs *d)
{
	char role;

	if (d->deeper > 0) {
		d->deeper--;
		return 0;
	}
	if (d->depth == 0)
		return 0;
	role = d->role[--d->depth];
	d->boxes -= role != 0;
	return role;
}

/* Where the HTML comment that opens at t[i] ends in t[0..len), past its
 * "-->" (len if it does not close), or i when none opens there. */
static size_t
past_comment(const char *t, size_t len, size_t i)
{
	if (len - i < 4 || memcmp(t + i, "<!--", 4) != 0)
		return i;
	for (i += 4; i + 3 <= len; i++)
		if (memcmp(t + i, "-->", 3) == 0)
			return i + 3;
	return len;
}

/* The boxes that HTML draws around an exercise and its solution, as
 * OpenStax's books write them ('<div data-type="exercise">', '<div
 * data-type="problem">' over the question, '<div data-type="solution">'
 * over its answer) and quiz pages ('<div class="question">'): among the
 * top-level HTML blocks of doc, such a <div> tag becomes the line that
 * opens a fenced div of its name (":::: exercise"), the </div> that
 * closes it, in this block or a later one, a line that closes it, and
 * the text between tags paragraphs, so that such boxes are read as
 * fenced divs are (fenced_divs). Only a block of <div> tags, text and
 * inline tags is so rewritten; while a box is open, the divs of any
 * other block are counted (comments aside), and a box one closes
 * closes after it. */
static void
html_boxes(struct mdnode *doc)
{
	struct divs d = { 0 };
	struct mdnode *n, *prev = NULL, *next;

	for (n = doc->child; n != NULL; prev = n, n = next) {
		const char *t = n->text.data, *name, *gt;
		size_t len = n->text.len, i, seg = 0, nlen;
		unsigned line = n->line, seg_line = n->line;
		struct mdnode *chain = NULL, **tail = &chain, *k, *last = NULL;
		int boxes = 0, closed = 0;

		next = n->next;
		if (n->type != MDN_HTML || t == NULL)
			continue;
		for (i = 0; i < len && !boxes; i++) {
			char role = 0;

			if (div_tag(t + i, len - i, 0) &&
			    (gt = memchr(t + i, '>', len - i)) != NULL)
				role = html_div_role(
				    t + i, (size_t)(gt - t) - i, &name, &nlen);
			boxes = role == 'q' || role == 's';
		}
		if (!md_html_inline_only(t, len) || (!boxes && d.boxes == 0)) {
			/* (its divs counted while a box is open) */
			for (i = 0; d.boxes > 0 && i < len; i++) {
				i = past_comment(t, len, i);
				if (i < len && div_tag(t + i, len - i, 0))
					div_open(&d, 0);
				else if (i < len && div_tag(t + i, len - i, 1))
					closed += div_close(&d) != 0;
			}
			for (; closed > 0; closed--) {
				k = marker_node(doc, n->line, ":::");
				k->next = n->next;
				n->next = k;
				if (doc->last == n)
					doc->last = k;
				n = k;
			}
			next = n->next;
			continue;
		}
		for (i = 0; i <= len; i++) {
			int closing;

			if (i < len && t[i] == '\n')
				line++;
			if (i < len && !div_tag(t + i, len - i, 0) &&
			    !div_tag(t + i, len - i, 1))
				continue;
			html_text_p(
			    doc, &tail, &last, t + seg, i - seg, seg_line);
			if (i == len ||
			    (gt = memchr(t + i, '>', len - i)) == NULL)
				break;
			closing = t[i + 1] == '/';
			/* (a tag's attributes may run over lines) */
			for (const char *c = t + i; c < gt; c++)
				line += *c == '\n';
			k = NULL;
			if (!closing) {
				char role = html_div_role(
				    t + i, (size_t)(gt - t) - i, &name, &nlen);
				struct buf m = { 0 };

				/* (a div of another class is an aside in a
				 * box, and nothing outside one) */
				if (role == 'a' && d.boxes == 0)
					role = 0;
				div_open(&d, role);
				if (role != 0) {
					buf_adds(&m, ":::: ");
					buf_add(&m, name, nlen);
					k = marker_node(
					    doc, line, buf_cstr(&m));
					buf_free(&m);
				}
			} else if (div_close(&d) != 0)
				k = marker_node(doc, line, ":::");
			if (k != NULL) {
				*tail = k;
				tail = &k->next;
				last = k;
			}
			seg = (size_t)(gt - t) + 1;
			seg_line = line;
			i = seg - 1;
		}
		/* the nodes, in n's place */
		*tail = next;
		if (prev != NULL)
			prev->next = last != NULL ? chain : next;
		else
			doc->child = last != NULL ? chain : next;
		if (doc->last == n)
			doc->last = last != NULL ? last : prev;
		n->next = NULL;
		md_free(n);
		n = last != NULL ? last : prev;
		if (n == NULL) {
			next = doc->child;
			continue;
		}
	}
}

/* The shortcodes of static site themes that fold their text ("{{<
 * details "Q" >}}" ... "{{< /details >}}", Hugo's Book and Hextra;
 * "{{% expand "Q" %}}", Learn and Relearn). */
static const char shortcode_toggles[][12] = { "details", "expand", "collapse",
	"spoiler", "accordion" };

/* The length of a shortcode at the start of t[0..n) that opens or (with
 * closing set) closes a toggle, else 0; for an opener, its title (a quoted
 * argument, or title="...") in [*title, *title + *tn). */
static size_t
shortcode(const char *t, size_t n, int closing, const char **title, size_t *tn)
{
	const char *e = t + n, *p, *end, *q;
	char mark;
	size_t i, k;

	if (n < 6 || t[0] != '{' || t[1] != '{' || (t[2] != '<' && t[2] != '%'))
		return 0;
	/* "{{< ... >}}", "{{% ... %}}" */
	mark = t[2] == '<' ? '>' : '%';
	for (end = t + 3; end + 3 <= e; end++)
		if (end[0] == mark && end[1] == '}' && end[2] == '}')
			break;
	if (end + 3 > e)
		return 0;
	for (p = t + 3; p < end && *p == ' '; p++)
		;
	if (closing != (p < end && *p == '/'))
		return 0;
	p += closing;
	for (i = 0; i < sizeof shortcode_toggles / sizeof shortcode_toggles[0];
	     i++) {
		k = strlen(shortcode_toggles[i]);
		if ((size_t)(end - p) >= k &&
		    strncmp(p, shortcode_toggles[i], k) == 0 &&
		    (p + k == end || p[k] == ' '))
			break;
	}
	if (i == sizeof shortcode_toggles / sizeof shortcode_toggles[0])
		return 0;
	if (!closing) {
		/* its first quoted argument */
		*title = NULL;
		*tn = 0;
		if ((q = memchr(p, '"', (size_t)(end - p))) != NULL &&
		    (p = memchr(q + 1, '"', (size_t)(end - q - 1))) != NULL) {
			*title = q + 1;
			*tn = (size_t)(p - q - 1);
		}
	}
	return (size_t)(end + 3 - t);
}

/* Shortcode toggles among the blocks of doc, their lines perhaps one
 * paragraph with their text, become the <details> HTML a site renders:
 * the opening line that of a toggle whose summary is its title, the
 * closing one "</details>". */
static void
shortcode_blocks(struct mdnode *doc)
{
	for (struct mdnode *n = doc->child; n != NULL; n = n->next) {
		const char *title;
		size_t k, tn, at;

		if (n->type != MDN_P || n->text.len == 0)
			continue;
		if ((k = shortcode(n->text.data, n->text.len, 0, &title, &tn)) >
		        0 &&
		    title != NULL && tn > 0) {
			struct buf h = { 0 };

			/* its text on the next lines: a paragraph of its own */
			if (n->first_break > 0 && n->first_break - 1 == k)
				split_marker(n);
			else if (k < n->text.len)
				continue;
			open_toggle(&h, title, tn, 0);
			buf_free(&n->text);
			n->text = h;
			n->type = MDN_HTML;
			continue;
		}
		/* "... text {{< /details >}}": the closing line ends it */
		if (n->text.len < 2 || n->text.data[n->text.len - 1] != '}' ||
		    n->text.data[n->text.len - 2] != '}')
			continue;
		for (at = n->text.len; at > 0; at--)
			if (n->text.data[at - 1] == '{' && at >= 2 &&
			    n->text.data[at - 2] == '{')
				break;
		if (at < 2 ||
		    shortcode(n->text.data + at - 2, n->text.len - at + 2, 1,
		        &title, &tn) != n->text.len - at + 2)
			continue;
		at -= 2;
		if (at == 0) {
			buf_free(&n->text);
			buf_adds(&n->text, "</details>");
			n->type = MDN_HTML;
		} else {
			struct mdnode *close = marker_node(
			    n->parent, n->line + n->breaks, "</details>");

			close->type = MDN_HTML;
			while (at > 0 && md_space(n->text.data[at - 1]))
				at--;
			n->text.len = at;
			n->text.data[at] = '\0';
			if (n->first_break > at)
				n->first_break = 0;
			close->next = n->next;
			n->next = close;
			if (doc->last == n)
				doc->last = close;
			n = close;
		}
	}
}

/* Whether paragraph b is only kramdown attribute lists ("{: .solution}",
 * "{: .solution} {: .challenge}" joined by a lazy line), which a Jekyll
 * site does not show. */
static int
attribute_list(const struct mdnode *b)
{
	const char *t = b->text.data, *e;

	if (b->type != MDN_P || t == NULL || b->text.len < 3)
		return 0;
	for (e = t + b->text.len; t < e;) {
		const char *c;

		if (e - t < 3 || t[0] != '{' || t[1] != ':' ||
		    (c = memchr(t, '}', (size_t)(e - t))) == NULL)
			return 0;
		for (t = c + 1; t < e && md_space(*t); t++)
			;
	}
	return 1;
}

/* Where the attribute list that ends t[0..n), blanks after it aside,
 * starts: at 0 or after a blank ("... 6. {: .solution}"); else n. */
static size_t
attribute_before(const char *t, size_t n)
{
	size_t e = n, at;

	while (e > 0 && md_space(t[e - 1]))
		e--;
	if (e < 3 || t[e - 1] != '}')
		return n;
	for (at = e - 1; at > 0 && t[at] != '{'; at--)
		;
	if (t[at] != '{' || t[at + 1] != ':' ||
	    (at > 0 && !md_space(t[at - 1])))
		return n;
	return at;
}

/* Cuts the attribute lists that end paragraph b's text, a lazy line
 * joined them to it ("`x` is 6." then "{: .solution}"). */
static void
trim_attributes(struct mdnode *b)
{
	char *t = b->text.data;
	size_t n = b->text.len, at;

	if (b->type != MDN_P || t == NULL)
		return;
	/* (not all of it: a paragraph of them alone is attribute_list's) */
	while ((at = attribute_before(t, n)) < n && at > 0)
		n = at;
	while (n > 0 && md_space(t[n - 1]))
		n--;
	if (n < b->text.len) {
		b->text.len = n;
		t[n] = '\0';
		if (b->first_break > n)
			b->first_break = 0;
	}
}

/* Whether the attribute lists that end paragraph b, all its text or
 * joined to its last line ("... an index. {: .solution} {: .challenge}"),
 * give a class that names an exercise. */
static int
names_exercise(const struct mdnode *b)
{
	const char *t;
	size_t n, at;

	if (b == NULL || b->type != MDN_P || (t = b->text.data) == NULL)
		return 0;
	for (n = b->text.len; (at = attribute_before(t, n)) < n; n = at)
		for (size_t i = at; i < n; i++)
			if (t[i] == '.') {
				size_t w = 0;

				while (i + 1 + w < n &&
				    (isalnum((unsigned char)t[i + 1 + w]) ||
				        t[i + 1 + w] == '-'))
					w++;
				if (w > 0 && div_role(t + i + 1, w) == 'q')
					return 1;
			}
	return 0;
}

/* The box role of quote q, as a kramdown box of the Carpentries' older
 * lessons writes one ("> ## Challenge 1", "> > ## Solution"): 'q', 's'
 * (div_role) by the first word of its first heading, else 'q' when the
 * attribute list that closes it names an exercise ("> ## Check your
 * understanding" ... "{: .challenge}": the class the site draws it by),
 * lazily joined to its last paragraph or right after it; else 0. */
static char
quote_role(const struct mdnode *q)
{
	const struct mdnode *k;
	const char *t;
	size_t n = 0;
	char role;

	if (q->type != MDN_QUOTE || q->child == NULL ||
	    q->child->type != MDN_H || q->child->text.len == 0)
		return 0;
	t = q->child->text.data;
	while (n < q->child->text.len && isalpha((unsigned char)t[n]))
		n++;
	role = div_role(t, n);
	if (role == 'q' || role == 's')
		return role;
	for (k = q; k->type == MDN_QUOTE && k->last != NULL;)
		k = k->last;
	return names_exercise(k) || names_exercise(q->next) ? 'q' : 0;
}

/* Lifts the blocks of quote q, a kramdown box of role, into q's place
 * between the lines that open and close the fenced div it stands for
 * (":::: challenge" ... ":::"), as the Carpentries' newer lessons write
 * it; a box of the other role in it likewise; its attribute lists go.
 * Returns the node that closes it. */
static struct mdnode *
lift_box(struct mdnode *q, char role)
{
	struct mdnode *parent = q->parent, *open, *close, *k, *next, *prev;

	open = marker_node(parent, q->line > 0 ? q->line - 1 : 0,
	    role == 'q' ? "::: challenge" : "::: solution");
	close = marker_node(parent, q->line, ":::");
	/* open, q's blocks, close, where q was */
	prev = open;
	for (k = q->child; k != NULL; k = next) {
		next = k->next;
		k->parent = parent;
		k->next = NULL;
		if (attribute_list(k)) {
			md_free(k);
			continue;
		}
		trim_attributes(k);
		prev->next = k;
		prev = k;
		if (quote_role(k) != 0 && quote_role(k) != role)
			prev = lift_box(k, quote_role(k));
	}
	prev->next = close;
	close->next = q->next;
	q->child = q->last = NULL;
	/* q's place: its node becomes the opening line */
	buf_free(&q->text);
	q->type = MDN_P;
	q->text = open->text;
	q->next = open->next;
	q->nav = 0;
	memset(&open->text, 0, sizeof open->text);
	free(open);
	if (close->next == NULL && parent != NULL)
		parent->last = close;
	return close;
}

/* Kramdown boxes at the margin of doc (a quote that opens with a heading
 * that names an exercise, its solution in a quote in it, "{: .challenge}"
 * after them) become the fenced divs that say the same; an attribute list
 * right after one goes. */
static void
kramdown_boxes(struct mdnode *doc)
{
	for (struct mdnode *n = doc->child; n != NULL; n = n->next) {
		char role = quote_role(n);

		if (role != 'q')
			continue;
		n = lift_box(n, role);
		while (n->next != NULL && attribute_list(n->next)) {
			struct mdnode *gone = n->next;

			n->next = gone->next;
			gone->next = NULL;
			md_free(gone);
			if (n->next == NULL)
				doc->last = n;
		}
	}
}

/* Whether the fenced div that paragraph n opens holds two headings or
 * more of its own, and then the line of colons that closes it, alone or
 * ending a paragraph ("[Next](start)" then ":::"); a box's one heading
 * is its title. */
static int
holds_headings(const struct mdnode *n)
{
	int depth = 1, headings = 0;

	for (const struct mdnode *b = n->next; b != NULL; b = b->next) {
		const struct mdnode *k = b;
		const char *t;
		size_t c = 0;

		if (b->type == MDN_H && depth == 1)
			headings++;
		/* (a closing line may be the lazy last line of a quote or
		 * a list: its last paragraph's) */
		while ((k->type == MDN_QUOTE || k->type == MDN_UL ||
		           k->type == MDN_OL || k->type == MDN_LI) &&
		    k->last != NULL)
			k = k->last;
		t = k->text.data;
		if ((k->type != MDN_P && k->type != MDN_LI) || t == NULL)
			continue;
		/* one that opens ("::: tip"), then one that closes, alone
		 * or as its last line */
		while (c < k->text.len && t[c] == ':')
			c++;
		if (c >= 3 && c < k->text.len)
			depth++;
		if (closing_colons(k) < k->text.len && --depth == 0)
			return headings >= 2;
	}
	/* (a box seen to close only) */
	return 0;
}

/* Marks the fenced divs among the blocks of doc: a paragraph that is
 * only ":::" (three colons or more) and a name (":::: challenge",
 * "::: tip Title", ":::{.callout}") opens one, a paragraph of colons
 * alone closes the innermost. markdown shows those lines as text; the
 * sites that write them show boxes. A "details" box whose title asks,
 * outside an exercise ("::: details How do I reset it?", VitePress), is
 * a toggle: its lines become the HTML of one, and it is read so. */
static void
fenced_divs(struct mdnode *doc)
{
	char open[16];
	struct mdnode *toggle[16];
	int depth = 0;

	for (struct mdnode *n = doc->child; n != NULL; n = n->next) {
		const char *t;
		size_t k = 0, len, name;

		n->div = depth > 0 ? open[depth - 1] : 0;
		if (n->type == MDN_P && n->breaks > 0 && n->text.len > 3 &&
		    memcmp(n->text.data, ":::", 3) == 0 && n->first_break > 0)
			split_marker(n);
		t = n->text.data;
		len = n->text.len;
		if (n->type != MDN_P || t == NULL || n->breaks > 0)
			continue;
		while (k < len && t[k] == ':')
			k++;
		if (k < 3)
			continue;
		while (k < len && (t[k] == ' ' || t[k] == '{' || t[k] == '.'))
			k++;
		for (name = k; k < len &&
		     (isalnum((unsigned char)t[k]) || t[k] == '-' ||
		         t[k] == '_');
		     k++)
			;
		if (k == name && k < len)
			continue; /* ":::" and then no name: text */
		n->nav = 2;
		if (k > name) {
			char role = div_role(t + name, k - name);
			size_t at = k;
			/* a titled details box outside an exercise */
			int details = k - name == 7 &&
			    strncasecmp(t + name, "details", 7) == 0 &&
			    !(depth > 0 && open[depth - 1] == 'q');

			while (at < len && t[at] == ' ')
				at++;
			details &= at < len;
			if (depth < (int)sizeof open && details &&
			    lang_asks(t + at, len - at)) {
				struct buf h = { 0 };

				open_toggle(&h, t + at, len - at, 0);
				buf_free(&n->text);
				n->text = h;
				n->type = MDN_HTML;
				n->nav = 0;
				n->div = 0;
				toggle[depth] = n;
				open[depth++] = 0;
				continue;
			}
			/* a details box that does not ask, outside an
			 * exercise, hides more of the page: an aside */
			if (details)
				role = 'a';
			/* a box of headings (":::{quizdown}" over "## Q1",
			 * "## Q2") is the page's own text in a frame the
			 * site draws: no aside */
			if (role == 'a' && !details && holds_headings(n))
				role = 0;
			n->div = role;
			if (depth < (int)sizeof open) {
				toggle[depth] = NULL;
				open[depth++] = n->div;
			}
		} else {
			n->div = 'c';
			if (depth > 0 && toggle[--depth] != NULL) {
				/* the end of a toggle */
				buf_free(&n->text);
				buf_adds(&n->text, "</details>");
				n->type = MDN_HTML;
				n->nav = 0;
				n->div = depth > 0 ? open[depth - 1] : 0;
			}
		}
	}
}

/* Whether the exercise box that marker line o opens has no title of its
 * own: none on its line (":::: challenge Bio" has one) and no heading of
 * its own up to its close (a solution box's inside it aside). */
static int
untitled_box(const struct mdnode *o)
{
	const char *t = o->text.data;
	size_t k = 0, n = o->text.len;
	int depth = 0;

	while (
	    k < n && (t[k] == ':' || t[k] == ' ' || t[k] == '{' || t[k] == '.'))
		k++;
	while (k < n && !md_space(t[k]))
		k++;
	while (k < n && md_space(t[k]))
		k++;
	if (k < n)
		return 0;
	for (const struct mdnode *b = o->next; b != NULL; b = b->next) {
		if (b->nav == 2 && b->div == 'c' && depth-- == 0)
			break;
		if (b->nav == 2 && b->div != 'c')
			depth++;
		if (b->type == MDN_H && depth == 0)
			return 0;
	}
	return 1;
}

/* Whether the first block of the box that marker line o opens, past the
 * marker lines of boxes in it ("::: problem"), is a paragraph. */
static int
opens_on_paragraph(const struct mdnode *o)
{
	const struct mdnode *b = o->next;

	while (b != NULL && b->nav == 2 && b->div != 'c')
		b = b->next;
	return b != NULL && b->type == MDN_P && b->nav != 2;
}

size_t
md_boxes(const struct mdnode *from, const struct mdnode *end)
{
	size_t n = 0;
	int depth = 0;

	for (const struct mdnode *b = from; b != NULL && b != end;
	     b = b->next) {
		if (b->type == MDN_H && depth == 0)
			break;
		if (b->nav != 2)
			continue;
		if (b->div == 'c')
			depth -= depth > 0;
		else
			n += depth++ == 0 && b->div == 'q';
	}
	return n;
}

/* The exercise boxes among the blocks of doc that have no title of their
 * own but stand right under a heading below the page's title ("##
 * Repositorio `bio`" then ":::: challenge" over a list of tasks): the
 * heading is the box's title, as if it were inside it, as its first
 * block. fenced_divs has marked the boxes. */
static void
titled_boxes(struct mdnode *doc)
{
	struct mdnode *prev = NULL, *h, *o;

	for (h = doc->child; h != NULL; prev = h, h = h->next) {
		o = h->next;
		if (h->type != MDN_H || h->level < 2 || h->div != 0 ||
		    o == NULL || o->nav != 2 || o->div != 'q' ||
		    o->next == NULL || o->next->div != 'q' ||
		    !untitled_box(o) ||
		    /* (two or more boxes up to the next heading, the first
		     * opening on a paragraph, are a run, each a question of
		     * its own, and the heading their category; so is one
		     * under "### Review Questions") */
		    ((md_boxes(o, NULL) >= 2 ||
		         lang_title(h->text.data, h->text.len) ==
		             LANG_QUESTIONS) &&
		        opens_on_paragraph(o)))
			continue;
		/* prev, o, h, what followed o */
		h->next = o->next;
		o->next = h;
		if (prev != NULL)
			prev->next = o;
		else
			doc->child = o;
		h->div = 'q';
		h = o;
	}
}

/* The MDX components of doc, each tag alone in its block ("<Challenges>",
 * "<Solution>", "</Solution>", "<Recap>", React's docs), become the lines
 * of the fenced divs that say the same ("::: challenges", ":::"), which
 * fenced_divs reads: a box of an exercise, of its solution, or an aside.
 * A component's name starts with a capital. */
static void
mdx_boxes(struct mdnode *doc)
{
	for (struct mdnode *n = doc->child; n != NULL; n = n->next) {
		const char *t = n->text.data;
		size_t len = n->text.len, k, name;
		int closing;

		if (n->type != MDN_HTML || t == NULL)
			continue;
		while (len > 0 && md_space(t[len - 1]))
			len--;
		if (len < 3 || t[0] != '<' || t[len - 1] != '>')
			continue;
		closing = t[1] == '/';
		name = k = closing ? 2 : 1;
		if (k >= len || !(t[k] >= 'A' && t[k] <= 'Z'))
			continue;
		while (k < len && isalnum((unsigned char)t[k]))
			k++;
		/* "<Solution>", "</Solution>", "<Challenges titleText=...>":
		 * one tag, no other */
		if ((closing && k != len - 1) ||
		    memchr(t + k, '<', len - k) != NULL ||
		    memchr(t + k, '\n', len - k) != NULL)
			continue;
		/* "<InDocAd />" closes itself: it boxes nothing */
		if (t[len - 2] == '/')
			continue;
		{
			struct buf m = { 0 };

			buf_adds(&m, ":::");
			if (!closing) {
				buf_addc(&m, ' ');
				buf_add(&m, t + name, k - name);
			}
			buf_free(&n->text);
			n->text = m;
			n->type = MDN_P;
		}
	}
}

int
md_option_letter(const char *t, size_t len, int n, const char *marks)
{
	return len >= 3 && (t[0] == 'A' + n || t[0] == 'a' + n) &&
	    strchr(marks, t[1]) != NULL && t[2] == ' ';
}

size_t
md_first_line(const struct mdnode *p)
{
	const char *nl = memchr(p->text.data, '\n', p->text.len);
	size_t k = nl != NULL ? (size_t)(nl - p->text.data) : p->text.len;

	return p->first_break > 0 && p->first_break - 1 < k ?
	    p->first_break - 1 :
	    k;
}

/* Whether ordered list b shows tasks: code or lettered options follow
 * it, or an item of it asks outright on its first line, or ends it in a
 * colon over more. */
static int
shows_tasks(const struct mdnode *b)
{
	const struct mdnode *k = b->next;

	/* its code, or its options ("A) ...", "a. ...") */
	if (k != NULL &&
	    (k->type == MDN_CODE ||
	        (k->type == MDN_P && k->text.data != NULL &&
	            md_option_letter(k->text.data, k->text.len, 0, ".)"))))
		return 1;
	for (const struct mdnode *li = b->child; li != NULL; li = li->next) {
		const struct mdnode *p = li->text.len > 0 ? li : li->child;
		size_t n;

		if (p == NULL || p->text.data == NULL)
			continue;
		/* (its first line: options may follow on the next) */
		n = md_first_line(p);
		/* ... or is a stem over its options ("A p-value is:" then
		 * "A) ..." on the next lines) */
		if (lang_question_mark(p->text.data, n) ||
		    (n < p->text.len && n > 0 && p->text.data[n - 1] == ':'))
			return 1;
	}
	return 0;
}

unsigned
md_items(const struct mdnode *l)
{
	unsigned n = 0;

	for (l = l->child; l != NULL; l = l->next)
		n++;
	return n;
}

int
md_numbers_run_on(const struct mdnode *a, const struct mdnode *b)
{
	return a->level + md_items(a) == b->level;
}

/* Marks the ordered lists among the blocks of doc whose numbers run on
 * from list to list, three lists at least, past a heading, most of them
 * showing tasks (runs_on): the steps of an answer run on between its
 * code blocks, but not past the next question, and a guide's steps
 * ("1. Download", "### Configure", "3. Edit the file") show no tasks. */
static void
numbered_runs(struct mdnode *doc)
{
	struct mdnode *first = NULL, *prev = NULL;
	size_t n = 0, tasks = 0;
	/* a heading between two lists of the run; one since prev */
	int headed = 0, heading = 0;

	for (struct mdnode *b = doc->child;; b = b->next) {
		if (b != NULL && b->type == MDN_H)
			heading = 1;
		if (b != NULL && b->type != MDN_OL)
			continue;
		if (b != NULL && prev != NULL && md_numbers_run_on(prev, b)) {
			prev = b;
			n++;
			tasks += shows_tasks(b);
			headed |= heading;
			heading = 0;
			continue;
		}
		/* the run from first to prev ends */
		for (; n >= 3 && headed && 2 * tasks > n && first != NULL;
		     first = first->next)
			if (first->type == MDN_OL &&
			    (first->runs_on = 1, first == prev))
				break;
		if (b == NULL)
			break;
		first = prev = b;
		n = 1;
		tasks = shows_tasks(b);
		headed = heading = 0;
	}
}

int
md_only_link(const struct mdnode *n)
{
	const char *t, *e, *mid;
	size_t len;

	if (n == NULL || (len = md_text_span(n, &t)) < 5)
		return 0;
	e = t + len;
	if (t[0] != '[' || e[-1] != ')' ||
	    (mid = memchr(t, ']', (size_t)(e - t))) == NULL || mid[1] != '(')
		return 0;
	/* one link: no other bracket or space in its target */
	for (const char *c = mid + 2; c < e - 1; c++)
		if (*c == ' ' || *c == ')' || *c == '(')
			return 0;
	return memchr(t + 1, '[', (size_t)(mid - t - 1)) == NULL;
}

/* Whether top-level block b is a paragraph that is one link over a quote
 * ("[min-stack](https://leetcode-cn.com/problems/min-stack/)", then "> 设
 * 计一个 ... 的栈。"): a problem's title, named by its link and stated in
 * the quote. */
static int
link_title(const struct mdnode *b)
{
	return b->type == MDN_P && b->div == 0 && b->next != NULL &&
	    b->next->type == MDN_QUOTE && md_only_link(b);
}

/* The number that paragraph b opens with, glued to its text by a dot
 * ("1.机器学习…", "15.Які …?", "3.**Title**": markdown wants a space
 * after the dot to make a list item, a reader sees one all the same),
 * and the length of the number and dot in *n; 0 when it opens with
 * none ("3.14 is pi", "2.0 release", "1. What", a list's already). */
static unsigned
glued_number(const struct mdnode *b, size_t *n)
{
	const char *t = b->text.data;
	unsigned num = 0;
	size_t k = 0;

	if (b->type != MDN_P || t == NULL)
		return 0;
	while (k < b->text.len && k < 3 && t[k] >= '0' && t[k] <= '9')
		num = num * 10 + (unsigned)(t[k++] - '0');
	if (k == 0 || k + 1 >= b->text.len || t[k] != '.' ||
	    md_space(t[k + 1]) || (t[k + 1] >= '0' && t[k + 1] <= '9') ||
	    t[k + 1] == '.')
		return 0;
	*n = k + 1;
	return num;
}

/* Makes numbered lists of the paragraphs among the blocks of doc that
 * open with numbers glued to their text, three at least, each the
 * number after the last one's, no heading between them: each is an
 * item, and items with nothing between them one list, as the page
 * shows them, numbered. */
static void
glued_lists(struct mdnode *doc)
{
	struct mdnode **items, *ol = NULL, *prev = NULL, *after;
	size_t count = 0, nrun = 0, nitems = 0, n, k = 0;
	unsigned next = 0, num;

	for (const struct mdnode *b = doc->child; b != NULL; b = b->next)
		count++;
	items = xcalloc(count + 1, sizeof *items);
	for (struct mdnode *b = doc->child;; b = b->next) {
		num = b != NULL ? glued_number(b, &n) : 0;
		/* a run ends at a heading, at a number out of turn and at
		 * the page's end; one of fewer than three is none */
		if (b == NULL || b->type == MDN_H ||
		    (num != 0 && num != next)) {
			if (nrun < 3)
				nitems -= nrun;
			nrun = 0;
		}
		if (b == NULL)
			break;
		if (num != 0) {
			items[nitems++] = b;
			nrun++;
			next = num + 1;
		}
	}
	for (struct mdnode *b = doc->child; b != NULL && k < nitems;
	     prev = b, b = after) {
		after = b->next;
		if (b != items[k]) {
			ol = NULL;
			continue;
		}
		k++;
		num = glued_number(b, &n);
		memmove(b->text.data, b->text.data + n, b->text.len - n + 1);
		b->text.len -= n;
		if (b->first_break > n)
			b->first_break -= n;
		if (b->details_at > n)
			b->details_at -= n;
		b->type = MDN_LI;
		b->next = NULL;
		if (ol == NULL) {
			ol = new_node(MDN_OL, doc, b->line);
			ol->level = num;
			ol->div = b->div; /* (in a box, the box's) */
			if (prev != NULL)
				prev->next = ol;
			else
				doc->child = ol;
		}
		/* (b leaves the chain: what followed it follows ol) */
		ol->next = after;
		if (doc->last == b)
			doc->last = ol;
		adopt(ol, b);
		b = ol;
	}
	free(items);
}

/* Makes headings of the link titles among the blocks of doc, two at
 * least: a page that names each problem by a link over the quote that
 * states it writes them as others write "### [min-stack](...)", one
 * level below the heading above them. */
static void
link_titles(struct mdnode *doc)
{
	unsigned level = 0, n = 0;

	for (const struct mdnode *b = doc->child; b != NULL; b = b->next)
		n += link_title(b);
	if (n < 2)
		return;
	for (struct mdnode *b = doc->child; b != NULL; b = b->next)
		if (b->type == MDN_H)
			level = b->level;
		else if (level < 6 && link_title(b)) {
			b->type = MDN_H;
			b->level = level + 1;
			b->nav = 0;
		}
}

/* Moves a bulleted list that stands between two parts of one numbered
 * list into the item before it ("3. Try these:", "  * A larger model",
 * "4. Import the data", the bullets indented too little to nest): the
 * numbers run on past it, so a reader sees the item's sub-points. */
static void
stray_sublists(struct mdnode *parent)
{
	for (struct mdnode *n = parent->child; n != NULL; n = n->next) {
		struct mdnode *u = n->next, *li = n->last;

		if (n->type == MDN_OL && u != NULL && u->type == MDN_UL &&
		    u->next != NULL && u->next->type == MDN_OL && li != NULL &&
		    md_numbers_run_on(n, u->next)) {
			n->next = u->next;
			if (parent->last == u)
				parent->last = n;
			u->next = NULL;
			adopt(li, u);
		}
		if (n->child != NULL)
			stray_sublists(n);
	}
}

/* Lifts the lone item of a list that is all of an item ("- 1. What is
 * X?", a bullet around a numbered line) into that item: a reader sees
 * one item that says "1. What is X?". */
static void
lone_items(struct mdnode *parent)
{
	for (struct mdnode *n = parent->child; n != NULL; n = n->next) {
		struct mdnode *l = n->child, *inner;

		if (n->type == MDN_LI && n->text.len == 0 && l != NULL &&
		    l->next == NULL &&
		    (l->type == MDN_UL || l->type == MDN_OL) &&
		    (inner = l->child) != NULL && inner->next == NULL) {
			/* the inner item's text and blocks become n's */
			buf_free(&n->text);
			n->text = inner->text;
			memset(&inner->text, 0, sizeof inner->text);
			n->child = inner->child;
			n->last = inner->last;
			for (struct mdnode *k = n->child; k != NULL;
			     k = k->next)
				k->parent = n;
			inner->child = inner->last = NULL;
			md_free(l);
		}
		if (n->child != NULL)
			lone_items(n);
	}
}

/* The length of the marker that opens an admonition at the start of
 * line t[0..n): "!!! note", "??? question", "???+ faq" (MkDocs, Python
 * Markdown), a content tab '=== "Linux"'; 0 when it opens none. Sets
 * *tab for a content tab. */
static size_t
admonition_marker(const char *t, size_t n, int *tab)
{
	size_t k = 3;

	if (n < 5 ||
	    (memcmp(t, "!!!", 3) != 0 && memcmp(t, "???", 3) != 0 &&
	        memcmp(t, "===", 3) != 0))
		return 0;
	*tab = t[0] == '=';
	if (t[0] != '!' && t[3] == '+')
		k++;
	if (k >= n || t[k] != ' ')
		return 0;
	while (k < n && t[k] == ' ')
		k++;
	/* a type ("note", "question"), or a tab's title in quotes */
	if (*tab ? t[k] != '"' : !isalpha((unsigned char)t[k]))
		return 0;
	return k;
}

/* The length of the word at the start of t[0..n): a box's type. */
static size_t
type_len(const char *t, size_t n)
{
	size_t k = 0;

	while (k < n &&
	    (isalnum((unsigned char)t[k]) || t[k] == '-' || t[k] == '_'))
		k++;
	return k;
}

/* The title of the admonition whose marker line, after its marker, is
 * t[0..n): the text in quotes, else its type, capitalised as a site shows
 * it ("Note"); empty for "". */
static void
admonition_title(const char *t, size_t n, struct buf *out)
{
	const char *q = memchr(t, '"', n), *e;

	if (q != NULL &&
	    (e = memchr(q + 1, '"', (size_t)(t + n - q - 1))) != NULL) {
		buf_add(out, q + 1, (size_t)(e - q - 1));
		return;
	}
	e = t + type_len(t, n);
	if (e > t) {
		buf_addc(out, (char)toupper((unsigned char)t[0]));
		buf_add(out, t + 1, (size_t)(e - t - 1));
	}
}

/* Whether line t[0..n) is blank or indented as an admonition's content
 * is (four spaces or a tab). */
static int
admonition_line(const char *t, size_t n)
{
	size_t k = 0;

	while (k < n && (t[k] == ' ' || t[k] == '\r'))
		k++;
	return k == n || k >= 4 || (n > 0 && t[0] == '\t');
}

/* Whether the title t[0..n) of a box that a site folds asks, or says an
 * answer is inside ('??? tip "Answer"'): the box is then a toggle. */
static int
toggle_title(const char *t, size_t n)
{
	return lang_asks(t, n) || lang_title(t, n) == LANG_ANSWER;
}

/* Whether the box type t[0..n) (an admonition's "question", a callout's
 * "[!faq]") is one that MkDocs Material and Obsidian give a question:
 * "question", "faq", "help". Its box is a question, whatever its title
 * says ('??? question "Probability vs likelihood"'). */
static int
question_type(const char *t, size_t n)
{
	static const char types[][9] = { "question", "faq", "help" };

	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (n == strlen(types[i]) && strncasecmp(t, types[i], n) == 0)
			return 1;
	return 0;
}

/* Puts open, then the chain of blocks (made doc's), then close if not
 * NULL, in doc where the blocks after prev (from doc's first when prev is
 * NULL) up to after stood. Returns the last of them; the caller frees
 * the blocks they replace. */
static struct mdnode *
splice_box(struct mdnode *doc, struct mdnode *prev, struct mdnode *after,
    struct mdnode *open, struct mdnode *blocks, struct mdnode *close)
{
	struct mdnode *tail = open;

	open->next = blocks;
	for (struct mdnode *k = blocks; k != NULL; k = k->next) {
		k->parent = doc;
		tail = k;
	}
	if (close != NULL) {
		tail->next = close;
		tail = close;
	}
	tail->next = after;
	if (after == NULL)
		doc->last = tail;
	if (prev != NULL)
		prev->next = open;
	else
		doc->child = open;
	return tail;
}

/* Whether a block of doc is a toggle whose summary says it holds an
 * answer ('??? tip "Answer"' read as one). */
static int
answer_toggle_in(const struct mdnode *doc)
{
	static const char open[] = "<details><summary>";

	for (const struct mdnode *k = doc->child; k != NULL; k = k->next) {
		const char *t = k->text.data, *e;

		if (k->type != MDN_HTML || t == NULL ||
		    strncmp(t, open, sizeof open - 1) != 0 ||
		    (e = strstr(t, "</summary>")) == NULL)
			continue;
		t += sizeof open - 1;
		if (lang_title(t, (size_t)(e - t)) == LANG_ANSWER)
			return 1;
	}
	return 0;
}

/* The length of the marker that opens a callout at the start of t[0..n),
 * its type in brackets, a fold mark, and a space ("[!question]- "), or 0
 * when there is none. */
static size_t
callout_marker(const char *t, size_t n)
{
	size_t i = 2;

	if (n < 5 || t[0] != '[' || t[1] != '!')
		return 0;
	i += type_len(t + 2, n - 2);
	if (i == 2 || i >= n || t[i] != ']')
		return 0;
	i++;
	if (i < n && (t[i] == '+' || t[i] == '-'))
		i++;
	if (i >= n || t[i] != ' ')
		return 0;
	while (i < n && t[i] == ' ')
		i++;
	return i;
}

/* The callouts of Obsidian (and GitHub's alerts) among the top-level
 * blocks of doc: a quote whose first line is a type in brackets, a fold
 * mark and a title ("> [!question]- What is TCP?"), the rest of the quote
 * its content. One whose title asks or says an answer follows, or whose
 * type is a question's ("[!faq]"), is a toggle, as a site folds it or
 * shows it under its title: its title the summary of a <details> block
 * that holds the rest. Any other keeps its marker line (GitHub's
 * "> [!NOTE]" reads as the name it shows). */
static void
callouts(struct mdnode *doc)
{
	struct mdnode *n, *prev = NULL;

	for (n = doc->child; n != NULL; prev = n, n = n->next) {
		struct mdnode *p = n->type == MDN_QUOTE ? n->child : NULL;
		struct mdnode *open, *close;
		const char *t;
		size_t m, end;
		int typed;

		if (p == NULL || p->type != MDN_P || p->text.data == NULL ||
		    (m = callout_marker(p->text.data, p->text.len)) == 0)
			continue;
		t = p->text.data;
		end = p->first_break > 0 ? p->first_break - 1 : p->text.len;
		typed = question_type(t + 2, type_len(t + 2, m - 2));
		if (end <= m || (!toggle_title(t + m, end - m) && !typed))
			continue;
		open = new_node(MDN_HTML, doc, n->line);
		open_toggle(&open->text, t + m, end - m, 0);
		if (typed)
			open->div = 'q';
		/* (a fold mark '-' after its type folds it) */
		open->shown = ((const char *)memchr(t, ']', m))[1] != '-';
		close = new_node(MDN_HTML, doc, n->last->line);
		buf_adds(&close->text, "</details>");
		/* the title's line goes from its paragraph, and the
		 * paragraph with it when that is all */
		if (end < p->text.len) {
			memmove(
			    p->text.data, t + end + 1, p->text.len - end - 1);
			p->text.len -= end + 1;
			p->text.data[p->text.len] = '\0';
			p->breaks--;
			p->first_break = 0;
			p->line++;
		} else {
			n->child = p->next;
			if (n->last == p)
				n->last = NULL;
			p->next = NULL;
			md_free(p);
		}
		/* open, the quote's blocks, close, in its place */
		close = splice_box(doc, prev, n->next, open, n->child, close);
		n->child = n->last = NULL;
		n->next = NULL;
		md_free(n);
		n = close;
	}
}

/* Reads the admonitions among the top-level blocks of doc, whose source
 * is d[0..len) with its line starts lines[0..nlines): a marker line,
 * then the lines indented under it, which markdown reads as code or as
 * more of the marker's paragraph, and a site as a box of markdown. The
 * box's lines are read as markdown in its place. One whose title asks
 * ('??? question "How do I ...?"') or says "Answer", or whose type is a
 * question's with a title of its own, is a toggle: the box a site folds
 * is a <details>, and so it is read; any other (a note, a tip, a tab) is
 * an aside, under its marker line. */
static void
admonitions(struct mdnode *doc, const char *d, size_t len, const size_t *lines,
    size_t nlines)
{
	struct mdnode *n, *prev = NULL;

	for (n = doc->child; n != NULL; prev = n, n = n->next) {
		size_t at, eol, k, from, last, mark;
		struct buf md = { 0 }, title = { 0 };
		struct mdnode *sub, *open, *close, *end, *kk, *after, *tail;
		int tab, asks, typed;

		if (n->type != MDN_P || n->line == 0 || n->line > nlines)
			continue;
		at = lines[n->line - 1];
		eol = n->line < nlines ? lines[n->line] : len;
		while (eol > at && md_space(d[eol - 1]))
			eol--;
		if ((mark = admonition_marker(d + at, eol - at, &tab)) == 0)
			continue;
		/* its lines: blank or indented, up to the last indented */
		for (k = from = n->line, last = n->line; k < nlines; k++) {
			size_t a = lines[k],
			       e = k + 1 < nlines ? lines[k + 1] : len;

			while (e > a && d[e - 1] == '\n')
				e--;
			if (!admonition_line(d + a, e - a))
				break;
			for (size_t j = a; j < e; j++)
				if (!md_space(d[j])) {
					last = k + 1;
					break;
				}
		}
		for (k = from; k < last; k++) {
			size_t a = lines[k],
			       e = k + 1 < nlines ? lines[k + 1] : len;

			if (e > a && d[a] == '\t')
				a++;
			else
				for (int i = 0; i < 4 && a < e && d[a] == ' ';
				     i++)
					a++;
			buf_add(&md, d + a, e - a);
			if (md.len == 0 || md.data[md.len - 1] != '\n')
				buf_addc(&md, '\n');
		}
		/* 2: read as a page is, less front matter */
		sub = parse(md.data != NULL ? md.data : "", md.len, 2, NULL, 0);
		buf_free(&md);
		if (sub == NULL)
			continue;
		admonition_title(d + at + mark, eol - at - mark, &title);
		/* a title that asks, or says the answer is inside
		 * ('??? tip "Answer"') */
		/* ... or whose type is a question's and which has a title
		 * of its own, in quotes: a question whatever it says (its
		 * toggle's div 'q') */
		typed = !tab && title.len > 0 &&
		    question_type(d + at + mark,
		        type_len(d + at + mark, eol - at - mark)) &&
		    memchr(d + at + mark, '"', eol - at - mark) != NULL;
		asks = !tab && title.len > 0 &&
		    (toggle_title(title.data, title.len) ||
		        answer_toggle_in(sub) || typed);
		if (asks) {
			open = new_node(MDN_HTML, doc, n->line);
			open_toggle(&open->text, title.data, title.len, 0);
			if (typed)
				open->div = 'q';
			open->shown = d[at] == '!' || d[at + 3] == '+';
			close = new_node(MDN_HTML, doc, (unsigned)last);
			buf_adds(&close->text, "</details>");
		} else {
			/* its marker line stays, as a page on GitHub shows
			 * it ("!!! tip"), its blocks an aside's */
			open = new_node(MDN_P, doc, n->line);
			buf_add(&open->text, d + at, eol - at);
			open->div = 'a';
			close = NULL;
		}
		buf_free(&title);
		/* the blocks markdown read in its lines give way to it */
		for (end = n; end->next != NULL && end->next->line > 0 &&
		     end->next->line <= last;)
			end = end->next;
		after = end->next;
		end->next = NULL;
		shift_lines(sub->child, (unsigned)from);
		/* open, its blocks, close, in n..end's place */
		for (kk = sub->child; kk != NULL; kk = kk->next)
			if (!asks && kk->div == 0)
				kk->div = 'a';
		tail = splice_box(doc, prev, after, open, sub->child, close);
		sub->child = NULL;
		md_free(sub);
		md_free(n);
		n = tail;
	}
}

/* The end of the opening tag of an MDX component at t[0..n) ("<Accordion
 * title="..." ...>", "<Tab>", its attributes perhaps a line each), just
 * past its '>', the length of its name in *name; 0 when t opens no
 * component or its tag closes itself ("<Card ... />"). Its title
 * attribute's value, if any, is in [*title, *title + *tn). Quotes and
 * braces hide a '>'; a tag ends within 4 KB. */
static size_t
mdx_open_tag(
    const char *t, size_t n, size_t *name, const char **title, size_t *tn)
{
	size_t i = 1, depth = 0;
	char quote = 0;

	if (n < 3 || t[0] != '<' || !(t[1] >= 'A' && t[1] <= 'Z'))
		return 0;
	while (i < n && (isalnum((unsigned char)t[i]) || t[i] == '.'))
		i++;
	if (i == n || (!md_space(t[i]) && t[i] != '>'))
		return 0;
	*name = i - 1;
	*title = NULL;
	*tn = 0;
	for (; i < n && i < 4096; i++) {
		char c = t[i];

		if (quote != 0) {
			quote = c == quote ? 0 : quote;
			continue;
		}
		if (c == '{')
			depth++;
		else if (c == '}' && depth > 0)
			depth--;
		else if (depth > 0)
			continue;
		else if (c == '"' || c == '\'')
			quote = c;
		else if (c == '>')
			return t[i - 1] == '/' ? 0 : i + 1;
		else if (md_space(c) && i + 7 < n &&
		    strncmp(t + i + 1, "title=", 6) == 0 &&
		    (t[i + 7] == '"' || t[i + 7] == '\'')) {
			const char *e = memchr(t + i + 8, t[i + 7], n - i - 8);

			if (e == NULL)
				return 0;
			*title = t + i + 8;
			*tn = (size_t)(e - *title);
		}
	}
	return 0;
}

/* Where the line of doc[0..len) that holds doc[at] ends: past its '\n',
 * or at len. */
static size_t
line_end(const char *doc, size_t len, size_t at)
{
	const char *eol = memchr(doc + at, '\n', len - at);

	return eol != NULL ? (size_t)(eol - doc) + 1 : len;
}

/* Whether doc[0..len) holds "</" and a capital: a component's closing
 * tag, perhaps. */
static int
holds_closing_tag(const char *doc, size_t len)
{
	for (const char *p = doc, *e = doc + len;
	     (p = memchr(p, '<', (size_t)(e - p))) != NULL && e - p >= 3; p++)
		if (p[1] == '/' && p[2] >= 'A' && p[2] <= 'Z')
			return 1;
	return 0;
}

/* The length of the fence that line t[0..n) starts (three or more '`'
 * or '~' after three spaces at most), its character in *c; else 0. */
static size_t
fence_at(const char *t, size_t n, char *c)
{
	size_t i = 0, k;

	while (i < n && i < 3 && t[i] == ' ')
		i++;
	if (i == n || (t[i] != '`' && t[i] != '~'))
		return 0;
	for (k = i; k < n && t[k] == t[i]; k++)
		;
	*c = t[i];
	return k - i >= 3 ? k - i : 0;
}

/* Whether line t[0..n) is in a fenced code block, given the fence open
 * before it (*fc, *fk: its character and length; *fk 0 when none), which
 * it updates: a line of the fence's character, as long at least and with
 * nothing after it, closes the fence. */
static int
in_code(const char *t, size_t n, char *fc, size_t *fk)
{
	char c;
	size_t k = fence_at(t, n, &c), i;

	if (*fk == 0) {
		if (k > 0)
			*fc = c, *fk = k;
		return k > 0;
	}
	if (k >= *fk && c == *fc) {
		for (i = 0; i < n && t[i] != c; i++)
			;
		for (i += k; i < n && md_space(t[i]); i++)
			;
		if (i == n)
			*fk = 0;
	}
	return 1;
}

/* A page's MDX components as mdx_toggles rewrites it: the names whose
 * closing tags it holds outside code, each with where the last of them
 * is (32 names at most), and the components open where it has got to,
 * innermost last: those it writes as toggles and those of the same name
 * inside them, which it leaves as they are. */
struct mdx {
	const char *doc;
	size_t len;
	size_t copied; /* doc[0..copied) is in out */
	struct buf *out;
	struct {
		char name[64];
		size_t len, last;
	} closes[32];
	int ncloses;
	struct {
		int name; /* in closes */
		int toggle;
	} open[16];
	int depth;
};

/* Whether the component name t[0..n) says it folds its text, as the
 * shortcodes of static sites do ("Accordion", "ExpandableCard",
 * "Collapsible", "FaqItem"); a card, a step or a tab shows it. */
static int
folds(const char *t, size_t n)
{
	static const char words[][10] = { "accordion", "expand", "collaps",
		"details", "toggle", "spoiler", "faq", "question" };

	for (size_t i = 0; i < n; i++)
		for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
			size_t k = strlen(words[w]);

			if (n - i >= k && strncasecmp(t + i, words[w], k) == 0)
				return 1;
		}
	return 0;
}

/* The place in m->closes of the name of the tag at t[0..n) (its name from
 * t + 1 or, for a closing tag, t + 2), or -1. */
static int
mdx_name(const struct mdx *m, const char *t, size_t n)
{
	for (int i = 0; i < m->ncloses; i++)
		if (m->closes[i].len == n &&
		    memcmp(m->closes[i].name, t, n) == 0)
			return i;
	return -1;
}

/* The name of the closing tag "</Name>" at t[0..n): its length, else 0. */
static size_t
closing_tag(const char *t, size_t n)
{
	size_t k = 2;

	if (n < 4 || t[0] != '<' || t[1] != '/' ||
	    !(t[2] >= 'A' && t[2] <= 'Z'))
		return 0;
	while (k < n && (isalnum((unsigned char)t[k]) || t[k] == '.'))
		k++;
	return k < n && t[k] == '>' ? k - 2 : 0;
}

/* Notes where the closing tags of doc's components are, outside code. */
static void
mdx_closes(struct mdx *m)
{
	size_t at = 0, fk = 0;
	char fc = 0;

	while (at < m->len) {
		size_t end = line_end(m->doc, m->len, at);

		if (!in_code(m->doc + at, end - at, &fc, &fk))
			for (size_t k = at; k + 3 < end; k++) {
				size_t n = closing_tag(m->doc + k, end - k);
				int i;

				if (n == 0 || n >= sizeof m->closes[0].name)
					continue;
				if ((i = mdx_name(m, m->doc + k + 2, n)) < 0 &&
				    m->ncloses < (int)(sizeof m->closes /
				                     sizeof m->closes[0])) {
					i = m->ncloses++;
					memcpy(m->closes[i].name,
					    m->doc + k + 2, n);
					m->closes[i].len = n;
				}
				if (i >= 0)
					m->closes[i].last = k;
			}
		at = end;
	}
}

/* Closes the innermost open components whose closing tags are in
 * doc[from..end): a toggle's as "</details>", another's as it is. */
static void
mdx_close(struct mdx *m, size_t from, size_t end)
{
	for (size_t k = from; m->depth > 0 && k < end; k++) {
		size_t n = closing_tag(m->doc + k, end - k);

		if (n == 0 ||
		    mdx_name(m, m->doc + k + 2, n) !=
		        m->open[m->depth - 1].name)
			continue;
		if (m->open[--m->depth].toggle) {
			buf_add(m->out, m->doc + m->copied, k - m->copied);
			buf_adds(m->out, "</details>");
			m->copied = k + n + 3;
		}
		k += n + 2;
	}
}

/* doc[0..len) with its MDX components that fold their text (folds) and
 * whose title asks or says an answer follows ("<Accordion title="How do
 * I reset it?">" ... "</Accordion>", the FAQ of a docs site) written as
 * the <details> a site renders, in a copy in out: the opening tag
 * "<details><summary>title</summary>" and as many line ends as it had,
 * its closing tag "</details>", so that lines stay where they were.
 * Returns 0, out untouched, when there is none. Code blocks are passed
 * over; a component whose closing tag is not found later stays as it
 * is. */
static int
mdx_toggles(const char *doc, size_t len, struct buf *out)
{
	struct mdx *m;
	size_t at = 0, fk = 0, i, k;
	char fc = 0;
	int any = 0;

	/* (most pages have no closing tag of a component) */
	if (len < 4 || !holds_closing_tag(doc, len))
		return 0;
	m = xcalloc(1, sizeof *m);
	m->doc = doc;
	m->len = len;
	m->out = out;
	mdx_closes(m);
	while (at < len) {
		const char *title;
		size_t end = line_end(doc, len, at), tn, tag, name;
		int c, toggle;

		if (in_code(doc + at, end - at, &fc, &fk)) {
			at = end;
			continue;
		}
		mdx_close(m, at, end);
		for (i = at; i < end && i - at < 3 && doc[i] == ' '; i++)
			;
		if (m->depth == 16 || i < m->copied ||
		    (tag = mdx_open_tag(
		         doc + i, len - i, &name, &title, &tn)) == 0 ||
		    (c = mdx_name(m, doc + i + 1, name)) < 0 ||
		    m->closes[c].last < i + tag) {
			at = end;
			continue;
		}
		toggle = title != NULL && folds(doc + i + 1, name) &&
		    toggle_title(title, tn);
		/* one of the same name inside a toggle, left as it is, is
		 * closed by the next closing tag of that name */
		if (!toggle) {
			for (k = 0; k < (size_t)m->depth; k++)
				if (m->open[k].name == c)
					break;
			if (k < (size_t)m->depth) {
				m->open[m->depth].name = c;
				m->open[m->depth++].toggle = 0;
				end = line_end(doc, len, i + tag);
				mdx_close(m, i + tag, end);
			}
			at = end;
			continue;
		}
		m->open[m->depth].name = c;
		m->open[m->depth++].toggle = 1;
		buf_add(out, doc + m->copied, i - m->copied);
		open_toggle(out, title, tn, 1);
		for (k = i; k < i + tag; k++)
			if (doc[k] == '\n')
				buf_addc(out, '\n');
		m->copied = i + tag;
		any = 1;
		/* what closes on the tag's last line */
		end = line_end(doc, len, m->copied);
		mdx_close(m, m->copied, end);
		at = end;
	}
	if (any)
		buf_add(out, doc + m->copied, len - m->copied);
	free(m);
	return any;
}

/* The options of an MDX quiz component, read off its choices
 * ("choices={[{ text: \"A\", explain: \"...\", correct: true }, ...]}"):
 * each option's text, where its string starts, and whether it is right. */
struct choice {
	size_t at, len; /* the string's text (escapes in it) in the doc */
	int right;
};

#define MAX_CHOICES 26

/* The end of the JavaScript string that opens at t[0] (a quote, '"',
 * '\'' or '`'), just past its closing quote; 0 when it does not close
 * within t[0..n). */
static size_t
js_string(const char *t, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (t[i] == '\\')
			i++;
		else if (t[i] == t[0])
			return i + 1;
		else if (t[i] == '\n' && t[0] != '`')
			return 0;
	return 0;
}

/* Whether c may be part of a JavaScript name. */
static int
ident(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '$';
}

/* Reads the objects of the array that opens at t[0] ('[') into c
 * (MAX_CHOICES at most): the string of each one's "text" key, and
 * whether its "correct" key is true. Returns the number of options, or
 * -1 when the array is not one of such objects or does not close in
 * t[0..n); t is at offset base in the doc. */
static int
read_choices(const char *t, size_t n, size_t base, struct choice *c)
{
	int k = -1, depth = 0;
	size_t i, q;

	for (i = 1; i < n; i++) {
		char ch = t[i];

		if (ch == '"' || ch == '\'' || ch == '`') {
			if ((q = js_string(t + i, n - i)) == 0)
				return -1;
			i += q - 1;
		} else if (ch == '{') {
			if (depth++ == 0) {
				if (++k == MAX_CHOICES)
					return -1;
				c[k].len = 0;
				c[k].at = 0;
				c[k].right = 0;
			}
		} else if (ch == '}') {
			if (--depth < 0)
				return -1;
		} else if (ch == ']' && depth == 0) {
			return k + 1;
		} else if (depth == 1 && k >= 0 && !ident(t[i - 1]) &&
		    (strncmp(t + i, "text", 4) == 0 ||
		        strncmp(t + i, "correct", 7) == 0)) {
			int text = t[i] == 't';
			size_t j = i + (text ? 4 : 7);

			while (j < n && md_space(t[j]))
				j++;
			if (j == n || t[j] != ':')
				continue;
			for (j++; j < n && md_space(t[j]); j++)
				;
			if (j == n)
				return -1;
			if (!text) {
				c[k].right = n - j >= 5 &&
				    strncmp(t + j, "true", 4) == 0 &&
				    !ident(t[j + 4]);
				i = j;
				continue;
			}
			if ((t[j] != '"' && t[j] != '\'' && t[j] != '`') ||
			    (q = js_string(t + j, n - j)) == 0)
				return -1;
			c[k].at = base + j + 1;
			c[k].len = q - 2;
			i = j + q - 1;
		} else if (depth == 0 && !md_space(ch) && ch != ',')
			return -1;
	}
	return -1;
}

/* Appends a JavaScript string's text s[0..n) on one line: its escapes
 * undone, a line break (escaped or not, "\r" too) a space, so that the
 * option adds no line. */
static void
js_text(struct buf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];

		if (ch == '\\' && i + 1 < n) {
			ch = s[++i];
			ch = ch == 'n' || ch == 't' || ch == 'r' ||
			        ch == '\n' || ch == '\r' ?
			    ' ' :
			    ch;
		} else if (ch == '\n' || ch == '\r')
			ch = ' ';
		buf_addc(out, ch);
	}
}

/* Where the self-closing MDX tag that opens at t[0] ("<Question ...
 * />") ends, just past its "/>", and where the array of its choices
 * attribute opens in *arr (its '['); 0 when t opens no such tag: none
 * whose choices attribute starts within its first 256 bytes, and that
 * ends within 8 KB with no blank line in it (the largest of the Hugging
 * Face courses' is 1.2 KB). *stop is where the reading stopped: no
 * quiz starts before it. Quotes and braces hide a '>'. */
static size_t
quiz_tag(const char *t, size_t n, size_t *arr, size_t *stop)
{
	size_t i = 1, depth = 0, q;

	*stop = 0;
	*arr = 0;
	if (n < 3 || t[0] != '<' || !(t[1] >= 'A' && t[1] <= 'Z'))
		return 0;
	if (n > 8192)
		n = 8192;
	while (i < n && isalnum((unsigned char)t[i]))
		i++;
	if (i == n || !md_space(t[i]))
		return 0;
	for (; i < n; i++) {
		char c = t[i];

		*stop = i;
		if (*arr == 0 && i >= 256)
			return 0;
		if (c == '"' || c == '\'' || c == '`') {
			if ((q = js_string(t + i, n - i)) == 0)
				return 0;
			i += q - 1;
		} else if (c == '\n' && i + 1 < n &&
		    (t[i + 1] == '\n' ||
		        (t[i + 1] == '\r' && i + 2 < n && t[i + 2] == '\n')))
			return 0; /* a blank line */
		else if (c == '{') {
			if (depth++ == 0 && *arr == 0 && i >= 8 &&
			    strncmp(t + i - 8, "choices=", 8) == 0) {
				size_t j = i + 1;

				while (j < n && md_space(t[j]))
					j++;
				if (j < n && t[j] == '[')
					*arr = j;
			}
		} else if (c == '}' && depth > 0)
			depth--;
		else if (depth == 0 && c == '>')
			return t[i - 1] == '/' && *arr != 0 ? i + 1 : 0;
	}
	*stop = n;
	return 0;
}

/* doc[0..len) with its MDX quiz components (a self-closing tag whose
 * choices attribute is an array of objects, each with a "text" and the
 * right ones "correct: true": the quizzes of the Hugging Face courses)
 * written as the task list a site shows, "- [x] " before each right
 * option's text and "- [ ] " before the others, each option on the line
 * where its text was (or the next free one) and the tag's other lines
 * left blank, so that lines stay where they were, in a copy in out.
 * Returns 0, out untouched, when there is none: a component with fewer
 * than two options, none right, more options than lines or text after
 * it on its last line stays as it is. Fenced code blocks are passed
 * over. */
static int
mdx_quizzes(const char *doc, size_t len, struct buf *out)
{
	struct choice c[MAX_CHOICES];
	size_t at = 0, fk = 0, copied = 0, resume = 0;
	char fc = 0;
	int any = 0;

	/* (most pages have none) */
	for (at = 0; at + 8 <= len; at++)
		if (doc[at] == 'c' && memcmp(doc + at, "choices=", 8) == 0)
			break;
	if (at + 8 > len)
		return 0;
	at = 0;
	while (at < len) {
		size_t end = line_end(doc, len, at), i, tag, arr, last, stop;
		int n, right = 0, k;

		/* (no quiz starts where a tag read before goes on: each
		 * byte is read as a tag's once) */
		if (in_code(doc + at, end - at, &fc, &fk) || at < resume) {
			at = end;
			continue;
		}
		for (i = at; i < end && (doc[i] == ' ' || doc[i] == '\t'); i++)
			;
		tag = quiz_tag(doc + i, len - i, &arr, &stop);
		resume = i + stop;
		if (tag == 0 ||
		    (n = read_choices(doc + i + arr, tag - arr, i + arr, c)) <
		        2) {
			at = end;
			continue;
		}
		last = line_end(doc, len, i + tag);
		for (k = 0; k < n; k++)
			right += c[k].right;
		for (size_t j = i + tag; j < last; j++)
			if (!md_space(doc[j]))
				right = 0; /* text after it: left as it is */
		for (k = 0; k < n && right > 0; k++)
			if (c[k].at == 0)
				right = 0; /* an option with no text */
		if (right == 0) {
			at = end;
			continue;
		}
		/* the line of each option: its text's, or the next free
		 * one; more options than lines leave it as it is */
		size_t lines = 0, no[MAX_CHOICES], ln = 0, p = at;

		for (size_t j = at; j < last; j++)
			lines += doc[j] == '\n' || j + 1 == last;
		for (k = 0; k < n; k++) {
			for (; p < c[k].at; p++)
				ln += doc[p] == '\n';
			no[k] = k > 0 && ln <= no[k - 1] ? no[k - 1] + 1 : ln;
		}
		if (no[n - 1] >= lines) {
			at = end;
			continue;
		}
		buf_add(out, doc + copied, at - copied);
		for (ln = 0, k = 0; ln < lines; ln++) {
			if (k < n && no[k] == ln) {
				buf_add(out, doc + at, i - at);
				buf_adds(out, c[k].right ? "- [x] " : "- [ ] ");
				js_text(out, doc + c[k].at, c[k].len);
				k++;
			}
			/* (a last line with no line end keeps none) */
			if (ln + 1 < lines || doc[last - 1] == '\n')
				buf_addc(out, '\n');
		}
		copied = at = last;
		any = 1;
	}
	if (any)
		buf_add(out, doc + copied, len - copied);
	return any;
}

struct mdnode *
md_parse_tree(const char *doc, size_t len, char *err, size_t errsz)
{
	struct buf mdx = { 0 };
	struct mdnode *root;

	if (md_load(err, errsz) == -1)
		return NULL;
	if (mdx_toggles(doc, len, &mdx)) {
		struct buf q = { 0 };

		if (mdx_quizzes(mdx.data, mdx.len, &q)) {
			buf_free(&mdx);
			mdx = q;
		}
	} else if (!mdx_quizzes(doc, len, &mdx))
		return parse(doc, len, 1, err, errsz);
	root = parse(mdx.data, mdx.len, 1, err, errsz);
	buf_free(&mdx);
	return root;
}

static struct mdnode *
parse(const char *doc, size_t len, int html, char *err, size_t errsz)
{
	MD_PARSER parser = { 0 };
	struct build b = { 0 };
	size_t i, cap = 64, start = html == 1 ? front_matter(doc, len) : 0;
	char *copy = NULL;

	b.doc = doc;
	b.len = len;
	b.at = start;
	b.read = doc + start;
	/* (blank lines first, where md4c would misread a list item:
	 * md_dodge.c; offsets and lines stay doc's) */
	if ((b.moved = md_dodge(doc + start, len - start)) > 0) {
		copy = xmalloc(b.moved + (len - start));
		memset(copy, '\n', b.moved);
		memcpy(copy + b.moved, doc + start, len - start);
		b.read = copy;
	}
	b.last_line = 1;
	b.lines = xreallocarray(NULL, cap, sizeof *b.lines);
	b.lines[b.nlines++] = 0;
	/* a line ends at "\n" (parse_doc made it so): memchr finds each
	 * end (a byte at a time, this loop was a tenth of parsing) */
	for (i = 0; i < len; i++) {
		const char *nl = memchr(doc + i, '\n', len - i);

		if (nl == NULL)
			break;
		i = (size_t)(nl - doc);
		if (b.nlines == cap)
			b.lines = xreallocarray(
			    b.lines, cap *= 2, sizeof *b.lines);
		b.lines[b.nlines++] = i + 1;
	}
	parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH |
	    MD_FLAG_TASKLISTS;
	parser.enter_block = enter_block;
	parser.leave_block = leave_block;
	parser.enter_span = enter_span;
	parser.leave_span = leave_span;
	parser.text = text;
	if (md4c_parse(
	        b.read, (MD_SIZE)(b.moved + (len - start)), &parser, &b) != 0) {
		md_free(b.root);
		b.root = NULL;
		errorf(err, errsz, "markdown parser failed");
	}
	if (html && b.root != NULL) {
		html_boxes(b.root);
		expand_html(b.root);
		split_toggles(b.root);
		shortcode_blocks(b.root);
		kramdown_boxes(b.root);
		mdx_boxes(b.root);
		fenced_divs(b.root);
		titled_boxes(b.root);
		admonitions(b.root, doc, len, b.lines, b.nlines);
		callouts(b.root);
		lone_items(b.root);
		stray_sublists(b.root);
		glued_lists(b.root);
		numbered_runs(b.root);
		link_titles(b.root);
		if (start > 0)
			b.root->div = front_matter_title(
			    doc, start, &b.root->text, &b.root->line);
	}
	free(b.lines);
	free(copy);
	return b.root;
}
