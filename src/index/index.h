/* The index: one on-disk format for the built-in corpus (embedded in the
 * binary) and user index files (mmap'ed); a read-only view that returns
 * slices into the bytes and never copies them.
 *
 * Format version 6 (5 had no trigram for a field of two bytes, 4 lists of
 * varint deltas, 3 no WORDS, 2 posting lists of varints only, 1 no body). All integers are unsigned
 * little-endian. A string reference ("str") is 8 bytes: u32 offset into
 * the STRINGS section, u32 length; strings are UTF-8, not NUL-terminated.
 *
 *   header (152 bytes)
 *     0   8  magic "BEQIDX\r\n"
 *     8   4  format version (6)
 *     12  4  header size (152)
 *     16  4  record count R
 *     20  4  category count C
 *     24  4  source count S
 *     28  4  trigram count T
 *     32  8  total file size
 *     40  7 x (u64 offset, u64 size): sections STRINGS, CATEGORIES,
 *           SOURCES, RECORDS, TRIGRAMS, WORDS, POSTINGS, in this order in
 *           the file, each starting at or after the end of the previous one
 *     152    end of header; the first section starts here
 *   STRINGS     the text of every string, concatenated; record text is
 *               UTF-8 (index_text_valid)
 *   CATEGORIES  C x 20 bytes: str name, str slug, u32 record count
 *   SOURCES     S x 12 bytes: str path, u32 record count
 *   RECORDS     R x 36 bytes: u32 category, u32 source, u32 line,
 *               str question, str answer, str body (empty: none);
 *               record i has id i + 1
 *   TRIGRAMS    T x 20 bytes sorted by trigram: u32 trigram (bytes
 *               b0 b1 b2 as b0<<16 | b1<<8 | b2), u32 posting count,
 *               u64 offset into POSTINGS, u32 byte length
 *   WORDS       the distinct words of the records with their record
 *               counts, and which words have each pg_trgm trigram: the
 *               word table that suggestions read (wordtab.h has its
 *               layout)
 *   POSTINGS    per trigram, the ascending record indexes (0-based) that
 *               contain it, encoded as postings.c describes: a bitmap of
 *               the R records when that is no larger, else Elias-Fano
 *               (each id's low bits, then its high bits in unary) behind
 *               a skip table (per block of 128 ids, where its first high
 *               bit is); a list's size follows from its count and R
 *
 * Trigrams are taken from each field with ASCII letters lower-cased, plus,
 * where a field holds U+212A KELVIN SIGN or U+017F LATIN SMALL LETTER LONG
 * S, from the same field with those mapped to 'k' and 's' (the only
 * non-ASCII characters PCRE2 matches caselessly to ASCII letters). A field
 * of two bytes gives one trigram, them and a NUL (which no record's text
 * holds), so that every two bytes of a field lie at the start or the end
 * of one of its trigrams (index_pair).
 */
#ifndef BEQ_INDEX_H
#define BEQ_INDEX_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "corpus.h"
#include "postings.h"

#define BEQ_INDEX_MAGIC "BEQIDX\r\n"
#define BEQ_INDEX_HEADER 152

enum {
	IDX_STRINGS,
	IDX_CATEGORIES,
	IDX_SOURCES,
	IDX_RECORDS,
	IDX_TRIGRAMS,
	IDX_WORDS,
	IDX_POSTINGS,
	IDX_NSECTIONS
};

struct slice {
	const char *p;
	size_t len;
};

struct index_record {
	uint32_t id;
	uint32_t category;
	uint32_t line;
	struct slice question;
	struct slice answer;
	struct slice body;
	struct slice source;
};

struct index_category {
	struct slice name;
	struct slice slug;
	uint32_t count;
};

struct index {
	const unsigned char *base;
	size_t size;
	int mapped; /* 1 when base is an mmap to unmap on close */
	int fd; /* the mapped file, kept open for index_fetch_text */
	int embedded; /* 1 for the built-in corpus */
	const char *path; /* borrowed; "built-in" when embedded */
	uint32_t nrecords, ncategories, nsources, ntrigrams;
	uint64_t off[IDX_NSECTIONS], len[IDX_NSECTIONS];
	/* The first corruption a read ran into ("record string": see
	 * index_fault), NULL while there is none. */
	_Atomic(const char *) fault;
};

/* Opens an index view over bytes the caller keeps alive. Returns 0, or -1
 * with err set to why the bytes are not a valid index. Only the header and
 * the bounds of the sections are checked, in constant time (checking every
 * entry took 77 ms at 1 GB, more than the rest of a rare word's search);
 * the entries are checked as they are read, and index_verify checks them
 * all. */
int index_open_mem(
    struct index *ix, const void *p, size_t size, char *err, size_t errsz);
/* Maps and opens the file at path (borrowed until index_close). */
int
index_open_file(struct index *ix, const char *path, char *err, size_t errsz);
void index_close(struct index *ix); /* safe on a zeroed struct */

/* Reads never fail and never read outside the bytes: an entry that refers
 * outside them gives empty text, category 0 or no postings instead, and
 * notes in ix that the index is corrupt, which index_fault then reports
 * (and the next reads, sound or not, still work). So a command that reads
 * a corrupt entry ends with index_fault and an error, not with a wrong
 * answer; callers that must not print a wrong answer first check the
 * return value of the read. */

/* Returns 0 while no read of ix has found corrupt bytes, else -1 with err
 * (may be NULL) set to "corrupt index (WHAT)" for the first one. */
