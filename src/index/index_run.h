/* The writer's internals, shared by index_scan.c (a record's trigrams),
 * index_run.c (runs of posting lists, spilled) and index_write.c (the
 * file): not part of the reader's API (index.h) nor the writer's
 * (index_write.h). */
#ifndef BEQ_INDEX_RUN_H
#define BEQ_INDEX_RUN_H

#include <stddef.h>
#include <stdint.h>

/* A trigram as the scan gives it: its place in the dense table of the 96
 * bytes most text is made of ('\n' and printable ASCII, letters
 * lower-cased), or SCAN_OTHER | the trigram. */
#define SCAN_OTHER 0x80000000u
#define SCAN_DENSE (96 * 96 * 96)

/* The distinct trigrams of one record at a time. */
struct scan {
	/* a bit per trigram in the current record: by trigram for the
	 * others, by place in the dense table for the 96's */
	uint64_t *seen, *dseen;
	/* each byte's dense code, lower-cased, with a code past the table
	 * for the others */
	uint64_t code[256];
	uint32_t *keys; /* the current record's distinct trigrams */
	size_t nkeys, cap;
};

void scan_init(struct scan *s);
void scan_free(struct scan *s);
/* Sets s->keys[0..nkeys) to the distinct trigrams of the n fields f[i]
 * (len[i] bytes each) of one record, followed by 16 zeros. */
void
scan_record(struct scan *s, const char *const *f, const size_t *len, size_t n);
/* The trigram (b0<<16 | b1<<8 | b2) of a key as scan_record gives it. */
uint32_t scan_trigram(uint32_t key);

/* A piece of a trigram's posting list, as a run holds it: the records
 * [first..last] with it, count of them, as bytes of varints (the first
 * the record itself, each next one its difference from the one before)
 * at off in the run's data. */
struct run_entry {
	uint32_t t, count, first, last, bytes;
	uint64_t off;
};

/* A run: the posting lists of consecutive records, collected in memory
 * until they take the run's budget, then written out sorted by trigram
 * (irun_take). */
struct irun;

struct irun *irun_new(void);
void irun_free(struct irun *r); /* NULL is fine */
/* Files record rec (above every record before in the run) in the lists
 * of the trigrams keys[0..n) (distinct, as scan_record gives them, with
 * the 16 zeros after). */
void irun_add(struct irun *r, uint32_t *keys, size_t n, uint32_t rec);
/* Bytes of memory the run's lists take. */
size_t irun_bytes(const struct irun *r);
/* Writes the run's lists in trigram order: *dir (malloc'ed, the caller
 * frees) gets one entry per trigram, *ndir how many; data(ctx, p, n)
 * gets the bytes, in order, a piece at a time, and returns 0 or -1 (then
 * so does irun_take). The run is emptied for the records after. */
int irun_take(struct irun *r, struct run_entry **dir, uint32_t *ndir,
    int (*data)(void *ctx, const void *p, size_t n), void *ctx);

#endif
