/* Posting-list codec and intersection. A list of n record ids (among R
 * records) is stored one of two ways, told apart by n and R alone:
 *
 *   bitmap  when 8n >= R: ceil(R/8) bytes, bit i (byte i/8, bit i%8) set
 *           for id i, the bits from R on clear;
 *   deltas  otherwise: blocks of POSTINGS_BLOCK ids, each id the varint
 *           of its difference from the one before (the list's first id
 *           itself); when there is more than one block, a skip table
 *           comes first: per block, u32 its last id and u32 where its
 *           varints end, counted from the end of the table.
 *
 * Measured on gen-corpus --size 100M (216,408 records, 64.3 million
 * postings; all varint deltas, no table, as format 2 had): 1.055 bytes a
 * posting, 59% of the postings in the 642 lists of an eighth of the
 * records or more, where a varint takes a byte and a bitmap 1/(8 x
 * density); bitmaps there save 20.6 MB of 67.8 MB, and with the skip
 * tables the section is 48.8 MB, 0.760 bytes a posting. The 3 lists
 * in over 90% of the records take 81 KB as bitmaps, all that storing them
 * as "everywhere" could save: not worth a third form. The skip table
 * lets an intersection pass a block by its last id without decoding it:
 * a rare trigram's few ids are looked up in a long list by galloping
 * over the table and decoding one block each. At 1 GB (673 million
 * postings), blocks of 64, 128 and 256 ids take 0.779, 0.754 and 0.741
 * bytes a posting, and search --count thundering (8 trigrams) and
 * 'dead ?lock|livelock' ran alike with each (user time 3.3, 3.3, 3.0 ms
 * and 29, 31, 27 ms; hyperfine, one run, two shared cores): 128 keeps a
 * list of two blocks (more than 128 ids, under an eighth of the records)
 * in a fuzz seed under its 64 KiB limit. The rare word itself went from
 * 48.1 to 14.0 ms (median; user time 15.1 -> 3.1 ms) against lists
 * decoded whole and merged (format 2). */
#include <stdlib.h>
#include <string.h>

#include "postings.h"
#include "util.h"
#include "varint.h"

void
postings_free(struct postings *p)
{
	free(p->ids);
	memset(p, 0, sizeof *p);
}

void
postings_push(struct postings *p, uint32_t id)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 16;
		p->ids = xreallocarray(p->ids, p->cap, sizeof *p->ids);
	}
	p->ids[p->n++] = id;
}

void
postings_and(
    const struct postings *a, const struct postings *b, struct postings *out)
{
	size_t i = 0, j = 0;

	out->n = 0;
	while (i < a->n && j < b->n) {
		if (a->ids[i] < b->ids[j])
			i++;
		else if (a->ids[i] > b->ids[j])
			j++;
		else {
			postings_push(out, a->ids[i]);
			i++, j++;
		}
	}
}

void
postings_or(
    const struct postings *a, const struct postings *b, struct postings *out)
{
	size_t i = 0, j = 0;

	out->n = 0;
	while (i < a->n || j < b->n) {
		if (j == b->n || (i < a->n && a->ids[i] < b->ids[j]))
			postings_push(out, a->ids[i++]);
		else if (i == a->n || b->ids[j] < a->ids[i])
			postings_push(out, b->ids[j++]);
		else {
			postings_push(out, a->ids[i]);
			i++, j++;
		}
	}
}

int
postings_is_bitmap(uint64_t n, uint64_t nrecords)
{
	return 8 * n >= nrecords;
}

/* Blocks of a delta list of n ids, and the bytes of its skip table. */
static uint64_t
nblocks_of(uint64_t n)
{
	return (n + POSTINGS_BLOCK - 1) / POSTINGS_BLOCK;
}

static uint64_t
table_bytes(uint64_t n)
{
	return nblocks_of(n) > 1 ? 8 * nblocks_of(n) : 0;
}

uint64_t
postings_size(uint64_t n, uint64_t delta_bytes, uint64_t nrecords)
{
	if (postings_is_bitmap(n, nrecords))
		return (nrecords + 7) / 8;
	return table_bytes(n) + delta_bytes;
}

