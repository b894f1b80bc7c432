/* Index builder: serialises a corpus into the format described in index.h.
 * Deterministic: the same corpus gives the same bytes. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "index.h"
#include "postings.h"
#include "strmap.h"
#include "util.h"
#include "varint.h"
#include "wordtab.h"

/* Bits set in x (SWAR: no popcnt instruction is assumed, and the
 * compiler's fallback is a function call per use). */
static uint32_t
pop64(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555ull;
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (uint32_t)((x * 0x0101010101010101ull) >> 56);
}

/* Bytes of the varint of v. */
static uint32_t
varint_len(uint32_t v)
{
#if defined(__GNUC__) || defined(__clang__)
	/* from the highest bit h set: (9h + 73) / 64 is 1 + h / 7, in
	 * four instructions where the comparisons took nine (once per
	 * posting) */
	uint32_t h = 31 - (uint32_t)__builtin_clz(v | 1);

	return (h * 9 + 73) >> 6;
#else
	return 1 + (v >= 1u << 7) + (v >= 1u << 14) + (v >= 1u << 21) +
	    (v >= 1u << 28);
#endif
}

static unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static void
trigrams_of(
    const unsigned char *s, size_t n, void (*fn)(void *, uint32_t), void *ctx)
{
	uint32_t t;
	size_t i;

	if (n < 3)
		return;
	t = (uint32_t)fold(s[0]) << 8 | fold(s[1]);
	for (i = 2; i < n; i++) {
		t = (t << 8 | fold(s[i])) & 0xffffff;
		fn(ctx, t);
	}
}

/* The field u[0..len) with U+212A (e2 84 aa) and U+017F (c5 bf), which
 * match 'k' and 's' caselessly, spelled that way, in a new string of *n
 * bytes; NULL when it holds neither. */
static unsigned char *
ks_spelled(const unsigned char *u, size_t len, size_t *n)
{
	unsigned char *m;
	size_t i, j;

	for (i = 0; i + 1 < len; i++)
		if ((u[i] == 0xc5 && u[i + 1] == 0xbf) ||
		    (u[i] == 0xe2 && i + 2 < len && u[i + 1] == 0x84 &&
		        u[i + 2] == 0xaa))
			break;
	if (i + 1 >= len)
		return NULL;
	m = xmalloc(len);
	for (i = j = 0; i < len; i++) {
		if (i + 1 < len && u[i] == 0xc5 && u[i + 1] == 0xbf) {
			m[j++] = 's';
			i++;
		} else if (i + 2 < len && u[i] == 0xe2 && u[i + 1] == 0x84 &&
		    u[i + 2] == 0xaa) {
			m[j++] = 'k';
			i += 2;
		} else
			m[j++] = u[i];
	}
	*n = j;
	return m;
}

void
index_trigrams(
    const char *s, size_t len, void (*fn)(void *, uint32_t), void *ctx)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char *m;
	size_t n;

	trigrams_of(u, len, fn, ctx);
	/* index the field once more with 'k' and 's' spelled so */
	if ((m = ks_spelled(u, len, &n)) != NULL) {
		trigrams_of(m, n, fn, ctx);
		free(m);
	}
}

/* A part's posting list of a trigram is written as its records are read,
 * in blocks: varints, then in the last 8 bytes a pointer to the next
 * block. Block i of a list has block_size(i) bytes, twice the one before
 * up to 4 KiB (a list of many records is read back in few pieces), and
 * is aligned to its size (the offset of a list's next byte tells when
 * its block is full). The varints are each taken from the record before in the
 * part, the first from 0 (the list's first of the part is re-measured
 * from the parts before it when the lists are written out). Two passes,
 * one to count and one to write at each list's place, kept every
 * record's trigram numbers (128 MB on the 100 MB corpus) and the whole
 * POSTINGS section (68 MB) in memory at once, and read the numbers
 * again: these blocks take 84 MB. */
#define BLOCK 64
#define BLOCK_CLASSES 7 /* 64 bytes to 4 KiB */
#define LINK sizeof(unsigned char *)

static size_t
block_size(uint32_t i)
{
	return (size_t)BLOCK << (i < BLOCK_CLASSES ? i : BLOCK_CLASSES - 1);
}

/* Per trigram in a part, by its number there (1, 2, ... in order of
 * first appearance): the records with it, the last one (0 before any),
 * and where its next varint byte goes (in its last block). 16 bytes, four
 * to a cache line: the lookups per posting miss the cache more than
 * anything else. */
struct slot {
	uint32_t count, last;
	unsigned char *tail;
};

/* A trigram outside the dense table and its number in a part (0: an
 * empty place in the table). */
struct other {
	uint32_t t, number;
};

/* A part of the records, [lo, hi), whose trigrams and posting lists one
 * thread reads and writes. */
