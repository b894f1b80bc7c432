/* A tiny assert runner: each test is a function; a failed check prints
 * where and why, marks the test failed, and the test goes on. */
#ifndef BEQ_T_H
#define BEQ_T_H

#include <stdio.h>
#include <string.h>

extern int t_failed;

void t_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define CHECK(c) \
	do { \
		if (!(c)) \
			t_fail(__FILE__, __LINE__, "%s", #c); \
	} while (0)

#define CHECK_INT(a, b) \
	do { \
		long long t_a = (long long)(a), t_b = (long long)(b); \
		if (t_a != t_b) \
			t_fail(__FILE__, __LINE__, "%s == %lld, want %lld", \
			    #a, t_a, t_b); \
	} while (0)

#define CHECK_STR(a, b) \
	do { \
		const char *t_a = (a), *t_b = (b); \
		if (t_a == NULL || strcmp(t_a, t_b) != 0) \
			t_fail(__FILE__, __LINE__, \
			    "%s == \"%s\", want \"%s\"", #a, \
			    t_a ? t_a : "(null)", t_b); \
	} while (0)

/* A deterministic generator for property tests (splitmix64). */
unsigned long long t_rand(unsigned long long *state);

#endif
