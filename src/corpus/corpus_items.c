/* The shapes questions come in inside a block, read off the block tree:
 * list items with a bold question, a heading or a <details> block (the
 * rows of item_rules), lists of questions, <details> blocks and questions
 * in paragraphs of their own. Each adds its records. corpus_blocks.c says
 * which block is read in which shape. */
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

/* Labels that introduce the answer after a bold question. */
static const char labels[][17] = {
	"**Explanation**:",
	"**Explanation:**",
	"**Answer**:",
	"**Answer:**",
	"Explanation:",
	"Answer:",
};

/* The first "**" in s[0..n), or NULL. */
static const char *
stars(const char *s, size_t n)
{
	const char *p, *e = s + n;

	for (; (p = memchr(s, '*', (size_t)(e - s))) != NULL; s = p + 1)
		if (p + 1 < e && p[1] == '*')
			return p;
	return NULL;
}

/* Whether s[0..n) is a whole question: it asks outright, or reads as a
 * question and ends its sentence ("Explain MVCC.", "Compare X and Y:"). */
static int
sentence_asks(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '*' || s[n - 1] == '_'))
		n--;
	return lang_question_mark(s, n) ||
	    (n > 0 && strchr(".!:", s[n - 1]) != NULL && lang_asks(s, n));
}

static int
asked_sentence(const char *s)
{
	return sentence_asks(s, strlen(s));
}

/* Where an attribute list right after a bold lead ends ("**Q?**{
 * #anchor }", "**Q?** {: .note}", "{.class}": markup that a docs site
 * renders as nothing), or p when none starts there. */
static const char *
past_attributes(const char *p, const char *e)
{
	const char *q = p;

	while (q < e && (*q == ' ' || *q == '\t'))
		q++;
	if (q + 2 >= e || *q != '{')
		return p;
	/* "{#id}", "{: .note}", "{ .class }" */
	for (q++; q < e && (*q == ' ' || *q == '\t'); q++)
		;
	if (q == e || (*q != '#' && *q != ':' && *q != '.'))
		return p;
	while (q < e && *q != '}' && *q != '\n')
		q++;
	return q < e && *q == '}' ? q + 1 : p;
}

/* Whether what follows a bold lead from rest on (an attribute list
 * passed) ends its line: only blanks to the text's end e, or a line
 * break at once or after one space. */
static int
ends_line(const char *rest, const char *e)
{
	const char *t = rest;

	while (t < e && md_space(*t))
		t++;
	return t == e || rest[0] == '\n' || (rest[0] == ' ' && rest[1] == '\n');
}

static int bare_link(const struct mdnode *);

/* Shape 1: an item whose text starts with a bold question. The bold part
 * is a question when the item ends there, or goes on after a line break
 * or an answer label, or the bold text ends in a question mark ("**Arch
 * Linux**, which ..." is no question). Returns 1 for such an item. The
 * item's text is read where it is: the passes that only count records
 * (two in three) copy nothing but the question, and the one that adds
 * them copies the answer once (copying and measuring the whole item four
 * times over was a fifth of parsing). */
static int
bold_item(struct parse *ps, const char *category, const struct mdnode *li)
{
	const struct mdnode *first = li->child;
	const char *t, *e, *end, *rest, *trimmed;
	struct buf ans = { 0 };
	size_t i, n, tail;
	char *q, small[256];
	int label = 0, ok, follows, alone;

	/* "**[How to start?](#q-how-to-start)**": a link alone, bold or
	 * not, with nothing under it, is an entry of the page's contents */
	if (bare_link(li) &&
	    (li->text.len > 0 ? li->child == NULL :
	                        li->child == NULL || li->child->next == NULL))
		return 0;
	/* Tight lists put the text on the item, loose ones in a paragraph. */
	if (li->text.len > 0) {
		t = li->text.data;
		n = li->text.len;
	} else if (first != NULL && first->type == MDN_P) {
		t = first->text.data != NULL ? first->text.data : "";
		n = first->text.len;
		first = first->next;
	} else
		return 0;
	/* the text trimmed: [t, e) */
	for (e = t + n; e > t && md_space(e[-1]); e--)
		;
	while (t < e && md_space(*t))
		t++;
	if (e - t < 4 || memcmp(t, "**", 2) != 0 ||
	    (end = stars(t + 2, (size_t)(e - t - 2))) == NULL || end == t + 2)
		return 0;
	/* "**Q1:** What is X?": the bold part only labels the question
	 * after it, which the item's text is */
	n = (size_t)(end - t - 2) < sizeof small ? (size_t)(end - t - 2) :
	                                           sizeof small - 1;
	memcpy(small, t + 2, n);
	small[n] = '\0';
	if (lang_label(small) == n && end + 2 < e)
		return 0;
	rest = past_attributes(end + 2, e);
	for (trimmed = rest; trimmed < e && md_space(*trimmed); trimmed++)
		;
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		size_t k = strlen(labels[i]);

		if ((size_t)(e - trimmed) >= k &&
		    strncasecmp(trimmed, labels[i], k) == 0) {
			rest = trimmed + k;
			label = 1;
			break;
		}
	}
	/* past the trim, rest[0] would be the text's end: then trimmed is */
	/* a label says so; else the bold text must read as a question
	 * ("**List**" then its description is a term being explained, a
	 * part of an answer) and stand alone on its line, or be a whole
	 * question of its own: one that asks outright, or reads as one and
	 * ends its sentence ("**Explain MVCC.** It keeps versions", the
	 * answer after a soft line break, which reads as a space) */
	alone = ends_line(rest, e);
	/* ... or, in a run of answered bold leads most of which ask, stand
	 * alone over its answer like them ("**My app does not compile.**",
	 * among "**Why is search broken?**") */
	ok = label || (lang_asks(t + 2, (size_t)(end - t - 2)) && alone) ||
	    sentence_asks(t + 2, (size_t)(end - t - 2)) ||
	    (ps->bold_run && alone && first != NULL);
	if (!ok)
		return 0;
	/* what follows on its line and alone in the item, a question that
	 * follows up ("**What is DI?** Why use it?") or a remark in
	 * brackets ("(every developer should know)"), is the question's */
	follows = !label && first == NULL && trimmed < e &&
	    memchr(trimmed, '\n', (size_t)(e - trimmed)) == NULL &&
	    (lang_question_mark(trimmed, (size_t)(e - trimmed)) ||
	        (*trimmed == '(' &&
	            (e[-1] == ')' ||
	                (e - trimmed > 2 && e[-1] == '.' && e[-2] == ')'))));
	/* most questions fit here, off the heap */
	n = (size_t)(end - t - 2);
	tail = follows ? (size_t)(e - trimmed) : 0;
	q = n + 1 + tail < sizeof small ? small : xmalloc(n + 1 + tail + 1);
	memcpy(q, t + 2, n);
	if (follows) {
		q[n++] = ' ';
		memcpy(q + n, trimmed, tail);
		n += tail;
		rest = trimmed = e;
	}
	q[n] = '\0';
	/* as the page shows it: links as their text, "[6.4](#strict) What
	 * is ...?" (what is cleaned is no longer than q) */
	{
		char *shown = ct_title_of_text(q, n);

		memcpy(q, shown, strlen(shown) + 1);
		free(shown);
	}
	if (ps->emit) {
		if (label)
			while (rest < e && md_space(*rest))
				rest++;
		else
			rest = trimmed;
		buf_grow(&ans, (size_t)(e - rest));
		buf_add(&ans, rest, (size_t)(e - rest));
		for (; first != NULL; first = first->next) {
			if (ans.len > 0)
				buf_adds(&ans, "\n\n");
			md_render(first, &ans);
		}
	}
	/* a pass that only counts reads no answer */
	cp_add_record_own(ps, category, li->line, md_trim(q),
	    ps->emit ? buf_take(&ans) : NULL);
	if (q != small)
		free(q);
	return 1;
}

/* Whether item li's text starts with bold text ("**Term** ..."). */
static int
bold_lead(const struct mdnode *li)
{
	const struct mdnode *p = li->text.len > 0 ? li : li->child;
	const char *t;
	size_t n;

	if (p == NULL || (p != li && p->type != MDN_P) || p->text.len < 4)
		return 0;
	t = p->text.data;
	n = p->text.len;
	while (n > 0 && md_space(*t))
		t++, n--;
	return n >= 4 && memcmp(t, "**", 2) == 0 && t[2] != '*' &&
	    stars(t + 2, n - 2) != NULL;
}

/* Whether item li's bold lead stands alone on its line, as bold_item
 * reads it: nothing after its closing "**" but an attribute list ("**Q?**{
 * #a }") and blanks to a line break. */
static int
lead_alone(const struct mdnode *li)
{
	const struct mdnode *p = li->text.len > 0 ? li : li->child;
	const char *t = p->text.data, *e = t + p->text.len, *end;

	while (t < e && md_space(*t))
		t++;
	return (end = stars(t + 2, (size_t)(e - t - 2))) != NULL &&
	    ends_line(past_attributes(end + 2, e), e);
}

/* An item that starts with a heading: the heading is the question, the
 * rest of the item the answer; but the code that a question pointing
 * below asks about ("What is the output of the statement below?") shows
 * it, up to the prose that answers it, as under a heading. */
static int
heading_item(struct parse *ps, const char *category, const struct mdnode *li)
{
	struct buf ans = { 0 }, body = { 0 };
	const struct mdnode *from;
	char *q;

	if (li->child == NULL || li->child->type != MDN_H)
		return 0;
	q = ct_title_of(li->child);
	from = li->child->next;
	if (li->text.len == 0) {
		const struct mdnode *code = from;

		from = cp_code_shown(q, code, NULL);
		ct_render_blocks(code, from, &body);
	}
	/* in a tight list, the item's text after the heading is its own */
	buf_add(&ans, li->text.data != NULL ? li->text.data : "", li->text.len);
	ct_render_blocks(from, NULL, &ans);
	cp_add_record(ps, category, li->child->line, q,
	    md_trim((char *)buf_cstr(&body)), md_trim((char *)buf_cstr(&ans)));
	free(q);
	buf_free(&body);
	buf_free(&ans);
	return 1;
}

/* The text of an item's first paragraph (or its own text, when tight). */
const struct mdnode *
ci_item_block(const struct mdnode *li)
{
	if (li->text.len > 0)
		return li;
	return li->child != NULL && li->child->type == MDN_P ? li->child : NULL;
}

char *
ci_item_text(const struct mdnode *li, const struct mdnode **rest)
{
	const struct mdnode *p = ci_item_block(li);

	*rest = p != NULL && p != li ? p->next : li->child;
	return p != NULL ? ct_title_of(p) : xstrdup("");
}

/* Returns t (freed) with the items of list appended, "; " between them. */
static char *
append_items(char *t, const struct mdnode *list)
{
	const struct mdnode *li, *rest;
	struct buf b = { 0 };

	buf_adds(&b, t);
	for (li = list->child; li != NULL; li = li->next) {
		char *it = ci_item_text(li, &rest);

		if (it[0] != '\0')
			buf_printf(
			    &b, "%s%s", li == list->child ? " " : "; ", it);
		free(it);
	}
	free(t);
	return buf_take(&b);
}

/* Whether s is a web address and nothing else, or after a one-word name
 * and a colon ("Helm: https://helm.sh/docs/"). */
static int
address_only(const char *s)
{
	const char *u = strstr(s, "://"), *at;

	if (u == NULL || strpbrk(u, " \t") != NULL)
		return 0;
	for (at = u; at > s && at[-1] >= 'a' && at[-1] <= 'z'; at--)
		;
	if (at == s)
		return 1;
	return at - s >= 3 && at[-1] == ' ' && at[-2] == ':' &&
	    memchr(s, ' ', (size_t)(at - s - 2)) == NULL;
}

