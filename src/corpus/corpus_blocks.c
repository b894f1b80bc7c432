/* The blocks of a section, read by a table of recognisers (block_rules):
 * each row names a shape, says which blocks it matches and reads them
 * into records. scan_section hands every block to the first row that
 * matches it; a newcomer adds a shape by adding a row (and a row of
 * tests/unit/test_corpus_shapes.c). What the rows share as they read one
 * section is struct scan: none of it is kept in the markdown tree. The
 * shapes inside a list (its items) are the rows of item_rules in
 * corpus_items.c. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "corpus.h"
#include "corpus_impl.h"
#include "corpus_lang.h"
#include "corpus_md.h"
#include "util.h"

/* What is known while the blocks of one section are read. */
struct scan {
	struct parse *ps;
	size_t i; /* the section */
	struct section *sec;
	const char *category; /* of the records of the block being read */
	/* the heading asks and has no subsection: its lists are its
	 * answer, not questions */
	int asks;
	/* a paragraph or list item just above that asks: the question of
	 * a <details> that only says "Answer" */
	char *prev_q;
	unsigned prev_line;
	char *group; /* the summary of the toggle the blocks are in */
	int headed; /* the heading is a toggle's question already */
	int listed; /* the block read was (code after) a list of questions */
	/* the last record is the question of a list of one item, and what
	 * follows the list is its answer ("1. What is X?", then its answer
	 * at the margin), up to the next question */
	int answering;
	enum mdtype alone_type; /* ... and that list's type: MDN_OL or MDN_UL */
	int after_list; /* the block before it was */
	/* the last records read were a list of questions; then an answer
	 * marker below them ("【解答】") makes what follows their answer */
	int after_questions, marked;
	/* the blocks since the last record: the start of the answer of a
	 * heading that a later "Answer" <details> makes a question */
	const struct mdnode *loose;
	long before; /* the records added before the section */
	const struct mdnode *prev; /* the block before the one read */
	/* the last block read as a question paragraph under a label that
	 * says questions follow ("【问题】", then a paragraph a question) */
	const struct mdnode *asked_p;
	/* the section is a deck of cards (deck) and holds a run of
	 * exercise boxes (md_boxes): found once, at its start */
	int deck, boxes;
};

/* A shape of block: whether it matches b, and reading it, which returns
 * the block after what it read. */
struct block_rule {
	const char *name;
	int (*matches)(const struct scan *s, const struct mdnode *b);
	const struct mdnode *(*read)(struct scan *s, const struct mdnode *b);
};

/* The category of section i's records whose question is a heading of
 * the given level: the nearest heading above of a lower level that is
 * no question and no table of contents. */
static const char *
category_above(const struct parse *ps, size_t i, unsigned level)
{
	const struct section *s = &ps->secs[i];

	for (; s->heading != NULL; s = &ps->secs[s->parent])
		if (!s->question && s->kind != LANG_CONTENTS &&
		    s->level < level)
			return s->title;
	return NULL;
}

/* Whether the corpus's last record has no answer yet. */
static int
last_unanswered(const struct parse *ps)
{
	return ps->c->nrecords > 0 &&
	    ps->c->records[ps->c->nrecords - 1].answer[0] == '\0';
}

/* Appends more, when it is not empty, to the answer of the record this
 * file added last, or with body set to its body, a blank line between
 * (none yet: the corpus's last record is another file's). */
static void
append_to_last(struct parse *ps, int body, const char *more)
{
	struct corpus_record *r;
	char **f;
	struct buf a = { 0 };

	if (ps->added == 0 || ps->c->nrecords == 0 || *more == '\0')
		return;
	r = &ps->c->records[ps->c->nrecords - 1];
	f = body ? &r->body : &r->answer;
	buf_adds(&a, *f != NULL ? *f : "");
	if (a.len > 0)
		buf_adds(&a, "\n\n");
	buf_adds(&a, more);
	if (*f != NULL && !(r->held & (body ? HELD_B : HELD_A)))
		free(*f);
	r->held &= (unsigned char)~(body ? HELD_B : HELD_A);
	*(body ? &r->blen : &r->alen) = a.len + 1;
	*f = buf_take(&a);
}

/* Whether an HTML block shows any text ("<br/>" shows none; nor does an
 * image: no question is read off one). */
static int
shows_text(const struct mdnode *b)
{
	struct buf t = { 0 };
	int yes;

	if (b->nav > 0)
		return 0;
	md_html_text(
	    b->text.data != NULL ? b->text.data : "", b->text.len, 0, &t);
	yes = *md_trim((char *)buf_cstr(&t)) != '\0';
	buf_free(&t);
	return yes;
}

/* Whether the toggles may hold questions under the layout given. */
static int
toggles_ask(const struct parse *ps)
{
	return ps->layout == CORPUS_AUTO || ps->layout == CORPUS_DETAILS;
}

/* ---- the end of a toggle that groups toggles ---- */

static int
group_end_matches(const struct scan *s, const struct mdnode *b)
{
	return s->group != NULL && b->type == MDN_HTML &&
	    !ct_html_block(b, "<details") && ct_html_block(b, "</details>");
}

static const struct mdnode *
group_end_read(struct scan *s, const struct mdnode *b)
{
	free(s->group);
	s->group = NULL;
	return b->next;
}

/* ---- a toggle whose summary names the toggles in it: a category ---- */

static int
group_matches(const struct scan *s, const struct mdnode *b)
{
	return ct_html_block(b, "<details") && toggles_ask(s->ps) &&
	    s->group == NULL && ci_details_nested(b, s->sec->end) &&
	    !ci_answered_inside(b, s->sec->end);
}

static const struct mdnode *
group_read(struct scan *s, const struct mdnode *b)
{
	struct buf ans = { 0 }, pre = { 0 };
	unsigned line;

	/* read into: the blocks inside are read in their turn */
	ci_details(b, s->sec->end, &s->group, &line, &pre, &ans);
	buf_free(&ans);
	buf_free(&pre);
	if (s->group != NULL && s->group[0] == '\0') {
		free(s->group);
		s->group = NULL;
	}
	if (s->group == NULL)
		s->group = xstrdup(s->category != NULL ? s->category : "");
	if (s->ps->explain != NULL && s->ps->emit)
		s->ps->explain(s->ps->ctx, b->line, "<details>", s->group,
		    "category: toggles are in it");
	return b->next;
}

/* ---- a toggle under a table of contents: it hides the contents ---- */

static int
contents_toggle_matches(const struct scan *s, const struct mdnode *b)
{
	return s->sec->kind == LANG_CONTENTS && ct_html_block(b, "<details");
}

/* The block after the toggle that starts at b (in section s), what it
 * holds unread. */
static const struct mdnode *
past_toggle(const struct scan *s, const struct mdnode *b)
{
	struct buf ans = { 0 }, pre = { 0 };
	const struct mdnode *next;
	unsigned line;
	char *q;

	next = ci_details(b, s->sec->end, &q, &line, &pre, &ans);
	free(q);
	buf_free(&ans);
	buf_free(&pre);
	return next;
}

static const struct mdnode *
contents_toggle_read(struct scan *s, const struct mdnode *b)
{
	return past_toggle(s, b);
}

/* ---- a toggle inside a numbered list: an aside in an answer ---- */

