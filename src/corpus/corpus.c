/* Markdown -> records: how a page asks and answers (beq(5) tells the
 * same to users; corpus_items.c reads the shapes inside a section,
 * corpus_lang.c holds the words of each language).
 *
 * The model. A page is a tree of blocks (corpus_md.c), cut into sections
 * at its headings. A question is a block that asks -- a heading, a list
 * item, a <summary>, a bold or labelled paragraph -- and the strongest
 * evidence that it is one is regularity: it stands in a run of siblings
 * of one kind most of which ask. Its answer is what follows it, up to the
 * next unit of its run; what it shows before an answer marker (an
 * "Answer" heading or label, a rule, a quiz's options) is its body; the
 * categories are the headings above the run.
 *
 * Headings (heading_questions): each has an evidence -- outright (a
 * question mark, a question label, an "Answer" heading after it), weak
 * (an asking word; a first paragraph that asks), or none -- and a kind
 * from its title (a topic, or an answer, references, page furniture
 * that are never questions). The candidates of a level form a run; the
 * level asks when most of its candidates ask, read from the deepest
 * level up so that a heading over a question of a deeper run is its
 * category. A heading is a question when it asks outright, stands at a
 * level that asks, or asks weakly where all of its level do; a page
 * where no level asks is a page of topics. Records read in other shapes
 * under a heading make it a category, unless its level asks and holds
 * none elsewhere (then they are its answer's structure).
 *
 * Blocks (corpus_blocks.c: a table of recognisers, one row a shape, its
 * test, its reading; corpus_items.c: the shapes inside a list): within a
 * section that is no question, <details> blocks, lists of questions (a
 * run of items, a third of which ask), bold list items and question
 * paragraphs are questions; a toggle that says "Answer" answers the
 * question above it.
 *
 * The layout can be given instead (--questions, "<!-- beq: questions=h3
 * -->"), and each reading is told with its reason (--explain). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "corpus.h"
#include "corpus_impl.h"
#include "corpus_lang.h"
#include "corpus_md.h"
#include "strmap.h"
#include "utf8.h"
#include "util.h"

void
cp_warnf(struct parse *ps, unsigned line, const char *msg)
{
	if (ps->emit && ps->warn != NULL)
		ps->warn(ps->ctx, ps->source, line, msg);
}

/* Whether ext (".gz") names a compression that beq index reads through. */
static int
compressed(const char *ext)
{
	/* an array of arrays: pointers would cost every run a relocation */
	static const char exts[][6] = { ".gz", ".xz", ".zst", ".bz2", ".lz4",
		".lzma", ".lz", ".Z" };
	size_t i;

	for (i = 0; i < sizeof exts / sizeof exts[0]; i++)
		if (strcmp(ext, exts[i]) == 0)
			return 1;
	return 0;
}

/* The name of file name without its folders and extensions: "notes.md"
 * is notes, and so is "notes.md.gz". The caller frees it. */
static char *
file_stem(const char *name)
{
	const char *slash = strrchr(name, '/');
	char *base = xstrdup(slash != NULL ? slash + 1 : name), *dot;

	if ((dot = strrchr(base, '.')) != NULL && dot != base &&
	    compressed(dot)) {
		*dot = '\0';
		dot = strrchr(base, '.');
	}
	if (dot != NULL && dot != base)
		*dot = '\0';
	return base;
}

/* The id in c of the category of a record at line under the heading
 * category (NULL or empty: the page's title, or the file's name). The
 * last one is remembered: a run of records under one heading looks it up
 * once. */
static uint32_t
category_id(struct parse *ps, const char *category, unsigned line)
{
	const char *given = category != NULL ? category : "";
	char *base = NULL;
	uint32_t id;

	if (ps->last_category != NULL &&
	    strcmp(ps->last_category, given) == 0 && given[0] != '\0')
		return ps->last_category_id;
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
	if ((category == NULL || category[0] == '\0') && ps->title != NULL) {
		free(base);
		base = xstrdup(ps->title);
		category = base;
	}
	/* the page's title, though it be the question (BANKS.md), for
	 * what comes after it (a "#" heading after the page's first
	 * questions titles none of them) */
	if ((category == NULL || category[0] == '\0') && ps->h1 != NULL &&
	    ps->h1[0] != '\0' && line >= ps->h1_line) {
		free(base);
		base = xstrdup(ps->h1);
		category = base;
	}
	if (category == NULL || category[0] == '\0') {
		free(base);
		category = base = file_stem(ps->name);
	}
	id = corpus_category(ps->c, category);
	free(base);
	free(ps->last_category);
	ps->last_category = xstrdup(given);
	ps->last_category_id = id;
	return id;
}

/* Room for n bytes in the store (corpus_parse_in_place), or NULL. */
static char *
stored(struct parse *ps, size_t n)
{
	char *p = ps->store;

	if (p == NULL || ps->storelen < n)
		return NULL;
	ps->store += n;
	ps->storelen -= n;
	return p;
}

/* a[0..n) squeezed (ct_squeeze) into the store, its length in *len, or
 * NULL when the store has no room for it. */
static char *
squeeze_stored(struct parse *ps, const char *a, size_t n, size_t *len)
{
	char *s = stored(ps, n + 1);

	if (s == NULL)
		return NULL;
	*len = ct_squeeze(s, a, n);
	/* what the squeeze saved goes back */
	ps->store -= n - *len;
	ps->storelen += n - *len;
	return s;
}

static const char *trim(const char *a, size_t *len);

/* Sets r's body to b (trimmed and squeezed), when it has one. */
static void
add_body(struct parse *ps, struct corpus_record *r, const char *b)
{
	size_t n = b != NULL ? strlen(b) : 0, len;
	char *s;

	b = n > 0 ? trim(b, &n) : b;
	if (n == 0)
		return;
	if ((s = squeeze_stored(ps, b, n, &len)) != NULL)
		r->held |= HELD_B;
	else {
		s = xmalloc(n + 1);
		len = ct_squeeze(s, b, n);
	}
	r->body = s;
	r->blen = len + 1;
}

/* Adds the record: its answer a, len bytes, trimmed and ready; a is
 * taken, unless it is in the store (held); its body b, or NULL. */
static void
add(struct parse *ps, const char *category, unsigned line, const char *q,
    const char *b, char *a, size_t len, int held)
{
	struct corpus_record *r = corpus_record_new(ps->c);
	size_t n = strlen(q);
	char *p;

	r->category = category_id(ps, category, line);
	if (!ps->have_source) {
		/* a source name is looked up once, not hashed per record */
		ps->source_id = corpus_source(ps->c, ps->source);
		ps->have_source = 1;
	}
	r->source = ps->source_id;
	r->line = line;
	if ((p = stored(ps, n + 1)) != NULL) {
		memcpy(p, q, n + 1);
		r->question = p;
		r->held |= HELD_Q;
	} else
		r->question = xstrndup(q, n);
	r->qlen = n + 1;
	r->answer = a;
	r->held |= held ? HELD_A : 0;
	r->alen = len + 1;
	add_body(ps, r, b);
	ps->added++;
	if (ps->explain != NULL && ps->rule != NULL) {
		char reading[128];

		snprintf(reading, sizeof reading, "question: %s", ps->rule);
		ps->explain(ps->ctx, line, "block", q, reading);
	}
}

/* Trims a[0..*len): returns where it starts and sets *len. */
static const char *
trim(const char *a, size_t *len)
{
	size_t n = *len;

	while (n > 0 && md_space(a[n - 1]))
		n--;
	while (n > 0 && md_space(*a))
		a++, n--;
	/* a thematic break at the end only parts it from what follows */
	if (n == 3 && memcmp(a, "---", 3) == 0)
		n = 0;
	else if (n > 5 && memcmp(a + n - 5, "\n\n---", 5) == 0)
		for (n -= 5; n > 0 && md_space(a[n - 1]); n--)
			;
	*len = n;
	return a;
}

/* The first pass counts the records it would add, and those that ask
 * outright. */
static void
count_record(struct parse *ps, const char *q)
{
	ps->added++;
	ps->outright += ct_ends_in_question_mark(q) || lang_label(q) > 0;
}

void
cp_asked(struct parse *ps, const char *q)
{
	/* (count_record counted it already if a question mark or label
	 * says so) */
	if (!ps->emit && q[0] != '\0' && !ct_ends_in_question_mark(q) &&
	    lang_label(q) == 0)
		ps->outright++;
}

void
cp_add_record(struct parse *ps, const char *category, unsigned line,
    const char *q, const char *b, const char *a)
{
	size_t n = strlen(a), len;
	char *s;

	if (q[0] == '\0')
		return; /* "##" alone, an empty summary: no question */
	if (!ps->emit) {
		count_record(ps, q);
		return;
	}
	a = trim(a, &n);
	if ((s = squeeze_stored(ps, a, n, &len)) != NULL) {
		add(ps, category, line, q, b, s, len, 1);
		return;
	}
	s = xmalloc(n + 1);
	add(ps, category, line, q, b, s, ct_squeeze(s, a, n), 0);
}

void
cp_add_record_own(struct parse *ps, const char *category, unsigned line,
    const char *q, char *a)
{
	const char *t;
	size_t n, len;
	char *s;

	if (q[0] == '\0' || !ps->emit) {
		if (q[0] != '\0')
			count_record(ps, q);
		free(a);
		return;
	}
	n = strlen(a);
	t = trim(a, &n);
	/* into the store, or in place: the text only moves towards its
	 * start */
	if ((s = squeeze_stored(ps, t, n, &len)) != NULL) {
		free(a);
		add(ps, category, line, q, NULL, s, len, 1);
	} else
		add(ps, category, line, q, NULL, a, ct_squeeze(a, t, n), 0);
}

/* The category of records from section i: its own heading when that is
 * not a question, else the nearest heading above at a lower level; a
 * table of contents groups nothing ("## Contents" over its list of
 * links, then the questions at a deeper level). */
const char *
cp_category_of(const struct parse *ps, size_t i)
{
	const struct section *s = &ps->secs[i];

	/* under a label ("#### General Questions:"): inverted_labels */
	if (s->question && s->under_label > 0)
		return ps->secs[s->under_label - 1].title;
	/* up the enclosing headings (six levels at most) */
	for (; s->heading != NULL; s = &ps->secs[s->parent])
		if (!s->question && s->kind != LANG_CONTENTS)
			return s->title;
	return NULL;
}

/* Sets under_label for each question heading (struct section): a label
 * deeper than the question headings after it, with no text of its own,
 * that says questions follow ("#### General Questions:" over "### What
 * is DNS?"), with no heading that is no question between them at their
 * level or above. A reader sees it over them. One pass: the last label
 * seen, and the highest level of the other headings since. */
static void
inverted_labels(struct parse *ps)
{
	size_t label = 0;
	unsigned top = 7;

	for (size_t i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		if (s->heading == NULL)
			continue;
		if (!s->question && s->kind == LANG_QUESTIONS && !s->content &&
		    s->leaf) {
			label = i + 1;
			top = 7;
		} else if (!s->question) {
			if (s->level < top)
				top = s->level;
		} else
			s->under_label = label > 0 &&
			        ps->secs[label - 1].level > s->level &&
			        top > s->level ?
			    label :
			    0;
	}
}

/* The number of <details> open after HTML block b, open before it. */
static long
details_depth(const struct mdnode *b, long open)
{
	const char *s = b->text.data != NULL ? b->text.data : "";
	size_t n = b->text.len;
	long at;

	while ((at = ct_find_ci(s, n, "details")) >= 0) {
		if (at >= 1 && s[at - 1] == '<')
			open++;
		else if (at >= 2 && s[at - 1] == '/' && s[at - 2] == '<' &&
		    open > 0)
			open--;
		s += at + 7;
		n -= (size_t)at + 7;
	}
	return open;
}

/* Whether list item li starts with a heading. */
static int
heads_item(const struct mdnode *li)
{
	return li != NULL && li->text.len == 0 && li->child != NULL &&
	    li->child->type == MDN_H;
}

/* The next item after li that starts with a heading, or NULL. */
static const struct mdnode *
next_heading_item(const struct mdnode *li)
{
	for (li = li->next; li != NULL && !heads_item(li); li = li->next)
		;
	return li;
}

/* Adds a section for the heading h (at block b) after the last one. */
static struct section *
push_section(struct parse *ps, size_t *cap, const struct mdnode *b,
    const struct mdnode *h)
{
	struct section *s;

	if (ps->nsecs == *cap)
		ps->secs = xreallocarray(ps->secs, *cap *= 2, sizeof *ps->secs);
	ps->secs[ps->nsecs - 1].end = b;
	s = &ps->secs[ps->nsecs++];
	memset(s, 0, sizeof *s);
	s->heading = h;
	s->level = h->level + ps->shift < 6 ? h->level + ps->shift : 6;
	s->title = ct_title_of(h);
	s->first = b->next;
	return s;
}

static void
sections(struct parse *ps, const struct mdnode *doc)
{
	const struct mdnode *b;
	size_t i, cap = 16;
	long open = 0; /* <details> blocks open */
	/* a numbered heading answered below its list was read: lists whose
	 * items start with a heading and hold their answers are more of
	 * them (else the list rules read them) */
	int numbered = 0;

	ps->secs = xcalloc(cap, sizeof *ps->secs);
	ps->nsecs = 1;
	ps->secs[0].first = doc->child;
	/* a page titled in its front matter shows that title as its first
	 * heading, as a site renders it: the question of a page with one,
	 * the category of its sections */
	for (b = doc->child; b != NULL && !(b->type == MDN_H && b->level == 1);
	     b = b->next)
		;
	if (doc->text.len > 0) {
		ps->title_head.type = MDN_H;
		ps->title_head.level = 1;
		ps->title_head.line = doc->line;
		ps->title_head.text = doc->text;
		ps->secs[1].title = ct_title_of(&ps->title_head);
		if (b != NULL) {
			/* headings of the first level of its own: the title
			 * is above them all (their levels one deeper), unless
			 * the first says the same */
			char *t = ct_title_of(b);

			ps->shift = strcmp(t, ps->secs[1].title) != 0;
			free(t);
		}
		if (b == NULL || ps->shift) {
			ps->secs[0].end = doc->child;
			ps->secs[1].heading = &ps->title_head;
			ps->secs[1].level = 1;
			ps->secs[1].first = doc->child;
			ps->nsecs = 2;
		} else {
			free(ps->secs[1].title);
			ps->secs[1].title = NULL;
		}
	}
	for (b = doc->child; b != NULL; b = b->next) {
		const struct mdnode *li, *lead_end;
		struct section *s;

		/* a heading inside <details> ("#### Answer: D") is part of
		 * the hidden answer, not the document's structure */
		if (b->type == MDN_HTML)
			open = details_depth(b, open);
		else if (b->details_close > 0)
			open = open > (long)b->details_close ?
			    open - (long)b->details_close :
			    0;
		/* ... and so is one in an aside or a solution box */
		if (open > 0 || b->div == 'a' || b->div == 's')
			continue;
		if (b->type == MDN_H) {
			push_section(ps, &cap, b, b);
			continue;
		}
		/* "12. #### What is X?": a list whose first item starts
		 * with a heading is a numbered heading, its answer the rest
		 * of the item, else below the list; a list numbered on holds
		 * more of them, each answered by the rest of its item or
		 * the items after it */
		if ((b->type != MDN_OL && b->type != MDN_UL) ||
		    !heads_item(b->child) ||
		    (b->child->child->next != NULL && !numbered))
			continue;
		numbered = 1;
		for (li = b->child; li != NULL; li = lead_end) {
			lead_end = next_heading_item(li);
			s = push_section(ps, &cap, b, li->child);
			if (li != b->child)
				/* the one before is all in the list */
				ps->secs[ps->nsecs - 2].end = b->next;
			if (li->child->next != NULL) {
				s->lead = li->child->next;
				s->lead_end = NULL;
			} else {
				s->lead = li->next;
				s->lead_end = lead_end;
			}
		}
	}
	ps->secs[ps->nsecs - 1].end = NULL;
	/* on a page with no title in its front matter, a first heading over
	 * nothing, followed by one of a higher level but the first ("####
	 * Two Sum" then "## Description"), is the page's title, whatever
	 * level it was written at */
	if (ps->nsecs > 2 && ps->secs[1].heading != &ps->title_head &&
	    ps->secs[1].first == ps->secs[1].end && ps->secs[1].lead == NULL &&
	    ps->secs[2].level < ps->secs[1].level && ps->secs[2].level >= 2)
		ps->secs[1].level = 1;
	for (i = 0; i < ps->nsecs; i++)
		ps->secs[i].leaf = i + 1 == ps->nsecs ||
		    ps->secs[i + 1].level <= ps->secs[i].level;
	/* the subsections of each: up to the next heading at its level or
	 * higher (from the end, so that each is found in one step) */
	for (i = ps->nsecs; i-- > 0;) {
		size_t k = i + 1;

		ps->secs[i].last = i;
		while (k < ps->nsecs && ps->secs[k].level > ps->secs[i].level) {
			ps->secs[i].last = ps->secs[k].last;
			k = ps->secs[k].last + 1;
		}
	}
	/* each section's parent: the nearest one above at a lower level (the
	 * sections before the first heading, level 0, enclose them all) */
	for (i = 1; i < ps->nsecs; i++) {
		size_t k = i - 1;

		while (ps->secs[k].level >= ps->secs[i].level)
			k = ps->secs[k].parent;
		ps->secs[i].parent = k;
	}
}

