/* Markdown -> a small block tree, by md4c (CommonMark with tables,
 * strikethrough and task lists), loaded with dlopen on first use: only
 * `beq index` parses markdown, and every start of a search would pay for
 * linking it (make bench). Each block keeps its inline content
 * rendered back to markdown and the line it starts on; inline HTML is
 * turned into the markdown a reader sees (<b> as **, <code> as `). */
#ifndef BEQ_CORPUS_MD_H
#define BEQ_CORPUS_MD_H

#include <stddef.h>

#include "buf.h"

enum mdtype {
	MDN_DOC,
	MDN_QUOTE,
	MDN_UL,
	MDN_OL,
	MDN_LI,
	MDN_HR,
	MDN_H,
	MDN_CODE,
	MDN_HTML,
	MDN_P,
	MDN_TABLE,
	MDN_THEAD,
	MDN_TBODY,
	MDN_TR,
	MDN_TH,
	MDN_TD,
};

struct mdnode {
	enum mdtype type;
	unsigned level; /* heading level; first number of an OL */
	unsigned line; /* first line of the block's text, 1-based (0: none) */
	struct buf text; /* inline content as markdown; raw for HTML blocks */
	struct mdnode *parent, *child, *last, *next;
	/* inline "</details>" tags in the block and the blocks in it (as when
	 * "</b></details>" ends an answer's last line); in text, the first
	 * one is at details_at - 1 (0: in a block inside) */
	unsigned details_close;
	size_t details_at;
	/* where in text the first soft line break was (written as a
	 * space), plus one; 0: none; and how many there were */
	size_t first_break;
	unsigned breaks;
	char task; /* a task list item: 'x' checked, ' ' not, 0 no task */
	char tight; /* a list with no blank line between its items' blocks */
	/* a list right after one of its kind, which must be marked apart
	 * ("*" for "-", ")" for ".") or the two would read as one */
	char other_mark;
	/* an OL in a run of three or more among its siblings, each of
	 * which starts at the number after the last of the one before
	 * ("1." and its code, "### Scope", "2." and its code, "3." ...):
	 * the numbered steps of one sequence, whatever lies between */
	char runs_on;
	/* 1: a paragraph or HTML block that is only a link back up the page
	 * ("[⬆ Back to Top](#toc)"), which no answer shows; 2: the line
	 * that opens or closes a fenced div (":::: challenge", ":::"),
	 * which a site does not show either; while a paragraph is read, 1
	 * after one inline <a href="#..."> tag, -1 after any other <a>
	 * tag */
	signed char nav;
	/* the fenced div a top-level block is in, or that its marker line
	 * opens (pandoc, Docusaurus, VitePress, the Carpentries): 'q' an
	 * exercise (challenge, exercise, question, quiz, task, problem),
	 * 's' its solution (solution, answer, details), 'a' an aside (a
	 * note, a tip, a callout, anything else); 0 none. A marker line
	 * that closes one has 'c'. The document's node: 'q' when its text
	 * is its front matter's "question:", not a title. */
	char div;
	/* a toggle made of a box that a site shows open, its text under its
	 * title ("!!! question", "???+", a callout with no fold mark or
	 * '+'), not folded away */
	char shown;
};

/* Parses doc[0..len), its lines ended by "\n" only and no byte-order
 * mark before them (corpus_parse writes a file so), into a tree the
 * caller frees with md_free: YAML front matter skipped, lines counted in
 * doc, the front matter's "title:" the text of the MDN_DOC node and its
 * line the node's line. Returns NULL with err set when md4c cannot be
 * loaded or fails. */
struct mdnode *
md_parse_tree(const char *doc, size_t len, char *err, size_t errsz);
/* Loads md4c if it is not loaded yet. Returns 0, or -1 with err set.
 * md_parse_tree loads it too, but not safely from two threads at once. */
int md_load(char *err, size_t errsz);
/* Unloads md4c if it was loaded. */
void md_unload(void);
void md_free(struct mdnode *n);

/* Appends block n, with its children, as markdown. */
void md_render(const struct mdnode *n, struct buf *out);

/* Appends the HTML text s[0..n) as markdown: <b>/<strong> as **, <i>/<em>
 * as * (with plain, dropped), <code> as `, <br> and <p> as line breaks,
 * entities decoded, other tags and comments dropped. */
void md_html_text(const char *s, size_t n, int plain, struct buf *out);

/* Whether an HTML block's text holds document structure (headings,
 * lists, paragraphs) rather than a widget like <details> or a table. */
int md_html_structural(const struct buf *t);
/* Whether the HTML s[0..n) holds, besides text, only <div> tags and
 * inline ones (<b>, <code>, <span>, ...): no comment, no block such as
 * <details>, <pre>, <p> or <table>. */
int md_html_inline_only(const char *s, size_t n);
/* The exercise boxes (fenced_divs' marker lines ":::: exercise") that
 * open at the margin of the blocks [from, end), up to a heading there:
 * two or more under a heading are questions of their own. */
size_t md_boxes(const struct mdnode *from, const struct mdnode *end);
/* Appends the HTML block s[0..n) rewritten as the markdown it shows,
 * keeping its lines where it can (corpus_html.c). */
void md_html_structure(const char *s, size_t n, struct buf *out);

/* Whether block n, a paragraph or an HTML block, is only a link to an
 * anchor in the page whose text says it goes back up (corpus_html.c). */
int md_nav_link(const struct mdnode *n);
/* The address the <a> tag s[0..n) links to, its length in *len; NULL
 * when it has no href. */
const char *md_href(const char *s, size_t n, size_t *len);
/* The value of attribute name of the tag s[0..n), its length in *len;
 * NULL when the tag has no such attribute. */
const char *md_attr(const char *s, size_t n, const char *name, size_t *len);
/* Whether the <a> tag s[0..n) links to an anchor in the page
 * (href="#..."). */
int md_anchor_href(const char *s, size_t n);

/* Whether t[0..len) starts with the n-th option letter (0: "A" or "a"),
 * one of marks after it and a space ("A. ", "b) "). */
int md_option_letter(const char *t, size_t len, int n, const char *marks);
/* The length of the first line of paragraph p's text: up to its first
 * line break, hard or soft. */
size_t md_first_line(const struct mdnode *p);
/* The items of list l. */
unsigned md_items(const struct mdnode *l);
/* Whether ordered list b starts at the number after the last of ordered
 * list a's items ("2." after a list of one item from "1."). */
int md_numbers_run_on(const struct mdnode *a, const struct mdnode *b);

/* Trims white space at both ends of s, in place; returns s moved on. */
char *md_trim(char *s);
/* Whether c is ' ', '\t', '\r' or '\n': what md_trim trims. */
int md_space(char c);
/* Points *t at n's text less the white space at its ends (NULL and 0
 * when n has no text) and returns its length. */
size_t md_text_span(const struct mdnode *n, const char **t);
/* Whether block n's text is one link and nothing else ("[two-sum](https:
 * //leetcode.com/problems/two-sum/)"). */
int md_only_link(const struct mdnode *n);

#endif
