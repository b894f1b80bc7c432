/* Similarity tests: words, pg_trgm trigrams and similarity, the
 * vocabulary and its suggestions, related records and their ranking. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "index.h"
#include "index_write.h"
#include "near.h"
#include "related.h"
#include "suggest.h"
#include "t.h"
#include "trgm.h"
#include "util.h"
#include "words.h"

/* An index of records (category, question, answer) built in memory; the
 * caller frees *bytes after index use. */
static void
build(
    struct index *ix, struct buf *bytes, const char *const (*recs)[3], size_t n)
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
		r->answer = xstrdup(recs[i][2]);
	}
	memset(bytes, 0, sizeof *bytes);
	CHECK(index_write(&c, bytes, err, sizeof err) == 0);
	CHECK(
	    index_open_mem(ix, bytes->data, bytes->len, err, sizeof err) == 0);
	corpus_free(&c);
}

void test_words_are_runs_of_ascii_letters(void);
void
test_words_are_runs_of_ascii_letters(void)
{
	const char *s = "A deadlock: two\xe2\x80\x99s locks, x \xc3\x9cnicode "
	                "caf\xc3\xa9 b2b ok";
	size_t pos = 0, start, len;
	struct buf got = { 0 };

	while (words_next(s, strlen(s), &pos, &start, &len)) {
		buf_add(&got, s + start, len);
		buf_addc(&got, '|');
	}
	/* "A", "x", "b" too short; "nicode" and "caf" touch non-ASCII;
	 * "two" before a typographic apostrophe is a word, its "s" is not */
	CHECK_STR(buf_cstr(&got), "deadlock|two|locks|ok|");
	buf_free(&got);
}

void test_word_table_interns_case_insensitively(void);
void
test_word_table_interns_case_insensitively(void)
{
	struct words w = { 0 };
	const char *p;
	uint32_t i;
	char name[16];

	CHECK_INT(words_add(&w, "Deadlock", 8), 0);
	CHECK_INT(words_add(&w, "lock", 4), 1);
	CHECK_INT(words_add(&w, "DEADLOCK", 8), 0);
	CHECK_INT(words_find(&w, "deadLock", 8), 0);
	CHECK_INT(words_find(&w, "dead", 4), UINT32_MAX);
	CHECK_INT(words_get(&w, 0, &p), 8);
	CHECK(memcmp(p, "deadlock", 8) == 0);
	/* many words: the table grows and keeps every id */
	for (i = 0; i < 5000; i++) {
		snprintf(name, sizeof name, "w%c%c%c", 'a' + i % 26,
		    'a' + i / 26 % 26, 'a' + i / 676 % 26);
		CHECK_INT(words_add(&w, name, 4), i + 2);
	}
	CHECK_INT(words_find(&w, "WAAA", 4), 2);
	CHECK_INT(w.n, 5002);
	words_free(&w);
	words_free(&w);
}

void test_trigrams_are_pg_trgm_padded(void);
void
test_trigrams_are_pg_trgm_padded(void)
{
	uint32_t t[8];
	size_t n = trgm_set("Cat", 3, t);

	/* pg_trgm: show_trgm('cat') = {"  c"," ca","at ","cat"} */
	CHECK_INT(n, 4);
	CHECK_INT(t[0], ' ' << 16 | ' ' << 8 | 'c');
	CHECK_INT(t[1], ' ' << 16 | 'c' << 8 | 'a');
	CHECK_INT(t[2], 'a' << 16 | 't' << 8 | ' ');
	CHECK_INT(t[3], 'c' << 16 | 'a' << 8 | 't');
	/* repeated trigrams count once: "  a"," aa","aaa","aa " */
	CHECK_INT(trgm_set("aaaaa", 5, t), 4);
}