/* Whether a heading of this kind names a topic, which may be a question:
 * one that says questions follow ("Interview Questions") may too, in a
 * page of topics; what it says counts for the lists under it
 * (corpus_blocks.c). */
static int
names_topic(enum lang_title kind)
{
	return kind == LANG_TOPIC || kind == LANG_QUESTIONS;
}

/* How plainly section i's heading asks: 2 when it says so outright (a
 * question mark or label, or an "Answer" heading right after it, below
 * or beside it), 1 when it reads as a question (an asking word, or a
 * first paragraph that asks, which completes it), else 0. */
/* Whether HTML block b is only a comment that says the answer follows
 * ("<!-- explanation -->", "<!-- answer -->"), which the page hides. */
static int
comment_says_answer(const struct mdnode *b)
{
	const char *t = b->text.data, *e;
	size_t n = b->text.len;

	while (n > 0 && md_space(t[n - 1]))
		n--;
	if (t == NULL || n < 9 || strncmp(t, "<!--", 4) != 0 ||
	    strncmp(t + n - 3, "-->", 3) != 0)
		return 0;
	for (t += 4, e = b->text.data + n - 3; t < e && md_space(*t);)
		t++;
	while (e > t && md_space(e[-1]))
		e--;
	return e > t && memchr(t, '-', (size_t)(e - t)) == NULL &&
	    lang_title(t, (size_t)(e - t)) == LANG_ANSWER;
}

/* The length of line t[0..n) less a tick mark that ends it, one that
 * says the option it ends is a right one: a check mark ("B) Mean ✓",
 * with U+FE0F after it or not: ✓, ✔, ✅ or ☑), or a lone X or x set
 * apart by two spaces at least ("C) Median  X"; after one, "Mac OS X"
 * and "f(x) = x" end in their text); 0 when none ends it. */
static size_t
tick_end(const char *t, size_t n)
{
	static const char *const ticks[] = { "\u2713", "\u2714", "\u2705",
		"\u2611" };
	size_t e = n, k;

	while (e > 0 && md_space(t[e - 1]))
		e--;
	if (e >= 3 && memcmp(t + e - 3, "\uFE0F", 3) == 0)
		e -= 3;
	for (k = 0; k < sizeof ticks / sizeof *ticks; k++)
		if (e >= 3 && memcmp(t + e - 3, ticks[k], 3) == 0)
			break;
	if (k < sizeof ticks / sizeof *ticks)
		e -= 3;
	else if (e >= 3 && (t[e - 1] == 'X' || t[e - 1] == 'x') &&
	    t[e - 2] == ' ' && t[e - 3] == ' ')
		e--;
	else
		return 0;
	while (e > 0 && md_space(t[e - 1]))
		e--;
	return e;
}

/* Whether option text t[0..n) is some text that ends no sentence before
 * more of it ("logs, b) metrics, c) traces. Each one ..." is prose that
 * counts, and "A. B. Cooper" initials). */
static int
option_text(const char *t, size_t n)
{
	size_t k;

	while (n > 0 && md_space(t[n - 1]))
		n--;
	while (n > 0 && md_space(*t))
		t++, n--;
	/* (a tick mark after it is no more of it: "day 28.  X") */
	if ((k = tick_end(t, n)) > 0)
		n = k;
	if (n == 0)
		return 0;
	for (size_t i = 0; i + 1 < n; i++)
		if (strchr(".?!", t[i]) != NULL && t[i + 1] == ' ')
			return 0;
	return 1;
}

int
cp_lettered_text(const char *t, size_t n)
{
	const char *e = t + n, *at[26], *p;
	size_t k = 0;
	int inline_ = 0;

	while (t < e && *t == ' ')
		t++;
	if (!md_option_letter(t, (size_t)(e - t), 0, ":.)"))
		return 0;
	at[k++] = t;
	for (p = t + 3; p < e && k < 26; p++) {
		if (*p == '\n') {
			const char *q = p + 1;

			while (q < e && *q == ' ')
				q++;
			if (q == e)
				break;
			if (!md_option_letter(
			        q, (size_t)(e - q), (int)k, ":.)"))
				return 0;
			at[k++] = q;
			p = q + 2;
		} else if (p[-1] == ' ' && p + 1 < e && p[1] == t[1] &&
		    md_option_letter(p, (size_t)(e - p), (int)k, ":.)")) {
			at[k++] = p;
			p += 2;
			inline_ = 1;
		}
	}
	/* (26 at most, as lettered options) */
	if (k < 2 || (k == 26 && p < e))
		return 0;
	for (size_t i = 0; inline_ && i < k; i++) {
		const char *from = at[i] + 3, *to = i + 1 < k ? at[i + 1] : e;

		if (!option_text(from, (size_t)(to - from)))
			return 0;
	}
	return 1;
}

int
cp_lettered(const struct mdnode *b)
{
	const struct mdnode *li;
	int n = 0;

	/* or a paragraph of them, one a line ("a) Clone  \nb) Init"), or
	 * one after another, as a soft line break shows them ("a) Clone
	 * b) Init"), each after a space with the first one's mark */
	if (b->type == MDN_P)
		return cp_lettered_text(b->text.data, b->text.len);
	if (b->type != MDN_UL && b->type != MDN_OL)
		return 0;
	for (li = b->child; li != NULL; li = li->next, n++) {
		const struct mdnode *p = ci_item_block(li);

		if (p == NULL || n >= 26 ||
		    !md_option_letter(p->text.data, p->text.len, n, ":.)"))
			return 0;
	}
	return n >= 2;
}

static int paragraph_asks(const struct mdnode *p);

/* Whether block b asks over what follows it: a paragraph that asks, or
 * a numbered list whose last item ends in a question mark or a colon,
 * a stem the options complete ("11. Statistical significance means:"). */
static int
asks_over(const struct mdnode *b)
{
	const struct mdnode *rest;
	char *t;
	int yes;

	if (b->type == MDN_P)
		return paragraph_asks(b);
	if (b->type != MDN_OL || b->last == NULL)
		return 0;
	t = ci_item_text(b->last, &rest);
	yes = ct_ends_in_question_mark(t) || ct_ends_in_colon(t, strlen(t));
	free(t);
	return yes;
}

/* Whether block b, before end, is a numbered item over options some of
 * which are ticked, after it or in it ("1. True or false: ..." over "-
 * [x] False"): a quiz's question, whatever it says. */
static int
numbered_quiz(const struct mdnode *b, const struct mdnode *end)
{
	const struct mdnode *rest;

	if (b->type != MDN_OL || b->last == NULL)
		return 0;
	if (b->next != NULL && b->next != end && cp_options(b->next, 0, NULL))
		return 1;
	free(ci_item_text(b->last, &rest));
	return rest != NULL && cp_options(rest, 0, NULL);
}

/* Whether section i offers a multiple choice's options, in its own
 * blocks before any subsection ("A) ...", "- [ ] ...") or under a
 * heading of its own that names them ("#### Options"): it asks. */
static int
offers_options(const struct parse *ps, size_t i)
{
	const struct section *s = &ps->secs[i];

	const struct mdnode *b;
	size_t asked = 0;

	/* paragraphs that ask, or numbered items ("2. What does ...?"),
	 * each over options of its own, two at least (a quiz's questions,
	 * "---" between them): the options are theirs */
	for (b = s->first; b != NULL && b != s->end; b = b->next)
		asked += (b->next != NULL && b->next != s->end &&
		             asks_over(b) &&
		             (cp_lettered(b->next) ||
		                 cp_options(b->next, 1, NULL))) ||
		    numbered_quiz(b, s->end);
	if (asked >= 2)
		return 0;
	for (b = s->first; b != NULL && b != s->end; b = b->next) {
		/* "**Q1.** Which keyword ...?" or "2. What does ...?" over
		 * them: they are that question's */
		if ((b->type == MDN_P && ci_is_question_p(b, 0)) ||
		    (b->type == MDN_OL && asks_over(b)))
			return 0;
		if (cp_lettered(b) || cp_options(b, 0, NULL))
			return 1;
	}
	/* (the choices a list under it: "## Options" over "### timeout" in
	 * a reference page names settings) */
	s = &ps->secs[i + 1];
	return i + 1 < ps->nsecs && s->parent == i && s->heading != NULL &&
	    s->leaf && s->first != NULL && s->first != s->end &&
	    (s->first->type == MDN_UL || s->first->type == MDN_OL) &&
	    lang_options(s->title, strlen(s->title));
}

/* Whether a section's own blocks open a solution box (":::
 * solution"). */
static int
solution_box(const struct section *s)
{
	for (const struct mdnode *b = s->first; b != NULL && b != s->end;
	     b = b->next)
		if (b->nav == 2 && b->div == 's')
			return 1;
	return 0;
}

static int marker_first(const struct mdnode *b);

/* Whether a section's own blocks hold a line that only says the answer
 * follows ("---ANSWER---", "【解答】", ":::: solution"): its heading is
 * the question. */
static int
marks_answer(const struct section *s)
{
	int run = -1; /* a run of exercise boxes: found when one opens */

	for (const struct mdnode *b = s->first; b != NULL && b != s->end;
	     b = b->next) {
		if (b->nav == 2 ? b->div == 's' :
		                  b->type == MDN_P && marker_first(b))
			return 1;
		/* (a solution in a run of exercise boxes, or in one under a
		 * heading that says questions follow, is a box's) */
		if (b->nav == 2 && b->div == 'q' && run < 0)
			run = md_boxes(s->first, s->end) >= 2 ||
			    s->kind == LANG_QUESTIONS;
		if (b->nav == 2 && b->div == 'q' && run > 0)
			return 0;
		/* a marker below a list of questions answers the list, one
		 * below a question paragraph ("【问题】...") that question */
		if (b->type == MDN_UL || b->type == MDN_OL ||
		    cb_says_questions(b) ||
		    (b->type == MDN_P && ci_is_question_p(b, 0)))
			return 0;
	}
	return 0;
}

/* The line that closes the box that block h is in, if it comes before
 * end; else end. */
static const struct mdnode *
box_end(const struct mdnode *h, const struct mdnode *end)
{
	int depth = 0;

	for (const struct mdnode *b = h->next; b != NULL && b != end;
	     b = b->next) {
		if (b->nav != 2)
			continue;
		if (b->div != 'c')
			depth++;
		else if (depth-- == 0)
			return b;
	}
	return end;
}

/* Whether section i's heading names its exercise ("Exercise 2:
 * Fields", "Reto #10: La API"), under which no heading names one: over
 * those ("Exercise 2.1: ...") it is their group. */
static int
exercise(const struct parse *ps, size_t i)
{
	if (!ps->secs[i].label)
		return 0;
	for (size_t k = i + 1; k <= ps->secs[i].last; k++)
		if (ps->secs[k].label)
			return 0;
	return 1;
}

/* The first of the blocks [k, end) that is no thematic break, or end: a
 * rule parts nothing ("---" before or under "### Answer"). */
static const struct mdnode *
past_rules(const struct mdnode *k, const struct mdnode *end)
{
	while (k != NULL && k != end && k->type == MDN_HR)
		k = k->next;
	return k != NULL ? k : end;
}

/* Section i's heading says that a question is written under it ("Quiz
 * question", "Quiz", "Questions") over one paragraph only (rules after it
 * aside), with an
 * "Answer" heading beside it ("Quiz answer"): 1 when the paragraph asks
 * or the answer heading holds something (the paragraph is the question,
 * that heading's text its answer); -1 when neither (a placeholder, "No
 * questions, skip ahead!"); 0 for any other section. */
static int
stated_below(const struct parse *ps, size_t i)
{
	const struct section *s = &ps->secs[i];
	const struct section *next = i + 1 < ps->nsecs ? &ps->secs[i + 1] :
	                                                 NULL;

	if (!s->says || s->first == NULL || s->first == s->end ||
	    s->first->type != MDN_P || next == NULL ||
	    next->level != s->level || next->kind != LANG_ANSWER ||
	    past_rules(s->first->next, s->end) != s->end)
		return 0;
	return paragraph_asks(s->first) || next->first != next->end ? 1 : -1;
}

/* Whether section s's own blocks are one paragraph that ends in a colon
 * and says questions follow ("Below are the common questions:"). */
static int
restated(const struct section *s)
{
	const struct mdnode *p = s->first;
	char *t;
	int yes;

	if (p == NULL || p == s->end || p->type != MDN_P || p->next != s->end)
		return 0;
	t = ct_title_of(p);
	yes = ct_ends_in_colon(t, strlen(t)) &&
	    lang_names_questions(t, strlen(t));
	free(t);
	return yes;
}

/* The last section of the answer of question i, whose "Answer" heading
 * follows it at its level: that heading's last subsection, or, when a
 * label heading ("### Question") over a paragraph asks, the last before
 * the next heading that is not at that level, or is such a label, or an
 * answer's, or holds records that ask outright: a page that labels its
 * question labels the next one too, and the headings between ("### 1. Why it
 * exits") are the answer's parts. One that asks outright is a part only
 * when the answer heading has no text of its own, a rule aside ("###
 * Answer", then "### 1. What is a layer?"); else it is a question. */
static size_t
answer_last(const struct parse *ps, size_t i)
{
	const struct section *s = &ps->secs[i], *h = &ps->secs[s->last + 1];
	size_t a = h->last;
	int empty = past_rules(h->first, h->end) == h->end;

	if (stated_below(ps, i) <= 0)
		return a;
	while (a + 1 < ps->nsecs) {
		const struct section *t = &ps->secs[a + 1];

		if (t->heading == NULL || t->level != s->level ||
		    t->kind == LANG_ANSWER || stated_below(ps, a + 1) != 0 ||
		    t->outright > 0 || (t->evidence == 2 && !empty))
			break;
		a = t->last;
	}
	return a;
}

/* Whether section i's own blocks hold a numbered list that an answer key
 * after it answers item by item ("1. What is Node?" under "## Check for
 * Understanding", then "1. A runtime." under "### Answers"): that
 * heading answers the list, not the heading. */
static int
keyed(const struct parse *ps, size_t i)
{
	return cb_answer_key(ps, i) != NULL &&
	    cb_numbered(&ps->secs[i]) != NULL;
}

static int
evidence(const struct parse *ps, size_t i)
{
	const struct section *s = &ps->secs[i];
	const struct section *next = i + 1 < ps->nsecs ? &ps->secs[i + 1] :
	                                                 NULL;
	char *q;
	int e = 0, stated;

	if (s->heading == NULL || s->title[0] == '\0' ||
	    !names_topic(s->kind) || (stated = stated_below(ps, i)) < 0)
		return 0;
	q = ct_heading_question(s->title);
	/* an "Answers" heading after "Questions" answers those; an
	 * exercise box says what it is, so does a solution box under it */
	/* "Questions?" only says questions follow */
	if ((ct_ends_in_question_mark(q) &&
	        !(s->kind == LANG_QUESTIONS &&
	            lang_questions_title(s->title, strlen(s->title)))) ||
	    lang_label(s->title) > 0 || s->named || s->heading->div == 'q' ||
	    s->marked || offers_options(ps, i) ||
	    (next != NULL && next->level >= s->level &&
	        next->kind == LANG_ANSWER && s->kind != LANG_QUESTIONS &&
	        !keyed(ps, i)) ||
	    stated > 0)
		e = 2;
	/* "Design questions" says questions follow, whatever its first
	 * word would ask */
	else if (s->kind != LANG_QUESTIONS && ct_question_like(q))
		e = 1;
	/* a title that is one link over a quote names a problem that the
	 * quote states ("### [two-sum](https://...)") */
	else if (s->kind != LANG_QUESTIONS && md_only_link(s->heading) &&
	    s->first != NULL && s->first != s->end &&
	    s->first->type == MDN_QUOTE)
		e = 1;
	free(q);
	return e;
}

