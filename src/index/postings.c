/* Posting-list codec and intersection. A list of n record ids (among R
 * records) is stored one of two ways, told apart by n and R alone (and
 * its size too, so that the writer lays the lists out from their counts
 * before it encodes one):
 *
 *   bitmap       when ceil(R/8) bytes are no more than Elias-Fano takes:
 *                bit i (byte i/8, bit i%8) set for id i, the bits from R
 *                on clear;
 *   Elias-Fano   otherwise, with l the largest number such that n << l
 *                <= R (at most 31): when the list has more than one block
 *                of POSTINGS_BLOCK ids, a skip table first, per block u32
 *                the place of its first id's bit in the high part; then
 *                the low part, id i's l low bits at bit i*l; then the high
 *                part, ((R - 1) >> l) + n bits, with bit (id_i >> l) + i
 *                set for each id, the others clear. Bits count from bit 0
 *                of byte 0, little-endian.
 *
 * Issue 10 asks for an index at most 1.3x its corpus; format 4 (varint
 * deltas in blocks of 128 behind a skip table of u32 last id + u32 end,
 * bitmaps from R/8 on) was 1.76x at 1 GB (gencorpus -s 1G: 1,074 MB of
 * corpus, 3,059,214 records, 853.7 million postings; STRINGS 0.91,
 * RECORDS 0.10, POSTINGS 0.74 of the corpus): 792 MB, 0.927 bytes a
 * posting. Measured offline over those lists (B/p = bytes a posting):
 *
 *   records per posting     1      2      4      8     16
 *   varint + bitmap     0.927  0.720  0.525  0.362  0.230
 *   bit-packed 128s     0.856  0.665  0.488  0.336  0.217
 *   Elias-Fano + bitmap 0.732  0.576  0.427  0.299  0.198
 *
 * 1.3x leaves 299 MB for POSTINGS: only lists of groups of 8 records or
 * more get there (groups of 8, varint: 1.309x). But a list of groups
 * keeps which groups of 8 records hold a trigram, and an AND of trigrams
 * then finds every group where each is in one of its records: at 100 MB,
 * the candidates of 'dead ?lock' went from 413 records to 31,648, of
 * 'livelock' from 58 to 6,656, and the alternation of the two from 27 to
 * 143 ms at 1 GB (rare word 11.5 -> 22, the date regex 439 -> 1619 ms).
 * Groups only for the dense lists cost less and save less (at 100 MB:
 * lists of R/8 records or more as groups, 62 MB and 'dead ?lock' 1,062
 * candidates; R/64, 35 MB and 31,648). So the lists stay exact, and the
 * codec is the smallest of those measured: Elias-Fano, 0.732 bytes a
 * posting, POSTINGS 792 -> 625 MB and the index 1.76x -> 1.60x at 1 GB
 * (100 MB: 77.3 -> 61.0 MB, 1.84x -> 1.68x); the rest of the way to
 * 1.3x is in STRINGS and RECORDS (1.01x of the corpus before a list).
 * Lists in 90% of the records or more, stored as "everywhere", would
 * save 0.4 MB at 1 GB: not worth a third form. The table's entry for
 * every 128th id (format 4 measured blocks of 64, 128 and 256 alike for
 * speed) is 0.03 bytes a posting.
 *
 * A cursor seeks in place (ef_seek): the table to the block, then the
 * high part a word at a time. It first decoded the rest of the block
 * that held its target into an array, checking the block whole, which
 * made each seek into a long list decode some 64 ids: in a rare word's
 * plan most of its time (the candidates of "thundering", 5,099 after the
 * two rarest lists and a bitmap, went through lists of 143,450 and
 * 250,659 ids). In place, at 1 GB, medians of 20 interleaved runs of
 * search --count, CPU ms: thundering 5.44 -> 3.68, -i thundering 5.25 ->
 * 3.60, 'dead ?lock|livelock' 15.7 -> 11.6; info --verify, which reads
 * every list whole, 14.2 -> 12.3 s. Checking once each block a seek
 * reads in (check_block), so that corruption is found as the decoder
 * found it, takes back about 5% (thundering 3.60 -> 3.79 ms, the
 * alternation 11.4 -> 12.1). A seek whose target lies within
 * NEAR_BITS of the high part ahead reads on without the table: 0, 64,
 * 128, 512 and 4096 bits gave 3.95, 3.81, 3.68, 3.77 and 3.75 ms for
 * thundering and 13.5, 11.8, 11.6, 11.7, 11.7 for the alternation.
 * A list read whole (plist_read: info --verify, index_postings) is read
 * a word at a time, not by seeking to each next id: info --verify at 1
 * GB 12.5 -> 5.1 s, with the little-endian loads made inline (varint.h)
 * in the same step. Reading the second list of an AND whole and merging
 * it, when it was at most 2, 8, 32 or any times as long as the first,
 * measured the same as seeking through it (the alternation 12.0, 12.5,
 * 12.0, 11.9 against 12.3 ms, within the noise): the AND still seeks. */
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