static int
aside_matches(const struct scan *s, const struct mdnode *b)
{
	const struct mdnode *after;

	/* (a toggle that says "Answer" answers the item above it) */
	if (s->prev == NULL || s->prev->type != MDN_OL ||
	    !ct_html_block(b, "<details") || ci_answers_above(b, s->sec->end))
		return 0;
	after = past_toggle(s, b);
	/* the list goes on after it, numbered on: "2." after "1." */
	return after != NULL && after != s->sec->end && after->type == MDN_OL &&
	    md_numbers_run_on(s->prev, after);
}

static const struct mdnode *
aside_read(struct scan *s, const struct mdnode *b)
{
	s->sec->content = 1;
	return past_toggle(s, b);
}

/* ---- a <details> block: a question and its answer ---- */

static int
toggle_matches(const struct scan *s, const struct mdnode *b)
{
	return ct_html_block(b, "<details") && toggles_ask(s->ps);
}

/* Makes ans what lead holds, a blank line, then what ans held; lead is
 * left empty. */
static void
lead_answer(struct buf *ans, struct buf *lead)
{
	buf_adds(lead, "\n\n");
	buf_add(lead, ans->data, ans->len);
	buf_free(ans);
	*ans = *lead;
	memset(lead, 0, sizeof *lead);
}

/* Puts before ans the ticked options of a quiz among the blocks
 * [from, to): shown above a toggle that explains them, they start the
 * answer ("- [x] Azure Key Vault", then "Explanation"). */
static void
ticked_first(
    const struct mdnode *from, const struct mdnode *to, struct buf *ans)
{
	const struct mdnode *k, *end;
	struct buf t = { 0 };

	for (k = from; k != NULL && k != to; k = k->next)
		if (cp_options(k, 0, &end)) {
			cp_ticked(k, end, &t);
			break;
		}
	if (t.len > 0)
		lead_answer(ans, &t);
}

/* A toggle that only hides an answer: the question is just above it, a
 * paragraph or list item, else the heading. Sets *q and *line, or adds
 * the toggle to the answer of the heading's record. */
static void
toggle_answers(struct scan *s, const struct mdnode *b, int says,
    const char *summary, char **q, unsigned *line, struct buf *pre,
    struct buf *ans)
{
	struct parse *ps = s->ps;

	ps->rule = "the question above a <details> that holds its answer";
	/* under a heading that asks outright, the first such toggle
	 * answers the heading; what asks above it is its body */
	if (s->prev_q != NULL && s->sec->heading != NULL &&
	    s->sec->evidence == 2 && !s->headed && ps->added == s->before) {
		free(s->prev_q);
		s->prev_q = NULL;
	}
	if (s->prev_q != NULL) {
		*q = s->prev_q;
		*line = s->prev_line;
		s->prev_q = NULL;
	} else if (s->sec->heading != NULL &&
	    (s->headed || ps->added > s->before)) {
		/* a second toggle under the heading: more of its answer, no
		 * question; after records of other shapes under it (the
		 * heading is their category), more of the last one's */
		if (ps->emit) {
			struct buf more = { 0 };

			ct_render_blocks(s->loose, b, &more);
			if (more.len > 0)
				buf_adds(&more, "\n\n");
			buf_add(&more, ans->data, ans->len);
			append_to_last(ps, 0, md_trim((char *)buf_cstr(&more)));
			buf_free(&more);
		}
	} else if (s->sec->heading != NULL) {
		*q = ct_heading_question(s->sec->title);
		*line = s->sec->heading->line;
		/* (--explain tells it once: at the heading, if it did) */
		if (s->sec->told)
			ps->rule = NULL;
		s->sec->question = 1;
		s->headed = 1;
		s->category = cp_category_of(ps, s->i);
		/* what the heading shows above the block (code, options);
		 * one that only names its question ("Docker Question")
		 * states it there, whatever the toggle says */
		if (ps->emit) {
			const struct mdnode *k = s->loose;

			/* ... up to a block that says an answer follows
			 * ("**Answer: B**" over an "Explanation" toggle):
			 * from there on the answer, the toggle's summary a
			 * line of it; over a toggle that says "Answer", a
			 * label ("**Solution:** You deploy a scale set."
			 * then "Does this meet the goal?") states the
			 * question */
			int answers = summary != NULL &&
			    ci_answer_summary(summary) &&
			    !lang_explanation(summary, strlen(summary));

			while (says && !answers && k != NULL && k != b &&
			    !cp_answer_marker(k))
				k = k->next;
			if (!says || answers || k == NULL)
				k = b;
			ct_render_blocks(s->loose, k, pre);
			if (k != b) {
				struct buf lead = { 0 };

				ct_render_blocks(k, b, &lead);
				if (summary != NULL && *summary != '\0') {
					buf_adds(&lead, "\n\n");
					buf_adds(&lead, summary);
				}
				lead_answer(ans, &lead);
			} else if (says)
				ticked_first(s->loose, b, ans);
		}
		if (!says && pre->len > 0 && !s->sec->named)
			lead_answer(ans, pre);
	}
}

/* Whether text q ends in a colon (ct_ends_in_colon), spaces and
 * emphasis after it aside. */
static int
ends_colon(const char *q)
{
	size_t n = strlen(q);

	while (n > 0 && (q[n - 1] == ' ' || q[n - 1] == '*'))
		n--;
	return ct_ends_in_colon(q, n);
}

static const struct mdnode *
toggle_read(struct scan *s, const struct mdnode *b)
{
	struct buf ans = { 0 }, pre = { 0 };
	const struct mdnode *next;
	unsigned line;
	char *q;
	int says, asks, hides, lead = 0;

	next = ci_details(b, s->sec->end, &q, &line, &pre, &ans);
	s->ps->rule = "a <details> block";
	/* under a heading that asks, a short summary that does not
	 * ("Show", "Reveal it") only hides its answer; a toggle that says
	 * "Answer", or is written as other toggles of the file are ("show"
	 * under each exercise), holds the answer, and what is above it is
	 * the question's (beq(5), BANKS.md: behind a toggle, the answer is
	 * its content); one that says something else holds more of it */
	says = q == NULL || ci_hides_answer(s->ps, q);
	/* (a box whose type is a question's asks, whatever its title:
	 * corpus_md.c) */
	asks = !says && (ct_question_like(q) || b->div == 'q');
	hides = says || (s->asks && !asks && ct_words(q) <= 3);
	/* a toggle of its own that does not ask is a question in a run of
	 * toggles most of which ask; where most do not, it holds the
	 * answer of a heading that asks or states its question above it,
	 * else it only folds away part of the page ("Linux access to
	 * Docker desktop", "Clean up") */
	if (!hides && *q != '\0' && s->ps->layout == CORPUS_AUTO) {
		if (s->ps->strict && !s->ps->emit)
			s->ps->toggles++, s->ps->toggles_ask += asks;
		else if (!asks && 2 * s->ps->toggles_ask < s->ps->toggles) {
			if (s->sec->heading != NULL &&
			    (s->asks || s->sec->named ||
			        s->sec->evidence == 2 ||
			        (s->sec->leaf && s->group == NULL &&
			            s->loose != b))) {
				hides = says = 1;
				lead = ends_colon(q);
			} else {
				/* (nobody's statement, either) */
				s->sec->content = 1;
				s->loose = next;
				free(q);
				q = NULL;
			}
		}
	}
	if (hides) {
		/* a summary that ends in a colon ("Here are the ways:")
		 * is the first line of what it shows */
		if (lead && s->ps->emit) {
			struct buf led = { 0 };

			buf_adds(&led, q);
			lead_answer(&ans, &led);
		}
		char *summary = q;

		q = NULL;
		/* (one that ends in a colon leads the answer already) */
		toggle_answers(
		    s, b, says, lead ? NULL : summary, &q, &line, &pre, &ans);
		free(summary);
	}
	/* a box whose type is a question's, shown open, and whose text
	 * ends asking ("... Why does mv need no -r?") states its
	 * question: its body, no answer (folded away, it answers) */
	if (q != NULL && b->div == 'q' && b->shown && pre.len == 0 &&
	    ct_ends_in_question_mark(md_trim((char *)buf_cstr(&ans)))) {
		pre = ans;
		memset(&ans, 0, sizeof ans);
	}
	if (q != NULL && *q != '\0') {
		/* "<summary>1. What is X?</summary>": numbering, as in a
		 * heading */
		char *t = ct_heading_question(q);

		cp_add_record(s->ps, s->category, line, t,
		    md_trim((char *)buf_cstr(&pre)),
		    md_trim((char *)buf_cstr(&ans)));
		free(t);
	}
	free(q);
	buf_free(&ans);
	buf_free(&pre);
	return next;
}

