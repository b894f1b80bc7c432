/* The progress line and the warnings' summary (src/cli/progress.c): numbers,
 * sizes and times as the line prints them, its rate and time left, the
 * parts it leaves out on a narrow terminal, and warnings grouped by kind. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "progress.h"
#include "t.h"

void test_progress_prints_numbers_sizes_and_times(void);
void
test_progress_prints_numbers_sizes_and_times(void)
{
	char b[64];

	progress_thousands(0, b, sizeof b);
	CHECK_STR(b, "0");
	progress_thousands(999, b, sizeof b);
	CHECK_STR(b, "999");
	progress_thousands(16314, b, sizeof b);
	CHECK_STR(b, "16,314");
	progress_thousands(1234567, b, sizeof b);
	CHECK_STR(b, "1,234,567");
	progress_thousands(1234567, b, 4); /* cut, never overrun */
	CHECK_STR(b, "1,2");
	progress_bytes(900, b, sizeof b);
	CHECK_STR(b, "900 B");
	progress_bytes(1024, b, sizeof b);
	CHECK_STR(b, "1.0 KiB");
	progress_bytes(512 << 10, b, sizeof b);
	CHECK_STR(b, "512 KiB");
	progress_bytes(67213312, b, sizeof b); /* 64.1 MiB */
	CHECK_STR(b, "64.1 MiB");
	progress_bytes(1ull << 30, b, sizeof b);
	CHECK_STR(b, "1.0 GiB");
	progress_bytes_of(361ull << 20, 1073741482, b, sizeof b);
	CHECK_STR(b, "361/1,024 MiB");
	progress_bytes_of(1ull << 29, 1ull << 30, b, sizeof b);
	CHECK_STR(b, "0.5/1.0 GiB");
	progress_duration(0, b, sizeof b);
	CHECK_STR(b, "0s");
	progress_duration(7.2, b, sizeof b); /* rounded up: never "0s" early */
	CHECK_STR(b, "8s");
	progress_duration(65, b, sizeof b);
	CHECK_STR(b, "1m05s");
	progress_duration(3720, b, sizeof b);
	CHECK_STR(b, "1h02m");
}

void test_progress_rate_is_taken_over_the_last_seconds(void);
void
test_progress_rate_is_taken_over_the_last_seconds(void)
{
	struct progress_rate r = { 0 };
	int i;

	CHECK(progress_rate_get(&r) < 0);
	progress_rate_add(&r, 10.0, 0);
	CHECK(progress_rate_get(&r) < 0); /* one sample tells nothing */
	progress_rate_add(&r, 10.1, 1000);
	CHECK(progress_rate_get(&r) < 0); /* nor a tenth of a second */
	/* 10 MB a tenth of a second for 2 s: 100 MB/s */
	r = (struct progress_rate){ 0 };
	for (i = 0; i <= 20; i++)
		progress_rate_add(&r, i / 10.0, (uint64_t)i * 10000000);
	CHECK_INT((long long)(progress_rate_get(&r) + 0.5), 100000000);
	/* then 1 MB a tenth for 4 s: the fast start is out of the window */
	for (i = 1; i <= 40; i++)
		progress_rate_add(
		    &r, 2.0 + i / 10.0, 200000000 + (uint64_t)i * 1000000);
	CHECK_INT((long long)(progress_rate_get(&r) + 0.5), 10000000);
}

void test_progress_line_says_files_bytes_records_rate_and_time_left(void);
void
test_progress_line_says_files_bytes_records_rate_and_time_left(void)
{
	struct progress_counts c = { .files = 5754,
		.bytes = 361ull << 20,
		.records = 765703,
		.total_files = 16314,
		.total_bytes = 1073741482,
		.rate = 122.0 * (1 << 20) };
	char b[256];

	progress_line(&c, 200, b, sizeof b);
	CHECK_STR(b,
	    "5,754/16,314 files, 361/1,024 MiB, 765,703 records, 122 MiB/s, "
	    "6s left to read");
	/* 80 columns fit it all (78); 70 do not: the rate goes first */
	progress_line(&c, 80, b, sizeof b);
	CHECK_INT(strlen(b), 78);
	progress_line(&c, 70, b, sizeof b);
	CHECK_STR(b,
	    "5,754/16,314 files, 361/1,024 MiB, 765,703 records, 6s left to "
	    "read");
	progress_line(&c, 50, b, sizeof b);
	CHECK_STR(b, "5,754/16,314 files, 6s left to read");
	progress_line(&c, 12, b, sizeof b); /* cut as the last resort */
	CHECK_STR(b, "5,754/16,31");
	/* an archive or stdin: no total, no time left */
	c.total_files = c.total_bytes = 0;
	progress_line(&c, 200, b, sizeof b);
	CHECK_STR(b, "5,754 files, 361 MiB, 765,703 records, 122 MiB/s");
	c.rate = -1; /* not known yet */
	progress_line(&c, 200, b, sizeof b);
	CHECK_STR(b, "5,754 files, 361 MiB, 765,703 records");
	/* after the reading: what is done, and for how long */
	c.phase = "writing the index";
	c.phase_secs = 2.5;
	c.files = 1;
	c.records = 1;
	progress_line(&c, 200, b, sizeof b);
	CHECK_STR(b, "1 file, 361 MiB, 1 record; writing the index (3s)");
}

