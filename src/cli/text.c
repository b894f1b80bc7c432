/* Text emitters for people: wrapped, highlighted records; TSV fields. */
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "utf8.h"
#include "util.h"

#define SGR_RESET "\033[0m"
#define SGR_ID "\033[1;33m"
#define SGR_CATEGORY "\033[36m"
#define SGR_SOURCE "\033[2m"
#define SGR_QUESTION "\033[1m"
#define SGR_MATCH "\033[1;31m"

struct wrap {
	struct buf *out;
	const struct text_style *st;
	const char *base; /* SGR of the surrounding text, or "" */
	const unsigned char *hl; /* per byte: inside a match */
	int indent;
	int col;
	int on; /* the match color is on */
	int fresh; /* at a line start, the indent not yet written */
	int flat; /* in wrapped text: a tab is a space between words */
};

/* Starts a line: the indent is written with its first character, so that
 * blank lines stay empty. */
static void
newline(struct wrap *w)
{
	if (w->st->color && !w->fresh && (w->on || w->base[0] != '\0'))
		buf_adds(w->out, SGR_RESET);
	buf_addc(w->out, '\n');
	w->fresh = 1;
	w->col = w->indent;
}

static void
pad(struct wrap *w)
{
	int i;

	for (i = 0; i < w->indent; i++)
		buf_addc(w->out, ' ');
	if (w->st->color && w->base[0] != '\0')
		buf_adds(w->out, w->base);
	if (w->st->color && w->on)
		buf_adds(w->out, SGR_MATCH);
	w->fresh = 0;
}

/* Emits s[a..b), switching the match color where the highlight changes.
 * Control characters from the corpus never reach the terminal: C0 ones
 * (but tab) are shown as ^X, C1 ones and invalid bytes as U+FFFD. */
static void
put(struct wrap *w, const char *s, size_t a, size_t b)
{
	size_t i = a, run;

	if (w->fresh && a < b)
		pad(w);
	while (i < b) {
		unsigned char c = (unsigned char)s[i];
		int h = w->hl != NULL && w->hl[i];

		if (w->st->color && h != w->on) {
			buf_adds(w->out, h ? SGR_MATCH : SGR_RESET);
			if (!h && w->base[0] != '\0')
				buf_adds(w->out, w->base);
			w->on = h;
		}
		if (c == '\t' && w->flat) {
			buf_addc(w->out, ' ');
			i++;
			continue;
		}
		if ((c < 0x20 && c != '\t') || c == 0x7f) {
			buf_addc(w->out, '^');
			buf_addc(w->out, c ^ 0x40);
			i++;
			continue;
		}
		if (c >= 0x80) {
			/* one character: invalid UTF-8 (a user index need not
			 * be) and C1 controls such as U+009B, a CSI, become
			 * U+FFFD */
			uint32_t cp;
			size_t k = utf8_decode(s + i, b - i, &cp);

			if ((cp == 0xfffd && k == 1) ||
			    (cp >= 0x80 && cp <= 0x9f))
				buf_adds(w->out, "\xef\xbf\xbd");
			else
				buf_add(w->out, s + i, k);
			i += k;
			continue;
		}
		/* the longest ASCII run with one highlight and nothing to
		 * replace */
		for (run = i + 1; run < b; run++) {
			unsigned char d = (unsigned char)s[run];

			if ((w->hl != NULL && w->hl[run] != w->hl[i]) ||
			    (d < 0x20 && d != '\t') || d == 0x7f || d >= 0x80)
				break;
		}
		buf_add(w->out, s + i, run - i);
		i = run;
	}
}

/* The columns put() shows s[0..n) in: ^X for a C0 control, U+FFFD for a
 * C1 control or an invalid byte, else the character's own width. */
static int
columns(const char *s, size_t n)
{
	size_t i = 0;
	int cols = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;
		size_t k;

		if (c < 0x80) {
			cols += c < 0x20 || c == 0x7f ? 2 : 1;
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &cp);
		cols += (cp == 0xfffd && k == 1) || cp < 0xa0 ? 1 :
		                                                utf8_width(cp);
		i += k;
	}
	return cols;
}