/* ---- page furniture: a comment, a "<br/>", a link back to the top, an
 * anchor ---- */

static int
furniture_matches(const struct scan *s, const struct mdnode *b)
{
	(void)s;
	return b->nav > 0 ||
	    (b->type == MDN_HTML &&
	        ((b->text.len >= 4 &&
	             ct_find_ci(b->text.data, 4, "<!--") == 0) ||
	            !shows_text(b))) ||
	    /* an anchor ("<a name="x"></a>") on a line of its own, a
	     * paragraph of nothing */
	    (b->type == MDN_P &&
	        (b->text.len == 0 ||
	            (b->text.data[0] == '<' && !shows_text(b))));
}

static const struct mdnode *
skip_read(struct scan *s, const struct mdnode *b)
{
	(void)s;
	return b->next;
}

/* ---- a list: its items' shapes (ci_scan_list) ---- */

/* Whether list b is all that a heading that asks shows, after a
 * paragraph that says questions follow (ending in a colon) if any, and
 * every item
 * of it, two at least, asks (three in four after such a paragraph),
 * outright or, after it, as a task does: no answer is
 * only questions, so these are its questions and the heading their
 * category ("### How should the day start?" over "- Where do I wake
 * up?"; "## What should I know for the exam?" over "Here is a list of
 * questions:" and "- Explain ..."). */
static int
questions_only(const struct scan *s, const struct mdnode *b)
{
	const struct mdnode *k, *intro = NULL;
	size_t n = 0, ask = 0;
	char *q;
	int asks;

	if (b->next != s->sec->end)
		return 0;
	if ((k = s->sec->first) != b) {
		char *t;
		int says;

		if (k->type != MDN_P || k->next != b)
			return 0;
		intro = k;
		t = ct_title_of(intro);
		says = ct_ends_in_colon(t, strlen(t)) &&
		    lang_names_questions(t, strlen(t));
		free(t);
		if (!says)
			return 0;
	}
	q = ct_heading_question(s->sec->title);
	asks = ct_question_like(q);
	free(q);
	if (!asks)
		return 0;

	for (const struct mdnode *li = b->child; li != NULL; li = li->next) {
		const struct mdnode *rest;
		char *t = ci_item_text(li, &rest);

		/* (an introduced list's tasks ask too: "Write a program") */
		ask += lang_question_mark(t, strlen(t)) ||
		    (intro != NULL && ct_question_like(t));
		free(t);
		n++;
	}
	/* (... three in four of them: an introduction said what they
	 * are) */
	return n >= 2 && (intro != NULL ? 4 * ask >= 3 * n : ask == n);
}

static int
list_matches(const struct scan *s, const struct mdnode *b)
{
	return (b->type == MDN_UL || b->type == MDN_OL) &&
	    (s->ps->layout == CORPUS_LIST ||
	        (s->ps->layout == CORPUS_AUTO &&
	            (!s->asks || questions_only(s, b))));
}

/* Whether section i is, or is under, a heading of kind: one that says
 * questions follow ("FAQ", "Interview Questions"), or the page's
 * furniture ("Contributing"). */
static int
under_kind(const struct parse *ps, size_t i, enum lang_title kind)
{
	const struct section *sec = &ps->secs[i];

	for (; sec->heading != NULL; sec = &ps->secs[sec->parent])
		if (sec->kind == kind)
			return 1;
	return 0;
}

static int
under_questions(const struct parse *ps, size_t i)
{
	return under_kind(ps, i, LANG_QUESTIONS);
}

/* The text of paragraph b when it is a label, a title of its own that
 * ends in a colon ("Questions:", "Learning objectives:") or is all bold
 * ("**常见问题**"); else NULL. The caller frees it. */
static char *
label_text(const struct mdnode *b)
{
	const char *r;
	size_t rn, n;
	char *t;

	if (b == NULL || b->type != MDN_P || b->text.len < 4)
		return NULL;
	r = b->text.data;
	rn = b->text.len;
	while (rn > 0 && md_space(r[rn - 1]))
		rn--;
	t = ct_title_of(b);
	n = strlen(t);
	if (n > 0 && n < 64 &&
	    (ct_ends_in_colon(t, n) ||
	        (rn >= 4 && memcmp(r, "**", 2) == 0 &&
	            memcmp(r + rn - 2, "**", 2) == 0)))
		return t;
	free(t);
	return NULL;
}

/* A paragraph that is a label that says questions follow, or that is in
 * the brackets that mark one ("【问题】"). */
int
cb_says_questions(const struct mdnode *b)
{
	char *t = label_text(b);
	size_t n;
	int yes = t != NULL && lang_title(t, strlen(t)) == LANG_QUESTIONS;

	free(t);
	if (yes || b == NULL || b->type != MDN_P)
		return yes;
	t = ct_title_of(b);
	n = strlen(t);
	yes = n > 6 && strncmp(t, "\xe3\x80\x90", 3) == 0 &&
	    strcmp(t + n - 3, "\xe3\x80\x91") == 0 &&
	    lang_title(t + 3, n - 6) == LANG_QUESTIONS;
	free(t);
	return yes;
}

/* Whether an item of list b ends in a question mark. */
static int
item_asks(const struct mdnode *b)
{
	for (const struct mdnode *li = b->child; li != NULL; li = li->next) {
		const struct mdnode *rest;
		char *t = ci_item_text(li, &rest);
		int yes = lang_question_mark(t, strlen(t));

		free(t);
		if (yes)
			return 1;
	}
	return 0;
}

/* Whether paragraph b is a label that names a lesson's furniture
 * ("Learning objectives:"). */
static int
says_lesson(const struct mdnode *b)
{
	char *t = label_text(b);
	int yes = t != NULL && lang_lesson_title(t, strlen(t));

	free(t);
	return yes;
}

/* Whether list b goes on the sentence before it: that ends in a colon
 * and says no questions follow, and every item starts in lower case
 * ("They make sense when:" then "- each element must be unique", "- you
 * need to find which are in common?"). */