int index_fault(const struct index *ix, char *err, size_t errsz);
/* Notes in ix that a read found the entry what corrupt, as the readers
 * of this module do (for modules that read a section of their own, such
 * as wordtab.c), and sets err (may be NULL) to say so. Returns -1. */
int index_corrupt(
    const struct index *ix, const char *what, char *err, size_t errsz);
/* Reads every entry and posting list of ix and checks that the record
 * counts of categories and sources add up: returns 0 when the index is
 * sound, else -1 with err set as index_fault sets it. Time and memory in
 * proportion to the index: this is beq info --verify. */
int index_verify(const struct index *ix, char *err, size_t errsz);

/* Record i (i < nrecords, else a corruption). Returns 0, or -1 when it is
 * corrupt (a fault is noted). */
int index_record(const struct index *ix, uint32_t i, struct index_record *r);
/* Record i (< nrecords) from its 36-byte entry e, read by the caller
 * (index_fetch.c reads entries with pread); as index_record. */
int index_record_entry(const struct index *ix, uint32_t i,
    const unsigned char *e, struct index_record *r);
/* Record i's text alone, as index_record reads it (the scan path reads
 * every record's: index_record's other fields and checks were a fifth of
 * a scan's time at 1 GB). Returns 0, or -1 when corrupt (a fault noted). */
int index_record_text(const struct index *ix, uint32_t i,
    struct slice *question, struct slice *answer, struct slice *body);
/* Reading a few records scattered over a large index file
 * (index_fetch.c): with pread, into a buffer of f's own, rather than
 * through the mapping. f is the caller's, zeroed before its first use and
 * released with index_fetch_free; on is set by index_fetch_init. */
struct index_fetch {
	char *buf;
	size_t cap;
	int on; /* 1: pread; 0: slices into the bytes, as index_record_text */
};
/* Sets up f for reading the text of n records spread over ix: with pread
 * when ix is a mapped file and they lie far enough apart for that to cost
 * less than the page faults of the mapping. */
void index_fetch_init(struct index_fetch *f, const struct index *ix, size_t n);
void index_fetch_free(struct index_fetch *f); /* safe on a zeroed struct */
/* As index_record_text, the slices pointing into f's buffer when f is on
 * (valid until the next call with f). Returns 0, or -1 when corrupt (a
 * fault noted). */
int index_fetch_text(const struct index *ix, struct index_fetch *f, uint32_t i,
    struct slice *question, struct slice *answer, struct slice *body);
/* As index_record, its entry read with pread when f is on, and with text,
 * its text too, into f's buffer (valid until the next call with f); the
 * text slices point into the bytes otherwise (and are not read). */
int index_fetch_record(const struct index *ix, struct index_fetch *f,
    uint32_t i, int text, struct index_record *r);
/* Asks the processor to fetch record i's entry, or with text, the start
 * of its text (its entry read); nothing when i is out of range. */
void index_prefetch(const struct index *ix, uint32_t i, int text);
/* Returns 0 when s (a field of a record of ix) is UTF-8, as every index
 * beq writes holds (index_write.c checks), else -1 with err set and a
 * fault noted ("record text is not UTF-8"). Text built into beq is not
 * checked again. Only what a caller checked is handed to PCRE2 unchecked
 * (match.h: MATCH_TRUSTED): over the 95 MB of record text of a 100 MB
 * gencorpus index this check took 24.5 ms, PCRE2's own 39 ms (search.c
 * says what that gave). */
int index_text_valid(
    const struct index *ix, const struct slice *s, char *err, size_t errsz);
/* Category i, as index_record. */
int
index_category(const struct index *ix, uint32_t i, struct index_category *c);
/* Source i's path and record count. */
struct slice index_source(const struct index *ix, uint32_t i, uint32_t *count);

/* Returns the i-th trigram of the index (i < ntrigrams), in ascending
 * order. */
uint32_t index_trigram(const struct index *ix, uint32_t i);

/* Fills out with the records containing trigram t. Returns 0, or -1 with
 * err set (and a fault noted) when the posting list or the trigram table
 * on the way to it is corrupt. A trigram not in the index gives n == 0. */
int index_postings(const struct index *ix, uint32_t t, struct postings *out,
    char *err, size_t errsz);
/* Fills out with the records that hold the two bytes pair (b0<<8 | b1,
 * ASCII letters lower-cased) in a field: every trigram that starts or
 * ends with them, its list read (a field of two bytes has one of its
 * own). When their lists hold most ids or more together, *all is set
 * instead and out left empty: the caller reads every record. Returns 0,
 * or -1 with err set (and a fault noted) when a list or the table on the
 * way to it is corrupt. */
int index_pair(const struct index *ix, uint32_t pair, uint64_t most,
    struct postings *out, int *all, char *err, size_t errsz);
/* Fills out with the records containing every trigram of t[0..n) (n >= 1),
 * intersecting their lists rarest first and reading each only where it
 * may hold a common record. Returns 0 (out empty when a trigram is
 * not in the index), or -1 with err set and a fault noted when a list on
 * the way is corrupt. */
int index_and(const struct index *ix, const uint32_t *t, size_t n,
    struct postings *out, char *err, size_t errsz);
/* As index_and, but a superset may come out: lists that would take out
 * too few of the candidates are not read (postings_narrow); what a
 * plan's candidates need, which PCRE2 confirms. */
int index_narrow(const struct index *ix, const uint32_t *t, size_t n,
    struct postings *out, char *err, size_t errsz);

#endif