struct part {
	const struct corpus *c;
	const size_t *len; /* per record: its question's, answer's, body's */
	size_t lo, hi, text; /* text: bytes of its fields */
	const struct index_progress *pr; /* or NULL */
	/* a bit per trigram in the current record: by trigram for the
	 * others, by place in the dense table for those of its 96 bytes */
	uint64_t *seen, *dseen;
	/* each byte's dense_code, lower-cased, with OUTSIDE for 96 */
	uint64_t code[256];
	uint64_t *any; /* a bit per trigram in the part */
	/* per trigram: its number in the part, or 0 (see number_get) */
	uint32_t *dense;
	struct other *other; /* the other trigrams' numbers: a hash table */
	uint32_t mask, nother; /* its size - 1, its trigrams */
	struct slot *slot;
	/* per number: the part's first record with it; its first block and
	 * how many it has */
	uint32_t *first, *nblocks;
	unsigned char **head;
	uint32_t nslots, capslots;
	uint32_t *raw; /* the current record's distinct trigrams */
	size_t nraw, capraw;
	/* where blocks of each size are cut from, its bytes left, and every
	 * piece of memory they had, to free */
	unsigned char *arena[BLOCK_CLASSES], **arenas;
	size_t left[BLOCK_CLASSES], narenas, caparenas;
};

#define DENSE (96 * 96 * 96)
/* A byte's code in collect() when it is not one of the 96: any trigram
 * with it then has a place of at least 2^20 > DENSE ((OUTSIDE * 96 + 95)
 * * 96 + 95 is still far below 2^64), with no bits kept of which of the
 * last three bytes were outside */
#define OUTSIDE ((uint64_t)1 << 20)

/* A byte's place among the 96 that most trigrams are made of ('\n' and
 * printable ASCII; letters are lower-cased), or 96 for any other. */
static uint32_t
dense_code(uint32_t x)
{
	return x == '\n' ? 0 : x - 0x20 < 0x5f ? x - 0x1f : 96;
}

/* The place of trigram t in the dense table, or DENSE when t has a byte
 * outside those 96. */
static uint32_t
dense_at(uint32_t t)
{
	uint32_t a = dense_code(t >> 16), b = dense_code(t >> 8 & 0xff),
	         c = dense_code(t & 0xff);

	if (a == 96 || b == 96 || c == 96)
		return DENSE;
	return (a * 96 + b) * 96 + c;
}

/* The trigram at place d of the dense table. */
static uint32_t
dense_trigram(uint32_t d)
{
	uint32_t a = d / (96 * 96), b = d / 96 % 96, c = d % 96;

	return (a ? a + 0x1f : '\n') << 16 | (b ? b + 0x1f : '\n') << 8 |
	    (c ? c + 0x1f : '\n');
}

/* A trigram in raw: its place in the dense table, or OTHER | t. */
#define OTHER 0x80000000u

/* Appends the trigrams of u[0..len) not yet in the current record's to
 * raw, by their place in the dense table (whose bits of "seen in this
 * record", 108 KiB, stay in the cache, where those by trigram, 2 MiB,
 * did not) or as OTHER | t. No branch on "seen before": every trigram
 * is stored and the count moves on only for a new one (a branch there
 * is mispredicted on about every third trigram of prose). */
static void
collect(struct part *p, const unsigned char *u, size_t len)
{
	const uint64_t *code = p->code;
	uint64_t *seen = p->seen, *dseen = p->dseen, d2, pb;
	uint32_t *raw;
	size_t i, n;

	if (len < 3)
		return;
	/* room for 16 more after them (see file_record) */
	if (p->capraw - p->nraw < len + 16) {
		p->capraw = p->nraw + len + 16 > 2 * p->capraw ?
		    p->nraw + len + 16 :
		    2 * p->capraw;
		p->raw = xreallocarray(p->raw, p->capraw, sizeof *p->raw);
	}
	raw = p->raw;
	n = p->nraw;
	pb = code[u[1]];
	d2 = code[u[0]] * 96 + pb;
	for (i = 2; i < len; i++) {
		uint64_t c = code[u[i]], d = d2 * 96 + c, bit, *w;
		uint32_t key;

		d2 = pb * 96 + c;
		pb = c;
		/* OUTSIDE anywhere in it puts d past the table */
		if (d >= DENSE) {
			/* rare outside CJK and the like: the trigram
			 * itself, from its bytes */
			uint32_t t = (uint32_t)fold(u[i - 2]) << 16 |
			    (uint32_t)fold(u[i - 1]) << 8 | fold(u[i]);

			key = OTHER | t;
			w = &seen[t >> 6];
			bit = (uint64_t)1 << (t & 63);
		} else {
			key = (uint32_t)d;
			w = &dseen[d >> 6];
			bit = (uint64_t)1 << (d & 63);
		}
		raw[n] = key;
		n += (*w & bit) == 0;
		*w |= bit;
	}
	p->nraw = n;
}

static void
collect_field(struct part *p, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char *m;
	size_t n;

	collect(p, u, len);
	if (memchr(u, 0xc5, len) == NULL && memchr(u, 0xe2, len) == NULL)
		return;
	if ((m = ks_spelled(u, len, &n)) != NULL) {
		collect(p, m, n);
		free(m);
	}
}

