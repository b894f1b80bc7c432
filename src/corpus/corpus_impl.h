/* Internals of the markdown reader, shared by corpus.c (sections,
 * headings, categories, records), corpus_blocks.c (the shapes of blocks in
 * a section), corpus_items.c (the shapes inside lists, toggles and
 * paragraphs) and corpus_text.c (what text reads as). */
#ifndef BEQ_CORPUS_IMPL_H
#define BEQ_CORPUS_IMPL_H

#include <stddef.h>

#include "buf.h"
#include "corpus.h"
#include "corpus_lang.h"
#include "corpus_md.h"

struct section {
	const struct mdnode *heading; /* NULL for the blocks before one */
	unsigned level; /* 0 before the first heading */
	char *title; /* the heading as plain text */
	const struct mdnode *first, *end; /* its blocks: [first, end) */
	/* a numbered heading's: the items after it in its list, [lead,
	 * lead_end), which start its answer when it is a question */
	const struct mdnode *lead, *lead_end;
	int leaf; /* no deeper heading follows inside it */
	int told; /* --explain has told it as a question */
	int content; /* has blocks that made no record */
	int text_first; /* ... and one of them before its first record */
	/* its blocks say where its answer starts ("---ANSWER---", ":::
	 * solution"), above any list of questions */
	int marked;
	int question; /* the heading is a question */
	/* ... under a label deeper than it, with no text, that says
	 * questions follow ("#### General Questions:" over "### What is
	 * DNS?"): that section's index plus one; 0 none */
	size_t under_label;
	/* its title names its question ("01-01. Docker Question", as
	 * another heading's at its level does; "Exercise 2: Fields"): what
	 * it shows before its first toggle states it */
	int named;
	/* its title says a question is written under it ("Quiz",
	 * "Question 3", "Exercise"): lang_says_question, once */
	int says;
	/* it says questions follow in its title and again in its one
	 * paragraph, which ends in a colon ("## Sample Questions", "Below
	 * are the common questions:"): its subsections' lists hold them */
	int restated;
	/* it names the question its first paragraphs state, as the other
	 * headings of its run do (corpus.c, titled_run) */
	int titled;
	int counted; /* numbered in order under "Questions" (counted_run) */
	/* its heading names an exercise and its number ("Exercise 2:
	 * Fields", "Knowledge Check 1": lang_exercise_label) */
	int label;
	int own; /* a question of its own blocks only: its subsections
	          * hold questions of theirs */
	size_t items; /* records from its blocks */
	int headed; /* ... one of which asks its heading's question */
	/* its paragraphs that alone ask (ci_plain_question), when it starts
	 * with one and holds two at least: a run; else 0 */
	size_t plain;
	/* ... and the kind of block that answers its first (enum mdtype):
	 * a line of the run that asks without a question mark is one of
	 * them only when a block of that kind answers it too */
	int plain_after;
	size_t parent; /* the section of the heading around it */
	size_t last; /* its last subsection (itself when a leaf) */
	/* a question stated in its first subsection ("## 题目描述",
	 * "## Description") and answered in the next ("## 解法"): the
	 * first's index, else 0 */
	size_t stated;
	/* under an answer heading further down, a heading that names this
	 * one's question ("### Question 11 (5 points)" under "## Answer
	 * Key"): its index + 1, else 0; its text answers the question when
	 * nothing under this one does (corpus.c, answered_again) */
	size_t answered_by;
	int names_above; /* ... and, on that heading, 1 */
	int answer_next; /* a question whose answer is the section of the
	                  * "Answer" heading right after it, at its level */
	size_t answer_last; /* ... the last section of that answer */
	enum lang_title kind; /* what its title says follows */
	int evidence; /* how plainly it asks: 0, 1 or 2 (corpus.c) */
	size_t subitems; /* records from its blocks and its subsections' */
	size_t outright; /* those of them that ask outright (a question
	                  * mark or label): the rest may be an answer's
	                  * structure ("**How it works**") */
	int below; /* a subsection has content */
	int asked_below; /* a subsection's heading asks outright */
	const char *why; /* the reason for its reading (--explain) */
};