/* Whether an item is only a link, as in a table of contents. */
static int
bare_link(const struct mdnode *li)
{
	const struct mdnode *p = ci_item_block(li);
	struct buf t = { 0 };
	const char *s;
	size_t n;
	int yes;

	if (p == NULL)
		return 0;
	buf_add(&t, p->text.data, p->text.len);
	s = md_trim((char *)buf_cstr(&t));
	n = strlen(s);
	/* "*[Commands](commands.md)*": emphasis around the link */
	while (n > 2 && (s[0] == '*' || s[0] == '_') && s[n - 1] == s[0]) {
		s++;
		n -= 2;
	}
	if (address_only(s)) {
		buf_free(&t);
		return 1;
	}
	yes = n > 4 && s[0] == '[' && s[n - 1] == ')' && strstr(s, "](") &&
	    strstr(s, "](") == strrchr(s, ']') &&
	    /* "[What is X?](https://.../issues/12)": a question whose
	     * answers are on another site; a link within the page or
	     * the bank is still the contents' */
	    !(strstr(s, "://") != NULL &&
	        lang_asks(s + 1, (size_t)(strstr(s, "](") - s - 1)) &&
	        lang_title(s + 1, (size_t)(strstr(s, "](") - s - 1)) ==
	            LANG_TOPIC);
	buf_free(&t);
	return yes;
}

int
ci_link_list(const struct mdnode *list)
{
	const struct mdnode *li;

	for (li = list->child; li != NULL; li = li->next) {
		const struct mdnode *p = ci_item_block(li);
		char *title;
		int yes;

		if (p == NULL || p->text.data == NULL)
			return 0;
		/* the item's words, its links' text among them */
		title = ct_title_of(p);
		yes = strstr(p->text.data, "](") != NULL &&
		    ct_words(title) <= 8 && !lang_asks(title, strlen(title));
		free(title);
		if (!yes)
			return 0;
	}
	return list->child != NULL;
}

int
ci_toc(const struct mdnode *list)
{
	const struct mdnode *li, *k;

	for (li = list->child; li != NULL; li = li->next) {
		if (!bare_link(li))
			return 0;
		/* nested lists of links under a link */
		for (k = li->child; k != NULL; k = k->next)
			if ((k->type == MDN_UL || k->type == MDN_OL) &&
			    !ci_toc(k))
				return 0;
	}
	return list->child != NULL;
}

static int
cmp_head(const void *a, const void *b)
{
	return strcmp(
	    ((const struct head *)a)->key, ((const struct head *)b)->key);
}

/* The file's headings as keys, sorted, each with the last line it heads
 * (read once, when a list first needs them). */
static void
read_heads(struct parse *ps)
{
	struct heads *h = ps->heads;
	size_t n = 0;

	h->v = xreallocarray(NULL, ps->nsecs + 1, sizeof *h->v);
	for (size_t i = 0; i < ps->nsecs; i++) {
		char *q;

		if (ps->secs[i].heading == NULL)
			continue;
		q = ct_heading_question(ps->secs[i].title);
		h->v[n].key = ct_words_key(q);
		h->v[n++].line = ps->secs[i].heading->line;
		free(q);
	}
	if (n > 1)
		qsort(h->v, n, sizeof *h->v, cmp_head);
	h->n = n;
	h->read = 1;
}

/* The last line of a heading that says what s says, or 0. */
static unsigned
heading_line(struct parse *ps, const char *s)
{
	const struct heads *h = ps->heads;
	struct head key = { 0 }, *at;
	unsigned line = 0;
	size_t i;

	if (!h->read)
		read_heads(ps);
	key.key = ct_words_key(s);
	at = key.key[0] == '\0' ?
	    NULL :
	    bsearch(&key, h->v, h->n, sizeof *h->v, cmp_head);
	if (at != NULL) {
		/* equal keys sit together: the last line of them */
		for (i = (size_t)(at - h->v);
		     i > 0 && strcmp(h->v[i - 1].key, key.key) == 0; i--)
			;
		for (; i < h->n && strcmp(h->v[i].key, key.key) == 0; i++)
			if (h->v[i].line > line)
				line = h->v[i].line;
	}
	free(key.key);
	return line;
}

int
ci_index_list(struct parse *ps, const struct mdnode *list)
{
	const struct mdnode *li, *rest;
	size_t n = 0, found = 0;

	if (list->child == NULL || list->child->next == NULL)
		return 0;
	for (li = list->child; li != NULL; li = li->next, n++) {
		char *t = ci_item_text(li, &rest);

		found += heading_line(ps, t) > list->line;
		free(t);
	}
	return 3 * found >= 2 * n;
}

/* Whether an item's text t, with the blocks rest under it, only
 * introduces what follows: one line that ends in a colon and asks with
 * no question mark, and no list under it that completes it ("1. **Identify the assets**:" then a
 * paragraph at the margin; "Explain these headers:" over a list of them
 * asks, and so does "List the tools?" with "Answer:" glued on). */
static int
introduces(const char *t, const struct mdnode *rest)
{
	size_t n = strlen(t);

	if (strpbrk(t, "\n?") != NULL || strstr(t, "？") != NULL)
		return 0;
	if (!ct_ends_in_colon(t, n) &&
	    !(n > 3 && t[n - 1] == '*' && t[n - 2] == '*' && t[n - 3] == ':'))
		return 0;
	for (; rest != NULL; rest = rest->next)
		if (rest->type == MDN_UL || rest->type == MDN_OL)
			return 0;
	return 1;
}

/* Whether what text t shows before its first colon asks. */
static int
lead_asks(const char *t)
{
	const char *c = strchr(t, ':'), *w = strstr(t, "\xef\xbc\x9a");

	if (c == NULL || (w != NULL && w < c))
		c = w;
	return c != NULL && lang_asks(t, (size_t)(c - t));
}

static size_t asked_line(const struct mdnode *p);

/* The text of item li before a link that ends it, as a title, when a
 * link ends it: "X? - [link](url)", "X？[答案](url)". Such a link points
 * to the answer elsewhere and hides that the text before it asks. NULL
 * when no link ends the item's text, or nothing is before it. */
static char *
before_last_link(const struct mdnode *li)
{
	const struct mdnode *p = ci_item_block(li);
	const char *s;
	size_t n, m;

	if (p == NULL || p->text.data == NULL)
		return NULL;
	s = p->text.data;
	n = p->text.len;
	while (n > 0 && md_space(s[n - 1]))
		n--;
	if ((m = lang_before_link(s, n)) == n)
		return NULL;
	/* the separator before it: " - ", " | ", an en or em dash */
	for (;;)
		if (m > 0 &&
		    (s[m - 1] == ' ' || s[m - 1] == '\t' || s[m - 1] == '-' ||
		        s[m - 1] == '|'))
			m--;
		else if (m >= 3 &&
		    (memcmp(s + m - 3, "\xe2\x80\x93", 3) == 0 ||
		        memcmp(s + m - 3, "\xe2\x80\x94", 3) == 0))
			m -= 3;
		else
			break;
	return m > 0 ? ct_title_of_text(s, m) : NULL;
}

/* Shape 4: a list whose items read as questions (a third of them at
 * least). Each item is a question; nested lists of questions are
 * questions too, other blocks of an item its answer. */
static int
question_list(const struct mdnode *list, int lenient, int strict)
{
	const struct mdnode *li, *rest;
	size_t n = 0, q = 0, links = 0, tasks = 0, notes = 0, clauses = 0,
	       phrases = 0;

	for (li = list->child; li != NULL; li = li->next, n++) {
		char *t = ci_item_text(li, &rest);
		int note = ct_note(t);
		size_t len = strlen(t);

		/* "collect only what is needed;", "explain why it is
		 * needed; and": the clauses of one sentence */
		clauses += t[0] >= 'a' && t[0] <= 'z' && len > 1 &&
		    (t[len - 1] == ';' || t[len - 1] == ',' ||
		        (len > 5 && strcmp(t + len - 5, "; and") == 0) ||
		        (len > 4 && strcmp(t + len - 4, "; or") == 0));
		/* ... or the phrases that end one ("based on the
		 * following:" then "- generally popular items") */
		phrases += t[0] >= 'a' && t[0] <= 'z' && len > 1 &&
		    strchr(".?!:", t[len - 1]) == NULL && !ct_question_like(t);
		/* an item whose first line asks and whose next answers it,
		 * glued on ("Jaki model?" then "Odpowiedź: IaaS"), asks as
		 * its first line does */
		const struct mdnode *p = li->text.len > 0 ? li : li->child;
		size_t k = p != NULL && (p == li || p->type == MDN_P) ?
		    asked_line(p) :
		    0;
		int labelled = 0;

		if (k > 0) {
			const char *nl = p->text.data + k;

			/* ... and one whose next line is labelled its
			 * answer is a question however it is put
			 * ("Element Runbook służy do:" then "Odpowiedź:
			 * ..."), no note */
			while (*nl != '\0' && md_space(*nl))
				nl++;
			labelled = lang_answer_label(nl) > 0;
			note = note && !labelled;
			free(t);
			t = ct_title_of_text(p->text.data, k);
		} else {
			char *b = before_last_link(li);

			if (b != NULL) {
				free(t);
				t = b;
			}
		}
		tasks += li->task != 0;
		/* (an item with blocks under it is answered there; a lead
		 * that asks is a question's, "Why X? Answer: ...") */
		notes += note && rest == NULL && !lead_asks(t);
		if (bare_link(li))
			links++;
		else
			/* (options under it, some ticked: a quiz's
			 * question, "True or false: ..." over "- [x]
			 * False") */
			q += labelled ||
			    (rest != NULL && cp_options(rest, 0, NULL)) ||
			    ((strict ? lang_asks_plainly(t, strlen(t)) :
			               ct_question_like(t)) &&
			        !note && !introduces(t, rest));
		free(t);
	}
	/* a checklist ("- [ ] **Gas fee**: why is it paid?") lists what
	 * to learn or do, or a question's options; a list of notes ("**Least
	 * privilege**: the minimum access") says what terms mean: no
	 * questions */
	if (2 * tasks > n || (!(lenient & SCAN_LENIENT) && 2 * notes > n))
		return 0;
	/* ... and a list of clauses ("... agencies must:" then "- collect
	 * only ...;"), half of it, or of phrases in lower case that ask
	 * nothing, all of it, goes on a sentence: no questions */
	if (!(lenient & SCAN_LENIENT) && n >= 2 &&
	    (2 * clauses >= n || phrases == n))
		return 0;
	if (lenient)
		return n > links;
	return q > 0 && 3 * q >= n;
}

/* Whether list item li only gives an answer: its text starts with an
 * answer label ("A:", "Answer:", "答："). */
static int
answer_item(const struct mdnode *li)
{
	const struct mdnode *rest;
	char *t = ci_item_text(li, &rest);
	int yes = ci_drop_label(t) != t;

	free(t);
	return yes;
}

/* Whether the list k nested in item li holds questions that follow up
 * on the item's ("* Explain closures.\n  * How would you use one?"): a
 * list of questions in a tight item; in a loose one, with paragraphs,
 * a nested list is part of the answer (the steps of a fix). */
static int
follow_ups(const struct mdnode *li, const struct mdnode *k)
{
	const struct mdnode *sub, *rest;
	size_t n = 0, q = 0;

	if (li->text.len == 0)
		return 0;
	/* a question of its own: it ends in a question mark, or is a
	 * sentence (no lower-case start) that starts with an asking word
	 * and is not answered after its question mark ("How to avoid it?
	 * Request coalescing."); "- what readers see" under "Explain
	 * MVCC." is a hint. More than half of them: "- A network of edge
	 * servers." beside one that asks answers the item. */
	for (sub = k->child; sub != NULL; sub = sub->next, n++) {
		char *t = ci_item_text(sub, &rest);
		size_t len;

		/* "- **Answer**: [What is X?](...)" answers the item */
		if (ci_drop_label(t) != t) {
			free(t);
			return 0;
		}
		len = strlen(t);
		q += lang_question_mark(t, len) ||
		    (ct_sentence_asks(t, len) && strchr(t, '?') == NULL);
		free(t);
	}
	return q > 0 && 2 * q > n;
}

