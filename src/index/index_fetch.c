/* Reading the text of a few records scattered over a large index file with
 * pread (two calls: the record's entry, then its fields, which lie one
 * after another) instead of through the mapping.
 *
 * The page cache holds a large file in large folios, and a fault on a
 * mapping maps a whole folio: a touch of a record far from the last costs
 * the mapping of hundreds of pages, and their unmapping at exit. Measured
 * on the index of gencorpus -s 1G (1.7 GB, 3,059,216 records, warm cache,
 * kernel 6.18, ext4): reading 400 bytes at 2,000 places spread evenly,
 * mapping (touch and munmap) against pread, microseconds a place:
 *
 *   bytes apart   350   1.4K  5.6K   22K   90K  360K
 *   mapping      0.07   0.16  0.21  1.23  2.88  6.84
 *   pread        0.34   0.40  0.40  0.45  0.60  0.79
 *
 * (madvise RANDOM or NOHUGEPAGE changed nothing.) But a record's entry
 * and its text lie apart, so pread costs two calls, and the mapping's
 * faults are shared by the candidates of a folio: in search --count,
 * CPU ms (perf stat, 15 runs, twice; mapping / pread):
 *
 *   -i Paxos    773 candidates, 1.8 MB apart   6.7 / 1.9 (faults 1,096 / 90)
 *   dead     26,393 candidates,  54 KB apart   39 / 37
 *   mutex    51,671 candidates,  27 KB apart   58 / 75
 *
 * Hence pread from BEQ_FETCH_GAP, 64 KB of text a candidate, on.
 *
 * Where a rare word's time went (search --count thundering at 1 GB: 801
 * candidates, 785 hits; perf record -g, frame pointers, 100 runs), before:
 * the first touch of the candidates' text 28% (page faults, charged to
 * utf8_valid), unmapping it all at exit 25%, reading every candidate's
 * entry to weigh its text for the JIT 15% (page faults again), the
 * posting lists 19%, start-up, PCRE2 and the rest 13%; 9.2 ms of CPU.
 * After: the posting lists 49%, the preads 31%, the rest 20%; 3.7 ms. */
#include <sys/types.h>

#include <stdlib.h>
#include <unistd.h>

#include "config.h"
#include "index.h"
#include "util.h"
#include "varint.h"

void
index_fetch_init(struct index_fetch *f, const struct index *ix, size_t n)
{
	f->on = ix->mapped && n > 0 &&
	    ix->len[IDX_STRINGS] / n >= BEQ_FETCH_GAP;
}

void
index_fetch_free(struct index_fetch *f)
{
	free(f->buf);
	f->buf = NULL;
	f->cap = 0;
	f->on = 0;
}

/* Reads len bytes at off of ix's file into p: returns 0, or -1 when they
 * could not all be read (then the mapping serves). */
static int
read_at(const struct index *ix, void *p, size_t len, uint64_t off)
{
	size_t got = 0;
	ssize_t n;

	while (got < len) {
		n = pread(
		    ix->fd, (char *)p + got, len - got, (off_t)(off + got));
		if (n <= 0)
			return -1;
		got += (size_t)n;
	}
	return 0;
}

/* Reads the fields whose references are the 24 bytes at e (str question,
 * answer, body of an entry) into f's buffer, setting s[0..3) to them.
 * Returns 0, or -1 when the mapping is to serve them instead: a reference
 * out of STRINGS (the mapping's reader notes the fault), fields spread
 * over more than BEQ_FETCH_MAX bytes (none that beq writes: its fields
 * lie together) or over a record of megabytes, for which a fault or two
 * is little, or a failed read. */
static int
read_fields(const struct index *ix, struct index_fetch *f,
    const unsigned char *e, struct slice *const *s)
{
	uint64_t off[3], len[3], lo = UINT64_MAX, hi = 0;
	int k;

	for (k = 0; k < 3; k++) {
		off[k] = le32_get(e + 8 * k);
		len[k] = le32_get(e + 8 * k + 4);
		if (off[k] + len[k] > ix->len[IDX_STRINGS])
			return -1;
		if (len[k] > 0 && off[k] < lo)
			lo = off[k];
		if (len[k] > 0 && off[k] + len[k] > hi)
			hi = off[k] + len[k];
	}
	if (lo == UINT64_MAX)
		lo = hi = 0;
	if (hi - lo > BEQ_FETCH_MAX)
		return -1;
	if (hi - lo > f->cap) {
		f->cap = (size_t)(hi - lo);
		free(f->buf);
		f->buf = xmalloc(f->cap);
	}
	if (hi > lo &&
	    read_at(ix, f->buf, (size_t)(hi - lo), ix->off[IDX_STRINGS] + lo) ==
	        -1)
		return -1;
	for (k = 0; k < 3; k++) {
		s[k]->p = len[k] > 0 ? f->buf + (off[k] - lo) : "";
		s[k]->len = (size_t)len[k];
	}
	return 0;
}

int
index_fetch_text(const struct index *ix, struct index_fetch *f, uint32_t i,
    struct slice *question, struct slice *answer, struct slice *body)
{
	struct slice *s[3] = { question, answer, body };
	unsigned char e[24];

	if (!f->on || i >= ix->nrecords ||
	    read_at(ix, e, sizeof e,
	        ix->off[IDX_RECORDS] + 36 * (uint64_t)i + 12) == -1 ||
	    read_fields(ix, f, e, s) == -1)
		return index_record_text(ix, i, question, answer, body);
	return 0;
}

int
index_fetch_record(const struct index *ix, struct index_fetch *f, uint32_t i,
    int text, struct index_record *r)
{
	struct slice q, a, b, *s[3] = { &q, &a, &b };
	unsigned char e[36];

	if (!f->on || i >= ix->nrecords ||
	    read_at(ix, e, sizeof e, ix->off[IDX_RECORDS] + 36 * (uint64_t)i) ==
	        -1)
		return index_record(ix, i, r);
	if (index_record_entry(ix, i, e, r) == -1)
		return -1;
	if (text && read_fields(ix, f, e + 12, s) == 0) {
		r->question = q;
		r->answer = a;
		r->body = b;
	}
	return 0;
}
