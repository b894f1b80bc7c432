/* beq quiz's session: a question, a key to reveal the answer, a key to
 * grade it, on the terminal directly (write(2) on stdout, never through
 * o->out, which a pager may read). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "pager.h"
#include "quiz.h"
#include "term.h"
#include "text.h"
#include "util.h"

struct session {
	struct quiz *q;
	size_t *order, n, at; /* the queue, its length, the question shown */
	int revealed;
	int clear; /* the terminal understands "clear screen" */
	size_t top; /* the first line of the record shown */
	int more; /* the record did not fit: a window of it is shown */
	unsigned long asked, correct;
	struct timespec start;
};

/* "10m", "3h", "6d": how long until a grade brings a question back,
 * rounded to the nearest unit (a day less a second is "1d", not "24h"). */
static void
add_span(struct buf *b, int64_t s)
{
	if (s < 0)
		s = 0;
	if ((s + 30) / 60 < 60)
		buf_printf(b, "%lldm", (long long)(s + 30) / 60);
	else if ((s + 1800) / 3600 < 24)
		buf_printf(b, "%lldh", (long long)(s + 1800) / 3600);
	else
		buf_printf(b, "%lldd", (long long)(s + 43200) / 86400);
}

/* The lines of s[0..n), each with its newline: their starts in *at (n
 * + 1 of them at most, the last being n) and their screen rows on a
 * terminal cols wide in *rows. Returns how many. */
static size_t
split_lines(const char *s, size_t n, int cols, size_t *at, size_t *rows)
{
	size_t k = 0, i = 0;

	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t end = nl != NULL ? (size_t)(nl - s) + 1 : n;

		at[k] = i;
		rows[k] = pager_rows(s + i, end - i, cols);
		if (rows[k] == 0)
			rows[k] = 1;
		k++;
		i = end;
	}
	at[k] = n;
	return k;
}

/* Appends what the window shows, to the header line. */
static void
add_window(struct buf *b, size_t from, size_t to, size_t n, int color)
{
	buf_printf(b, "   %slines %zu-%zu of %zu: [j] down  [k] up%s",
	    color ? "\033[2m" : "", from, to, n, color ? "\033[0m" : "");
}

/* Appends to b the header line head with what the window shows, then the
 * record's lines from s->top that fit in the rows that the header, foot
 * and the cursor's line leave (one at least); s->top moves back when the
 * end of the record would leave rows empty. */
static void
window(struct session *s, struct buf *b, const struct buf *head,
    const struct buf *body, const struct buf *foot, int cols, int height)
{
	struct buf h = { 0 };
	size_t nl = 0, i, used, last, fixed, avail;
	size_t *at, *rows;
	int color = s->q->o->color;

	for (i = 0; i < body->len; i++)
		nl += body->data[i] == '\n';
	at = xcalloc(nl + 2, sizeof *at);
	rows = xcalloc(nl + 2, sizeof *rows);
	nl = split_lines(body->data, body->len, cols, at, rows);
	/* the rows left, with the header at its longest */
	buf_add(&h, head->data, head->len);
	add_window(&h, nl, nl, nl, 0);
	buf_addc(&h, '\n');
	fixed = pager_rows(h.data, h.len, cols) +
	    pager_rows(foot->data, foot->len, cols) + 1;
	avail = (size_t)height > fixed ? (size_t)height - fixed : 1;
	buf_free(&h);
	/* the last top that still fills the window */
	for (i = nl, used = 0; i > 0 && used + rows[i - 1] <= avail; i--)
		used += rows[i - 1];
	if (i >= nl)
		i = nl - 1;
	if (s->top > i)
		s->top = i;
	for (last = s->top, used = 0; last < nl; last++) {
		if (last > s->top && used + rows[last] > avail)
			break;
		used += rows[last];
	}
	buf_add(b, head->data, head->len);
	add_window(b, s->top + 1, last, nl, color);
	buf_addc(b, '\n');
	buf_add(b, body->data + at[s->top], at[last] - at[s->top]);
	free(at);
	free(rows);
}

