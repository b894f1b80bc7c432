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
# beq-pick, the fzf picker: a file for bash users to source, an autoloadable
# zsh function, a fish function autoloaded by name
BEQDATADIR ?= $(PREFIX)/share/beq
ZSHFUNCDIR ?= $(PREFIX)/share/zsh/site-functions
FISHFUNCDIR ?= $(PREFIX)/share/fish/vendor_functions.d
PKG_CONFIG ?= pkg-config
CC ?= cc
CFLAGS ?= -O2 -g

WARNFLAGS = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wformat=2 \
	-Wmissing-prototypes -Wstrict-prototypes -Werror=vla
PCRE2_CFLAGS := $(shell $(PKG_CONFIG) --cflags libpcre2-8)
MD4C_CFLAGS := $(shell $(PKG_CONFIG) --cflags md4c)
ARCHIVE_CFLAGS := $(shell $(PKG_CONFIG) --cflags libarchive)
# libarchive and md4c are loaded with dlopen by their SONAMEs, only when
# `beq index` needs them (src/corpus/archive_io.h and src/corpus/corpus_md.h
# say why)
LIBARCHIVE_SONAME := $(or $(shell objdump -p \
	$(shell $(PKG_CONFIG) --variable=libdir libarchive)/libarchive.so \
	2>/dev/null | awk '/SONAME/ { print $$2 }'),libarchive.so.13)
# PCRE2 is linked statically where the distribution ships libpcre2-8.a:
# one shared library less to load at every start (see make bench).
PCRE2_A := $(wildcard $(shell $(PKG_CONFIG) --variable=libdir libpcre2-8)/libpcre2-8.a)
PCRE2_LIBS ?= $(if $(PCRE2_A),$(PCRE2_A),$(shell $(PKG_CONFIG) --libs libpcre2-8))
MD4C_SONAME := $(or $(shell objdump -p \
	$(shell $(PKG_CONFIG) --variable=libdir md4c)/libmd4c.so \
	2>/dev/null | awk '/SONAME/ { print $$2 }'),libmd4c.so.0)
LIBS = $(PCRE2_LIBS) -ldl -pthread

ALL_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -DBEQ_VERSION='"$(VERSION)"' \
	-DBEQ_LIBARCHIVE='"$(LIBARCHIVE_SONAME)"' \
	-DBEQ_LIBMD4C='"$(MD4C_SONAME)"' $(PCRE2_CFLAGS) \
	$(MD4C_CFLAGS) $(ARCHIVE_CFLAGS) $(SRC_DIRS:%=-I%) -MMD -MP $(CPPFLAGS)
ALL_CFLAGS = $(WARNFLAGS) $(CFLAGS)

# The sources, one folder per layer, each using only those before it
# (tests/layers.sh checks): base (buffers, UTF-8, numbers), corpus (reading
# question banks), index (the trigram index), search (queries, matching,
# ranking), practice (the quiz's schedule), cli (commands and output).
SRC_DIRS = src/base src/corpus src/index src/search src/practice src/cli
vpath %.c $(SRC_DIRS)
# The sources were at src/ before they had folders: a build made then has
# dependency files that name them there. This lets it go on, and rebuild.
src/%.c: ;

B = build
# the final binary; `make sanitize` builds its own under build/asan
BEQ_BIN = beq
# the modules that know nothing of the command line (unit tests link these)
LIB = archive batch buf conf corpus corpus_blocks corpus_html corpus_lang corpus_items corpus_md corpus_store corpus_text index index_fetch index_merge index_run index_scan index_write json match md_dodge near pager pattern postings postings_narrow progress query \
	query_parse related scan scan_lit scan_run search size srs srs_state strmap suggest text trgm utf8 util varint walk words wordcount wordtab wordtab_write
CLI = cli cmd_categories cmd_explain cmd_help cmd_index cmd_info cmd_list cmd_quiz cmd_random cmd_related \
	cmd_search cmd_show main quiz term
