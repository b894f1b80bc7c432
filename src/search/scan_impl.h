/* The scan path's insides, shared by scan.c (what one thread does with a
 * piece of records) and scan_run.c (the threads, and the index path's
 * candidates confirmed on them); no other module includes it. */
#ifndef BEQ_SCAN_IMPL_H
#define BEQ_SCAN_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "index.h"
#include "scan.h"
#include "scan_lit.h"

/* A field of a span: its offset in the span, length, record, field. */
struct scan_seg {
	size_t off, len;
	uint32_t rec, field;
};

/* What one thread scans with. */
struct scan_worker {
	const struct index *ix;
	const struct scan_pat *p;
	const struct scan_lit_finder *f;
	const struct scan_lit_finder
	    *ks; /* U+212A and U+017F, for scan_lit.ks */
	struct matcher *m; /* this thread's own */
	/* this thread's own reader of candidates (index_fetch.c); NULL
	 * while scanning */
	struct index_fetch *fetch;
	unsigned fields;
	int spans;
	int utf_starts; /* fields must start on a character (see scan_piece) */
	const char *text, *text_end; /* the STRINGS section */
	struct scan_seg *seg;
	size_t nseg, capseg;
	struct scan_out *out;
	uint32_t last; /* the last record confirmed + 1; 0: none */
	struct {
		uint32_t rec, field;
	} cur;
	char *err;
	size_t errsz;
};

/* Confirms record rec with PCRE2 on each of its fields (or, where the
 * pattern is a literal alone, with the literal search): adds it to
 * w->out (with its matches, when asked for) when one matches. Records
 * below w->last are passed over. Returns 0, or -1 with err set. */
int scan_record(struct scan_worker *w, uint32_t rec);
/* Scans records [r0, r1) into w->out. Returns 0, or -1 with err set. */
int scan_piece(struct scan_worker *w, uint32_t r0, uint32_t r1);

#endif