static int
draw(struct session *s)
{
	struct options *o = s->q->o;
	struct buf b = { 0 }, head = { 0 }, body = { 0 }, foot = { 0 };
	struct index_record r;
	int cols = term_width(), height = term_height();
	struct text_style st = { o->color, cols };
	size_t i = s->order[s->at];
	const struct srs_card *card = srs_find(&s->q->deck, s->q->keys[i]);
	static const char *const names[] = { "again", "hard", "good", "easy" };
	int g, rc;

	if (st.width <= 0 || o->width_opt > 0)
		st.width = o->width; /* --width wins over the terminal */
	else
		st.width = cli_measure(st.width);
	buf_adds(&b, s->clear ? "\033[H\033[2J" : "\n");
	buf_printf(&head, "question %zu of %zu (%s)", s->at + 1, s->n,
	    card == NULL ? "new" : "due");
	index_record(&o->ix, s->q->recs[i], &r);
	if (!s->revealed)
		r.answer.len = 0;
	text_record(&body, &o->ix, &r, NULL, &st);
	if (!s->revealed) {
		buf_adds(&foot, "[space] show the answer   [q] quit\n");
	} else {
		struct srs_card next;

		size_t col = 0;

		buf_adds(&foot, "how did it go?\n");
		for (g = SRS_AGAIN; g <= SRS_EASY + 1; g++) {
			struct buf item = { 0 };

			if (g > SRS_EASY)
				buf_adds(&item, "[q] quit");
			else {
				if (card != NULL)
					next = *card;
				else {
					memset(&next, 0, sizeof next);
					next.ease = BEQ_SRS_EASE_START;
				}
				srs_grade(&next, g, 0);
				buf_printf(&item, "[%d] %s ", g, names[g - 1]);
				add_span(&item, next.interval);
			}
			/* the items wrap whole, to the width */
			if (col > 0 && col + 2 + item.len > (size_t)st.width) {
				buf_addc(&foot, '\n');
				col = 0;
			}
			if (col > 0) {
				buf_adds(&foot, "  ");
				col += 2;
			}
			buf_add(&foot, item.data, item.len);
			col += item.len;
			buf_free(&item);
		}
		buf_addc(&foot, '\n');
	}
	/* On a screen too short for it all the question would scroll away
	 * above the answer: the record is shown a window at a time
	 * instead, under a header line that says which lines, the last row
	 * kept for the cursor. */
	s->more = s->clear && cols > 0 && height > 0 && body.len > 0 &&
	    pager_rows(head.data, head.len, cols) + 1 +
	            pager_rows(body.data, body.len, cols) + 1 +
	            pager_rows(foot.data, foot.len, cols) + 1 >
	        (size_t)height;
	if (s->more)
		window(s, &b, &head, &body, &foot, cols, height);
	else {
		s->top = 0;
		buf_add(&b, head.data, head.len);
		buf_adds(&b, "\n\n");
		buf_add(&b, body.data, body.len);
		buf_addc(&b, '\n');
	}
	buf_add(&b, foot.data, foot.len);
	rc = write_all(STDOUT_FILENO, b.data, b.len);
	buf_free(&b);
	buf_free(&head);
	buf_free(&body);
	buf_free(&foot);
	return rc;
}

/* Moves the window over a record that does not fit: j or down a line, k
 * or up a line, page down or up a screen's rows less two. Returns 1 for
 * those keys (draw keeps top in range), else 0. */
static int
scroll(struct session *s, int key)
{
	size_t page = term_height() > 6 ? (size_t)term_height() - 6 : 1;

	switch (key) {
	case 'j':
	case TERM_KEY_DOWN: s->top++; return 1;
	case 'k':
	case TERM_KEY_UP:
		if (s->top > 0)
			s->top--;
		return 1;
	case TERM_KEY_PAGE_DOWN: s->top += page; return 1;
	case TERM_KEY_PAGE_UP:
		s->top = s->top > page ? s->top - page : 0;
		return 1;
	default: return 0;
	}
}

static int
grade_of(int key)
{
	switch (key) {
	case '1':
	case 'a': return SRS_AGAIN;
	case '2':
	case 'h': return SRS_HARD;
	case '3':
	case 'g': return SRS_GOOD;
	case '4':
	case 'e': return SRS_EASY;
	default: return 0;
	}
}