static int
goes_on(const struct mdnode *prev, const struct mdnode *b)
{
	char *t;
	int yes;

	if (prev == NULL || prev->type != MDN_P || cb_says_questions(prev))
		return 0;
	t = ct_title_of(prev);
	yes = ct_ends_in_colon(t, strlen(t));
	free(t);
	for (const struct mdnode *li = b->child; li != NULL && yes;
	     li = li->next) {
		const struct mdnode *rest;

		t = ci_item_text(li, &rest);
		yes = t[0] >= 'a' && t[0] <= 'z';
		free(t);
	}
	return yes;
}

/* Whether most items of list (two in three, and two at least) hold a
 * lead line and, under it, blocks of their own: an answer each. */
static int
items_answered(const struct mdnode *list)
{
	const struct mdnode *li, *rest;
	size_t n = 0, with = 0;

	for (li = list->child; li != NULL; li = li->next, n++) {
		free(ci_item_text(li, &rest));
		with += rest != NULL;
	}
	return n >= 2 && 3 * with >= 2 * n;
}

/* Whether list b is the first block of its section but for paragraphs
 * (an introduction). */
static int
first_list(const struct scan *s, const struct mdnode *b)
{
	for (const struct mdnode *k = s->sec->first; k != NULL && k != b;
	     k = k->next)
		if (k->type != MDN_P)
			return 0;
	return 1;
}

/* A list's kind as a bit: 1 bullets, 2 numbered. */
static unsigned
list_kind(const struct mdnode *b)
{
	return b->type == MDN_OL ? 2 : 1;
}

/* Whether list b, in a file that has had a list of questions, is where
 * the file writes its questions: the first block of its section, in a
 * section at the level of the first list's (the next topic's list of
 * questions), or after a list of questions in its section (the next
 * part of it, after code); a list after the prose of a section of
 * another level is that prose's (steps, objectives, terms). */
static int
among(const struct scan *s, const struct mdnode *b)
{
	return s->sec->first == b || s->sec->level == s->ps->qlevel ||
	    s->after_list;
}

/* Whether list b, the first of section i after paragraphs if any, is one
 * of questions by its place: section i is titled, whole, as one of
 * questions, or b is its first block and a section around it says
 * questions follow twice (restated: "## Sample Questions", "Below are the
 * common questions:", over "### Search systems" and its list). */
static int
questions_titled(const struct parse *ps, size_t i, const struct mdnode *b)
{
	const struct section *s = &ps->secs[i];

	if (s->heading != NULL) {
		/* ("## Ejercicios (sin solución)": a note says how the
		 * exercises come; one on other titles may spell out what
		 * they name, "## FAQ (Frequently Asked Questions)") */
		size_t n = strlen(s->title);
		const char *bare;

		if (lang_questions_title(s->title, n))
			return 1;
		bare = lang_unnoted(s->title, &n);
		if (lang_exercises_title(bare, n) &&
		    lang_questions_title(bare, n))
			return 1;
	}
	if (s->first != b)
		return 0;
	for (const struct section *t = &ps->secs[s->parent]; t->heading != NULL;
	     t = &ps->secs[t->parent])
		if (t->kind == LANG_QUESTIONS)
			return t->restated;
	return 0;
}

/* Whether title t, from k on, starts with the number of list b's items,
 * two at least, then a space: the place past that space at *after. */
static int
counts_items(const char *t, size_t k, const struct mdnode *b, size_t *after)
{
	size_t n = 0, j = k;

	while (t[j] >= '0' && t[j] <= '9' && n < 100000)
		n = 10 * n + (size_t)(t[j++] - '0');
	*after = j + 1;
	return j > k && t[j] == ' ' && n >= 2 && n == md_items(b);
}

/* Whether paragraph p counts the items of list b as questions: a number,
 * that of b's items, then a title that says questions follow ("<sub>9
 * questions</sub>", "12 Fragen"). */
static int
counts_questions(const struct mdnode *p, const struct mdnode *b)
{
	size_t k;
	char *t;
	int yes;

	if (p == NULL || p->type != MDN_P)
		return 0;
	t = ct_title_of(p);
	yes = counts_items(t, 0, b, &k) &&
	    lang_title(t + k, strlen(t + k)) == LANG_QUESTIONS;
	free(t);
	return yes;
}

/* Whether title t counts the items of list b as questions: a number,
 * that of b's items, then words that say questions or exercises follow,
 * at its end or in parentheses ("Category 1: Basics (10 Problems)",
 * "12 Questions"). */
static int
title_counts(const char *t, const struct mdnode *b)
{
	size_t len = strlen(t), j, e;

	for (size_t k = 0; k < len; k++) {
		int paren = k > 0 && t[k - 1] == '(';

		if ((k > 0 && t[k - 1] != ' ' && !paren) ||
		    !counts_items(t, k, b, &j))
			continue;
		for (e = j; e < len && t[e] != ')';)
			e++;
		if ((e == len || (paren && e + 1 == len)) &&
		    (lang_title(t + j, e - j) == LANG_QUESTIONS ||
		        lang_exercises_title(t + j, e - j)))
			return 1;
	}
	return 0;
}

/* How list b is read (ci_scan_list's flags): told that lists hold the
 * questions, every list does; so does a list of answered items under a
 * heading that says questions follow, and a list in a file that has
 * lists of questions, when it is of their kind (bullets, numbers) or
 * answers its items (a bulleted reading list after numbered exercises
 * is the lesson's). */
static int
list_flags(const struct scan *s, const struct mdnode *b)
{
	const struct parse *ps = s->ps;

	return ps->layout == CORPUS_LIST || cb_says_questions(s->prev) ||
	        counts_questions(s->prev, b) ||
	        /* "## Basics (10 Problems)" over its ten items */
	        (first_list(s, b) && s->sec->heading != NULL &&
	            title_counts(s->sec->title, b)) ||
	        (under_questions(ps, s->i) && items_answered(b)) ||
	        /* on a page of exercises, its exercises */
	        ps->exercises ||
	        /* one of lists whose numbers run on across the page:
	         * its numbered steps */
	        b->runs_on ||
	        /* "## Exercises" then the list, after an introduction if
	         * any: its items, asking or not */
	        (first_list(s, b) && questions_titled(ps, s->i, b)) ||
	        /* "1. True or false: ..." over options, some ticked: a
	         * quiz's question, asking or not */
	        (md_items(b) == 1 && b->next != NULL &&
	            b->next != s->sec->end && cp_options(b->next, 0, NULL)) ?
	    SCAN_LENIENT :
	    ps->qlists > 0 && !ps->strict && among(s, b) &&
	        ((ps->qkinds & list_kind(b)) || items_answered(b)) &&
	        !under_kind(ps, s->i, LANG_FURNITURE) ?
	    SCAN_AMONG :
	    0;
}

