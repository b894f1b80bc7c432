/* The scan path: records' fields are stored one after another in the
 * STRINGS section (question, answer, body, then the next record's), so
 * the fields of a run of records are one span of text. A span is searched
 * as a whole, for a literal that every match holds (scan_lit.c: its two
 * rarest bytes 32 places at a time, then the rest) or else, when no
 * assertion of the pattern looks outside its match, with PCRE2 JIT; each
 * hit is mapped back to its record and field by walking the span's field
 * table, and a match that crosses from one field into the next counts for
 * neither (the records it touches are confirmed field by field instead).
 * What matches in a field is then confirmed with PCRE2 on that record's
 * fields alone, unless the pattern is the literal itself. Pieces of
 * records run on every core (two threads: the machines this is built for
 * have two), their results handed back in record order.
 *
 * Measured (perf stat task-clock, search --count, warm cache) on
 * gen-corpus --size 100M --seed 1 (216,408 records, 97 MB of text), on 2
 * cores shared with other jobs: a whole scan costs 40-60 ms of CPU
 * whatever the word ('memory' 42, 'the' 55, -s Qt 38); a quarter of it is
 * the kernel mapping the file's pages and most of the rest the first
 * touch of each page, the literal search 14%. Prefaulting each piece with
 * MADV_POPULATE_READ cost more (123 ms against 72), so it is not done.
 * PCRE2 over spans for a date regex: 123 ms, against 150 field by field
 * (the JIT's own speed bounds it). search.c says when the path is taken.
 *
 * At 1 GB (gencorpus -s 1G, 3,059,216 records), search --count -s Qt,
 * medians of interleaved runs on 2 shared cores: the walk over every
 * record reading only its text (index_record_text), not its category and
 * source too, 67 -> 63 ms (CPU 123 -> 116); scan_lit.c's 32 places a
 * step, 81 -> 73 ms (CPU 146 -> 129). A literal that is the whole
 * pattern is also how scan_record confirms a record (no PCRE2 call):
 * search --count memory, 370,257 candidates, CPU 166 -> 159 ms.
 * A literal is then looked for over a whole piece's text at once
 * (piece_literal), the records' entries read only where it is, rather
 * than span by span over a table of every field of every record: -s Qt
 * (10,212 records) 75.5 -> 55.1 ms (CPU 134 -> 96; rg -c 112.7), 'the'
 * (a hit in nearly every record, so each entry is read anyway) 218 ->
 * 229 ms. */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "match.h"
#include "scan.h"
#include "scan_impl.h"
#include "scan_lit.h"
#include "utf8.h"
#include "util.h"

/* ---- scanning a piece of records ---- */

int
scan_fields_valid(const struct index *ix, const struct slice *const *f,
    unsigned fields, char *err, size_t errsz)
{
	int k;

	for (k = 0; k < FIELDS; k++)
		if ((fields & SEARCH_FIELD(k)) &&
		    index_text_valid(ix, f[k], err, errsz) == -1)
			return -1;
	return 0;
}

void
scan_out_free(struct scan_out *o)
{
	free(o->recs);
	free(o->m);
	memset(o, 0, sizeof *o);
}

static void
out_rec(struct scan_out *o, uint32_t rec)
{
	if (o->n == o->cap) {
		o->cap = o->cap ? 2 * o->cap : 64;
		o->recs = xreallocarray(o->recs, o->cap, sizeof *o->recs);
	}
	o->recs[o->n++] = rec;
}

/* Adds a match to o; with tally, counts it in the last one where that is
 * of the same record and field. */
static void
out_match(struct scan_out *o, int tally, uint32_t rec, uint32_t field, size_t s,
    size_t e)
{
	if (tally) {
		if (o->nm > 0 && o->m[o->nm - 1].rec == rec &&
		    o->m[o->nm - 1].field == field) {
			o->m[o->nm - 1].end++;
			return;
		}
		s = 0;
		e = 1;
	}
	if (o->nm == o->capm) {
		o->capm = o->capm ? 2 * o->capm : 64;
		o->m = xreallocarray(o->m, o->capm, sizeof *o->m);
	}
	o->m[o->nm].rec = rec;
	o->m[o->nm].field = field;
	o->m[o->nm].start = s;
	o->m[o->nm++].end = e;
}