/* Where trigram t is, or goes, in the other trigrams' table. */
static struct other *
other_at(const struct part *p, uint32_t t)
{
	uint32_t h = (t * 0x9e3779b1u) >> 8;
	struct other *o;

	for (;; h++) {
		o = &p->other[h & p->mask];
		if (o->number == 0 || o->t == t)
			return o;
	}
}

/* Trigram t's number in part p, or 0. The trigrams of those 96 bytes are
 * in a dense table (3.4 MiB, on huge pages where the system has them),
 * the others in a hash table. With every trigram at t in a table of 2^24
 * (64 MiB, only touched where they occur), 0.8 MB of text touched 2,400
 * of its pages (each twice: read, then written), twice the faults of the
 * whole rest of indexing. */
static uint32_t
number_get(const struct part *p, uint32_t t)
{
	uint32_t d = dense_at(t);

	return d != DENSE ? p->dense[d] : other_at(p, t)->number;
}

/* Doubles the other trigrams' table. */
static void
other_grow(struct part *p)
{
	struct other *old = p->other;
	uint32_t i, n = p->mask + 1;

	p->mask = 2 * n - 1;
	p->other = xcalloc(2 * (size_t)n, sizeof *p->other);
	for (i = 0; i < n; i++)
		if (old[i].number != 0)
			*other_at(p, old[i].t) = old[i];
	free(old);
}

static void
number_set(struct part *p, uint32_t t, uint32_t k)
{
	uint32_t d = dense_at(t);
	struct other *o;

	if (d != DENSE) {
		p->dense[d] = k;
		return;
	}
	/* at most half full */
	if (2 * (p->nother + 1) > p->mask + 1)
		other_grow(p);
	o = other_at(p, t);
	o->t = t;
	o->number = k;
	p->nother++;
}

/* Numbers the new trigram key (as in raw) in part p. */
static uint32_t
new_slot(struct part *p, uint32_t key)
{
	uint32_t t = key & OTHER ? key & 0xffffff : dense_trigram(key);

	if (p->nslots + 1 == p->capslots) {
		p->capslots *= 2;
		p->slot = xreallocarray(p->slot, p->capslots, sizeof *p->slot);
		p->first = xreallocarray(
		    p->first, p->capslots, sizeof *p->first);
		p->nblocks = xreallocarray(
		    p->nblocks, p->capslots, sizeof *p->nblocks);
		p->head = xreallocarray(p->head, p->capslots, sizeof *p->head);
	}
	p->nslots++;
	memset(&p->slot[p->nslots], 0, sizeof *p->slot);
	if (key & OTHER)
		number_set(p, t, p->nslots);
	else
		p->dense[key] = p->nslots;
	p->any[t >> 6] |= (uint64_t)1 << (t & 63);
	return p->nslots;
}

#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(a) __builtin_prefetch(a)
#define PREFETCH_W(a) __builtin_prefetch(a, 1)
#else
#define PREFETCH(a) ((void)(a))
#define PREFETCH_W(a) ((void)(a))
#endif

/* The dense place of the 16th key after raw[j], to be fetched into the
 * cache while the keys before it are looked up; 0 for the others (and
 * for the 16 zeros after the record's keys). */
static uint32_t
ahead(const uint32_t *raw, size_t j)
{
	uint32_t key = raw[j + 16];

	return key & OTHER ? 0 : key;
}

/* Block i of a list, cut from the part's memory for blocks of its size,
 * taken an eighth of the part's text at a time, at least 64 KiB and at
 * most 8 MiB (on huge pages; a huge page per size was 14 MB to zero for
 * a corpus of 0.8 MB). Aligned to 4 KiB or more: to any block size. */
static unsigned char *
block_new(struct part *p, uint32_t i)
{
	uint32_t c = i < BLOCK_CLASSES ? i : BLOCK_CLASSES - 1;
	size_t size = (size_t)BLOCK << c, piece = (size_t)64 << 10;
	unsigned char *b;

	if (p->left[c] < size) {
		while (piece < p->text / 8 && piece < (size_t)8 << 20)
			piece *= 2;
		if (p->narenas == p->caparenas) {
			p->caparenas = p->caparenas ? 2 * p->caparenas : 16;
			p->arenas = xreallocarray(
			    p->arenas, p->caparenas, sizeof *p->arenas);
		}
		p->arena[c] = p->arenas[p->narenas++] = xhugearray(piece, 1);
		p->left[c] = piece;
	}
	b = p->arena[c];
	p->arena[c] += size;
	p->left[c] -= size;
	return b;
}

/* The bytes of the varints in list k of part p. */
static uint64_t
list_bytes(const struct part *p, uint32_t k)
{
	uint32_t i, n = p->nblocks[k];
	uint64_t bytes = 0;

	for (i = 0; i + 1 < n; i++)
		bytes += block_size(i) - LINK;
	return bytes + ((uintptr_t)p->slot[k].tail & (block_size(n - 1) - 1));
}

/* The block after b, of size bytes. */
static unsigned char *
block_next(const unsigned char *b, size_t size)
{
	unsigned char *next;

	memcpy(&next, b + size - LINK, sizeof next);
	return next;
}