/* Whether s[0..n) starts with a label in emphasis, a few words that end
 * in a colon ("*Why asked:*", "**Hint:**", "_Note_:"). */
static int
emphasized_label(const char *s, size_t n)
{
	size_t m = 0, k;

	while (m < n && m < 3 && (s[m] == '*' || s[m] == '_'))
		m++;
	if (m == 0)
		return 0;
	for (k = m; k < n && k < m + 40 && s[k] != s[0] && s[k] != '\n'; k++)
		;
	if (k == m || k >= n || s[k] != s[0])
		return 0;
	/* the colon inside the emphasis or right after it */
	return s[k - 1] == ':' || (k + m < n && s[k + m] == ':');
}

/* Whether paragraph p's first line asks outright and its further lines
 * do not ("What is X?" then "It is Y." on the next line, a soft or a hard
 * break between them): the length of that first line in its text, else
 * 0. */
static size_t
asked_line(const struct mdnode *p)
{
	const char *s = p->text.data, *nl, *e;
	size_t k;

	if (p->text.len == 0)
		return 0;
	e = s + p->text.len;
	k = md_first_line(p);
	while (e > s && md_space(e[-1]))
		e--;
	nl = s + k;
	if (nl >= e || lang_question_mark(nl, (size_t)(e - nl)))
		return 0;
	while (nl < e && md_space(*nl))
		nl++;
	/* "4、final 关键字的作用" then "答：...": the label says that the
	 * line above it asked */
	if (!lang_question_mark(s, k))
		return lang_answer_label(nl) > 0 ||
		        /* ... or a stem its options complete ("A p-value
		         * is:" over "A) ..." lines) */
		        (ct_ends_in_colon(s, k) &&
		            cp_lettered_text(nl, (size_t)(e - nl))) ?
		    k :
		    0;
	/* "What does f'(x) = 0 mean?" then "Give an example ...": a task
	 * goes on, it does not answer; "*Why asked:* ..." is a label over
	 * a part of the answer */
	return lang_asks(nl, (size_t)(e - nl)) &&
	        !emphasized_label(nl, (size_t)(e - nl)) ?
	    0 :
	    k;
}

/* An item whose first line asks outright and whose further lines do not
 * (asked_line), glued on by lazy continuation: the length of that first
 * line in its text, whose other lines go to ans; else 0. */
static size_t
glued_answer(const struct mdnode *li, struct buf *ans)
{
	const struct mdnode *p = li->text.len > 0 ? li : li->child;
	const char *s, *e;
	size_t k;

	if (p == NULL || (p != li && p->type != MDN_P) ||
	    (k = asked_line(p)) == 0)
		return 0;
	s = p->text.data + k;
	e = p->text.data + p->text.len;
	while (e > s && md_space(e[-1]))
		e--;
	while (s < e && md_space(*s))
		s++;
	buf_add(ans, s, (size_t)(e - s));
	return k;
}

/* Whether paragraph p ends in a question mark, as rendered, a note in
 * brackets after it aside ("What does this mean? (Check two.)"). */
static int
ends_asking(const struct mdnode *p)
{
	char *t = ct_title_of(p);
	size_t n = strlen(t);
	const char *s = lang_unnoted(t, &n);
	int yes = lang_question_mark(s, n);

	free(t);
	return yes;
}

/* The block after a run of two paragraphs or more from k on that are
 * each one lettered option, in order ("A. FaaS", then "B. PaaS", or
 * "a) ..."), or k when there is none. */
static const struct mdnode *
lettered_paragraphs(const struct mdnode *k)
{
	const struct mdnode *b = k;
	int n = 0;

	for (; b != NULL && b->type == MDN_P && b->breaks == 0 && n < 26;
	     b = b->next, n++) {
		const char *t = b->text.data, *e = t + b->text.len;

		while (t != NULL && t < e && *t == ' ')
			t++;
		if (t == NULL || !md_option_letter(t, (size_t)(e - t), n, ".)"))
			break;
	}
	return n >= 2 ? b : k;
}

/* Whether text t is lines options, each starting with the next letter
 * and a mark ("a. sudo b. su c. root", the lines of a paragraph written
 * as spaces), two at least. */
static int
lettered_lines(const char *t, unsigned lines)
{
	size_t len = strlen(t);
	int n = 0;

	if (lines < 2 || !md_option_letter(t, len, 0, ".)"))
		return 0;
	for (size_t i = 0; i < len && n < 26; i++)
		if ((i == 0 || t[i - 1] == ' ' || t[i - 1] == '\n') &&
		    md_option_letter(t + i, len - i, n, ".)"))
			n++;
	return (unsigned)n == lines;
}

/* Appends to ans the item of answer key list key numbered as the item
 * at 0-based place at of numbered list list, if any: its blocks, as
 * markdown like any answer (an item that is only a formula's image
 * answers with it). */
static void
keyed_answer(const struct mdnode *key, const struct mdnode *list, size_t at,
    struct buf *ans)
{
	const struct mdnode *li = key->child;
	unsigned long want = (unsigned long)list->level + at, k = key->level;

	for (; li != NULL && k < want; li = li->next)
		k++;
	if (li == NULL || k != want)
		return;
	if (li->text.len > 0) {
		char *t = xstrndup(li->text.data, li->text.len);

		buf_adds(ans, md_trim(t));
		free(t);
	}
	ct_render_blocks(li->child, NULL, ans);
}

int
ci_tasks(const struct parse *ps, const char *title)
{
	return ps->exercises ||
	    (title != NULL && lang_ends_in_exercises(title, strlen(title)));
}

/* Reads item li of list, a question whose answer is the blocks under it
 * (or the answer key's item numbered as it, at its 0-based place *atp,
 * or the next item when that is labelled an answer: then *lip and *atp
 * move on to it). Returns the records added. */
static size_t
question_item(struct parse *ps, const char *category, const struct mdnode *list,
    const struct mdnode **lip, size_t *atp, const struct mdnode *key,
    int skip_last)
{
	const struct mdnode *li = *lip, *rest, *k;
	size_t n = 0, at = *atp;
	struct buf ans = { 0 }, body = { 0 };
	char *t;
	int appended = 0, opted = 0, shown = 0, asked = 0;
	size_t glued;

	if (bare_link(li))
		return 0;
	t = ci_item_text(li, &rest);
	/* "What is X? [Answer]": the link leads to the answer */
	{
		size_t tn = strlen(t), m = lang_before_link(t, tn);

		if (m < tn && lang_question_mark(t, m)) {
			while (m > 0 && t[m - 1] == ' ')
				m--;
			t[m] = '\0';
		}
	}
	if ((glued = glued_answer(li, &ans)) > 0) {
		const struct mdnode *p = li->text.len > 0 ? li : li->child;

		free(t);
		t = ct_title_of_text(p->text.data, glued);
		/* options glued on, a line each ("a. sudo", "b. su"):
		 * they show the question */
		if (lettered_lines(buf_cstr(&ans), p->breaks) ||
		    cp_lettered_text(ans.data, ans.len)) {
			buf_add(&body, ans.data, ans.len);
			ans.len = 0;
			ans.data[0] = '\0';
			/* (the ticked ones answer it: "B) Mean  X") */
			cp_tick_marked_text(body.data, body.len, &ans);
		}
	}
	for (k = rest; k != NULL; k = k->next) {
		/* a quiz's options show the question; the ticked
		 * ones start its answer */
		const struct mdnode *end;

		/* the code a question asks about ("What does this
		 * print?") shows it, up to what answers it */
		if (k->type == MDN_CODE && ans.len == 0 &&
		    lang_points_below(t, strlen(t))) {
			ct_render_blocks(k, k->next, &body);
			shown = 1;
			continue;
		}
		/* ... and a paragraph right after it that asks ("What will
		 * be the shape of c?"): the question goes on */
		if (shown && k->type == MDN_P && ans.len == 0 &&
		    ends_asking(k)) {
			ct_render_blocks(k, k->next, &body);
			shown = 0, asked = 1;
			continue;
		}
		shown = 0;

		/* options as the lines of a paragraph ("A) t-test" then
		 * "B) z-test" on the next line) */
		if (!opted && ans.len == 0 && k->type == MDN_P &&
		    cp_lettered(k)) {
			ct_render_blocks(k, k->next, &body);
			cp_tick_marked(k, k->next, &ans);
			opted = 1;
			continue;
		}
		/* ... or as paragraphs of their own, one a letter ("A.
		 * FaaS", "B. PaaS"): the question's */
		if (!opted && ans.len == 0 &&
		    (end = lettered_paragraphs(k)) != k) {
			ct_render_blocks(k, end, &body);
			cp_tick_marked(k, end, &ans);
			opted = 1;
			while (k->next != end)
				k = k->next;
			continue;
		}
		if (!opted && cp_options(k, ct_question_like(t), &end)) {
			ct_render_blocks(k, end, &body);
			cp_ticked(k, end, &ans);
			opted = 1;
			/* on after the last of them */
			while (k->next != end)
				k = k->next;
			continue;
		}
		if ((k->type == MDN_UL || k->type == MDN_OL) && !asked &&
		    (appended ||
		        (t[0] != '\0' && t[strlen(t) - 1] == ':' &&
		            !follow_ups(li, k)))) {
			/* "Explain these headers:" and its list (a list
			 * of questions under "If you lead a team:"
			 * follows up on it) */
			t = append_items(t, k);
			appended = shown = 1;
			continue;
		}
		if ((k->type == MDN_UL || k->type == MDN_OL) &&
		    follow_ups(li, k))
			continue;
		/* what an item holds when a key below answers it shows the
		 * question (a figure, code to read); a task's list says more
		 * of the task ("Try these:", "* Hint: ...") */
		ct_render_blocks(k, k->next,
		    key != NULL ||
		            ((k->type == MDN_UL || k->type == MDN_OL) &&
		                ci_tasks(ps, category)) ?
		        &body :
		        &ans);
	}
	unsigned line = li->line;

	if (key != NULL && ans.len == 0)
		keyed_answer(key, list, at, &ans);

	/* "- Q: What is X?" then "- A: It is Y.": the next item,
	 * labelled as an answer, is this one's answer */
	if (li->next != NULL && !(skip_last && li->next->next == NULL) &&
	    answer_item(li->next)) {
		const struct mdnode *arest;
		char *a = ci_item_text(li->next, &arest);

		if (ans.len > 0)
			buf_adds(&ans, "\n\n");
		buf_adds(&ans, a);
		for (; arest != NULL; arest = arest->next)
			ct_render_blocks(arest, arest->next, &ans);
		free(a);
		li = li->next;
		at++;
	}
	if (t[0] != '\0') {
		/* "Q3: What is X?", "1.What is X?": a label or a
		 * number glued on is the item's numbering */
		const char *num = ct_numbering(t, 1);

		ps->rule = "an item of a list of questions";
		cp_add_record(ps, category, line, *num != '\0' ? num : t,
		    md_trim((char *)buf_cstr(&body)),
		    ci_drop_label(md_trim((char *)buf_cstr(&ans))));
		n++;
	}
	for (k = rest; k != NULL; k = k->next)
		if ((k->type == MDN_UL || k->type == MDN_OL) && !appended &&
		    !cp_options(k, 1, NULL) && follow_ups(li, k))
			n += ci_scan_list(ps, category, k, 0);
	free(t);
	buf_free(&ans);
	buf_free(&body);
	*lip = li;
	*atp = at;
	return n;
}