static void
on_match(void *ctx, size_t start, size_t end)
{
	struct scan_worker *w = ctx;

	out_match(w->out, w->spans == SCAN_TALLY, w->cur.rec, w->cur.field,
	    start, end);
}

/* scan_impl.h */
int
scan_record(struct scan_worker *w, uint32_t rec)
{
	struct slice t[FIELDS];
	const struct slice *f[FIELDS];
	size_t before = w->out->nm;
	int k, found = 0;
	long c = 0;

	if (w->last > rec)
		return 0;
	w->last = rec + 1;
	if (w->fetch != NULL)
		index_fetch_text(w->ix, w->fetch, rec, &t[FIELD_QUESTION],
		    &t[FIELD_ANSWER], &t[FIELD_BODY]);
	else
		index_record_text(w->ix, rec, &t[FIELD_QUESTION],
		    &t[FIELD_ANSWER], &t[FIELD_BODY]);
	for (k = 0; k < FIELDS; k++)
		f[k] = &t[k];
	w->cur.rec = rec;
	if (scan_fields_valid(w->ix, f, w->fields, w->err, w->errsz) == -1)
		return -1;
	if (w->p->lit.p != NULL && w->p->lit.whole && !w->p->lit.ks) {
		/* the pattern is the literal: where it is, the pattern
		 * matches (leftmost, one after another), as in span_literal;
		 * no PCRE2 call (measured: see the top of this file) */
		for (k = 0; k < FIELDS && !(found && !w->spans); k++) {
			size_t at = 0, n = f[k]->len;

			if (!(w->fields & SEARCH_FIELD(k)))
				continue;
			while ((at = scan_lit_next(w->f, f[k]->p, n, at)) < n) {
				found = 1;
				if (!w->spans)
					break;
				out_match(w->out, w->spans == SCAN_TALLY, rec,
				    (uint32_t)k, at, at + w->f->len);
				at += w->f->len;
			}
		}
		if (found)
			out_rec(w->out, rec);
		return 0;
	}
	for (k = 0; k < FIELDS; k++) {
		if (!(w->fields & SEARCH_FIELD(k)))
			continue;
		if (!w->spans) {
			c = matcher_find(
			    w->m, f[k]->p, f[k]->len, w->err, w->errsz);
			if (c != 0) {
				found = c > 0;
				break;
			}
			continue;
		}
		w->cur.field = (uint32_t)k;
		c = matcher_scan(
		    w->m, f[k]->p, f[k]->len, on_match, w, w->err, w->errsz);
		if (c < 0)
			break;
		found |= c > 0;
	}
	if (c < 0) {
		w->out->nm = before;
		return -1;
	}
	if (found)
		out_rec(w->out, rec);
	return 0;
}

/* The end, in the span, of the fields of the record of seg[k], and in
 * *last the index of its last field there. */
static size_t
rec_end(const struct scan_worker *w, size_t k, size_t *last)
{
	while (k + 1 < w->nseg && w->seg[k + 1].rec == w->seg[k].rec)
		k++;
	*last = k;
	return w->seg[k].off + w->seg[k].len;
}

/* Scans span[0..n) (its fields in w->seg) for the literal. */
static int
span_literal(struct scan_worker *w, const char *span, size_t n)
{
	const struct scan_lit_finder *f = w->f;
	size_t pos = 0, k = 0, last;

	for (;;) {
		size_t at = scan_lit_next(f, span, n, pos);

		if (at == n)
			return 0;
		while (k < w->nseg && w->seg[k].off + w->seg[k].len < at + 1)
			k++;
		if (k == w->nseg)
			return 0;
		if (at < w->seg[k].off ||
		    at + f->len > w->seg[k].off + w->seg[k].len) {
			pos = at + 1; /* in a gap, or across a field's end */
			continue;
		}
		if (w->p->lit.whole) {
			/* where the literal is, the pattern matches */
			if (w->last != w->seg[k].rec + 1) {
				out_rec(w->out, w->seg[k].rec);
				w->last = w->seg[k].rec + 1;
			}
			if (w->spans) {
				out_match(w->out, w->spans == SCAN_TALLY,
				    w->seg[k].rec, w->seg[k].field,
				    at - w->seg[k].off,
				    at - w->seg[k].off + f->len);
				pos = at + f->len;
				continue;
			}
		} else if (scan_record(w, w->seg[k].rec) == -1)
			return -1;
		pos = rec_end(w, k, &last);
		k = last + 1;
	}
}

