/* The count of the corpus's words for the word table (wordcount.h): open
 * addressing, linear probing, at most half full. */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "util.h"
#include "wordcount.h"
#include "words.h"

/* Writes the letters s[0..len) lower-cased to w, zero-padded to a
 * multiple of 8 bytes, and returns their hash; s has room bytes. Eight
 * bytes at a time, in registers: the hash read back bytes stored one at
 * a time, and waited for each store. The hash is of the bytes taken
 * little-endian, whatever the machine's order. */
static uint64_t
lower(uint64_t *w, const char *s, size_t len, size_t room)
{
	uint64_t h = 0x9e3779b97f4a7c15ull ^ len, x;
	size_t i, k;

	for (i = 0; i < len; i += 8) {
		if (i + 8 <= room) {
			memcpy(&x, s + i, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
			x = __builtin_bswap64(x);
#endif
		} else
			for (x = 0, k = 0; i + k < room; k++)
				x |= (uint64_t)(unsigned char)s[i + k] << 8 * k;
		x |= 0x2020202020202020ull;
		if (len - i < 8)
			x &= ((uint64_t)1 << 8 * (len - i)) - 1;
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		w[i / 8] = __builtin_bswap64(x); /* the bytes in order */
#else
		w[i / 8] = x;
#endif
		h = (h ^ x) * 0xff51afd7ed558ccdull;
		h ^= h >> 29;
	}
	return h ^ h >> 32;
}

/* A word in the text: its count and last record (+ 1), its length and
 * bytes, then padding to a multiple of 4 bytes. */
#define ENTRY_DF 0
#define ENTRY_LAST 4
#define ENTRY_LEN 8
#define ENTRY_HEAD 9

/* Words' entries are cut from pieces of PIECE bytes, on huge pages (a
 * buffer grown by realloc took a TLB miss as well on most rare words). */
#define PIECE_BITS 21
#define PIECE ((size_t)1 << PIECE_BITS)

static unsigned char *
entry_at(const struct wordcount *wc, uint32_t off)
{
	return wc->piece[off >> PIECE_BITS] + (off & (PIECE - 1));
}

static uint32_t
get32(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static void
put32(unsigned char *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

/* A slot's home among mask + 1: from its tag, so that growing reads no
 * word. */
static size_t
home(uint32_t tag, size_t mask)
{
	return (size_t)(tag >> 1) & mask;
}

static uint32_t
tag_of(uint64_t h)
{
	return (uint32_t)(h >> 32) | 1;
}

static void
grow(struct wordcount *wc)
{
	size_t cap = wc->nslots ? 2 * wc->nslots : 4096, i, k;
	/* on huge pages: every lookup is a page of its own, and with 4 KiB
	 * pages most also missed the TLB */
	struct wordcount_slot *slots = xhugearray(cap, sizeof *slots);

	memset(slots, 0, cap * sizeof *slots);
	for (k = 0; k < wc->nslots; k++) {
		if (wc->slots[k].tag == 0)
			continue;
		i = home(wc->slots[k].tag, cap - 1);
		while (slots[i].tag != 0)
			i = (i + 1) & (cap - 1);
		slots[i] = wc->slots[k];
	}
	free(wc->slots);
	wc->slots = slots;
	wc->nslots = cap;
}

/* a[0..len) equals b[0..len) (words are short: a call to memcmp for
 * each took longer than the loop) */
static int
same(const unsigned char *a, const unsigned char *b, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/* Counts record rec1 - 1 (as last holds it) for the lower-cased word
 * w[0..len) of hash h. */
static void
count(struct wordcount *wc, const unsigned char *w, size_t len, uint64_t h,
    uint32_t rec1)
{
	uint32_t tag = tag_of(h);
	size_t mask = wc->nslots - 1, i, pad;
	struct wordcount_slot *s;
	unsigned char *t;

	for (i = home(tag, mask);; i = (i + 1) & mask) {
		s = &wc->slots[i];
		if (s->tag == 0)
			break;
		if (s->tag != tag)
			continue;
		t = entry_at(wc, s->off);
		if (t[ENTRY_LEN] == len && same(t + ENTRY_HEAD, w, len)) {
			if (get32(t + ENTRY_LAST) != rec1) {
				put32(t + ENTRY_LAST, rec1);
				put32(t + ENTRY_DF, get32(t + ENTRY_DF) + 1);
			}
			return;
		}
	}
	/* a new word, in the last piece or a new one */
	pad = (ENTRY_HEAD + len + 3) / 4 * 4;
	if (wc->npieces == 0 || wc->used + pad > PIECE) {
		if (wc->npieces == (size_t)1 << (32 - PIECE_BITS)) {
			wc->toolarge = 1;
			return;
		}
		if (wc->npieces == wc->cappieces) {
			wc->cappieces = wc->cappieces ? 2 * wc->cappieces : 16;
			wc->piece = xreallocarray(
			    wc->piece, wc->cappieces, sizeof *wc->piece);
		}
		wc->piece[wc->npieces++] = xhugearray(PIECE, 1);
		wc->used = 0;
	}
	s->tag = tag;
	s->off = (uint32_t)((wc->npieces - 1) << PIECE_BITS | wc->used);
	t = wc->piece[wc->npieces - 1] + wc->used;
	memset(t, 0, pad);
	put32(t + ENTRY_DF, 1);
	put32(t + ENTRY_LAST, rec1);
	t[ENTRY_LEN] = (unsigned char)len;
	memcpy(t + ENTRY_HEAD, w, len);
	wc->used += pad;
	if (2 * ++wc->n > wc->nslots)
		grow(wc);
}

/* The words on their way through the pipeline below. */
#define AHEAD 16 /* words between the stages */
#define RING (4 * AHEAD)

struct pending {
	/* lower-cased, zero-padded to a multiple of 8 bytes */
	uint64_t w[(BEQ_WORD_MAX + 7) / 8];
	size_t len;
	uint64_t h;
};

/* Most words touch two lines that are not in the cache (the slot, then
 * the word's bytes, which confirm it): each is asked for ahead, the slot
 * 2 * AHEAD words before the count, the bytes AHEAD before, so that the
 * misses of several words overlap. Hints only: count finds the slot
 * again, after the table grew too. */
static void
probe(const struct wordcount *wc, const struct pending *p)
{
	uint32_t tag = tag_of(p->h);
	size_t mask = wc->nslots - 1, i = home(tag, mask);

	for (; wc->slots[i].tag != 0; i = (i + 1) & mask)
		if (wc->slots[i].tag == tag) {
			__builtin_prefetch(entry_at(wc, wc->slots[i].off));
			return;
		}
}

void
wordcount_record(struct wordcount *wc, const char *const *f, const size_t *len,
    size_t n, uint32_t rec)
{
	struct pending ring[RING];
	size_t i, pos, start, wl, in = 0, out = 0;

	if (wc->nslots == 0)
		grow(wc);
	for (i = 0; i < n; i++) {
		pos = 0;
		while (words_next(f[i], len[i], &pos, &start, &wl)) {
			struct pending *p = &ring[in % RING];

			p->len = wl;
			p->h = lower(p->w, f[i] + start, wl, len[i] - start);
			__builtin_prefetch(
			    &wc->slots[home(tag_of(p->h), wc->nslots - 1)]);
			in++;
			if (in - out > AHEAD)
				probe(wc, &ring[(in - AHEAD - 1) % RING]);
			if (in - out > 2 * AHEAD) {
				p = &ring[out++ % RING];
				count(wc, (const unsigned char *)p->w, p->len,
				    p->h, rec + 1);
			}
		}
	}
	for (; out < in; out++) {
		struct pending *p = &ring[out % RING];

		count(wc, (const unsigned char *)p->w, p->len, p->h, rec + 1);
	}
}

size_t
wordcount_word(const struct wordcount *wc, const struct wordcount_slot *s,
    const char **p, uint32_t *df)
{
	const unsigned char *t = entry_at(wc, s->off);

	*p = (const char *)t + ENTRY_HEAD;
	*df = get32(t + ENTRY_DF);
	return t[ENTRY_LEN];
}

void
wordcount_free(struct wordcount *wc)
{
	size_t i;

	for (i = 0; i < wc->npieces; i++)
		free(wc->piece[i]);
	free(wc->piece);
	free(wc->slots);
	memset(wc, 0, sizeof *wc);
}
