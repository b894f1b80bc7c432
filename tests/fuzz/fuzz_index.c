/* Fuzz harness: the bytes as an index file (DESIGN.md, "Limits and bad
 * input": a corrupt index is an error, never a crash). If index_open_mem
 * accepts them (it checks only the header and section bounds), every
 * accessor, every posting list (read whole, and intersected with the
 * one before it through the cursors that skip blocks), a few searches and the JSON, list-line
 * and text writers must stay inside the bytes; ASan checks that. When
 * index_verify finds them sound, no read may find a fault, and results
 * must be well-formed; else reads may note a fault (what a command then
 * reports), but stay inside the bytes all the same.
 * For an index of at most FUZZ_MAX_RECORDS records (so that each input
 * stays fast) also: text_record on a few records and hits, at widths 20,
 * 37 and 80, with and without color, must give valid UTF-8 (whatever the
 * record text: invalid bytes become U+FFFD) when the category name and
 * the source are valid, and without color no control character but
 * newline and tab; suggest_run on words taken from a record and from the
 * input must give well-formed suggestions; related_find on a record must
 * give other records, best first, scores in (0, 1]. Whatever the record
 * count, the word table (wordtab.h) is asked for a few words and the
 * words near them (at threshold 0, all of its words): hits best first,
 * lower-case words of 2 to 64 letters. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config.h"
#include "fuzz.h"
#include "index.h"
#include "json.h"
#include "query.h"
#include "related.h"
#include "search.h"
#include "suggest.h"
#include "text.h"
#include "utf8.h"
#include "util.h"
#include "varint.h"
#include "words.h"
#include "wordtab.h"

/* Above this many records the renderer, suggestions and related records
 * are not run: related_build reads every record. */
#define FUZZ_MAX_RECORDS 2000

static const int widths[] = { 20, 37, 80 };

static volatile unsigned char sink;

/* Reads every byte of s so that ASan sees an out-of-bounds slice. */
static void
touch(struct slice s)
{
	unsigned char x = 0;
	size_t i;

	for (i = 0; i < s.len; i++)
		x ^= (unsigned char)s.p[i];
	sink = x;
}

static int
valid(struct slice s)
{
	size_t bad;

	return s.len == 0 || utf8_valid(s.p, s.len, &bad);
}

/* text_record's output for r (and hit, may be NULL) at every width, with
 * and without color: checked as the header comment says. */
static void
render(
    const struct index *ix, const struct index_record *r, const struct hit *hit)
{
	struct index_category c;
	struct buf out = { 0 };
	size_t w, i, bad;
	int color;

	index_category(ix, r->category, &c);
	for (w = 0; w < sizeof widths / sizeof widths[0]; w++)
		for (color = 0; color < 2; color++) {
			struct text_style st;

			st.color = color;
			st.width = widths[w];
			out.len = 0;
			text_record(&out, ix, r, hit, &st);
			FUZZ_CHECK(
			    out.len > 0 && out.data[out.len - 1] == '\n');
			if (valid(c.name) && (ix->embedded || valid(r->source)))
				FUZZ_CHECK(utf8_valid(out.data, out.len, &bad));
			if (color)
				continue;
			for (i = 0; i < out.len; i++) {
				unsigned char b = (unsigned char)out.data[i];

				FUZZ_CHECK(b >= 0x20 || b == '\n' || b == '\t');
				FUZZ_CHECK(b != 0x7f);
				/* no C1 control (U+0080..U+009F) */
				FUZZ_CHECK(!(b == 0xc2 && i + 1 < out.len &&
				    (unsigned char)out.data[i + 1] >= 0x80 &&
				    (unsigned char)out.data[i + 1] <= 0x9f));
			}
		}
	buf_free(&out);
}

/* suggest_run over pats[0..n): rc 0 or -1, and each suggestion a word of
 * one of the patterns with up to BEQ_SUGGEST_MAX words, best first. */