static const struct mdnode *
list_read(struct scan *s, const struct mdnode *b)
{
	struct parse *ps = s->ps;
	const struct mdnode *next = b->next;
	const char *category = s->category;
	int flags = list_flags(s, b);
	int answered = next != NULL && next != s->sec->end &&
	    ct_html_block(next, "<details") && b->last != NULL &&
	    ci_answers_above(next, s->sec->end);
	size_t n;

	/* a list a label calls a lesson's furniture ("Learning
	 * objectives:", "Prerequisites:") holds no questions, unless one
	 * asks outright */
	if ((says_lesson(s->prev) ||
	        (s->sec->heading != NULL &&
	            lang_lesson_title(s->sec->title, strlen(s->sec->title)))) &&
	    !item_asks(b)) {
		s->sec->content = 1;
		return next;
	}
	/* ... nor one that goes on the sentence before it, unless the page
	 * says its lists hold questions */
	if (flags != SCAN_LENIENT && goes_on(s->prev, b)) {
		s->sec->content = 1;
		return next;
	}
	/* "1. ### What is X?" items under "### Contents": the category is
	 * a heading above their own level */
	if (b->child != NULL && b->child->child != NULL &&
	    b->child->child->type == MDN_H)
		category = category_above(
		    ps, s->i, b->child->child->level + ps->shift);
	if (answered) {
		/* A list of questions (no answers) before a <details> that
		 * says "Answer": its last item is that block's question,
		 * not a record of the list. A dry run tells the kind. */
		struct parse dry = *ps;

		dry.emit = 0;
		dry.asked = 0;
		ci_scan_list(&dry, category, b, flags);
		ci_dry_done(ps, &dry);
		answered = dry.asked;
	}
	ps->asked = 0;
	n = ci_scan_list(
	    ps, category, b, flags | (answered ? SCAN_SKIP_LAST : 0));
	/* a table of contents is nobody's answer */
	if (n == 0 && !answered && !ci_toc(b) && !ps->indexed)
		s->sec->content = 1;
	else if (ps->asked) {
		if (ps->qlists++ == 0)
			ps->qlevel = s->sec->level;
		ps->qkinds |= list_kind(b);
		s->listed = 1, s->after_questions = 1;
	}
	s->answering = 0;
	/* (the answer a marker started ends at the next question) */
	s->marked = 0;
	if (ps->asked && n == 1 && md_items(b) == 1) {
		const struct mdnode *rest;

		/* its item holds no blocks under its text: no answer */
		char *t = ci_item_text(b->child, &rest);

		s->answering = rest == NULL;
		/* (a list after a task, or after a question that ends in
		 * a colon, says more of it: "Fix the warning with:") */
		s->alone_type = ci_tasks(ps,
		                    s->sec->heading != NULL ? s->sec->title :
		                                              NULL) ||
		        ct_ends_in_colon(t, strlen(t)) ?
		    MDN_DOC :
		    b->type;
		free(t);
	}
	if (answered) {
		const struct mdnode *rest;

		free(s->prev_q);
		s->prev_q = ci_item_text(b->last, &rest);
		s->prev_line = b->last->line;
	}
	return next;
}

/* ---- the answer of a question alone in its list ---- */

/* Whether paragraph b starts with a label that says references follow
 * ("Source: [Glassdoor](...)"). */
static int
credits(const struct mdnode *b)
{
	char *t = ct_title_of(b), *colon = strchr(t, ':');
	int yes = colon != NULL && colon - t < 32 &&
	    lang_title(t, (size_t)(colon - t)) == LANG_REFERENCES;

	free(t);
	return yes;
}

/* Whether list b, after a question alone in its list, may hold the next
 * questions: a list of the same kind ("1. What is X?" then "2. What is
 * Y?", code between them), or of another kind that asks on its own (a
 * dry run): a "*" list after "16. What are the build modes?" is its
 * answer unless it does, however the file's other lists are read. */
static int
list_asks(const struct scan *s, const struct mdnode *b)
{
	struct parse dry = *s->ps;
	int flags = list_flags(s, b);

	if (b->type != MDN_UL || s->alone_type != MDN_OL)
		return 1;
	if (flags == SCAN_AMONG)
		flags = 0;
	dry.emit = 0;
	dry.asked = 0;
	ci_scan_list(&dry, s->category, b, flags);
	ci_dry_done(s->ps, &dry);
	return dry.asked;
}

static int
answer_below_matches(const struct scan *s, const struct mdnode *b)
{
	const struct parse *ps = s->ps;

	/* a list may hold the next questions, unless none of its items
	 * asks ("16. What are the build modes?" then, indented too little
	 * to be in its item, "* Debug"); "Source: ..." credits the list,
	 * not the question */
	if (!s->answering || b->type == MDN_H ||
	    ((b->type == MDN_UL || b->type == MDN_OL) && list_asks(s, b)) ||
	    (b->type == MDN_P &&
	        (ci_is_question_p(b, under_questions(ps, s->i)) ||
	            ci_bold_lines(b) || credits(b))))
		return 0;
	/* code right after the question shows it (code_after_list) */
	return !(b->type == MDN_CODE && s->after_list && ps->emit &&
	    last_unanswered(ps));
}

static const struct mdnode *
answer_below_read(struct scan *s, const struct mdnode *b)
{
	struct parse *ps = s->ps;

	if (ps->emit) {
		struct buf more = { 0 }, ticked = { 0 };
		const struct mdnode *end;
		/* lettered options first ("A) t-test", "B) z-test"), or
		 * boxes of which some are ticked ("- [x] Project", "- [ ]
		 * Folder"): they show the question, the ticked ones answer
		 * it */
		int open = last_unanswered(ps),
		    lettered = open && cp_lettered(b);

		ct_render_blocks(b, b->next, &more);
		if (lettered ||
		    (open && cp_options(b, 0, &end) && end == b->next)) {
			append_to_last(ps, 1, buf_cstr(&more));
			if (lettered)
				cp_tick_marked(b, b->next, &ticked);
			else
				cp_ticked(b, b->next, &ticked);
			append_to_last(
			    ps, 0, md_trim((char *)buf_cstr(&ticked)));
		} else
			append_to_last(ps, 0, buf_cstr(&more));
		buf_free(&more);
		buf_free(&ticked);
	}
	return b->next;
}

/* ---- the answer after a marker below a list of questions ---- */

/* Whether b is a list whose first item asks ("2. What does ARP do?"
 * after the answer to 1.): the next question, which ends an answer. */
static int
asking_list(const struct mdnode *b)
{
	const struct mdnode *rest;
	char *t;
	int yes;

	if ((b->type != MDN_UL && b->type != MDN_OL) || b->child == NULL)
		return 0;
	t = ci_item_text(b->child, &rest);
	yes = ct_question_like(t);
	free(t);
	return yes;
}

static int
marker_matches(const struct scan *s, const struct mdnode *b)
{
	return (s->marked && !asking_list(b)) ||
	    (s->after_questions && b->type == MDN_P && cp_answer_marker(b));
}

/* "- What is X?\n- Why Y?" then "【解答】" and the text that answers
 * them, up to the section's end: the last question's answer (the
 * marker kept, as the page shows it) */
static const struct mdnode *
marker_read(struct scan *s, const struct mdnode *b)
{
	s->marked = 1;
	s->sec->content = 1;
	return answer_below_read(s, b);
}

/* ---- paragraphs that ask, under a label that says questions follow
 * ("【问题】", then one question a paragraph, then "【解答】") ---- */

static int
asked_p_matches(const struct scan *s, const struct mdnode *b)
{
	char *t;
	int yes;

	if (b->type != MDN_P || s->prev == NULL ||
	    !(s->prev == s->asked_p || cb_says_questions(s->prev)))
		return 0;
	t = ct_title_of(b);
	yes = ct_ends_in_question_mark(t);
	free(t);
	return yes;
}

static const struct mdnode *
asked_p_read(struct scan *s, const struct mdnode *b)
{
	char *q = ct_title_of(b);

	s->ps->rule = "a paragraph that asks, under a label that says "
	              "questions follow";
	cp_add_record(s->ps, s->category, b->line, q, NULL, "");
	free(q);
	s->asked_p = b;
	s->after_questions = 1;
	return b->next;
}

/* ---- code right after a list of questions ---- */

