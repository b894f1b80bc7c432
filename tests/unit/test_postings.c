/* posting list AND/OR tests, against a naive set model. */
#include <stdint.h>
#include <stdlib.h>

#include "index.h"
#include "t.h"

static void
fill(struct postings *p, const uint32_t *v, size_t n)
{
	size_t i;

	p->n = 0;
	for (i = 0; i < n; i++)
		postings_push(p, v[i]);
}

void test_postings_and_or_small_cases(void);
void
test_postings_and_or_small_cases(void)
{
	static const uint32_t a[] = { 1, 3, 5, 7 }, b[] = { 3, 4, 5, 8 };
	struct postings x = { 0 }, y = { 0 }, out = { 0 };

	fill(&x, a, 4);
	fill(&y, b, 4);
	postings_and(&x, &y, &out);
	CHECK_INT(out.n, 2);
	CHECK(out.ids[0] == 3 && out.ids[1] == 5);
	postings_or(&x, &y, &out);
	CHECK_INT(out.n, 6);
	CHECK(out.ids[0] == 1 && out.ids[1] == 3 && out.ids[2] == 4 &&
	    out.ids[3] == 5 && out.ids[4] == 7 && out.ids[5] == 8);
	y.n = 0;
	postings_and(&x, &y, &out);
	CHECK_INT(out.n, 0);
	postings_or(&x, &y, &out);
	CHECK_INT(out.n, 4);
	postings_or(&y, &y, &out);
	CHECK_INT(out.n, 0);
	postings_free(&x);
	postings_free(&y);
	postings_free(&out);
}

void test_postings_and_or_match_a_set_model(void);
void
test_postings_and_or_match_a_set_model(void)
{
	unsigned long long s = 7;
	struct postings x = { 0 }, y = { 0 }, and = { 0 }, or = { 0 };
	int round;

	for (round = 0; round < 200; round++) {
		unsigned char inx[256] = { 0 }, iny[256] = { 0 };
		size_t i, ka = 0, ko = 0;

		x.n = y.n = 0;
		for (i = 0; i < 256; i++) {
			inx[i] = t_rand(&s) % 3 == 0;
			iny[i] = t_rand(&s) % (1 + round % 5) == 0;
			if (inx[i])
				postings_push(&x, (uint32_t)i);
			if (iny[i])
				postings_push(&y, (uint32_t)i);
		}
		postings_and(&x, &y, &and);
		postings_or(&x, &y, & or);
		for (i = 0; i < 256; i++) {
			if (inx[i] && iny[i])
				CHECK(ka < and.n && and.ids[ka++] == i);
			if (inx[i] || iny[i])
				CHECK(ko < or.n && or.ids[ko++] == i);
		}
		CHECK(ka == and.n);
		CHECK(ko == or.n);
	}
	postings_free(&x);
	postings_free(&y);
	postings_free(&and);
	postings_free(& or);
}
