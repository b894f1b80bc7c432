/* Runs of posting lists: the lists of consecutive records collected in
 * memory, then handed out sorted by trigram (to the spill file, or kept),
 * so that the writer's memory is the run's budget, not the corpus's.
 *
 * A list is written as its records come, in blocks of varints with, in
 * the last 8 bytes, a pointer to the next block: block i has
 * block_size(i) bytes, twice the one before up to 4 KiB, and is aligned
 * to its size (the offset of a list's next byte tells when its block is
 * full). Two passes (count, then write each list in its place) kept
 * every record's trigram numbers (128 MB on the 100 MB corpus) in memory
 * as well; these blocks take a byte a posting and some slack.
 *
 * The last run is not written out: the merge decodes its lists from
 * their blocks (index_run_keep, index_run_ids). Copied into one buffer
 * first, it was 40% of beq index's page faults at 100 MB (perf record -e
 * page-faults), fresh pages that this machine is slow to give: over the
 * 100 MB bench corpus, alternating with the binary before 8 times
 * (/usr/bin/time, medians), peak RSS 312 -> 235 MiB, minor faults 47,900
 * -> 27,700, system time 1.14 -> 0.71 s, wall 3.23 -> 3.04 s; at 1 GB
 * (2 runs each) faults 43,700 -> 39,300, peak RSS unchanged (396, 404
 * MiB: the peak is while reading). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "index_run.h"
#include "util.h"

#define BLOCK 64
#define BLOCK_CLASSES 7 /* 64 bytes to 4 KiB */
#define LINK sizeof(unsigned char *)
/* Blocks are cut from pieces of memory of 64 KiB, doubled up to 4 MiB as
 * a run grows (a piece per block took a malloc per list and block). */
#define PIECE_MIN ((size_t)64 << 10)
#define PIECE_MAX ((size_t)4 << 20)

static size_t
block_size(uint32_t i)
{
	return (size_t)BLOCK << (i < BLOCK_CLASSES ? i : BLOCK_CLASSES - 1);
}

/* Per trigram in a run, by its number there (1, 2, ... in order of
 * first appearance): the records with it, the last one, and where its
 * next varint byte goes (in its last block). 16 bytes, four to a cache
 * line: the lookups per posting miss the cache more than anything else. */
struct slot {
	uint32_t count, last;
	unsigned char *tail;
};

/* A trigram outside the dense table and its number (0: an empty place in
 * the table). */
struct other {
	uint32_t t, number;
};

/* The pieces of memory blocks of one size are cut from, the first used
 * of them in use. */
struct pieces {
	unsigned char **p;
	size_t *size, n, cap, used;
};

struct index_run {
	uint32_t *dense; /* per dense place: its number in the run, or 0 */
	struct other *other; /* the other trigrams' numbers: a hash table */
	uint32_t mask, nother; /* its size - 1, its trigrams */
	struct slot *slot;
	/* per number: its first block and how many it has; its key */
	uint32_t *nblocks, *key;
	unsigned char **head;
	uint32_t nslots, capslots;
	/* where blocks of each size are cut from and its bytes left; and
	 * per size the pieces of memory they are cut from, of which the
	 * first used are in use: a run's are the next run's (fresh, each run
	 * was as many pages again for the kernel to clear) */
	unsigned char *arena[BLOCK_CLASSES];
	size_t left[BLOCK_CLASSES];
	struct pieces pieces[BLOCK_CLASSES];
	size_t bytes; /* of the blocks cut from them */
};

/* Where trigram t is, or goes, in the other trigrams' table. */
static struct other *
other_at(const struct index_run *r, uint32_t t)
{
	uint32_t h = (t * 0x9e3779b1u) >> 8;
	struct other *o;

	for (;; h++) {
		o = &r->other[h & r->mask];
		if (o->number == 0 || o->t == t)
			return o;
	}
}

/* Doubles the other trigrams' table. */
static void
other_grow(struct index_run *r)
{
	struct other *old = r->other;
	uint32_t i, n = r->mask + 1;

	r->mask = 2 * n - 1;
	r->other = xcalloc(2 * (size_t)n, sizeof *r->other);
	for (i = 0; i < n; i++)
		if (old[i].number != 0)
			*other_at(r, old[i].t) = old[i];
	free(old);
}

struct index_run *
index_run_new(void)
{
	struct index_run *r = xcalloc(1, sizeof *r);

	r->dense = xcalloc(SCAN_DENSE, sizeof *r->dense);
	r->mask = 4095;
	r->other = xcalloc(r->mask + 1, sizeof *r->other);
	r->capslots = 4096;
	r->slot = xreallocarray(NULL, r->capslots, sizeof *r->slot);
	r->nblocks = xreallocarray(NULL, r->capslots, sizeof *r->nblocks);
	r->key = xreallocarray(NULL, r->capslots, sizeof *r->key);
	r->head = xreallocarray(NULL, r->capslots, sizeof *r->head);
	return r;
}