static void
run_suggest(const struct index *ix, char **pats, size_t n)
{
	struct search_opts o = { 0 };
	struct suggest sg;
	char err[BEQ_ERR_MAX];
	size_t i, k;
	int rc;

	o.case_mode = CASE_SMART;
	rc = suggest_run(
	    ix, pats, n, &o, BEQ_SUGGEST_THRESHOLD, &sg, err, sizeof err);
	FUZZ_CHECK(rc == 0 || rc == -1);
	for (i = 0; rc == 0 && i < sg.n; i++) {
		const struct suggest_word *sw = &sg.w[i];

		FUZZ_CHECK(sw->pat < n);
		FUZZ_CHECK(sw->len > 0 &&
		    sw->start + sw->len <= strlen(pats[sw->pat]));
		FUZZ_CHECK(sw->n >= 1 && sw->n <= BEQ_SUGGEST_MAX);
		for (k = 0; k < sw->n; k++) {
			size_t wl = strnlen(sw->word[k], BEQ_WORD_MAX + 1);

			FUZZ_CHECK(wl >= 1 && wl <= BEQ_WORD_MAX);
			FUZZ_CHECK(sw->sim[k] >= BEQ_SUGGEST_THRESHOLD &&
			    sw->sim[k] <= 1.0);
			FUZZ_CHECK(k == 0 || sw->sim[k] <= sw->sim[k - 1]);
		}
	}
	suggest_free(&sg);
}

/* Words to suggest for: the first word of 3 letters or more of record
 * rec's question with a "q" added (likely in no record, and similar to
 * the word), and letters made of the input's last bytes. */
static void
suggestions(
    const struct index *ix, uint32_t rec, const uint8_t *data, size_t size)
{
	struct index_record r;
	char typo[BEQ_WORD_MAX + 1], tail[9], *pats[2];
	size_t pos = 0, start, len, i, n = 0;

	index_record(ix, rec, &r);
	typo[0] = '\0';
	while (words_next(r.question.p, r.question.len, &pos, &start, &len))
		if (len >= 3 && len < BEQ_WORD_MAX) {
			memcpy(typo, r.question.p + start, len);
			typo[len] = 'q';
			typo[len + 1] = '\0';
			break;
		}
	for (i = 0; i < 8 && i < size; i++)
		tail[n++] = (char)('a' + data[size - 1 - i] % 26);
	tail[n] = '\0';
	if (typo[0] != '\0') {
		pats[0] = typo;
		run_suggest(ix, pats, 1);
	}
	if (n > 0) {
		pats[0] = tail;
		run_suggest(ix, pats, 1);
		if (typo[0] != '\0') {
			pats[1] = typo;
			run_suggest(ix, pats, 2);
		}
	}
}

/* The word table asked for w (as the user typed it, within limits) and
 * its near words at threshold th: rc 0 or -1 (a corrupt table), and hits
 * well-formed, best first. */
static void
word_table(const struct index *ix, const char *w, size_t len, double th)
{
	struct wordtab_hit h[BEQ_SUGGEST_MAX];
	char err[BEQ_ERR_MAX];
	uint32_t df;
	size_t n, k, i;
	int rc;

	rc = wordtab_find(ix, w, len, &df, err, sizeof err);
	FUZZ_CHECK(rc == 0 || strncmp(err, "corrupt index (", 15) == 0);
	rc = wordtab_near(
	    ix, w, len, th, h, BEQ_SUGGEST_MAX, &n, err, sizeof err);
	FUZZ_CHECK(rc == 0 || strncmp(err, "corrupt index (", 15) == 0);
	FUZZ_CHECK(rc == 0 || n == 0);
	FUZZ_CHECK(n <= BEQ_SUGGEST_MAX);
	for (k = 0; k < n; k++) {
		size_t wl = strlen(h[k].word);

		FUZZ_CHECK(wl >= BEQ_WORD_MIN && wl <= BEQ_WORD_MAX);
		for (i = 0; i < wl; i++)
			FUZZ_CHECK(h[k].word[i] >= 'a' && h[k].word[i] <= 'z');
		FUZZ_CHECK(h[k].sim >= th && h[k].sim <= 1.0);
		FUZZ_CHECK(k == 0 || h[k].sim <= h[k - 1].sim);
	}
}