/* Files the current record, rec, in the lists of its trigrams (raw) in
 * the part. Two loops: the numbers first, then the lists, so that the
 * loads of each loop do not wait on one another (these lookups miss the
 * cache more than anything else here); in each, the line 16 keys ahead
 * is fetched meanwhile. */
static void
file_record(struct part *p, uint32_t rec)
{
	uint32_t *raw = p->raw, *dense = p->dense;
	uint64_t *seen = p->seen, *dseen = p->dseen;
	size_t j;

	for (j = 0; j < p->nraw; j++) {
		uint32_t key = raw[j], k;

		PREFETCH(&dense[ahead(raw, j)]);
		if (key & OTHER) {
			seen[(key & 0xffffff) >> 6] = 0;
			k = other_at(p, key & 0xffffff)->number;
		} else {
			dseen[key >> 6] = 0;
			k = dense[key];
		}
		raw[j] = k != 0 ? k : new_slot(p, key);
	}
	for (j = 0; j < p->nraw; j++) {
		uint32_t k = raw[j], v;
		struct slot *s = &p->slot[k];
		unsigned char *t = s->tail;

		PREFETCH(&p->slot[raw[j + 16]]);
		/* and the line the list 8 ahead writes next, for writing
		 * (its slot fetched 8 keys ago): the stores to the lists
		 * missed the cache more than anything else */
		PREFETCH_W(p->slot[raw[j + 8]].tail);
		if (s->count++ == 0) {
			p->first[k] = rec;
			t = p->head[k] = block_new(p, 0);
			p->nblocks[k] = 1;
		}
		v = rec - s->last;
		s->last = rec;
		/* the varint, a byte at a time: a block may end inside it */
		for (;;) {
			/* at the end of each 64 bytes: of the block? */
			if (((uintptr_t)t & (BLOCK - 1)) == BLOCK - LINK &&
			    ((uintptr_t)t &
			        (block_size(p->nblocks[k] - 1) - 1)) ==
			        block_size(p->nblocks[k] - 1) - LINK) {
				unsigned char *b = block_new(p, p->nblocks[k]);

				memcpy(t, &b, sizeof b);
				t = b;
				p->nblocks[k]++;
			}
			if (v < 0x80)
				break;
			*t++ = (unsigned char)(v | 0x80);
			v >>= 7;
		}
		*t++ = (unsigned char)v;
		s->tail = t;
	}
}

/* The pass over the part's records: each record's distinct trigrams
 * numbered and its varint written in their lists. A trigram's number is
 * looked up once per record it is in, right after the record's trigrams
 * are read, while they are still in the cache (a pass of its own over
 * all of them took as long as reading them). */
static void
part_collect(struct part *p)
{
	const size_t words = (1u << 24) / 64;
	const struct index_progress *pr = p->pr;
	size_t i, since = 0; /* records not yet told of */

	/* on huge pages: 4 KiB pages of these took a fault each, a third of
	 * the faults of indexing a small corpus */
	p->seen = xhugearray(words, sizeof *p->seen);
	memset(p->seen, 0, words * sizeof *p->seen);
	p->dseen = xcalloc(DENSE / 64, sizeof *p->dseen);
	for (i = 0; i < 256; i++)
		p->code[i] = dense_code(fold((unsigned char)i)) == 96 ?
		    OUTSIDE :
		    dense_code(fold((unsigned char)i));
	p->any = xhugearray(words, sizeof *p->any);
	memset(p->any, 0, words * sizeof *p->any);
	p->mask = 4095;
	p->other = xcalloc(p->mask + 1, sizeof *p->other);
	p->dense = xhugearray(DENSE, sizeof *p->dense);
	memset(p->dense, 0, DENSE * sizeof *p->dense);
	/* room for every trigram the part can have, of which only the
	 * pages used are touched: grown and copied, these arrays took a
	 * page fault per 4 KiB twice */
	p->capslots = p->text < (1u << 23) ? 2 * (uint32_t)p->text + 2 :
	                                     (1u << 24) + 2;
	p->slot = xreallocarray(NULL, p->capslots, sizeof *p->slot);
	p->first = xreallocarray(NULL, p->capslots, sizeof *p->first);
	p->nblocks = xreallocarray(NULL, p->capslots, sizeof *p->nblocks);
	p->head = xreallocarray(NULL, p->capslots, sizeof *p->head);
	/* the empty slot 0, for the lookups 16 ahead */
	memset(&p->slot[0], 0, sizeof *p->slot);
	p->capraw = 4096;
	p->raw = xreallocarray(NULL, p->capraw, sizeof *p->raw);
	for (i = p->lo; i < p->hi; i++) {
		const struct corpus_record *r = &p->c->records[i];

		p->nraw = 0;
		collect_field(p, r->question, p->len[3 * i]);
		collect_field(p, r->answer, p->len[3 * i + 1]);
		if (r->body != NULL)
			collect_field(p, r->body, p->len[3 * i + 2]);
		/* for the lookups 16 ahead: zeros, dense place 0 and the
		 * empty slot 0 */
		memset(p->raw + p->nraw, 0, 16 * sizeof *p->raw);
		file_record(p, (uint32_t)i);
		if (pr != NULL && ++since == BEQ_BUILD_REPORT) {
			pr->records(pr->ctx, since);
			since = 0;
		}
	}
	if (pr != NULL && since > 0)
		pr->records(pr->ctx, since);
	/* what only the pass needed */
	free(p->seen);
	free(p->dseen);
	free(p->raw);
	p->seen = p->dseen = NULL;
	p->raw = NULL;
}