/* Whether paragraph p asks: its first sentence reads as a question
 * ("Tell me about X.", "Why ...?"), or its last does ("X states that
 * ... Would you write code violating it?"), a link's word or two after
 * it aside ("... fix it? Resources"); a question asked in the middle
 * and answered ("Why use them? Because ...") is an answer's. */
static int
paragraph_asks(const struct mdnode *p)
{
	char *t = ct_title_of(p), *q = strrchr(t, '?');
	size_t n = strlen(t);
	/* a sentence that ends in a colon introduces what follows ("When
	 * you want to drop them, run:"): it asks nothing */
	/* ... and one that starts in lower case is no sentence that asks
	 * ("show the feed of posts": a note) */
	int yes = ct_ends_in_question_mark(t) ||
	    (!ct_ends_in_colon(t, n) && ct_sentence_asks(t, n));

	/* (a mark inside a word is no mark: an address's query,
	 * "watch?v=x") */
	if (!yes && q != NULL && !isalnum((unsigned char)q[1]))
		yes = ct_words(q + 1) <= 2 && strpbrk(q + 1, ".!") == NULL;
	free(t);
	return yes;
}

/* Whether paragraph p opens a page by asking: it asks, or its first
 * sentence does ("如何计算数据流中不同元素的个数？例如，……", "请设计一个
 * 网络爬虫。"). */
static int
opening_asks(const struct mdnode *p)
{
	char *t;
	size_t n = 0;
	int yes;

	if (paragraph_asks(p))
		return 1;
	t = ct_title_of(p);
	while (t[n] != '\0' && t[n] != '?' && t[n] != '.' &&
	    strncmp(t + n, "\xef\xbc\x9f", 3) != 0 &&
	    strncmp(t + n, "\xe3\x80\x82", 3) != 0)
		n++;
	/* (the sentence with its mark) */
	n += t[n] == '\0' ? 0 : t[n] == '?' || t[n] == '.' ? 1 : 3;
	yes = !ct_ends_in_colon(t, n) && lang_asks(t, n);
	free(t);
	return yes;
}

/* The paragraph that opens a page with no title, before any heading,
 * read in the automatic layout; else NULL. */
static const struct mdnode *
opening(const struct parse *ps)
{
	const struct mdnode *p = ps->secs[0].first;

	return ps->title == NULL && ps->secs[0].heading == NULL &&
	        ps->layout == CORPUS_AUTO && p != NULL && p->type == MDN_P ?
	    p :
	    NULL;
}

/* Whether section i's first block is a paragraph that asks, not a
 * question of its own ("#### Globals Are Evil" and "Why are global
 * objects evil?"): it completes the heading, which then asks. */
static int
body_asks(const struct parse *ps, size_t i)
{
	const struct section *s = &ps->secs[i];

	/* what follows a heading that says questions follow asks because
	 * it is those questions */
	if (s->heading == NULL || s->first == NULL || s->first == s->end ||
	    s->first->type != MDN_P || ci_is_question_p(s->first, 0) ||
	    ci_bold_lines(s->first) || s->kind == LANG_QUESTIONS)
		return 0;
	/* the first of a run of paragraphs that ask is a question of its
	 * own */
	if (ps->plain_questions >= 3 && s->plain > 0)
		return 0;
	/* ... and so is one among question paragraphs of a label ("Q:
	 * ...?", two at least), that it lacks */
	if (paragraph_asks(s->first)) {
		size_t labelled = 0;

		for (const struct mdnode *b = s->first->next;
		     b != NULL && b != s->end && labelled < 2; b = b->next)
			labelled += b->type == MDN_P && ci_is_question_p(b, 0);
		return labelled < 2;
	}
	return 0;
}

/* Whether paragraph b is only links, and the marks between them
 * ("[Back](../README.md)/[Up](#top)"). */
static int
only_links(const struct mdnode *b)
{
	const char *t, *e;
	int links = 0;

	if (b->type != MDN_P || b->text.len == 0)
		return 0;
	t = b->text.data;
	e = t + b->text.len;
	while (t < e) {
		const char *close, *paren;

		/* an image shows something */
		if (*t == '!' && t + 1 < e && t[1] == '[')
			return 0;
		if (*t != '[') {
			/* between links: spaces and marks (pictographs too),
			 * no words */
			uint32_t c = (unsigned char)*t;
			size_t k = 1;

			if (c >= 0x80)
				k = utf8_decode(t, (size_t)(e - t), &c);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			    (c >= '0' && c <= '9') ||
			    (c >= 0x80 && !lang_pictograph(c)))
				return 0;
			t += k;
			continue;
		}
		if ((close = memchr(t, ']', (size_t)(e - t))) == NULL ||
		    close + 1 >= e || close[1] != '(' ||
		    (paren = memchr(close, ')', (size_t)(e - close))) == NULL)
			return 0;
		links++;
		t = paren + 1;
	}
	return links > 0;
}

/* Whether a section's blocks are only lists of links ("What to learn
 * next" and its reading list): no answer to make its title a question. */
static int
links_only(const struct section *s)
{
	const struct mdnode *b;

	if (s->first == NULL || s->first == s->end)
		return 0;
	for (b = s->first; b != NULL && b != s->end; b = b->next)
		if (!(((b->type == MDN_UL || b->type == MDN_OL) &&
		          ci_link_list(b)) ||
		        b->nav > 0 || b->type == MDN_HTML || only_links(b)))
			return 0;
	return 1;
}

/* Whether section i may be a question with all its subsections in its
 * answer: a heading that names a topic, under which no record was read
 * and no heading asks outright. */
static int
candidate(const struct section *s)
{
	return s->heading != NULL && s->title[0] != '\0' &&
	    names_topic(s->kind) && s->subitems == 0 && !s->asked_below;
}

/* Whether section s is named for questions and holds questions of its
 * own that ask outright ("## 高频面试题" over its bold questions). */
static int
asks_in_section(const struct section *s)
{
	return s->heading != NULL && s->kind == LANG_QUESTIONS &&
	    s->subitems > 0 && s->outright > 0;
}

/* Sets 16 in under[] (no topics) for the headings outside such a section
 * and deeper than it: the parts of the lesson around the page's
 * questions. Its peers may be questions still ("## Other questions"
 * after "## Frame vs Bounds"). A heading is outside one of them when
 * those of a level above its own outnumber those among its ancestors:
 * one pass, and the ancestors of each (six at most). */
static void
lesson_around(const struct parse *ps, unsigned char *under)
{
	size_t above[8] = { 0 }; /* such sections of a level below L */

	for (size_t i = 0; i < ps->nsecs; i++)
		if (asks_in_section(&ps->secs[i]))
			for (unsigned l = ps->secs[i].level + 1; l < 8; l++)
				above[l]++;
	for (size_t k = 0; k < ps->nsecs; k++) {
		const struct section *s = &ps->secs[k];
		size_t n = above[s->level < 8 ? s->level : 7];

		/* (the page above its first heading, level 0, has none) */
		for (size_t a = s->parent; n > 0 && ps->secs[a].heading != NULL;
		     a = ps->secs[a].parent)
			n -= asks_in_section(&ps->secs[a]) &&
			    ps->secs[a].level < s->level;
		if (n > 0)
			under[k] |= 16;
	}
}

/* Whether a subsection of section i holds a run of questions: it says
 * questions follow and holds records, or holds three records at least
 * that ask outright ("### 10 Follow-up Questions on X" under "## 20.
 * What is X used for?", over "**1. How do you ...?**"): they are
 * questions of their own, not the parts of its answer, which ask one a
 * subsection ("**Why does it matter?**"). */
static int
questions_below(const struct parse *ps, size_t i)
{
	for (size_t k = i + 1; k <= ps->secs[i].last; k++) {
		const struct section *t = &ps->secs[k];

		if (t->items > 0 &&
		    (t->kind == LANG_QUESTIONS || t->outright >= 3))
			return 1;
	}
	return 0;
}

/* Whether none of section p's subsections holds records of its own. */
static int
plain_exercises(const struct parse *ps, size_t p)
{
	for (size_t k = p + 1; k <= ps->secs[p].last; k++)
		if (ps->secs[k].items > 0)
			return 0;
	return 1;
}

/* The model's reading of headings (beq(5), MODEL): a heading is a
 * question when it asks outright; when it reads as one and has an answer
 * or stands in a run that asks; or, where no block of the page asks,
 * when it is a leaf with text at the level where most such leaves are.
 * A run is the candidates of one level: most of them read as questions
 * (two at least) makes the level a question level, where a heading needs
 * no asking word of its own, only an answer. A heading that asks
 * outright above headings that hold questions is a question of its own
 * blocks. Every other heading is a category. */
/* Sums up what lies below each heading: records, text, headings that
 * ask outright. Returns the records of all sections. */
static size_t
sum_below(struct parse *ps)
{
	size_t i, items = 0;

	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		s->subitems += s->items;
		s->below |= s->content;
		items += s->items;
		for (size_t a = s->parent; i > 0 && ps->secs[a].heading != NULL;
		     a = ps->secs[a].parent) {
			ps->secs[a].subitems += s->items;
			ps->secs[a].outright += s->outright;
			ps->secs[a].below |= s->content;
			ps->secs[a].asked_below |= s->evidence == 2;
		}
	}
	return items;
}

/* Headings where the layout is given: those of its level are the
 * questions (all but those that only say an answer or references
 * follow), with what is under them; no other heading is one. */
static void
given_questions(struct parse *ps)
{
	for (size_t i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		s->why = "not at the level the layout gives";
		if (s->heading == NULL || s->level != (unsigned)ps->layout ||
		    s->title[0] == '\0' || s->kind == LANG_ANSWER ||
		    s->kind == LANG_REFERENCES)
			continue;
		s->question = 1;
		s->items = 0;
		s->why = "at the level the layout gives";
		i = s->last;
	}
}

/* The subsection of section i after its subsection c and the examples
 * that follow c ("## Example"): past i's last when there is none. */
static size_t
past_examples(const struct parse *ps, size_t i, size_t c)
{
	size_t a = ps->secs[c].last + 1;

	while (a <= ps->secs[i].last && ps->secs[a].kind == LANG_EXAMPLE)
		a = ps->secs[a].last + 1;
	return a;
}

/* The subsection of section i that states its question, when the next
 * one at its level answers it ("# Two Sum", "## Description", "##
 * Solution") or nothing follows it (a question alone: "# Reto #10",
 * "## Enunciado"); subsections that hold nothing before it ("####
 * Dificultad: Media") aside. Else 0. */
static size_t
stated_in(const struct parse *ps, size_t i)
{
	size_t c = i + 1, a;

	while (c <= ps->secs[i].last && ps->secs[c].parent == i &&
	    !ps->secs[c].content && !ps->secs[c].below &&
	    ps->secs[c].subitems == 0)
		c = ps->secs[c].last + 1;
	if (c > ps->secs[i].last || ps->secs[c].parent != i ||
	    ps->secs[c].heading == NULL ||
	    !lang_states_question(ps->secs[c].title, strlen(ps->secs[c].title)))
		return 0;
	/* examples between them ("## 示例", "## Example 1") show it */
	a = past_examples(ps, i, c);
	if (a > ps->secs[i].last)
		return c;
	if (ps->secs[a].parent != i || ps->secs[a].kind != LANG_ANSWER)
		return 0;
	/* "### Question", "### Answer" again and again: each pair is one
	 * question of the page, none the page's own */
	for (size_t k = ps->secs[a].last + 1; k <= ps->secs[i].last;
	     k = ps->secs[k].last + 1)
		if (ps->secs[k].parent == i && ps->secs[k].heading != NULL &&
		    lang_states_question(
		        ps->secs[k].title, strlen(ps->secs[k].title)))
			return 0;
	return c;
}

/* Whether question i, stated in its subsection s->stated, is titled only
 * by the page's front matter (which a host shows as a table of the
 * page's data) and that subsection starts with a paragraph that asks,
 * or that its title labels a question ("## Question", "## Exercise"):
 * then that paragraph, at its heading, is the question a reader sees. */
static int
stated_by_front(const struct parse *ps, size_t i)
{
	const struct section *s = &ps->secs[i], *c = &ps->secs[s->stated];

	return s->heading == &ps->title_head && s->stated != 0 &&
	    c->first != NULL && c->first != c->end && c->first->type == MDN_P &&
	    (paragraph_asks(c->first) ||
	        lang_labels_question(c->title, strlen(c->title)));
}

/* The section of the answer to the question stated in section i, past
 * its statement s->stated and any examples; 0 when there is none. */
static size_t
stated_answer(const struct parse *ps, size_t i)
{
	size_t a = past_examples(ps, i, ps->secs[i].stated);

	return a <= ps->secs[i].last && ps->secs[a].kind == LANG_ANSWER ? a : 0;
}

/* The last section of the question stated in section i: its statement
 * s->stated and examples, then its answer and what follows it on the
 * page ("## 代码" after "## 解题思路"), if any. */
static size_t
stated_last(const struct parse *ps, size_t i)
{
	size_t a = stated_answer(ps, i);

	if (a == 0)
		return past_examples(ps, i, ps->secs[i].stated) - 1;
	/* on over what follows it, up to a part that asks again ("##
	 * 多问一句" over "### 为什么 ...？") */
	for (a = ps->secs[a].last + 1; a <= ps->secs[i].last &&
	     ps->secs[a].evidence < 2 && !ps->secs[a].asked_below;
	     a = ps->secs[a].last + 1)
		;
	return a - 1;
}

/* Whether section s has prose of its own, as a topic's answer: a block
 * but a box's aside, raw HTML (a page's layout) and a sentence that only
 * introduces what follows ("Start with the basics:" over a tip box). */
static int
prose(const struct section *s)
{
	for (const struct mdnode *b = s->first; b != NULL && b != s->end;
	     b = b->next) {
		char *t;
		int intro;

		if (b->div == 'a' || b->nav != 0 || b->type == MDN_HTML ||
		    b->type == MDN_H)
			continue;
		if (b->type != MDN_P)
			return 1;
		t = ct_title_of(b);
		intro = ct_ends_in_colon(t, strlen(t));
		free(t);
		if (!intro)
			return 1;
	}
	return 0;
}

/* Whether section i has no deeper heading that names a topic (only
 * references, examples or an answer under it, if anything). */
static int
leaf_of_topics(const struct parse *ps, size_t i)
{
	for (size_t k = i + 1; k <= ps->secs[i].last; k++)
		if (names_topic(ps->secs[k].kind))
			return 0;
	return 1;
}

/* The headings deeper than level that ask outright. */
static size_t
outright_below(const struct parse *ps, unsigned level)
{
	size_t n = 0;

	for (size_t i = 0; i < ps->nsecs; i++)
		n += ps->secs[i].heading != NULL && ps->secs[i].level > level &&
		    ps->secs[i].level <= 6 && ps->secs[i].evidence == 2;
	return n;
}

/* Whether title t starts with an item's number ("1) Clean builds",
 * "12. Sharding"). */
static int
numbered(const char *t)
{
	if (*t < '0' || *t > '9')
		return 0;
	while (*t >= '0' && *t <= '9')
		t++;
	return (*t == ')' || *t == '.') && t[1] == ' ';
}

/* Whether title t starts with the number after k ("3.三次握手", "3) X",
 * "3 X", but not "3.1 X", a section's number). */
static int
count_on(const char *t, size_t k)
{
	char *e;
	unsigned long v;

	if (*t < '0' || *t > '9')
		return 0;
	v = strtoul(t, &e, 10);
	if (v != k + 1)
		return 0;
	if (*e == '.' || *e == ')')
		e++;
	else if (strncmp(e, "、", 3) == 0)
		e += 3;
	return *e != '\0' && (*e < '0' || *e > '9');
}

/* Under a heading that says questions follow ("## Questions"), the
 * headings of a level numbered in order, three at least and three in
 * four of that level's there ("### 1.三次握手", "### 2.四次挥手"), ask by
 * their place: each is a question, whatever is read under it (the
 * structure of its answer). */