/* A heading as ci_index_list compares it, and the line it is on; the
 * file's, sorted, read when a list first needs them (shared by the
 * copies of a parse that the dry runs make). */
struct head {
	char *key;
	unsigned line;
};
struct heads {
	struct head *v;
	size_t n;
	int read;
};

struct parse {
	struct corpus *c;
	const char *source;
	const char *name; /* the file's own name: the last fallback category */
	const char *title; /* the front matter's title, the first fallback */
	const char *h1; /* the first "#" heading's, the next one */
	unsigned h1_line; /* ... and its line */
	int exercises; /* the page's title names exercises: its lists are */
	int exercise; /* its title or file name names one: "task.md" */
	/* its file's name says questions follow ("faq.md") and no heading
	 * says, whole, where they are: it is a section of them */
	int faq;
	corpus_warn_fn *warn;
	void *ctx;
	struct section *secs;
	size_t nsecs;
	int emit; /* second pass: add the records */
	size_t qlists; /* lists of questions so far: a file that has them
	                * writes its other lists that way too */
	unsigned qlevel; /* the level of the first one's section */
	unsigned qkinds; /* the kinds of them: 1 bullets, 2 numbered */
	int asked; /* the last list read was a list of questions */
	int indexed; /* ... or an index of the headings below it */
	int strict; /* no list is read as questions for the lists before it */
	/* the first pass's toggles that are questions of their own, and
	 * those of them that ask: a toggle that does not ask is one only
	 * where most of them do */
	size_t toggles, toggles_ask;
	/* the section's lists hold a run of answered bold leads, most of
	 * which ask (ci_bold_leads): those that do not are questions too */
	int bold_run;
	/* the paragraphs at a section's margin that open with a bold title
	 * and a dash (ci_dash_title): three make a run of tasks */
	size_t dash_titles;
	/* ... and the tables of one task each (ci_task_table): two make a
	 * run of tasks */
	size_t task_tables;
	/* ... and those that alone ask, answered below (ci_plain_question):
	 * three make a run of questions */
	size_t plain_questions;
	long added;
	long outright; /* of added, those that ask outright */
	uint32_t source_id; /* of source in c, once have_source */
	int have_source;
	char *store; /* where records' strings go, when they fit */
	size_t storelen; /* its bytes left */
	corpus_explain_fn *explain; /* each reading, for beq index --explain */
	const char *rule; /* the shape the next record is read in */
	int layout; /* enum corpus_layout: where the questions are */
	/* the summaries of the file's toggles, sorted (ci_hides_answer) */
	char **summaries;
	size_t nsummaries;
	int summaries_read;
	struct heads *heads; /* its headings (ci_index_list) */
	/* the numbered list of the "Answers" section right after the one
	 * being read, whose items answer the items of the same number of
	 * its first numbered list of questions (an answer key); NULL: none */
	const struct mdnode *key;
	struct mdnode title_head; /* the front matter's title as a heading */
	unsigned shift; /* 1: headings one level deeper, under that title */
	char *last_category; /* as given to the last record added */
	uint32_t last_category_id; /* its id in c */
};

/* ci_scan_list flags: leave the last item to a <details> after the list;
 * a list that the page says holds questions (or exercises) needs no
 * question-like items; nor does one among lists of questions. Any list
 * but the first kind whose items are mostly notes ("**Term**: what it
 * means") holds none. */
enum { SCAN_SKIP_LAST = 1, SCAN_LENIENT = 2, SCAN_AMONG = 4 };

/* corpus.c */
void cp_warnf(struct parse *ps, unsigned line, const char *msg);
/* Adds a record (in the second pass; counts it in the first), with the
 * file's name as category when category is NULL or empty; b is its body
 * (NULL or empty: none). */
