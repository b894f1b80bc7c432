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
#include "quiz.h"
#include "term.h"
#include "text.h"
#include "util.h"

struct session {
	struct quiz *q;
	size_t *order, n, at; /* the queue, its length, the question shown */
	int revealed;
	int clear; /* the terminal understands "clear screen" */
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

static int
draw(struct session *s)
{
	struct options *o = s->q->o;
	struct buf b = { 0 };
	struct index_record r;
	struct text_style st = { o->color, term_width() };
	size_t i = s->order[s->at];
	const struct srs_card *card = srs_find(&s->q->deck, s->q->keys[i]);
	static const char *const names[] = { "again", "hard", "good", "easy" };
	int g, rc;

	if (st.width <= 0 || o->width_opt > 0)
		st.width = o->width; /* --width wins over the terminal */
	else
		st.width = cli_measure(st.width);
	buf_adds(&b, s->clear ? "\033[H\033[2J" : "\n");
	buf_printf(&b, "question %zu of %zu (%s)\n\n", s->at + 1, s->n,
	    card == NULL ? "new" : "due");
	index_record(&o->ix, s->q->recs[i], &r);
	if (!s->revealed)
		r.answer.len = 0;
	text_record(&b, &o->ix, &r, NULL, &st);
	if (!s->revealed) {
		buf_adds(&b, "\n[space] show the answer   [q] quit\n");
	} else {
		struct srs_card next;

		size_t col = 0;

		buf_adds(&b, "\nhow did it go?\n");
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
				buf_addc(&b, '\n');
				col = 0;
			}
			if (col > 0) {
				buf_adds(&b, "  ");
				col += 2;
			}
			buf_add(&b, item.data, item.len);
			col += item.len;
			buf_free(&item);
		}
		buf_addc(&b, '\n');
	}
	rc = write_all(STDOUT_FILENO, b.data, b.len);
	buf_free(&b);
	return rc;
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
		s.at++;
	}
	term_close();
	if (rc != 2 || s.asked > 0)
		summary(&s);
	free(s.order);
	return rc;
}
