/* Markdown parser tests: the built-in format into exact records. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "corpus.h"
#include "md_dodge.h"
#include "t.h"

static struct buf warnings;

static void
warn(void *ctx, const char *source, unsigned line, const char *msg)
{
	(void)ctx;
	buf_printf(&warnings, "%s:%u: %s\n", source, line, msg);
}

static long
parse(struct corpus *c, const char *name, const char *md)
{
	char err[256];

	warnings.len = 0;
	buf_cstr(&warnings);
	return corpus_parse(
	    c, name, md, strlen(md), warn, NULL, err, sizeof err);
}

static const char *
category(const struct corpus *c, size_t i)
{
	return c->categories[c->records[i].category];
}

void test_corpus_parses_the_builtin_format(void);
void
test_corpus_parses_the_builtin_format(void)
{
	static const char md[] = "# Title\n"
	                         "\n"
	                         "## Databases\n"
	                         "\n"
	                         "1. **What is a deadlock?**  \n"
	                         "   **Explanation**: Two transactions\n"
	                         "   wait for `each` other.\n"
	                         "\n"
	                         "2. **What is `ACID`?**  \n"
	                         "   **Explanation**: Atomicity &amp; more.\n"
	                         "\n"
	                         "## Data Structures and Algorithms\n"
	                         "\n"
	                         "3. **Explain a heap.**  \n"
	                         "   **Explanation**: A tree.\n"
	                         "\n"
	                         "   A second paragraph.\n";
	struct corpus c = { 0 };

	CHECK_INT(parse(&c, "q.md", md), 3);
	CHECK_INT(c.nrecords, 3);
	CHECK_INT(c.ncategories, 2);
	if (c.nrecords == 3) {
		CHECK_STR(c.records[0].question, "What is a deadlock?");
		CHECK_STR(c.records[0].answer,
		    "Two transactions wait for `each` other.");
		CHECK_STR(category(&c, 0), "Databases");
		CHECK_INT(c.records[0].line, 5);
		CHECK_STR(c.records[1].question, "What is `ACID`?");
		CHECK_STR(c.records[1].answer, "Atomicity & more.");
		CHECK_INT(c.records[1].line, 9);
		CHECK_STR(c.records[2].question, "Explain a heap.");
		CHECK_STR(
		    c.records[2].answer, "A tree.\n\nA second paragraph.");
		CHECK_STR(category(&c, 2), "Data Structures and Algorithms");
	}
	CHECK_STR(buf_cstr(&warnings), "");
	corpus_free(&c);
}

void test_corpus_warns_about_a_malformed_item_with_its_line(void);
void
test_corpus_warns_about_a_malformed_item_with_its_line(void)
{
	static const char md[] = "## A\n"
	                         "\n"
	                         "1. **Q one?**  \n"
	                         "   **Explanation**: one.\n"
	                         "\n"
	                         "2. Q two without bold\n"
	                         "   **Explanation**: two.\n"
	                         "\n"
	                         "3. **Q three?**\n";
	struct corpus c = { 0 };

	CHECK_INT(parse(&c, "m.md", md), 2);
	CHECK_STR(buf_cstr(&warnings),
	    "m.md:6: list item does not start "
	    "with a **bold question**; skipped\n");
	if (c.nrecords == 2) {
		CHECK_STR(c.records[1].question, "Q three?");
		CHECK_STR(c.records[1].answer, "");
	}
	corpus_free(&c);
}

void test_corpus_handles_bom_crlf_front_matter_and_fences(void);
void
test_corpus_handles_bom_crlf_front_matter_and_fences(void)
{
	static const char md[] = "\xef\xbb\xbf---\r\n"
	                         "title: x\r\n"
	                         "---\r\n"
	                         "## Real\r\n"
	                         "\r\n"
	                         "```\r\n"
	                         "## Not a heading\r\n"
	                         "```\r\n"
	                         "\r\n"
	                         "1. **Q?**  \r\n"
	                         "   **Explanation**: A.\r\n";
	struct corpus c = { 0 };

	CHECK_INT(parse(&c, "dir/crlf.md", md), 1);
	if (c.nrecords == 1) {
		CHECK_STR(category(&c, 0), "Real");
		CHECK_STR(c.records[0].question, "Q?");
		CHECK_STR(c.records[0].answer, "A.");
		CHECK_INT(c.records[0].line, 10);
	}
	corpus_free(&c);
}

void test_corpus_reads_windows_files_as_unix_ones(void);
void
test_corpus_reads_windows_files_as_unix_ones(void)
{
	/* a byte-order mark before a box that asks; lines that end in CR
	 * LF, read as their LF twin is (the empty "#" heading names no
	 * category); a front matter whose fence ends in blanks */
	static const char bom[] = "\xef\xbb\xbf??? question \"Why?\"\n\n"
	                          "    Because.\n";
	static const char crlf[] = "<div>\r\n\r\n### Go Questions\r\n\r\n"
	                           "</div>\r\n\r\n#\r\n\r\n"
	                           "1. **What is Go?**\r\n"
	                           "   A language.\r\n";
	static const char fence[] = "---  \ntitle: x\n---\n\n## What is X?\n\n"
	                            "A thing.\n";
	struct corpus c = { 0 };

	CHECK_INT(parse(&c, "bom.md", bom), 1);
	CHECK_INT(parse(&c, "crlf.md", crlf), 1);
	CHECK_INT(parse(&c, "fence.md", fence), 1);
	if (c.nrecords == 3) {
		CHECK_STR(c.records[0].question, "Why?");
		CHECK_INT(c.records[0].line, 1);
		CHECK_STR(category(&c, 1), "crlf");
		CHECK_STR(c.records[1].answer, "A language.");
		CHECK_INT(c.records[1].line, 9);
		CHECK_STR(category(&c, 2), "x");
		CHECK_INT(c.records[2].line, 5);
	}
	corpus_free(&c);
}