/* Reads the items of a list of questions, each as question_item does. */
static size_t
question_items(struct parse *ps, const char *category,
    const struct mdnode *list, int skip_last)
{
	const struct mdnode *li;
	/* an answer key below answers the first numbered list */
	const struct mdnode *key = list->type == MDN_OL ? ps->key : NULL;
	size_t n = 0, at = 0;

	if (key != NULL)
		ps->key = NULL;
	for (li = list->child; li != NULL; li = li->next, at++) {
		if (skip_last && li->next == NULL)
			break;
		n += question_item(
		    ps, category, list, &li, &at, key, skip_last);
	}
	return n;
}

/* An item that holds a <details> block: "1. What is X?" with
 * "<details><summary>Answer</summary> ... </details>" indented under it,
 * or "- <details><summary>What is X?</summary> ...". The question is the
 * summary, or the item's text when the summary only says "Answer"; the
 * answer is what the block hides, after the blocks above it in the item
 * (code the question shows). Returns 1 for such an item. */
static int
details_item(struct parse *ps, const char *category, const struct mdnode *li)
{
	const struct mdnode *d, *rest;
	struct buf ans = { 0 }, body = { 0 }, all = { 0 };
	unsigned line;
	char *q, *t;

	for (d = li->child; d != NULL; d = d->next)
		if (ct_html_block(d, "<details"))
			break;
	if (d == NULL)
		return 0;
	ci_details(d, NULL, &q, &line, &body, &ans);
	t = ci_item_text(li, &rest);
	if (q == NULL || q[0] == '\0' || ci_hides_answer(ps, q)) {
		free(q);
		q = t;
		line = li->line;
	} else
		free(t);
	/* the item's blocks above the block show the question (code) */
	if (ps->emit) {
		ct_render_blocks(rest, d, &all);
		if (all.len > 0 && body.len > 0)
			buf_adds(&all, "\n\n");
		buf_add(&all, body.data, body.len);
	}
	cp_add_record(ps, category, line, q, md_trim((char *)buf_cstr(&all)),
	    md_trim((char *)buf_cstr(&ans)));
	free(q);
	buf_free(&ans);
	buf_free(&body);
	buf_free(&all);
	return 1;
}

/* The shapes of a list item that is a question of its own, tried in
 * order. Each reads the item (adding its record) and returns 1, or
 * returns 0 and reads nothing. */
static const struct item_rule {
	const char *name; /* what --explain says of its records */
	int (*read)(
	    struct parse *ps, const char *category, const struct mdnode *li);
} item_rules[] = {
	{ "a list item that starts with a bold question", bold_item },
	{ "a list item that starts with a heading", heading_item },
	{ "a list item that holds a <details> block", details_item },
};

/* The row of item_rules, from row from on, that read li, or NULL. */
static const struct item_rule *
read_item(struct parse *ps, const char *category, const struct mdnode *li,
    size_t from)
{
	const char *rule = ps->rule;
	size_t k;

	for (k = from; k < sizeof item_rules / sizeof item_rules[0]; k++) {
		ps->rule = item_rules[k].name;
		if (item_rules[k].read(ps, category, li))
			return &item_rules[k];
	}
	ps->rule = rule;
	return NULL;
}

/* Whether an item's blocks under its text, rest, are one list and
 * nothing else. */
static int
only_list(const struct mdnode *rest)
{
	return rest != NULL && rest->next == NULL &&
	    (rest->type == MDN_UL || rest->type == MDN_OL);
}

size_t
ci_bold_leads(struct parse *ps, const char *category, const struct mdnode *list,
    size_t *asks)
{
	size_t n = 0;

	for (const struct mdnode *li = list->child; li != NULL; li = li->next) {
		const struct mdnode *rest;
		struct parse dry = *ps;

		if (!bold_lead(li) || !lead_alone(li))
			continue;
		free(ci_item_text(li, &rest));
		if (rest == NULL)
			continue;
		n++;
		dry.emit = 0;
		dry.bold_run = 0;
		*asks += read_item(&dry, category, li, 0) == &item_rules[0];
		ci_dry_done(ps, &dry);
	}
	return n;
}

/* Whether most items of list (two at least) are a topic's name, a few
 * words that do not ask, over a list of questions and nothing else. */
static int
categories(const struct mdnode *list)
{
	const struct mdnode *li, *rest;
	size_t n = 0, named = 0;

	for (li = list->child; li != NULL; li = li->next, n++) {
		char *t = ci_item_text(li, &rest);

		named += only_list(rest) && ct_words(t) <= 4 &&
		    !ct_question_like(t) && question_list(rest, 0, 0);
		free(t);
	}
	return named >= 2 && 2 * named > n;
}

/* Whether item li asks on its own, as an item of a list of questions
 * read strictly does: its text asks plainly, and it is no link alone, no
 * task, no note and no line that only introduces what follows. (A
 * request to the reader, "Please give this repo a star.", reads as an
 * imperative that asks: told apart by its sense only.) */
static int
asks_alone(const struct mdnode *li)
{
	const struct mdnode *rest;
	char *t;
	int yes;

	if (li->task != 0 || bare_link(li))
		return 0;
	t = ci_item_text(li, &rest);
	yes = lang_asks_plainly(t, strlen(t)) && !ct_note(t) &&
	    !introduces(t, rest);
	free(t);
	return yes;
}

/* Reads the records of one list; 0 when it holds none. */
size_t
ci_scan_list(struct parse *ps, const char *category, const struct mdnode *list,
    int flags)
{
	const struct mdnode *li;
	size_t n = 0, bold = 0, other = 0, i = 0, count = 0, lead = 0, from = 0,
	       plain = 0;
	int skip_last = flags & SCAN_SKIP_LAST, mixed = 0;

	for (li = list->child; li != NULL; li = li->next)
		count++, lead += bold_lead(li), plain += asks_alone(li);
	if (lead >= 3) {
		/* a run of bold leads asks when a third of it does at least:
		 * "**Define problem.** What is the gap…" among ten "**Partition
		 * data.** Validation…" is a step of a workflow, like them */
		struct parse dry = *ps;
		size_t asks = 0;

		dry.emit = 0;
		for (li = list->child; li != NULL; li = li->next)
			asks += read_item(&dry, category, li, 0) ==
			    &item_rules[0];
		ci_dry_done(ps, &dry);
		if (3 * asks < lead)
			from = 1;
	}
	if (plain > 0) {
		/* a list some of whose items are in a shape of item_rules
		 * ("* <b>What is X?</b>" and its answer): an item among them
		 * that asks plainly ("* What is Y?") is a question too */
		struct parse dry = *ps;

		dry.emit = 0;
		for (li = list->child; li != NULL && !mixed; li = li->next)
			mixed = read_item(&dry, category, li, from) != NULL;
		ci_dry_done(ps, &dry);
	}
	for (li = list->child; li != NULL; li = li->next, i++) {
		if (skip_last && i + 1 == count)
			break;
		const struct item_rule *r = read_item(ps, category, li, from);

		if (r != NULL)
			n++, bold += r == &item_rules[0];
		else if (mixed && asks_alone(li))
			n += question_item(
			    ps, category, list, &li, &i, NULL, skip_last);
		else
			other++;
	}
	if (n > 0) {
		/* an explicit list: items not in its shape are malformed
		 * (said in the pass that adds the records) */
		const struct mdnode *before = NULL;

		for (li = list->child, i = 0;
		     ps->emit && bold > 0 && other > 0 && li != NULL;
		     before = li, li = li->next, i++) {
			struct parse dry = *ps;

			if (skip_last && i + 1 == count)
				break;
			dry.emit = 0;
			/* (nor an item that answers one that asks alone
			 * before it: "- A: ...", read with it) */
			if (read_item(&dry, category, li, from) == NULL &&
			    !(mixed && asks_alone(li)) &&
			    !(mixed && before != NULL && asks_alone(before) &&
			        answer_item(li)))
				cp_warnf(ps, li->line,
				    "list item does not start with a **bold "
				    "question**; skipped");
			ci_dry_done(ps, &dry);
		}
		return n;
	}
	/* a list of categories: items that only name a topic ("- Java"),
	 * most of them (two at least) over a list of questions, their only
	 * block; those are questions, the item's text their category */
	if (categories(list)) {
		for (li = list->child; li != NULL; li = li->next) {
			const struct mdnode *rest;
			char *t = ci_item_text(li, &rest);

			if (only_list(rest))
				n += ci_scan_list(ps, t, rest, 0);
			free(t);
		}
		return n;
	}
	ps->indexed = 0;
	if (question_list(
	        list, flags & (SCAN_LENIENT | SCAN_AMONG), ps->strict) &&
	    !(ps->indexed = ci_index_list(ps, list))) {
		ps->asked = 1;
		return question_items(ps, category, list, skip_last);
	}
	/* among notes, an item that says questions follow ("* Clarifying
	 * questions") over a list of them */
	for (li = list->child; li != NULL; li = li->next) {
		const struct mdnode *rest, *k;
		char *t = ci_item_text(li, &rest);

		if (rest != NULL && lang_title(t, strlen(t)) == LANG_QUESTIONS)
			for (k = rest; k != NULL; k = k->next)
				if (k->type == MDN_UL || k->type == MDN_OL)
					n += ci_scan_list(
					    ps, category, k, SCAN_LENIENT);
		free(t);
	}
	return n;
}

int
ci_details_nested(const struct mdnode *d, const struct mdnode *end)
{
	const struct mdnode *k;
	long depth = 0;

	for (k = d; k != NULL && k != end; k = k->next) {
		const char *s = k->text.data != NULL ? k->text.data : "";
		size_t n = k->text.len;

		if (k->type != MDN_HTML) {
			if (k->details_close > 0 &&
			    (depth -= (long)k->details_close) <= 0)
				return 0;
			continue;
		}
		for (size_t i = 0; i + 8 <= n; i++) {
			if (strncasecmp(s + i, "<details", 8) == 0) {
				if (++depth == 2)
					return 1;
			} else if (i + 10 <= n &&
			    strncasecmp(s + i, "</details>", 10) == 0 &&
			    --depth <= 0)
				return 0;
		}
	}
	return 0;
}

/* Whether a summary only says that the answer is inside. */
int
ci_answer_summary(const char *s)
{
	static const char sep[][5] = { " - ", " \xe2\x80\x93 ", ": ",
		"\xef\xbc\x9a" };
	size_t n = strlen(s);

	if (lang_title(s, n) == LANG_ANSWER)
		return 1;
	/* "Solution - kubectl edit", "Answer: see the docs": the word
	 * that says so, then what the answer is about */
	for (size_t i = 0; i < sizeof sep / sizeof sep[0]; i++) {
		const char *at = strstr(s, sep[i]);

		if (at != NULL && at > s && at - s < 32 &&
		    lang_title(s, (size_t)(at - s)) == LANG_ANSWER)
			return 1;
	}
	return 0;
}

