# beq: one portable Makefile (GNU make). `make` builds ./beq in two stages:
# a first-stage binary indexes data/ into build/index.bin, which the final
# binary embeds. User CFLAGS/CPPFLAGS/LDFLAGS win; warnings live apart.

VERSION = 0.1.0
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
PKG_CONFIG ?= pkg-config
CC ?= cc
CFLAGS ?= -O2 -g

WARNFLAGS = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wformat=2 \
	-Wmissing-prototypes -Wstrict-prototypes -Werror=vla
PCRE2_CFLAGS := $(shell $(PKG_CONFIG) --cflags libpcre2-8)
MD4C_CFLAGS := $(shell $(PKG_CONFIG) --cflags md4c)
# PCRE2 is linked statically where the distribution ships libpcre2-8.a:
# one shared library less to load at every start (see make bench).
PCRE2_A := $(wildcard $(shell $(PKG_CONFIG) --variable=libdir libpcre2-8)/libpcre2-8.a)
PCRE2_LIBS ?= $(if $(PCRE2_A),$(PCRE2_A),$(shell $(PKG_CONFIG) --libs libpcre2-8))
MD4C_LIBS ?= $(shell $(PKG_CONFIG) --libs md4c)
LIBS = $(PCRE2_LIBS) $(MD4C_LIBS) -lm

ALL_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -DBEQ_VERSION='"$(VERSION)"' \
	$(PCRE2_CFLAGS) $(MD4C_CFLAGS) -Isrc -MMD -MP $(CPPFLAGS)
ALL_CFLAGS = $(WARNFLAGS) $(CFLAGS)

B = build
# the modules that know nothing of the command line (unit tests link these)
LIB = buf corpus corpus_store index index_write json match pattern query \
	query_parse search text utf8 util varint
CLI = cli cmd_categories cmd_help cmd_index cmd_info cmd_list cmd_random \
	cmd_search cmd_show main
LIB_OBJ = $(LIB:%=$(B)/obj/%.o)
CLI_OBJ = $(CLI:%=$(B)/obj/%.o)
UNIT_SRC = $(wildcard tests/unit/*.c)
UNIT_OBJ = $(UNIT_SRC:tests/unit/%.c=$(B)/obj/unit_%.o)

all: beq

$(B)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

$(B)/obj/unit_%.o: tests/unit/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

$(B)/obj/%_data.o: $(B)/%_data.c
	$(CC) $(CFLAGS) -c $< -o $@

$(B)/bin2c: src/bin2c.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) src/bin2c.c -o $@

$(B)/beq-stage1: $(LIB_OBJ) $(CLI_OBJ) $(B)/obj/embed_none.o
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@

# The built-in index, and the test binary's index over tests/data.
$(B)/index.bin: $(B)/beq-stage1 $(wildcard data/*.md)
	$(B)/beq-stage1 index -q -o $@ data

$(B)/test_index.bin: $(B)/beq-stage1 $(wildcard tests/data/*.md)
	$(B)/beq-stage1 index -q -o $@ tests/data

$(B)/%_data.c: $(B)/%.bin $(B)/bin2c
	$(B)/bin2c $< > $@.tmp && mv $@.tmp $@

beq: $(LIB_OBJ) $(CLI_OBJ) $(B)/obj/index_data.o
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@

$(B)/beq-test: $(LIB_OBJ) $(CLI_OBJ) $(B)/obj/test_index_data.o
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@

$(B)/unit-tests: $(UNIT_OBJ) $(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@

-include $(wildcard $(B)/obj/*.d)

.PHONY: all check deps install uninstall clean fmt lint fuzz sanitize valgrind bench

$(B)/obj/diff_%.o: tests/diff/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

$(B)/difftest: $(B)/obj/diff_difftest.o $(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@
