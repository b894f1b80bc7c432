/* Records in memory: what the markdown parser fills and the index writer
 * serialises. The corpus owns every string in it; corpus_free releases them. */
#ifndef BEQ_CORPUS_H
#define BEQ_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#include "strmap.h"

struct corpus_record {
	uint32_t category; /* index into corpus.categories */
	uint32_t source; /* index into corpus.sources */
	uint32_t line; /* 1-based line of the question in its source */
	char *question;
	char *answer;
	/* what belongs to the question and is shown with it (the code of
	 * "what does this print?", a quiz's options), or NULL for none */
	char *body;
	/* 1 + strlen of each, measured by the parser as it adds them (the
	 * indexer's strlen of all of them, cold, took a twentieth of its
	 * time); 0 when not measured: who changes a measured string sets
	 * its length again */
	size_t qlen, alen, blen;
	/* HELD_Q, HELD_A, HELD_B: the question, the answer, the body is in
	 * memory the corpus holds (corpus_parse_in_place), not a string
	 * from malloc */
	unsigned char held;
};

enum { HELD_Q = 1, HELD_A = 2, HELD_B = 4 };

/* The length of each text field of r, measured or not. */
size_t corpus_qlen(const struct corpus_record *r);
size_t corpus_alen(const struct corpus_record *r);
size_t corpus_blen(const struct corpus_record *r);

/* Where a bank's questions are, when the reader is told rather than left
 * to find out (beq index --questions, or "<!-- beq: questions=h3 -->" in
 * a file): the headings of one level (1 to 6), the items of its lists,
 * its <details> blocks, or its question paragraphs. */
enum corpus_layout {
	CORPUS_AUTO = 0,
	CORPUS_LIST = 7,
	CORPUS_DETAILS,
	CORPUS_PARAGRAPHS
};

/* The layout that s[0..n) names ("h3", "list", "details", "paragraphs",
 * "auto"), or -1. */
int corpus_layout_parse(const char *s, size_t n);

struct corpus {
	/* set by the caller before parsing: the layout of every file it
	 * parses (CORPUS_AUTO: each file's own comment, else the model) */
	int layout;
	struct corpus_record *records;
	size_t nrecords, caprecords;
	char **categories; /* names, in order of first appearance */
	size_t ncategories, capcategories;
	char **sources; /* input names, in input order */
	size_t nsources, capsources;
	struct strmap category_map, source_map; /* name -> position */
	char **held; /* memory freed with the corpus (corpus_hold) */
	size_t nheld, capheld;
};

/* Called once per warning with the 1-based line it concerns (0: none). */
typedef void
corpus_warn_fn(void *ctx, const char *source, unsigned line, const char *msg);

/* Called, in document order, for each block the reader takes as a
 * question, a category or something else: its line, what it is ("heading
 * 3", "list item"), its text, and the reading with its reason
 * ("question: asks outright"). */
typedef void corpus_explain_fn(void *ctx, unsigned line, const char *what,
    const char *text, const char *reading);

void corpus_free(struct corpus *c); /* safe on a zeroed struct */

/* Gives c the memory p (from malloc), to be freed with it. */
void corpus_hold(struct corpus *c, char *p);
/* Frees c's records and the memory it holds, keeping its categories and
 * sources (and their numbers): beq index drops each batch of records
 * once the index writer has them. */
void corpus_drop_records(struct corpus *c);

/* Parses one markdown document into records appended to c, in document
 * order. text need not be NUL-terminated and may hold any bytes. Returns
 * the number of records added, or -1 with err filled when the text cannot
 * be parsed at all (it is then skipped; c is unchanged). Problems with
 * single items are reported through warn and do not stop the parse. */
long corpus_parse(struct corpus *c, const char *source, const char *text,
    size_t len, corpus_warn_fn *warn, void *ctx, char *err, size_t errsz);
/* corpus_parse, with name the file's own name (the member's path inside
 * an archive whose source is "bank.tgz:top.md"): records under no heading
 * take it, without its directory and suffixes, as their category. */
long corpus_parse_named(struct corpus *c, const char *source, const char *name,
    const char *text, size_t len, corpus_warn_fn *warn, void *ctx, char *err,
    size_t errsz);

/* corpus_parse_named, with the records' strings written over text itself
 * (it is read before the first is added), those that fit: text[0..len)
 * must then stay as long as c does and be freed after it (corpus_hold).
 * A string per record from malloc took a page fault per 4 KiB and a
 * free each; these are in memory that is already there. */
long corpus_parse_in_place(struct corpus *c, const char *source,
    const char *name, char *text, size_t len, corpus_warn_fn *warn, void *ctx,
    char *err, size_t errsz);

/* corpus_parse_named, telling explain how each heading and record was
 * read (beq index --explain); warnings go to warn, both with ctx. */
long corpus_explain(struct corpus *c, const char *source, const char *name,
    const char *text, size_t len, corpus_explain_fn *explain,
    corpus_warn_fn *warn, void *ctx, char *err, size_t errsz);

/* Appends a zeroed record to c and returns it (valid until the next). */
struct corpus_record *corpus_record_new(struct corpus *c);

/* Returns the index of the category or source named s, adding it if new. */
uint32_t corpus_category(struct corpus *c, const char *name);
uint32_t corpus_source(struct corpus *c, const char *name);

/* Writes the slug of name (lower-case, each run of non-alphanumerics one
 * '-', none at either end) into a new string the caller frees. */
char *corpus_slug(const char *name);

#endif
