/* The SM-2 scheduler with a fake clock, and the state file. */
#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "srs.h"
#include "srs_state.h"
#include "t.h"
#include "util.h"

#define DAY 86400
#define T0 1700000000 /* the fake clock's start */

static struct srs_card
fresh(void)
{
	struct srs_card c;

	memset(&c, 0, sizeof c);
	c.ease = BEQ_SRS_EASE_START;
	return c;
}

void test_srs_intervals_grow_with_good_grades(void);
void
test_srs_intervals_grow_with_good_grades(void)
{
	struct srs_card c = fresh();
	int64_t now = T0;
	uint32_t last = 0;
	int i;

	srs_grade(&c, SRS_GOOD, now);
	CHECK_INT(c.interval, DAY);
	CHECK_INT(c.due, T0 + DAY);
	CHECK_INT(c.reviewed, T0);
	CHECK_INT(c.last, SRS_GOOD);
	now = c.due;
	srs_grade(&c, SRS_GOOD, now);
	CHECK_INT(c.interval, 6 * DAY);
	now = c.due;
	srs_grade(&c, SRS_GOOD, now);
	CHECK_INT(c.interval, 15 * DAY); /* 6 days times 2.5 */
	for (i = 0; i < 20; i++) {
		last = c.interval;
		now = c.due;
		srs_grade(&c, SRS_GOOD, now);
		CHECK(c.interval > last || c.interval == BEQ_SRS_MAX_SECONDS);
	}
	CHECK_INT(c.interval, BEQ_SRS_MAX_SECONDS);
	CHECK_INT(c.ease, BEQ_SRS_EASE_START);
	CHECK_INT(c.reps, 23);
	CHECK_INT(c.lapses, 0);
}

void test_srs_again_resets_the_interval_and_counts_a_lapse(void);
void
test_srs_again_resets_the_interval_and_counts_a_lapse(void)
{
	struct srs_card c = fresh();
	int64_t now = T0;

	srs_grade(&c, SRS_GOOD, now);
	srs_grade(&c, SRS_GOOD, now += DAY);
	srs_grade(&c, SRS_GOOD, now += 6 * DAY);
	CHECK_INT(c.reps, 3);
	srs_grade(&c, SRS_AGAIN, now += 15 * DAY);
	CHECK_INT(c.reps, 0);
	CHECK_INT(c.lapses, 1);
	CHECK_INT(c.interval, BEQ_SRS_AGAIN_SECONDS);
	CHECK_INT(c.due, now + BEQ_SRS_AGAIN_SECONDS);
	CHECK_INT(c.ease, BEQ_SRS_EASE_START - 200);
	CHECK_INT(c.last, SRS_AGAIN);
	/* relearned: one day again, then six */
	srs_grade(&c, SRS_GOOD, now += BEQ_SRS_AGAIN_SECONDS);
	CHECK_INT(c.interval, DAY);
	srs_grade(&c, SRS_GOOD, now += DAY);
	CHECK_INT(c.interval, 6 * DAY);
	/* "again" on a new card is no lapse */
	c = fresh();
	srs_grade(&c, SRS_AGAIN, T0);
	CHECK_INT(c.lapses, 0);
	CHECK(!srs_is_learned(&c));
}

void test_srs_ease_never_falls_below_its_floor(void);
void
test_srs_ease_never_falls_below_its_floor(void)
{
	struct srs_card c = fresh();
	int64_t now = T0;
	int i;

	for (i = 0; i < 30; i++) {
		srs_grade(&c, i % 2 ? SRS_HARD : SRS_AGAIN, now);
		now = c.due;
		CHECK(c.ease >= BEQ_SRS_EASE_MIN);
	}
	CHECK_INT(c.ease, BEQ_SRS_EASE_MIN);
	srs_grade(&c, SRS_EASY, now);
	CHECK_INT(c.ease, BEQ_SRS_EASE_MIN + 150);
}

void test_srs_grades_order_their_intervals(void);
void
test_srs_grades_order_their_intervals(void)
{
	unsigned long long seed = 7;
	int k;

	/* from any state reached by random grades: again < hard <= good <
	 * easy */
	for (k = 0; k < 200; k++) {
		struct srs_card c = fresh(), g[5];
		int64_t now = T0;
		int i, n = (int)(t_rand(&seed) % 12);

		for (i = 0; i < n; i++) {
			srs_grade(&c, 1 + (int)(t_rand(&seed) % 4), now);
			now = c.due;
		}
		for (i = SRS_AGAIN; i <= SRS_EASY; i++) {
			g[i] = c;
			srs_grade(&g[i], i, now);
		}
		CHECK(g[SRS_AGAIN].interval < g[SRS_HARD].interval);
		CHECK(g[SRS_HARD].interval <= g[SRS_GOOD].interval);
		CHECK(g[SRS_GOOD].interval < g[SRS_EASY].interval ||
		    g[SRS_GOOD].interval == BEQ_SRS_MAX_SECONDS);
	}
}