/* The Elias-Fano split of n ids among universe: each id's l low bits,
 * stored as they are, and its high part (id >> l) in unary. l is the
 * largest with n << l <= universe, which keeps the high bits at most
 * 2n + ... (about 2 bits an id). */
static unsigned
low_bits(uint64_t n, uint64_t universe)
{
	unsigned l = 0;

	while (l < 31 && (n << (l + 1)) <= universe)
		l++;
	return l;
}

/* Bits of the high part: id i's bit at (id >> l) + i, the largest of
 * which is ((universe - 1) >> l) + n - 1. */
static uint64_t
high_bits(uint64_t n, uint64_t universe, unsigned l)
{
	return ((universe - 1) >> l) + n;
}

static uint64_t
nblocks_of(uint64_t n)
{
	return (n + POSTINGS_BLOCK - 1) / POSTINGS_BLOCK;
}

/* The skip table: per block, u32 where its first id's high bit is. */
static uint64_t
table_bytes(uint64_t n)
{
	return nblocks_of(n) > 1 ? 4 * nblocks_of(n) : 0;
}

static uint64_t
ef_size(uint64_t n, uint64_t universe)
{
	unsigned l = low_bits(n, universe);

	return table_bytes(n) + (n * l + 7) / 8 +
	    (high_bits(n, universe, l) + 7) / 8;
}

int
postings_is_bitmap(uint64_t n, uint64_t universe)
{
	return n > 0 && (universe + 7) / 8 <= ef_size(n, universe);
}

uint64_t
postings_size(uint64_t n, uint64_t universe)
{
	if (postings_is_bitmap(n, universe))
		return (universe + 7) / 8;
	return ef_size(n, universe);
}

/* Sets the w bits (w <= 32) at bit offset at of p (clear before) to
 * v's low w bits. */
static void
put_bits(unsigned char *p, uint64_t at, unsigned w, uint64_t v)
{
	uint64_t x = (v & (((uint64_t)1 << w) - 1)) << (at % 8);
	size_t b;

	for (b = at / 8; x != 0; b++, x >>= 8)
		p[b] |= (unsigned char)x;
}

size_t
postings_encode(
    const uint32_t *ids, uint32_t n, uint32_t universe, unsigned char *out)
{
	size_t size = (size_t)postings_size(n, universe), tb = table_bytes(n);
	unsigned l = low_bits(n, universe);
	unsigned char *low = out + tb, *high = low + ((uint64_t)n * l + 7) / 8;
	uint32_t i;

	memset(out, 0, size);
	if (postings_is_bitmap(n, universe)) {
		for (i = 0; i < n; i++)
			out[ids[i] >> 3] |= (unsigned char)(1u << (ids[i] & 7));
		return size;
	}
	for (i = 0; i < n; i++) {
		uint64_t at = ((uint64_t)ids[i] >> l) + i;

		put_bits(low, (uint64_t)i * l, l, ids[i]);
		high[at / 8] |= (unsigned char)(1u << (at % 8));
		if (tb > 0 && i % POSTINGS_BLOCK == 0)
			le32_put(out + 4 * (i / POSTINGS_BLOCK), (uint32_t)at);
	}
	return size;
}