static int
code_after_list_matches(const struct scan *s, const struct mdnode *b)
{
	return b->type == MDN_CODE && s->after_list;
}

/* As when a fence at the margin ends the list: it shows the last
 * question's code, its body when it has no answer (the code the question
 * asks about), else more of its answer. */
static const struct mdnode *
code_after_list_read(struct scan *s, const struct mdnode *b)
{
	struct parse *ps = s->ps;

	if (ps->emit && ps->c->nrecords > 0) {
		struct buf code = { 0 };

		ct_render_blocks(b, b->next, &code);
		append_to_last(ps, last_unanswered(ps), buf_cstr(&code));
		buf_free(&code);
	}
	s->listed = 1;
	return b->next;
}

/* ---- a paragraph of bold questions, one a line ---- */

static int
bold_lines_matches(const struct scan *s, const struct mdnode *b)
{
	return (s->ps->layout == CORPUS_PARAGRAPHS ||
	           (s->ps->layout == CORPUS_AUTO && !s->asks)) &&
	    ci_bold_lines(b);
}

static const struct mdnode *
bold_lines_read(struct scan *s, const struct mdnode *b)
{
	s->ps->rule = "a paragraph of questions, one a line";
	ci_read_bold_lines(s->ps, s->category, b);
	return b->next;
}

/* ---- a run of tasks: paragraphs that open with a bold title and a dash
 * ("**Find PI to the Nth Digit** - Enter a number ...") ---- */

static int
dash_titles_matches(const struct scan *s, const struct mdnode *b)
{
	/* three on the page at least (one under each of its headings is a
	 * run too) */
	return (s->ps->layout == CORPUS_PARAGRAPHS ||
	           (s->ps->layout == CORPUS_AUTO && !s->asks)) &&
	    s->ps->dash_titles >= 3 && ci_dash_title(b, NULL, NULL);
}

static const struct mdnode *
dash_titles_read(struct scan *s, const struct mdnode *b)
{
	char *title, *rest;

	ci_dash_title(b, &title, &rest);
	s->ps->rule = "a run of bold titles, each with its task after a dash";
	/* "**What is a pod?** - The smallest ...": a question and its
	 * answer, not a task and what it asks for */
	if (ct_ends_in_question_mark(title))
		cp_add_record(s->ps, s->category, b->line, title, "", rest);
	else
		cp_add_record(s->ps, s->category, b->line, title, rest, "");
	free(title);
	free(rest);
	return b->next;
}

/* ---- a paragraph that only labels the question below it ("**Question
 * 3**", then the question, then "**Answer**" and its answer) ---- */

static int
labelled_matches(const struct scan *s, const struct mdnode *b)
{
	return b->type == MDN_P &&
	    (s->ps->layout == CORPUS_PARAGRAPHS ||
	        (s->ps->layout == CORPUS_AUTO && !s->asks)) &&
	    ci_labelled_question(b);
}

static const struct mdnode *
labelled_read(struct scan *s, const struct mdnode *b)
{
	s->ps->rule = "a label over the question below it";
	return ci_read_labelled_question(s->ps, s->category, b, s->sec->end);
}

/* ---- a paragraph that asks: a label ("Q:") or bold ---- */

/* Whether paragraph b keys an answer: what follows its question label is
 * an option's letter and text that asks nothing ("**Q1: B) Address space
 * overlap**", in an answer key after the questions). */
static int
keys_answer(const struct mdnode *b)
{
	char *t = ct_title_of(b);
	size_t lab = lang_label(t);
	const char *r = t + lab;
	int yes = lab > 0 &&
	    ((r[0] >= 'A' && r[0] <= 'Z') || (r[0] >= 'a' && r[0] <= 'z')) &&
	    (r[1] == ')' || r[1] == '.') && r[2] == ' ' &&
	    !ct_question_like(r + 3);

	free(t);
	return yes;
}

static int
question_p_matches(const struct scan *s, const struct mdnode *b)
{
	return b->type == MDN_P &&
	    (s->ps->layout == CORPUS_PARAGRAPHS ||
	        (s->ps->layout == CORPUS_AUTO && !s->asks)) &&
	    ci_is_question_p(b, under_questions(s->ps, s->i)) &&
	    !(s->ps->layout == CORPUS_AUTO && keys_answer(b));
}

static const struct mdnode *
question_p_read(struct scan *s, const struct mdnode *b)
{
	s->ps->rule = "a question paragraph (a label or bold)";
	return ci_paragraph_question(
	    s->ps, s->category, b, s->sec->end, under_questions(s->ps, s->i));
}

/* ---- a flash card of a spaced-repetition plugin: "What is X?::Y" on
 * one line, or "What is X?", a line "?" (or "??"), then its answer
 * ---- */

/* Whether c may be in an identifier. */
static int
ident(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_';
}

/* Where the answer of card paragraph b starts in its text, with *q set
 * to the length of its question; 0 when b is no card. A "::" with an
 * identifier's letter on each side is a name's ("std::move"), unless
 * names is 0 and what follows it asks no question ("What does std::move
 * do?" is one), and one in a code span is code; the question must ask
 * when asks is set. */
static size_t
card(const struct mdnode *b, size_t *q, int names, int asks)
{
	const char *t = b->text.data;
	size_t n = b->text.len, i, a = 0, k;
	int code = 0;
	char *title;

	if (b->type != MDN_P || t == NULL || n < 4)
		return 0;
	if (b->breaks == 0) {
		for (i = 0; i + 1 < n && a == 0; i++) {
			if (t[i] == '`')
				code = !code;
			if (code || t[i] != ':' || t[i + 1] != ':' ||
			    (i + 2 < n && t[i + 2] == ':') ||
			    (i > 0 && t[i - 1] == ':') || i == 0 ||
			    i + 2 >= n ||
			    (ident(t[i - 1]) && ident(t[i + 2]) &&
			        (names || lang_question_mark(t, n))))
				continue;
			*q = i;
			a = i + 2;
		}
	} else if (b->first_break > 1) {
		/* "?" or "??" alone on the line after the question */
		k = b->first_break;
		for (i = k; i < n && t[i] == '?'; i++)
			;
		if (i - k >= 1 && i - k <= 2 && i < n &&
		    (t[i] == ' ' || t[i] == '\n')) {
			*q = k - 1;
			a = i + 1;
		}
	}
	if (a == 0)
		return 0;
	while (a < n && md_space(t[a]))
		a++;
	if (a >= n)
		return 0;
	if (!asks)
		return a;
	title = ct_title_of_text(t, *q);
	/* (or after a clause that sets it up: "Given a and b, what is
	 * the ellipse's equation") */
	if (!ct_question_like(title) &&
	    ((k = strcspn(title, ",")) == strlen(title) ||
	        !ct_question_like(title + k + 1)))
		a = 0;
	free(title);
	return a;
}

/* Whether section sec is a deck of cards: two or more paragraphs that
 * are cards when a "::" between letters is no name's ("What is DAX::a
 * managed cache"), asking or not, one of them parted as any card is (by
 * a "::" that is no name's, or a "?" line) and one asking. In a deck
 * such a "::" parts question and answer too, and a card whose question
 * does not ask ("Does DAX speed up writes::No") is one too. */