/* Punctuation that must not begin a line (the common closing marks of
 * CJK text, after JIS X 4051 kinsoku): no break is made before it. */
static int
no_break_before(uint32_t cp)
{
	static const uint32_t marks[] = { 0x3001, 0x3002, 0x300b, 0x300d,
		0x300f, 0x3011, 0x3015, 0x3009, 0xff01, 0xff09, 0xff0c, 0xff0e,
		0xff1a, 0xff1b, 0xff1f, 0x30fc };
	size_t i;

	for (i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (marks[i] == cp)
			return 1;
	return 0;
}

/* The end of the unit of text that starts at s[i] (no space there) and
 * may not be broken: a run of narrow characters up to a space (or tab) or a wide
 * character, or one wide character; each with the zero-width characters
 * that follow it, the closing marks that may not start a line, and what
 * a zero-width joiner joins. A zero-width space ends a unit. Text wraps
 * between units even without a space, as CJK text does. */
static size_t
unit_end(const char *s, size_t i, size_t b)
{
	uint32_t cp;
	size_t k = utf8_decode(s + i, b - i, &cp);
	int wide = utf8_width(cp) == 2, join = 0;

	for (i += k; i < b && s[i] != ' ' && s[i] != '\t'; i += k) {
		int w;

		if ((unsigned char)s[i] < 0x80 && !wide && !join) {
			/* printable ASCII: part of a narrow unit */
			k = 1;
			continue;
		}
		k = utf8_decode(s + i, b - i, &cp);
		w = cp < 0x80 ? 1 : utf8_width(cp);
		if (join || w == 0 || (cp >= 0x3000 && no_break_before(cp))) {
			join = cp == 0x200d;
			/* a zero-width space is where a line may break */
			if (cp == 0x200b)
				return i + k;
			continue;
		}
		if (wide || w == 2)
			break;
	}
	return i;
}

/* Wraps one line s[a..b) at spaces (a tab is one) and between wide
 * characters; a unit wider than the line stands alone on its line,
 * unbroken. */
static void
wrap_line(struct wrap *w, const char *s, size_t a, size_t b)
{
	size_t i = a;
	int first = 1;

	w->flat = 1;
	while (i < b) {
		size_t ws = i, we;
		int cols, space;

		while (ws < b && (s[ws] == ' ' || s[ws] == '\t'))
			ws++;
		if (ws == b)
			break;
		space = ws > i;
		we = unit_end(s, ws, b);
		cols = columns(s + ws, we - ws);
		if (!first && w->col + space + cols > w->st->width)
			newline(w);
		else if (!first && space) {
			put(w, s, ws - 1, ws);
			w->col++;
		}
		put(w, s, ws, we);
		w->col += cols;
		first = 0;
		i = we;
	}
	w->flat = 0;
}

/* Emits field text: lines wrapped, fenced code verbatim, blank lines kept. */
static void
wrap_text(struct wrap *w, const char *s, size_t n)
{
	size_t a = 0, b;
	int fence = 0, first = 1;

	while (a <= n) {
		const char *nl = memchr(s + a, '\n', n - a);

		b = nl != NULL ? (size_t)(nl - s) : n;
		if (!first)
			newline(w);
		first = 0;
		if (b - a >= 3 && memcmp(s + a, "```", 3) == 0)
			fence = !fence;
		if (fence || (b - a >= 3 && memcmp(s + a, "```", 3) == 0) ||
		    (b - a >= 4 && memcmp(s + a, "    ", 4) == 0))
			put(w, s, a, b);
		else
			wrap_line(w, s, a, b);
		if (nl == NULL)
			break;
		a = b + 1;
	}
	if (w->st->color && !w->fresh && (w->on || w->base[0] != '\0'))
		buf_adds(w->out, SGR_RESET);
	w->on = 0;
	buf_addc(w->out, '\n');
}

static unsigned char *
highlights(const struct hit *hit, uint32_t field, size_t n)
{
	unsigned char *hl;
	size_t i, j;

	if (hit == NULL || hit->nspans == 0)
		return NULL;
	hl = xcalloc(n + 1, 1);
	for (i = 0; i < hit->nspans; i++)
		if (hit->spans[i].field == field)
			for (j = hit->spans[i].start;
			     j < hit->spans[i].end && j < n; j++)
				hl[j] = 1;
	return hl;
}

/* Wraps field f of a record under its question, indent columns in, its
 * matches highlighted. */
static void
wrap_field(struct wrap *w, const struct hit *hit, uint32_t field,
    const struct slice *f, int indent)
{
	w->base = "";
	w->indent = indent;
	w->hl = highlights(hit, field, f->len);
	w->fresh = 1;
	w->col = w->indent;
	wrap_text(w, f->p, f->len);
	free((void *)w->hl);
}

void
text_record(struct buf *out, const struct index *ix,
    const struct index_record *r, const struct hit *hit,
    const struct text_style *st)
{
	struct index_category c;
	struct wrap w = { 0 };
	int color = st->color;

	index_category(ix, r->category, &c);
	buf_adds(out, color ? SGR_ID : "");
	buf_addu(out, r->id);
	buf_adds(out, color ? SGR_RESET "  " SGR_CATEGORY : "  ");
	text_field(out, c.name.p, c.name.len);
	if (color)
		buf_adds(out, SGR_RESET);
	if (!ix->embedded) {
		buf_printf(out, "  %s", color ? SGR_SOURCE : "");
		text_field(out, r->source.p, r->source.len);
		buf_printf(out, ":%u%s", r->line, color ? SGR_RESET : "");
	}
	buf_addc(out, '\n');

	w.out = out;
	w.st = st;
	w.base = SGR_QUESTION;
	w.hl = highlights(hit, FIELD_QUESTION, r->question.len);
	w.fresh = 1;
	wrap_text(&w, r->question.p, r->question.len);
	free((void *)w.hl);

	/* the body under the question, and a blank line between it and
	 * the answer, which is indented further */
	if (r->body.len > 0) {
		wrap_field(&w, hit, FIELD_BODY, &r->body, 2);
		if (r->answer.len > 0)
			buf_addc(out, '\n');
	}
	if (r->answer.len > 0)
		wrap_field(&w, hit, FIELD_ANSWER, &r->answer, 4);
}

void
text_field(struct buf *out, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, start = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = u[i];
		size_t len;

		if (c >= 0x20 && c != 0x7f && c != 0xc2)
			continue;
		if (c == 0xc2) {
			if (i + 1 >= n || u[i + 1] < 0x80 || u[i + 1] > 0x9f)
				continue;
			len = 2; /* a C1 control */
		} else
			len = 1;
		buf_add(out, s + start, i - start);
		buf_addc(out, ' ');
		start = i + len;
		i += len - 1;
	}
	buf_add(out, s + start, n - start);
}

