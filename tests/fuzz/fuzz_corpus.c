/* Fuzz harness: the bytes as a markdown file users bring (DESIGN.md,
 * "Corpora users bring": never a crash). corpus_parse it, and again with
 * corpus_parse_in_place (as beq index does: the records' strings written
 * over the text) under another name, which must give the same records;
 * index them, reopen the index and check that it holds what was parsed. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "corpus.h"
#include "fuzz.h"
#include "index.h"
#include "index_write.h"
#include "utf8.h"
#include "util.h"

static void
quiet(void *ctx, const char *source, unsigned line, const char *msg)
{
	(void)ctx;
	(void)source;
	(void)line;
	FUZZ_CHECK(msg != NULL);
}

#ifdef FUZZ_SKIP_KNOWN_BUGS
static void
count_tri(void *ctx, uint32_t t)
{
	(void)t;
	++*(size_t *)ctx;
}
#endif

/* With FUZZ_SKIP_KNOWN_BUGS (for long runs while a reported bug is not
 * fixed yet), the records of the crash-* seeds are let through. */
static int
known_bad_record(const struct corpus_record *r)
{
#ifdef FUZZ_SKIP_KNOWN_BUGS
	/* crash-empty-heading-question, crash-*-heading-line0: a heading
	 * with no text, or only NULs or entities, gives line 0 */
	return r->line == 0;
#else
	(void)r;
	return 0;
#endif
}

static int
known_bad_count(const char *text, size_t size)
{
#ifdef FUZZ_SKIP_KNOWN_BUGS
	/* crash-bold-item-then-details: a list before a <details> block
	 * makes corpus_parse count one record less than it added */
	static const char tag[] = "<details";
	size_t i, k;

	for (i = 0; i + sizeof tag - 1 <= size; i++) {
		for (k = 0; k < sizeof tag - 1; k++)
			if ((text[i + k] | (k > 0 ? 0x20 : 0)) != tag[k])
				break;
		if (k == sizeof tag - 1)
			return 1;
	}
	return 0;
#else
	(void)text;
	(void)size;
	return 0;
#endif
}

static int
same(struct slice s, const char *c)
{
	return s.len == strlen(c) && memcmp(s.p, c, s.len) == 0;
}

static void
explained(void *ctx, unsigned line, const char *what, const char *text,
    const char *reading)
{
	(void)ctx;
	FUZZ_CHECK(
	    line >= 1 && what[0] != '\0' && text != NULL && reading[0] != '\0');
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct corpus c = { 0 };
	struct buf bytes = { 0 };
	struct index ix;
	char err[BEQ_ERR_MAX];
	long n1, n2;
	size_t i;

	/* Private copies, exactly size bytes, not NUL-terminated. */
	char *text = malloc(size ? size : 1), *text2 = malloc(size ? size : 1);

	if (text == NULL || text2 == NULL) {
		free(text);
		free(text2);
		return 0;
	}
	memcpy(text, data, size);
	memcpy(text2, data, size);
	n1 = corpus_parse(
	    &c, "dir/fuzz.md", text, size, quiet, NULL, err, sizeof err);
	/* the return value is the number of records added */
	FUZZ_CHECK(n1 >= -1 &&
	    (n1 == -1 || (size_t)n1 == c.nrecords ||
	        known_bad_count(text, size)));
	n2 = corpus_parse_in_place(&c, "other.markdown", "other.markdown",
	    text2, size, quiet, NULL, err, sizeof err);
	FUZZ_CHECK(n2 == n1 &&
	    (n1 == -1 || (size_t)(n1 + n2) == c.nrecords ||
	        known_bad_count(text, size)));
	/* in place or not, the same records */
	for (i = 0; n1 > 0 && i < (size_t)n1 && (size_t)n1 + i < c.nrecords;
	     i++) {
		const struct corpus_record *a = &c.records[i],
		                           *b = &c.records[(size_t)n1 + i];

		FUZZ_CHECK(strcmp(a->question, b->question) == 0);
		FUZZ_CHECK(strcmp(a->answer, b->answer) == 0);
		FUZZ_CHECK((a->body == NULL) == (b->body == NULL) &&
		    (a->body == NULL || strcmp(a->body, b->body) == 0));
		FUZZ_CHECK(b->blen == 0 || b->blen == strlen(b->body) + 1);
		FUZZ_CHECK(a->line == b->line);
		FUZZ_CHECK(b->qlen == 0 || b->qlen == strlen(b->question) + 1);
		FUZZ_CHECK(b->alen == 0 || b->alen == strlen(b->answer) + 1);
	}
	for (i = 0; i < c.nrecords; i++) {
		FUZZ_CHECK(c.records[i].category < c.ncategories);
		FUZZ_CHECK(c.records[i].source < c.nsources);
		/* a question, and the 1-based line it is on (corpus.h) */
		FUZZ_CHECK(known_bad_record(&c.records[i]) ||
		    (c.records[i].line >= 1 &&
		        c.records[i].question[0] != '\0'));
	}
	/* every layout a reader can be told, explained block by block */
	{
		struct corpus told = { 0 };

		told.layout = (int)(size % 10);
		corpus_explain(&told, "told.md", "told.md", text, size,
		    explained, quiet, NULL, err, sizeof err);
		corpus_free(&told);
	}
	if (c.nrecords == 0) /* `beq index` writes nothing then */
		goto out;
#ifdef FUZZ_SKIP_KNOWN_BUGS
	{
		size_t ntri = 0;

		for (i = 0; i < c.nrecords; i++) {
			index_trigrams(c.records[i].question,
			    strlen(c.records[i].question), count_tri, &ntri);
			index_trigrams(c.records[i].answer,
			    strlen(c.records[i].answer), count_tri, &ntri);
		}
		if (ntri == 0)
			goto out;
	}
#endif
	if (index_write(&c, &bytes, err, sizeof err) == -1)
		goto out;
	FUZZ_CHECK(
	    index_open_mem(&ix, bytes.data, bytes.len, err, sizeof err) == 0);
	FUZZ_CHECK(index_verify(&ix, err, sizeof err) == 0);
	FUZZ_CHECK(ix.nrecords == c.nrecords);
	FUZZ_CHECK(ix.ncategories == c.ncategories);
	FUZZ_CHECK(ix.nsources == c.nsources);
	for (i = 0; i < c.nrecords; i++) {
		struct index_record r;

		index_record(&ix, (uint32_t)i, &r);
		FUZZ_CHECK(same(r.question, c.records[i].question));
		FUZZ_CHECK(same(r.answer, c.records[i].answer));
		FUZZ_CHECK(r.line == c.records[i].line);
		FUZZ_CHECK(r.category == c.records[i].category);
		FUZZ_CHECK(same(r.source, c.sources[c.records[i].source]));
	}
	index_close(&ix);
out:
	buf_free(&bytes);
	corpus_free(&c);
	free(text);
	free(text2);
	return 0;
}