/* Makes every piece free for the next run's blocks. */
static void
pieces_reset(struct index_run *r)
{
	int c;

	for (c = 0; c < BLOCK_CLASSES; c++)
		r->pieces[c].used = 0;
	r->bytes = 0;
	memset(r->arena, 0, sizeof r->arena);
	memset(r->left, 0, sizeof r->left);
}

void
index_run_free(struct index_run *r)
{
	size_t i;
	int c;

	if (r == NULL)
		return;
	for (c = 0; c < BLOCK_CLASSES; c++) {
		for (i = 0; i < r->pieces[c].n; i++)
			free(r->pieces[c].p[i]);
		free(r->pieces[c].p);
		free(r->pieces[c].size);
	}
	free(r->dense);
	free(r->other);
	free(r->slot);
	free(r->nblocks);
	free(r->key);
	free(r->head);
	free(r);
}

size_t
index_run_bytes(const struct index_run *r)
{
	return r->bytes +
	    (size_t)r->nslots *
	    (sizeof *r->slot + sizeof *r->nblocks + sizeof *r->key +
	        sizeof *r->head);
}

/* Numbers the new trigram key in run r. */
static uint32_t
new_slot(struct index_run *r, uint32_t key)
{
	if (r->nslots + 1 == r->capslots) {
		r->capslots *= 2;
		r->slot = xreallocarray(r->slot, r->capslots, sizeof *r->slot);
		r->nblocks = xreallocarray(
		    r->nblocks, r->capslots, sizeof *r->nblocks);
		r->key = xreallocarray(r->key, r->capslots, sizeof *r->key);
		r->head = xreallocarray(r->head, r->capslots, sizeof *r->head);
	}
	r->nslots++;
	memset(&r->slot[r->nslots], 0, sizeof *r->slot);
	r->key[r->nslots] = key;
	if (key & SCAN_OTHER) {
		struct other *o;

		/* at most half full */
		if (2 * (r->nother + 1) > r->mask + 1)
			other_grow(r);
		o = other_at(r, key & 0xffffff);
		o->t = key & 0xffffff;
		o->number = r->nslots;
		r->nother++;
	} else
		r->dense[key] = r->nslots;
	return r->nslots;
}

/* Block i of a list, cut from the run's memory for blocks of its size.
 * Aligned to 4 KiB or more: to any block size (xhugearray's alignment;
 * its huge pages, for pieces of 2 MiB and more, took 21,000 page faults
 * fewer over the 100 MB corpus, 38,000 in all, for the same CPU time). */
static unsigned char *
block_new(struct index_run *r, uint32_t i)
{
	uint32_t c = i < BLOCK_CLASSES ? i : BLOCK_CLASSES - 1;
	size_t size = (size_t)BLOCK << c;
	unsigned char *b;

	if (r->left[c] < size) {
		struct pieces *ps = &r->pieces[c];

		if (ps->used == ps->n) {
			/* a new piece, twice the last */
			if (ps->n == ps->cap) {
				ps->cap = ps->cap ? 2 * ps->cap : 16;
				ps->p = xreallocarray(
				    ps->p, ps->cap, sizeof *ps->p);
				ps->size = xreallocarray(
				    ps->size, ps->cap, sizeof *ps->size);
			}
			ps->size[ps->n] = ps->n == 0 ? PIECE_MIN :
			    ps->size[ps->n - 1] < PIECE_MAX ?
			                               2 * ps->size[ps->n - 1] :
			                               PIECE_MAX;
			ps->p[ps->n] = xhugearray(ps->size[ps->n], 1);
			ps->n++;
		}
		r->arena[c] = ps->p[ps->used];
		r->left[c] = ps->size[ps->used++];
	}
	r->bytes += size;
	b = r->arena[c];
	r->arena[c] += size;
	r->left[c] -= size;
	return b;
}

