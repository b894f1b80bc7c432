/* Word table tests (wordtab.h): lookups and near words against the
 * vocabulary read from the records (trgm.h), and corrupt tables. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "index.h"
#include "index_write.h"
#include "search.h"
#include "suggest.h"
#include "t.h"
#include "trgm.h"
#include "util.h"
#include "varint.h"
#include "words.h"
#include "wordtab.h"

/* An index of records (category, question, body, answer) built in
 * memory; the caller frees *bytes after index use. */
static void
build(
    struct index *ix, struct buf *bytes, const char *const (*recs)[4], size_t n)
{
	struct corpus c = { 0 };
	char err[BEQ_ERR_MAX];
	size_t i;

	for (i = 0; i < n; i++) {
		struct corpus_record *r = corpus_record_new(&c);

		r->category = corpus_category(&c, recs[i][0]);
		r->source = corpus_source(&c, "t.md");
		r->line = (uint32_t)i + 1;
		r->question = xstrdup(recs[i][1]);
		r->body = recs[i][2] != NULL ? xstrdup(recs[i][2]) : NULL;
		r->answer = xstrdup(recs[i][3]);
	}
	memset(bytes, 0, sizeof *bytes);
	CHECK(index_write(&c, bytes, err, sizeof err) == 0);
	CHECK(
	    index_open_mem(ix, bytes->data, bytes->len, err, sizeof err) == 0);
	corpus_free(&c);
}

static const char *const recs[][4] = {
	{ "A", "What is a deadlock?", NULL, "Transactions wait; deok dedo." },
	{ "A", "Deadline and deadlines", "int deadline2;",
	    "lock locks blocking clocks" },
	{ "B", "Detection of cycles", NULL, "detect detector detecting" },
	{ "B", "Semaphores", "sem_wait(&s)", "a semaphore counts permits" },
	{ "B", "Z\xc3\xbcrich or two\xe2\x80\x99s", NULL,
	    "ab AB Ab xy mutexes" },
};

void test_wordtab_finds_every_word_with_its_record_count(void);
void
test_wordtab_finds_every_word_with_its_record_count(void)
{
	struct index ix;
	struct buf bytes;
	struct vocab v;
	char err[BEQ_ERR_MAX];
	uint32_t df, id;

	build(&ix, &bytes, recs, 5);
	vocab_build(&v, &ix, NULL);
	/* every word the records give, and with the same count */
	for (id = 0; id < v.w.n; id++) {
		const char *p;
		size_t len = words_get(&v.w, id, &p);

		CHECK(wordtab_find(&ix, p, len, &df, err, sizeof err) == 0);
		if (df != v.df[id])
			t_fail(__FILE__, __LINE__, "%.*s: %u, want %u",
			    (int)len, p, df, v.df[id]);
	}
	CHECK(wordtab_find(&ix, "DeadLine", 8, &df, err, sizeof err) == 0);
	CHECK_INT(df, 1);
	CHECK(wordtab_find(&ix, "what", 4, &df, err, sizeof err) == 0);
	CHECK_INT(df, 1);
	CHECK(wordtab_find(&ix, "sem", 3, &df, err, sizeof err) == 0);
	CHECK_INT(df, 1);
	/* none of these is a word of the records: "rich" touches a
	 * non-ASCII letter, "a" is too short, "zz" occurs nowhere */
	CHECK(wordtab_find(&ix, "rich", 4, &df, err, sizeof err) == 0);
	CHECK_INT(df, 0);
	CHECK(wordtab_find(&ix, "a", 1, &df, err, sizeof err) == 0);
	CHECK_INT(df, 0);
	CHECK(wordtab_find(&ix, "zz", 2, &df, err, sizeof err) == 0);
	CHECK_INT(df, 0);
	CHECK(wordtab_find(&ix, "two", 3, &df, err, sizeof err) == 0);
	CHECK_INT(df, 1);
	CHECK(index_verify(&ix, err, sizeof err) == 0);
	vocab_free(&v);
	index_close(&ix);
	buf_free(&bytes);
}