size_t
postings_encode(
    const uint32_t *ids, uint32_t n, uint32_t nrecords, unsigned char *out)
{
	unsigned char *table = out, *data;
	size_t at = 0;
	uint32_t i, prev = 0;

	if (postings_is_bitmap(n, nrecords)) {
		memset(out, 0, ((size_t)nrecords + 7) / 8);
		for (i = 0; i < n; i++)
			out[ids[i] >> 3] |= (unsigned char)(1u << (ids[i] & 7));
		return ((size_t)nrecords + 7) / 8;
	}
	data = out + table_bytes(n);
	for (i = 0; i < n; i++) {
		at += varint_put(data + at, ids[i] - prev);
		prev = ids[i];
		if (table_bytes(n) > 0 &&
		    ((i + 1) % POSTINGS_BLOCK == 0 || i + 1 == n)) {
			le32_put(table, ids[i]);
			le32_put(table + 4, (uint32_t)at);
			table += 8;
		}
	}
	return (size_t)table_bytes(n) + at;
}

int
plist_open(struct plist *c, const unsigned char *p, uint64_t len, uint32_t n,
    uint32_t nrecords)
{
	uint64_t tb = table_bytes(n);

	memset(c, 0, offsetof(struct plist, ids));
	c->p = p;
	c->len = len;
	c->n = n;
	c->nrecords = nrecords;
	if (n == 0 || n > nrecords) {
		c->bad = 1;
		return -1;
	}
	if (postings_is_bitmap(n, nrecords)) {
		if (len != ((uint64_t)nrecords + 7) / 8) {
			c->bad = 1;
			return -1;
		}
		return 0;
	}
	c->nblocks = (uint32_t)nblocks_of(n);
	c->blk = c->nblocks;
	c->data = p + tb;
	/* a varint is a byte at least; the table's offsets are u32 and its
	 * last one ends the list */
	if (len < tb + n || len - tb > UINT32_MAX ||
	    (tb > 0 && le32_get(p + tb - 4) != len - tb)) {
		c->bad = 1;
		return -1;
	}
	return 0;
}

/* Block k's last id and the end of its varints, from the skip table. */
static uint32_t
last_of(const struct plist *c, uint32_t k)
{
	return le32_get(c->p + 8 * (size_t)k);
}

static uint32_t
end_of(const struct plist *c, uint32_t k)
{
	return c->nblocks > 1 ? le32_get(c->p + 8 * (size_t)k + 4) :
	                        (uint32_t)c->len;
}

/* Decodes block k into c->ids. Returns 0, or -1 (c->bad set) when its
 * bytes are not the ids its skip entries say. */
static int
decode_block(struct plist *c, uint32_t k)
{
	uint64_t start = k > 0 ? end_of(c, k - 1) : 0, stop = end_of(c, k);
	uint64_t prev = k > 0 ? last_of(c, k - 1) : 0, v;
	const unsigned char *q, *end;
	uint32_t i,
	    cnt = k + 1 < c->nblocks ? POSTINGS_BLOCK :
	                               c->n - POSTINGS_BLOCK * (c->nblocks - 1);

	c->blk = k;
	c->at = c->cnt = 0;
	if (start > stop || stop > c->len - (uint64_t)(c->data - c->p))
		goto bad;
	q = c->data + start;
	end = c->data + stop;
	for (i = 0; i < cnt; i++) {
		if (q < end && *q < 0x80)
			v = *q++;
		else if (varint_get(&q, end, &v) == -1)
			goto bad;
		/* only the list's first id may be 0 */
		if ((v == 0 && (k > 0 || i > 0)) || v >= c->nrecords ||
		    (prev += v) >= c->nrecords)
			goto bad;
		c->ids[i] = (uint32_t)prev;
	}
	if (q != end || (c->nblocks > 1 && prev != last_of(c, k)))
		goto bad;
	c->cnt = cnt;
	return 0;
bad:
	c->bad = 1;
	return -1;
}

/* The first block from k on whose last id is >= target, or c->nblocks:
 * galloping (k, k+1, k+3, ...), then a binary search between the last
 * two probes. The table is sorted; each entry read must lie between the
 * ones read on either side of it, else it is corrupt (c->bad set). */
static uint32_t
find_block(struct plist *c, uint32_t k, uint32_t target)
{
	uint32_t lo = k, hi, step = 1, v;
	uint64_t below = k > 0 ? last_of(c, k - 1) : 0, above = UINT64_MAX;
	int any_below = k > 0;

	if (c->nblocks == 1)
		return k;
	/* gallop: blocks before lo end below target */
	hi = c->nblocks;
	while (lo < c->nblocks) {
		uint32_t probe = lo + step - 1 < c->nblocks ? lo + step - 1 :
		                                              c->nblocks - 1;

		v = last_of(c, probe);
		if (any_below && v <= below)
			goto bad;
		if (v >= target) {
			hi = probe;
			above = v;
			break;
		}
		below = v;
		any_below = 1;
		lo = probe + 1;
		step *= 2;
	}
	/* the first in [lo, hi] whose last is >= target (hi's is, or hi is
	 * past the end) */
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		v = last_of(c, mid);
		if (v >= above || (any_below && v <= below))
			goto bad;
		if (v >= target) {
			hi = mid;
			above = v;
		} else {
			lo = mid + 1;
			below = v;
			any_below = 1;
		}
	}
	return lo;
