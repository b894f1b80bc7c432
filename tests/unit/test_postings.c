/* Posting lists: AND/OR of id lists, the codec's round trips and bytes,
 * cursors seeking through blocks, corrupt lists, and intersection, each
 * against a naive set model. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "postings.h"
#include "t.h"
#include "util.h"
#include "varint.h"

static void
fill(struct postings *p, const uint32_t *v, size_t n)
{
	size_t i;

	p->n = 0;
	for (i = 0; i < n; i++)
		postings_push(p, v[i]);
}

void test_postings_and_or_small_cases(void);
void
test_postings_and_or_small_cases(void)
{
	static const uint32_t a[] = { 1, 3, 5, 7 }, b[] = { 3, 4, 5, 8 };
	struct postings x = { 0 }, y = { 0 }, out = { 0 };

	fill(&x, a, 4);
	fill(&y, b, 4);
	postings_and(&x, &y, &out);
	CHECK_INT(out.n, 2);
	CHECK(out.ids[0] == 3 && out.ids[1] == 5);
	postings_or(&x, &y, &out);
	CHECK_INT(out.n, 6);
	CHECK(out.ids[0] == 1 && out.ids[1] == 3 && out.ids[2] == 4 &&
	    out.ids[3] == 5 && out.ids[4] == 7 && out.ids[5] == 8);
	y.n = 0;
	postings_and(&x, &y, &out);
	CHECK_INT(out.n, 0);
	postings_or(&x, &y, &out);
	CHECK_INT(out.n, 4);
	postings_or(&y, &y, &out);
	CHECK_INT(out.n, 0);
	postings_free(&x);
	postings_free(&y);
	postings_free(&out);
}

void test_postings_and_or_match_a_set_model(void);
void
test_postings_and_or_match_a_set_model(void)
{
	unsigned long long s = 7;
	struct postings x = { 0 }, y = { 0 }, and = { 0 }, or = { 0 };
	int round;

	for (round = 0; round < 200; round++) {
		unsigned char inx[256] = { 0 }, iny[256] = { 0 };
		size_t i, ka = 0, ko = 0;

		x.n = y.n = 0;
		for (i = 0; i < 256; i++) {
			inx[i] = t_rand(&s) % 3 == 0;
			iny[i] = t_rand(&s) % (1 + round % 5) == 0;
			if (inx[i])
				postings_push(&x, (uint32_t)i);
			if (iny[i])
				postings_push(&y, (uint32_t)i);
		}
		postings_and(&x, &y, &and);
		postings_or(&x, &y, & or);
		for (i = 0; i < 256; i++) {
			if (inx[i] && iny[i])
				CHECK(ka < and.n && and.ids[ka++] == i);
			if (inx[i] || iny[i])
				CHECK(ko < or.n && or.ids[ko++] == i);
		}
		CHECK(ka == and.n);
		CHECK(ko == or.n);
	}
	postings_free(&x);
	postings_free(&y);
	postings_free(&and);
	postings_free(& or);
}

/* Encodes ids[0..n) among nrecords and reads the bytes back through a
 * cursor: every id in order, then the end; and the size is the one
 * postings_size predicts from n and nrecords. */
static void
round_trip(const uint32_t *ids, uint32_t n, uint32_t nrecords)
{
	unsigned char *buf = xmalloc((size_t)postings_size(n, nrecords));
	struct plist c;
	size_t size;
	uint32_t i, id;

	size = postings_encode(ids, n, nrecords, buf);
	CHECK_INT(size, postings_size(n, nrecords));
	CHECK(plist_open(&c, buf, size, n, nrecords) == 0);
	for (i = 0, id = plist_seek(&c, 0); i < n && id != POSTINGS_END;
	     i++, id = plist_seek(&c, id + 1))
		if (id != ids[i]) {
			t_fail(__FILE__, __LINE__, "id %u is %u, want %u", i,
			    id, ids[i]);
			break;
		}
	CHECK_INT(i, n);
	CHECK(id == POSTINGS_END && !c.bad);
	CHECK(plist_seek(&c, 0) == POSTINGS_END);
	free(buf);
}