void
text_related(struct buf *out, const struct index *ix,
    const struct related_hit *rel, size_t n, const struct text_style *st)
{
	struct wrap w = { 0 };
	int digits = 1;
	size_t i;

	/* the ids right-aligned, as ls -l aligns sizes, so that the
	 * questions start in one column */
	for (i = 0; i < n; i++) {
		struct index_record r;
		uint32_t v;
		int d = 1;

		index_record(ix, rel[i].rec, &r);
		for (v = r.id; v >= 10; v /= 10)
			d++;
		if (d > digits)
			digits = d;
	}
	w.out = out;
	w.st = st;
	w.base = "";
	/* a question wraps under its own first word */
	w.indent = 4 + digits + 2;
	buf_adds(out, "Related:\n");
	for (i = 0; i < n; i++) {
		struct index_record r;

		index_record(ix, rel[i].rec, &r);
		buf_printf(out, "    %s%*u%s  ", st->color ? SGR_ID : "",
		    digits, r.id, st->color ? SGR_RESET : "");
		w.fresh = 0;
		w.col = w.indent;
		wrap_text(&w, r.question.p, r.question.len);
	}
}

void
text_list_line(
    struct buf *out, const struct index *ix, const struct index_record *r)
{
	struct index_category cat;

	index_category(ix, r->category, &cat);
	buf_addu(out, r->id);
	buf_addc(out, '\t');
	text_field(out, cat.name.p, cat.name.len);
	buf_addc(out, '\t');
	text_field(out, r->question.p, r->question.len);
	buf_addc(out, '\n');
}