void test_trigram_similarity_is_shared_over_union(void);
void
test_trigram_similarity_is_shared_over_union(void)
{
	/* deadlok: 8 trigrams, deadlock: 9; shared "  d"," de","dea",
	 * "ead","adl","dlo" = 6; union 11 */
	CHECK(trgm_similarity("deadlok", 7, "deadlock", 8) == 6.0 / 11);
	CHECK(trgm_similarity("word", 4, "WORD", 4) == 1.0);
	CHECK(trgm_similarity("abc", 3, "xyz", 3) == 0.0);
	CHECK(trgm_similarity("", 0, "", 0) == 0.0 ||
	    trgm_similarity("", 0, "", 0) == 1.0);
	CHECK(trgm_similarity("cat", 3, "cats", 4) ==
	    trgm_similarity("cats", 4, "cat", 3));
}

static const char *const corpus3[][3] = {
	{ "Db", "What is a deadlock?", "Two transactions wait on locks." },
	{ "Db", "What is an index?", "A tree that speeds lookups." },
	{ "Net", "What is a socket?", "An endpoint for locks and sockets." },
	{ "Net", "What is a deadline?", "A time limit for a request." },
};

void test_vocabulary_counts_records_per_word(void);
void
test_vocabulary_counts_records_per_word(void)
{
	struct index ix;
	struct buf bytes;
	struct vocab v;
	unsigned char cats[3] = { 0, 1, 0 };
	uint32_t id;

	build(&ix, &bytes, corpus3, 4);
	vocab_build(&v, &ix, NULL);
	id = words_find(&v.w, "locks", 5);
	CHECK(id != UINT32_MAX && v.df[id] == 2);
	id = words_find(&v.w, "what", 4);
	CHECK(id != UINT32_MAX && v.df[id] == 4);
	CHECK(words_find(&v.w, "a", 1) == UINT32_MAX);
	vocab_free(&v);
	/* only the Net records */
	vocab_build(&v, &ix, cats);
	CHECK(words_find(&v.w, "deadlock", 8) == UINT32_MAX);
	CHECK(words_find(&v.w, "deadline", 8) != UINT32_MAX);
	vocab_free(&v);
	vocab_free(&v);
	index_close(&ix);
	buf_free(&bytes);
}

void test_suggestions_rank_by_similarity_records_then_word(void);
void
test_suggestions_rank_by_similarity_records_then_word(void)
{
	struct index ix;
	struct buf bytes;
	struct vocab v;
	struct suggestion s[3];
	const char *p;
	size_t n;

	build(&ix, &bytes, corpus3, 4);
	vocab_build(&v, &ix, NULL);
	n = vocab_suggest(&v, "deadlok", 7, 0.3, s, 3);
	CHECK_INT(n, 2);
	CHECK(words_get(&v.w, s[0].word, &p) == 8 &&
	    memcmp(p, "deadlock", 8) == 0);
	CHECK(words_get(&v.w, s[1].word, &p) == 8 &&
	    memcmp(p, "deadline", 8) == 0);
	CHECK(s[0].sim > s[1].sim);
	/* "lock" is as similar to "locks" (df 2) as to "locke"... no such
	 * word: "lock" vs "locks" 4/6, vs "socket" lower; one per max */
	n = vocab_suggest(&v, "lock", 4, 0.3, s, 1);
	CHECK_INT(n, 1);
	CHECK(
	    words_get(&v.w, s[0].word, &p) == 5 && memcmp(p, "locks", 5) == 0);
	/* ties in similarity and records: the word in byte order */
	n = vocab_suggest(&v, "xxsocketxx", 10, 0.0001, s, 3);
	CHECK(n == 3);
	CHECK_INT(vocab_suggest(&v, "qqqqq", 5, 0.3, s, 3), 0);
	CHECK_INT(vocab_suggest(&v, "deadlok", 7, 0.3, s, 0), 0);
	vocab_free(&v);
	index_close(&ix);
	buf_free(&bytes);
}