void cp_add_record(struct parse *ps, const char *category, unsigned line,
    const char *q, const char *b, const char *a);
/* Counts the record of question q just added as asking outright (in the
 * first pass) when the shape it was read in says it asks, as a question
 * mark would: a table's question column, a card's "::", an exercise
 * box. */
void cp_asked(struct parse *ps, const char *q);
/* The same with the answer a, a string from malloc that it trims and
 * takes (or frees); NULL in the first pass, which reads no answer. */
void cp_add_record_own(struct parse *ps, const char *category, unsigned line,
    const char *q, char *a);
/* Where the answer to question q starts in its blocks [from, to): after
 * the code blocks right under it when q points below ("What does the
 * following code print?") and prose follows them, which then answers
 * it; else at from. */
const struct mdnode *cp_code_shown(
    const char *q, const struct mdnode *from, const struct mdnode *to);
/* Whether block b says that the answer starts here: a heading that says
 * "Answer", a paragraph that starts with an answer label ("Answer:",
 * "解析：") or is only that word between marks ("---ANSWER---",
 * "【解答】"). */
int cp_answer_marker(const struct mdnode *b);
/* Whether block b starts a quiz's options: task items ("- [ ] a", "- [x]
 * b"), perhaps in lists of their own with code between them (each
 * option's code), or boxes on the lines of a paragraph; some ticked and
 * some not, or, when hidden (under a question already: a quiz that hides
 * its answer), two or more none of which is ticked. Sets *end (when not
 * NULL) to the block after them. */
int cp_options(const struct mdnode *b, int hidden, const struct mdnode **end);
/* Appends the text of the ticked options in [b, end), a paragraph each
 * (an option with no text of its own: the code under it). */
void
cp_ticked(const struct mdnode *b, const struct mdnode *end, struct buf *out);
/* Whether t[0..n) is lettered options only: each line starts with the
 * next one, or, after the first, one starts after a space with the
 * first one's mark; then each one's text is some text and ends no
 * sentence before more of it. */
int cp_lettered_text(const char *t, size_t n);
/* Whether block b is lettered options: a paragraph of them
 * (cp_lettered_text) or a list of two items or more, each starting with
 * the next letter and a mark ("A:", "b)", "C."). */
int cp_lettered(const struct mdnode *b);
/* Appends (when out is not NULL) the text of each option of [b, end)
 * ("A) Mean", a line of a paragraph or the first line of a list item)
 * that a tick mark ends ("B) Median ✓", "C) Mode  X"), less its letter
 * and the mark, when some options have one and others not; returns how
 * many do, else 0. */
size_t cp_tick_marked(
    const struct mdnode *b, const struct mdnode *end, struct buf *out);
/* ... the same over the lines of text t[0..n). */
size_t cp_tick_marked_text(const char *t, size_t n, struct buf *out);
/* The category of the records of section i. */
const char *cp_category_of(const struct parse *ps, size_t i);

/* corpus_blocks.c: reads the blocks of section i (a table of shapes) and
 * adds their records; sets its content and items */
void cb_scan_section(struct parse *ps, size_t i);
/* The answer key of section i: the first numbered list of the section
 * right after it at its level, or of its first subsection, that says
 * answers follow, or NULL. */
const struct mdnode *cb_answer_key(const struct parse *ps, size_t i);
/* The first numbered list of section s's own blocks, or NULL. */
const struct mdnode *cb_numbered(const struct section *s);
/* Whether block b is a label that says questions follow right above
 * what it labels ("Questions:", "**常见问题**", "【问题】"). */
int cb_says_questions(const struct mdnode *b);

/* corpus_items.c: each reads one shape and adds its records */
/* Whether the items of a list under a heading titled title (NULL: none)
 * are tasks: the page's title, or that one, names exercises. */
