/* Fuzz harness: the bytes as an index file (DESIGN.md, "Limits and bad
 * input": a corrupt index is an error, never a crash). If index_open_mem
 * accepts them, every accessor, every posting list, a few searches and
 * the JSON record writer must stay inside the bytes; ASan checks that. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fuzz.h"
#include "index.h"
#include "json.h"
#include "query.h"
#include "search.h"
#include "util.h"
#include "varint.h"

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

				FUZZ_CHECK(s->start < s->end && s->end <= flen);
			}
			if (json && i < 4) {
				out.len = 0;
				json_record(&out, ix, &r, &res.hits[i]);
			}
		}
	}
	search_result_free(&res);
	buf_free(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct index ix;
	struct postings pl = { 0 }, both = { 0 }, prev = { 0 };
	struct plan plan = { 0 };
	char err[BEQ_ERR_MAX];
	const unsigned char *tab;
	uint32_t i;
	size_t k;
	int all;

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

		index_record(&ix, i, &r);
		FUZZ_CHECK(r.id == i + 1);
		FUZZ_CHECK(r.category < ix.ncategories);
		touch(r.question);
		touch(r.answer);
		touch(r.source);
		index_category(&ix, r.category, &c);
		touch(c.name);
		if (i < 8) {
			struct buf out = { 0 };

			json_record(&out, &ix, &r, NULL);
			buf_free(&out);
		}
	}

	/* The trigram table, read with the format of index.h, and the
	 * posting list of each trigram in it. */
	tab = ix.base + ix.off[IDX_TRIGRAMS];
	for (i = 0; i < ix.ntrigrams; i++) {
		uint32_t t = le32_get(tab + 20 * (size_t)i);
		uint32_t n = le32_get(tab + 20 * (size_t)i + 4);

		if (index_postings(&ix, t, &pl, err, sizeof err) == 0) {
			FUZZ_CHECK(pl.n == n);
			for (k = 0; k < pl.n; k++) {
				FUZZ_CHECK(pl.ids[k] < ix.nrecords);
				FUZZ_CHECK(k == 0 || pl.ids[k] > pl.ids[k - 1]);
			}
			/* exercise the list operations on real lists */
			postings_and(&pl, &prev, &both);
			postings_or(&pl, &prev, &both);
			{
				struct postings t2 = prev;

				prev = pl;
				pl = t2;
			}
		} else
			FUZZ_CHECK(pl.n == 0);
	}
	/* A trigram not in the table. */
	FUZZ_CHECK(
	    index_postings(&ix, 0xffffffffu, &pl, err, sizeof err) == 0 &&
	    pl.n == 0);

	plan_build(&plan, "dead ?lock|livelock", 19, 1);
	if (plan_eval(&plan, &ix, &pl, &all, err, sizeof err) == 0)
		for (k = 0; k < pl.n; k++)
			FUZZ_CHECK(pl.ids[k] < ix.nrecords);
	plan_free(&plan);

	run_search(&ix, "e", 0, 1);
	run_search(&ix, "ab|cd", 0, 0);
	run_search(&ix, "the", 0, 0);
	run_search(&ix, "ab|cd", 1, 0);

	postings_free(&pl);
	postings_free(&prev);
	postings_free(&both);
	index_close(&ix);
	free(copy);
	return 0;
}