static int
cmp_summary(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The summaries of the toggles among the blocks from b on and in them,
 * into ps; cap is the room there. */
static void
add_summaries(struct parse *ps, const struct mdnode *b, size_t *cap)
{
	for (; b != NULL; b = b->next) {
		struct buf ans = { 0 }, pre = { 0 };
		unsigned line;
		char *q;

		add_summaries(ps, b->child, cap);
		if (!ct_html_block(b, "<details"))
			continue;
		ci_details(b, NULL, &q, &line, &pre, &ans);
		buf_free(&ans);
		buf_free(&pre);
		if (q == NULL)
			continue;
		if (ps->nsummaries == *cap) {
			*cap = *cap ? 2 * *cap : 16;
			ps->summaries = xreallocarray(
			    ps->summaries, *cap, sizeof *ps->summaries);
		}
		ps->summaries[ps->nsummaries++] = q;
	}
}

void
ci_dry_done(struct parse *ps, const struct parse *dry)
{
	if (!ps->summaries_read && dry->summaries_read) {
		ps->summaries = dry->summaries;
		ps->nsummaries = dry->nsummaries;
		ps->summaries_read = 1;
	}
}

/* The summaries of the file's toggles, sorted, into ps (once). */
static void
read_summaries(struct parse *ps)
{
	size_t cap = 0;

	ps->summaries_read = 1;
	add_summaries(ps, ps->nsecs > 0 ? ps->secs[0].first : NULL, &cap);
	if (ps->nsummaries > 1)
		qsort(ps->summaries, ps->nsummaries, sizeof *ps->summaries,
		    cmp_summary);
}

int
ci_hides_answer(struct parse *ps, const char *s)
{
	char *const *at;
	size_t i;

	if (ci_answer_summary(s))
		return 1;
	if (ct_question_like(s))
		return 0;
	if (!ps->summaries_read)
		read_summaries(ps);
	at = bsearch(&s, ps->summaries, ps->nsummaries, sizeof *ps->summaries,
	    cmp_summary);
	if (at == NULL)
		return 0;
	i = (size_t)(at - ps->summaries);
	return (i > 0 && strcmp(ps->summaries[i - 1], s) == 0) ||
	    (i + 1 < ps->nsummaries && strcmp(ps->summaries[i + 1], s) == 0);
}

/* Shape 3, starting at the HTML block d that opens <details>: reads the
 * summary and the answer, through the block that closes it. Returns the
 * block after the details, and the question in *q (the caller frees it),
 * the answer in ans; *q is NULL when the summary says "Answer". */
/* "<summary>Q</summary><br><b>" then the answer and "</b></details>":
 * the <b> around it all shows as "**" at each end with white space
 * inside, which is no markup in markdown; those two are dropped. */
static void
drop_stray_bold(struct buf *ans)
{
	char *s = (char *)buf_cstr(ans), *t;
	size_t n;

	t = md_trim(s);
	n = strlen(t);
	if (n >= 3 && strncmp(t, "**", 2) == 0 && strchr(" \t\n", t[2])) {
		t += 2;
		n -= 2;
	}
	if (n >= 3 && strcmp(t + n - 2, "**") == 0 &&
	    strchr(" \t\n", t[n - 3])) {
		t[n - 2] = '\0';
		n -= 2;
	}
	memmove(s, t, n + 1);
	ans->len = strlen(s);
}

static const struct mdnode *
details_block(const struct mdnode *d, const struct mdnode *end, char **q,
    unsigned *line, struct buf *body, struct buf *ans);
/* The summary in HTML s[0..n), as a title (the caller frees it), or NULL
 * when s holds none; *tag is where its tag starts, *from where its text
 * does, *len the text's length (to the end of s when it is not closed
 * there: *closed 0). */
static char *
summary_of(const char *s, size_t n, size_t *tag, size_t *from, size_t *len,
    int *closed)
{
	long sum = ct_find_ci(s, n, "<summary"), gt, close;
	struct buf t = { 0 };
	char *q;

	if (sum < 0 || (gt = ct_find_ci(s + sum, n - (size_t)sum, ">")) < 0)
		return NULL;
	*tag = (size_t)sum;
	*from = (size_t)(sum + gt + 1);
	close = ct_find_ci(s + *from, n - *from, "</summary>");
	*closed = close >= 0;
	*len = close >= 0 ? (size_t)close : n - *from;
	md_html_text(s + *from, *len, 1, &t);
	q = ct_title_of(&(struct mdnode){ .text = t });
	buf_free(&t);
	return q;
}

/* Whether HTML block k opens a toggle whose summary says the answer is
 * inside, and holds nothing more. */
static int
answer_toggle(const struct mdnode *k)
{
	const char *s = k->text.data != NULL ? k->text.data : "";
	size_t tag, from, len;
	int closed, yes;
	char *q;

	if (ct_find_ci(s, k->text.len, "</details>") >= 0 ||
	    (q = summary_of(s, k->text.len, &tag, &from, &len, &closed)) ==
	        NULL)
		return 0;
	yes = closed && ci_answer_summary(q);
	for (size_t i = from + len + 10; yes && i < k->text.len; i++)
		yes = md_space(s[i]);
	free(q);
	return yes;
}

/* Whether d opens a toggle and holds nothing more ("<details>" on its
 * line) and the block after it, apart, is its summary. */
static int
summary_apart(const struct mdnode *d, const struct mdnode *end)
{
	const struct mdnode *k = d->next;
	const char *s = d->text.data != NULL ? d->text.data : "";
	long at = ct_find_ci(s, d->text.len, "<details");
	const char *gt;

	if (at < 0 || ct_find_ci(s, d->text.len, "<summary") >= 0 ||
	    (gt = memchr(s + at, '>', d->text.len - (size_t)at)) == NULL ||
	    k == NULL || k == end || k->type != MDN_HTML ||
	    k->text.data == NULL)
		return 0;
	for (gt++; gt < s + d->text.len; gt++)
		if (!md_space(*gt))
			return 0;
	for (s = k->text.data; md_space(*s); s++)
		;
	return strncasecmp(s, "<summary", 8) == 0;
}

const struct mdnode *
ci_details(const struct mdnode *d, const struct mdnode *end, char **q,
    unsigned *line, struct buf *body, struct buf *ans)
{
	const struct mdnode *next;

	/* "<details>", a blank line, "<summary>...": one toggle, read as
	 * if its two lines were one block */
	if (summary_apart(d, end)) {
		struct mdnode both = *d;

		memset(&both.text, 0, sizeof both.text);
		buf_add(&both.text, d->text.data, d->text.len);
		buf_addc(&both.text, '\n');
		buf_add(&both.text, d->next->text.data, d->next->text.len);
		both.next = d->next->next;
		next = details_block(&both, end, q, line, body, ans);
		buf_free(&both.text);
	} else
		next = details_block(d, end, q, line, body, ans);
	drop_stray_bold(ans);
	return next;
}

static const struct mdnode *
details_block(const struct mdnode *d, const struct mdnode *end, char **q,
    unsigned *line, struct buf *body, struct buf *ans)
{
	const char *s = d->text.data != NULL ? d->text.data : "";
	size_t n = d->text.len, tag, from, len;
	long at = ct_find_ci(s, n, "<details"), close;
	const struct mdnode *k;
	int depth = 1, open = 0; /* open: the summary goes on after d */
	int inner = 0; /* 1 in a toggle in it that hides the answer, 2 past */
	int closed;

	*line = d->line;
	*q = summary_of(s + at, n - (size_t)at, &tag, &from, &len, &closed);
	if (*q != NULL) {
		open = !closed;
		/* the summary's own line, for the record */
		for (size_t i = 0; i < (size_t)at + tag; i++)
			*line += s[i] == '\n';
		from += (size_t)at + len + (closed ? 10 : 0);
		s += from;
		n -= from;
	} else {
		s += at + 9;
		n -= (size_t)at + 9 < n ? (size_t)at + 9 : n;
	}
	/* the rest of this block, up to a </details> in it */
	close = ct_find_ci(s, n, "</details>");
	md_html_text(s, close >= 0 ? (size_t)close : n, 0, ans);
	if (close >= 0)
		return d->next;
	for (k = d->next; k != NULL && k != end; k = k->next) {
		/* a summary not closed in its block holds the blocks up to
		 * its "</summary>" (code the question shows): the body */
		if (open) {
			long c = k->type == MDN_HTML ?
			    ct_find_ci(k->text.data != NULL ? k->text.data : "",
			        k->text.len, "</summary>") :
			    -1;

			if (c < 0) {
				if (body->len > 0)
					buf_adds(body, "\n\n");
				ct_render_blocks(k, k->next, body);
				continue;
			}
			open = 0;
			md_html_text(k->text.data + c + 10,
			    k->text.len - (size_t)c - 10, 0, ans);
			continue;
		}
		if (ct_html_block(k, "<details")) {
			/* a toggle in it that hides the answer: what came
			 * before shows the question, what it hides answers */
			if (++depth == 2 && !inner && body->len == 0 &&
			    ans->len > 0 && answer_toggle(k)) {
				buf_free(body);
				*body = *ans;
				memset(ans, 0, sizeof *ans);
				inner = 1;
				continue;
			}
		}
		/* ... and its end */
		if (inner == 1 && depth == 2 && k->type == MDN_HTML &&
		    !ct_html_block(k, "<details") &&
		    ct_html_block(k, "</details>")) {
			depth--;
			inner = 2;
			continue;
		}
		if (k->type != MDN_HTML && k->details_close > 0 &&
		    (depth -= (int)k->details_close) <= 0) {
			/* the answer ends inside this block */
			struct buf tail = { 0 };

			if (k->type == MDN_P && k->details_at > 0)
				buf_add(&tail, k->text.data,
				    k->details_at - 1 < k->text.len ?
				        k->details_at - 1 :
				        k->text.len);
			else
				ct_render_blocks(k, k->next, &tail);
			buf_adds(ans, "\n\n");
			buf_adds(ans, md_trim((char *)buf_cstr(&tail)));
			buf_free(&tail);
			return k->next;
		}
		if (ct_html_block(k, "</details>") && --depth == 0) {
			long c = ct_find_ci(
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
		ct_render_blocks(k, k->next, ans);
	}
	return k;
}

int
ci_answered_inside(const struct mdnode *d, const struct mdnode *end)
{
	struct buf ans = { 0 }, body = { 0 };
	unsigned line;
	char *q;
	int yes;

	details_block(d, end, &q, &line, &body, &ans);
	yes = q != NULL && ct_question_like(q) && body.len > 0 && ans.len > 0;
	free(q);
	buf_free(&ans);
	buf_free(&body);
	return yes;
}

/* s past the symbols and spaces at its start ("📌 **What is X?**"). */
static const char *
skip_symbols(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	for (;;) {
		if (*u == ' ')
			u++;
		/* U+2190..U+2BFF (arrows, dingbats), U+FE0F, U+1F000.. */
		else if (u[0] == 0xe2 && u[1] >= 0x86 && u[1] <= 0xaf &&
		    u[2] != 0)
			u += 3;
		else if (u[0] == 0xef && u[1] == 0xb8 && u[2] == 0x8f)
			u += 3;
		else if (u[0] == 0xf0 && u[1] == 0x9f && u[2] != 0 && u[3] != 0)
			u += 4;
		else
			return (const char *)u;
	}
}

/* Whether t is only an exercise's label and number ("Exercise 1",
 * "Exercise 2.1.", "Задача 5:"), with no name after it. */
static int
exercise_number(const char *t)
{
	const char *c = strchr(t, ':');

	return lang_exercise_label(t) && (c == NULL || c[1] == '\0');
}

/* Whether s[0..n) is only a numbering: "3)", "12.", "Q1:", "Question 4",
 * or an exercise's label and number ("Exercise 2.1."). */
static int
enumerator(const char *s, size_t n)
{
	size_t i = 0;

	if (i < n && (s[i] == 'Q' || s[i] == 'q'))
		for (i++; i < n && s[i] == ' '; i++)
			;
	/* a number sign: "#3", "№3" */
	else if (i < n && s[i] == '#')
		i++;
	else if (n >= 3 && memcmp(s, "\xe2\x84\x96", 3) == 0)
		for (i = 3; i < n && s[i] == ' '; i++)
			;
	if (i >= n || s[i] < '0' || s[i] > '9') {
		/* "Exercise 2.1.", "Problem 3:", "Задача 5." */
		char label[64];

		if (n >= sizeof label)
			return 0;
		memcpy(label, s, n);
		label[n] = '\0';
		return exercise_number(label);
	}
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i < n && strchr(".):", s[i]) != NULL)
		i++;
	return i == n;
}

/* The text of s after an answer label that starts it ("**A:** 3",
 * "**回答: 3**", its closing emphasis taken out of s), else s. */
static char *
after_answer_label(char *s)
{
	size_t k, open, shut = 0, i;
	char *c;

	s += strspn(s, " \n");
	if ((k = lang_answer_label(s)) == 0)
		return s;
	open = strspn(s, "*_");
	for (i = open; i < k; i++)
		shut += s[i] == '*' || s[i] == '_';
	/* emphasis opened before the label closes after its text */
	if (open > shut)
		for (c = s + k; *c != '\0'; c++)
			if (strspn(c, "*_") == open - shut) {
				memmove(c, c + open - shut,
				    strlen(c + open - shut) + 1);
				break;
			}
	return s + k;
}

/* A question that stands in a paragraph of its own: after a label
 * ("Question: ...", "Q1. ..."), or all in bold ("**2. What is X?**"),
 * perhaps with its answer after a line break or an "A:" in the same
 * paragraph; or a bold question, ending in a question mark, that starts a
 * paragraph and its answer ("**What is X?**" then the answer on the next
 * line or the same one). Returns 1 and fills q and a (the paragraph's rest; the
 * caller frees both) for such a paragraph. */
static int
question_p(const struct mdnode *p, int faq, char **q, char **a)
{
	struct buf raw = { 0 };
	const char *t, *end, *rest = "";
	char *title, *s = NULL, *line;
	size_t lab, n, w = 2;
	int yes = 0;

	if (p->type != MDN_P)
		return 0;
	buf_add(&raw, p->text.data, p->text.len);
	/* "Q1: What is X?" and on the next line (a soft break or a hard
	 * one) what answers it: the question is that line */
	line = (n = asked_line(p)) > 0 ? (char *)buf_cstr(&raw) + n : NULL;
	t = skip_symbols(md_trim((char *)buf_cstr(&raw)));
	if (line != NULL && line <= t)
		line = NULL;
	title = line != NULL ? ct_title_of_text(t, (size_t)(line - t)) :
	                       ct_title_of(p);
	w = strncmp(t, "***", 3) == 0 ? 3 : 2;
	lab = lang_label(title);
	if (strncmp(t, "**", 2) == 0 && (end = strstr(t + 2, "**")) != NULL &&
	    enumerator(t + 2, (size_t)(end - t - 2)) && end[2] == ' ' &&
	    end[3] != '\0' && end[3] != '\n') {
		/* "**3)** Write a query that ...": a numbered question, to
		 * the end of its line; its answer after that */
		char *nl = line != NULL && line > end ?
		    line :
		    strchr((char *)end + 3, '\n');

		s = nl != NULL ? xstrndup(end + 3, (size_t)(nl - end - 3)) :
		                 xstrdup(end + 3);
		rest = nl != NULL ? after_answer_label(nl + 1) : "";
		yes = 1;
	} else if (lab > 0 && title[lab] != '\0') {
		/* "*Question: What is X?*": emphasis opened before the label
		 * and not closed in it closes at the end */
		size_t open = strspn(title, "*_"), marks = 0, k;

		for (k = open; k < lab; k++)
			marks += title[k] == '*' || title[k] == '_';
		s = xstrdup(md_trim(title + lab));
		if (line != NULL)
			rest = after_answer_label(line);
		n = strlen(s);
		for (k = 0; marks < open && k < open - marks && k < n &&
		     s[n - 1 - k] == title[0];)
			k++;
		if (marks < open && k == open - marks) {
			s[n - k] = '\0';
			memmove(s, md_trim(s), strlen(md_trim(s)) + 1);
		}
		yes = 1;
	} else if (strncmp(t, "**", 2) == 0 &&
	    (end = strstr(t + w, w == 3 ? "***" : "**")) != NULL &&
	    end > t + w) {
		/* the bold part ends the line, or (after a soft break, which
		 * reads as a space) is a whole question followed by text;
		 * "***What is X?***" is bold and italic */
		int alone = end[w] == '\0' || end[w] == '\n' ||
		    (end[w] == ' ' && end[w + 1] == '\n');

		if (alone || end[w] == ' ') {
			s = xstrndup(t + w, (size_t)(end - t - w));
			rest = end + w;
			lab = lang_label(s);
			memmove(s, s + lab, strlen(s + lab) + 1);
			/* "**Why it happens:**" heads a part of an answer,
			 * as an item that ends in a colon introduces */
			int colon = ct_ends_in_colon(
			    md_trim(s), strlen(md_trim(s)));

			/* under a heading that says questions follow, a
			 * bold line of a sentence or more is one, asking or
			 * not ("**I get an error X.**") */
			/* "**问题描述**", "**Problem statement**": a label
			 * over the question, which is the heading's */
			if (alone &&
			    lang_states_question(
			        md_trim(s), strlen(md_trim(s))))
				lab = 0, colon = 1;
			/* (bold and italic stresses a point in prose, "***What
			 * we are after is ...***": a question only when it
			 * asks outright) */
			if (w == 3 && !ct_ends_in_question_mark(md_trim(s)))
				lab = 0, colon = 1;
			yes = lab > 0 ||
			    (!colon &&
			        (alone ? ct_question_like(md_trim(s)) ||
			                    (faq && ct_words(md_trim(s)) >= 4) :
			                 asked_sentence(md_trim(s))));
		}
	}
	if (yes) {
		/* "Q: What is X? A: It is y." in one paragraph; "**Q:**
		 * What is X?" and "**A:** It is y." (or "**回答: 3**") on the
		 * next line, a soft break (a space) between them */
		char *ans = NULL, *m;
		size_t k = 0;

		for (m = strchr(s, ' '); m != NULL && ans == NULL;
		     m = strchr(m + 1, ' '))
			if ((k = lang_answer_label(m + 1)) > 0)
				ans = m;
		if (ans != NULL && *md_trim((char *)rest) == '\0') {
			char *r = ans + 1 + k, *eol = r + strcspn(r, "\n");
			size_t open = strspn(ans + 1, "*_"), shut = 0;

			/* "**回答: 3**": the emphasis opened before the label
			 * closes at the end of its line */
			for (const char *c = ans + 1 + k; c > ans + 1 &&
			     (c[-1] == ' ' || c[-1] == '*' || c[-1] == '_');
			     c--)
				shut += c[-1] != ' ';
			if (open > shut && (size_t)(eol - r) >= open - shut &&
			    strspn(eol - (open - shut), "*_") >= open - shut)
				memmove(
				    eol - (open - shut), eol, strlen(eol) + 1);
			*ans = '\0';
			rest = r;
		}
		/* "1. What is X?", "(1) What is X?", "1、什么是 X？": the
		 * number is the list's, not the text's */
		m = md_trim(s);
		n = strspn(m, "0123456789");
		if (n > 0 && (m[n] == '.' || m[n] == ')') && m[n + 1] == ' ')
			m += n + 2;
		else if (n > 0 &&
		    (strncmp(m + n, "、", 3) == 0 ||
		        strncmp(m + n, "．", 3) == 0))
			m += n + 3;
		else
			m += ct_paren_number(m);
		/* as the page shows it: links as their text */
		*q = ct_title_of_text(m, strlen(m));
		*a = xstrdup(md_trim((char *)rest));
	}
	free(s);
	free(title);
	buf_free(&raw);
	return yes;
}

/* Whether line s[0..n) of a paragraph starts bold, perhaps after symbols
 * (emoji), and the bold part asks: "**“What’s your weakness?”** 🤔".
 * Sets *q to its question (the caller frees it) and *rest to what follows
 * the bold part on the line (its answer, or symbols). */
static int
bold_line(const char *s, size_t n, char **q, const char **rest)
{
	const char *e = s + n, *t, *end;

	while (e > s && md_space(e[-1]))
		e--;
	t = skip_symbols(s);
	if (t >= e || e - t < 5 || memcmp(t, "**", 2) != 0)
		return 0;
	for (end = t + 2; end + 2 <= e && memcmp(end, "**", 2) != 0; end++)
		;
	if (end + 2 > e || end == t + 2)
		return 0;
	*q = ct_title_of_text(t + 2, (size_t)(end - t - 2));
	if (!ct_question_like(*q)) {
		free(*q);
		*q = NULL;
		return 0;
	}
	*rest = skip_symbols(end + 2);
	if (*rest > e)
		*rest = e;
	return 1;
}

/* The lines of paragraph p (its line breaks, "<br/>"), as [start, len)
 * pairs into lines, at most max; returns how many. */
static size_t
p_lines(const struct mdnode *p, size_t (*lines)[2], size_t max)
{
	const char *s = p->text.data, *e = s + p->text.len, *nl;
	size_t n = 0;

	while (s != NULL && s < e && n < max) {
		nl = memchr(s, '\n', (size_t)(e - s));
		if (nl == NULL)
			nl = e;
		lines[n][0] = (size_t)(s - p->text.data);
		lines[n][1] = (size_t)(nl - s);
		n++;
		s = nl + 1;
	}
	return n;
}

enum { BOLD_LINES_MAX = 256 };

/* Whether the lines of paragraph p, two pairs at least, alternate: a
 * line that ends in a question mark, then one that does not ask, its
 * answer ("What is a 401?", "Unauthenticated.", line breaks between). */
static int
asked_pairs(const struct mdnode *p, size_t (*lines)[2], size_t n)
{
	if (n < 4 || n % 2 != 0)
		return 0;
	for (size_t i = 0; i < n; i++) {
		const char *l = p->text.data + lines[i][0];

		if (lang_question_mark(l, lines[i][1]) != (i % 2 == 0) ||
		    (i % 2 == 1 && lang_asks(l, lines[i][1])))
			return 0;
	}
	return 1;
}

/* Whether line s[0..n) of a paragraph is a question: a bold one
 * (bold_line), or, in a paragraph of asked pairs, one that ends in a
 * question mark, all of it. */
static int
question_line(const char *s, size_t n, int pairs, char **q, const char **rest)
{
	if (bold_line(s, n, q, rest))
		return 1;
	if (!pairs || !lang_question_mark(s, n))
		return 0;
	*q = ct_title_of_text(s, n);
	*rest = s + n;
	return 1;
}

int
ci_bold_lines(const struct mdnode *p)
{
	size_t lines[BOLD_LINES_MAX][2], n, i, asks = 0;
	char *q;

	if (p->type != MDN_P || p->text.len == 0 ||
	    memchr(p->text.data, '\n', p->text.len) == NULL)
		return 0;
	n = p_lines(p, lines, BOLD_LINES_MAX);
	if (asked_pairs(p, lines, n))
		return 1;
	/* the first line is a question, and so are two at least */
	for (i = 0; i < n; i++) {
		const char *rest;

		if (bold_line(
		        p->text.data + lines[i][0], lines[i][1], &q, &rest)) {
			free(q);
			asks++;
		} else if (i == 0)
			return 0;
	}
	return asks >= 2;
}

int
ci_dash_title(const struct mdnode *p, char **title, char **rest)
{
	static const char *const dashes[] = { "- ", "\xe2\x80\x93 ",
		"\xe2\x80\x94 " };
	const char *t, *e, *c, *d;
	char mark[3];

	if (p->type != MDN_P || p->text.len < 6)
		return 0;
	t = p->text.data, e = t + p->text.len;
	if (!((t[0] == '*' && t[1] == '*') || (t[0] == '_' && t[1] == '_')))
		return 0;
	memcpy(mark, t, 2), mark[2] = '\0';
	/* the bold part closes on its first line, a title's length */
	for (c = t + 2; c + 1 < e && *c != '\n' && memcmp(c, mark, 2) != 0; c++)
		;
	if (c + 1 >= e || *c == '\n' || c == t + 2 || c - t > 160 ||
	    c[-1] == ':' || c[-1] == ' ')
		return 0;
	for (d = c + 2; d < e && *d == ' '; d++)
		;
	for (size_t i = 0; i < sizeof dashes / sizeof dashes[0]; i++) {
		size_t k = strlen(dashes[i]);

		if ((size_t)(e - d) > k && memcmp(d, dashes[i], k) == 0) {
			for (d += k; d < e && md_space(*d); d++)
				;
			if (title != NULL)
				*title = ct_title_of_text(
				    t, (size_t)(c + 2 - t));
			/* (no space leads it: md_trim keeps the pointer) */
			if (rest != NULL)
				*rest = md_trim(xstrndup(d, (size_t)(e - d)));
			return 1;
		}
	}
	return 0;
}

void
ci_read_bold_lines(
    struct parse *ps, const char *category, const struct mdnode *p)
{
	size_t lines[BOLD_LINES_MAX][2], n, i, k, per;
	char *q;
	int pairs;

	n = p_lines(p, lines, BOLD_LINES_MAX);
	pairs = asked_pairs(p, lines, n);
	/* the source lines a text line spans: as many for each (a line
	 * break, "<br/>", at each end or on a line of its own) */
	per = (p->breaks + 1 + n / 2) / n;
	if (per == 0)
		per = 1;
	for (i = 0; i < n; i = k) {
		struct buf ans = { 0 };
		const char *line = p->text.data + lines[i][0], *rest;

		if (!question_line(line, lines[i][1], pairs, &q, &rest)) {
			k = i + 1;
			continue;
		}
		/* the rest of its line and the lines up to the next question
		 * answer it */
		buf_add(&ans, rest, (size_t)(line + lines[i][1] - rest));
		for (k = i + 1; k < n; k++) {
			char *next;

			if (question_line(p->text.data + lines[k][0],
			        lines[k][1], pairs, &next, &rest)) {
				free(next);
				break;
			}
			if (ans.len > 0)
				buf_adds(&ans, "\n");
			buf_add(&ans, p->text.data + lines[k][0], lines[k][1]);
		}
		cp_add_record(ps, category, p->line + (unsigned)(i * per), q,
		    NULL, md_trim((char *)buf_cstr(&ans)));
		free(q);
		buf_free(&ans);
	}
}

/* Appends block k to ans as an answer shows it, a toggle that only says
 * "Answer" by what it hides; returns the block after what it read. */
static const struct mdnode *
answer_block(const struct mdnode *k, const struct mdnode *end, struct buf *ans)
{
	const struct mdnode *next = k->next;
	struct buf body = { 0 }, hid = { 0 };
	unsigned line;
	char *q;

	if (ct_html_block(k, "<details") && ci_answers_above(k, end)) {
		next = ci_details(k, end, &q, &line, &body, &hid);
		free(q);
	} else
		ct_render_blocks(k, k->next, &hid);
	if (ans->len > 0 && hid.len > 0)
		buf_adds(ans, "\n\n");
	buf_add(ans, hid.data, hid.len);
	buf_free(&body);
	buf_free(&hid);
	return next;
}

/* The paragraph of block b that may ask on its own: b, or the one
 * paragraph of a quote ("> What does rebase do?"); else NULL. */
static const struct mdnode *
own_paragraph(const struct mdnode *b)
{
	if (b->type == MDN_QUOTE && b->child != NULL && b->child == b->last)
		b = b->child;
	return b->type == MDN_P ? b : NULL;
}

/* Whether block b shows a figure a question asks about: code, or an
 * image alone ("![](q1.png)", "<img src=...>"). */
static int
figure(const struct mdnode *b)
{
	const char *t;
	size_t n;

	if (b->type == MDN_CODE)
		return 1;
	if (b->type != MDN_P && b->type != MDN_HTML)
		return 0;
	n = md_text_span(b, &t);
	return t != NULL &&
	    (strncmp(t, "![", 2) == 0 || strncasecmp(t, "<img", 4) == 0) &&
	    memchr(t, '\n', n) == NULL;
}

/* Whether the first sentence of t[0..n) ends in a question mark, and
 * more follows it. */
static int
first_sentence_asks(const char *t, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (t[i] == '.' || t[i] == '!' || t[i] == ':')
			return 0;
		if (t[i] == '?' && t[i + 1] == ' ')
			return lang_question_mark(t, i + 1);
	}
	return 0;
}

static int figure(const struct mdnode *b);

/* Whether options start at block b, or after the figure there that a
 * question asks about (code, an image). */
static int
options_below(const struct mdnode *b)
{
	if (figure(b) && b->next != NULL)
		b = b->next;
	return cp_options(b, 1, NULL);
}

/* Whether paragraph p is two lines at most (as written; a soft break
 * renders as a space), each ending in a question mark: one question
 * asked at once ("What is ARP?" then "Describe ARP poisoning?"); three
 * are a list of questions. */
static int
lines_ask(const struct mdnode *p)
{
	const char *t = p->text.data, *e = t + p->text.len, *nl;
	int lines = 0;

	for (; t < e && lines < 3; lines++) {
		const char *le;

		if ((nl = memchr(t, '\n', (size_t)(e - t))) == NULL)
			nl = e;
		for (le = nl; le > t && md_space(le[-1]);)
			le--;
		if (!lang_question_mark(t, (size_t)(le - t)))
			return 0;
		t = nl < e ? nl + 1 : e;
	}
	return lines <= 2;
}

/* The length of the line with which block b alone asks, else 0: a
 * paragraph of one line, a sentence's length, that ends in a question
 * mark, or whose first line does and the others answer it (asked_line:
 * "What is a mutex?" then ": A lock ..."), or of two lines that both
 * ask (lines_ask), no labelled or bold question paragraph (question_p
 * reads those). */
static size_t
plain_line(const struct mdnode *b, int loose)
{
	const struct mdnode *p = own_paragraph(b);
	size_t k;

	/* ("??? note "Need a video?"": an admonition's title) */
	if (p == NULL || p->text.len <= 3 ||
	    memcmp(p->text.data, "???", 3) == 0 ||
	    memcmp(p->text.data, "!!!", 3) == 0)
		return 0;
	if (p->first_break == 0 &&
	    memchr(p->text.data, '\n', p->text.len) == NULL)
		/* in a run, a line that reads as a question is one of them
		 * ("Donne la définition de RAM."); over options, one that
		 * asks and then says how to answer ("What is true? There is
		 * more than one response.") */
		k = lang_question_mark(p->text.data, p->text.len) ||
		        (loose &&
		            ct_sentence_asks(p->text.data, p->text.len)) ||
		        (p == b && b->next != NULL &&
		            first_sentence_asks(p->text.data, p->text.len) &&
		            options_below(b->next)) ?
		    p->text.len :
		    0;
	else if ((k = asked_line(p)) == 0 && lines_ask(p))
		/* ("What is ARP?" then "Describe ARP poisoning?": asked at
		 * once) */
		k = p->text.len;
	return k > 0 && k <= 300 && !ci_is_question_p(p, 0) ? k : 0;
}

/* Whether paragraph b, all question, is followed by nothing, a heading
 * or another paragraph that is all question. */
static int
unanswered(const struct mdnode *b)
{
	const struct mdnode *n = b->next;

	if (b->type != MDN_P)
		return 0;
	if (n == NULL || n->type == MDN_H)
		return 1;
	return n->type == MDN_P && plain_line(n, 0) == n->text.len;
}

int
ci_plain_question(const struct mdnode *b, int after)
{
	size_t k = plain_line(b, 0);

	/* in a run, a line that reads as a question without a question
	 * mark, answered as the run's first is */
	if (k == 0 && after >= 0 && b->next != NULL &&
	    (int)b->next->type == after)
		k = plain_line(b, 1);
	/* what follows it answers it: the rest of its paragraph, or a block
	 * that is no heading and does not ask as well; or, a paragraph that
	 * is all question, the next asks so too, or none follows in its
	 * part of the page (questions with no answers, "Can you write a
	 * Yara rule?" then "What is ARP?") */
	return k > 0 &&
	    (k < own_paragraph(b)->text.len ||
	        (b->next != NULL && b->next->type != MDN_H &&
	            plain_line(b->next, 0) == 0 &&
	            !ci_is_question_p(b->next, 0)) ||
	        unanswered(b));
}

/* The options of a quiz question at k, if any ("- [ ] var", "- [x]
 * val"): shown with it, in body, the ticked ones its answer, in ans, as
 * under a heading. Returns the block after them, or k. */
static const struct mdnode *
options_read(const struct mdnode *k, const struct mdnode *end, struct buf *body,
    struct buf *ans)
{
	const struct mdnode *o;

	if (k == NULL || k == end)
		return k;
	/* ... or lettered ("A) VPN" then "B) BGP", a line or a paragraph
	 * each), nothing ticked: the page keys them elsewhere */
	if (k->type == MDN_P && k->breaks > 0) {
		struct buf t = { 0 };
		int yes;

		ct_render_blocks(k, k->next, &t);
		yes = lettered_lines(buf_cstr(&t), k->breaks + 1);
		buf_free(&t);
		if (yes) {
			ct_render_blocks(k, k->next, body);
			cp_tick_marked(k, k->next, ans);
			return k->next;
		}
	}
	if ((o = lettered_paragraphs(k)) != k) {
		ct_render_blocks(k, o, body);
		cp_tick_marked(k, o, ans);
		return o;
	}
	if (!cp_options(k, 1, &o))
		return k;
	ct_render_blocks(k, o, body);
	cp_ticked(k, o, ans);
	return o;
}

const struct mdnode *
ci_read_plain_question(struct parse *ps, const char *category,
    const struct mdnode *b, const struct mdnode *end, int after)
{
	struct buf ans = { 0 }, body = { 0 };
	const struct mdnode *k, *p = own_paragraph(b);
	size_t n = plain_line(b, 0) > 0 ? plain_line(b, 0) : plain_line(b, 1);
	char *t = ct_title_of_text(p->text.data, n);
	/* "1、什么是 JVM？": numbering, as in a heading */
	char *q = ct_heading_question(t);

	free(t);

	buf_add(&ans, p->text.data + n, p->text.len - n);
	md_trim((char *)buf_cstr(&ans));
	ans.len = strlen(buf_cstr(&ans));
	k = b->next;
	/* the code or image it asks about, then its options: all show it */
	if (ans.len == 0 && k != NULL && k != end && figure(k) &&
	    k->next != NULL && k->next != end && cp_options(k->next, 1, NULL)) {
		ct_render_blocks(k, k->next, &body);
		buf_adds(&body, "\n\n");
		k = k->next;
	}
	k = ans.len == 0 ? options_read(k, end, &body, &ans) : k;
	for (; k != NULL && k != end;) {
		if (ci_plain_question(k, after) || ci_is_question_p(k, 0))
			break;
		k = answer_block(k, end, &ans);
	}
	cp_add_record(ps, category, b->line, q,
	    body.len > 0 ? md_trim((char *)buf_cstr(&body)) : NULL,
	    md_trim((char *)buf_cstr(&ans)));
	free(q);
	buf_free(&ans);
	buf_free(&body);
	return k;
}

/* Whether paragraph p only labels what follows: a question ("**Question
 * 3**", "Q:") with kind 'q', an answer ("**Answer**") with 'a'. */
static int
label_only(const struct mdnode *p, int kind)
{
	char *t;
	size_t k;
	int yes;

	if (p == NULL || p->type != MDN_P || p->text.len > 64)
		return 0;
	t = ct_title_of(p);
	/* (a label and, after its colon or dash, a question is that
	 * question: "Question 1 - What is a parser?") */
	if (kind == 'q')
		yes = ((k = lang_label(t)) > 0 && t[k] == '\0') ||
		    ((lang_numbered_label(t) || exercise_number(t) ||
		         lang_labels_question(t, strlen(t))) &&
		        !(k > 0 && ct_question_like(t + k)));
	else
		yes = ((k = lang_answer_label(t)) > 0 && t[k] == '\0') ||
		    lang_title(t, strlen(t)) == LANG_ANSWER;
	free(t);
	return yes;
}

int
ci_labelled_question(const struct mdnode *b)
{
	/* ("【问题】" over paragraphs that ask says questions follow) */
	return label_only(b, 'q') && !cb_says_questions(b) && b->next != NULL &&
	    b->next->type == MDN_P && !label_only(b->next, 'q') &&
	    !label_only(b->next, 'a');
}

const struct mdnode *
ci_read_labelled_question(struct parse *ps, const char *category,
    const struct mdnode *b, const struct mdnode *end)
{
	struct buf ans = { 0 };
	const struct mdnode *k = b->next->next;
	char *q = ct_title_of(b->next);

	/* "**Answer**" over the answer says so and no more */
	if (k != NULL && k != end && label_only(k, 'a'))
		k = k->next;
	while (k != NULL && k != end && !ci_labelled_question(k))
		k = answer_block(k, end, &ans);
	cp_add_record(ps, category, b->next->line, q, NULL,
	    md_trim((char *)buf_cstr(&ans)));
	free(q);
	buf_free(&ans);
	return k;
}

/* The question of paragraph p (question_p), and as its answer the rest
 * of the paragraph and the blocks after it up to the next such paragraph
 * (an "Answer:" label dropped). Returns the block after the answer. */
const struct mdnode *
ci_paragraph_question(struct parse *ps, const char *category,
    const struct mdnode *p, const struct mdnode *end, int faq)
{
	struct buf ans = { 0 }, body = { 0 };
	const struct mdnode *k;
	char *q, *a0, *a, *kq, *ka;
	int shows = 1, toggled = 0;

	if (!question_p(p, faq, &q, &a0))
		return p->next;
	buf_adds(&ans, a0);
	k = p->next;
	if (a0[0] == '\0') {
		/* the code it asks about, then its options: its body */
		const struct mdnode *c = k;

		while (c != NULL && c != end && c->type == MDN_CODE)
			c = c->next;
		if (c != k && c != NULL && c != end && cp_options(c, 1, NULL)) {
			ct_render_blocks(k, c, &body);
			buf_adds(&body, "\n\n");
			k = c;
		}
		k = options_read(k, end, &body, &ans);
	}
	for (; k != NULL && k != end;) {
		if (question_p(k, faq, &kq, &ka)) {
			free(kq);
			free(ka);
			break;
		}
		/* "**Question:** What does this print?", its code, then
		 * "**Answer:** 1": what came before the label shows the
		 * question, its body */
		/* (or the first toggle after it, when it hides its answer:
		 * whatever shows above it, a note too, goes with the
		 * question) */
		if (k != p->next && a0[0] == '\0' && body.len == 0 &&
		    ((shows && cp_answer_marker(k)) ||
		        (!toggled && ct_html_block(k, "<details") &&
		            ci_answers_above(k, end)))) {
			buf_add(&body, ans.data, ans.len);
			ans.len = 0;
			buf_adds(&ans, "");
		}
		toggled |= ct_html_block(k, "<details");
		/* (code, options: what shows a question, no prose) */
		shows &= k->type == MDN_CODE || k->type == MDN_UL ||
		    k->type == MDN_OL;
		k = answer_block(k, end, &ans);
	}
	a = ci_drop_label(md_trim((char *)buf_cstr(&ans)));
	cp_add_record(ps, category, p->line, q,
	    body.len > 0 ? md_trim((char *)buf_cstr(&body)) : NULL, a);
	free(q);
	free(a0);
	buf_free(&ans);
	buf_free(&body);
	return k;
}

char *
ci_drop_label(char *a)
{
	char *p = a;
	size_t i, k;

	/* "- **A:** It is y.": a list of one line that only labels it */
	if (strncmp(a, "- ", 2) == 0 && strchr(a, '\n') == NULL)
		p += 2;
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strncasecmp(p, labels[i], k = strlen(labels[i])) == 0)
			return md_trim(p + k);
	if (strncasecmp(p, "A:", 2) == 0 || strncasecmp(p, "**A:**", 6) == 0)
		return md_trim(p + ((p[0] | 32) == 'a' ? 2 : 6));
	return a;
}