void test_wordtab_near_words_are_the_vocabulary_suggestions(void);
void
test_wordtab_near_words_are_the_vocabulary_suggestions(void)
{
	static const char *const seeds[] = { "deadlock", "detection",
		"semaphore", "locks", "permits", "mutexes", "deok", "ab" };
	static const double thresholds[] = { 0.3, 0.5, 0.1, 0.0001 };
	struct index ix;
	struct buf bytes;
	struct vocab all;
	struct suggestion a[3];
	struct wordtab_hit b[3];
	unsigned long long st = 7;
	char err[BEQ_ERR_MAX], w[BEQ_WORD_MAX + 1];
	size_t i, k, na, nb, len;

	build(&ix, &bytes, recs, 5);
	vocab_build(&all, &ix, NULL);
	for (i = 0; i < 3000; i++) {
		double th = thresholds[i % 4];

		/* a seed word with up to 3 random edits, letters only */
		strcpy(w, seeds[t_rand(&st) % 8]);
		for (k = t_rand(&st) % 4; k > 0; k--) {
			len = strlen(w);
			size_t at = t_rand(&st) % len;
			char c = (char)('a' + t_rand(&st) % 26);

			switch (t_rand(&st) % 3) {
			case 0: w[at] = c; break;
			case 1:
				if (len > 2)
					memmove(w + at, w + at + 1, len - at);
				break;
			default:
				memmove(w + at + 1, w + at, len - at + 1);
				w[at] = c;
			}
		}
		if (t_rand(&st) % 5 == 0)
			w[0] = (char)(w[0] & ~0x20); /* upper case */
		len = strlen(w);
		na = vocab_suggest(&all, w, len, th, a, 3);
		CHECK(wordtab_near(
		          &ix, w, len, th, b, 3, &nb, err, sizeof err) == 0);
		if (nb != na)
			t_fail(__FILE__, __LINE__, "%s: %zu vs %zu", w, na, nb);
		for (k = 0; k < na && k < nb; k++) {
			const char *p;
			size_t pl = words_get(&all.w, a[k].word, &p);

			if (pl != strlen(b[k].word) ||
			    memcmp(p, b[k].word, pl) != 0 ||
			    a[k].sim != b[k].sim || a[k].df != b[k].df)
				t_fail(__FILE__, __LINE__, "'%s': %.*s vs %s",
				    w, (int)pl, p, b[k].word);
		}
	}
	CHECK(wordtab_near(
	          &ix, "deadlok", 7, 0.3, b, 0, &nb, err, sizeof err) == 0);
	CHECK_INT(nb, 0);
	vocab_free(&all);
	index_close(&ix);
	buf_free(&bytes);
}

void test_wordtab_of_no_record_is_empty(void);
void
test_wordtab_of_no_record_is_empty(void)
{
	struct index ix;
	struct buf bytes;
	struct wordtab_hit h[3];
	char err[BEQ_ERR_MAX];
	uint32_t df;
	size_t n;

	build(&ix, &bytes, recs, 0);
	CHECK_INT(ix.len[IDX_WORDS], 16);
	CHECK(wordtab_find(&ix, "ab", 2, &df, err, sizeof err) == 0);
	CHECK_INT(df, 0);
	CHECK(wordtab_near(&ix, "ab", 2, 0.3, h, 3, &n, err, sizeof err) == 0);
	CHECK_INT(n, 0);
	CHECK(index_verify(&ix, err, sizeof err) == 0);
	index_close(&ix);
	buf_free(&bytes);
}

/* Opens the bytes of an index whose word table has been changed by fn,
 * and checks that verifying it reports the word table. */