int
plist_open(struct plist *c, const unsigned char *p, uint64_t len, uint32_t n,
    uint32_t universe)
{
	memset(c, 0, sizeof *c);
	c->p = p;
	c->len = len;
	c->n = n;
	c->universe = universe;
	if (n == 0 || n > universe || len != postings_size(n, universe)) {
		c->bad = 1;
		return -1;
	}
	if (postings_is_bitmap(n, universe))
		return 0;
	c->nblocks = (uint32_t)nblocks_of(n);
	c->l = low_bits(n, universe);
	c->hbits = high_bits(n, universe, c->l);
	c->low = p + table_bytes(n);
	c->high = c->low + ((uint64_t)n * c->l + 7) / 8;
	return 0;
}

/* The 64 bits of the high part from bit 8 * b on, zeros past its end. */
static uint64_t
high_word(const struct plist *c, uint64_t b)
{
	uint64_t hb = (c->hbits + 7) / 8, i, x = 0;

	if (b + 8 <= hb)
		return le64_get(c->high + b);
	for (i = b; i < b + 8 && i < hb; i++)
		x |= (uint64_t)c->high[i] << (8 * (i - b));
	return x;
}

#if defined(__GNUC__) || defined(__clang__)
#define CTZ64(x) ((uint32_t)__builtin_ctzll(x))
#define CLZ64(x) ((uint32_t)__builtin_clzll(x))
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

static uint32_t
CLZ64(uint64_t x)
{
	uint32_t n = 0;

	while (!(x >> 63)) {
		x <<= 1;
		n++;
	}
	return n;
}
#endif

/* The first set bit of the high part at or after bit at, or hbits. */
static uint64_t
next_one(const struct plist *c, uint64_t at)
{
	while (at < c->hbits) {
		uint64_t x = high_word(c, at / 8) >> (at % 8);

		if (x != 0)
			return at + CTZ64(x) < c->hbits ? at + CTZ64(x) :
			                                  c->hbits;
		at = at / 8 * 8 + 64;
	}
	return c->hbits;
}

/* Id i's low bits. */
static uint32_t
low_of(const struct plist *c, uint64_t i)
{
	uint64_t at = i * c->l, x = 0;
	size_t b = at / 8, k, lb = (size_t)(((uint64_t)c->n * c->l + 7) / 8);

	if (c->l == 0)
		return 0;
	if (b + 8 <= lb)
		x = le64_get(c->low + b);
	else
		for (k = 0; b + k < lb; k++)
			x |= (uint64_t)c->low[b + k] << (8 * k);
	return (uint32_t)((x >> (at % 8)) & (((uint64_t)1 << c->l) - 1));
}

/* Where block k's first id's high bit is, by the skip table (checked to
 * be a set bit at or after the block's first id's place), or UINT64_MAX
 * when corrupt. */
static uint64_t
start_of(struct plist *c, uint32_t k)
{
	uint64_t at, i0 = (uint64_t)k * POSTINGS_BLOCK;

	if (c->nblocks == 1)
		return next_one(c, 0);
	at = le32_get(c->p + 4 * (size_t)k);
	if (at < i0 || at >= c->hbits ||
	    !(high_word(c, at / 8) >> (at % 8) & 1))
		return UINT64_MAX;
	return at;
}

/* The id whose high bit is at, the i-th of the list; UINT64_MAX when it
 * cannot be. */
