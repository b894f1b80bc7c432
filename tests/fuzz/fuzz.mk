# Fuzzing (STYLE.md, "Fuzzing"): included from the top Makefile, which
# provides CC, ALL_CPPFLAGS, ALL_CFLAGS, LDFLAGS, LIBS, LIB, LIB_OBJ and B.
#
#   make fuzz-replay   every harness, built with $(CC) against LIB_OBJ,
#                      runs its seeds (crash inputs included) as TAP tests
#   make fuzz          every harness, built with clang's libFuzzer, ASan
#                      and UBSan from the library sources, runs for
#                      FUZZ_SECONDS on a copy of its seeds; fails on a crash
#
# New inputs libFuzzer finds stay in $(B)/fuzz/corpus-HARNESS; a crash is
# written to $(B)/fuzz/crash-HARNESS-*. Copy it to
# tests/fuzz/seeds/HARNESS/crash-NAME to make it a regression test: until
# the bug is fixed, replay reports it "not ok" and make fuzz stops on it
# at once. For a long run meanwhile, build in another directory with the
# harnesses stepping around the bugs of their crash-* seeds (each harness
# lists them) and the null-pointer-with-size-0 UBSan checks off:
#   make fuzz FUZZ_DIR=build/fuzz-skip FUZZ_FLAGS="-DFUZZ_SKIP_KNOWN_BUGS
#       -fno-sanitize=nonnull-attribute,pointer-overflow"

FUZZ_HARNESSES = fuzz_index fuzz_query fuzz_corpus fuzz_json fuzz_conf \
	fuzz_state
FUZZ_SECONDS ?= 60
FUZZ_MAX_LEN ?= 65536
FUZZ_CLANG ?= clang
FUZZ_SANITIZE = -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined -fno-omit-frame-pointer \
	-fsanitize-coverage-ignorelist=$(FUZZ_SRC_DIR)/coverage-ignore.txt
FUZZ_CFLAGS ?= -O1 -g
FUZZ_FLAGS ?=
FUZZ_DIR = $(B)/fuzz
FUZZ_SRC_DIR = tests/fuzz
FUZZ_LIB_SRC = $(foreach m,$(LIB),$(wildcard $(SRC_DIRS:%=%/$(m).c)))
FUZZ_REPLAY = $(FUZZ_HARNESSES:%=$(FUZZ_DIR)/replay-%)
FUZZ_BIN = $(FUZZ_HARNESSES:%=$(FUZZ_DIR)/%)
# UBSan findings stop the run (and so count as crashes); leaks are checked
FUZZ_ENV = UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	ASAN_OPTIONS=detect_leaks=1

# --- replay: the normal compiler and flags, the normal library objects ---

$(FUZZ_HARNESSES:%=$(FUZZ_DIR)/obj/%.o): $(FUZZ_DIR)/obj/%.o: \
    $(FUZZ_SRC_DIR)/%.c
	@mkdir -p $(@D)
	@echo "# CC $@"
	@$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

# replay.c is compiled once per harness, for the name it prints
$(FUZZ_HARNESSES:%=$(FUZZ_DIR)/obj/replay-%.o): $(FUZZ_DIR)/obj/replay-%.o: \
    $(FUZZ_SRC_DIR)/replay.c
	@mkdir -p $(@D)
	@echo "# CC $@"
	@$(CC) $(ALL_CPPFLAGS) -DFUZZ_HARNESS='"$*"' $(ALL_CFLAGS) \
	    -c $< -o $@

$(FUZZ_REPLAY): $(FUZZ_DIR)/replay-%: $(FUZZ_DIR)/obj/replay-%.o \
    $(FUZZ_DIR)/obj/%.o $(LIB_OBJ)
	@echo "# LD $@"
	@$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LIBS) -o $@

# One TAP stream over all harnesses, the plan at the end.
fuzz-replay: $(FUZZ_REPLAY)
	@n=0; fail=0; \
	for h in $(FUZZ_HARNESSES); do \
		$(FUZZ_DIR)/replay-$$h -n $$n $(FUZZ_SRC_DIR)/seeds/$$h \
		    > $(FUZZ_DIR)/replay-$$h.tap || fail=1; \
		cat $(FUZZ_DIR)/replay-$$h.tap; \
		n=$$((n + $$(grep -c '^\(not \)\{0,1\}ok ' \
		    $(FUZZ_DIR)/replay-$$h.tap))); \
	done; \
	echo "1..$$n"; \
	exit $$fail

# --- libFuzzer: clang compiles the library sources with the sanitizers ---

$(FUZZ_BIN): $(FUZZ_DIR)/%: $(FUZZ_SRC_DIR)/%.c $(FUZZ_SRC_DIR)/fuzz.h \
    $(FUZZ_SRC_DIR)/coverage-ignore.txt $(FUZZ_LIB_SRC) $(wildcard src/*/*.h)
	@mkdir -p $(@D)
	$(FUZZ_CLANG) $(filter-out -MMD -MP,$(ALL_CPPFLAGS)) $(ALL_CFLAGS) \
	    $(FUZZ_CFLAGS) $(FUZZ_SANITIZE) $(FUZZ_FLAGS) $(LDFLAGS) \
	    $< $(FUZZ_LIB_SRC) $(LIBS) -o $@

# Runs every harness on a fresh copy of its seeds (libFuzzer adds to it)
# and fails when one crashes, leaks or trips a sanitizer.
fuzz: $(FUZZ_BIN)
	@fail=0; \
	for h in $(FUZZ_HARNESSES); do \
		rm -rf $(FUZZ_DIR)/corpus-$$h; \
		mkdir -p $(FUZZ_DIR)/corpus-$$h; \
		cp $(FUZZ_SRC_DIR)/seeds/$$h/* $(FUZZ_DIR)/corpus-$$h/; \
		dict=; \
		if [ -f $(FUZZ_SRC_DIR)/$$h.dict ]; then \
			dict=-dict=$(FUZZ_SRC_DIR)/$$h.dict; \
		fi; \
		echo "fuzz: $$h for $(FUZZ_SECONDS)s"; \
		if $(FUZZ_ENV) $(FUZZ_DIR)/$$h $$dict \
		    -max_total_time=$(FUZZ_SECONDS) \
		    -max_len=$(FUZZ_MAX_LEN) -timeout=10 -rss_limit_mb=2048 \
		    -print_final_stats=1 \
		    -artifact_prefix=$(FUZZ_DIR)/crash-$$h- \
		    $(FUZZ_DIR)/corpus-$$h > $(FUZZ_DIR)/$$h.log 2>&1; then \
			grep -E '^(Done|stat::average_exec_per_sec)' \
			    $(FUZZ_DIR)/$$h.log | sed "s/^/fuzz: $$h: /"; \
		else \
			fail=1; \
			echo "fuzz: $$h FAILED (log: $(FUZZ_DIR)/$$h.log)"; \
			grep -E 'ERROR|SUMMARY|Test unit written|==[0-9]+==' \
			    $(FUZZ_DIR)/$$h.log | head -20; \
		fi; \
	done; \
	exit $$fail

-include $(wildcard $(FUZZ_DIR)/obj/*.d)

.PHONY: fuzz fuzz-replay