int ci_tasks(const struct parse *ps, const char *title);
size_t ci_scan_list(struct parse *ps, const char *category,
    const struct mdnode *list, int flags);
/* Whether the <details> block that starts at d holds <details> blocks
 * of its own (its summary is then their category). */
int ci_details_nested(const struct mdnode *d, const struct mdnode *end);
/* Reads the <details> block that starts at d: its summary in *q, what a
 * summary left open holds (code) in body, what it hides in ans. */
const struct mdnode *
ci_details(const struct mdnode *d, const struct mdnode *end, char **q,
    unsigned *line, struct buf *body, struct buf *ans);
int ci_answer_summary(const char *s);
/* Whether a toggle's summary s only hides an answer: it says so
 * ("Answer", "Show solution"), or, asking nothing, it is the summary of
 * another toggle of the file too ("show" under each exercise): distinct
 * questions are not written alike. */
int ci_hides_answer(struct parse *ps, const char *s);
int ci_answers_above(const struct mdnode *d, const struct mdnode *end);
/* Whether the toggle at d asks in its summary and holds, after what shows
 * the question, a toggle that hides the answer ("??? seealso \"Can awk
 * ...?\"" over "??? tip \"Answer\""): one question, no group. */
int ci_answered_inside(const struct mdnode *d, const struct mdnode *end);
/* Whether paragraph p is a question ("**Q:** What is X?", "**What is
 * X?**"); with faq set (under a heading that says questions follow), a
 * bold line of a sentence that does not ask is one too. */
int ci_is_question_p(const struct mdnode *p, int faq);
/* After a dry run of ps (a copy that adds no record): keeps what the copy
 * read once for the file (its toggles' summaries), which ps owns then. */
void ci_dry_done(struct parse *ps, const struct parse *dry);
/* The items of list that are a bold lead alone on its line over blocks
 * of their own (an answer); *asks, those of them read as bold
 * questions. */
size_t ci_bold_leads(struct parse *ps, const char *category,
    const struct mdnode *list, size_t *asks);
/* Whether paragraph p is bold questions one a line ("**What is X?**<br/>"
 * then the next), two at least, the first line one of them; and the
 * records of such a paragraph: a question a bold line, the lines up to
 * the next its answer. */
int ci_bold_lines(const struct mdnode *p);
void ci_read_bold_lines(
    struct parse *ps, const char *category, const struct mdnode *p);
/* Whether paragraph p opens with a bold title, then a dash and text
 * ("**Find PI to the Nth Digit** - Enter a number ..."): one of a run of
 * tasks or projects. Sets *title (rendered) and *rest (the markdown after
 * the dash), both from malloc, when they are not NULL. */
int ci_dash_title(const struct mdnode *p, char **title, char **rest);
/* Whether block b is a paragraph (or a quote of one) that alone asks, a
 * line that ends in a question mark, with what follows it answering it:
 * three on a page make a run of questions (ci_read_plain_question reads
 * one, its answer the blocks up to the next question or end). With
 * after a block type (enum mdtype; else -1), in such a run, a line that
 * reads as a question and is answered by a block of that type is one
 * too. */
int ci_plain_question(const struct mdnode *b, int after);
/* Whether paragraph b only labels a question ("**Question 3**") and the
 * paragraph after it is that question (ci_read_labelled_question reads
 * it: its answer the blocks after it, less a paragraph that only says
 * "Answer", up to the next such label). */
int ci_labelled_question(const struct mdnode *b);
const struct mdnode *ci_read_labelled_question(struct parse *ps,
    const char *category, const struct mdnode *b, const struct mdnode *end);
const struct mdnode *
ci_read_plain_question(struct parse *ps, const char *category,
    const struct mdnode *b, const struct mdnode *end, int after);
/* An answer without a label at its start ("Answer:", "**A:**", and
 * "- **A:** " before a one-line answer): a, or a pointer into it past the
 * label, trimmed. */