/* "3 asked, 2 correct (good or easy), 1m05s" */
static void
summary(const struct session *s)
{
	struct buf b = { 0 };
	struct timespec end;
	long long sec;

	clock_gettime(CLOCK_MONOTONIC, &end);
	sec = (long long)(end.tv_sec - s->start.tv_sec);
	buf_printf(&b, "%lu asked, %lu correct (good or easy), ", s->asked,
	    s->correct);
	if (sec >= 60)
		buf_printf(&b, "%lldm%02llds\n", sec / 60, sec % 60);
	else
		buf_printf(&b, "%llds\n", sec);
	/* on SIGHUP the terminal may be gone: nothing to tell then */
	(void)write_all(STDOUT_FILENO, b.data, b.len);
	buf_free(&b);
}

/* When the next question is due, for the "nothing to ask" message. */
static void
nothing_to_ask(struct quiz *q, int64_t now)
{
	struct buf b = { 0 };
	int64_t next = INT64_MAX;
	size_t i;

	for (i = 0; i < q->n; i++) {
		const struct srs_card *c = srs_find(&q->deck, q->keys[i]);

		if (c != NULL && c->due < next)
			next = c->due;
	}
	buf_adds(&b, "nothing to ask: no question is due and none is new");
	if (next != INT64_MAX) {
		buf_adds(&b, " (the next is due in ");
		add_span(&b, next - now);
		buf_addc(&b, ')');
	}
	buf_addc(&b, '\n');
	(void)write_all(STDOUT_FILENO, b.data, b.len);
	buf_free(&b);
}

int
quiz_session(struct quiz *q, size_t count, int shuffle, uint64_t seed)
{
	char err[BEQ_ERR_MAX];
	const char *term = getenv("TERM");
	struct session s;
	struct term_event ev;
	int rc = 0, g;

	memset(&s, 0, sizeof s);
	s.q = q;
	s.clear = term != NULL && term[0] != '\0' && strcmp(term, "dumb") != 0;
	s.order = xcalloc(q->n + 1, sizeof *s.order);
	s.n = srs_queue(&q->deck, q->keys, q->n, (int64_t)time(NULL), shuffle,
	    seed, s.order, count);
	if (s.n == 0) {
		nothing_to_ask(q, (int64_t)time(NULL));
		free(s.order);
		return 0;
	}
	if (term_open(STDIN_FILENO, err, sizeof err) == -1) {
		warnx("quiz: the terminal: %s", err);
		free(s.order);
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &s.start);
	while (s.at < s.n) {
		if (draw(&s) == -1) {
			warnx("quiz: writing to the terminal: %s",
			    strerror(errno));
			rc = 2;
			break;
		}
		term_next(&ev, err, sizeof err);
		if (ev.kind == TERM_REDRAW)
			continue;
		if (ev.kind == TERM_SIGNAL) {
			rc = 128 + ev.sig;
			break;
		}
		if (ev.kind == TERM_EOF)
			break;
		if (ev.kind == TERM_FAILED) {
			term_close();
			warnx("quiz: the terminal: %s", err);
			rc = 2;
			break;
		}
		if (ev.key == 'q' || ev.key == 'Q' || ev.key == 4)
			break;
		if (s.more && scroll(&s, ev.key))
			continue;
		if (!s.revealed) {
			if (ev.key == ' ' || ev.key == '\n' || ev.key == '\r')
				s.revealed = 1;
			continue;
		}
		if ((g = grade_of(ev.key)) == 0)
			continue;
		srs_grade(srs_add(&q->deck, q->keys[s.order[s.at]]), g,
		    (int64_t)time(NULL));
		s.asked++;
		s.correct += g >= SRS_GOOD;
		if (quiz_save(q) != 0) {
			rc = 2;
			break;
		}
		s.revealed = 0;
		s.top = 0;
		s.at++;
	}
	term_close();
	if (rc != 2 || s.asked > 0)
		summary(&s);
	free(s.order);
	return rc;
}
