/* The writer's internals, shared by index_scan.c (a record's trigrams),
 * index_run.c (runs of posting lists), index_merge.c (the runs merged
 * into the file) and index_write.c (the writer): not part of the
 * reader's API (index.h) nor the writer's (index_write.h). */
#ifndef BEQ_INDEX_RUN_H
#define BEQ_INDEX_RUN_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "index_write.h"

/* A trigram as the scan gives it: its place in the dense table of the 96
 * bytes most text is made of ('\n' and printable ASCII, letters
 * lower-cased), or SCAN_OTHER | the trigram. */
#define SCAN_OTHER 0x80000000u
#define SCAN_DENSE (96 * 96 * 96)

/* The distinct trigrams of one record at a time. */
struct index_scan {
	/* a bit per trigram in the current record: by trigram for the
	 * others, by place in the dense table for the 96's */
	uint64_t *seen, *dseen;
	/* each byte's dense code, lower-cased, with a code past the table
	 * for the others */
	uint64_t code[256];
	uint32_t *keys; /* the current record's distinct trigrams */
	size_t nkeys, cap;
};

void index_scan_init(struct index_scan *s);
void index_scan_free(struct index_scan *s);
/* Sets s->keys[0..nkeys) to the distinct trigrams of the n fields f[i]
 * (len[i] bytes each) of one record. */
void index_scan_record(
    struct index_scan *s, const char *const *f, const size_t *len, size_t n);
/* The trigram (b0<<16 | b1<<8 | b2) of a key as index_scan_record gives it. */
uint32_t index_scan_trigram(uint32_t key);

/* A piece of a trigram's posting list, as a run holds it: count of the
 * records with it, as bytes of varints (the first the record itself,
 * each next one its difference from the one before) at off in the run's
 * data. */
struct run_entry {
	uint32_t t, count, bytes;
	uint64_t off;
};

/* A run: the posting lists of consecutive records, collected in memory
 * until they take the run's budget, then written out sorted by trigram
 * (index_run_take). */
struct index_run;

struct index_run *index_run_new(void);
void index_run_free(struct index_run *r); /* NULL is fine */
/* Files record rec (above every record before in the run) in the lists
 * of the trigrams keys[0..n) (distinct, as index_scan_record gives them; they
 * are overwritten). */
void index_run_add(struct index_run *r, uint32_t *keys, size_t n, uint32_t rec);
/* Bytes of memory the run's lists take. */
size_t index_run_bytes(const struct index_run *r);
/* Writes the run's lists in trigram order: *dir (malloc'ed, the caller
 * frees) gets one entry per trigram, *ndir how many; data(ctx, p, n)
 * gets the bytes, in order, a piece at a time, and returns 0 or -1 (then
 * so does index_run_take). The run is emptied for the records after. */
int index_run_take(struct index_run *r, struct run_entry **dir, uint32_t *ndir,
    int (*data)(void *ctx, const void *p, size_t n), void *ctx);
/* Sets *dir and *ndir as index_run_take does, but each entry's off is
 * its list's number for index_run_ids, and the lists stay where they are:
 * the run is then of no use but for index_run_ids and index_run_free. */
void
index_run_keep(struct index_run *r, struct run_entry **dir, uint32_t *ndir);
/* Writes the records of list (an off of index_run_keep's) to ids and
 * returns how many. */
uint32_t index_run_ids(const struct index_run *r, uint64_t list, uint32_t *ids);

/* A list's records as a run writes them: each the varint of its distance
 * from the one before (the first from 0). The decoder's state carries
 * over from one piece of a list to the next, where a varint may go on. */
struct run_ids {
	uint32_t v, prev;
	unsigned shift;
};
/* Appends to ids the records that p[0..n) ends, and returns how many. */
uint32_t run_ids_decode(
    struct run_ids *d, const unsigned char *p, size_t n, uint32_t *ids);

/* A run as the writer keeps it: records [lo, lo + n), their RECORDS
 * entries then the lists' varints, in memory (mem) or in the spill file
 * at off, or the entries in mem and the lists in the run itself (live,
 * the last run: index_run_keep); and the lists' directory, by trigram. */
struct wrun {
	uint32_t lo, n, ndir;
	struct run_entry *dir;
	unsigned char *mem;
	const struct index_run *live;
	uint64_t off;
};

/* What the merge reads and where it writes. */
struct index_merge_src {
	const struct wrun *runs;
	size_t nruns;
	int spill; /* the file of the runs not in memory */
	uint32_t nrecords;
	const struct index_sink *out;
	const struct index_progress *pr; /* or NULL */
};

/* The merge of the runs: per trigram (in order) where its pieces start
 * in seq, as (run, entry) pairs, and its encoded bytes; the most records
 * and bytes of a list. */
struct index_merge {
	const struct index_merge_src *w;
	uint32_t (*seq)[2];
	size_t nseq;
	size_t *group; /* ntri + 1 */
	uint32_t *bytes, ntri, maxcount;
	uint64_t maxbytes, maxpiece, postings, total;
	_Atomic uint64_t done; /* postings merged, for the progress */
};

/* Lays the lists out into tri, the TRIGRAMS section (m zeroed but for
 * its w). Returns 0, or -1 when a list is too large for the format. */
int index_merge_layout(struct index_merge *m, struct buf *tri);
/* Writes the POSTINGS section at offset base of the file, from two
 * threads. Returns 0, or -1 with errno set. */
int index_merge_postings(struct index_merge *m, uint64_t base);
/* Copies the runs' RECORDS entries to the file at off. Returns 0, or -1
 * with errno set. */
int index_merge_records(const struct index_merge_src *s, uint64_t off);
void index_merge_free(struct index_merge *m); /* safe on a zeroed struct */

#endif