void test_suggestion_ties_go_to_more_records_then_byte_order(void);
void
test_suggestion_ties_go_to_more_records_then_byte_order(void)
{
	static const char *const recs[][3] = {
		{ "C", "abcx abcy", "" },
		{ "C", "abcy abcz", "" },
	};
	struct index ix;
	struct buf bytes;
	struct vocab v;
	struct suggestion s[3];
	const char *p;

	build(&ix, &bytes, recs, 2);
	vocab_build(&v, &ix, NULL);
	/* abcx, abcy, abcz are equally similar to abcw; abcy is in two
	 * records, then abcx before abcz */
	CHECK_INT(vocab_suggest(&v, "abcw", 4, 0.3, s, 3), 3);
	words_get(&v.w, s[0].word, &p);
	CHECK(memcmp(p, "abcy", 4) == 0 && s[0].df == 2);
	words_get(&v.w, s[1].word, &p);
	CHECK(memcmp(p, "abcx", 4) == 0);
	words_get(&v.w, s[2].word, &p);
	CHECK(memcmp(p, "abcz", 4) == 0);
	vocab_free(&v);
	index_close(&ix);
	buf_free(&bytes);
}

void test_near_names_count_a_swap_as_one_edit(void);
void
test_near_names_count_a_swap_as_one_edit(void)
{
	static const char *const names[] = { "search", "show", "list",
		"categories", "index" };

	CHECK_INT(near_distance("serach", "search"), 1);
	CHECK_INT(near_distance("Search", "search"), 0);
	CHECK_INT(near_distance("", "abc"), 3);
	CHECK_INT(near_distance("kitten", "sitting"), 3);
	CHECK_INT(near_name("serach", names, 5), 0);
	CHECK_INT(near_name("lsit", names, 5), 2);
	CHECK_INT(near_name("categoreis", names, 5), 3);
	/* too far, or too short to tell */
	CHECK_INT(near_name("frobnicate", names, 5), -1);
	CHECK_INT(near_name("x", names, 5), -1);
	CHECK_INT(near_name("", names, 5), -1);
}

void test_suggest_picks_unknown_words_of_wordlike_patterns(void);
void
test_suggest_picks_unknown_words_of_wordlike_patterns(void)
{
	struct index ix;
	struct buf bytes;
	struct suggest sg;
	struct search_opts o = { 0 };
	char err[BEQ_ERR_MAX];
	char p0[] = "deadlok", p1[] = "dead.ok", p2[] = "socket tranzactions",
	     p3[] = "index";
	char *pats[] = { p0, p1, p2, p3 };

	build(&ix, &bytes, corpus3, 4);
	CHECK(suggest_run(&ix, pats, 4, &o, 0.3, &sg, err, sizeof err) == 0);
	/* p1 has regex syntax; in p2 "socket" is a word, "tranzactions"
	 * is not; p3 matches on its own */
	CHECK_INT(sg.n, 2);
	CHECK(sg.w[0].pat == 0 && sg.w[0].start == 0 && sg.w[0].len == 7);
	CHECK(sg.w[1].pat == 2 && sg.w[1].start == 7 && sg.w[1].len == 12);
	CHECK(sg.w[1].n >= 1);
	suggest_free(&sg);
	/* one pattern: not searched again; its unknown word gets them */
	CHECK(
	    suggest_run(&ix, pats + 2, 1, &o, 0.3, &sg, err, sizeof err) == 0);
	CHECK(sg.n == 1 && sg.w[0].pat == 0 && sg.w[0].start == 7);
	suggest_free(&sg);
	index_close(&ix);
	buf_free(&bytes);
}