static void
corrupt_with(void (*fn)(unsigned char *w), int opens, int found)
{
	struct index ix;
	struct buf bytes;
	struct wordtab_hit h[3];
	char err[BEQ_ERR_MAX];
	uint32_t df;
	size_t n;
	int rc;

	build(&ix, &bytes, recs, 5);
	fn((unsigned char *)bytes.data + ix.off[IDX_WORDS]);
	rc = index_open_mem(&ix, bytes.data, bytes.len, err, sizeof err);
	CHECK_INT(rc, opens ? 0 : -1);
	if (rc == -1) {
		CHECK_STR(err, "corrupt index (word table)");
		buf_free(&bytes);
		return;
	}
	CHECK(index_verify(&ix, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (word table)");
	/* reads stay inside the bytes, and those that meet the damage say
	 * so */
	CHECK(index_open_mem(&ix, bytes.data, bytes.len, err, sizeof err) == 0);
	rc = wordtab_find(&ix, "deadline", 8, &df, err, sizeof err) |
	    wordtab_near(&ix, "semafore", 8, 0.3, h, 3, &n, err, sizeof err) |
	    wordtab_near(&ix, "ab", 2, 0.3, h, 3, &n, err, sizeof err) |
	    /* threshold 0: every word is read */
	    wordtab_near(&ix, "xy", 2, 0.0, h, 3, &n, err, sizeof err);
	if (found) {
		CHECK_INT(rc, -1);
		CHECK(index_fault(&ix, err, sizeof err) == -1);
		CHECK_STR(err, "corrupt index (word table)");
	}
	index_close(&ix);
	buf_free(&bytes);
}

static void
count_word(unsigned char *w)
{
	le32_put(w, le32_get(w) + 1);
}

static void
zero_df(unsigned char *w)
{
	le32_put(w + 16 + 4, 0);
}

static void
upper_letter(unsigned char *w)
{
	unsigned char *text = w + 16 + 8 * le32_get(w) + 12 * le32_get(w + 4);

	text[0] = 'A';
}

static void
swap_words(unsigned char *w)
{
	unsigned char *text = w + 16 + 8 * le32_get(w) + 12 * le32_get(w + 4);

	/* "ab", "and", ...: "ba" before "and" */
	text[0] = 'b';
	text[1] = 'a';
}

static void
long_word(unsigned char *w)
{
	le32_put(w + 16 + 8, 0);
}

static void
list_offset(unsigned char *w)
{
	le32_put(w + 16 + 8 * le32_get(w) + 8, 4000000000u);
}

static void
posting_id(unsigned char *w)
{
	unsigned char *text = w + 16 + 8 * le32_get(w) + 12 * le32_get(w + 4);

	/* the first list's first id: a word that does not exist */
	text[le32_get(w + 8)] = 0x7f;
}

void test_wordtab_corruption_is_reported_never_read_past(void);
void
test_wordtab_corruption_is_reported_never_read_past(void)
{
	corrupt_with(count_word, 0, 0);
	corrupt_with(zero_df, 1, 0);
	corrupt_with(upper_letter, 1, 0);
	corrupt_with(swap_words, 1, 0);
	corrupt_with(long_word, 1, 1);
	corrupt_with(list_offset, 1, 1);
	corrupt_with(posting_id, 1, 1);
}

void test_suggestions_in_categories_are_those_of_their_records(void);
void
test_suggestions_in_categories_are_those_of_their_records(void)
{
	static const char *const seeds[] = { "deadlock", "detection",
		"semaphore", "locks", "permits", "mutexes", "deok", "ab",
		"deadline", "cycles" };
	struct index ix;
	struct buf bytes;
	struct vocab v[2];
	struct suggestion a[BEQ_SUGGEST_MAX];
	struct suggest sg;
	unsigned char cats[2][3] = { { 1, 0, 0 }, { 0, 1, 0 } };
	unsigned long long st = 11;
	char err[BEQ_ERR_MAX], w[BEQ_WORD_MAX + 1];
	size_t i, k, na, len;
	int c;

	build(&ix, &bytes, recs, 5);
	for (c = 0; c < 2; c++)
		vocab_build(&v[c], &ix, cats[c]);
	for (i = 0; i < 1500; i++) {
		struct search_opts o = { 0 };
		char *pat = w;

		c = (int)(i % 2);
		o.cats = cats[c];
		strcpy(w, seeds[t_rand(&st) % 10]);
		for (k = t_rand(&st) % 3; k > 0; k--) {
			len = strlen(w);
			size_t at = t_rand(&st) % len;

			if (t_rand(&st) % 2 == 0)
				w[at] = (char)('a' + t_rand(&st) % 26);
			else if (len > 2)
				memmove(w + at, w + at + 1, len - at);
		}
		len = strlen(w);
		CHECK(suggest_run(
		          &ix, &pat, 1, &o, 0.3, &sg, err, sizeof err) == 0);
		/* the oracle: the words of the records of the category */
		na = words_find(&v[c].w, w, len) != UINT32_MAX ?
		    0 :
		    vocab_suggest(&v[c], w, len, 0.3, a, BEQ_SUGGEST_MAX);
		if (sg.n == 0) {
			if (na != 0)
				t_fail(__FILE__, __LINE__, "%s: none, want %zu",
				    w, na);
			suggest_free(&sg);
			continue;
		}
		/* a word glued of two comes first; the rest are the near
		 * words */
		k = strchr(sg.w[0].word[0], ' ') != NULL;
		if (sg.w[0].n - k !=
		    (na < BEQ_SUGGEST_MAX - k ? na : BEQ_SUGGEST_MAX - k))
			t_fail(__FILE__, __LINE__, "%s: %zu words, want %zu", w,
			    sg.w[0].n - k, na);
		for (; k < sg.w[0].n && k < na; k++) {
			const char *p;
			size_t pl = words_get(&v[c].w, a[k].word, &p);

			if (pl != strlen(sg.w[0].word[k]) ||
			    memcmp(p, sg.w[0].word[k], pl) != 0)
				t_fail(__FILE__, __LINE__, "%s: %s, want %.*s",
				    w, sg.w[0].word[k], (int)pl, p);
		}
		suggest_free(&sg);
	}
	for (c = 0; c < 2; c++)
		vocab_free(&v[c]);
	index_close(&ix);
	buf_free(&bytes);
}
