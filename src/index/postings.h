/* Posting lists: the codec of one list's bytes (Elias-Fano behind a skip
 * table, or a bitmap when dense; see postings.c for the layout and the
 * measurements, index.h for where lists lie), a cursor that seeks through
 * them, and sorted id lists with their AND and OR. */
#ifndef BEQ_POSTINGS_H
#define BEQ_POSTINGS_H

#include <stddef.h>
#include <stdint.h>

/* Ids per block of an Elias-Fano list; a list of more has a skip table
 * of one 4-byte entry per block (postings.c says why 128). */
#define POSTINGS_BLOCK 128
/* What a cursor returns past its last id (no id is this large: ids are
 * below a u32 record count). */
#define POSTINGS_END UINT32_MAX

/* A list of record indexes (0-based), ascending, owned by the caller. */
struct postings {
	uint32_t *ids;
	size_t n, cap;
};

void postings_free(struct postings *p);
void postings_push(struct postings *p, uint32_t id);
/* out = a AND b, out = a OR b; out may not alias a or b. */
void postings_and(
    const struct postings *a, const struct postings *b, struct postings *out);
void postings_or(
    const struct postings *a, const struct postings *b, struct postings *out);

/* The codec. A list's ids are below universe (an index's record count).
 * Returns whether a list of n ids among universe is a bitmap: when that
 * takes no more bytes than the Elias-Fano form (postings.c). */
int postings_is_bitmap(uint64_t n, uint64_t universe);
/* Returns the bytes of the encoded list of n ids among universe: they
 * depend on n and universe alone. */
uint64_t postings_size(uint64_t n, uint64_t universe);
/* Encodes ids[0..n) (ascending, each below universe, n >= 1) into out,
 * which has room for postings_size bytes; returns that size. */
size_t postings_encode(
    const uint32_t *ids, uint32_t n, uint32_t universe, unsigned char *out);

/* A cursor over one encoded list: the bytes are borrowed, the cursor is
 * the caller's (no memory of its own: nothing to free). */
struct plist {
	const unsigned char *p; /* the list's bytes */
	uint64_t len;
	uint32_t n, universe;
	uint32_t nblocks; /* 0: a bitmap */
	const unsigned char *low, *high; /* the Elias-Fano parts */
	unsigned l; /* low bits an id */
	uint64_t hbits; /* bits of the high part */
	uint32_t at; /* 0 before the first seek, 1 at an id, 2 past the end */
	uint32_t word; /* the id the cursor is at */
	/* an Elias-Fano cursor's: the high part's bits of the word from
	 * bit base on not yet read, the first of them the next id's, whose
	 * index is i */
	uint64_t i, base, bits;
	uint32_t seen; /* its blocks before this one are checked or passed */
	int bad; /* 1 once the bytes were found corrupt */
};

/* Opens a cursor on the list p[0..len) of n ids among universe. Returns
 * 0, or -1 when the sizes do not fit together (checked in O(1); the
 * bits are checked where they are read). */
int plist_open(struct plist *c, const unsigned char *p, uint64_t len,
    uint32_t n, uint32_t universe);
/* Returns the first id of the list >= target at or after the cursor's
 * place (a target below it returns the id there), moving there; or
 * POSTINGS_END when there is none, or when the bytes on the way are
 * corrupt (then c->bad is 1). A far target is reached by the skip
 * table (to the last block that starts at or below it), a near one by
 * reading on; words of bits whose ids are all below it are passed by
 * their count of set bits. */
uint32_t plist_seek(struct plist *c, uint32_t target);

/* Appends the whole list of fresh cursor c to out (growing it), every
 * id checked; the cursor ends. Returns 0, or -1 (c->bad set, out as it
 * was) when the bytes are corrupt. */
int plist_read(struct plist *c, struct postings *out);
/* Fills out with the ids that the lists of cursors c[0..n) (fresh) have
 * in common: the rarest list proposes each candidate, the others seek to
 * it, rarest first, and a miss moves the candidate on to where the list
 * landed; so a list is read only where it may hold one.
 * Returns 0, or -1 (out emptied) when a cursor met corrupt bytes. */
int postings_intersect(struct plist *c, size_t n, struct postings *out);
/* Fills out with candidates for the ids that the lists of c[0..n) have
 * in common: every such id, and maybe others. The two rarest lists are
 * intersected; each other one (rarest first) filters the result only
 * when it takes out enough of a sample of it (postings_narrow.c says how
 * much, and what was measured). Reorders c. Returns 0, or -1 (out
 * emptied) when a cursor met corrupt bytes. */
int postings_narrow(struct plist *c, size_t n, struct postings *out);

#endif