static void
counted_run(struct parse *ps)
{
	for (size_t i = 0; i < ps->nsecs; i++) {
		const struct section *q = &ps->secs[i];
		size_t n[7] = { 0 }, counted[7] = { 0 }, k;

		if (q->heading == NULL || q->kind != LANG_QUESTIONS)
			continue;
		for (k = i + 1; k <= q->last; k++) {
			const struct section *s = &ps->secs[k];

			if (s->heading == NULL || s->level > 6 ||
			    !names_topic(s->kind))
				continue;
			n[s->level]++;
			counted[s->level] += count_on(
			    s->title, counted[s->level]);
		}
		for (k = i + 1; k <= q->last; k++) {
			struct section *s = &ps->secs[k];
			unsigned l = s->level;

			if (s->heading != NULL && l <= 6 &&
			    names_topic(s->kind) && counted[l] >= 3 &&
			    4 * counted[l] >= 3 * n[l] && s->title[0] >= '0' &&
			    s->title[0] <= '9')
				s->counted = 1;
		}
		i = q->last;
	}
}

/* Whether section s is a numbered leaf heading that names a topic, over
 * one question stated in the paragraphs it starts with ("**Question:**
 * You notice ... twice." then "**How would you resolve this?**"), then
 * its answer in another block: the record of one of them that asks, or
 * of each. */
static int
titles_one(const struct section *s)
{
	const struct mdnode *b;
	size_t lead = 0;
	int asks = 0;

	if (s->heading == NULL || !s->leaf || s->level > 6 || s->items == 0 ||
	    s->headed || s->first == NULL || !names_topic(s->kind) ||
	    !numbered(s->title))
		return 0;
	for (b = s->first; b != NULL && b != s->end && b->type == MDN_P;
	     b = b->next) {
		lead++;
		asks |= ci_is_question_p(b, 0) || paragraph_asks(b);
	}
	/* (an answer follows them) */
	if (b == NULL || b == s->end || lead == 0)
		return 0;
	return asks && (s->items == 1 || (s->items == lead && lead <= 3));
}

/* A run of numbered headings each over one question paragraph, its
 * first block ("## 1) Clean Build Environments" then "**Question:** Your
 * builds ...?"), three at least and three in four of the leaves of their
 * level: each heading names its question, which the paragraph states
 * (its body); the heading is the question. A topic heading over one
 * labelled question ("## Caching" then "**Q:** What is a cache?") is its
 * category. */
static void
titled_run(struct parse *ps)
{
	size_t leaves[7] = { 0 }, one[7] = { 0 }, i;

	/* (titled marks the headings of the shape, then those of a run) */
	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		s->titled = titles_one(s);
		if (s->heading == NULL || !s->leaf || s->level > 6 ||
		    s->title[0] == '\0' || !names_topic(s->kind))
			continue;
		leaves[s->level]++;
		/* (so is a heading that a toggle's record asks, and one
		 * that its first paragraph completes) */
		one[s->level] += s->titled || (s->headed && s->items == 1) ||
		    (s->items == 0 && body_asks(ps, i));
	}
	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		s->titled = s->titled && one[s->level] >= 3 &&
		    4 * one[s->level] >= 3 * leaves[s->level];
		if (s->titled) {
			s->items = 0;
			s->evidence = 2;
		}
	}
}

#define SCOPE(i) ((under[i] & 8) != 0)

static int number_only(const char *t);

/* Whether a heading's title t is numbered ("12. ", "Q3: "). */
static int
numbered_title(const char *t)
{
	return ct_numbering(t, 0) != t;
}

/* Whether a level whose headings ask asks by their labels ("Knowledge
 * Check 1", "Exercise 2"), or by their numbers ("## 📌 Q1: Why ...?",
 * "## 2. Explain ..."): two at least, half of those that ask. */
static int
by_labels(size_t labelled, size_t asking)
{
	return labelled >= 2 && 2 * labelled >= asking;
}

/* Sets bits in under[] (heading_questions) for the sections inside
 * section i. */
static void
mark_below(
    const struct parse *ps, unsigned char *under, size_t i, unsigned bits)
{
	for (size_t k = i + 1; k <= ps->secs[i].last; k++)
		under[k] |= (unsigned char)bits;
}

/* Whether heading i (s), which does not ask, is the lesson around the
 * run of its level (counts by level of its scope: labelled, numbered
 * that ask, asking, and the first and last numbered heading, each + 1,
 * 0 for none): at a level that
 * asks by labels, any but a number alone ("## 1.2-2", a label too); by
 * numbers, one without before the first numbered heading or after the
 * last ("## 👨‍💻 Toolkit" after the last question). A numbered one is
 * one of the run ("## 3. Closures"). */
static int
aside(const struct section *s, size_t i, const size_t *labelled,
    const size_t *numbered, const size_t *asking, const size_t *first,
    const size_t *last)
{
	if (number_only(s->title))
		return 0;
	if (by_labels(labelled[s->level], asking[s->level]))
		return 1;
	return by_labels(numbered[s->level], asking[s->level]) &&
	    !numbered_title(s->title) &&
	    (i + 1 < first[s->level] || i + 1 > last[s->level]);
}

static void
heading_questions(struct parse *ps)
{
	/* per scope (1: under a heading that says questions follow, 0: not;
	 * a page's FAQ section is a run of its own, apart from the
	 * documentation around it) and level */
	size_t cand[2][7] = { { 0 } }, ask[2][7] = { { 0 } },
	       labelled[2][7] = { { 0 } }, numbered[2][7] = { { 0 } },
	       first_num[2][7] = { { 0 } }, last_num[2][7] = { { 0 } },
	       leaves[7] = { 0 }, holding[7] = { 0 }, items = 0, i, best = 0;
	int qlevel[2][7] = { { 0 } }, any = 0, runs = 0, faq = 0, boxed = 0;
	unsigned level, topics = 0;
	size_t ntopics = 0;
	/* per section: 1, in the answer of a heading that asks outright; 2,
	 * over a question of a deeper run; 4, under an example, an answer
	 * or references; 8, in scope 1; 16, in an exercise */
	unsigned char *under;

	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		if (s->evidence == 0 && body_asks(ps, i))
			s->evidence = 1;
		/* under "## Exercises" none of whose subsections holds
		 * records of its own, a leaf with text names its exercise,
		 * whatever its title ("### Nombres de Friedman"; "###
		 * Setup" beside "### Part A" and its list of tasks is the
		 * page's prose) */
		if (s->heading != NULL && !s->label && s->leaf &&
		    s->items == 0 && s->kind == LANG_TOPIC &&
		    ps->secs[s->parent].heading != NULL &&
		    lang_exercises_title(ps->secs[s->parent].title,
		        strlen(ps->secs[s->parent].title)) &&
		    s->first != NULL && s->first != s->end &&
		    plain_exercises(ps, s->parent)) {
			s->label = 1;
			if (s->evidence == 0)
				s->evidence = 1;
		}
		/* a heading that asks over one labelled question, its
		 * first block, and nothing else that asks ("## Why does
		 * the file not shrink" then "【问题】The table ... why?"):
		 * the label restates the heading's question, its body */
		if (s->heading != NULL && s->evidence > 0 && s->items == 1 &&
		    s->first != NULL && s->first != s->end &&
		    s->first->type == MDN_P && ci_is_question_p(s->first, 0) &&
		    (s->last == i || s->first->next == s->end))
			s->items = 0;
	}
	titled_run(ps);
	counted_run(ps);
	items = sum_below(ps);
	/* the runs, from the deepest level up: the candidates of each
	 * level, less those under one that asks outright (its answer's
	 * headings) and those over a question of a deeper run (they are
	 * its categories) */
	under = xcalloc(ps->nsecs + 1, sizeof *under);
	for (i = 0; i < ps->nsecs; i++) {
		/* a page named for questions is a section of them */
		if (ps->faq)
			under[i] |= 8;
		if (ps->secs[i].heading != NULL &&
		    ps->secs[i].kind == LANG_QUESTIONS)
			mark_below(ps, under, i, 8);
		/* an exercise box is such a section of one */
		if (ps->secs[i].heading != NULL &&
		    ps->secs[i].heading->div == 'q') {
			under[i] |= 8;
			boxed = 1;
		}
	}
	for (i = 0; i < ps->nsecs; i++)
		faq |= ((under[i] & 8) && candidate(&ps->secs[i])) ||
		    (ps->secs[i].heading != NULL &&
		        ps->secs[i].kind == LANG_QUESTIONS &&
		        ps->secs[i].subitems > 0);
	for (i = 0; i < ps->nsecs; i++)
		if (candidate(&ps->secs[i]) && ps->secs[i].evidence == 2)
			mark_below(ps, under, i, 1);
	/* 4: under an example, an answer or references, what they show:
	 * never a run of their own, a question only when it asks outright */
	for (i = 0; i < ps->nsecs; i++)
		if (ps->secs[i].kind == LANG_ANSWER ||
		    ps->secs[i].kind == LANG_EXAMPLE ||
		    ps->secs[i].kind == LANG_REFERENCES)
			mark_below(ps, under, i, 1 | 4);
	/* 32: under a project's furniture ("## Usage" over "###
	 * Reverting migrations"), its parts: no topics (a page's title
	 * names its subject, "Title: Index") */
	for (i = 0; i < ps->nsecs; i++)
		if (ps->secs[i].heading != NULL &&
		    ps->secs[i].heading != &ps->title_head &&
		    !(ps->h1 != NULL && ps->secs[i].heading->level == 1 &&
		        ps->secs[i].heading->line == ps->h1_line) &&
		    ps->secs[i].kind == LANG_FURNITURE)
			mark_below(ps, under, i, 32);
	/* 16: the parts of an exercise ("## Problem: Money" over "###
	 * Input", "### Hints"): what it shows, no topics */
	for (i = 0; i < ps->nsecs; i++)
		if (ps->secs[i].label)
			mark_below(ps, under, i, 1 | 4 | 16);
	lesson_around(ps, under);
	for (level = 6; level >= 1; level--) {
		for (i = 0; i < ps->nsecs; i++) {
			const struct section *s = &ps->secs[i];

			if (!candidate(s) || s->level != level ||
			    (under[i] & 1) || (under[i] & 2))
				continue;
			cand[SCOPE(i)][level]++;
			ask[SCOPE(i)][level] += s->evidence > 0 &&
			    !links_only(s);
			labelled[SCOPE(i)][level] += s->label;
			/* the run by numbers: those that ask, and the span
			 * of every numbered one */
			if (numbered_title(s->title)) {
				numbered[SCOPE(i)][level] += s->evidence > 0 &&
				    !links_only(s);
				if (first_num[SCOPE(i)][level] == 0)
					first_num[SCOPE(i)][level] = i + 1;
				last_num[SCOPE(i)][level] = i + 1;
			}
			any |= s->evidence > 0;
			leaves[level] += leaf_of_topics(ps, i) && s->content &&
			    stated_below(ps, i) >= 0;
		}
		/* on a page with a section of questions, what is outside it
		 * is a question only when it asks on its own */
		for (int k = 0; k < 2; k++) {
			qlevel[k][level] = ask[k][level] >= 2 &&
			    2 * ask[k][level] >= cand[k][level] &&
			    (k == 1 || !faq);
			runs |= qlevel[k][level];
		}
		/* the questions of this run make their ancestors categories */
		for (i = 0; i < ps->nsecs; i++) {
			const struct section *s = &ps->secs[i];

			if (!candidate(s) || s->level != level ||
			    (under[i] & 1) || (under[i] & 2) ||
			    !(s->evidence == 2 ||
			        (qlevel[SCOPE(i)][level] &&
			            (s->content || s->below))))
				continue;
			for (size_t a = s->parent; ps->secs[a].heading != NULL;
			     a = ps->secs[a].parent)
				under[a] |= 2;
		}
	}
	/* per level, the headings that hold records of other shapes (a
	 * heading whose toggle holds its answer is a question itself) */
	for (i = 0; i < ps->nsecs; i++)
		if (ps->secs[i].heading != NULL && ps->secs[i].level <= 6 &&
		    ps->secs[i].subitems > 0 && !ps->secs[i].question)
			holding[ps->secs[i].level]++;
	/* no level asks: a page of topics ("## 12 <topic>", "## Closure",
	 * each with its text). They are the headings of the highest level
	 * where at least half the headings (two at least) have text of their
	 * own, before any deeper heading, and fewer than half hold records
	 * of other shapes (those are categories); at that level a heading
	 * over one that asks outright is still one topic, with that
	 * question in its answer. Failing that, when nothing asks or made a
	 * record, the leaves of the commonest level. Neither on a page that
	 * marks where its questions are. */
	if (!runs) {
		/* a level whose headings are as often a project's furniture
		 * ("Installation", "Usage", "License") is a README's: its
		 * other headings are its parts, no topics */
		size_t n[7] = { 0 }, own[7] = { 0 }, furniture[7] = { 0 };
		/* a page that marks where its questions are ("## Review"
		 * after a chapter's sections, "### Check for Understanding"
		 * over questions that "### Answers" answers): its other
		 * headings are its lesson, no topics */
		int quiz = 0;

		for (i = 0; i < ps->nsecs; i++) {
			const struct section *s = &ps->secs[i];

			if (s->heading != NULL && s->level <= 6 &&
			    (s->kind == LANG_FURNITURE ||
			        s->kind == LANG_CONTENTS))
				furniture[s->level]++;
			if (s->heading == NULL || s->level > 6 ||
			    s->title[0] == '\0' || !names_topic(s->kind) ||
			    (under[i] & 16))
				continue;
			n[s->level]++;
			own[s->level] += s->content;
			/* ("## Exercises" holds them, asking or not, or has
			 * text of its own, read or not: tasks between a
			 * site's tags, "{% exercise %}"; "## Review"
			 * questions that ask outright) */
			quiz |= lang_questions_title(
			            s->title, strlen(s->title)) &&
			    ((lang_exercise(s->title, strlen(s->title)) &&
			         (s->asked_below || s->subitems > 0 ||
			             s->content)) ||
			        (s->subitems > 0 && s->outright > 0));
			/* (questions that an "## Answers" after them answers
			 * by number, whatever the heading over them says) */
			quiz |= s->subitems > 0 && cb_answer_key(ps, i) != NULL;
			/* ("## Quiz Question" over one that asks, "##
			 * Exercise 2": the page marks its questions, the
			 * rest is its lesson) */
			quiz |= (s->says && s->evidence == 2) || s->label;
		}
		/* (a page that asks first, in a paragraph before any heading
		 * and with no title: "请设计一个网络爬虫。", then "## 方案1",
		 * "## 方案2", its answer's parts) */
		quiz |= opening(ps) != NULL && opening_asks(opening(ps));
		for (level = 1; level <= 6 && topics == 0 && !quiz; level++)
			if (n[level] >= 2 && 2 * own[level] >= n[level] &&
			    2 * holding[level] < n[level] &&
			    furniture[level] < n[level] &&
			    outright_below(ps, level) <= n[level])
				topics = level, ntopics = n[level];
		for (level = 1;
		     level <= 6 && topics == 0 && !any && items == 0 && !quiz;
		     level++)
			if (leaves[level] > best &&
			    furniture[level] < n[level]) {
				best = leaves[level];
				qlevel[0][level] = qlevel[1][level] = 1;
				for (unsigned k = 1; k < level; k++)
					qlevel[0][k] = qlevel[1][k] = 0;
			}
	}
	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];
		int text = s->content || s->below;

		s->why = s->heading == NULL ? NULL :
		    s->kind == LANG_ANSWER  ? "says an answer follows" :
		    s->kind == LANG_EXAMPLE ? "an example, part of a question" :
		    s->kind == LANG_REFERENCES ? "says references follow" :
		    s->kind == LANG_FURNITURE || s->kind == LANG_CONTENTS ?
		                                 "page furniture" :
		    s->kind == LANG_QUESTIONS ? "says questions follow" :
		    s->subitems > 0     ? "holds questions of other shapes" :
		    s->asked_below      ? "a heading under it asks outright" :
		    s->names_above      ? "names a question asked above it: "
		                          "its answer" :
		    s->title[0] == '\0' ? "empty" :
		    !text               ? "no text under it" :
		                          "does not read as a question here";
		/* (a heading that says questions follow is a topic only
		 * with no heading under it: "写出以下代码的问题" and its
		 * answer) ... and one of the few of them (a quarter) over records
		 * none of which asks outright: those are the structure of
		 * its answer ("**How it works**") */
		if (topics > 0 && s->level == topics && s->heading != NULL &&
		    (!boxed || s->heading->div == 'q') &&
		    !(under[i] & (16 | 32)) && s->title[0] != '\0' &&
		    stated_below(ps, i) == 0 &&
		    (s->kind == LANG_TOPIC ||
		        (s->kind == LANG_QUESTIONS && s->leaf)) &&
		    (s->subitems == 0 ?
		            text && ((!s->leaf && s->below) || prose(s)) :
		            s->outright == 0 &&
		                4 * holding[topics] < ntopics)) {
			s->items = 0;
			s->question = 1;
			s->why = boxed ?
			    "a topic in an exercise box, on a page whose "
			    "other headings are its lesson" :
			    "a topic: no level asks, and its level has text";
			i = s->last;
			continue;
		}
		/* numbered in order under "Questions": a question, what is
		 * read under it its answer's structure, unless that asks */
		if (s->counted && s->outright == 0 && !s->asked_below) {
			s->items = 0;
			s->question = 1;
			s->why = "numbered in order under a heading that says "
			         "questions follow";
			i = s->last;
			continue;
		}
		/* a heading over the statement of its question and, next,
		 * its answer, if any, is that question */
		if (s->heading != NULL && names_topic(s->kind) &&
		    s->level <= 6 && (s->stated = stated_in(ps, i)) != 0) {
			s->question = 1;
			s->items = 0;
			s->why = "a subsection states it, the next answers "
			         "it, if any";
			/* past its answer, if any */
			i = stated_last(ps, i);
			continue;
		}
		/* a heading that says where its answer starts is a question,
		 * and what is read under it is that answer's structure */
		if (s->heading != NULL && s->marked && names_topic(s->kind) &&
		    s->level <= 6) {
			s->question = 1;
			s->items = 0;
			s->why = "says where its answer starts";
			i = s->last;
			continue;
		}
		/* a heading that asks outright, at a level that asks and
		 * where headings hold no records of other shapes, is a
		 * question even when records were read under it: they are
		 * the structure of its answer ("**Why does it matter?**" in
		 * each of its subsections) */
		if (s->heading != NULL && s->evidence == 2 &&
		    names_topic(s->kind) && s->subitems > 0 &&
		    !s->asked_below && s->level <= 6 &&
		    !questions_below(ps, i) && qlevel[SCOPE(i)][s->level] &&
		    (4 * holding[s->level] < ask[SCOPE(i)][s->level] ||
		        s->text_first)) {
			s->question = 1;
			s->items = 0;
			s->why = s->text_first ?
			    "asks outright, at a level that asks, with text of "
			    "its own before the records under it" :
			    "asks outright, at a level that asks, where "
			    "headings hold no questions of other shapes";
			i = s->last;
			continue;
		}
		/* a heading that names one exercise ("# Problem: Money")
		 * over parts of its own ("## Input", "## Hints"): one
		 * question, its parts its body up to one that names a
		 * solution, its answer */
		if (s->heading != NULL && !s->leaf && s->level <= 6 &&
		    s->subitems == 0 && names_topic(s->kind) && s->label) {
			s->question = 1;
			s->items = 0;
			s->why = "names an exercise: its parts show it";
			i = s->last;
			continue;
		}
		if (!candidate(s)) {
			if (s->heading != NULL && s->evidence == 2 &&
			    s->items == 0 && s->content && !s->leaf) {
				s->question = s->own = 1;
				s->why = "asks outright, text of its own above "
				         "headings that hold questions";
			}
			continue;
		}
		/* at a level that asks, a heading over a reading list that
		 * does not ask ("Personal Recommendation") is no question */
		if (s->evidence == 2 ||
		    (s->level <= 6 && (text || s->evidence == 1) &&
		        !(under[i] & (2 | 4)) && stated_below(ps, i) >= 0 &&
		        ((qlevel[SCOPE(i)][s->level] &&
		             (s->evidence > 0 ||
		                 (!links_only(s) &&
		                     !aside(s, i, labelled[SCOPE(i)],
		                         numbered[SCOPE(i)], ask[SCOPE(i)],
		                         first_num[SCOPE(i)],
		                         last_num[SCOPE(i)])))) ||
		            (s->evidence == 1 &&
		                ask[SCOPE(i)][s->level] ==
		                    cand[SCOPE(i)][s->level] &&
		                !links_only(s))))) {
			s->question = 1;
			s->why = s->titled ?
			    "names the question its paragraph states, as the "
			    "headings of its run do" :
			    s->evidence == 2 ? "asks outright" :
			    qlevel[SCOPE(i)][s->level] ?
			                       "its level asks" :
			                       "reads as a question, as all "
			                       "of its level do";
			/* "#### 题目：X" then "#### 参考答案：" at its level */
			s->answer_next = s->last + 1 < ps->nsecs &&
			    ps->secs[s->last + 1].level == s->level &&
			    ps->secs[s->last + 1].kind == LANG_ANSWER &&
			    ps->secs[s->last + 1].subitems == 0;
			if (s->answer_next)
				s->answer_last = answer_last(ps, i);
			i = s->answer_next ? s->answer_last : s->last;
		}
	}
	free(under);
}
#undef SCOPE