void
index_run_add(struct index_run *r, uint32_t *keys, size_t n, uint32_t rec)
{
	uint32_t *dense = r->dense;
	size_t j;

	/* Two loops: the numbers first, then the lists, so that the loads
	 * of each loop do not wait on one another. (Fetching the dense
	 * place 16 keys ahead, as the writer before did, did not pay here:
	 * the least CPU time of three passes over the 100 MB corpus was
	 * 0.474 s with it, 0.433 s without.) */
	for (j = 0; j < n; j++) {
		uint32_t key = keys[j], k;

		if (key & SCAN_OTHER)
			k = other_at(r, key & 0xffffff)->number;
		else
			k = dense[key];
		keys[j] = k != 0 ? k : new_slot(r, key);
	}
	for (j = 0; j < n; j++) {
		uint32_t k = keys[j], v;
		struct slot *s = &r->slot[k];
		unsigned char *t = s->tail;

		if (s->count++ == 0) {
			t = r->head[k] = block_new(r, 0);
			r->nblocks[k] = 1;
		}
		v = rec - s->last;
		s->last = rec;
		/* the varint, a byte at a time: a block may end inside it */
		for (;;) {
			/* at the end of each 64 bytes: of the block? */
			if (((uintptr_t)t & (BLOCK - 1)) == BLOCK - LINK &&
			    ((uintptr_t)t &
			        (block_size(r->nblocks[k] - 1) - 1)) ==
			        block_size(r->nblocks[k] - 1) - LINK) {
				unsigned char *b = block_new(r, r->nblocks[k]);

				memcpy(t, &b, sizeof b);
				t = b;
				r->nblocks[k]++;
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

/* The bytes of the varints in list k. */
static uint64_t
list_bytes(const struct index_run *r, uint32_t k)
{
	uint32_t i, n = r->nblocks[k];
	uint64_t bytes = 0;

	for (i = 0; i + 1 < n; i++)
		bytes += block_size(i) - LINK;
	return bytes + ((uintptr_t)r->slot[k].tail & (block_size(n - 1) - 1));
}

/* Hands list k's varints to data, block by block. */
static int
list_out(const struct index_run *r, uint32_t k,
    int (*data)(void *, const void *, size_t), void *ctx)
{
	const unsigned char *b = r->head[k];
	uint64_t left = list_bytes(r, k);
	uint32_t i;

	for (i = 0; left > 0; i++) {
		size_t size = block_size(i) - LINK,
		       m = size < left ? size : (size_t)left;
		unsigned char *next;

		if (data(ctx, b, m) == -1)
			return -1;
		left -= m;
		if (left > 0) {
			memcpy(&next, b + size, sizeof next);
			b = next;
		}
	}
	return 0;
}

static int
by_trigram(const void *a, const void *b)
{
	uint32_t x = ((const struct run_entry *)a)->t,
	         y = ((const struct run_entry *)b)->t;

	return x < y ? -1 : x > y;
}

/* The run's directory, sorted by trigram, each entry's off its list's
 * number. */
static struct run_entry *
sorted(const struct index_run *r)
{
	struct run_entry *d;
	uint32_t k, n = r->nslots;

	d = xreallocarray(NULL, (size_t)n + 1, sizeof *d);
	for (k = 1; k <= n; k++) {
		d[k - 1].t = index_scan_trigram(r->key[k]);
		d[k - 1].off = k;
	}
	qsort(d, n, sizeof *d, by_trigram);
	for (k = 0; k < n; k++) {
		uint32_t j = (uint32_t)d[k].off;

		d[k].count = r->slot[j].count;
		d[k].bytes = (uint32_t)list_bytes(r, j);
	}
	return d;
}

void
index_run_keep(struct index_run *r, struct run_entry **dir, uint32_t *ndir)
{
	*dir = sorted(r);
	*ndir = r->nslots;
}

uint32_t
run_ids_decode(
    struct run_ids *d, const unsigned char *p, size_t n, uint32_t *ids)
{
	uint32_t k = 0;

	for (size_t j = 0; j < n; j++) {
		d->v |= (uint32_t)(p[j] & 0x7f) << d->shift;
		if (p[j] & 0x80) {
			d->shift += 7;
			continue;
		}
		d->prev += d->v;
		ids[k++] = d->prev;
		d->v = 0;
		d->shift = 0;
	}
	return k;
}

uint32_t
index_run_ids(const struct index_run *r, uint64_t list, uint32_t *ids)
{
	const unsigned char *b = r->head[list];
	uint64_t left = list_bytes(r, (uint32_t)list);
	struct run_ids d = { 0 };
	uint32_t i, k = 0;

	for (i = 0; left > 0; i++) {
		size_t size = block_size(i) - LINK,
		       m = size < left ? size : (size_t)left;

		/* a varint may go on in the next block */
		k += run_ids_decode(&d, b, m, ids + k);
		left -= m;
		if (left > 0)
			memcpy(&b, b + size, sizeof b);
	}
	return k;
}

int
index_run_take(struct index_run *r, struct run_entry **dir, uint32_t *ndir,
    int (*data)(void *ctx, const void *p, size_t n), void *ctx)
{
	struct run_entry *d = sorted(r);
	uint64_t off = 0;
	uint32_t k, n = r->nslots;
	int rc = 0;

	for (k = 0; k < n && rc == 0; k++) {
		uint32_t j = (uint32_t)d[k].off;

		d[k].off = off;
		off += d[k].bytes;
		rc = list_out(r, j, data, ctx);
	}
	*dir = d;
	*ndir = n;
	/* empty, for the next records: the dense places used cleared, not
	 * the whole table (3.4 MiB a run) */
	for (k = 1; k <= n; k++)
		if (!(r->key[k] & SCAN_OTHER))
			r->dense[r->key[k]] = 0;
	pieces_reset(r);
	free(r->other);
	r->mask = 4095;
	r->nother = 0;
	r->other = xcalloc(r->mask + 1, sizeof *r->other);
	r->nslots = 0;
	return rc;
}
