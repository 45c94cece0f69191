# Makefile -- builds libbrass, the brass CLI and the tests.
#
#   make            optimized build/brass and build/libbrass.a
#   make debug      build/debug/brass (-O0 -g)
#   make asan       build/asan/brass and tests with AddressSanitizer + UBSan
#   make test       every test, in the optimized and the sanitizer builds
#   make run        install missing Debian packages, build, ingest examples/, print the timeline
#   make deps       only install missing Debian packages (tools/install-deps.sh)
#   make fuzz       libFuzzer targets (clang), each run FUZZ_SECONDS
#   make bench      bench/run.sh (by hand, not in CI)

PKGS    := sqlite3 libutf8proc jansson gumbo zlib
CC      ?= cc
CSTD    := -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
INCLUDES := -Iinclude -Isrc -Ibuild/gen
LIBS    := $(PKG_LIBS) -lpthread -lm

OPT_FLAGS   := -O2 -g -DNDEBUG -flto=auto
DEBUG_FLAGS := -O0 -g
ASAN_FLAGS  := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

LIB_SRC  := $(sort $(wildcard src/util/*.c src/read/*.c src/extract/*.c src/resolve/*.c src/store/*.c src/answer/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
TEST_SUPPORT := tests/unit/harness.c
DATA     := $(sort $(wildcard data/*.txt))
GEN      := build/gen/lexicon_data.c

# $(call objs,VARIANT,SOURCES)
objs = $(patsubst %.c,build/$(1)/obj/%.o,$(2))

.PHONY: all debug asan test test-unit test-cli test-corpus run deps clean fuzz bench
# keep the test objects: deleting them as intermediates echoed an "rm" after the
# test run's closing "N passed, N failed" line, which CI reads
.SECONDARY:
all: build/brass

# ---- generated lexicon data: data/*.txt compiled into the binary ----
$(GEN): $(DATA) tools/embed-data.sh
	@mkdir -p $(dir $@)
	sh tools/embed-data.sh $(DATA) > $@.tmp && mv $@.tmp $@

# ---- one set of rules per build variant ----
define variant
build/$(1)/obj/%.o: %.c $(GEN) $$(wildcard include/*.h include/brass/*.h src/*/*.h)
	@mkdir -p $$(dir $$@)
	@echo "  CC  $(1) $$<"
	@$$(CC) $$(CSTD) $$(WARN) $(2) $$(INCLUDES) $$(PKG_CFLAGS) -c $$< -o $$@

build/$(1)/obj/gen.o: $(GEN)
	@mkdir -p $$(dir $$@)
	@echo "  CC  $(1) $$<"
	@$$(CC) $$(CSTD) $$(WARN) $(2) $$(INCLUDES) -c $$< -o $$@

build/$(1)/libbrass.a: $$(call objs,$(1),$$(LIB_SRC)) build/$(1)/obj/gen.o
	@rm -f $$@
	@echo "  AR  $$@"
	@ar rcs $$@ $$^

build/$(1)/brass: $$(call objs,$(1),$$(CLI_SRC)) build/$(1)/libbrass.a
	@echo "  LD  $$@"
	@$$(CC) $(2) $$^ -o $$@ $$(LIBS)

build/$(1)/tests/%: build/$(1)/obj/tests/unit/%.o build/$(1)/obj/tests/unit/harness.o build/$(1)/libbrass.a
	@mkdir -p $$(dir $$@)
	@echo "  LD  $$@"
	@$$(CC) $(2) $$^ -o $$@ $$(LIBS)

build/$(1)/tests-all: $$(patsubst tests/unit/%.c,build/$(1)/tests/%,$$(TEST_SRC)) build/$(1)/brass
endef

$(eval $(call variant,release,$(OPT_FLAGS)))
$(eval $(call variant,debug,$(DEBUG_FLAGS)))
$(eval $(call variant,asan,$(ASAN_FLAGS)))

build/brass: build/release/brass
	cp $< $@
build/libbrass.a: build/release/libbrass.a
	cp $< $@
all: build/libbrass.a

debug: build/debug/brass
asan: build/asan/brass build/asan/tests-all

# ---- tests ----
test: build/brass build/release/tests-all build/asan/tests-all
	@sh tests/run.sh

# ---- quick start ----
deps:
	@sh tools/install-deps.sh

run: deps
	$(MAKE) build/brass
	./build/brass ingest --db brass.db examples/
	./build/brass timeline --db brass.db

fuzz:
	@sh fuzz/run.sh

bench:
	@sh bench/run.sh

clean:
	rm -rf build