/* The length of the mark that t[0..n) starts (end 0) or ends (end 1)
 * with: an ASCII mark or a bracket 【 】; 0 when none. *plain is set
 * when it is emphasis, a colon or a space, which mark nothing. */
static size_t
mark_at(const char *t, size_t n, int end, int *plain)
{
	const char *bracket = end ? "】" : "【";
	char c;

	if (n == 0)
		return 0;
	c = end ? t[n - 1] : t[0];
	if (c != '\0' && strchr("-=*_[]():#~ ", c) != NULL) {
		*plain = strchr("*_: ", c) != NULL;
		return 1;
	}
	*plain = 0;
	return n >= 3 && memcmp(end ? t + n - 3 : t, bracket, 3) == 0 ? 3 : 0;
}

/* Whether a paragraph's text t is only the word that says an answer
 * follows, between marks ("---ANSWER---", "=== Answer ===", "[Answer]");
 * in emphasis alone ("**Solution**") it may head a part of an answer, and
 * with a colon ("**Answer:**") it is a label (ci_drop_label). */
static int
says_answer(const char *t)
{
	size_t n = strlen(t), k;
	int marks = 0, plain;

	while ((k = mark_at(t, n, 0, &plain)) > 0)
		marks |= !plain, t += k, n -= k;
	while ((k = mark_at(t, n, 1, &plain)) > 0)
		marks |= !plain, n -= k;
	return marks && n > 0 && lang_title(t, n) == LANG_ANSWER;
}

static int
marker_only(const struct mdnode *b)
{
	char *t = ct_title_of(b);
	int yes = says_answer(t);

	free(t);
	return yes;
}

/* Whether paragraph b says the answer follows on its first line
 * ("---ANSWER---", the answer on the next ones) or is only that. */
static int
marker_first(const struct mdnode *b)
{
	char *t;
	int yes;

	if (b->first_break <= 1)
		return marker_only(b);
	t = xstrndup(b->text.data, b->first_break - 1);
	yes = says_answer(t);
	free(t);
	return yes;
}

/* Whether block b says that the answer starts here: a heading that says
 * "Answer", a paragraph that starts with an answer label ("**Answer:**
 * ..."). */
int
cp_answer_marker(const struct mdnode *b)
{
	char *t;
	int yes;

	if (b->type != MDN_H && b->type != MDN_P && b->type != MDN_HTML)
		return 0;
	if (b->nav == 2)
		return b->div == 's'; /* ":::: solution" */
	if (b->type == MDN_HTML)
		return comment_says_answer(b);
	t = ct_title_of(b);
	/* ... or a paragraph that is only that title in bold
	 * ("**解题思路**") */
	yes = b->type == MDN_H ? lang_title(t, strlen(t)) == LANG_ANSWER :
	                         ci_drop_label(t) != t ||
	        lang_answer_label(t) > 0 || says_answer(t) ||
	        (b->breaks == 0 && b->text.len > 4 &&
	            strncmp(b->text.data, "**", 2) == 0 &&
	            strncmp(b->text.data + b->text.len - 2, "**", 2) == 0 &&
	            lang_title(t, strlen(t)) == LANG_ANSWER);
	free(t);
	/* "---ANSWER---" on the first line, the answer on the next ones */
	return yes || (b->type == MDN_P && marker_first(b));
}

/* Whether block b is a list with task items ("- [x] a"). */
static int
task_list(const struct mdnode *b)
{
	if (b->type != MDN_UL && b->type != MDN_OL)
		return 0;
	for (const struct mdnode *li = b->child; li != NULL; li = li->next)
		if (li->task != 0)
			return 1;
	return 0;
}

/* The box at t[0..n): ' ' for an open one ("[ ] ", "( ) "), 'x' for a
 * ticked one ("[x] ", "(x) "), else 0. */
static char
box_at(const char *t, size_t n)
{
	if (n < 4 || t[3] != ' ' ||
	    !((t[0] == '[' && t[2] == ']') || (t[0] == '(' && t[2] == ')')))
		return 0;
	return t[1] == ' ' ? ' ' : t[1] == 'x' || t[1] == 'X' ? 'x' : 0;
}

/* Whether paragraph b starts with a box (box_at); counts the boxes at the
 * starts of its lines (written as spaces) in *ticked and *open. */
