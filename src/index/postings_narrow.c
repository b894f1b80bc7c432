/* A plan's candidates from the posting lists of an AND of trigrams,
 * reading only the lists that narrow them enough to pay for it.
 *
 * An AND of every list is exact, but the lists of a common word's
 * trigrams hold nearly the same records: the rarest two leave about what
 * all of them do, and each more list costs a read of most of it.
 * Measured on gencorpus -s 1G (3,059,216 records), search --count memory
 * (369,960 hits): lists mem 418,494 records, ory 425,447, emo 550,360,
 * mor 609,137; intersecting the rarest 1, 2, 3, 4 took 5.1, 10.3, 18.9,
 * 27.7 ms for 418,494, 371,200, 370,435, 370,257 candidates; the whole
 * search 75 ms with two lists, 106 ms with four (CPU 127 -> 148 ms;
 * perf stat, 8 runs). Confirming a candidate costs about 350 ns of CPU
 * (scan_run.c), reading a list about 15 ns an id: a list as long as the
 * candidates pays when it takes out about one in 25 of them. So each
 * list past the two rarest is first tried on a sample of the candidates,
 * BEQ_NARROW_SAMPLE spread over them, and read only when it takes out at
 * least one in BEQ_NARROW_MIN_CUT. Interleaved medians, the same search
 * before and after: 84 -> 74 ms; a rare word's (thundering, all lists
 * short) 10.0 -> 9.9 ms.
 *
 * Since a few candidates are read with pread (index_fetch.c), confirming
 * one costs about 1 us, and a seek into a long list that lands in a new
 * block some 0.3 us (it then decoded the block from the target on): a list
 * pays when it takes out about one in 4 to 8 of them. BEQ_NARROW_MIN_CUT
 * 32, 8, 4, CPU ms (perf stat, 3 x 20 runs, 1 GB): thundering 4.2, 3.7,
 * 3.8; 'dead ?lock|livelock' 12.7, 11.6, 11.9; memory (370,257
 * candidates, on the mapping) 161, 156, 157. Hence 8. Since a seek reads
 * the list in place (postings.c), 4, 8, 16 and 32 measure alike (medians
 * of 20 interleaved runs: thundering 3.76, 3.73, 3.73, 3.88 ms; the
 * alternation 11.5, 11.2, 11.4, 11.6): 8 stays.
 *
 * A list stored as a bitmap (in about 1 record in 22 or more) seeks in a
 * word of bits: filtering 3,805 candidates through one took 0.05 ms,
 * through an Elias-Fano list of a third as many ids 1.3 ms. So past the
 * two rarest, the bitmaps go first, unsampled: of 'dead lock', the
 * bitmaps of "ead", "ad " and " lo" took 3,805 candidates down to 1,136
 * before "loc" was read. Plan evaluation alone (25 runs, min / median):
 * the alternation 8.1 / 11.2-13.7 -> 7.4 / 10.5-11.6 ms, 2,092 -> 1,969
 * candidates; thundering 2.08 / 2.15 -> 1.97 / 2.06 ms; memory 9.3 ms
 * either way. */
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "postings.h"

/* Keeps in out the ids that cursor c has (c moves forward only). */
static void
filter(struct plist *c, struct postings *out)
{
	size_t i, k = 0;

	for (i = 0; i < out->n; i++)
		if (plist_seek(c, out->ids[i]) == out->ids[i])
			out->ids[k++] = out->ids[i];
	out->n = k;
}

/* A bitmap cursor seeks in a few ns (a word of bits), an Elias-Fano one
 * in tens to hundreds (table entries, then words of the high part): a
 * bitmap is worth reading whatever it takes out. */
static int
bitmap(const struct plist *c)
{
	return postings_is_bitmap(c->n, c->universe);
}

int
postings_narrow(struct plist *c, size_t n, struct postings *out)
{
	struct plist t;
	size_t i, j, kept, step;
	int rc = 0;

	/* rarest first (n is small: the trigrams of one literal), and past
	 * the two rarest, the bitmaps before the others */
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && c[j - 1].n > c[j].n; j--)
			t = c[j], c[j] = c[j - 1], c[j - 1] = t;
	for (i = 3; i < n; i++)
		for (j = i; j > 2 && bitmap(&c[j]) && !bitmap(&c[j - 1]); j--)
			t = c[j], c[j] = c[j - 1], c[j - 1] = t;
	if (postings_intersect(c, n < 2 ? n : 2, out) == -1)
		return -1;
	for (i = 2; i < n && out->n > 0; i++) {
		if (out->n > BEQ_NARROW_SAMPLE && !bitmap(&c[i])) {
			/* how many of a sample of the candidates, spread over
			 * them, the list keeps: one that would take out too
			 * few is not read */
			step = out->n / BEQ_NARROW_SAMPLE;
			t = c[i];
			for (j = kept = 0; j < BEQ_NARROW_SAMPLE; j++)
				kept += plist_seek(&t, out->ids[j * step]) ==
				    out->ids[j * step];
			if (t.bad)
				c[i].bad = 1;
			if ((BEQ_NARROW_SAMPLE - kept) * BEQ_NARROW_MIN_CUT <
			    BEQ_NARROW_SAMPLE)
				continue;
		}
		filter(&c[i], out);
	}
	for (i = 0; i < n; i++)
		if (c[i].bad)
			rc = -1;
	if (rc == -1)
		out->n = 0;
	return rc;
}