LIB_OBJ = $(LIB:%=$(B)/obj/%.o)
CLI_OBJ = $(CLI:%=$(B)/obj/%.o)
UNIT_SRC = $(wildcard tests/unit/*.c)
UNIT_OBJ = $(UNIT_SRC:tests/unit/%.c=$(B)/obj/unit_%.o)

all: $(BEQ_BIN)

$(B)/obj/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

$(B)/obj/unit_%.o: tests/unit/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

$(B)/obj/%_data.o: $(B)/%_data.c
	$(CC) $(CFLAGS) -c $< -o $@

$(B)/bin2c: src/base/bin2c.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) src/base/bin2c.c -o $@

$(B)/beq-stage1: $(LIB_OBJ) $(CLI_OBJ) $(B)/obj/embed_none.o
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@

# The built-in index, and the test binary's index over tests/data. Each is
# verified entry by entry here (info --verify), as every index opens
# checking only its header and section bounds.
$(B)/index.bin: $(B)/beq-stage1 $(wildcard data/*.md)
	$(B)/beq-stage1 --no-config index -q -o $@ data
	$(B)/beq-stage1 --no-config --index $@ info --verify > /dev/null

$(B)/test_index.bin: $(B)/beq-stage1 $(wildcard tests/data/*.md)
	$(B)/beq-stage1 --no-config index -q -o $@ tests/data
	$(B)/beq-stage1 --no-config --index $@ info --verify > /dev/null

# a user index of every question-bank shape, for the differential test
$(B)/shapes.bin: $(B)/beq-stage1 $(wildcard tests/fixtures/shapes/*.md)
	$(B)/beq-stage1 --no-config index -q -o $@ tests/fixtures/shapes

$(B)/%_data.c: $(B)/%.bin $(B)/bin2c
	$(B)/bin2c $< > $@.tmp && mv $@.tmp $@

$(BEQ_BIN): $(LIB_OBJ) $(CLI_OBJ) $(B)/obj/index_data.o
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@

$(B)/beq-test: $(LIB_OBJ) $(CLI_OBJ) $(B)/obj/test_index_data.o
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@

$(B)/unit-tests: $(UNIT_OBJ) $(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@


$(B)/obj/diff_%.o: tests/diff/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

$(B)/difftest: $(B)/obj/diff_difftest.o $(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@

# the generated corpus of any size (tests/diff/gencorpus.c), and its 10 MB
# index for the differential test at scale; the text stays in build/
$(B)/gencorpus: $(B)/obj/diff_gencorpus.o
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ -o $@

$(B)/scale10m.bin: $(B)/beq-stage1 $(B)/gencorpus
	rm -rf $(B)/scale10m
	$(B)/gencorpus -s 10M $(B)/scale10m > /dev/null
	$(B)/beq-stage1 --no-config index -q -o $@ $(B)/scale10m

$(B)/obj/eval_%.o: tests/eval/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

$(B)/eval: $(B)/obj/eval_eval.o $(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@

# generated sources are kept, not deleted as intermediates
.SECONDARY: $(B)/index_data.c $(B)/test_index_data.c

-include $(wildcard $(B)/obj/*.d)
-include tests/fuzz/fuzz.mk
-include tests/bench/bench.mk

# ---- tests ----

CHECK_BINS = $(BEQ_BIN) $(B)/beq-stage1 $(B)/beq-test $(B)/unit-tests $(B)/difftest \
	$(B)/index.bin $(B)/test_index.bin $(B)/shapes.bin $(B)/eval \
	$(B)/gencorpus $(B)/scale10m.bin

check: $(CHECK_BINS)
	sh tests/check.sh

# The scoreboard of real banks (tests/banks): recall, precision and answers
# per bank and split. EVAL_FLAGS=-v lists what was missed or invented.
eval: $(BEQ_BIN) $(B)/eval
	sh tests/eval/run.sh $(EVAL_FLAGS) ./$(BEQ_BIN) $(B)/eval

# ... read again with the banks' pages changed in ways a person does not
# see (CR LF line ends, a byte-order mark, blanks at the end of blocks;
# MORPH picks some): every bank must score as written.
eval-morph: $(BEQ_BIN) $(B)/eval
	sh tests/eval/morph.sh ./$(BEQ_BIN) $(B)/eval

print-compile-flags:
	@echo $(filter-out -MMD -MP,$(ALL_CPPFLAGS)) $(WARNFLAGS)

# The whole of `make check` again, built with ASan and UBSan in build/asan.
SAN = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
sanitize:
	$(MAKE) B=build/asan BEQ_BIN=build/asan/beq CFLAGS="-O1 -g $(SAN)" \
	    LDFLAGS="$(SAN)" build/asan/beq build/asan/beq-stage1 \
	    build/asan/beq-test build/asan/unit-tests build/asan/difftest \
	    build/asan/index.bin build/asan/test_index.bin build/asan/shapes.bin \
	    build/asan/eval build/asan/gencorpus build/asan/scale10m.bin
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	CFLAGS="-O1 -g $(SAN)" LDFLAGS="$(SAN)" \
	    BUILD=build/asan BEQ=build/asan/beq sh tests/check.sh

# The CLI tests and unit tests under valgrind: any error or leak fails.
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect,possible
valgrind: $(CHECK_BINS)
	$(VALGRIND) $(B)/unit-tests > /dev/null
	BEQ_WRAP="$(VALGRIND)" sh tests/cli/run.sh $(B)/beq-test ./beq

# ---- install ----

install: $(BEQ_BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(BASHCOMPDIR) \
	    $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR) $(DESTDIR)$(BEQDATADIR) \
	    $(DESTDIR)$(ZSHFUNCDIR) $(DESTDIR)$(FISHFUNCDIR)
	install -m 755 beq $(DESTDIR)$(BINDIR)/beq
	install -m 644 man/beq.1 $(DESTDIR)$(MANDIR)/man1/beq.1
	install -m 644 man/beq.5 $(DESTDIR)$(MANDIR)/man5/beq.5
	install -m 644 completions/beq.bash $(DESTDIR)$(BASHCOMPDIR)/beq
	install -m 644 completions/_beq $(DESTDIR)$(ZSHCOMPDIR)/_beq
	install -m 644 completions/beq.fish $(DESTDIR)$(FISHCOMPDIR)/beq.fish
	install -m 644 shell/beq-pick.bash $(DESTDIR)$(BEQDATADIR)/beq-pick.bash
	install -m 644 shell/beq-pick.zsh $(DESTDIR)$(ZSHFUNCDIR)/beq-pick
	install -m 644 shell/beq-pick.fish $(DESTDIR)$(FISHFUNCDIR)/beq-pick.fish

# BEQDATADIR is beq's own: removed when empty; the shared ones stay.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/beq $(DESTDIR)$(MANDIR)/man1/beq.1 \
	    $(DESTDIR)$(MANDIR)/man5/beq.5 \
	    $(DESTDIR)$(BASHCOMPDIR)/beq $(DESTDIR)$(ZSHCOMPDIR)/_beq \
	    $(DESTDIR)$(FISHCOMPDIR)/beq.fish \
	    $(DESTDIR)$(BEQDATADIR)/beq-pick.bash \
	    $(DESTDIR)$(ZSHFUNCDIR)/beq-pick \
	    $(DESTDIR)$(FISHFUNCDIR)/beq-pick.fish
	if [ -d $(DESTDIR)$(BEQDATADIR) ]; then \
	    rmdir $(DESTDIR)$(BEQDATADIR) 2>/dev/null || :; fi

clean:
	rm -rf $(B) build beq

# ---- dependencies (Debian/Ubuntu) ----

# What the build and the tests need (make check, and make valgrind and
# make sanitize, which CI runs too): build: compiler, make, pkg-config,
# PCRE2, md4c, libarchive; tests: clang (the second compiler of
# tests/warnings.sh; libclang-rt-dev is its libFuzzer, for make fuzz),
# mandoc, man-db (man -l) and groff-base (groff, which renders the pages
# as man-db does, for tests/man-render.sh), the shells and
# bash-completion, fzf and tmux for the shell integration and terminal
# tests, procps (pgrep) for the quiz test, less and bsdutils (script) for
# the pager tests, python3 (a Unicode width judge), jq, valgrind,
# clang-format, and the archivers that build test archives. What only
# make bench needs is in BENCH_PACKAGES (make bench-deps,
# tests/bench/bench.mk), so that a benchmark tool a distribution lacks
# cannot break the test set-up.
DEB_PACKAGES = gcc make pkg-config libc6-dev libpcre2-dev libmd4c-dev \
	libarchive-dev clang libclang-rt-dev mandoc man-db groff-base bash \
	bash-completion zsh fish jq fzf tmux procps valgrind clang-format tar gzip \
	xz-utils zstd bzip2 zip p7zip-full less bsdutils python3
deps:
	@sudo=; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	missing=$$(for p in $(DEB_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
	    grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "installing:" $$missing; \
	    $$sudo apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq \
	        --no-install-recommends $$missing; \
	else echo "all build and test dependencies are installed" \
	    "(make bench-deps: the benchmark's)"; fi

# ---- style ----

FMT_FILES = $(wildcard src/*/*.c src/*/*.h tests/unit/*.c tests/unit/*.h \
	tests/diff/*.c tests/eval/*.c tests/fuzz/*.c)
fmt:
	clang-format -i $(FMT_FILES)

fmt-check:
	clang-format --dry-run -Werror $(FMT_FILES)

lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
	    --std=c11 $(SRC_DIRS:%=-I%) src

.PHONY: all check eval eval-morph print-compile-flags sanitize valgrind install uninstall \
	clean deps fmt fmt-check lint fuzz fuzz-replay bench bench-scale