static int
boxed(const struct mdnode *b, int *ticked, int *open)
{
	const char *t = b->text.data;
	size_t n = b->text.len;

	if (b->type != MDN_P || t == NULL || box_at(t, n) == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (i == 0 || t[i - 1] == ' ' || t[i - 1] == '\n') {
			char c = box_at(t + i, n - i);

			*ticked += c == 'x';
			*open += c == ' ';
		}
	return 1;
}

int
cp_options(const struct mdnode *b, int hidden, const struct mdnode **end)
{
	const struct mdnode *k, *li, *rest;
	int ticked = 0, open = 0, notes = 0;

	/* "[ ] a" and "[x] b" on lines of a paragraph, or in paragraphs of
	 * their own ("(x) True", then "( ) False", edX's markdown): the
	 * boxes written with no list around them */
	if (end != NULL)
		*end = b->next;
	if (b->type == MDN_P) {
		/* (26 at most, as lettered options) */
		int n = 0;

		for (k = b; k != NULL && n < 26 && boxed(k, &ticked, &open);
		     k = k->next)
			n++;
		if (end != NULL)
			*end = k;
		return ticked > 0 && open > 0;
	}
	if (!task_list(b))
		return 0;
	/* a fence or a quote at the margin ends a list: "- [x] a", its code
	 * or its explanation, "- [ ] b", its own: one list of options still */
	for (k = b; k != NULL &&
	     (task_list(k) || k->type == MDN_CODE || k->type == MDN_QUOTE);
	     k = k->next)
		for (li = task_list(k) ? k->child : NULL; li != NULL;
		     li = li->next) {
			ticked += li->task == 'x' || li->task == 'X';
			open += li->task == ' ';
		}
	if (end != NULL)
		*end = k;
	if (open == 0 || ticked > 0)
		return open > 0;
	if (!hidden || open < 2)
		return 0;
	/* none ticked: notes to learn ("- [ ] **HTTP**: how a browser
	 * talks") are no options */
	for (const struct mdnode *l = b; l != k; l = l->next)
		for (li = task_list(l) ? l->child : NULL; li != NULL;
		     li = li->next) {
			char *t = ci_item_text(li, &rest);

			notes += ct_note(t);
			free(t);
		}
	return 2 * notes <= open;
}

/* The text of item li when all of it is bold ("**Backdoors**"), as
 * rendered, in a new string; else NULL. */
static char *
bold_option(const struct mdnode *li)
{
	const struct mdnode *p = li->text.len > 0 ? li : li->child;
	const char *t;
	size_t n;

	/* (the item's own text and nothing under it, or one paragraph) */
	if (p == NULL || (p == li && li->child != NULL) ||
	    (p != li && (p->type != MDN_P || p->next != NULL)))
		return NULL;
	n = md_text_span(p, &t);
	if (n < 5 || !ct_all_bold(t, n) || memchr(t, '\n', n) != NULL)
		return NULL;
	return ct_title_of(p);
}

/* Whether list b is a quiz's options with the right ones in bold: items
 * of a line each, two to 26, some all bold and the others not ("*
 * Injection", "* **Denial of Service**"). */
static int
bold_marked(const struct mdnode *b)
{
	const struct mdnode *li, *rest;
	size_t n = 0, marked = 0;

	if (b->type != MDN_UL && b->type != MDN_OL)
		return 0;
	for (li = b->child; li != NULL; li = li->next, n++) {
		char *t = bold_option(li);

		if (t == NULL) {
			/* (an option is a line of text, no block, no link;
			 * the buffer is NUL-terminated, having text) */
			char *it = ci_item_text(li, &rest);
			const struct mdnode *p = li->text.len > 0 ? li :
			                                            li->child;
			int line = it[0] != '\0' && rest == NULL && p != NULL &&
			    p->text.len > 0 &&
			    memchr(p->text.data, '\n', p->text.len) == NULL &&
			    strstr(p->text.data, "](") == NULL;

			free(it);
			if (!line)
				return 0;
		}
		marked += t != NULL;
		free(t);
	}
	return n >= 2 && n <= 26 && marked > 0 && marked < n;
}

/* Counts the options of t[0..n) in *options, each starting with the
 * next letter and a mark, at the start of a line or, when spaced, after
 * a space with the first one's mark ("A) Mean", then "B) Median" on the
 * next line or after it on the same), and those a tick mark ends in
 * *ticked (an option ends at the next or at the end of its line); with
 * out, appends the text of each ticked one, less its letter and its
 * mark. */
static void
tick_lines(const char *t, size_t n, int spaced, int *options, int *ticked,
    struct buf *out)
{
	const char *e = t + n, *p = t, *s = NULL;
	char mark = 0;

	for (; p <= e; p++) {
		int starts = p < e &&
		    (p == t || p[-1] == '\n' ||
		        (spaced && p[-1] == ' ' && p + 1 < e &&
		            p[1] == mark)) &&
		    *options < 26 &&
		    md_option_letter(p, (size_t)(e - p), *options, ":.)");
		size_t k;

		if (s != NULL && (p == e || *p == '\n' || starts)) {
			/* (the option s, its letter and mark past) */
			k = tick_end(s, (size_t)(p - s));
			if (k > 0) {
				++*ticked;
				if (out != NULL) {
					char *o = ct_title_of_text(s, k);

					buf_adds(out, o);
					buf_adds(out, "\n\n");
					free(o);
				}
			}
			s = NULL;
		}
		if (starts) {
			++*options;
			mark = mark != 0 ? mark : p[1];
			s = p + 3;
			p += 2;
		}
	}
}

/* Counts the options of blocks [from, end) and their ticks (lines of
 * paragraphs, first lines of list items), or of text t[0..n) when from
 * is NULL, as tick_lines. */
static void
tick_blocks(const struct mdnode *from, const struct mdnode *end, const char *t,
    size_t n, int *options, int *ticked, struct buf *out)
{
	if (from == NULL)
		tick_lines(t, n, 1, options, ticked, out);
	for (const struct mdnode *k = from; k != NULL && k != end; k = k->next)
		if (k->type == MDN_P && k->text.data != NULL)
			tick_lines(
			    k->text.data, k->text.len, 1, options, ticked, out);
		else if (k->type == MDN_UL || k->type == MDN_OL)
			for (const struct mdnode *li = k->child; li != NULL;
			     li = li->next) {
				const struct mdnode *p = ci_item_block(li);

				if (p != NULL && p->text.data != NULL)
					tick_lines(p->text.data,
					    md_first_line(p), 0, options,
					    ticked, out);
			}
}

/* cp_tick_marked over blocks [from, end), or text t[0..n) when from is
 * NULL. */
static size_t
tick_marked(const struct mdnode *from, const struct mdnode *end, const char *t,
    size_t n, struct buf *out)
{
	int options = 0, ticked = 0;

	tick_blocks(from, end, t, n, &options, &ticked, NULL);
	if (ticked == 0 || ticked == options)
		return 0;
	if (out != NULL) {
		/* (again, writing) */
		options = ticked = 0;
		tick_blocks(from, end, t, n, &options, &ticked, out);
	}
	return (size_t)ticked;
}

size_t
cp_tick_marked(
    const struct mdnode *from, const struct mdnode *end, struct buf *out)
{
	return tick_marked(from, end, NULL, 0, out);
}

size_t
cp_tick_marked_text(const char *t, size_t n, struct buf *out)
{
	return tick_marked(NULL, NULL, t, n, out);
}

void
cp_ticked(const struct mdnode *list, const struct mdnode *end, struct buf *out)
{
	const struct mdnode *li, *rest, *k;

	/* options a tick mark ends ("B) Mean ✓"): those */
	if (cp_tick_marked(list, end, out) > 0)
		return;

	for (k = list; list->type == MDN_P && k != NULL && k != end;
	     k = k->next) {
		/* each ticked box up to the next box */
		const char *t = k->text.data, *e = t + k->text.len;

		for (const char *p = t; t != NULL && p + 4 <= e; p++)
			if (box_at(p, (size_t)(e - p)) == 'x' &&
			    (p == t || p[-1] == ' ' || p[-1] == '\n')) {
				const char *q = p + 4;

				while (q < e &&
				    !((q[0] == ' ' || q[0] == '\n') &&
				        box_at(q + 1, (size_t)(e - q - 1)) !=
				            0))
					q++;
				buf_add(out, p + 4, (size_t)(q - p - 4));
				buf_adds(out, "\n\n");
			}
	}
	if (list->type == MDN_P)
		return;
	/* options with the right ones in bold: those */
	if (!task_list(list) && bold_marked(list)) {
		for (li = list->child; li != NULL; li = li->next) {
			char *t = bold_option(li);

			if (t != NULL) {
				buf_adds(out, t);
				buf_adds(out, "\n\n");
			}
			free(t);
		}
		return;
	}
	for (k = list; k != NULL && k != end; k = k->next)
		for (li = task_list(k) ? k->child : NULL; li != NULL;
		     li = li->next)
			if (li->task == 'x' || li->task == 'X') {
				char *t = ci_item_text(li, &rest);

				/* "- [x]" and its code below: the code */
				if (t[0] == '\0' && li->next == NULL &&
				    k->next != end && k->next->type == MDN_CODE)
					ct_render_blocks(
					    k->next, k->next->next, out);
				buf_adds(out, t);
				buf_adds(out, "\n\n");
				free(t);
			}
}

/* Whether block b shows a question: code, or a paragraph that asks. */
static int
shows_question(const struct mdnode *b)
{
	char *p;
	int yes;

	if (b->type == MDN_CODE)
		return 1;
	if (b->type != MDN_P)
		return 0;
	p = ct_title_of(b);
	yes = ct_ends_in_question_mark(p);
	free(p);
	return yes;
}

/* Whether block b is a quote of paragraphs only, the first of which
 * ends in a question mark and is no remark led by a label ("相关问题：
 * ...？", "💁 : ...(?)", which start an answer): the questions an
 * interviewer asks, quoted. */
static int
quotes_questions(const struct mdnode *b)
{
	const struct mdnode *p;
	char *t;
	int yes;

	if (b->type != MDN_QUOTE || b->child == NULL ||
	    b->child->type != MDN_P || !shows_question(b->child))
		return 0;
	for (p = b->child; p != NULL; p = p->next)
		if (p->type != MDN_P)
			return 0;
	t = ct_title_of(b->child);
	yes = strchr(t, ':') == NULL && strstr(t, "：") == NULL;
	free(t);
	return yes;
}

/* Whether the blocks [from, to) only show a question: code, lists, an
 * "Example" heading, paragraphs that ask. */
static int
only_shows(const struct mdnode *from, const struct mdnode *to)
{
	for (; from != NULL && from != to; from = from->next) {
		char *t;
		int yes;

		if (from->type == MDN_CODE || from->type == MDN_UL ||
		    from->type == MDN_OL)
			continue;
		if (from->type == MDN_P) {
			if (!paragraph_asks(from))
				return 0;
			continue;
		}
		if (from->type != MDN_H)
			return 0;
		t = ct_title_of(from);
		yes = lang_title(t, strlen(t)) == LANG_EXAMPLE;
		free(t);
		if (!yes)
			return 0;
	}
	return 1;
}

/* Whether the title of block b is one that says(title, length) holds
 * of: a heading that names a quiz question's choices ("#### Options",
 * lang_options), one named for what explains the heading above it
 * (lang_explains). */
static int
title_says(const struct mdnode *b, int (*says)(const char *, size_t))
{
	char *t = ct_title_of(b);
	int yes = says(t, strlen(t));

	free(t);
	return yes;
}

/* Whether paragraph p only says the question q again (a page titled
 * "What is X" that starts "What is X?"): it shows nothing more. */
static int
restates(const struct mdnode *p, const char *q)
{
	char *t = ct_title_of(p), *a = ct_words_key(t), *b = ct_words_key(q);
	size_t m = strlen(a), n = strlen(b);
	int yes;

	/* the full-width question mark is a byte run of its own */
	if (m >= 3 && strcmp(a + m - 3, "？") == 0)
		a[m -= 3] = '\0';
	if (n >= 3 && strcmp(b + n - 3, "？") == 0)
		b[n -= 3] = '\0';
	yes = m > 0 && strcmp(a, b) == 0;

	free(t);
	free(a);
	free(b);
	return yes;
}

/* Whether a link of paragraph b leads to a solution: its text says an
 * answer ("[Answer](...)", "[Solution](...)"), or it leads to a file that
 * is no web page ("[Hello.py](...)", "(exercise1.go)") or to a folder of
 * the bank ("(exercises/exercise1)"); a reading list's pages ("[Go
 * Tour](https://go.dev/tour/2)") and the next page ("(ex2.md)") do not. */
static int
links_solution(const struct mdnode *b)
{
	const char *t = b->text.data, *e = t + b->text.len, *open, *close, *end;
	static const char pages[][6] = { "html", "htm", "php", "asp", "aspx",
		"md" };

	while ((open = memchr(t, '[', (size_t)(e - t))) != NULL &&
	    (close = memchr(open, ']', (size_t)(e - open))) != NULL &&
	    close + 1 < e && close[1] == '(' &&
	    (end = memchr(close, ')', (size_t)(e - close))) != NULL) {
		const char *p = close + 2, *q = end, *dot = NULL;

		if (lang_title(open + 1, (size_t)(close - open - 1)) ==
		    LANG_ANSWER)
			return 1;
		for (const char *k = p; k < end; k++)
			if (*k == '?' || *k == '#') {
				q = k;
				break;
			}
		for (const char *k = q; k > p && k[-1] != '/'; k--)
			if (k[-1] == '.') {
				dot = k;
				break;
			}
		if (dot != NULL && q > dot) {
			size_t n = (size_t)(q - dot), i;

			for (i = 0; i < sizeof pages / sizeof pages[0]; i++)
				if (strlen(pages[i]) == n &&
				    strncasecmp(dot, pages[i], n) == 0)
					break;
			if (i == sizeof pages / sizeof pages[0])
				return 1;
		} else if (q > p && *p != '#' &&
		    ct_find_ci(p, (size_t)(q - p), "://") < 0)
			return 1; /* a folder of the bank's own */
		t = end + 1;
	}
	return 0;
}

/* The last of the blocks from first up to stop, or up to a rule (what
 * is under it closes the page), when it is a paragraph of links only,
 * one to a solution (links_solution), and comes after a block of text,
 * else stop: under an exercise, that paragraph ("⭐ [Hello.py](...)",
 * "[Template](...) | [Answer](...)") is its answer. */
static const struct mdnode *
solution_link(const struct mdnode *first, const struct mdnode *stop)
{
	const struct mdnode *b, *last = NULL;

	for (b = first; b != NULL && b != stop && b->type != MDN_HR;
	     b = b->next)
		last = b;
	return last != NULL && last != first && only_links(last) &&
	        links_solution(last) ?
	    last :
	    stop;
}

/* Whether a block of [from, to) says that the answer starts there. */
static int
marker_in(const struct mdnode *from, const struct mdnode *to)
{
	for (const struct mdnode *b = from; b != NULL && b != to; b = b->next)
		if (cp_answer_marker(b))
			return 1;
	return 0;
}

/* Which part of a problem's statement paragraph b is, as
 * lang_problem_part says: its first line is the part's label, alone
 * ("**示例 1：**", "Constraints:") or before its text ("Input: nums =
 * [2,7]"); else 0. */
static int
problem_part(const struct mdnode *b)
{
	const char *t = b->text.data, *nl;
	size_t n, at, w;
	char *label;
	int kind;

	if (b->type != MDN_P)
		return 0;
	nl = memchr(t, '\n', b->text.len);
	n = nl != NULL ? (size_t)(nl - t) : b->text.len;
	/* (the label ends at its colon, if any, which starts in its first
	 * 48 bytes) */
	at = ct_colon(t, n < 50 ? n : 50, &w);
	if (w > 0 && at < 48)
		n = at + w;
	else if (n > 48)
		return 0;
	label = ct_title_of_text(t, n);
	kind = lang_problem_part(label, strlen(label));
	free(label);
	return kind;
}

/* Whether blocks [from, to) start with the statement of a problem, and
 * where it ends, in *end (to when it runs to the end): its parts, each a
 * label and what it holds (a quote, code, a list or table: "**题目描述：**"
 * over a quote, "**Example 1:**" over its input and output,
 * "Constraints:" over a list), and the paragraphs before the first, up
 * to the first block of none. No label that says that it states a
 * problem or numbers an example in the first three blocks: none (an
 * example after prose is an answer's). */
static int
statement_end(const struct mdnode *from, const struct mdnode *to,
    const struct mdnode **end)
{
	const struct mdnode *b;
	int n = 0, kind = 0, stated = 0, held = 0, found = 0;

	for (b = from; b != NULL && b != to; b = b->next, n++) {
		int k;

		/* (a first label after two blocks labels an answer's
		 * example) */
		if (!found && n > 2)
			return 0;
		if ((k = problem_part(b)) != 0) {
			stated |= k <= 2;
			kind = k == 1 ? 1 : 2, held = 0;
			*end = b->next, found = 1;
			continue;
		}
		if (b->type == MDN_H || b->type == MDN_HR ||
		    ct_html_block(b, "<details") || cp_answer_marker(b))
			break;
		/* the statement's own paragraphs, before any label or after
		 * its own (the first at least: the rest up to a label) */
		if (b->type == MDN_P && kind != 2) {
			if (kind == 1 && !held)
				*end = b->next, held = 1;
			continue;
		}
		/* (code before any label shows a program, not a problem) */
		if (b->type == MDN_P || (kind == 2 && held) ||
		    (kind == 0 && b->type != MDN_QUOTE))
			break;
		if (kind != 0)
			*end = b->next, held = 1;
	}
	if (!found || !stated)
		return 0;
	if (*end == NULL)
		*end = to;
	/* ... and a paragraph after them that asks ("What happened?") */
	if (*end != to && (*end)->type == MDN_P && paragraph_asks(*end))
		*end = (*end)->next != NULL ? (*end)->next : to;
	return 1;
}

/* Whether paragraph p starts with a question label and asks after it
 * ("**Question:** Explain X."). */
static int
question_labelled(const struct mdnode *p)
{
	char *t = ct_title_of(p);
	size_t k = lang_label(t);
	int yes = k > 0 && t[k] != '\0' && ct_question_like(t + k);

	free(t);
	return yes;
}

/* Splits a question's blocks [from, to) into its body [from, *bend) and
 * its answer [*afrom, to): the body is what comes before an answer
 * marker (a heading or a label that says "Answer", a first subheading
 * that says what explains it, a thematic break
 * after a block or two and before more, a quiz's options with the
 * ticked ones as answer, then *opts is that list), else a first
 * paragraph that asks and so completes the question; else there is
 * none. */
static void
split_body(const struct mdnode *from, const struct mdnode *to, const char *q,
    int named, const struct mdnode **bend, const struct mdnode **afrom,
    const struct mdnode **opts, const struct mdnode **toggle)
{
	int titled = !ct_question_like(q);
	const struct mdnode *b, *k, *choices = NULL, *letters = NULL;
	int n = 0, lettered_seen = 0, headed = 0;

	*opts = *toggle = NULL;
	/* under a title that names a problem, its statement, examples and
	 * constraints: the answer follows them, unless a heading below says
	 * where it starts */
	if (titled && statement_end(from, to, &k)) {
		for (b = k; b != NULL && b != to && b->type != MDN_H;)
			b = b->next;
		if (b == NULL || b == to ||
		    !(cp_answer_marker(b) || title_says(b, lang_explains))) {
			*bend = *afrom = k;
			return;
		}
	}
	for (b = from; b != NULL && b != to; b = b->next, n++) {
		/* (a first subheading named for what explains it: "#### 💡
		 * 说明") */
		if (cp_answer_marker(b) ||
		    (b->type == MDN_H && !headed &&
		        title_says(b, lang_explains))) {
			*bend = *afrom = b;
			/* "---ANSWER---" says so and no more */
			if (b->type == MDN_P && marker_only(b))
				*afrom = b->next;
			return;
		}
		/* a toggle that says it holds the answer, after what only
		 * shows the question (an example under its own heading,
		 * code, options), or under a heading that only names a
		 * topic (its prose states the question); under one that
		 * asks, after an answer in prose it answers the example,
		 * and is part of that answer; under a title that names its
		 * question all before its first toggle states it */
		if (ct_html_block(b, "<details") &&
		    (named ||
		        (ci_answers_above(b, to) &&
		            (titled || only_shows(from, b))))) {
			*bend = *afrom = *toggle = b;
			return;
		}
		/* a rule after a block or two that show the question (they
		 * start with code or a paragraph that asks), before its
		 * answer; one that ends an answer parts nothing */
		if (b->type == MDN_HR && n > 0 && n <= 2 && b->next != NULL &&
		    b->next != to && shows_question(from)) {
			*bend = b;
			*afrom = b->next;
			return;
		}
		if (cp_options(b, !titled, &k)) {
			*opts = b;
			*bend = *afrom = k;
			return;
		}
		/* ... or, under a heading that names its question
		 * ("### Question 3"), its options right under it, the right
		 * ones in bold */
		if (n == 0 && named && bold_marked(b)) {
			*opts = b;
			*bend = *afrom = b->next;
			return;
		}
		/* "#### Options" over a list, and something after it: all
		 * before and the list show the question, the rest answers
		 * it */
		if (b->type == MDN_H && (k = b->next) != NULL && k != to &&
		    (k->type == MDN_UL || k->type == MDN_OL) &&
		    k->next != NULL && k->next != to &&
		    title_says(b, lang_options)) {
			*bend = *afrom = k->next;
			return;
		}
		/* lettered options: the body ends with them, unless a
		 * marker below says where the answer starts */
		if (cp_lettered(b) && !lettered_seen)
			letters = b, choices = b->next, lettered_seen = 1;
		headed |= b->type == MDN_H;
	}
	/* (the options may be the last block: the body is all there is) */
	if (lettered_seen) {
		*bend = *afrom = choices;
		/* (the ticked ones answer it: "B) Mean ✓") */
		if (cp_tick_marked(letters, choices, NULL) > 0)
			*opts = letters;
		return;
	}
	/* a first paragraph that ends in a question mark; under a heading
	 * that only names a topic, one that asks at all says what the
	 * question is */
	*bend = *afrom = from;
	/* (a labelled question restates the heading's only when it ends
	 * in a question mark: "【问题】Why ...?"; "**How it works**" is its
	 * answer's first part) */
	if (from != NULL && from != to && from->type == MDN_P &&
	    (!ci_is_question_p(from, 0) || shows_question(from)) &&
	    (titled ? paragraph_asks(from) : shows_question(from)) &&
	    !restates(from, q))
		*bend = *afrom = from->next;
	/* ... or one led by a question label ("### Q3: WHAT IS RN?" or
	 * "### Q7: JSX IN RN", then "**Question:** *Explain what RN
	 * is.*"): it says the question again, at length */
	else if (from != NULL && from != to && from->type == MDN_P &&
	    question_labelled(from))
		*bend = *afrom = from->next;
	/* a quote of the questions asked, the first asking outright
	 * ("> String 类能被继承吗？ > ... 的区别。"), over what answers them */
	else if (from != NULL && from != to && from->next != to &&
	    from->next != NULL && quotes_questions(from))
		*bend = *afrom = from->next;
	/* a question that points below ("What does the following code
	 * print?", "写出以下代码的问题") shows there the code it asks about,
	 * up to the prose that answers it */
	else
		*bend = *afrom = cp_code_shown(q, from, to);
}

const struct mdnode *
cp_code_shown(const char *q, const struct mdnode *from, const struct mdnode *to)
{
	const struct mdnode *b;

	if (from == NULL || from == to || from->type != MDN_CODE ||
	    !lang_points_below(q, strlen(q)))
		return from;
	for (b = from; b != to && b != NULL && b->type == MDN_CODE;)
		b = b->next;
	return b != to && b != NULL ? b : from;
}

/* The heading of the first subsection of section i that names an answer
 * ("## Solution", "## Hints"), or stop when none does. */
static const struct mdnode *
solution_part(const struct parse *ps, size_t i, const struct mdnode *stop)
{
	for (size_t k = i + 1; k <= ps->secs[i].last; k++)
		if (ps->secs[k].heading != NULL &&
		    ps->secs[k].kind == LANG_ANSWER)
			return ps->secs[k].heading;
	return stop;
}

/* The text of paragraph p, less a first line or lead that only says
 * the question follows ("**Enunciado:**", "Statement:"). */
static char *
statement(const struct mdnode *p)
{
	char *t = ct_title_of(p), *c;
	size_t w, n = ct_colon(t, strlen(t), &w);

	if (w > 0 && n > 0 && lang_states_question(t, n)) {
		char *rest;

		/* past the colon and the emphasis that closes the label */
		for (c = t + n + w; *c == '*' || *c == '_' || *c == ' ';)
			c++;
		rest = xstrdup(md_trim(c));

		free(t);
		return rest;
	}
	return t;
}

/* Whether title t is only a template's tag ("{{% heading "whatsnext" %}}",
 * "{{< param x >}}", "{% raw %}"): what the site puts there is page
 * furniture, no text of the page's own. */
static int
template_only(const char *t)
{
	size_t n = strlen(t);
	const char *close;

	while (n > 0 && t[n - 1] == ' ')
		n--;

	if (n < 4 || t[0] != '{' || (t[1] != '{' && t[1] != '%') ||
	    t[n - 1] != '}')
		return 0;
	/* one tag: it closes at the end only */
	close = memchr(t + 2, '}', n - 2);
	return close >= t + n - 2;
}

/* Whether title t is a number only ("12.1-1", "3.", "(2)"): it names no
 * question, what is under it states one. */
static int
number_only(const char *t)
{
	int digits = 0;

	for (; *t != '\0'; t++) {
		if (*t >= '0' && *t <= '9')
			digits = 1;
		else if (strchr(".-)(: ", *t) == NULL)
			return 0;
	}
	return digits;
}

/* Tells --explain how heading i was read. */
static void
explain_heading(struct parse *ps, size_t i)
{
	struct section *s = &ps->secs[i];
	char what[16], reading[160];

	if (ps->explain == NULL || s->heading == NULL)
		return;
	snprintf(what, sizeof what, "heading %u", s->level);
	s->told = s->question;
	if (s->question && stated_by_front(ps, i))
		snprintf(reading, sizeof reading,
		    "category: a subsection asks its question");
	else if (s->question && s->items == 0)
		snprintf(reading, sizeof reading, "question: %s", s->why);
	else if (s->question)
		snprintf(reading, sizeof reading,
		    "question: a <details> under it says it holds the answer");
	else {
		int holds = s->subitems > 0;

		for (size_t k = i + 1; k <= s->last && !holds; k++)
			holds = ps->secs[k].question;
		if (holds)
			snprintf(reading, sizeof reading,
			    "category: questions are under it");
		else
			snprintf(reading, sizeof reading, "not a question: %s",
			    s->why != NULL ? s->why : "");
	}
	ps->explain(ps->ctx, s->heading->line, what, s->title, reading);
}

/* Tells --explain that heading k is in the answer of the question at
 * line, or that it asks the question of the page's title there. */
static void
explain_in_answer(const struct parse *ps, size_t k, unsigned line)
{
	const struct section *s = &ps->secs[k];
	char what[16], reading[64];

	snprintf(what, sizeof what, "heading %u", s->level);
	if (s->heading->line == line)
		snprintf(reading, sizeof reading,
		    "question: it asks the question of the page's title");
	else
		snprintf(
		    reading, sizeof reading, "in the answer of line %u", line);
	ps->explain(ps->ctx, s->heading->line, what, s->title, reading);
}

/* Adds the record of question heading i at line (q, body and ans,
 * freed), the sections after it up to last in its answer; returns last. */
static size_t
heading_record_at(struct parse *ps, size_t i, unsigned line, char *q,
    struct buf *body, struct buf *ans, size_t last)
{
	cp_add_record(ps, cp_category_of(ps, i), line, q,
	    md_trim((char *)buf_cstr(body)),
	    ci_drop_label(md_trim((char *)buf_cstr(ans))));
	buf_free(body);
	buf_free(ans);
	free(q);
	for (size_t k = i + 1; k <= last; k++)
		if (ps->explain != NULL)
			explain_in_answer(ps, k, line);
	return last;
}

/* ... at its heading's line */
static size_t
heading_record(struct parse *ps, size_t i, char *q, struct buf *body,
    struct buf *ans, size_t last)
{
	return heading_record_at(
	    ps, i, ps->secs[i].heading->line, q, body, ans, last);
}

/* Whether b holds nothing but white space. */
static int
blank(const struct buf *b)
{
	for (size_t i = 0; i < b->len; i++)
		if (!md_space(b->data[i]))
			return 0;
	return 1;
}

/* The title t, its note in brackets aside ("Question 11 (5 points)"),
 * in lower case (ASCII): what answered_again compares; NULL when that
 * leaves nothing. */
static char *
title_key(const char *t)
{
	size_t n = strlen(t);
	const char *s = lang_unnoted(t, &n);
	char *k;

	if (n == 0)
		return NULL;
	k = xmalloc(n + 1);
	for (size_t i = 0; i < n; i++)
		k[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
	k[n] = '\0';
	return k;
}

/* Under a heading that says answers follow ("## Answer Key"), a heading
 * that names a question asked above it ("### Question 11 (5 points)"
 * after "### Question 11") is that question's answer: it asks nothing
 * of its own, and its text answers that question when nothing under the
 * question does. The titles before each such heading are in a hash map,
 * filled in page order. */
static void
answered_again(struct parse *ps)
{
	struct strmap seen = { 0 };
	char **keys = xcalloc(ps->nsecs + 1, sizeof *keys);

	for (size_t i = 0; i < ps->nsecs; i++)
		if (ps->secs[i].heading != NULL)
			keys[i] = title_key(ps->secs[i].title);
	for (size_t a = 0; a < ps->nsecs; a++) {
		if (ps->secs[a].heading != NULL &&
		    ps->secs[a].kind == LANG_ANSWER)
			for (size_t k = a + 1; k <= ps->secs[a].last; k++) {
				uint32_t j = keys[k] == NULL ?
				    UINT32_MAX :
				    strmap_get(&seen, keys, keys[k]);

				if (j == UINT32_MAX)
					continue;
				ps->secs[k].evidence = 0;
				ps->secs[k].names_above = 1;
				if (ps->secs[j].answered_by == 0)
					ps->secs[j].answered_by = k + 1;
			}
		if (keys[a] != NULL &&
		    strmap_get(&seen, keys, keys[a]) == UINT32_MAX)
			strmap_put(&seen, keys, (uint32_t)a);
	}
	strmap_free(&seen);
	for (size_t i = 0; i < ps->nsecs; i++)
		free(keys[i]);
	free(keys);
}

/* Whether paragraph b starts a section's run of paragraphs that ask: it
 * asks alone, or reads as a question without a question mark and the
 * block after it answers it ("Tell me about yourself." then the answer,
 * before "What is your greatest strength?"); the run still needs two
 * that ask alone. */
static int
starts_run(const struct mdnode *b)
{
	/* (ci_plain_question reads it loosely when the block after it is
	 * of the kind given) */
	return ci_plain_question(b, b->next != NULL ? (int)b->next->type : -1);
}

static void file_question(struct parse *ps);
static int one_file_question(const struct parse *ps);

static void
extract(struct parse *ps, const struct mdnode *doc)
{
	size_t i, named[7] = { 0 }, heads[7] = { 0 }, runs[7] = { 0 },
	          after[MDN_TD + 1] = { 0 };

	sections(ps, doc);
	for (i = 0; i < ps->nsecs && ps->h1 == NULL; i++)
		if (ps->secs[i].heading != NULL && ps->secs[i].level == 1 &&
		    (ps->secs[i].heading != &ps->title_head || doc->div != 'q'))
			ps->h1 = ps->secs[i].title,
			ps->h1_line = ps->secs[i].heading->line;
	/* (one "#" heading of several that ask is one of the page's
	 * questions, not its title: "# Q1. What is X?", "# Q2. Explain Y")
	 */
	if (ps->h1 != NULL &&
	    (lang_label(ps->h1) > 0 || ct_question_like(ps->h1))) {
		size_t ones = 0, asking = 0;

		for (size_t k = 0; k < ps->nsecs; k++)
			if (ps->secs[k].heading != NULL &&
			    ps->secs[k].heading != &ps->title_head &&
			    ps->secs[k].level == 1) {
				char *q = ct_heading_question(
				    ps->secs[k].title);

				ones++;
				asking += ct_question_like(q) ||
				    lang_label(ps->secs[k].title) > 0;
				free(q);
			}
		if (ones >= 2 && 2 * asking > ones)
			ps->h1 = NULL;
	}
	/* a page of exercises: its title names them ("# Exercícios:
	 * Funções") */
	{
		const char *t = ps->title != NULL ? ps->title : ps->h1;

		ps->exercises = t != NULL && lang_exercises_title(t, strlen(t));
		/* ... and one of one exercise: its title or, with none,
		 * its file's name names it ("task.md"; "# Quiz" holds
		 * questions) */
		char *stem = file_stem(ps->name);
		const char *e = t != NULL ? t : stem;

		ps->exercise = !lang_exercises_title(e, strlen(e)) &&
		    lang_exercise(e, strlen(e)) &&
		    !lang_questions_title(e, strlen(e));
		/* ... and one of questions throughout: its file's name
		 * says so ("faq.md", "interview-questions.md"), unless a
		 * heading of it says, whole, where they are ("## FAQ"
		 * after "## Setup"; "# 转模型问题", model conversion
		 * questions, is one topic of them) */
		for (char *p = stem; *p != '\0'; p++)
			if (*p == '-' || *p == '_')
				*p = ' ';
		ps->faq = lang_questions_title(stem, strlen(stem)) &&
		    lang_names_questions(stem, strlen(stem));
		free(stem);
		for (i = 0; i < ps->nsecs && ps->faq; i++)
			ps->faq = ps->secs[i].heading == NULL ||
			    !lang_questions_title(
			        ps->secs[i].title, strlen(ps->secs[i].title));
	}
	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		s->kind = s->heading == NULL ?
		    LANG_TOPIC :
		    template_only(s->title) ?
		    LANG_FURNITURE :
		    lang_title(s->title, strlen(s->title));
		/* the title of an exercise box names its exercise, whatever
		 * its first word ("## Author and Committer") */
		if (s->kind == LANG_FURNITURE && s->heading->div == 'q' &&
		    !template_only(s->title))
			s->kind = LANG_TOPIC;
		s->named = s->heading != NULL && s->level <= 6 &&
		    lang_names_one_question(s->title, strlen(s->title));
		s->says = s->heading != NULL &&
		    (s->kind == LANG_QUESTIONS ||
		        lang_labels_question(s->title, strlen(s->title)));
		s->label = s->heading != NULL && lang_exercise_label(s->title);
		s->restated = s->kind == LANG_QUESTIONS && restated(s);
		named[s->named ? s->level : 0]++;
	}
	/* beside a heading that says a question is under it, one named
	 * for its answer ("Quiz answer", "Soluzione del quiz") says it */
	for (i = 0; i + 1 < ps->nsecs; i++) {
		struct section *s = &ps->secs[i], *t = &ps->secs[i + 1];

		if (s->says && t->heading != NULL && t->level == s->level &&
		    t->kind != LANG_ANSWER &&
		    lang_names_answer(t->title, strlen(t->title)))
			t->kind = LANG_ANSWER;
	}
	/* the first subsection of a heading, named for what explains it
	 * ("### > Walrus" then "#### 💡 说明"), is its answer */
	for (i = 0; i + 1 < ps->nsecs; i++) {
		struct section *t = &ps->secs[i + 1];

		if (ps->secs[i].heading != NULL && t->heading != NULL &&
		    t->parent == i && t->kind == LANG_TOPIC &&
		    lang_explains(t->title, strlen(t->title)))
			t->kind = LANG_ANSWER;
	}
	/* one title that names a question is a title ("Interview
	 * Question"); a run of them are questions */
	for (i = 0; i < ps->nsecs; i++)
		ps->secs[i].named = (ps->secs[i].named &&
		                        named[ps->secs[i].level] >= 2) ||
		    exercise(ps, i);
	for (i = 0; i < ps->nsecs; i++) {
		ps->secs[i].marked = ps->secs[i].heading != NULL &&
		    marks_answer(&ps->secs[i]);
		ps->secs[i].evidence = evidence(ps, i);
	}
	answered_again(ps);
	/* first pass: which sections hold records of their own (lists of
	 * questions as strict as can be: that lists under the headings
	 * that are questions are no more is not known yet) */
	for (i = 0; i < ps->nsecs; i++)
		for (const struct mdnode *b = ps->secs[i].first;
		     b != NULL && b != ps->secs[i].end; b = b->next)
			ps->dash_titles += ci_dash_title(b, NULL, NULL),
			    ps->task_tables += ci_task_table(b);
	/* ... and a section's run of paragraphs that ask: two at least,
	 * the first starting it (a question in the middle of prose is the
	 * prose's; one under a heading completes the heading) */
	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];
		const struct mdnode *start = s->first;
		int intro = 0;

		s->plain = 0;
		/* (a paragraph of its own before them, that asks nothing,
		 * introduces a run of three or more: "_Share a link to your
		 * completed version._"; so does another block, a glossary's
		 * code or list) */
		if (start != NULL && start != s->end &&
		    (start->type == MDN_P ? !ci_plain_question(start, -1) &&
		                !paragraph_asks(start) :
		                            start->type != MDN_H) &&
		    start->next != NULL && start->next != s->end &&
		    starts_run(start->next))
			start = start->next, intro = 1;
		/* ("## Question 3", "## 12.1-1": the paragraph under it is
		 * its question, what follows its answer) */
		if (start != NULL && start != s->end && starts_run(start) &&
		    !(s->heading != NULL &&
		        (lang_numbered_label(s->title) ||
		            number_only(s->title) || stated_below(ps, i) > 0)))
			for (const struct mdnode *b = start;
			     b != NULL && b != s->end; b = b->next)
				if (ci_plain_question(b, -1)) {
					s->plain++;
					if (b->next != NULL &&
					    b->next != s->end)
						after[b->next->type]++;
				}
		if (intro && s->plain < 3)
			s->plain = 0;
		/* the kind of block that answers most of them */
		s->plain_after = -1;
		for (size_t t = 0, most = 0; t <= MDN_TD; t++) {
			if (after[t] > most)
				s->plain_after = (int)t, most = after[t];
			after[t] = 0;
		}
		if (s->plain < 2)
			s->plain = 0;
		/* (a heading over headings of its own and no run groups
		 * them: no sibling to a heading over a run) */
		if (s->heading != NULL && s->level <= 6 &&
		    (s->leaf || s->plain > 0)) {
			heads[s->level]++;
			runs[s->level] += s->plain > 0;
		}
	}
	/* a run under one heading of several of its level, alone among
	 * them, is that heading's: its questions are the heading's parts
	 * ("## Closures" then "Why ...?", "When ...?"). Under headings
	 * that each hold one, or the page's one heading, they are its
	 * categories. */
	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		if (s->heading != NULL && s->level <= 6 && runs[s->level] < 2 &&
		    heads[s->level] > 1)
			s->plain = 0;
		ps->plain_questions += s->plain;
	}
	ps->emit = 0;
	ps->strict = 1;
	ps->toggles = ps->toggles_ask = 0;
	for (i = 0; i < ps->nsecs; i++)
		cb_scan_section(ps, i);
	ps->qlists = 0;
	ps->qkinds = 0;
	ps->strict = 0;
	if (ps->layout >= 1 && ps->layout <= 6)
		given_questions(ps);
	else if (ps->layout == CORPUS_AUTO)
		heading_questions(ps);
	else {
		sum_below(ps);
		for (i = 0; i < ps->nsecs; i++)
			ps->secs[i].why = "the layout puts the questions in "
			                  "other blocks";
	}
	inverted_labels(ps);
	/* second pass: the records, in document order */
	ps->emit = 1;
	ps->added = 0;
	for (i = 0; i < ps->nsecs; i++) {
		struct section *s = &ps->secs[i];

		ps->rule = NULL;
		explain_heading(ps, i);
		if (s->question && s->stated != 0) {
			const struct section *c = &ps->secs[s->stated];
			struct buf ans = { 0 }, body = { 0 };
			size_t last = stated_last(ps, i),
			       a = stated_answer(ps, i);
			/* (asked under the front matter's title: at its
			 * statement) */
			int front = stated_by_front(ps, i);
			char *q = front ? ct_title_of(c->first) :
			                  ct_heading_question(s->title);
			const struct mdnode *from = front ? c->first->next :
			                                    c->first;
			unsigned line = (front ? c : s)->heading->line;

			/* the statement and its examples */
			ct_render_blocks(from,
			    a != 0 ? ps->secs[a].heading : ps->secs[last].end,
			    &body);
			/* the answer with its title, as the page shows it
			 * ("## Solutions", "### Solution 1: ..."), if any */
			if (a != 0)
				ct_render_blocks(ps->secs[a].heading,
				    ps->secs[last].end, &ans);
			i = heading_record_at(
			    ps, i, line, q, &body, &ans, last);
		} else if (s->question && s->items == 0) {
			struct buf ans = { 0 }, body = { 0 };
			char *q = ct_heading_question(s->title);
			/* with its subsections, headings and all, unless
			 * they are questions of their own */
			const struct mdnode *end = s->own ?
			    s->end :
			    ps->secs[s->last].end;
			const struct mdnode *bend, *from, *opts, *toggle;

			/* in an exercise box, up to its end */
			if (s->heading->div == 'q')
				end = box_end(s->heading, end);

			/* a numbered heading answered in its item: the rest
			 * of the item is read as a heading's blocks, then what
			 * follows the list is more of its answer; one answered
			 * by the items after it starts its answer with them */
			int in_item = s->lead != NULL && s->lead_end == NULL;
			const struct mdnode *first = in_item ? s->lead :
			                                       s->first;
			const struct mdnode *stop = in_item ? NULL : end;

			/* "## Question 3": the question is the paragraph
			 * under it, less a label that says so ("Enunciado:") */
			/* (a quote states it in its first paragraph) */
			const struct mdnode *st = first != NULL &&
			        first != stop && first->type == MDN_QUOTE ?
			    first->child :
			    first;
			/* ... and one that asks, followed by a paragraph */
			int asked = 0;

			if ((lang_numbered_label(s->title) ||
			        stated_below(ps, i) > 0 ||
			        number_only(s->title)) &&
			    st != NULL && first != stop && st->type == MDN_P) {
				free(q);
				q = statement(st);
				/* the rest of the quote is the question's too */
				if (st != first)
					ct_render_blocks(st->next, NULL, &body);
				first = first->next;
				asked = ct_ends_in_question_mark(q) &&
				    first != NULL && first != stop &&
				    first->type == MDN_P;
			}
			/* a page titled in its front matter by a topic ("A Set
			 * of Objects") that starts with a paragraph that asks:
			 * that is the question, the title its category */
			else if (s->heading == &ps->title_head &&
			    s->evidence < 2 && first != NULL && first != stop &&
			    first->type == MDN_P) {
				char *p = ct_title_of(first);

				if (ct_ends_in_question_mark(p) &&
				    !restates(first, q)) {
					free(q);
					q = p;
					first = first->next;
				} else
					free(p);
			}

			if (!in_item)
				ct_render_blocks(s->lead, s->lead_end, &ans);
			split_body(first, stop, q, s->named, &bend, &from,
			    &opts, &toggle);
			/* a title that is only a link names a problem stated
			 * elsewhere ("### [two-sum](https://...)"): a quote
			 * under it, with more after it, states it here */
			if (bend == first && opts == NULL && toggle == NULL &&
			    md_only_link(s->heading) && first != NULL &&
			    first != stop && first->type == MDN_QUOTE &&
			    first->next != NULL && first->next != stop)
				bend = from = first->next;
			/* an "Answer" heading after it at its level: all it
			 * shows is its body, the answer is under that
			 * heading */
			if (s->answer_next && opts == NULL && toggle == NULL)
				bend = from = stop;
			/* an exercise box with no solution box, or a heading
			 * that names an exercise ("## Ejercicio 3") over a
			 * text where nothing marks a solution: all of it is
			 * the task */
			if (((s->heading->div == 'q' && !solution_box(s)) ||
			        /* (on a page of one exercise, the text under a
			         * title that does not ask, whatever it starts
			         * with) */
			        (ps->exercise && !s->marked &&
			            !ct_question_like(q) &&
			            !marker_in(first, stop)) ||
			        (s->label && bend == first && from == first &&
			            !s->marked && !asked &&
			            !(first != stop &&
			                cp_answer_marker(first)))) &&
			    opts == NULL && toggle == NULL)
				bend = from = solution_link(first, stop);
			/* one over parts of its own ("## Sample Input and
			 * Output", "## Hints and Guidelines"): they show the
			 * task up to one that names its solution, if any */
			else if (s->label && !s->leaf && !s->own &&
			    opts == NULL && toggle == NULL && bend != first &&
			    !s->marked)
				bend = from = solution_part(ps, i, stop);
			ct_render_blocks(first, bend, &body);
			if (opts != NULL)
				cp_ticked(opts, bend, &ans);
			if (toggle != NULL) {
				/* what the toggle hides, then what follows it */
				struct buf hid = { 0 }, pre = { 0 };
				unsigned tl;
				char *tq;

				from = ci_details(
				    toggle, stop, &tq, &tl, &pre, &hid);
				buf_add(&ans, hid.data, hid.len);
				free(tq);
				buf_free(&hid);
				buf_free(&pre);
			}
			ct_render_blocks(from, stop, &ans);
			if (in_item)
				ct_render_blocks(s->first, end, &ans);
			if (s->answer_next) {
				const struct section *a =
				    &ps->secs[s->last + 1];

				ct_render_blocks(past_rules(a->first, a->end),
				    ps->secs[s->answer_last].end, &ans);
			}
			/* an answer key's heading that names it, when nothing
			 * here answers it */
			if (s->answered_by > 0 && blank(&ans)) {
				const struct section *k =
				    &ps->secs[s->answered_by - 1];

				ct_render_blocks(
				    k->first, ps->secs[k->last].end, &ans);
			}
			/* its subsections are in its answer */
			i = heading_record(ps, i, q, &body, &ans,
			    s->answer_next ? s->answer_last :
			        !s->own    ? s->last :
			                     i);
		} else if (!one_file_question(ps))
			cb_scan_section(ps, i);
	}
	file_question(ps);
}