void test_related_ranks_by_cosine_then_id(void);
void
test_related_ranks_by_cosine_then_id(void)
{
	static const char *const recs[][3] = {
		{ "C", "mutex lock", "threads" },
		{ "C", "mutex lock", "threads" },
		{ "C", "mutex", "semaphore" },
		{ "C", "mutex lock", "threads" },
		{ "D", "index", "btree" },
		{ "D", "the what", "and is" },
	};
	struct index ix;
	struct buf bytes;
	struct related m;
	struct related_hit h[5];

	build(&ix, &bytes, recs, 6);
	related_build(&m, &ix);
	/* 2 and 4 are the same as 1 (score 1, by id), 3 shares "mutex";
	 * 5 shares nothing, 6 only stop words */
	CHECK_INT(related_find(&m, 0, h, 5), 3);
	CHECK(h[0].rec == 1 && h[0].score == 1.0);
	CHECK(h[1].rec == 3 && h[1].score == 1.0);
	CHECK(h[2].rec == 2 && h[2].score > 0 && h[2].score < 1);
	CHECK_INT(related_find(&m, 0, h, 1), 1);
	CHECK_INT(h[0].rec, 1);
	CHECK_INT(related_find(&m, 4, h, 5), 0);
	CHECK_INT(related_find(&m, 5, h, 5), 0);
	CHECK_INT(related_find(&m, 99, h, 5), 0);
	related_free(&m);
	related_free(&m);
	index_close(&ix);
	buf_free(&bytes);
}

void test_narrowed_vocabulary_loses_no_suggestion(void);
void
test_narrowed_vocabulary_loses_no_suggestion(void)
{
	static const char *const recs[][3] = {
		{ "A", "What is a deadlock?", "Transactions wait; deok dedo." },
		{ "A", "Deadline and deadlines", "lock locks blocking clocks" },
		{ "B", "Detection of cycles", "detect detector detecting" },
		{ "B", "Semaphores", "a semaphore counts permits; mutexes" },
	};
	static const char *const seeds[] = { "deadlock", "detection",
		"semaphore", "locks", "permits", "mutexes", "deok" };
	struct index ix;
	struct buf bytes;
	struct vocab all, near;
	struct suggestion a[3], b[3];
	unsigned long long st = 42;
	char err[BEQ_ERR_MAX], w[BEQ_WORD_MAX + 1];
	size_t i, k, na, nb, len;

	build(&ix, &bytes, recs, 4);
	vocab_build(&all, &ix, NULL);
	for (i = 0; i < 2000; i++) {
		/* a seed word with up to 3 random edits, letters only */
		strcpy(w, seeds[t_rand(&st) % 7]);
		for (k = t_rand(&st) % 4; k > 0; k--) {
			len = strlen(w);
			size_t at = t_rand(&st) % len;
			char c = (char)('a' + t_rand(&st) % 26);

			switch (t_rand(&st) % 3) {
			case 0: w[at] = c; break;
			case 1:
				if (len > 3)
					memmove(w + at, w + at + 1, len - at);
				break;
			default:
				memmove(w + at + 1, w + at, len - at + 1);
				w[at] = c;
			}
		}
		len = strlen(w);
		CHECK(vocab_build_near(
		          &near, &ix, NULL, w, len, 0.3, err, sizeof err) == 0);
		na = vocab_suggest(&all, w, len, 0.3, a, 3);
		nb = vocab_suggest(&near, w, len, 0.3, b, 3);
		if (nb != na)
			t_fail(__FILE__, __LINE__, "%s: %zu vs %zu", w, na, nb);
		for (k = 0; k < na && k < nb; k++) {
			const char *p, *q;
			size_t pl = words_get(&all.w, a[k].word, &p),
			       ql = words_get(&near.w, b[k].word, &q);

			if (pl != ql || memcmp(p, q, pl) != 0 ||
			    a[k].sim != b[k].sim)
				t_fail(__FILE__, __LINE__, "'%s': %.*s vs %.*s",
				    w, (int)pl, p, (int)ql, q);
		}
		/* the word itself is known to both or to neither */
		CHECK((words_find(&all.w, w, len) == UINT32_MAX) ==
		    (words_find(&near.w, w, len) == UINT32_MAX));
		vocab_free(&near);
	}
	vocab_free(&all);
	index_close(&ix);
	buf_free(&bytes);
}
