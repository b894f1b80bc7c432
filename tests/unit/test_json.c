/* JSON string escaping tests. */
#include "buf.h"
#include "json.h"
#include "t.h"

static const char *
esc(struct buf *b, const char *s, size_t n)
{
	b->len = 0;
	json_string(b, s, n);
	return buf_cstr(b);
}

void test_json_escapes_quotes_backslashes_and_controls(void);
void
test_json_escapes_quotes_backslashes_and_controls(void)
{
	struct buf b = { 0 };

	CHECK_STR(esc(&b, "plain", 5), "\"plain\"");
	CHECK_STR(esc(&b, "a\"b\\c", 5), "\"a\\\"b\\\\c\"");
	CHECK_STR(esc(&b, "\n\t\r\b\f", 5), "\"\\n\\t\\r\\b\\f\"");
	CHECK_STR(esc(&b, "\x01\x1f\x7f", 3), "\"\\u0001\\u001f\x7f\"");
	CHECK_STR(esc(&b, "a\0b", 3), "\"a\\u0000b\"");
	CHECK_STR(esc(&b, "", 0), "\"\"");
	buf_free(&b);
}

void test_json_keeps_utf8_and_replaces_invalid_bytes(void);
void
test_json_keeps_utf8_and_replaces_invalid_bytes(void)
{
	struct buf b = { 0 };

	CHECK_STR(esc(&b, "caf\xc3\xa9 \xe2\x80\x99 \xf0\x9f\x98\x80", 14),
	    "\"caf\xc3\xa9 \xe2\x80\x99 \xf0\x9f\x98\x80\"");
	CHECK_STR(esc(&b, "a\xffz", 3), "\"a\\ufffdz\"");
	CHECK_STR(esc(&b, "\xc3", 1), "\"\\ufffd\"");
	CHECK_STR(esc(&b, "\xed\xa0\x80", 3), "\"\\ufffd\\ufffd\\ufffd\"");
	CHECK_STR(esc(&b, "\xc0\xaf", 2), "\"\\ufffd\\ufffd\"");
	CHECK_STR(esc(&b, "\xe2\x80\xa8", 3), "\"\\u2028\"");
	buf_free(&b);
}