static void *
part_run(void *arg)
{
	part_collect(arg);
	return NULL;
}

/* Runs every part, the first in this thread and the others in threads
 * of their own (or here too, when a thread cannot be had). */
static void
parts_run(struct part *parts, int nparts)
{
	pthread_t th[BEQ_INDEX_THREADS];
	int started[BEQ_INDEX_THREADS] = { 0 }, k;

	for (k = 1; k < nparts; k++)
		started[k] = pthread_create(
		                 &th[k], NULL, part_run, &parts[k]) == 0;
	part_run(&parts[0]);
	for (k = 1; k < nparts; k++) {
		if (started[k])
			pthread_join(th[k], NULL);
		else
			part_run(&parts[k]);
	}
}

/* The posting lists of an image: the parts' lists in the order they are
 * written out, as (part, number) pairs, and the parts; per trigram (in
 * order), where its pieces start in seq and its encoded bytes; the
 * most records and bytes of a list. */
struct index_lists {
	struct part parts[BEQ_INDEX_THREADS];
	int nparts;
	uint32_t (*seq)[2];
	size_t nseq;
	size_t *group; /* ntri + 1 */
	uint32_t *bytes, ntri, maxcount, nrecords;
	uint64_t maxbytes;
};

/* Lays the posting lists out, in trigram order, each the parts' lists one
 * after another, encoded as postings.c says (the size comes from the
 * varints as the parts wrote them: each delta is the one the list has,
 * the first of a part's re-measured from the last record of the parts
 * before), and writes the TRIGRAMS section. */
static int
layout(struct index_lists *l, struct index_image *img, uint32_t *ntri)
{
	const size_t words = (1u << 24) / 64;
	struct part *parts = l->parts;
	uint64_t *any = parts[0].any, off = 0, total = 0;
	unsigned char e[20];
	uint32_t n = 0, g = 0;
	size_t w;
	int q;

	/* the trigrams of every part, in the first's bits */
	for (q = 1; q < l->nparts; q++)
		for (w = 0; w < words; w++)
			any[w] |= parts[q].any[w];
	for (w = 0; w < words; w++)
		n += pop64(any[w]);
	*ntri = l->ntri = n;
	l->seq = xreallocarray(
	    NULL, (size_t)n * (size_t)l->nparts + 1, sizeof *l->seq);
	l->group = xreallocarray(NULL, (size_t)n + 1, sizeof *l->group);
	l->bytes = xreallocarray(NULL, (size_t)n + 1, sizeof *l->bytes);
	buf_grow(&img->sec[IDX_TRIGRAMS], (size_t)n * 20);
	for (w = 0; w < words; w++) {
		for (uint64_t bits = any[w]; bits != 0; bits &= bits - 1) {
			uint32_t t = (uint32_t)(w * 64) +
			    pop64((bits & (~bits + 1)) - 1);
			uint32_t prev = 0, count = 0;
			uint64_t deltas = 0, size;

			l->group[g] = l->nseq;
			for (q = 0; q < l->nparts; q++) {
				struct part *p = &parts[q];
				uint32_t k = number_get(p, t), f;

				if (k == 0)
					continue;
				/* its first varint counts from the record
				 * before it in the list, not from 0 */
				f = p->first[k];
				deltas += list_bytes(p, k) - varint_len(f) +
				    varint_len(f - prev);
				prev = p->slot[k].last;
				count += p->slot[k].count;
				l->seq[l->nseq][0] = (uint32_t)q;
				l->seq[l->nseq++][1] = k;
			}
			size = postings_size(count, deltas, l->nrecords);
			total += count;
			/* counts and lengths in the lists are u32 */
			if (size > UINT32_MAX || total > UINT32_MAX)
				return -1;
			l->bytes[g++] = (uint32_t)size;
			if (count > l->maxcount)
				l->maxcount = count;
			if (size > l->maxbytes)
				l->maxbytes = size;
			le32_put(e, t);
			le32_put(e + 4, count);
			le64_put(e + 8, off);
			le32_put(e + 16, (uint32_t)size);
			buf_add(&img->sec[IDX_TRIGRAMS], e, 20);
			off += size;
		}
	}
	l->group[g] = l->nseq;
	img->postings = off;
	return 0;
}

/* Appends to ids the records of the piece of a list that part p holds as
 * its list k, read back from its varints (the first from 0), and returns
 * how many. */