/* Whether the file's name, less its folder and extension, says that it
 * holds a question ("question.md", "exercise-3.md", "problem_12.md"). */
static int
named_question(const char *name)
{
	const char *slash = strrchr(name, '/'), *dot;
	char base[64];
	size_t n;

	name = slash != NULL ? slash + 1 : name;
	dot = strchr(name, '.');
	n = dot != NULL ? (size_t)(dot - name) : strlen(name);
	if (n == 0 || n >= sizeof base)
		return 0;
	memcpy(base, name, n);
	base[n] = '\0';
	for (size_t i = 0; i < n; i++)
		if (base[i] == '_' || base[i] == '-')
			base[i] = ' ';
	return lang_labels_question(base, n) || lang_exercise_label(base);
}

/* The paragraph that starts a file with no heading, read in the
 * automatic layout; else NULL. */
static const struct mdnode *
headless_start(const struct parse *ps)
{
	const struct mdnode *p = ps->secs[0].first;

	return ps->nsecs == 1 && ps->layout == CORPUS_AUTO && p != NULL &&
	        p->type == MDN_P ?
	    p :
	    NULL;
}

/* Whether the file is one question by its name alone: it has no
 * heading, starts with a paragraph and its name says so; lists in it
 * that ask are that question's parts. */
static int
one_file_question(const struct parse *ps)
{
	return headless_start(ps) != NULL && named_question(ps->name);
}