void test_postings_codec_round_trips_at_block_edges(void);
void
test_postings_codec_round_trips_at_block_edges(void)
{
	static const uint32_t sizes[] = { 1, 2, 127, 128, 129, 255, 256, 257,
		1000 };
	uint32_t *ids = xreallocarray(NULL, 4096, sizeof *ids);
	size_t k;
	uint32_t i;

	for (k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		uint32_t n = sizes[k];

		/* deltas: sparse among many records, gaps of one to three
		 * bytes, from id 0 */
		for (i = 0; i < n; i++)
			ids[i] = i * 200 + i / 7 * 40000;
		round_trip(ids, n, n * 200 + (n / 7 + 1) * 40000);
		/* huge gaps: up to the largest id a u32 count allows */
		for (i = 0; i < n; i++)
			ids[i] = (uint32_t)((uint64_t)(i + 1) * 0x7ffffffeu /
			    n);
		round_trip(ids, n, 0x7fffffffu);
		/* the last id is the largest the record count allows */
		for (i = 0; i < n; i++)
			ids[i] = 0xfffffffeu - (n - 1 - i);
		round_trip(ids, n, 0xffffffffu);
		/* dense: a bitmap, ending at the last record or not */
		for (i = 0; i < n; i++)
			ids[i] = 2 * i;
		round_trip(ids, n, 2 * n - 1);
		round_trip(ids, n, 2 * n + 13);
		CHECK(postings_is_bitmap(n, 2 * n - 1));
		CHECK(!postings_is_bitmap(n, 16 * n + 1));
	}
	free(ids);
}

/* The bytes of a list of 130 ids (2 blocks) among 10,000: each the exact
 * layout postings.c describes. */
void test_postings_codec_writes_the_documented_bytes(void);
void
test_postings_codec_writes_the_documented_bytes(void)
{
	uint32_t ids[130], i;
	unsigned char b[512];
	size_t n;

	for (i = 0; i < 130; i++)
		ids[i] = 5 + 2 * i + (i >= 128 ? 200 : 0);
	n = postings_encode(ids, 130, 10000, b);
	/* 6 low bits an id (130 << 6 <= 10,000 < 130 << 7): a table of 2
	 * entries, 130 x 6 bits of low parts (98 bytes), 9999 >> 6 + 130 =
	 * 286 bits of high part (36 bytes) */
	CHECK_INT(n, 8 + 98 + 36);
	CHECK_INT(postings_size(130, 10000), 8 + 98 + 36);
	/* block 0 starts at bit 0 (id 5: high 0, the first id), block 1 at
	 * bit 135 (id 461: high 7, the 128th id) */
	CHECK_INT(le32_get(b), 0);
	CHECK_INT(le32_get(b + 4), 135);
	/* low parts 5, 7, ... from bit 0 of the low bytes */
	CHECK(b[8] == (5 | (7 & 3) << 6) && (b[9] & 0xf) == 7 >> 2);
	/* ids 5 to 63 (the first 30) have high part 0: bits 0 to 29; id 65
	 * has 1: bit 31 */
	CHECK(b[106] == 0xff && b[107] == 0xff && b[108] == 0xff &&
	    b[109] == 0xbf);
	/* 1 id among 10,000: 13 low bits, a high part of 2 bits */
	CHECK_INT(postings_encode(ids, 1, 10000, b), 3);
	CHECK(b[0] == 5 && b[1] == 0 && b[2] == 1);
	/* a bitmap: 13 records, ids 0, 8, 12 (no larger than Elias-Fano) */
	ids[0] = 0, ids[1] = 8, ids[2] = 12;
	CHECK_INT(postings_encode(ids, 3, 13, b), 2);
	CHECK(b[0] == 0x01 && b[1] == 0x11);
}

/* A list of 1000 ids (8 blocks): seeking to an id in a block, between
 * blocks, before the first and after the last, and backwards (the cursor
 * stays). */
