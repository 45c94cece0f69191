#!/bin/sh
# run.sh -- builds the libFuzzer targets with clang (ASan+UBSan) and runs each for
# FUZZ_SECONDS (default 60); prints execs/s and coverage per target. Crashing inputs
# land in build/fuzz/crashes/TARGET/ and make the run fail; keep each one as a
# regression file under tests/data/bad/ once fixed. Usage: make fuzz FUZZ_SECONDS=N
#   FUZZ_TARGETS="doc extract" limits the run to some targets.
set -eu
cd "$(dirname "$0")/.."
SECS=${FUZZ_SECONDS:-60}
CLANG=${CLANG:-clang}
command -v "$CLANG" > /dev/null 2>&1 || {
    echo "fuzz: clang not found; run 'sh tools/install-deps.sh fuzz'" >&2
    exit 2
}
OUT=build/fuzz
FLAGS="-std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 -fno-omit-frame-pointer
       -fsanitize=address,undefined -fno-sanitize-recover=all -Iinclude -Isrc -Ibuild/gen
       $(pkg-config --cflags sqlite3 libutf8proc jansson gumbo zlib)"
LIBS="$(pkg-config --libs sqlite3 libutf8proc jansson gumbo zlib) -lpthread -lm"

# ---- build: the library once (fuzzer-no-link), then one binary per target ----
make -s build/gen/lexicon_data.c
mkdir -p "$OUT/obj"
objs=""
for src in src/util/*.c src/read/*.c src/extract/*.c src/resolve/*.c src/store/*.c src/answer/*.c \
    build/gen/lexicon_data.c; do
    [ -f "$src" ] || continue
    obj="$OUT/obj/$(echo "$src" | tr / _).o"
    if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find include src -name '*.h' -newer "$obj")" ]; then
        $CLANG $FLAGS -fsanitize=fuzzer-no-link -c "$src" -o "$obj"
    fi
    objs="$objs $obj"
done

# TARGET SOURCE EXTRA-FLAGS SEEDS...
build_target() {
    name=$1 src=$2 extra=$3
    $CLANG $FLAGS $extra -fsanitize=fuzzer "$src" $objs -o "$OUT/fuzz_$name" $LIBS
}

# seed corpora come from test files and examples (copied, so libFuzzer may add to them)
seed() {  # TARGET FILES...
    dir="$OUT/corpus/$1"
    shift
    mkdir -p "$dir"
    for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/" ; done
    return 0
}

all="doc text html jsonl warc warcgz date attrib extract score"
# the store target needs the store stage's sources (src/store/), not there before it lands
ls src/store/*.c > /dev/null 2>&1 && all="$all store"
targets=${FUZZ_TARGETS:-$all}
for t in $targets; do
    case $t in
    doc) build_target doc fuzz/fuzz_doc.c "" && seed doc examples/*.txt tests/data/bad/* ;;
    text) build_target text fuzz/fuzz_read.c "-DFUZZ_EXT=\".txt\"" && seed text examples/*.txt ;;
    html) build_target html fuzz/fuzz_read.c "-DFUZZ_EXT=\".html\"" && seed html fuzz/seeds/*.html tests/data/*/*.html ;;
    jsonl) build_target jsonl fuzz/fuzz_read.c "-DFUZZ_EXT=\".jsonl\"" && seed jsonl fuzz/seeds/*.jsonl tests/data/*/*.jsonl examples/gold.jsonl ;;
    warc) build_target warc fuzz/fuzz_read.c "-DFUZZ_EXT=\".warc\"" && seed warc fuzz/seeds/*.warc tests/data/*/*.warc ;;
    warcgz) build_target warcgz fuzz/fuzz_read.c "-DFUZZ_EXT=\".warc.gz\"" && seed warcgz fuzz/seeds/*.warc.gz tests/data/*/*.warc.gz ;;
    date) build_target date fuzz/fuzz_date.c "" && seed date fuzz/seeds/*.date ;;
    attrib) build_target attrib fuzz/fuzz_attrib.c "" && seed attrib fuzz/seeds/*.date examples/*.txt ;;
    extract) build_target extract fuzz/fuzz_extract.c "" && seed extract examples/*.txt ;;
    store) build_target store fuzz/fuzz_store.c "" && seed store examples/*.txt ;;
    score) build_target score fuzz/fuzz_score.c "" && seed score fuzz/seeds/*.score ;;
    *) echo "fuzz: unknown target $t (targets: $all)" >&2; exit 2 ;;
    esac
done

# ---- run ----
status=0
printf '%-8s %6s %10s %8s %6s %6s %s\n' target secs execs exec/s cov ft crashes
for t in $targets; do
    mkdir -p "$OUT/crashes/$t"
    log="$OUT/fuzz_$t.log"
    # -rss_limit_mb: a gzip bomb must not be inflated into memory
    case $t in
    html) dict=html ;; warc | warcgz) dict=warc ;; jsonl | score) dict=json ;; *) dict=text ;;
    esac
    "$OUT/fuzz_$t" -dict="fuzz/dicts/$dict.dict" -max_total_time="$SECS" -print_final_stats=1 -rss_limit_mb=2048 -timeout=10 \
        -max_len=65536 -artifact_prefix="$OUT/crashes/$t/" "$OUT/corpus/$t" > "$log" 2>&1 || status=1
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    crashes=$(ls "$OUT/crashes/$t" | wc -l)
    printf '%-8s %6s %10s %8s %6s %6s %s\n' "$t" "$SECS" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$crashes"
    [ "$crashes" -eq 0 ] || status=1
done
[ $status -eq 0 ] || echo "fuzz: failures; see $OUT/fuzz_*.log and $OUT/crashes/" >&2
exit $status