static uint32_t
piece_ids(const struct part *p, uint32_t k, uint32_t *ids)
{
	const unsigned char *b = p->head[k];
	uint64_t left = list_bytes(p, k);
	size_t at = 0, size = block_size(0);
	uint32_t blk = 0, n = 0, v = 0, prev = 0;
	unsigned shift = 0;

	while (left > 0) {
		size_t m, i;

		if (at == size - LINK) {
			b = block_next(b, size);
			size = block_size(++blk);
			at = 0;
		}
		m = size - LINK - at < left ? size - LINK - at : (size_t)left;
		for (i = 0; i < m; i++) {
			unsigned char x = b[at + i];

			v |= (uint32_t)(x & 0x7f) << shift;
			if (x & 0x80) {
				shift += 7;
				continue;
			}
			prev += v;
			ids[n++] = prev;
			v = 0;
			shift = 0;
		}
		at += m;
		left -= m;
	}
	return n;
}

/* What one thread gathers: the lists of trigrams [lo, hi), which start at
 * off in the section. */
struct gather {
	const struct index_lists *l;
	uint32_t lo, hi;
	uint64_t off;
	int (*put)(void *ctx, uint64_t off, const void *p, size_t n);
	void *ctx;
	int rc;
};

/* Each list's records read back from the parts' pieces and encoded, so
 * as to write the skip tables and the bitmaps, and handed to put a MiB
 * at a time. Measured at 1 GB (hyperfine, one run, against copying the
 * parts' varints as they were): 1.7 s more CPU (user 9.9 -> 11.6 s, on
 * two threads), and 4.2 s less system time for writing 200 MB less
 * (10.1 -> 5.9 s); 15.0 -> 15.2 s in all. */
static void *
gather_run(void *arg)
{
	struct gather *g = arg;
	const struct index_lists *l = g->l;
	size_t have = 0, room = (size_t)1 << 20;
	unsigned char *out, *enc;
	uint32_t *ids, i, n;
	uint64_t off = g->off;

	out = xmalloc(room);
	enc = xmalloc((size_t)l->maxbytes + 1);
	ids = xreallocarray(NULL, (size_t)l->maxcount + 1, sizeof *ids);
	for (i = g->lo; i < g->hi && g->rc == 0; i++) {
		size_t j, size;

		n = 0;
		for (j = l->group[i]; j < l->group[i + 1]; j++)
			n += piece_ids(
			    &l->parts[l->seq[j][0]], l->seq[j][1], ids + n);
		size = postings_encode(ids, n, l->nrecords, enc);
		if (size > room - have) {
			if (have > 0 &&
			    (g->rc = g->put(g->ctx, off, out, have)) != 0)
				break;
			off += have;
			have = 0;
		}
		if (size > room) {
			if ((g->rc = g->put(g->ctx, off, enc, size)) != 0)
				break;
			off += size;
		} else {
			memcpy(out + have, enc, size);
			have += size;
		}
	}
	if (g->rc == 0 && have > 0)
		g->rc = g->put(g->ctx, off, out, have);
	free(out);
	free(enc);
	free(ids);
	return NULL;
}

int
index_image_postings(const struct index_image *img,
    int (*put)(void *ctx, uint64_t off, const void *p, size_t n), void *ctx)
{
	const struct index_lists *l = img->lists;
	struct gather g[2];
	uint64_t half = 0;
	pthread_t th;
	uint32_t i = 0;
	int started;

	if (l == NULL || l->ntri == 0)
		return 0;
	/* two halves, one a thread (0.05 s of gathering and writing on
	 * one core, with the other idle, on the 100 MB corpus) */
	while (i < l->ntri && 2 * half < img->postings)
		half += l->bytes[i++];
	g[0] = (struct gather){ l, 0, i, 0, put, ctx, 0 };
	g[1] = (struct gather){ l, i, l->ntri, half, put, ctx, 0 };
	started = g[1].lo < g[1].hi &&
	    pthread_create(&th, NULL, gather_run, &g[1]) == 0;
	gather_run(&g[0]);
	if (started)
		pthread_join(th, NULL);
	else
		gather_run(&g[1]);
	return g[0].rc != 0 ? g[0].rc : g[1].rc;
}

static void
lists_free(struct index_lists *l)
{
	size_t i;
	int q;

	if (l == NULL)
		return;
	for (q = 0; q < l->nparts; q++) {
		struct part *p = &l->parts[q];

		free(p->seen);
		free(p->dseen);
		free(p->any);
		free(p->other);
		free(p->dense);
		free(p->slot);
		free(p->first);
		free(p->nblocks);
		free(p->head);
		free(p->raw);
		for (i = 0; i < p->narenas; i++)
			free(p->arenas[i]);
		free(p->arenas);
	}
	free(l->seq);
	free(l->group);
	free(l->bytes);
	free(l);
}

/* Cuts the records into parts of about the same text, one per thread
 * (fewer for a small corpus). Returns how many. */