int
ci_is_question_p(const struct mdnode *p, int faq)
{
	char *q, *a;

	if (!question_p(p, faq, &q, &a))
		return 0;
	free(q);
	free(a);
	return 1;
}

/* Whether the <details> block d says only "Answer": its question is the
 * item, paragraph or heading just above it. */
int
ci_answers_above(const struct mdnode *d, const struct mdnode *end)
{
	/* (its summary only: what it holds, which runs to the end of the
	 * section when it is never closed, is not read) */
	const struct mdnode *k = summary_apart(d, end) ? d->next : d;
	const char *s = k->text.data != NULL ? k->text.data : "";
	long at = k == d ? ct_find_ci(s, k->text.len, "<details") : 0;
	size_t tag, from, len;
	int closed, yes;
	char *q;

	if (at < 0)
		at = 0;
	q = summary_of(
	    s + at, k->text.len - (size_t)at, &tag, &from, &len, &closed);
	yes = q == NULL || ci_answer_summary(q);
	free(q);
	return yes;
}

/* The body rows of a table, or NULL. */
static const struct mdnode *
table_body(const struct mdnode *t)
{
	const struct mdnode *k;

	for (k = t->child; k != NULL; k = k->next)
		if (k->type == MDN_TBODY)
			return k;
	return NULL;
}

