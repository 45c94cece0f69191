#!/bin/sh
# run.sh -- runs every test: unit tests (optimized and sanitizer builds), CLI
# tests and the corpus floor; prints one closing "N passed, N failed" line.
# Called by `make test`, after the builds it needs.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

count() {  # adds the "N passed, N failed" line of $log to the totals
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    if [ -z "$line" ]; then
        failed=$((failed + 1))
        return
    fi
    p=${line%% passed*}
    f=${line#*passed, }
    f=${f%% failed*}
    passed=$((passed + p))
    failed=$((failed + f))
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

for variant in release asan; do
    for t in build/$variant/tests/test_*; do
        [ -x "$t" ] || continue
        echo "== $t"
        "$t" >"$log" 2>&1
        rc=$?
        grep -v '^ok ' "$log"
        count
        [ $rc -ne 0 ] && ! grep -q 'failed' "$log" && failed=$((failed + 1))
    done
done

# CLI and corpus tests are shell scripts printing their own "N passed, N failed".
for variant in release asan; do
    for t in tests/cli/test_*.sh; do
        [ -f "$t" ] || continue
        echo "== $t ($variant)"
        BRASS="build/$variant/brass" sh "$t" >"$log" 2>&1
        grep -v '^ok ' "$log"
        count
    done
done

if [ -f tests/corpus.sh ]; then
    echo "== tests/corpus.sh"
    BRASS=build/brass sh tests/corpus.sh >"$log" 2>&1
    cat "$log"
    count
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