static uint64_t
id_at(const struct plist *c, uint64_t at, uint64_t i)
{
	uint64_t id;

	if (at < i || at >= c->hbits)
		return UINT64_MAX;
	id = (at - i) << c->l | low_of(c, i);
	return id < c->universe ? id : UINT64_MAX;
}

/* Set bits of x (SWAR: the compilers' builtin is a library call where
 * the target has no popcount instruction, as x86-64's baseline has not). */
static uint32_t
popcount64(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555u;
	x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fu;
	return (uint32_t)((x * 0x0101010101010101u) >> 56);
}

/* Block k's first id, its high bit's place in *at; UINT64_MAX (c->bad
 * set) when the table's entry is no id's. */
static uint64_t
first_of(struct plist *c, uint32_t k, uint64_t *at)
{
	uint64_t id = UINT64_MAX;

	if ((*at = start_of(c, k)) == UINT64_MAX ||
	    (id = id_at(c, *at, (uint64_t)k * POSTINGS_BLOCK)) == UINT64_MAX)
		c->bad = 1;
	return id;
}

/* The last block from k on whose first id is <= target, or k when the
 * next one's is above it: galloping (k+1, k+2, k+4, ...), then a binary
 * search between the last two probes. The firsts rise; an entry that
 * does not lie between the ones read on either side of it is corrupt
 * (c->bad set). */
static uint32_t
find_block(struct plist *c, uint32_t k, uint32_t target)
{
	uint32_t lo = k, hi = c->nblocks, step = 1, probe;
	uint64_t lo_id = 0, hi_id = UINT64_MAX, v, at;
	int lo_read = 0;

	while (lo + step < c->nblocks) {
		probe = lo + step;
		if ((v = first_of(c, probe, &at)) == UINT64_MAX ||
		    (lo_read && v <= lo_id))
			goto bad;
		if (v > target) {
			hi = probe;
			hi_id = v;
			break;
		}
		lo = probe;
		lo_id = v;
		lo_read = 1;
		step *= 2;
	}
	while (hi - lo > 1) {
		probe = lo + (hi - lo) / 2;
		if ((v = first_of(c, probe, &at)) == UINT64_MAX || v >= hi_id ||
		    (lo_read && v <= lo_id))
			goto bad;
		if (v > target) {
			hi = probe;
			hi_id = v;
		} else {
			lo = probe;
			lo_id = v;
			lo_read = 1;
		}
	}
	return lo;
bad:
	c->bad = 1;
	return k;
}

/* Whether id i, whose bit is at q, is where the skip table says when it
 * starts a block. */
static int
starts_right(const struct plist *c, uint64_t i, uint64_t q)
{
	return i % POSTINGS_BLOCK != 0 || c->nblocks == 1 ||
	    le32_get(c->p + 4 * (size_t)(i / POSTINGS_BLOCK)) == q;
}

/* Whether the bits after the high part, in its last byte, are clear. */
static int
tail_clear(const struct plist *c)
{
	return c->hbits % 8 == 0 ||
	    c->high[c->hbits / 8] >> (c->hbits % 8) == 0;
}

/* Checks block k of an Elias-Fano list the first time a cursor reads in
 * it: its table entry is a set bit (block 0's the first of the high
 * part), and from it to the next block's entry (the last block's: to the
 * end, whose bits past the high part are clear) lie as many set bits as
 * the block has ids. A block is then whole where a seek reads it, as a
 * block decoded whole was. Without it, a seek in place missed corruption
 * that the block decoder had found: of single-bit flips of a list of 300
 * ids, 704 of 6,615 in its high part and 11 of 6,652 in its table made
 * seeks return wrong ids and no error (a review's count). Returns 0, or
 * -1 when corrupt. */