/* Scans span[0..n) with PCRE2: every record that a match touches (an
 * empty one at a field's end too) is confirmed, and the scan goes on after
 * the last of them. Returns 0, or -1 with err set. */
static int
span_regex(struct scan_worker *w, const char *span, size_t n, int checked)
{
	size_t pos = 0, k = 0, ms, me, last;
	int rc;

	while (pos <= n && k < w->nseg) {
		rc = matcher_next(
		    w->m, span, n, pos, checked, &ms, &me, w->err, w->errsz);
		if (rc <= 0)
			return rc;
		checked = 1;
		while (k < w->nseg && w->seg[k].off + w->seg[k].len < ms)
			k++;
		if (k == w->nseg || w->seg[k].off > me) {
			/* in a gap between fields */
			pos = me > ms ? me : ms + 1;
			while (pos < n &&
			    ((unsigned char)span[pos] & 0xc0) == 0x80)
				pos++;
			continue;
		}
		/* the records of every field it touches */
		for (last = k; k < w->nseg && w->seg[k].off <= me;
		     k = last + 1) {
			if (scan_record(w, w->seg[k].rec) == -1)
				return -1;
			pos = rec_end(w, k, &last);
		}
		if (pos < me)
			pos = me;
		if (pos == ms) /* after an empty match, on a character */
			for (pos++; pos < n &&
			     ((unsigned char)span[pos] & 0xc0) == 0x80;)
				pos++;
	}
	return 0;
}

/* Scans the span of fields w->seg[0..nseg), which starts at base. */
static int
flush(struct scan_worker *w, const char *base)
{
	size_t n, i;
	int rc = 0;

	if (w->nseg == 0)
		return 0;
	n = w->seg[w->nseg - 1].off + w->seg[w->nseg - 1].len;
	if (w->p->lit.p != NULL && w->p->lit.ks &&
	    (scan_lit_next(&w->ks[0], base, n, 0) < n ||
	        scan_lit_next(&w->ks[1], base, n, 0) < n)) {
		for (i = 0; i < w->nseg && rc == 0; i++)
			rc = scan_record(w, w->seg[i].rec);
	} else if (w->p->lit.p != NULL)
		rc = span_literal(w, base, n);
	else if (w->p->spanable) {
		size_t mark = w->out->n, markm = w->out->nm;
		uint32_t last = w->last;

		/* the span holds whole fields and what lies between them
		 * (other fields): in a sound index all UTF-8, checked here
		 * at once rather than by PCRE2 */
		rc = w->ix->embedded || utf8_valid(base, n, NULL) ?
		    span_regex(w, base, n, 1) :
		    -1;
		if (rc == -1) {
			/* a limit over the span, or invalid UTF-8: field by
			 * field, as the index path, tells which it is */
			w->out->n = mark;
			w->out->nm = markm;
			w->last = last;
			rc = 0;
			for (i = 0; i < w->nseg && rc == 0; i++)
				rc = scan_record(w, w->seg[i].rec);
		}
	} else
		for (i = 0; i < w->nseg && rc == 0; i++)
			rc = scan_record(w, w->seg[i].rec);
	w->nseg = 0;
	return rc;
}

/* ---- the literal over a piece's text at once ---- */

/* A record of a piece, its text read: its fields (FIELD_* order) and
 * where its text starts (its question) and ends (its body). */
