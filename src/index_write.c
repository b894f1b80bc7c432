/* Index builder: serialises a corpus into the format described in index.h.
 * Deterministic: the same corpus gives the same bytes. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "index.h"
#include "strmap.h"
#include "util.h"
#include "varint.h"

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

/* Per trigram in a part, by its number there (1, 2, ... in order of
 * first appearance): the records with it, the last one (0 before any),
 * and the bytes of its varints in the part, each taken from the record
 * before in the part and the first from 0. Before the writing pass, last
 * becomes the record before the part's first in the whole list (or 0)
 * and bytes where its next varint goes. 16 bytes: four to a cache line,
 * for the lookups per posting miss the cache more than anything else. */
struct slot {
	uint32_t count, last;
	uint64_t bytes;
};

/* A trigram outside the dense table and its number in a part (0: an
 * empty place in the table). */
struct other {
	uint32_t t, number;
};

/* Trigram numbers of the records lo, lo + 1, ... hi - 1 of a part
 * (counted from the part's first), in 16 bits while the part has fewer
 * than 65,536 trigrams (half the memory to fill and read again), else in
 * 32 (wide), on huge pages. The memory the input was read into holds
 * the records' text now (corpus_parse_in_place), which saves more pages
 * (and their faults, at 4 KiB each) than these take. */
struct chunk {
	void *p;
	size_t cap, n, lo, hi;
	int wide;
};

/* A part of the records, [lo, hi), that one thread reads the trigrams of
 * and, later, writes the posting lists of. */