static int
check_block(struct plist *c, uint32_t k)
{
	uint64_t a = start_of(c, k), b, base, x, n = 0,
	         want = k + 1 < c->nblocks ?
	    POSTINGS_BLOCK :
	    c->n - (uint64_t)k * POSTINGS_BLOCK;

	if (a == UINT64_MAX || (k == 0 && a != next_one(c, 0)))
		return -1;
	b = k + 1 < c->nblocks ? start_of(c, k + 1) : c->hbits;
	if (b == UINT64_MAX || b <= a)
		return -1;
	for (base = a / 64 * 64; base < b; base += 64) {
		x = high_word(c, base / 8);
		if (base < a)
			x &= ~(uint64_t)0 << (a - base);
		if (b - base < 64)
			x &= ((uint64_t)1 << (b - base)) - 1;
		n += popcount64(x);
	}
	if (n != want || (k + 1 == c->nblocks && !tail_clear(c)))
		return -1;
	return 0;
}

/* A seek reads on without the table to a target whose high part (its id
 * >> l, a bucket of the high part) is at most NEAR_BITS past the
 * cursor's */
#define NEAR_BITS 128

/* An Elias-Fano cursor's seek: the first id >= target, found in place
 * (no block is decoded). The skip table takes it to the last block that
 * starts at or below target; from there the high part is read a 64-bit
 * word at a time, a word whose last id's high part is below target's
 * passed by its count of set bits, and the ids of the word that reaches
 * target's high part compared one by one (its low bits read only then).
 * A target whose high part is within NEAR_BITS of the cursor's is read
 * on to without the table (the opening comment has the measurements).
 * Rising ids come of the layout: every id returned is at least the
 * target, which is above the last one. Corrupt bytes are found where
 * read: a table entry that is no id's or out of order, a block the
 * cursor reads in that does not hold its ids from its entry to the next
 * (check_block), an id's bit before its index or past the records. */
static uint32_t
ef_seek(struct plist *c, uint32_t target)
{
	uint64_t i, base, x, ht = target >> c->l, id, q, at;
	uint32_t k, ones;

	/* the block of the cursor's id (c->i is the next one's index) */
	k = c->at == 1 ? (uint32_t)((c->i - 1) / POSTINGS_BLOCK) : 0;
	if (c->at == 0 ||
	    (k + 1 < c->nblocks && ht - (c->word >> c->l) > NEAR_BITS)) {
		uint32_t j = find_block(c, k, target);

		if (c->bad)
			goto end;
		if (c->at == 0 || j > k) {
			if (first_of(c, j, &at) == UINT64_MAX)
				goto end;
			c->i = (uint64_t)j * POSTINGS_BLOCK;
			/* the blocks passed are never read */
			if (c->seen < j)
				c->seen = j;
			c->base = at / 64 * 64;
			c->bits = high_word(c, c->base / 8) &
			    (~(uint64_t)0 << (at - c->base));
		}
	}
	/* from the bits of the word at base not yet read, the first of
	 * which is id i's */
	i = c->i;
	base = c->base;
	x = c->bits;
	for (;;) {
		if (c->hbits - base < 64)
			x &= ((uint64_t)1 << (c->hbits - base)) - 1;
		ones = popcount64(x);
		/* the blocks of the word's ids, each checked once */
		while (ones > 0 && c->seen <= (i + ones - 1) / POSTINGS_BLOCK)
			if (c->seen >= c->nblocks ||
			    check_block(c, c->seen++) == -1)
				goto bad;
		if (ones > 0 && (q = base + 63 - CLZ64(x)) >= i + ones - 1 &&
		    q - (i + ones - 1) < ht) {
			/* every id of the word is below target */
			i += ones;
		} else
			for (; x != 0; x &= x - 1, i++) {
				q = base + CTZ64(x);
				if (i >= c->n ||
				    (id = id_at(c, q, i)) == UINT64_MAX ||
				    !starts_right(c, i, q))
					goto bad;
				if (id >= target) {
					c->at = 1;
					c->word = (uint32_t)id;
					c->i = i + 1;
					c->base = base;
					c->bits = x & (x - 1);
					return c->word;
				}
			}
		if ((base += 64) >= c->hbits)
			break;
		x = high_word(c, base / 8);
	}
	/* past the last id: the list held exactly n, and the bits after
	 * the high part are clear */
	if (i != c->n || !tail_clear(c))
		goto bad;
	goto end;
bad:
	c->bad = 1;
end:
	c->at = 2;
	return POSTINGS_END;
}

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