/* Cell k (0-based) of row tr, or NULL. */
static const struct mdnode *
cell(const struct mdnode *tr, size_t k)
{
	const struct mdnode *c = tr->child;

	while (c != NULL && k-- > 0)
		c = c->next;
	return c;
}

/* Whether s is only a number's marks ("3", "12.", "#4"), or nothing. */
static int
numeral(const char *s)
{
	return s[strspn(s, "#0123456789.)")] == '\0';
}

/* Whether cell c is empty or only a number ("3", "12.", "#4"). */
static int
number_cell(const struct mdnode *c)
{
	struct buf t = { 0 };
	const char *s;
	int yes;

	buf_add(&t, c->text.data, c->text.len);
	s = md_trim((char *)buf_cstr(&t));
	yes = numeral(s);
	buf_free(&t);
	return yes;
}

/* Whether cell c links to another site. */
static int
off_site(const struct mdnode *c)
{
	for (size_t i = 0; i + 3 <= c->text.len; i++)
		if (memcmp(c->text.data + i, "://", 3) == 0)
			return 1;
	return 0;
}

/* Whether column k of table t's body can hold its questions: the
 * columns before it hold numbers only (a topic or a level before it says
 * the table is about something else, its questions examples), and its
 * cells are not mostly links within the page (a table of contents). */