struct part {
	const struct corpus *c;
	const size_t *len; /* per record: its question's and answer's */
	size_t lo, hi, text; /* text: bytes of its fields */
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
	uint32_t *first; /* per number: the part's first record with it */
	uint32_t nslots, capslots;
	uint32_t *raw; /* the current record's distinct trigrams */
	size_t nraw, capraw;
	/* the numbers of each record's distinct trigrams, one record's
	 * after another, in chunks (see struct chunk); n: how many in all;
	 * ends[i]: where record lo + i's end in its chunk */
	struct chunk *chunk;
	size_t nchunk, capchunk, n, *ends;
	int wide; /* 1 from the 65,536th trigram on */
	unsigned char *out; /* the POSTINGS section */
	int stage;
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
	/* room for 16 more after them (see FILE_RECORD) */
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
#else
#define PREFETCH(a) ((void)(a))
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

/* Files the current record's trigrams (raw) under their numbers in the
 * part, as 16- or 32-bit numbers (T). Two loops: the numbers first, then
 * the slots, so that the loads of each loop do not wait on one another
 * (these two lookups miss the cache more than anything else here); in
 * each, the line 16 keys ahead is fetched meanwhile. */
#define FILE_RECORD(T, tris) \
	do { \
		uint32_t *raw = p->raw, *dense = p->dense; \
		uint64_t *seen = p->seen, *dseen = p->dseen; \
		T *to = (tris); \
\
		for (j = 0; j < p->nraw; j++) { \
			uint32_t key = raw[j], k; \
\
			PREFETCH(&dense[ahead(raw, j)]); \
			if (key & OTHER) { \
				seen[(key & 0xffffff) >> 6] = 0; \
				k = other_at(p, key & 0xffffff)->number; \
			} else { \
				dseen[key >> 6] = 0; \
				k = dense[key]; \
			} \
			raw[j] = k != 0 ? k : new_slot(p, key); \
		} \
		for (j = 0; j < p->nraw; j++) { \
			struct slot *s = &p->slot[raw[j]]; \
\
			PREFETCH(&p->slot[raw[j + 16]]); \
			to[j] = (T)raw[j]; \
			if (s->count++ == 0) \
				p->first[raw[j]] = rec; \
			s->bytes += varint_len(rec - s->last); \
			s->last = rec; \
		} \
	} while (0)

/* The chunk for the numbers of record rec, need of them: the last one
 * when they fit there, else a new one. */
static struct chunk *
chunk_for(struct part *p, size_t rec, size_t need)
{
	size_t size = p->wide ? 4 : 2, fresh = (size_t)1 << 20;
	struct chunk *ch = p->nchunk ? &p->chunk[p->nchunk - 1] : NULL;

	if (ch != NULL && ch->wide == p->wide && ch->cap - ch->n >= need)
		return ch;
	if (p->nchunk == p->capchunk) {
		p->capchunk = p->capchunk ? 2 * p->capchunk : 64;
		p->chunk = xreallocarray(
		    p->chunk, p->capchunk, sizeof *p->chunk);
	}
	ch = &p->chunk[p->nchunk++];
	memset(ch, 0, sizeof *ch);
	ch->wide = p->wide;
	ch->lo = ch->hi = rec;
	ch->cap = need > fresh ? need : fresh;
	ch->p = xhugearray(ch->cap, size);
	return ch;
}

/* The reading pass: each record's distinct trigrams, by number, and the
 * slots counted. A trigram's number is looked up once per record it is
 * in, right after the record's trigrams are read, while they are still
 * in the cache (a pass of its own over all of them took as long as
 * reading them). */
static void
part_collect(struct part *p)
{
	const size_t words = (1u << 24) / 64;
	size_t i, j;
	struct chunk *ch;

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
	p->ends = xcalloc(p->hi - p->lo + 1, sizeof *p->ends);
	p->capraw = 4096;
	p->raw = xreallocarray(NULL, p->capraw, sizeof *p->raw);
	for (i = p->lo; i < p->hi; i++) {
		const struct corpus_record *r = &p->c->records[i];
		uint32_t rec = (uint32_t)i;

		p->nraw = 0;
		collect_field(p, r->question, p->len[2 * i]);
		collect_field(p, r->answer, p->len[2 * i + 1]);
		/* for the lookups 16 ahead: zeros, dense place 0 and the
		 * empty slot 0 */
		memset(p->raw + p->nraw, 0, 16 * sizeof *p->raw);
		if (p->nslots + p->nraw > UINT16_MAX)
			p->wide = 1;
		ch = chunk_for(p, i - p->lo, p->nraw);
		if (ch->wide)
			FILE_RECORD(uint32_t, (uint32_t *)ch->p + ch->n);
		else
			FILE_RECORD(uint16_t, (uint16_t *)ch->p + ch->n);
		ch->n += p->nraw;
		ch->hi = i - p->lo + 1;
		p->n += p->nraw;
		p->ends[i - p->lo] = ch->n;
	}
}

/* Writes each record's varint in the lists of its trigrams, numbered in
 * chunk ch as T. */
#define FILL(T, ch) \
	do { \
		const T *k = (ch)->p; \
		const size_t *ends = p->ends; \
\
		for (rec = (ch)->lo; rec < (ch)->hi; rec++) { \
			uint32_t r = (uint32_t)(p->lo + rec); \
			size_t end = ends[rec]; \
\
			for (; i < end; i++) { \
				struct slot *s = &slot[k[i]]; \
				uint32_t v = r - s->last; \
\
				s->last = r; \
				if (v < 0x80) \
					out[s->bytes++] = (unsigned char)v; \
				else if (v < 0x4000) { \
					/* as varint_put, without a call */ \
					out[s->bytes] = (unsigned char)(v | \
					    0x80); \
					out[s->bytes + 1] = \
					    (unsigned char)(v >> 7); \
					s->bytes += 2; \
				} else \
					s->bytes += varint_put( \
					    out + s->bytes, v); \
			} \
		} \
	} while (0)

/* The writing pass: each record's varint in the lists of its trigrams. */
static void
part_fill(struct part *p)
{
	struct slot *slot = p->slot;
	unsigned char *out = p->out;
	size_t i, rec, c;

	for (c = 0; c < p->nchunk; c++) {
		i = 0;
		if (p->chunk[c].wide)
			FILL(uint32_t, &p->chunk[c]);
		else
			FILL(uint16_t, &p->chunk[c]);
	}
}

static void *
part_run(void *arg)
{
	struct part *p = arg;

	if (p->stage == 0)
		part_collect(p);
	else
		part_fill(p);
	return NULL;
}

/* Runs stage of every part, the first in this thread and the others in
 * threads of their own (or here too, when a thread cannot be had). */
static void
parts_run(struct part *parts, int nparts, int stage)
{
	pthread_t th[BEQ_INDEX_THREADS];
	int started[BEQ_INDEX_THREADS] = { 0 }, k;

	for (k = 0; k < nparts; k++)
		parts[k].stage = stage;
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

/* Memory to be written soon: a page at a time touched, for the kernel
 * to map and zero it, by a thread of its own while this one works. */
struct touch {
	unsigned char *p;
	size_t n;
	pthread_t th;
	int started;
};

static void *
touch_run(void *arg)
{
	struct touch *t = arg;
	size_t i;

	for (i = 0; i < t->n; i += 4096)
		t->p[i] = 0;
	return NULL;
}

/* The posting lists, written in place by the parts at once. Each part has
 * counted its records per trigram and the bytes of their varints; so
 * every list's place is known, in trigram order, and every part's place
 * in it, after those of the parts before it (the first varint of a
 * part's run is re-measured from the last record of the parts before).
 * Each part then writes its varints there, in ascending record order.
 * An array of every posting, sorted and then encoded, was the slowest
 * part of indexing: 260 MB written at random and read again, and the
 * varints on one core. */
static int
postings(
    struct part *parts, int nparts, struct index_image *img, uint32_t *ntri)
{
	const size_t words = (1u << 24) / 64;
	uint64_t *any = parts[0].any, off = 0, start;
	uint32_t n = 0;
	unsigned char e[20], *out;
	size_t w, total = 0, bound = 0;
	struct buf *sec = &img->sec[IDX_POSTINGS];
	struct touch touch = { 0 };
	uint32_t j;
	int rc = -1, q;

	/* the trigrams of every part, in the first's bits */
	for (q = 0; q < nparts; q++) {
		for (w = 0; q > 0 && w < words; w++)
			any[w] |= parts[q].any[w];
		total += parts[q].n;
		for (j = 1; j <= parts[q].nslots; j++)
			bound += parts[q].slot[j].bytes;
	}
	if (total > UINT32_MAX)
		goto out; /* counts in the lists are u32 */
	/* the lists take at most the bytes the parts counted (a part's
	 * first varint, from the record before, is no longer than from 0):
	 * their pages (68 MB on the 100 MB corpus) are zeroed by the kernel
	 * on the other core while the lists are laid out on this one */
	out = xhugearray(bound + 1, 1);
	touch.p = out;
	touch.n = bound + 1;
	touch.started = pthread_create(&touch.th, NULL, touch_run, &touch) == 0;
	for (w = 0; w < words; w++)
		n += pop64(any[w]);
	*ntri = n;
	buf_grow(&img->sec[IDX_TRIGRAMS], (size_t)n * 20);
	for (w = 0; w < words; w++) {
		for (uint64_t bits = any[w]; bits != 0; bits &= bits - 1) {
			uint32_t t = (uint32_t)(w * 64) +
			    pop64((bits & (~bits + 1)) - 1);
			uint32_t prev = 0, count = 0;

			start = off;
			for (q = 0; q < nparts; q++) {
				uint32_t k = number_get(&parts[q], t), last, f;
				struct slot *s = &parts[q].slot[k];
				uint64_t bytes;

				if (k == 0)
					continue;
				/* its first varint counts from the record
				 * before it in the list, not from 0 */
				f = parts[q].first[k];
				bytes = s->bytes - varint_len(f) +
				    varint_len(f - prev);
				s->bytes = off;
				off += bytes;
				last = s->last;
				s->last = prev;
				prev = last;
				count += s->count;
			}
			if (off - start > UINT32_MAX) {
				if (touch.started)
					pthread_join(touch.th, NULL);
				free(out);
				goto out;
			}
			le32_put(e, t);
			le32_put(e + 4, count);
			le64_put(e + 8, start);
			le32_put(e + 16, (uint32_t)(off - start));
			buf_add(&img->sec[IDX_TRIGRAMS], e, 20);
		}
	}
	if (touch.started)
		pthread_join(touch.th, NULL);
	out[off] = '\0';
	for (q = 0; q < nparts; q++)
		parts[q].out = out;
	parts_run(parts, nparts, 1);
	free(sec->data);
	sec->data = (char *)out;
	sec->len = off;
	sec->cap = bound + 1;
	rc = 0;
out:
	return rc;
}

/* Cuts the records into parts of about the same text, one per thread
 * (fewer for a small corpus). Returns how many. */
static int
split(const struct corpus *c, const size_t *len, struct part *parts)
{
	size_t total = 0, i, sum = 0;
	int n = BEQ_INDEX_THREADS, k = 0;

	for (i = 0; i < c->nrecords; i++)
		total += len[2 * i] + len[2 * i + 1] + 1;
	if (total < (1u << 20))
		n = 1; /* a thread costs more than it saves */
	memset(parts, 0, (size_t)n * sizeof *parts);
	for (k = 0; k < n; k++) {
		parts[k].c = c;
		parts[k].len = len;
	}
	for (i = 0, k = 0; i < c->nrecords; i++) {
		sum += len[2 * i] + len[2 * i + 1] + 1;
		parts[k].text += len[2 * i] + len[2 * i + 1];
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
	for (s = 0; s < 6; s++)
		buf_free(&img->sec[s]);
}

int
index_build(
    const struct corpus *c, struct index_image *img, char *err, size_t errsz)
{
	struct part parts[BEQ_INDEX_THREADS];
	int nparts = 0, q;
	struct strmap taken = { 0 };
	struct slugs bases = { 0 };
	uint32_t *catcount = NULL, *srccount = NULL, ntri = 0;
	char **slugs = NULL;
	size_t *len = NULL; /* each record's question's and answer's */
	unsigned char e[28], *hdr = img->header;
	uint64_t off;
	size_t i;
	int s, rc = -1;

	memset(img, 0, sizeof *img);
	if (c->nrecords > UINT32_MAX / 2 || c->ncategories > UINT32_MAX / 2 ||
	    c->nsources > UINT32_MAX / 2)
		goto toolarge;
	len = xcalloc(2 * c->nrecords + 1, sizeof *len);
	for (i = 0; i < c->nrecords; i++) {
		const struct corpus_record *r = &c->records[i];

		len[2 * i] = r->qlen ? r->qlen - 1 : strlen(r->question);
		len[2 * i + 1] = r->alen ? r->alen - 1 : strlen(r->answer);
	}
	nparts = split(c, len, parts);
	parts_run(parts, nparts, 0);
	img->text = xreallocarray(NULL, 2 * c->nrecords + 1, sizeof *img->text);
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
		if (put_text(img, e + 12, r->question, len[2 * i]) == -1 ||
		    put_text(img, e + 20, r->answer, len[2 * i + 1]) == -1)
			goto toolarge;
		buf_add(&img->sec[IDX_RECORDS], e, 28);
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
	if (postings(parts, nparts, img, &ntri) == -1)
		goto toolarge;

	memset(hdr, 0, BEQ_INDEX_HEADER);
	memcpy(hdr, BEQ_INDEX_MAGIC, 8);
	le32_put(hdr + 8, BEQ_FORMAT_VERSION);
	le32_put(hdr + 12, BEQ_INDEX_HEADER);
	le32_put(hdr + 16, (uint32_t)c->nrecords);
	le32_put(hdr + 20, (uint32_t)c->ncategories);
	le32_put(hdr + 24, (uint32_t)c->nsources);
	le32_put(hdr + 28, ntri);
	off = BEQ_INDEX_HEADER;
	for (s = 0; s < 6; s++) {
		uint64_t size = img->sec[s].len;

		if (s == IDX_STRINGS)
			size += img->textlen;
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
	for (q = 0; q < nparts; q++) {
		free(parts[q].seen);
		free(parts[q].dseen);
		free(parts[q].any);
		free(parts[q].other);
		free(parts[q].dense);
		free(parts[q].slot);
		free(parts[q].first);
		free(parts[q].raw);
		for (i = 0; i < parts[q].nchunk; i++)
			free(parts[q].chunk[i].p);
		free(parts[q].chunk);
		free(parts[q].ends);
	}
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

	if (index_build(c, &img, err, errsz) == -1)
		return -1;
	out->len = 0;
	buf_grow(out, img.size);
	buf_add(out, img.header, BEQ_INDEX_HEADER);
	for (i = 0; i < img.ntext; i++)
		buf_add(out, img.text[i].p, img.text[i].len);
	for (s = 0; s < 6; s++)
		buf_add(out, img.sec[s].data, img.sec[s].len);
	index_image_free(&img);
	return 0;
}