static int
split(const struct corpus *c, const size_t *len,
    const struct index_progress *pr, struct part *parts)
{
	size_t total = 0, i, sum = 0;
	int n = BEQ_INDEX_THREADS, k = 0;

	for (i = 0; i < c->nrecords; i++)
		total += len[3 * i] + len[3 * i + 1] + len[3 * i + 2] + 1;
	if (total < (1u << 20))
		n = 1; /* a thread costs more than it saves */
	memset(parts, 0, (size_t)n * sizeof *parts);
	for (k = 0; k < n; k++) {
		parts[k].c = c;
		parts[k].len = len;
		parts[k].pr = pr;
	}
	for (i = 0, k = 0; i < c->nrecords; i++) {
		sum += len[3 * i] + len[3 * i + 1] + len[3 * i + 2] + 1;
		parts[k].text += len[3 * i] + len[3 * i + 1] + len[3 * i + 2];
		if (k + 1 < n && sum * (size_t)n >= total * (size_t)(k + 1)) {
			parts[k].hi = i + 1;
			parts[++k].lo = i + 1;
		}
	}
	parts[k].hi = c->nrecords;
	for (k++; k < n; k++)
		parts[k].lo = parts[k].hi = c->nrecords;
	return n;
}

/* Slugs as made from names, before suffixes, and the last suffix each
 * was given. */
struct slugs {
	char **v;
	size_t *next;
	size_t n, cap;
	struct strmap map;
};

/* The slug of name, made unique among the n slugs before it by a "-2",
 * "-3"... suffix: two names can share a slug ("C++" and "C"), and -c SLUG
 * must name one category. */
static char *
unique_slug(
    const char *name, char **slugs, struct strmap *taken, struct slugs *bases)
{
	char *slug = corpus_slug(name), *try = xstrdup(slug);
	uint32_t b = strmap_get(&bases->map, bases->v, slug);
	size_t k;

	if (b == UINT32_MAX) {
		/* a new base: remember where its suffixes stand */
		if (bases->n == bases->cap) {
			bases->cap = bases->cap ? 2 * bases->cap : 64;
			bases->v = xreallocarray(
			    bases->v, bases->cap, sizeof *bases->v);
			bases->next = xreallocarray(
			    bases->next, bases->cap, sizeof *bases->next);
		}
		bases->v[bases->n] = xstrdup(slug);
		bases->next[bases->n] = 1;
		strmap_put(&bases->map, bases->v, (uint32_t)bases->n);
		b = (uint32_t)bases->n++;
	}
	/* "a!", "a#", ... all slug to "a": the suffixes go on from where
	 * they stopped, not from -2 each time (20,000 such names took a
	 * minute) */
	k = bases->next[b];
	while (strmap_get(taken, slugs, try) != UINT32_MAX) {
		struct buf s = { 0 };

		buf_printf(&s, "%s%s%zu", slug, slug[0] ? "-" : "", ++k);
		free(try);
		try = buf_take(&s);
	}
	bases->next[b] = k;
	free(slug);
	return try;
}

/* Adds a record's field s[0..n) to the STRINGS section, where it is
 * not copied but referred to, and writes its str reference at e. */
static int
put_text(struct index_image *img, unsigned char *e, const char *s, size_t n)
{
	if (img->textlen + n > UINT32_MAX)
		return -1;
	le32_put(e, (uint32_t)img->textlen);
	le32_put(e + 4, (uint32_t)n);
	img->text[img->ntext].p = s;
	img->text[img->ntext++].len = n;
	img->textlen += n;
	return 0;
}

/* Appends s to the STRINGS section after the records' fields and writes
 * its str reference at e. */
static int
put_str(struct index_image *img, unsigned char *e, const char *s)
{
	struct buf *strings = &img->sec[IDX_STRINGS];
	size_t n = strlen(s);

	if (img->textlen + strings->len + n > UINT32_MAX)
		return -1;
	le32_put(e, (uint32_t)(img->textlen + strings->len));
	le32_put(e + 4, (uint32_t)n);
	buf_add(strings, s, n);
	return 0;
}

void
index_image_free(struct index_image *img)
{
	int s;

	free(img->text);
	img->text = NULL;
	for (s = 0; s < IDX_NSECTIONS; s++)
		buf_free(&img->sec[s]);
	lists_free(img->lists);
	img->lists = NULL;
}

/* Copies a piece of the POSTINGS section where it goes in the buffer,
 * the section starting at its len. */
static int
put_buf(void *ctx, uint64_t off, const void *p, size_t n)
{
	struct buf *b = ctx;

	memcpy(b->data + b->len + off, p, n);
	return 0;
}