static int
question_column(const struct mdnode *t, size_t k, int named)
{
	const struct mdnode *tr, *c;
	size_t rows = 0, links = 0, asks = 0, other = 0, i;

	for (tr = table_body(t)->child; tr != NULL; tr = tr->next) {
		for (i = 0; i < k; i++)
			if ((c = cell(tr, i)) != NULL && !number_cell(c))
				other = 1;
		/* (counted only where the header names the column) */
		if (named && (c = cell(tr, k)) != NULL && c->text.len > 0) {
			char *q = ct_title_of(c);

			asks += ct_question_like(q);
			free(q);
		}
		rows++;
		/* (named 2, only links within the page or the bank count:
		 * a link to another site names a problem stated there) */
		if ((c = cell(tr, k)) != NULL && c->text.len > 0 &&
		    bare_link(c) && (named != 2 || !off_site(c)))
			links++;
	}
	/* a topic or a level before it says the table is about something
	 * else, its questions examples; unless its header names its
	 * questions, and most of them ask ("| Topic | Question | Answer
	 * |"; "| Topic | Questions |" over counts does not), or names
	 * their answers after them ("| # | Level | Problem | Solution |",
	 * named 2) */
	if (other && !(named && 2 * asks > rows) && named != 2)
		return 0;
	return 2 * links <= rows;
}

/* Whether a header cell after th names answers ("Solution"). */
static int
answers_after(const struct mdnode *th)
{
	int yes = 0;

	for (const struct mdnode *c = th->next; c != NULL && !yes;
	     c = c->next) {
		char *s = ct_title_of(c);

		yes = lang_title(s, strlen(s)) == LANG_ANSWER;
		free(s);
	}
	return yes;
}

/* The column of table t that holds its questions, plus one, else 0: the
 * first whose header says so ("Question", "问题"); else, with no header
 * that says so, the first whose cells mostly ask (two at least, more
 * than half of the rows ending in a question mark). Either after numbers
 * only (or, for a column so named whose cells mostly ask, after anything),
 * and no table of contents (question_column). */
size_t
ci_question_table(const struct mdnode *t)
{
	const struct mdnode *head = t->child, *th, *tr, *c;
	size_t k, rows = 0, asks;
	char *s;

	if (t->type != MDN_TABLE || head == NULL || head->type != MDN_THEAD ||
	    head->child == NULL || table_body(t) == NULL)
		return 0;
	for (th = head->child->child, k = 0; th != NULL; th = th->next, k++) {
		int named;

		s = ct_title_of(th);
		if (!lang_says_question(s, strlen(s))) {
			free(s);
			continue;
		}
		/* (a column of one question or problem a row, "Problem",
		 * not "Problems" over counts, may have their answers after
		 * it) */
		named = lang_title(s, strlen(s)) == LANG_QUESTIONS ||
		        lang_exercises_title(s, strlen(s)) ?
		    1 :
		    1 + answers_after(th);
		free(s);
		return question_column(t, k, named) ? k + 1 : 0;
	}
	for (tr = table_body(t)->child; tr != NULL; tr = tr->next)
		rows++;
	for (k = 0; (c = cell(head->child, k)) != NULL; k++) {
		asks = 0;
		for (tr = table_body(t)->child; tr != NULL; tr = tr->next)
			if ((c = cell(tr, k)) != NULL && c->text.len > 0 &&
			    lang_question_mark(c->text.data, c->text.len))
				asks++;
		if (asks >= 2 && 2 * asks > rows)
			return question_column(t, k, 0) ? k + 1 : 0;
	}
	return 0;
}

void
ci_read_table(
    struct parse *ps, const char *category, const struct mdnode *t, size_t col)
{
	const struct mdnode *tr, *td, *qc;

	for (tr = table_body(t)->child; tr != NULL; tr = tr->next) {
		struct buf ans = { 0 };
		char *q;

		if ((qc = cell(tr, col - 1)) == NULL)
			continue;
		q = ct_title_of(qc);
		/* its answer: the columns after it (a number, a topic before
		 * it say nothing of it) */
		for (td = qc->next; td != NULL; td = td->next)
			if (td->text.len > 0) {
				if (ans.len > 0)
					buf_adds(&ans, "\n\n");
				buf_add(&ans, td->text.data, td->text.len);
			}
		cp_add_record(ps, category, qc->line, q, NULL,
		    md_trim((char *)buf_cstr(&ans)));
		cp_asked(ps, q); /* its column says it asks */
		free(q);
		buf_free(&ans);
	}
}

int
ci_task_table(const struct mdnode *t)
{
	const struct mdnode *head = t->child, *num, *title;

	if (t->type != MDN_TABLE || head == NULL || head->type != MDN_THEAD ||
	    head->child == NULL || table_body(t) == NULL ||
	    (num = head->child->child) == NULL || (title = num->next) == NULL ||
	    title->next != NULL || num->text.len == 0 || title->text.len == 0)
		return 0;
	/* its number, bold or not */
	{
		char *n = ct_title_of(num);
		int yes = n[0] != '\0' && numeral(n);

		free(n);
		return yes;
	}
}

void
ci_read_task_table(
    struct parse *ps, const char *category, const struct mdnode *t)
{
	const struct mdnode *title = t->child->child->child->next, *tr, *td;
	struct buf body = { 0 };
	char *q = ct_title_of(title);

	/* its rows, a line each: "Task weight 4%" */
	for (tr = table_body(t)->child; tr != NULL; tr = tr->next) {
		for (td = tr->child; td != NULL; td = td->next)
			if (td->text.len > 0) {
				buf_add(&body, td->text.data, td->text.len);
				buf_addc(&body, td->next != NULL ? ' ' : '\n');
			}
		buf_addc(&body, '\n');
	}
	cp_add_record(
	    ps, category, title->line, q, md_trim((char *)buf_cstr(&body)), "");
	free(q);
	buf_free(&body);
}
