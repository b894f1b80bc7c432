/* Byte sizes: parsing "64M" and printing "64 MiB". */
#include <stdint.h>

#include "size.h"
#include "t.h"

void test_sizes_parse_with_binary_suffixes(void);
void
test_sizes_parse_with_binary_suffixes(void)
{
	uint64_t v = 0;

	CHECK(size_parse("1048576", &v) == 0 && v == 1048576);
	CHECK(size_parse("64M", &v) == 0 && v == 64ull << 20);
	CHECK(size_parse("64m", &v) == 0 && v == 64ull << 20);
	CHECK(size_parse("16G", &v) == 0 && v == 16ull << 30);
	CHECK(size_parse("2KiB", &v) == 0 && v == 2048);
	CHECK(size_parse("3MB", &v) == 0 && v == 3ull << 20);
	CHECK(size_parse("1T", &v) == 0 && v == 1ull << 40);
	CHECK(size_parse("0", &v) == -1);
	CHECK(size_parse("", &v) == -1);
	CHECK(size_parse("-1", &v) == -1);
	CHECK(size_parse("1X", &v) == -1);
	CHECK(size_parse("1 M", &v) == -1);
	CHECK(size_parse("99999999999T", &v) == -1);
	CHECK(size_parse("18446744073709551616", &v) == -1);
}

void test_sizes_print_in_the_largest_whole_unit(void);
void
test_sizes_print_in_the_largest_whole_unit(void)
{
	char b[32];

	size_format(64ull << 20, b, sizeof b);
	CHECK_STR(b, "64 MiB");
	size_format(16ull << 30, b, sizeof b);
	CHECK_STR(b, "16 GiB");
	size_format(1536, b, sizeof b);
	CHECK_STR(b, "1536 bytes");
	size_format(2048, b, sizeof b);
	CHECK_STR(b, "2 KiB");
	size_format(0, b, sizeof b);
	CHECK_STR(b, "0 bytes");
}