struct at_rec {
	uint32_t rec;
	struct slice t[FIELDS];
	const char *start, *end;
};

/* Reads record rec into *a. Returns 0, or -1 when its entry is corrupt. */
static int
rec_text(const struct scan_worker *w, uint32_t rec, struct at_rec *a)
{
	a->rec = rec;
	if (index_record_text(w->ix, rec, &a->t[FIELD_QUESTION],
	        &a->t[FIELD_ANSWER], &a->t[FIELD_BODY]) == -1)
		return -1;
	a->start = a->t[FIELD_QUESTION].p;
	a->end = a->t[FIELD_BODY].p + a->t[FIELD_BODY].len;
	return 0;
}

/* Moves *cur (a record of [.., r1) whose text starts at or before the
 * byte x) on to the record whose text holds x, or the last one that
 * starts before it: itself, the next one (most often), else by
 * galloping and halving, every start read in order with the ones read
 * before it. Returns 0, or -1 when an entry read is corrupt or out of
 * order (not an index beq wrote). */
static int
locate(
    const struct scan_worker *w, struct at_rec *cur, uint32_t r1, const char *x)
{
	struct at_rec a;
	uint32_t lo = cur->rec, hi = r1, step = 1, probe;
	const char *hi_at = NULL;

	if (x < cur->end)
		return 0;
	for (;;) {
		probe = lo + step < r1 && lo + step > lo ? lo + step : r1;
		if (probe == r1)
			break;
		if (rec_text(w, probe, &a) == -1 || a.start < cur->start)
			return -1;
		if (a.start > x) {
			hi = probe;
			hi_at = a.start;
			break;
		}
		*cur = a;
		if (x < a.end)
			return 0;
		lo = probe;
		step *= 2;
	}
	while (hi - lo > 1) {
		probe = lo + (hi - lo) / 2;
		if (rec_text(w, probe, &a) == -1 || a.start < cur->start ||
		    (hi_at != NULL && a.start > hi_at))
			return -1;
		if (a.start > x) {
			hi = probe;
			hi_at = a.start;
		} else {
			*cur = a;
			if (x < a.end)
				return 0;
			lo = probe;
		}
	}
	return 0;
}

/* Scans the text of records [r0, r1) at once for a literal, reading the
 * entry of a record only where the literal is (by galloping from the last
 * one): in an index beq writes, the records' fields lie one after
 * another in record order with nothing between them (index_write.c;
 * info --verify checks it), so that the text of a piece is one span. Every entry read is checked, as
 * is the order of the ones read; a match counts in the searched field
 * that holds all of it. Returns 0, -1 with err set, or 1 to say that the
 * piece must be walked record by record (scan_piece): the text is not
 * laid out so, or it holds U+212A or U+017F for a literal that they
 * match. (Measured: see the top of this file.) */
static int
piece_literal(struct scan_worker *w, uint32_t r0, uint32_t r1)
{
	const struct scan_lit_finder *f = w->f;
	struct at_rec cur, last;
	const char *base, *x;
	size_t n, pos = 0, at, mark = w->out->n, markm = w->out->nm, off;
	int k;

	if (rec_text(w, r0, &cur) == -1 || rec_text(w, r1 - 1, &last) == -1 ||
	    last.end < cur.start)
		return 1;
	base = cur.start;
	n = (size_t)(last.end - base);
	if (w->p->lit.ks &&
	    (scan_lit_next(&w->ks[0], base, n, 0) < n ||
	        scan_lit_next(&w->ks[1], base, n, 0) < n))
		return 1;
	while ((at = scan_lit_next(f, base, n, pos)) < n) {
		x = base + at;
		if (locate(w, &cur, r1, x) == -1)
			goto walk;
		for (k = 0; k < FIELDS; k++)
			if ((w->fields & SEARCH_FIELD(k)) && x >= cur.t[k].p &&
			    x + f->len <= cur.t[k].p + cur.t[k].len)
				break;
		if (k == FIELDS) {
			pos = at + 1; /* outside a searched field, or across */
			continue;
		}
		pos = cur.end > x ? (size_t)(cur.end - base) : at + 1;
		if (!w->p->lit.whole) {
			if (scan_record(w, cur.rec) == -1)
				return -1;
			continue;
		}
		/* where the literal is, the pattern matches */
		if (w->last != cur.rec + 1) {
			out_rec(w->out, cur.rec);
			w->last = cur.rec + 1;
		}
		if (w->spans) {
			off = (size_t)(x - cur.t[k].p);
			out_match(w->out, w->spans == SCAN_TALLY, cur.rec,
			    (uint32_t)k, off, off + f->len);
			pos = at + f->len;
		}
	}
	return 0;
walk:
	w->out->n = mark;
	w->out->nm = markm;
	w->last = 0;
	return 1;
}

