/* varint and little-endian codec tests. */
#include <stdint.h>

#include "t.h"
#include "varint.h"

static void
round_trip(uint64_t v, size_t want_len)
{
	unsigned char b[VARINT_MAX + 2];
	const unsigned char *p = b;
	uint64_t got = 0;
	size_t n = varint_put(b, v);

	if (want_len)
		CHECK_INT(n, want_len);
	CHECK(varint_get(&p, b + n, &got) == 0);
	CHECK(got == v);
	CHECK(p == b + n);
}

void test_varint_round_trips_edge_values(void);
void
test_varint_round_trips_edge_values(void)
{
	round_trip(0, 1);
	round_trip(1, 1);
	round_trip(127, 1);
	round_trip(128, 2);
	round_trip(16383, 2);
	round_trip(16384, 3);
	round_trip(UINT32_MAX, 5);
	round_trip((uint64_t)1 << 32, 5);
	round_trip((uint64_t)1 << 63, 10);
	round_trip(UINT64_MAX, 10);
}

void test_varint_round_trips_random_values(void);
void
test_varint_round_trips_random_values(void)
{
	unsigned long long s = 42;
	int i;

	for (i = 0; i < 10000; i++) {
		uint64_t v = t_rand(&s) >> (t_rand(&s) % 64);

		round_trip(v, 0);
	}
}

void test_varint_rejects_truncated_and_overlong_input(void);
void
test_varint_rejects_truncated_and_overlong_input(void)
{
	unsigned char b[12];
	const unsigned char *p = b;
	uint64_t v = 7;
	size_t n = varint_put(b, 300), i;

	CHECK(varint_get(&p, b + n - 1, &v) == -1);
	CHECK(p == b && v == 7);
	CHECK(varint_get(&p, b, &v) == -1);
	for (i = 0; i < sizeof b; i++)
		b[i] = 0xff;
	CHECK(varint_get(&p, b + sizeof b, &v) == -1);
	/* ten bytes whose last carries more than bit 63 */
	for (i = 0; i < 9; i++)
		b[i] = 0x80;
	b[9] = 0x02;
	CHECK(varint_get(&p, b + 10, &v) == -1);
	b[9] = 0x01;
	CHECK(varint_get(&p, b + 10, &v) == 0 && v == (uint64_t)1 << 63);
}

void test_little_endian_loads_and_stores(void);
void
test_little_endian_loads_and_stores(void)
{
	unsigned char b[8];

	le32_put(b, 0x01020304);
	CHECK(b[0] == 4 && b[1] == 3 && b[2] == 2 && b[3] == 1);
	CHECK(le32_get(b) == 0x01020304);
	le64_put(b, 0x0102030405060708ull);
	CHECK(b[0] == 8 && b[7] == 1);
	CHECK(le64_get(b) == 0x0102030405060708ull);
}