void test_srs_queue_puts_the_most_overdue_first_then_new_ones(void);
void
test_srs_queue_puts_the_most_overdue_first_then_new_ones(void)
{
	struct srs_deck d = { 0 };
	uint64_t keys[6];
	size_t order[6], n, i;
	int64_t now = T0 + 100 * DAY;

	for (i = 0; i < 6; i++)
		keys[i] = srs_key((const char *)&i, sizeof i);
	/* 0 new, 1 due 3 days ago, 2 not due, 3 due 9 days ago, 4 new, 5
	 * due just now */
	srs_add(&d, keys[1])->due = now - 3 * DAY;
	srs_add(&d, keys[2])->due = now + 1;
	srs_add(&d, keys[3])->due = now - 9 * DAY;
	srs_add(&d, keys[5])->due = now;
	n = srs_queue(&d, keys, 6, now, 0, 0, order, 6);
	CHECK_INT(n, 5);
	CHECK_INT(order[0], 3);
	CHECK_INT(order[1], 1);
	CHECK_INT(order[2], 5);
	CHECK_INT(order[3], 0);
	CHECK_INT(order[4], 4);
	n = srs_queue(&d, keys, 6, now, 0, 0, order, 2);
	CHECK_INT(n, 2);
	CHECK_INT(order[1], 1);
	/* an hour later card 2 is due too, after the others */
	n = srs_queue(&d, keys, 6, now + 3600, 0, 0, order, 6);
	CHECK_INT(n, 6);
	CHECK_INT(order[3], 2);
	/* shuffled, the new ones are still last and all there */
	n = srs_queue(&d, keys, 6, now, 1, 42, order, 6);
	CHECK_INT(n, 5);
	CHECK_INT(order[0], 3);
	CHECK(order[3] + order[4] == 4 && order[3] * order[4] == 0);
	CHECK(srs_remove(&d, keys[3]) == 1);
	CHECK(srs_remove(&d, keys[3]) == 0);
	CHECK(srs_find(&d, keys[3]) == NULL);
	CHECK(srs_find(&d, keys[1]) != NULL);
	srs_deck_free(&d);
}

void test_srs_shuffle_is_reproducible_and_covers_every_new_card(void);
void
test_srs_shuffle_is_reproducible_and_covers_every_new_card(void)
{
	struct srs_deck d = { 0 };
	uint64_t keys[50];
	size_t a[50], b[50], i, seen = 0, moved = 0;

	for (i = 0; i < 50; i++)
		keys[i] = i * 7919;
	CHECK_INT(srs_queue(&d, keys, 50, T0, 1, 5, a, 50), 50);
	CHECK_INT(srs_queue(&d, keys, 50, T0, 1, 5, b, 50), 50);
	for (i = 0; i < 50; i++) {
		CHECK_INT(a[i], b[i]);
		moved += a[i] != i;
	}
	for (i = 0; i < 50; i++) {
		size_t j;

		for (j = 0; j < 50 && a[j] != i; j++)
			;
		seen += j < 50;
	}
	CHECK_INT(seen, 50);
	CHECK(moved > 25);
}

/* A fresh temporary directory; the caller removes it. */
static char *
tmpdir(void)
{
	char *p = xstrdup("/tmp/beq-unit-srs.XXXXXX");

	if (mkdtemp(p) == NULL) {
		free(p);
		return NULL;
	}
	return p;
}