/* Scans records [r0, r1) into w->out. Returns 0, or -1 with err set. */
int
scan_piece(struct scan_worker *w, uint32_t r0, uint32_t r1)
{
	static const int stored[3] = { FIELD_QUESTION, FIELD_ANSWER,
		FIELD_BODY };
	const char *base = NULL, *end = NULL;
	uint32_t rec;
	int rc;

	w->nseg = 0;
	w->last = 0;
	if (w->p->lit.p != NULL && r0 < r1 &&
	    (rc = piece_literal(w, r0, r1)) != 1)
		return rc;
	for (rec = r0; rec < r1; rec++) {
		struct slice t[FIELDS];
		const struct slice *f[FIELDS];
		int j, ok = 1;
		const char *e = end, *first = NULL;

		index_record_text(w->ix, rec, &t[FIELD_QUESTION],
		    &t[FIELD_ANSWER], &t[FIELD_BODY]);
		f[FIELD_QUESTION] = &t[FIELD_QUESTION];
		f[FIELD_BODY] = &t[FIELD_BODY];
		f[FIELD_ANSWER] = &t[FIELD_ANSWER];
		/* its fields, in the order they are stored, must follow the
		 * span's, and (when PCRE2 runs over the span, in an index
		 * not built into beq) each start on a character, so that
		 * PCRE2 may start there; else the record is confirmed alone.
		 * (Only then: that first touch of every field was 44% of
		 * the literal search's time over 1 GB.) */
		for (j = 0; j < 3; j++) {
			const struct slice *s = f[stored[j]];

			/* and lie in STRINGS (a corrupt index may say
			 * otherwise) */
			if ((uintptr_t)s->p < (uintptr_t)w->text ||
			    s->len > (uintptr_t)w->text_end - (uintptr_t)s->p)
				ok = 0;
			else if (w->utf_starts && s->len > 0 &&
			    ((unsigned char)s->p[0] & 0xc0) == 0x80)
				ok = 0;
			if (!(w->fields & SEARCH_FIELD(stored[j])))
				continue;
			if (first == NULL)
				first = s->p;
			if (e != NULL && s->p < e)
				ok = 0;
			e = s->p + s->len;
		}
		if (first == NULL)
			continue;
		if (!ok || (end != NULL && first - end > BEQ_SCAN_GAP) ||
		    (base != NULL && e - base > BEQ_SCAN_SPAN)) {
			if (flush(w, base) == -1)
				return -1;
			base = end = NULL;
			if (!ok) {
				if (scan_record(w, rec) == -1)
					return -1;
				continue;
			}
		}
		for (j = 0; j < 3; j++) {
			const struct slice *s = f[stored[j]];
			struct scan_seg *g;

			if (!(w->fields & SEARCH_FIELD(stored[j])))
				continue;
			if (base == NULL)
				base = s->p;
			if (w->nseg == w->capseg) {
				w->capseg = w->capseg ? 2 * w->capseg : 256;
				w->seg = xreallocarray(
				    w->seg, w->capseg, sizeof *w->seg);
			}
			g = &w->seg[w->nseg++];
			g->off = (size_t)(s->p - base);
			g->len = s->len;
			g->rec = rec;
			g->field = (uint32_t)stored[j];
			end = s->p + s->len;
		}
	}
	return flush(w, base);
}
