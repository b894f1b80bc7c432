/* JSON emitters: string escaping and record objects. */
#include <string.h>

#include "json.h"
#include "utf8.h"

void
json_string(struct buf *out, const char *s, size_t n)
{
	size_t i = 0, run;

	buf_addc(out, '"');
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;
		size_t k;

		for (run = i; run < n && (unsigned char)s[run] >= 0x20 &&
		     (unsigned char)s[run] < 0x80 && s[run] != '"' &&
		     s[run] != '\\';
		     run++)
			;
		if (run > i) {
			buf_add(out, s + i, run - i);
			i = run;
			continue;
		}
		if (c == '"' || c == '\\') {
			buf_addc(out, '\\');
			buf_addc(out, c);
			i++;
		} else if (c < 0x20) {
			const char *e = c == '\n' ? "\\n" :
			    c == '\t'             ? "\\t" :
			    c == '\r'             ? "\\r" :
			    c == '\b'             ? "\\b" :
			    c == '\f'             ? "\\f" :
			                            NULL;

			if (e != NULL)
				buf_adds(out, e);
			else
				buf_printf(out, "\\u%04x", c);
			i++;
		} else {
			k = utf8_decode(s + i, n - i, &cp);
			if (cp == 0xfffd && k == 1)
				buf_adds(out, "\\ufffd");
			else if (cp == 0x2028 || cp == 0x2029)
				buf_printf(out, "\\u%04x", cp);
			else
				buf_add(out, s + i, k);
			i += k;
		}
	}
	buf_addc(out, '"');
}

void
json_record(struct buf *out, const struct index *ix,
    const struct index_record *r, const struct hit *hit)
{
	struct index_category c;
	size_t i;

	index_category(ix, r->category, &c);
	buf_adds(out, "{\"id\":");
	buf_addu(out, r->id);
	buf_adds(out, ",\"category\":");
	json_string(out, c.name.p, c.name.len);
	buf_adds(out, ",\"question\":");
	json_string(out, r->question.p, r->question.len);
	if (r->body.len > 0) {
		buf_adds(out, ",\"body\":");
		json_string(out, r->body.p, r->body.len);
	}
	buf_adds(out, ",\"answer\":");
	json_string(out, r->answer.p, r->answer.len);
	if (!ix->embedded) {
		buf_adds(out, ",\"source\":");
		json_string(out, r->source.p, r->source.len);
		buf_adds(out, ",\"line\":");
		buf_addu(out, r->line);
	}
	if (hit != NULL) {
		buf_adds(out, ",\"matches\":[");
		for (i = 0; i < hit->nspans; i++) {
			const struct span *m = &hit->spans[i];

			buf_adds(out, i ? ",{\"field\":\"" : "{\"field\":\"");
			buf_adds(out,
			    m->field == FIELD_QUESTION ? "question" :
			        m->field == FIELD_BODY ? "body" :
			                                 "answer");
			buf_adds(out, "\",\"start\":");
			buf_addu(out, m->start);
			buf_adds(out, ",\"end\":");
			buf_addu(out, m->end);
			buf_addc(out, '}');
		}
		buf_printf(out, "],\"score\":%.3f", hit->score);
	}
	buf_adds(out, "}\n");
}

/* json_record, with its closing "}\n" taken off again for more members. */
static void
record_open(
    struct buf *out, const struct index *ix, const struct index_record *r)
{
	json_record(out, ix, r, NULL);
	out->len -= 2;
}

void
json_record_score(struct buf *out, const struct index *ix,
    const struct index_record *r, double score)
{
	record_open(out, ix, r);
	buf_printf(out, ",\"score\":%.3f}\n", score);
}

void
json_record_related(struct buf *out, const struct index *ix,
    const struct index_record *r, const struct related_hit *rel, size_t n)
{
	size_t i;

	record_open(out, ix, r);
	buf_adds(out, ",\"related\":[");
	for (i = 0; i < n; i++) {
		struct index_record q;

		index_record(ix, rel[i].rec, &q);
		buf_adds(out, i ? ",{\"id\":" : "{\"id\":");
		buf_addu(out, q.id);
		buf_adds(out, ",\"question\":");
		json_string(out, q.question.p, q.question.len);
		buf_printf(out, ",\"score\":%.3f}", rel[i].score);
	}
	buf_adds(out, "]}\n");
}