/* A bitmap cursor's seek: the first set bit from target on, read a
 * word of 64 at a time. */
static uint32_t
bitmap_seek(struct plist *c, uint32_t target)
{
	uint64_t w, nw = ((uint64_t)c->universe + 63) / 64, x;

	if (target >= c->universe)
		goto end;
	w = target / 64;
	x = bitmap_word(c, w) & (~(uint64_t)0 << (target % 64));
	while (x == 0 && ++w < nw)
		x = bitmap_word(c, w);
	if (x == 0 || w * 64 + CTZ64(x) >= c->universe)
		goto end;
	c->at = 1;
	c->word = (uint32_t)(w * 64 + CTZ64(x));
	return c->word;
end:
	/* the bits past the last record must be clear */
	if (c->universe % 8 != 0 && c->p[c->len - 1] >> (c->universe % 8) != 0)
		c->bad = 1;
	c->at = 2;
	return POSTINGS_END;
}

uint32_t
plist_seek(struct plist *c, uint32_t target)
{
	if (c->bad || c->at == 2)
		return POSTINGS_END;
	if (c->at == 1 && target <= c->word)
		return c->word;
	if (c->nblocks == 0)
		return bitmap_seek(c, target);
	if (target >= c->universe) {
		c->at = 2;
		return POSTINGS_END;
	}
	return ef_seek(c, target);
}

/* The ids of a fresh Elias-Fano cursor's whole list, appended to out
 * (which has room): the high part read a word at a time, every id
 * checked as ef_seek checks those it reads one by one, and each above
 * the one before (a list read whole has no target to rise above). */
static int
ef_read(struct plist *c, struct postings *out)
{
	uint64_t base, x, i = 0, q, id, prev = 0;

	for (base = 0; base < c->hbits; base += 64) {
		x = high_word(c, base / 8);
		if (c->hbits - base < 64)
			x &= ((uint64_t)1 << (c->hbits - base)) - 1;
		for (; x != 0; x &= x - 1, i++) {
			q = base + CTZ64(x);
			if (i >= c->n || (id = id_at(c, q, i)) == UINT64_MAX ||
			    !starts_right(c, i, q) || (i > 0 && id <= prev))
				return -1;
			out->ids[out->n++] = (uint32_t)(prev = id);
		}
	}
	if (i != c->n || !tail_clear(c))
		return -1;
	return 0;
}

/* The same of a bitmap cursor's, which holds no more than the n ids out
 * has room for, none of them past the records. */
static int
bitmap_read(struct plist *c, struct postings *out)
{
	uint64_t w, nw = ((uint64_t)c->universe + 63) / 64, x;
	size_t end = out->n + c->n;

	for (w = 0; w < nw; w++)
		for (x = bitmap_word(c, w); x != 0; x &= x - 1) {
			if (w * 64 + CTZ64(x) >= c->universe || out->n == end)
				return -1;
			out->ids[out->n++] = (uint32_t)(w * 64 + CTZ64(x));
		}
	return 0;
}

int
plist_read(struct plist *c, struct postings *out)
{
	size_t n0 = out->n;

	if (!c->bad && c->at == 0) {
		if (out->cap - out->n < c->n) {
			out->cap = out->n + c->n;
			out->ids = xreallocarray(
			    out->ids, out->cap, sizeof *out->ids);
		}
		if ((c->nblocks == 0 ? bitmap_read(c, out) : ef_read(c, out)) ==
		        0 &&
		    out->n - n0 == c->n) {
			c->at = 2;
			return 0;
		}
	}
	c->bad = 1;
	c->at = 2;
	out->n = n0;
	return -1;
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