static int
deck(const struct section *sec)
{
	size_t q, plain = 0, asks = 0, n = 0;

	for (const struct mdnode *b = sec->first;
	     b != NULL && b != sec->end && (plain == 0 || asks == 0 || n < 2);
	     b = b->next)
		if (b->type == MDN_P && card(b, &q, 0, 0) > 0) {
			n++;
			plain += card(b, &q, 1, 0) > 0;
			asks += card(b, &q, 0, 1) > 0;
		}
	return plain > 0 && asks > 0 && n >= 2;
}

/* card(b) in section s's scan: a name's "::" parts a card in a deck,
 * and one whose question asks under a heading that says questions
 * follow. */
static size_t
scan_card(const struct scan *s, const struct mdnode *b, size_t *q)
{
	size_t a = card(b, q, 1, 1);

	if (a == 0 && s->deck)
		a = card(b, q, 0, 0);
	if (a == 0 && s->sec->kind == LANG_QUESTIONS)
		a = card(b, q, 0, 1);
	return a;
}

static int
card_matches(const struct scan *s, const struct mdnode *b)
{
	size_t q;

	/* (a card holds its question and answer, under a heading that
	 * asks or not) */
	return (s->ps->layout == CORPUS_PARAGRAPHS ||
	           s->ps->layout == CORPUS_AUTO) &&
	    scan_card(s, b, &q) > 0;
}

static const struct mdnode *
card_read(struct scan *s, const struct mdnode *b)
{
	size_t q, a = scan_card(s, b, &q);
	char *title = ct_title_of_text(b->text.data, q);

	s->ps->rule = "a flash card, its answer after '::' or a '?' line";
	cp_add_record(s->ps, s->category, b->line, title, "", b->text.data + a);
	cp_asked(s->ps, title); /* its separator says it asks */
	free(title);
	return b->next;
}

/* ---- a run of paragraphs that alone ask, each answered below ("What is
 * a process?" then its answer; a quote of one) ---- */

static int
plain_matches(const struct scan *s, const struct mdnode *b)
{
	return (s->ps->layout == CORPUS_PARAGRAPHS ||
	           (s->ps->layout == CORPUS_AUTO && !s->asks)) &&
	    s->ps->plain_questions >= 3 && s->sec->plain > 0 &&
	    ci_plain_question(b, s->sec->plain_after);
}

static const struct mdnode *
plain_read(struct scan *s, const struct mdnode *b)
{
	s->ps->rule = "a run of paragraphs that ask, each answered below";
	return ci_read_plain_question(
	    s->ps, s->category, b, s->sec->end, s->sec->plain_after);
}

/* ---- a table whose first column holds questions ---- */

static int
table_matches(const struct scan *s, const struct mdnode *b)
{
	return b->type == MDN_TABLE && s->ps->layout == CORPUS_AUTO &&
	    !s->asks && ci_question_table(b);
}

static const struct mdnode *
table_read(struct scan *s, const struct mdnode *b)
{
	s->ps->rule = "a row of a table of questions";
	ci_read_table(s->ps, s->category, b, ci_question_table(b));
	return b->next;
}

/* ---- a run of tables of one task each, headed by its number and its
 * title ("| **1** | **Container Runtime Sandbox** |") ---- */

static int
task_table_matches(const struct scan *s, const struct mdnode *b)
{
	return s->ps->layout == CORPUS_AUTO && !s->asks &&
	    s->ps->task_tables >= 2 && ci_task_table(b);
}

static const struct mdnode *
task_table_read(struct scan *s, const struct mdnode *b)
{
	s->ps->rule = "a run of tables, each one task under its number";
	ci_read_task_table(s->ps, s->category, b);
	return b->next;
}

/* ---- anything else: content (an answer's, or the section's) ---- */

static int
content_matches(const struct scan *s, const struct mdnode *b)
{
	(void)s, (void)b;
	return 1;
}

static const struct mdnode *
content_read(struct scan *s, const struct mdnode *b)
{
	if (b->type == MDN_P) {
		/* the question of a toggle below that says "Answer" */
		free(s->prev_q);
		s->prev_q = ct_title_of(b);
		s->prev_line = b->line;
		if (!ct_question_like(s->prev_q)) {
			free(s->prev_q);
			s->prev_q = NULL;
		}
	}
	s->sec->content = 1;
	return b->next;
}

/* ---- a block in an aside box (":::: callout", "::: tip"): what it
 * says is an aside, whatever its shape (the objectives of a lesson are
 * no questions) ---- */

static int
aside_box_matches(const struct scan *s, const struct mdnode *b)
{
	(void)s;
	return b->div == 'a' && b->nav != 2;
}

static const struct mdnode *
aside_box_read(struct scan *s, const struct mdnode *b)
{
	s->sec->content = 1;
	return b->next;
}

/* ---- an exercise box with no title of its own (":::: exercise", or
 * "::: problem" in it, over "Which of these ...?"): its first paragraph
 * asks, what follows in the box up to a solution box is its body, and
 * the solution box its answer ---- */

/* The first block in the box that marker line o opens that is no marker
 * line (past the markers of boxes of its role inside it, "::: problem"),
 * or NULL when it is none or the box holds a heading (a box titled by
 * its heading is read with its section); *close is set to the marker
 * line that closes the box, or to end. */
static const struct mdnode *
box_first(const struct mdnode *o, const struct mdnode *end,
    const struct mdnode **close)
{
	const struct mdnode *b, *first = NULL;
	int depth = 0, titled = 0;

	for (b = o->next; b != NULL && b != end; b = b->next) {
		if (b->nav == 2 && b->div == 'c') {
			if (depth-- == 0)
				break;
			continue;
		}
		if (b->nav == 2) {
			depth++;
			continue;
		}
		titled |= b->type == MDN_H;
		/* (not in an aside or a solution inside it) */
		if (first == NULL && b->div == 'q')
			first = b;
	}
	*close = b != NULL ? b : end;
	return titled ? NULL : first;
}

static int
box_matches(const struct scan *s, const struct mdnode *b)
{
	const struct mdnode *first, *close;

	/* (one box alone in a section is its heading's, or the text's
	 * around it, unless the heading says questions follow: a run of
	 * two or more are questions of their own) */
	if (b->nav != 2 || b->div != 'q' ||
	    (s->boxes < 2 && s->sec->kind != LANG_QUESTIONS))
		return 0;
	first = box_first(b, s->sec->end, &close);
	return first != NULL && first->type == MDN_P && first->div == 'q';
}

/* Renders the blocks [from, to) that are no marker lines into out. */
static void
render_unmarked(
    const struct mdnode *from, const struct mdnode *to, struct buf *out)
{
	for (; from != NULL && from != to; from = from->next)
		if (from->nav != 2) {
			if (out->len > 0)
				buf_adds(out, "\n\n");
			ct_render_blocks(from, from->next, out);
		}
}

static const struct mdnode *
box_read(struct scan *s, const struct mdnode *b)
{
	const struct mdnode *first, *close, *k;
	struct buf body = { 0 }, ans = { 0 };
	const char *num;
	char *q;

	first = box_first(b, s->sec->end, &close);
	/* the body, up to a solution box; that box, the answer */
	for (k = first->next; k != close && !(k->nav == 2 && k->div == 's');
	     k = k->next)
		;
	render_unmarked(first->next, k, &body);
	render_unmarked(k, close, &ans);
	/* ... or the solution box right after the box */
	if (ans.len == 0 && close != s->sec->end && close->next != NULL &&
	    close->next != s->sec->end && close->next->nav == 2 &&
	    close->next->div == 's') {
		const struct mdnode *o = close->next;

		(void)box_first(o, s->sec->end, &close);
		render_unmarked(o, close, &ans);
	}
	/* (its number, "1. Why ...?", numbers it) */
	q = ct_title_of(first);
	num = ct_numbering(q, 1);
	if (*num != '\0')
		memmove(q, num, strlen(num) + 1);
	s->ps->rule = "an exercise box with no title: its first paragraph "
	              "asks";
	cp_add_record(s->ps, s->category, first->line, q,
	    md_trim((char *)buf_cstr(&body)), md_trim((char *)buf_cstr(&ans)));
	cp_asked(s->ps, q); /* its box says it asks */
	free(q);
	buf_free(&body);
	buf_free(&ans);
	return close != s->sec->end ? close->next : close;
}