void test_postings_cursor_seeks_inside_before_and_after_blocks(void);
void
test_postings_cursor_seeks_inside_before_and_after_blocks(void)
{
	uint32_t ids[1000], i;
	unsigned char *b = xmalloc(16000);
	struct plist c;
	size_t n;

	for (i = 0; i < 1000; i++)
		ids[i] = 10 + 10 * i;
	n = postings_encode(ids, 1000, 100000, b);
	CHECK(plist_open(&c, b, n, 1000, 100000) == 0);
	CHECK_INT(plist_seek(&c, 0), 10);
	CHECK_INT(plist_seek(&c, 5), 10);
	CHECK_INT(plist_seek(&c, 1275), 1280); /* block 0's last */
	CHECK_INT(plist_seek(&c, 1281), 1290); /* block 1's first */
	CHECK_INT(plist_seek(&c, 1290), 1290);
	CHECK_INT(plist_seek(&c, 50), 1290); /* backwards: stays */
	CHECK_INT(plist_seek(&c, 6005), 6010); /* skips blocks 1 to 3 */
	CHECK_INT(plist_seek(&c, 10000), 10000); /* the last */
	CHECK_INT(plist_seek(&c, 10001), POSTINGS_END);
	CHECK(!c.bad);
	CHECK(plist_open(&c, b, n, 1000, 100000) == 0);
	CHECK_INT(plist_seek(&c, 9999), 10000);
	CHECK(plist_open(&c, b, n, 1000, 100000) == 0);
	CHECK_INT(plist_seek(&c, 20000), POSTINGS_END);
	/* read whole: every id, in order, and the cursor ends */
	{
		struct postings all = { 0 };

		CHECK(plist_open(&c, b, n, 1000, 100000) == 0);
		CHECK(plist_read(&c, &all) == 0 && all.n == 1000);
		for (i = 0; i < all.n; i++)
			CHECK(all.ids[i] == 10 + 10 * i);
		CHECK(plist_seek(&c, 0) == POSTINGS_END && !c.bad);
		postings_free(&all);
	}
	/* a bitmap: the same seeks */
	for (i = 0; i < 1000; i++)
		ids[i] = 10 + 3 * i;
	n = postings_encode(ids, 1000, 3100, b);
	CHECK_INT(n, 388);
	CHECK(plist_open(&c, b, n, 1000, 3100) == 0);
	CHECK_INT(plist_seek(&c, 0), 10);
	CHECK_INT(plist_seek(&c, 1292), 1294);
	CHECK_INT(plist_seek(&c, 7), 1294);
	CHECK_INT(plist_seek(&c, 3007), 3007);
	CHECK_INT(plist_seek(&c, 3008), POSTINGS_END);
	CHECK(!c.bad);
	free(b);
}

/* Corrupt lists: sizes that do not fit are refused at open, and blocks
 * that are not what the table says are found where decoded (the cursor
 * then ends, bad), never read outside the bytes. */