bad:
	c->bad = 1;
	return c->nblocks;
}

#if defined(__GNUC__) || defined(__clang__)
#define CTZ64(x) ((uint32_t)__builtin_ctzll(x))
#else
static uint32_t
CTZ64(uint64_t x)
{
	uint32_t n = 0;

	while (!(x & 1)) {
		x >>= 1;
		n++;
	}
	return n;
}
#endif

/* The 64 bits of the bitmap from id 64w on (zeros past its end). */
static uint64_t
bitmap_word(const struct plist *c, uint64_t w)
{
	uint64_t x = 0, i;

	if (8 * w + 8 <= c->len)
		return le64_get(c->p + 8 * w);
	for (i = 8 * w; i < c->len; i++)
		x |= (uint64_t)c->p[i] << (8 * (i - 8 * w));
	return x;
}

/* A bitmap cursor's place: c->at is 0 before the first seek, 1 at id
 * c->word, 2 past the end. */
static uint32_t
bitmap_seek(struct plist *c, uint32_t target)
{
	uint64_t w, nw = ((uint64_t)c->nrecords + 63) / 64, x;

	if (c->at == 2)
		return POSTINGS_END;
	if (c->at == 1 && target <= c->word)
		return c->word;
	if (target >= c->nrecords)
		goto end;
	w = target / 64;
	x = bitmap_word(c, w) & (~(uint64_t)0 << (target % 64));
	while (x == 0 && ++w < nw)
		x = bitmap_word(c, w);
	if (x == 0 || w * 64 + CTZ64(x) >= c->nrecords)
		goto end;
	c->at = 1;
	c->word = (uint32_t)(w * 64 + CTZ64(x));
	return c->word;
end:
	/* the bits past the last record must be clear */
	if (c->nrecords % 8 != 0 && c->p[c->len - 1] >> (c->nrecords % 8) != 0)
		c->bad = 1;
	c->at = 2;
	return POSTINGS_END;
}

uint32_t
plist_seek(struct plist *c, uint32_t target)
{
	uint32_t k, lo, hi;

	if (c->bad)
		return POSTINGS_END;
	if (c->nblocks == 0)
		return bitmap_seek(c, target);
	if (c->blk < c->nblocks && c->at < c->cnt) {
		if (target <= c->ids[c->at])
			return c->ids[c->at];
		if (target <= c->ids[c->cnt - 1])
			goto within;
		k = c->blk + 1;
	} else
		k = c->blk < c->nblocks ? c->blk + 1 : 0;
	if (k >= c->nblocks)
		goto end;
	k = find_block(c, k, target);
	if (k >= c->nblocks || decode_block(c, k) == -1)
		goto end;
	/* the block's last id is at least target: some id is */
within:
	lo = c->at;
	hi = c->cnt - 1;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (c->ids[mid] < target)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (c->ids[lo] < target) {
		/* a single block's table-less list ends below target */
		c->at = c->cnt;
		c->blk = c->nblocks - 1;
		return POSTINGS_END;
	}
	c->at = lo;
	return c->ids[lo];
end:
	c->blk = c->nblocks - 1;
	c->at = c->cnt = 0;
	return POSTINGS_END;
}

int
postings_intersect(struct plist *c, size_t n, struct postings *out)
{
	struct plist **by = xreallocarray(NULL, n + 1, sizeof *by);
	uint32_t x, y = 0;
	size_t i, j;
	int rc = 0;

	out->n = 0;
	/* rarest first: the rarest drives, the others only seek */
	for (i = 0; i < n; i++) {
		for (j = i; j > 0 && by[j - 1]->n > c[i].n; j--)
			by[j] = by[j - 1];
		by[j] = &c[i];
	}
	x = n > 0 ? plist_seek(by[0], 0) : POSTINGS_END;
	while (x != POSTINGS_END) {
		for (i = 1; i < n; i++)
			if ((y = plist_seek(by[i], x)) != x)
				break;
		if (i == n) {
			postings_push(out, x);
			x = plist_seek(by[0], x + 1);
		} else if (y == POSTINGS_END)
			break;
		else
			x = plist_seek(by[0], y);
	}
	for (i = 0; i < n; i++)
		if (c[i].bad)
			rc = -1;
	if (rc == -1)
		out->n = 0;
	free(by);
	return rc;
}