/* The shapes of blocks, tried in order; the last matches any block. */
static const struct block_rule block_rules[] = {
	{ "a block in an aside box", aside_box_matches, aside_box_read },
	{ "the end of a toggle that groups toggles", group_end_matches,
	    group_end_read },
	{ "a toggle whose summary names the toggles in it", group_matches,
	    group_read },
	{ "a toggle that hides a table of contents", contents_toggle_matches,
	    contents_toggle_read },
	{ "a toggle inside a numbered list", aside_matches, aside_read },
	{ "a <details> block", toggle_matches, toggle_read },
	{ "an exercise box with no title: its first paragraph asks",
	    box_matches, box_read },
	{ "page furniture", furniture_matches, skip_read },
	{ "the answer after a marker below a list of questions", marker_matches,
	    marker_read },
	{ "the answer of a question alone in its list", answer_below_matches,
	    answer_below_read },
	{ "a list", list_matches, list_read },
	{ "a paragraph that asks under a label that says questions follow",
	    asked_p_matches, asked_p_read },
	{ "code after a list of questions", code_after_list_matches,
	    code_after_list_read },
	{ "a paragraph of questions, one a line", bold_lines_matches,
	    bold_lines_read },
	{ "a run of bold titles, each with its task after a dash",
	    dash_titles_matches, dash_titles_read },
	{ "a label over the question below it", labelled_matches,
	    labelled_read },
	{ "a flash card, its answer after '::' or a '?' line", card_matches,
	    card_read },
	{ "a question paragraph", question_p_matches, question_p_read },
	{ "a run of paragraphs that ask, each answered below", plain_matches,
	    plain_read },
	{ "a table whose first column holds questions", table_matches,
	    table_read },
	{ "a run of tables, each one task under its number", task_table_matches,
	    task_table_read },
	{ "content", content_matches, content_read },
};

const struct mdnode *
cb_numbered(const struct section *s)
{
	for (const struct mdnode *b = s->first; b != NULL && b != s->end;
	     b = b->next)
		if (b->type == MDN_OL)
			return b;
	return NULL;
}

/* The first numbered list of section j, when its title says answers
 * follow; else NULL. */
static const struct mdnode *
key_list(const struct parse *ps, size_t j)
{
	const struct section *a = &ps->secs[j];

	return a->heading != NULL && a->kind == LANG_ANSWER ? cb_numbered(a) :
	                                                      NULL;
}

/* The answer key of section i: the first numbered list of the section
 * right after it at its level, or of its first subsection, when that
 * one's title says answers follow ("## Questions" over "1. What is a
 * topic?", then "## Answers" or "### Answers" over "1. A named
 * stream."); else NULL. */
const struct mdnode *
cb_answer_key(const struct parse *ps, size_t i)
{
	const struct section *s = &ps->secs[i];
	const struct mdnode *key = NULL;
	size_t j = s->last + 1;

	if (s->heading == NULL)
		return NULL;
	if (i + 1 < ps->nsecs && ps->secs[i + 1].parent == i)
		key = key_list(ps, i + 1);
	if (key == NULL && j < ps->nsecs && ps->secs[j].level == s->level)
		key = key_list(ps, j);
	return key;
}

/* Whether section sec holds two paragraphs at least that a question
 * label starts ("*Q: What is X?*"). */
static int
labels_two(const struct section *sec)
{
	size_t n = 0;

	for (const struct mdnode *b = sec->first;
	     b != NULL && b != sec->end && n < 2; b = b->next)
		n += b->type == MDN_P && b->text.len > 0 &&
		    lang_label(b->text.data) > 0;
	return n >= 2;
}

/* The records of section i's blocks. In a section whose heading asks a
 * question only <details> blocks count: its lists are its answer; a
 * heading that only reads as one ("## Design concepts") over labelled
 * questions is their category. */
void
cb_scan_section(struct parse *ps, size_t i)
{
	struct section *sec = &ps->secs[i];
	struct scan s = {
		.ps = ps,
		.i = i,
		.sec = sec,
		.asks = sec->heading != NULL && sec->leaf &&
		    (sec->evidence == 2 ||
		        (sec->evidence == 1 && !labels_two(sec))),
		.loose = sec->first,
		.before = ps->added,
		.deck = deck(sec),
		.boxes = (int)md_boxes(sec->first, sec->end),
	};
	const struct mdnode *b = sec->first, *next;
	long before = ps->added, outright = ps->outright;

	/* a numbered heading's answer may start in its list */
	sec->content = sec->lead != NULL && sec->lead != sec->lead_end;
	ps->key = cb_answer_key(ps, i);
	/* what an "Answer" or "References" heading heads is an answer or
	 * links, under it too ("## Answer Key" over "### Domain 1"): never
	 * questions */
	if (sec->kind == LANG_ANSWER || sec->kind == LANG_REFERENCES ||
	    sec->kind == LANG_EXAMPLE || under_kind(ps, i, LANG_ANSWER) ||
	    (ps->layout >= 1 && ps->layout <= 6)) {
		sec->content |= b != NULL && b != sec->end;
		sec->items = 0;
		return;
	}
	/* the section's answered bold leads, over all its lists (a page
	 * may part them with "<br>"): a run of three or more, most of
	 * which ask, makes the others questions too */
	{
		size_t leads = 0, asks = 0;

		for (const struct mdnode *k = b; k != NULL && k != sec->end;
		     k = k->next)
			if (k->type == MDN_UL || k->type == MDN_OL)
				leads += ci_bold_leads(
				    ps, cp_category_of(ps, i), k, &asks);
		ps->bold_run = leads >= 3 && 2 * asks > leads;
	}
	while (b != NULL && b != sec->end) {
		const struct block_rule *r = block_rules;
		long added = ps->added;

		s.category = s.group != NULL ? s.group : cp_category_of(ps, i);
		while (!r->matches(&s, b))
			r++;
		next = r->read(&s, b);
		/* a record of another shape ends the answer below a list */
		if (ps->added != added && r->read != list_read &&
		    r->read != asked_p_read)
			s.answering = 0, s.after_questions = 0;
		if (b->type != MDN_P && b->type != MDN_UL &&
		    b->type != MDN_OL) {
			free(s.prev_q);
			s.prev_q = NULL;
		}
		s.after_list = s.listed;
		s.listed = 0;
		if (ps->added != added)
			s.loose = next;
		else if (ps->added == before && sec->content)
			sec->text_first = 1;
		s.prev = b;
		b = next;
	}
	ps->bold_run = 0;
	free(s.prev_q);
	free(s.group);
	sec->items = (size_t)(ps->added - before);
	sec->headed = s.headed;
	if (!ps->emit)
		sec->outright = (size_t)(ps->outright - outright);
}
