#!/bin/sh
# corpus.sh -- extraction quality floors on the shared corpus (seeds and dev),
# scored by the reference scorer; skipped when ../shared is not there.
# Prints "N passed, N failed" like the other test scripts.
set -u
: "${BRASS:=build/brass}"
root=$(git rev-parse --show-toplevel 2>/dev/null || pwd)
shared="$root/../shared"
passed=0
failed=0
if [ ! -d "$shared/corpus" ] || [ ! -f "$shared/eval/score.py" ] || ! command -v python3 >/dev/null; then
    echo "skip: no shared corpus at $shared (or no python3)"
    echo "0 passed, 0 failed"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# floor SET MIN_F1 MIN_PRECISION: extracts SET, scores it, checks the floors
floor() {
    set_name=$1 min_f1=$2 min_p=$3
    "$BRASS" extract "$shared/corpus/$set_name" > "$tmp/$set_name.jsonl" 2> "$tmp/err"
    python3 "$shared/eval/score.py" "$shared/corpus/$set_name/gold.jsonl" "$tmp/$set_name.jsonl" --json \
        > "$tmp/$set_name.score" 2>> "$tmp/err"
    read -r f1 p <<EOT
$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["f1"], r["precision"])' "$tmp/$set_name.score")
EOT
    if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) and float(sys.argv[3]) >= float(sys.argv[4]) else 1)' \
        "$f1" "$min_f1" "$p" "$min_p"; then
        echo "ok   $set_name F1 $f1 >= $min_f1, precision $p >= $min_p"
        passed=$((passed + 1))
    else
        echo "FAIL $set_name F1 $f1 (floor $min_f1), precision $p (floor $min_p)"
        failed=$((failed + 1))
    fi
}

# arg_floor SET FIELD MIN: argument accuracy on matched events (after floor SET)
arg_floor() {
    set_name=$1 field=$2 min=$3
    acc=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["arguments"][sys.argv[2]])' \
        "$tmp/$set_name.score" "$field")
    if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)' "$acc" "$min"; then
        echo "ok   $set_name $field accuracy $acc >= $min"
        passed=$((passed + 1))
    else
        echo "FAIL $set_name $field accuracy $acc (floor $min)"
        failed=$((failed + 1))
    fi
}

floor seeds 0.99 0.99
floor dev 0.93 0.97
arg_floor dev post 0.85
arg_floor dev by 0.85
arg_floor dev replacement 0.88
arg_floor dev date 0.88
arg_floor dev certainty 0.87
echo "$passed passed, $failed failed"