void test_postings_cursor_reports_corrupt_lists(void);
void
test_postings_cursor_reports_corrupt_lists(void)
{
	uint32_t ids[300], i;
	unsigned char b[2048], c2[2048];
	struct plist c;
	struct postings all = { 0 };
	size_t n, k;

	for (i = 0; i < 300; i++)
		ids[i] = 3 * i;
	n = postings_encode(ids, 300, 100000, b);
	CHECK(plist_open(&c, b, n - 1, 300, 100000) == -1);
	CHECK(plist_open(&c, b, n, 1000, 100000) == -1);
	CHECK(plist_open(&c, b, n, 0, 100000) == -1);
	CHECK(plist_open(&c, b, n, 300, 299) == -1);
	CHECK(plist_open(&c, b, 10, 1000, 8000) == -1); /* bitmap size */
	/* the third block's start, as the table says, is no id's */
	memcpy(c2, b, n);
	c2[8] ^= 1;
	CHECK(plist_open(&c, c2, n, 300, 100000) == 0);
	CHECK_INT(plist_seek(&c, 0), 0);
	CHECK(plist_seek(&c, 3 * 200) == POSTINGS_END && c.bad);
	/* the first block's entry off its first id (a set bit still) */
	memcpy(c2, b, n);
	c2[0] ^= 1;
	CHECK(plist_open(&c, c2, n, 300, 100000) == 0);
	CHECK(plist_seek(&c, 0) == POSTINGS_END && c.bad);
	/* a bit of the high part flipped: the block it is in holds one id
	 * too many or too few, found by a seek that reads in it, near or
	 * from afar */
	for (k = 0; k < 2; k++) {
		size_t hi = n - 40; /* inside the high part's bytes */

		memcpy(c2, b, n);
		c2[hi] ^= 0x10;
		CHECK(plist_open(&c, c2, n, 300, 100000) == 0);
		if (k == 1)
			CHECK_INT(plist_seek(&c, 0), 0);
		CHECK(plist_seek(&c, 3 * 299) == POSTINGS_END && c.bad);
	}
	/* read whole, the same list is found corrupt */
	CHECK(plist_open(&c, c2, n, 300, 100000) == 0);
	CHECK(plist_read(&c, &all) == -1 && c.bad && all.n == 0);
	/* every byte changed: no crash, what a cursor returns rises, and a
	 * whole read either fails or returns 300 rising ids */
	for (k = 0; k < n; k++) {
		uint32_t id, last = 0;
		int first = 1;

		memcpy(c2, b, n);
		c2[k] ^= 0x5a;
		if (plist_open(&c, c2, n, 300, 100000) == -1)
			continue;
		for (id = plist_seek(&c, 0); id != POSTINGS_END;
		     id = plist_seek(&c, id + 1)) {
			CHECK(id < 100000 && (first || id > last));
			first = 0;
			last = id;
		}
		CHECK(plist_open(&c, c2, n, 300, 100000) == 0);
		all.n = 0;
		if (plist_read(&c, &all) == 0) {
			CHECK(all.n == 300);
			for (i = 1; i < all.n; i++)
				CHECK(all.ids[i] > all.ids[i - 1]);
			CHECK(all.ids[all.n - 1] < 100000);
		} else
			CHECK(all.n == 0 && c.bad);
	}
	postings_free(&all);
	/* a bitmap with a bit past the last record */
	memset(c2, 0, 2);
	c2[1] = 0x10;
	CHECK(plist_open(&c, c2, 2, 2, 13) == 0);
	CHECK(plist_seek(&c, 0) == 12 && plist_seek(&c, 13) == POSTINGS_END);
	CHECK(!c.bad);
	c2[1] = 0x30;
	CHECK(plist_open(&c, c2, 2, 2, 13) == 0);
	CHECK(plist_seek(&c, 0) == 12 && plist_seek(&c, 13) == POSTINGS_END);
	CHECK(c.bad);
	CHECK(plist_open(&c, c2, 2, 2, 13) == 0);
	CHECK(plist_read(&c, &all) == -1 && c.bad && all.n == 0);
	postings_free(&all);
}

/* Encodes the records set in in[0..r) into bytes (ids as scratch) and
 * opens c on them; returns how many there are. */
static uint32_t
open_set(const unsigned char *in, uint32_t r, uint32_t *ids,
    unsigned char *bytes, struct plist *c)
{
	uint32_t n = 0;

	for (uint32_t i = 0; i < r; i++)
		if (in[i])
			ids[n++] = i;
	CHECK(
	    plist_open(c, bytes, postings_encode(ids, n, r, bytes), n, r) == 0);
	return n;
}

/* postings_intersect against a set model: random lists of every density
 * (bitmaps and deltas, short and long), 1 to 4 at once. */