void test_progress_kind_drops_bracketed_numbers(void);
void
test_progress_kind_drops_bracketed_numbers(void)
{
	struct buf b = { 0 };

	progress_kind("invalid UTF-8 replaced with U+FFFD (here and on 3 more "
	              "lines)",
	    &b);
	CHECK_STR(b.data, "invalid UTF-8 replaced with U+FFFD");
	progress_kind("larger than 64 MiB (--max-file-size); skipped", &b);
	CHECK_STR(b.data, "larger than 64 MiB (--max-file-size); skipped");
	progress_kind("no questions found", &b);
	CHECK_STR(b.data, "no questions found");
	progress_kind("a (1) b (c) d (2)", &b);
	CHECK_STR(b.data, "a b (c) d");
	progress_kind("unclosed (3", &b);
	CHECK_STR(b.data, "unclosed (3");
	buf_free(&b);
}

void test_progress_warnings_past_twenty_are_counted_by_kind(void);
void
test_progress_warnings_past_twenty_are_counted_by_kind(void)
{
	struct progress p;
	struct buf b = { 0 };
	char where[32];
	int fd = open("/dev/null", O_WRONLY), i;

	progress_start(&p, fd, 0, PROGRESS_WARN_SUMMARY, 0, NULL);
	for (i = 1; i <= 8860; i++) {
		snprintf(where, sizeof where, "a.md:%d", i);
		progress_warning(&p, where,
		    i % 1000 == 0 ? "invalid UTF-8 replaced with U+FFFD (here "
		                    "and on 2 more lines)" :
		                    "list item does not start with a question");
	}
	for (i = 0; i < 12; i++) { /* twelve kinds of one each */
		snprintf(where, sizeof where, "k%d.md", i);
		progress_warning(&p, where, where);
	}
	CHECK_INT(p.warnings, 8872);
	CHECK_INT(p.printed, 20);
	progress_summary_text(&p, &b);
	CHECK_STR(buf_cstr(&b),
	    "8,832 more: list item does not start with a question (first at "
	    "a.md:21)\n"
	    "8 more: invalid UTF-8 replaced with U+FFFD (first at a.md:1000)\n"
	    "1 more: k0.md (first at k0.md)\n"
	    "1 more: k1.md (first at k1.md)\n"
	    "1 more: k2.md (first at k2.md)\n"
	    "1 more: k3.md (first at k3.md)\n"
	    "1 more: k4.md (first at k4.md)\n"
	    "1 more: k5.md (first at k5.md)\n"
	    "1 more: k6.md (first at k6.md)\n"
	    "1 more: k7.md (first at k7.md)\n"
	    "4 more of 4 other kinds\n"
	    "--warnings=all prints all 8,872 warnings\n");
	progress_end(&p);
	progress_end(&p); /* twice is safe */
	buf_free(&b);
	/* all: every warning printed, nothing to sum up */
	progress_start(&p, fd, 0, PROGRESS_WARN_ALL, 0, NULL);
	for (i = 0; i < 30; i++)
		progress_warning(&p, "a.md:1", "x");
	CHECK_INT(p.printed, 30);
	progress_summary_text(&p, &b);
	CHECK_INT(b.len, 0);
	progress_end(&p);
	/* quiet: counted, neither printed nor summed up */
	progress_start(&p, fd, 0, PROGRESS_WARN_SUMMARY, 1, NULL);
	for (i = 0; i < 30; i++)
		progress_warning(&p, "a.md:1", "x");
	CHECK_INT(p.warnings, 30);
	CHECK_INT(p.printed, 0);
	progress_summary_text(&p, &b);
	CHECK_INT(b.len, 0);
	progress_end(&p);
	buf_free(&b);
	close(fd);
}
