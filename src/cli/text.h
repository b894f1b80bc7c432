/* Text emitters for people: records with highlighted matches wrapped to a
 * width, and the tab-separated list lines. Everything appends to a buf. */
#ifndef BEQ_TEXT_H
#define BEQ_TEXT_H

#include "buf.h"
#include "index.h"
#include "related.h"
#include "search.h"

struct text_style {
	int color; /* emit SGR escapes */
	int width; /* wrap to this many columns */
};

/* Appends one record: a header line (id, category, and for user indexes
 * source:line), the question, and the answer indented by four columns,
 * with hit's matches (may be NULL) highlighted. */
void text_record(struct buf *out, const struct index *ix,
    const struct index_record *r, const struct hit *hit,
    const struct text_style *st);

/* Appends the "Related:" block that show --related puts after a record:
 * per related record its id, right-aligned to the widest, and its
 * question, wrapped to the width under its first word. */
void text_related(struct buf *out, const struct index *ix,
    const struct related_hit *rel, size_t n, const struct text_style *st);

/* Appends ID<TAB>CATEGORY<TAB>QUESTION and a newline, as list prints. */
void text_list_line(
    struct buf *out, const struct index *ix, const struct index_record *r);

/* Appends s with each tab, newline and other control character (C0, DEL,
 * C1) replaced by a space, for tab-separated output and header lines. */
void text_field(struct buf *out, const char *s, size_t n);

#endif