int
index_build(const struct corpus *c, struct index_image *img,
    const struct index_progress *pr, char *err, size_t errsz)
{
	struct index_lists *l;
	struct strmap taken = { 0 };
	struct slugs bases = { 0 };
	uint32_t *catcount = NULL, *srccount = NULL, ntri = 0;
	char **slugs = NULL;
	size_t *len = NULL; /* each record's question's, answer's, body's */
	unsigned char e[36], *hdr = img->header;
	uint64_t off;
	size_t i;
	int s, q, rc = -1;

	memset(img, 0, sizeof *img);
	l = img->lists = xcalloc(1, sizeof *img->lists);
	if (c->nrecords > UINT32_MAX / 2 || c->ncategories > UINT32_MAX / 2 ||
	    c->nsources > UINT32_MAX / 2)
		goto toolarge;
	len = xcalloc(3 * c->nrecords + 1, sizeof *len);
	for (i = 0; i < c->nrecords; i++) {
		const struct corpus_record *r = &c->records[i];

		len[3 * i] = corpus_qlen(r);
		len[3 * i + 1] = corpus_alen(r);
		len[3 * i + 2] = corpus_blen(r);
	}
	l->nparts = split(c, len, pr, l->parts);
	parts_run(l->parts, l->nparts);
	img->text = xreallocarray(NULL, 3 * c->nrecords + 1, sizeof *img->text);
	catcount = xcalloc(c->ncategories + 1, sizeof *catcount);
	srccount = xcalloc(c->nsources + 1, sizeof *srccount);
	for (i = 0; i < c->nrecords; i++) {
		const struct corpus_record *r = &c->records[i];

		catcount[r->category]++;
		srccount[r->source]++;
		memset(e, 0, sizeof e);
		le32_put(e, r->category);
		le32_put(e + 4, r->source);
		le32_put(e + 8, r->line);
		if (put_text(img, e + 12, r->question, len[3 * i]) == -1 ||
		    put_text(img, e + 20, r->answer, len[3 * i + 1]) == -1 ||
		    put_text(img, e + 28, r->body != NULL ? r->body : "",
		        len[3 * i + 2]) == -1)
			goto toolarge;
		buf_add(&img->sec[IDX_RECORDS], e, 36);
	}
	slugs = xcalloc(c->ncategories + 1, sizeof *slugs);
	for (i = 0; i < c->ncategories; i++) {
		slugs[i] = unique_slug(c->categories[i], slugs, &taken, &bases);
		strmap_put(&taken, slugs, (uint32_t)i);
		if (put_str(img, e, c->categories[i]) ||
		    put_str(img, e + 8, slugs[i]))
			goto toolarge;
		le32_put(e + 16, catcount[i]);
		buf_add(&img->sec[IDX_CATEGORIES], e, 20);
	}
	for (i = 0; i < c->nsources; i++) {
		if (put_str(img, e, c->sources[i]) == -1)
			goto toolarge;
		le32_put(e + 8, srccount[i]);
		buf_add(&img->sec[IDX_SOURCES], e, 12);
	}
	l->nrecords = (uint32_t)c->nrecords;
	if (layout(l, img, &ntri) == -1 ||
	    wordtab_build(c, &img->sec[IDX_WORDS], err, errsz) == -1)
		goto toolarge;
	/* what only the layout needed */
	for (q = 0; q < l->nparts; q++) {
		free(l->parts[q].any);
		free(l->parts[q].other);
		free(l->parts[q].dense);
		l->parts[q].any = NULL;
		l->parts[q].other = NULL;
		l->parts[q].dense = NULL;
	}

	memset(hdr, 0, BEQ_INDEX_HEADER);
	memcpy(hdr, BEQ_INDEX_MAGIC, 8);
	le32_put(hdr + 8, BEQ_FORMAT_VERSION);
	le32_put(hdr + 12, BEQ_INDEX_HEADER);
	le32_put(hdr + 16, (uint32_t)c->nrecords);
	le32_put(hdr + 20, (uint32_t)c->ncategories);
	le32_put(hdr + 24, (uint32_t)c->nsources);
	le32_put(hdr + 28, ntri);
	off = BEQ_INDEX_HEADER;
	for (s = 0; s < IDX_NSECTIONS; s++) {
		uint64_t size = img->sec[s].len;

		if (s == IDX_STRINGS)
			size += img->textlen;
		if (s == IDX_POSTINGS)
			size += img->postings;
		le64_put(hdr + 40 + 16 * s, off);
		le64_put(hdr + 48 + 16 * s, size);
		off += size;
	}
	le64_put(hdr + 32, off);
	img->size = off;
	rc = 0;
	goto out;
toolarge:
	errorf(err, errsz, "corpus too large for the index format");
	index_image_free(img);
out:
	free(len);
	strmap_free(&taken);
	for (i = 0; i < bases.n; i++)
		free(bases.v[i]);
	free(bases.v);
	free(bases.next);
	strmap_free(&bases.map);
	for (i = 0; slugs != NULL && i < c->ncategories; i++)
		free(slugs[i]);
	free(slugs);
	free(catcount);
	free(srccount);
	return rc;
}

int
index_write(const struct corpus *c, struct buf *out, char *err, size_t errsz)
{
	struct index_image img;
	size_t i;
	int s;

	if (index_build(c, &img, NULL, err, errsz) == -1)
		return -1;
	out->len = 0;
	buf_grow(out, img.size);
	buf_add(out, img.header, BEQ_INDEX_HEADER);
	for (i = 0; i < img.ntext; i++)
		buf_add(out, img.text[i].p, img.text[i].len);
	for (s = 0; s < IDX_NSECTIONS; s++)
		buf_add(out, img.sec[s].data, img.sec[s].len);
	/* the room was made above (img.size) */
	index_image_postings(&img, put_buf, out);
	out->len += img.postings;
	out->data[out->len] = '\0';
	index_image_free(&img);
	return 0;
}