void test_corpus_takes_the_category_from_the_file_name(void);
void
test_corpus_takes_the_category_from_the_file_name(void)
{
	struct corpus c = { 0 };

	CHECK_INT(parse(&c, "notes/go-basics.md", "1. **Q?**\n"), 1);
	if (c.nrecords == 1)
		CHECK_STR(category(&c, 0), "go-basics");
	CHECK_INT(parse(&c, "<stdin>", "text only\n"), 0);
	corpus_free(&c);
}

void test_corpus_reads_list_items_wherever_their_text_lies(void);
void
test_corpus_reads_list_items_wherever_their_text_lies(void)
{
	/* md4c ends a list item early when a heading's text or a code
	 * block's last line lies at offset 4 modulo 256 (md_dodge.c): a
	 * paragraph of each length before the items puts them everywhere */
	static const char items[] = "\n\n1. ### What is A?\n"
	                            "\n"
	                            "   Answer A.\n"
	                            "\n"
	                            "2. ### What is B?\n"
	                            "\n"
	                            "   ```\n"
	                            "   b = 1\n"
	                            "   ```\n"
	                            "\n"
	                            "   Answer B.\n";
	struct corpus c = { 0 };
	struct buf md = { 0 };
	int bad = 0;

	for (size_t pad = 1; pad <= 256; pad++) {
		md.len = 0;
		for (size_t k = 0; k < pad; k++)
			buf_addc(&md, 'x');
		buf_adds(&md, items);
		if (parse(&c, "bank.md", buf_cstr(&md)) != 2 ||
		    strcmp(c.records[0].answer, "Answer A.") != 0 ||
		    strcmp(c.records[1].answer,
		        "```\nb = 1\n```\n\nAnswer B.") != 0)
			bad++;
		corpus_free(&c);
		memset(&c, 0, sizeof c);
	}
	CHECK_INT(bad, 0);
	buf_free(&md);
}

