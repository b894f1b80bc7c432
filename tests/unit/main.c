/* Unit test runner: runs every test below and prints TAP. */
#include <stdarg.h>
#include <stdio.h>

#include "t.h"

int t_failed;

void
t_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	printf("#   %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	t_failed = 1;
}

unsigned long long
t_rand(unsigned long long *s)
{
	unsigned long long x = (*s += 0x9e3779b97f4a7c15ull);

	x = (x ^ x >> 30) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ x >> 27) * 0x94d049bb133111ebull;
	return x ^ x >> 31;
}

#define T(name) void name(void);
#include "list.h"
#undef T

static const struct {
	const char *name;
	void (*fn)(void);
} tests[] = {
#define T(name) { #name, name },
#include "list.h"
#undef T
};

int
main(void)
{
	size_t i, n = sizeof tests / sizeof tests[0];
	int failed = 0;

	for (i = 0; i < n; i++) {
		const char *p;

		t_failed = 0;
		tests[i].fn();
		printf("%s %zu - unit: ", t_failed ? "not ok" : "ok", i + 1);
		for (p = tests[i].name; *p != '\0'; p++)
			putchar(*p == '_' ? ' ' : *p);
		putchar('\n');
		failed += t_failed;
	}
	printf("1..%zu\n", n);
	return failed ? 1 : 0;
}