void test_postings_intersect_matches_a_set_model(void);
void
test_postings_intersect_matches_a_set_model(void)
{
	enum { R = 5000, MAXL = 4 };
	unsigned long long s = 11;
	static unsigned char in[MAXL][R];
	uint32_t *ids = xreallocarray(NULL, R, sizeof *ids);
	unsigned char *bytes[MAXL];
	struct plist c[MAXL];
	struct postings out = { 0 };
	int round, l;

	for (l = 0; l < MAXL; l++)
		bytes[l] = xmalloc(R);
	for (round = 0; round < 300; round++) {
		int nl = 1 + round % MAXL;
		size_t k = 0, i;

		for (l = 0; l < nl; l++) {
			/* one in 1, 3, ..., 2000 records */
			unsigned long long every = 1 +
			    t_rand(&s) % (l == 0 ? 2000 : 40);
			int any = 0;

			for (i = 0; i < R; i++)
				any |= in[l][i] = t_rand(&s) % every == 0;
			if (!any)
				in[l][0] = 1;
			open_set(in[l], R, ids, bytes[l], &c[l]);
		}
		CHECK(postings_intersect(c, (size_t)nl, &out) == 0);
		for (i = 0; i < R; i++) {
			int all = 1;

			for (l = 0; l < nl; l++)
				all &= in[l][i];
			if (all)
				CHECK(k < out.n && out.ids[k++] == i);
		}
		CHECK_INT(k, out.n);
	}
	for (l = 0; l < MAXL; l++)
		free(bytes[l]);
	free(ids);
	postings_free(&out);
}

/* postings_narrow against a set model: everything every list holds comes
 * out, nothing the two rarest lack does; a third list that takes out
 * many of the candidates is read (out exact), one that takes out none of
 * a sample is not (out the two rarest's AND). */
void test_postings_narrow_keeps_every_common_id(void);
void
test_postings_narrow_keeps_every_common_id(void)
{
	enum { R = 20000, MAXL = 4 };
	unsigned long long s = 5;
	static unsigned char in[MAXL][R];
	uint32_t *ids = xreallocarray(NULL, R, sizeof *ids);
	unsigned char *bytes[MAXL];
	struct plist c[MAXL];
	struct postings out = { 0 };
	int round, l, rare[MAXL];

	for (l = 0; l < MAXL; l++)
		bytes[l] = xmalloc(R);
	for (round = 0; round < 200; round++) {
		int nl = 1 + round % MAXL;
		size_t i, k;

		for (l = 0; l < nl; l++) {
			/* dense lists (one in 1 to 4 records), or the same
			 * records as the first list, plus a few */
			unsigned long long every = 1 + t_rand(&s) % 4;
			int same = l > 0 && round % 3 == 0;

			for (i = 0; i < R; i++)
				in[l][i] = same ?
				    in[0][i] || t_rand(&s) % 50 == 0 :
				    t_rand(&s) % every == 0;
			open_set(in[l], R, ids, bytes[l], &c[l]);
		}
		CHECK(postings_narrow(c, (size_t)nl, &out) == 0);
		/* c is sorted now, rarest first: which lists are the two */
		for (l = 0; l < nl; l++)
			for (rare[l] = 0; bytes[rare[l]] != c[l].p;)
				rare[l]++;
		for (i = 0, k = 0; i < R; i++) {
			int all = 1, two = in[rare[0]][i];

			for (l = 0; l < nl; l++)
				all &= in[l][i];
			if (nl > 1)
				two &= in[rare[1]][i];
			if (k < out.n && out.ids[k] == i) {
				CHECK(two);
				k++;
			} else
				CHECK(!all);
		}
		CHECK_INT(k, out.n);
		if (nl == 3 && round % 3 != 0) {
			/* independent dense lists: the third takes out a
			 * quarter or more, so it is read */
			size_t exact = 0;

			for (i = 0; i < R; i++)
				exact += in[0][i] && in[1][i] && in[2][i];
			CHECK_INT(out.n, exact);
		}
	}
	for (l = 0; l < MAXL; l++)
		free(bytes[l]);
	free(ids);
	postings_free(&out);
}