void test_corpus_dodges_only_where_md4c_would_misread(void);
void
test_corpus_dodges_only_where_md4c_would_misread(void)
{
	struct buf md = { 0 };
	size_t k, beg;

	CHECK_INT(md_dodge("# T\n\n## Q?\n\nA.\n", 16), 0);
	/* a heading in an item whose text starts at offset 260 */
	for (k = 0; k < 254; k++)
		buf_addc(&md, 'x');
	buf_adds(&md, "\n\n- # Q?\n\n  A.\n");
	beg = (size_t)(strstr(buf_cstr(&md), "Q?") - md.data);
	CHECK_INT(beg % 256, 4);
	k = md_dodge(md.data, md.len);
	CHECK(k > 0 && (beg + k) % 256 != 4);
	buf_free(&md);
}

void test_corpus_adds_nothing_to_the_record_of_a_file_before(void);
void
test_corpus_adds_nothing_to_the_record_of_a_file_before(void)
{
	struct corpus c = { 0 };

	/* a heading with no title over toggles: more of its answer, but
	 * it has no record, and the corpus's last one is the other file's
	 * (the fuzzer's parse in place after a parse of a copy) */
	CHECK_INT(
	    parse(&c, "a.md", "## What is a lock?\n\nA way to wait.\n"), 1);
	CHECK_INT(parse(&c, "b.md",
	              "#\n<details>r</details><details </details>\n\n"
	              "2. What d"),
	    1);
	if (c.nrecords == 2)
		CHECK_STR(c.records[0].answer, "A way to wait.");
	corpus_free(&c);
}

void test_corpus_replaces_invalid_utf8_and_keeps_the_file(void);
void
test_corpus_replaces_invalid_utf8_and_keeps_the_file(void)
{
	static const char md[] = "## C\r\n\r\n"
	                         "1. **Caf\xe9?**\r\n"
	                         "   **Explanation**: \xe2\x82 cut\r\n"
	                         "2. **Fine?**\r\n"
	                         "   **Explanation**: \xff\xfe\r\n";
	struct corpus c = { 0 };

	CHECK_INT(parse(&c, "x.md", md), 2);
	CHECK_STR(c.records[0].question, "Caf\xef\xbf\xbd?");
	CHECK_STR(c.records[0].answer, "\xef\xbf\xbd\xef\xbf\xbd cut");
	CHECK_STR(c.records[1].answer, "\xef\xbf\xbd\xef\xbf\xbd");
	CHECK_STR(buf_cstr(&warnings),
	    "x.md:3: invalid UTF-8 replaced with U+FFFD (here and on 2 more "
	    "lines)\n");
	CHECK_INT(parse(&c, "y.md", "* What is \x80?\n"), 1);
	CHECK_STR(buf_cstr(&warnings),
	    "y.md:1: invalid UTF-8 replaced with U+FFFD\n");
	corpus_free(&c);
	buf_free(&warnings);
}

void test_corpus_slugs(void);
void
test_corpus_slugs(void)
{
	static const char *const cases[][2] = {
		{ "Data Structures and Algorithms",
		    "data-structures-and-algorithms" },
		{ "Networking & APIs", "networking-apis" },
		{ "  C++ / Rust  ", "c-rust" },
		{ "Problem-Solving and Scenarios",
		    "problem-solving-and-scenarios" },
		{ "Größe",
		    "gr\xc3\xb6\xc3\x9f"
		    "e" },
		{ "!!!", "" },
		{ "\xe2\xac\x86 General Questions", "general-questions" },
		{ "\xf0\x9f\x9a\x80 Rocket science", "rocket-science" },
		{ "\xd7\xa9\xd7\x90\xd7\x9c\xd7\x95\xd7\xaa HTML",
		    "\xd7\xa9\xd7\x90\xd7\x9c\xd7\x95\xd7\xaa-html" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = corpus_slug(cases[i][0]);

		CHECK_STR(s, cases[i][1]);
		free(s);
	}
}