/* related_find for record rec: other records, best first. */
static void
related(const struct related *m, uint32_t rec, uint32_t nrecords)
{
	struct related_hit out[6];
	size_t n, i;

	n = related_find(m, rec, out, 5);
	FUZZ_CHECK(n <= 5);
	for (i = 0; i < n; i++) {
		FUZZ_CHECK(out[i].rec < nrecords && out[i].rec != rec);
		FUZZ_CHECK(out[i].score > 0 && out[i].score <= 1.0);
		FUZZ_CHECK(i == 0 || out[i].score < out[i - 1].score ||
		    (out[i].score == out[i - 1].score &&
		        out[i].rec > out[i - 1].rec));
	}
}

static void
run_search(const struct index *ix, const char *pat, int brute, int json)
{
	char *pats[1];
	char err[BEQ_ERR_MAX];
	struct search_opts o = { 0 };
	struct search_result res;
	struct buf out = { 0 };
	size_t i, k;

	pats[0] = (char *)pat;
	o.case_mode = CASE_SMART;
	o.brute = brute;
	if (search_run(ix, pats, 1, &o, &res, err, sizeof err) == 0) {
		for (i = 0; i < res.n; i++) {
			struct index_record r;

			FUZZ_CHECK(res.hits[i].rec < ix->nrecords);
			index_record(ix, res.hits[i].rec, &r);
			for (k = 0; k < res.hits[i].nspans; k++) {
				const struct span *s = &res.hits[i].spans[k];
				size_t flen = r.question.len;

				if (s->field == FIELD_ANSWER)
					flen = r.answer.len;
				else if (s->field == FIELD_BODY)
					flen = r.body.len;

				FUZZ_CHECK(s->start < s->end && s->end <= flen);
			}
			if (json && i < 4) {
				out.len = 0;
				json_record(&out, ix, &r, &res.hits[i]);
			}
			if (json && i < 2 && ix->nrecords <= FUZZ_MAX_RECORDS)
				render(ix, &r, &res.hits[i]);
		}
	}
	search_result_free(&res);
	buf_free(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct index ix, fresh;
	struct postings pl = { 0 }, both = { 0 }, prev = { 0 }, joint = { 0 };
	uint32_t pair[2] = { 0, 0 };
	struct plan plan = { 0 };
	char err[BEQ_ERR_MAX];
	const unsigned char *tab;
	uint32_t i;
	size_t k;
	int all, sound, have_pair = 0;

	/* A private copy, exactly size bytes long, so that a read past the
	 * end is a heap overflow ASan reports. */
	unsigned char *copy = malloc(size ? size : 1);

	if (copy == NULL)
		return 0;
	memcpy(copy, data, size);
	if (index_open_mem(&ix, copy, size, err, sizeof err) == -1) {
		FUZZ_CHECK(err[0] != '\0');
		index_close(&ix);
		free(copy);
		return 0;
	}
	/* on a view of its own: a fault noted in ix would fail it */
	FUZZ_CHECK(index_open_mem(&fresh, copy, size, err, sizeof err) == 0);
	sound = index_verify(&fresh, err, sizeof err) == 0;
	FUZZ_CHECK(sound || strncmp(err, "corrupt index (", 15) == 0);
	index_close(&fresh);

	for (i = 0; i < ix.ncategories; i++) {
		struct index_category c;

		index_category(&ix, i, &c);
		touch(c.name);
		touch(c.slug);
	}
	for (i = 0; i < ix.nsources; i++) {
		uint32_t count;

		touch(index_source(&ix, i, &count));
	}
	for (i = 0; i < ix.nrecords; i++) {
		struct index_record r;
		struct index_category c;

		FUZZ_CHECK(index_record(&ix, i, &r) == 0 || !sound);
		FUZZ_CHECK(r.id == i + 1);
		FUZZ_CHECK(r.category < ix.ncategories || r.category == 0);
		touch(r.question);
		touch(r.answer);
		touch(r.source);
		index_category(&ix, r.category, &c);
		touch(c.name);
		if (i < 8) {
			struct buf out = { 0 };

			json_record(&out, &ix, &r, NULL);
			out.len = 0;
			text_list_line(&out, &ix, &r);
			FUZZ_CHECK(
			    out.len > 0 && out.data[out.len - 1] == '\n');
			buf_free(&out);
		}
	}

	/* The trigram table, read with the format of index.h, and the
	 * posting list of each trigram in it. */
	tab = ix.base + ix.off[IDX_TRIGRAMS];
	for (i = 0; i < ix.ntrigrams; i++) {
		uint32_t t = index_trigram(&ix, i);
		uint32_t n = le32_get(tab + 20 * (size_t)i + 4);

		FUZZ_CHECK(t == le32_get(tab + 20 * (size_t)i));
		if (index_postings(&ix, t, &pl, err, sizeof err) == 0) {
			/* (a corrupt table may hold t twice) */
			FUZZ_CHECK(pl.n == n || !sound);
			for (k = 0; k < pl.n; k++) {
				FUZZ_CHECK(pl.ids[k] < ix.nrecords);
				FUZZ_CHECK(k == 0 || pl.ids[k] > pl.ids[k - 1]);
			}
			/* exercise the list operations on real lists, and
			 * the cursors' intersection of this list and the one
			 * before, which must agree with the lists read
			 * whole when the index is sound */
			postings_and(&pl, &prev, &both);
			pair[1] = t;
			if (have_pair &&
			    index_and(&ix, pair, 2, &joint, err, sizeof err) ==
			        0 &&
			    sound) {
				FUZZ_CHECK(joint.n == both.n);
				for (k = 0; k < joint.n && k < both.n; k++)
					FUZZ_CHECK(joint.ids[k] == both.ids[k]);
			}
			pair[0] = t;
			have_pair = 1;
			postings_or(&pl, &prev, &both);
			{
				struct postings t2 = prev;

				prev = pl;
				pl = t2;
			}
		} else
			FUZZ_CHECK(pl.n == 0 && !sound &&
			    index_fault(&ix, NULL, 0) == -1);
	}
	/* A trigram not in the table. */
	if (index_postings(&ix, 0xffffffffu, &pl, err, sizeof err) == 0)
		FUZZ_CHECK(pl.n == 0);
	else
		FUZZ_CHECK(!sound && index_fault(&ix, NULL, 0) == -1);

	plan_build(&plan, "dead ?lock|livelock", 19, 1);
	if (plan_eval(&plan, &ix, &pl, &all, err, sizeof err) == 0)
		for (k = 0; k < pl.n; k++)
			FUZZ_CHECK(pl.ids[k] < ix.nrecords);
	plan_free(&plan);
	/* two letters: the lists of every trigram that starts or ends with
	 * them (index_pair) */
	plan_build(&plan, "Qt", 2, 0);
	if (plan_eval(&plan, &ix, &pl, &all, err, sizeof err) == 0)
		for (k = 0; k < pl.n; k++)
			FUZZ_CHECK(pl.ids[k] < ix.nrecords);
	plan_free(&plan);

	run_search(&ix, "e", 0, 1);
	run_search(&ix, "ab|cd", 0, 0);
	run_search(&ix, "the", 0, 0);
	run_search(&ix, "ab|cd", 1, 0);

	word_table(&ix, "ab", 2, 0.3);
	word_table(&ix, "Semafore", 8, 0.3);
	word_table(&ix, "the", 3, 0.0);
	/* the input's first bytes, letters or not */
	word_table(&ix, (const char *)data,
	    size < BEQ_WORD_MAX ? size : BEQ_WORD_MAX, 0.3);

	if (ix.nrecords > 0 && ix.nrecords <= FUZZ_MAX_RECORDS) {
		struct related m = { 0 };
		uint32_t pick = (uint32_t)(size % ix.nrecords);

		for (i = 0; i < ix.nrecords && i < 3; i++) {
			struct index_record r;

			index_record(&ix, i, &r);
			render(&ix, &r, NULL);
		}
		suggestions(&ix, pick, data, size);
		related_build(&m, &ix);
		related(&m, 0, ix.nrecords);
		related(&m, pick, ix.nrecords);
		related_free(&m);
	}

	/* what index_verify finds sound, no read finds corrupt */
	FUZZ_CHECK(!sound || index_fault(&ix, NULL, 0) == 0);
	postings_free(&pl);
	postings_free(&prev);
	postings_free(&both);
	postings_free(&joint);
	index_close(&ix);
	free(copy);
	return 0;
}