static size_t
entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	if (d == NULL)
		return 0;
	while ((e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

static void
spit(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");

	if (f != NULL) {
		fputs(s, f);
		fclose(f);
	}
}

static void
rmdir_all(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char p[512];

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.') {
			snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
			unlink(p);
		}
	closedir(d);
	rmdir(dir);
}

void test_srs_state_round_trips_and_leaves_no_temporary_file(void);
void
test_srs_state_round_trips_and_leaves_no_temporary_file(void)
{
	struct srs_deck d = { 0 }, e = { 0 };
	char *dir = tmpdir(), path[512], err[BEQ_ERR_MAX];
	struct stat st;
	int64_t now = T0;
	size_t i;

	CHECK(dir != NULL);
	if (dir == NULL)
		return;
	snprintf(path, sizeof path, "%s/builtin.state", dir);
	CHECK_INT(srs_state_load(path, &e, err, sizeof err), SRS_STATE_MISSING);
	for (i = 0; i < 100; i++) {
		struct srs_card *c = srs_add(&d, srs_key((char *)&i, sizeof i));

		srs_grade(c, 1 + (int)(i % 4), now += 3600);
	}
	srs_add(&d, 0)->due = -5; /* edge values survive too */
	srs_add(&d, UINT64_MAX)->lapses = UINT32_MAX;
	CHECK_INT(srs_state_save(path, &d, "index: a\nb", err, sizeof err), 0);
	CHECK_INT(entries(dir), 1);
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
	CHECK_INT(srs_state_load(path, &e, err, sizeof err), SRS_STATE_OK);
	CHECK_INT(e.n, d.n);
	for (i = 0; i < d.n && i < e.n; i++)
		CHECK(memcmp(&d.cards[i], &e.cards[i], sizeof d.cards[i]) == 0);
	/* lines in any order read back sorted */
	spit(path,
	    "beq-quiz-state 1\n00000000000000bb 1 2 3 4 5 6 3\n"
	    "00000000000000aa 7 2 3 4 5 6 2\n");
	CHECK_INT(srs_state_load(path, &e, err, sizeof err), SRS_STATE_OK);
	CHECK_INT(e.n, 2);
	CHECK(e.n == 2 && e.cards[0].key == 0xaa && e.cards[0].due == 7 &&
	    e.cards[1].key == 0xbb && e.cards[0].last == 2);
	/* saving again replaces the file, still with no leftovers */
	srs_remove(&d, 0);
	CHECK_INT(srs_state_save(path, &d, NULL, err, sizeof err), 0);
	CHECK_INT(entries(dir), 1);
	CHECK_INT(srs_state_load(path, &e, err, sizeof err), SRS_STATE_OK);
	CHECK_INT(e.n, d.n);
	/* an unwritable place: an error, and the old file intact */
	snprintf(path, sizeof path, "%s/no/such/dir/x.state", dir);
	CHECK_INT(srs_state_save(path, &d, NULL, err, sizeof err), -1);
	CHECK_STR(err, "No such file or directory");
	srs_deck_free(&d);
	srs_deck_free(&e);
	rmdir_all(dir);
	free(dir);
}

void test_srs_state_reports_corrupt_files_and_sets_them_aside(void);
void
test_srs_state_reports_corrupt_files_and_sets_them_aside(void)
{
	static const struct {
		const char *text, *why;
	} bad[] = {
		{ "", "empty" },
		{ "beq-quiz-state 1", "truncated: no newline at the end" },
		{ "hello\n", "line 1: no 'beq-quiz-state' version line" },
		{ "beq-quiz-state x\n", "line 1: bad version 'x'" },
		{ "beq-quiz-state 1\n0123\n",
		    "line 2: bad key (want 16 lower-case hex digits)" },
		{ "beq-quiz-state 1\n# c\n00000000000000aa 1 2 3 4 5 6\n",
		    "line 3: too few fields" },
		{ "beq-quiz-state 1\n00000000000000aa 1 2 3 4 5 6 7\n",
		    "line 2: last grade" },
		{ "beq-quiz-state 1\n00000000000000aa 1 2 3 0 5 6 3\n",
		    "line 2: ease" },
		{ "beq-quiz-state 1\n00000000000000aa 1 2 3 4 5 6 3 9\n",
		    "line 2: too many fields" },
		{ "beq-quiz-state 1\n00000000000000aa 1 2 99999999999 4 5 6 "
		  "3\n",
		    "line 2: interval" },
		{ "beq-quiz-state 1\n00000000000000ab 1 2 3 4 5 6 3\n"
		  "00000000000000aa 1 2 3 4 5 6 3\n"
		  "00000000000000ab 1 2 3 4 5 6 3\n",
		    "line 4: repeated key" },
	};
	struct srs_deck d = { 0 };
	char *dir = tmpdir(), path[512], err[BEQ_ERR_MAX], *aside;
	size_t i;

	CHECK(dir != NULL);
	if (dir == NULL)
		return;
	snprintf(path, sizeof path, "%s/s.state", dir);
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		spit(path, bad[i].text);
		CHECK_INT(srs_state_load(path, &d, err, sizeof err),
		    SRS_STATE_CORRUPT);
		CHECK_STR(err, bad[i].why);
		CHECK_INT(d.n, 0);
	}
	/* set aside under the first free name, the older copies kept */
	CHECK_INT(srs_state_set_aside(path, &aside, err, sizeof err), 0);
	CHECK(aside != NULL && strstr(aside, "/s.state.corrupt-1") != NULL);
	free(aside);
	spit(path, "junk\n");
	CHECK_INT(srs_state_set_aside(path, &aside, err, sizeof err), 0);
	CHECK(aside != NULL && strstr(aside, "/s.state.corrupt-2") != NULL);
	free(aside);
	CHECK(access(path, F_OK) == -1);
	CHECK_INT(entries(dir), 2);
	/* a newer version is an error, not corruption: nothing set aside */
	spit(path, "beq-quiz-state 2\n");
	CHECK_INT(srs_state_load(path, &d, err, sizeof err), SRS_STATE_ERROR);
	CHECK_STR(err, "state format version 2; this beq reads version 1");
	srs_deck_free(&d);
	rmdir_all(dir);
	free(dir);
}

void test_srs_state_makes_directories_0700(void);
void
test_srs_state_makes_directories_0700(void)
{
	char *dir = tmpdir(), p[512], err[BEQ_ERR_MAX];
	struct stat st;

	CHECK(dir != NULL);
	if (dir == NULL)
		return;
	snprintf(p, sizeof p, "%s/a/b", dir);
	CHECK_INT(srs_state_mkdirs(p, err, sizeof err), 0);
	CHECK(stat(p, &st) == 0 && S_ISDIR(st.st_mode) &&
	    (st.st_mode & 0777) == 0700);
	CHECK_INT(srs_state_mkdirs(p, err, sizeof err), 0);
	rmdir(p);
	snprintf(p, sizeof p, "%s/a", dir);
	rmdir(p);
	rmdir(dir);
	free(dir);
}