char *ci_drop_label(char *a);
/* Whether a list is an index of the questions below it: two in three of
 * its items (two at least) say what a heading after it says. */
int ci_index_list(struct parse *ps, const struct mdnode *list);
/* Whether a list is a table of contents: its items only links. */
int ci_toc(const struct mdnode *list);
/* Whether a list only gives links, each with a few words and none
 * asking: references, or a reading list. */
int ci_link_list(const struct mdnode *list);
const struct mdnode *
ci_paragraph_question(struct parse *ps, const char *category,
    const struct mdnode *p, const struct mdnode *end, int faq);
char *ci_item_text(const struct mdnode *li, const struct mdnode **rest);
/* The block that holds list item li's own text: the item itself (a tight
 * list) or its first paragraph (a loose one); NULL when it starts with
 * another block. */
const struct mdnode *ci_item_block(const struct mdnode *li);
/* The column of table t that holds questions, plus one, else 0: the
 * first headed "Question" ("問題", "Q", "FAQ"), else the first whose cells
 * mostly ask; and its records, a row each: that column's cell the
 * question, the cells after it its answer. */
size_t ci_question_table(const struct mdnode *t);
/* Whether table t is one task, headed by its number and its title ("| **1**
 * | **Container Runtime Sandbox** |") over rows of its parts ("| Task
 * weight | 4% |"). */
int ci_task_table(const struct mdnode *t);
/* Adds task table t's record: its title the question, its rows the body,
 * no answer. */
void ci_read_task_table(
    struct parse *ps, const char *category, const struct mdnode *t);
void ci_read_table(
    struct parse *ps, const char *category, const struct mdnode *t, size_t col);

/* corpus_text.c */
char *ct_title_of(const struct mdnode *n);
/* The same of markdown text[0..n). */
char *ct_title_of_text(const char *text, size_t n);
/* Where the first colon of s[0..n) is, ":" or a full-width "：" (*width
 * its bytes), or n when there is none (*width 0): the end of a label. */
size_t ct_colon(const char *s, size_t n, size_t *width);
/* The length of the enumerator "(12) " or "（12）" that s starts with, or
 * 0. */
size_t ct_paren_number(const char *s);
/* A title past its numbering ("12. ", "1.2 ", "Q3: ", "12." glued to
 * what it numbers; the comment of its definition says which), a
 * heading's, or a list item's (item: a number and a space is its
 * question's). */
const char *ct_numbering(const char *title, int item);
/* A heading's title as a question: a number ("12. ") or label ("Q. ",
 * "Q3:") at its start and emphasis around it all taken off (a copy). */
char *ct_heading_question(const char *title);
void ct_strip_shortcodes(char *s);
/* lang_question_mark and lang_asks of a NUL-terminated s, in that order */
int ct_ends_in_question_mark(const char *s);
/* Whether s[0..n) ends in a colon, ASCII or full-width: it introduces
 * what follows ("Questions:", "run:"). */
int ct_ends_in_colon(const char *s, size_t n);
/* Whether s[0..n) is one run of bold: "**", text with no '*', "**". */
int ct_all_bold(const char *s, size_t n);
int ct_question_like(const char *s);
/* Whether s[0..n) is a sentence that asks: it starts with an asking word
 * (lang_asks_plainly), and not in lower case ("show the feed", "what
 * readers see" are notes). */
int ct_sentence_asks(const char *s, size_t n);
int ct_note(const char *s);
/* s as compared for sameness: ASCII letters and digits lower-cased, other
 * scripts kept, markup, punctuation and spaces dropped (a copy). */
char *ct_words_key(const char *s);
size_t ct_words(const char *s);
size_t ct_squeeze(char *w, const char *a, size_t len);
long ct_find_ci(const char *s, size_t n, const char *needle);
int ct_html_block(const struct mdnode *n, const char *needle);
void ct_render_blocks(
    const struct mdnode *from, const struct mdnode *to, struct buf *out);

#endif