/* A file with no heading that is one question: one named for it (an
 * exercise folder's "question.md"), or one that read as no record and
 * whose first paragraph, before any heading, asks (opening_asks; the
 * headings after it are its answer's parts). That paragraph is the
 * question; the blocks before an answer marker or a solution box, if
 * there is one, else the lists right after it (its parts), are its
 * body; what follows its answer. */
static void
file_question(struct parse *ps)
{
	const struct mdnode *p = headless_start(ps), *k;
	struct buf body = { 0 }, ans = { 0 };
	char *q;

	/* (one that read as no record may have headings after that
	 * paragraph: its answer's, "### References") */
	if (p == NULL && ps->added == 0)
		p = opening(ps);
	if (p == NULL ||
	    !((named_question(ps->name) && p == headless_start(ps)) ||
	        (ps->added == 0 && opening_asks(p))))
		return;
	/* (what stands before an answer marker or a solution box is the
	 * question's, all of it: ":::answers" after the statement) */
	for (k = p->next; k != NULL && !(k->nav == 2 && k->div == 's') &&
	     !(k->type == MDN_P && cp_answer_marker(k));
	     k = k->next)
		;
	if (k == NULL)
		for (k = p->next;
		     k != NULL && (k->type == MDN_UL || k->type == MDN_OL);
		     k = k->next)
			;
	ct_render_blocks(p->next, k, &body);
	if (k != NULL)
		ct_render_blocks(k, NULL, &ans);
	q = ct_title_of(p);
	ps->rule = "a file of one question, with no heading";
	cp_add_record(ps, NULL, p->line, q, md_trim((char *)buf_cstr(&body)),
	    md_trim((char *)buf_cstr(&ans)));
	free(q);
	buf_free(&body);
	buf_free(&ans);
}

long
corpus_parse(struct corpus *c, const char *source, const char *doc, size_t len,
    corpus_warn_fn *warn, void *ctx, char *err, size_t errsz)
{
	return corpus_parse_named(
	    c, source, source, doc, len, warn, ctx, err, errsz);
}

/* Warns of the bytes in doc[0..len) that are not UTF-8, the first at
 * offset at: once, on the first line that has some, with the number of
 * the other lines that do (a Latin-1 file has them on every other line).
 * Lines end as md_parse_tree counts them. */
static void
warn_invalid(const char *source, const char *doc, size_t len, size_t at,
    corpus_warn_fn *warn, void *ctx)
{
	unsigned line = 1, first = 0, prev = 0;
	size_t pos = 0, more = 0, bad;
	char msg[96];

	for (;;) {
		for (; pos < at; pos++)
			if (doc[pos] == '\n' ||
			    (doc[pos] == '\r' &&
			        (pos + 1 == len || doc[pos + 1] != '\n')))
				line++;
		if (first == 0)
			first = line;
		else if (line != prev)
			more++;
		prev = line;
		if (at + 1 >= len ||
		    utf8_valid(doc + at + 1, len - at - 1, &bad))
			break;
		at += 1 + bad;
	}
	if (more == 0)
		snprintf(msg, sizeof msg, "invalid UTF-8 replaced with U+FFFD");
	else
		snprintf(msg, sizeof msg,
		    "invalid UTF-8 replaced with U+FFFD (here and on %zu more "
		    "line%s)",
		    more, more == 1 ? "" : "s");
	warn(ctx, source, first, msg);
}

int
corpus_layout_parse(const char *s, size_t n)
{
	static const char names[][12] = { "auto", "h1", "h2", "h3", "h4", "h5",
		"h6", "list", "details", "paragraphs" };

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i]) == n && strncmp(s, names[i], n) == 0)
			return (int)i;
	return -1;
}

/* The layout a file gives itself in a comment "<!-- beq: questions=h3
 * -->" (the first one), or CORPUS_AUTO; one it cannot read is warned
 * about. */
static int
comment_layout(struct parse *ps, const char *doc, size_t len)
{
	static const char tag[] = "<!-- beq:";
	const char *p = doc, *e = doc + len, *v, *ve;
	int layout;

	for (; (p = memchr(p, '<', (size_t)(e - p))) != NULL; p++)
		if ((size_t)(e - p) >= sizeof tag - 1 &&
		    memcmp(p, tag, sizeof tag - 1) == 0)
			break;
	if (p == NULL)
		return CORPUS_AUTO;
	for (v = p + sizeof tag - 1; v < e && *v == ' '; v++)
		;
	for (ve = v; ve < e && *ve != ' ' && *ve != '-' && *ve != '\n'; ve++)
		;
	if ((size_t)(ve - v) > 10 && memcmp(v, "questions=", 10) == 0 &&
	    (layout = corpus_layout_parse(v + 10, (size_t)(ve - v - 10))) >= 0)
		return layout;
	if (ps->warn != NULL) {
		unsigned line = 1;

		for (const char *q = doc; q < p; q++)
			line += *q == '\n';
		ps->warn(ps->ctx, ps->source, line,
		    "beq comment not understood (questions=h1..h6, list, "
		    "details, paragraphs or auto); read as usual");
	}
	return CORPUS_AUTO;
}

/* corpus_parse_named, with the records' strings in doc when store is
 * set (corpus_parse_in_place). */
static long
parse_doc(struct corpus *c, const char *source, const char *name,
    const char *doc, size_t len, char *store, corpus_explain_fn *explain,
    corpus_warn_fn *warn, void *ctx, char *err, size_t errsz)
{
	struct parse ps = { 0 };
	struct heads heads = { 0 };
	struct mdnode *root;
	size_t i, storelen = len;
	char *fixed = NULL;

	/* One bad byte (a Latin-1 "é") cost the whole file: each becomes
	 * U+FFFD, in a copy (the store, doc itself, is not read again
	 * once parsed, so it stays the store). */
	if (!utf8_valid(doc, len, &i)) {
		if (warn != NULL)
			warn_invalid(source, doc, len, i, warn, ctx);
		fixed = xmalloc(utf8_repair(NULL, doc, len) + 1);
		len = utf8_repair(fixed, doc, len);
		doc = fixed;
	}
	if (len > 0xffffffffu) {
		free(fixed);
		return errorf(err, errsz, "file too large");
	}
	/* a byte-order mark is no text ("\xef\xbb\xbf# Title" is a
	 * heading); "\r\n" and a lone "\r" end a line as "\n" does, and
	 * are read as one, so that a reading that looks at a line's end
	 * sees the same in a file written on Windows (the lines counted
	 * alike) */
	if (len >= 3 && memcmp(doc, "\xef\xbb\xbf", 3) == 0)
		doc += 3, len -= 3;
	if (memchr(doc, '\r', len) != NULL) {
		char *lf = xmalloc(len + 1);
		size_t k = 0;

		for (i = 0; i < len; i++) {
			lf[k++] = doc[i] == '\r' ? '\n' : doc[i];
			if (doc[i] == '\r' && i + 1 < len && doc[i + 1] == '\n')
				i++;
		}
		free(fixed);
		doc = fixed = lf;
		len = k;
	}
	if ((root = md_parse_tree(doc, len, err, errsz)) == NULL) {
		free(fixed);
		return -1;
	}
	ps.c = c;
	ps.source = source;
	ps.name = name;
	/* (a front matter's question is no title) */
	ps.title = root->text.len > 0 && root->div != 'q' ?
	    buf_cstr(&root->text) :
	    NULL;
	ps.warn = warn;
	ps.explain = explain;
	ps.ctx = ctx;
	ps.layout = c->layout != CORPUS_AUTO ? c->layout :
	                                       comment_layout(&ps, doc, len);
	/* the tree holds what it needs of doc: doc is no longer read */
	ps.store = store;
	ps.storelen = store != NULL ? storelen : 0;
	ps.heads = &heads;
	extract(&ps, root);
	for (i = 0; i < ps.nsecs; i++)
		free(ps.secs[i].title);
	free(ps.secs);
	for (i = 0; i < ps.nsummaries; i++)
		free(ps.summaries[i]);
	free(ps.summaries);
	for (i = 0; i < heads.n; i++)
		free(heads.v[i].key);
	free(heads.v);
	free(ps.last_category);
	md_free(root);
	free(fixed);
	return ps.added;
}

long
corpus_parse_named(struct corpus *c, const char *source, const char *name,
    const char *doc, size_t len, corpus_warn_fn *warn, void *ctx, char *err,
    size_t errsz)
{
	return parse_doc(
	    c, source, name, doc, len, NULL, NULL, warn, ctx, err, errsz);
}

long
corpus_explain(struct corpus *c, const char *source, const char *name,
    const char *text, size_t len, corpus_explain_fn *explain,
    corpus_warn_fn *warn, void *ctx, char *err, size_t errsz)
{
	return parse_doc(
	    c, source, name, text, len, NULL, explain, warn, ctx, err, errsz);
}

long
corpus_parse_in_place(struct corpus *c, const char *source, const char *name,
    char *text, size_t len, corpus_warn_fn *warn, void *ctx, char *err,
    size_t errsz)
{
	return parse_doc(
	    c, source, name, text, len, text, NULL, warn, ctx, err, errsz);
}
