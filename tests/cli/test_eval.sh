# test_eval.sh -- `brass eval`: same figures as eval/score.py, verbose evidence, bad gold, usage.
. tests/cli/lib.sh
D=tests/data/eval
SCORE=../shared/eval/score.py

# score.py is the reference; without it (or python3) only brass's own checks run
have_py=0
command -v python3 > /dev/null 2>&1 && [ -f "$SCORE" ] && have_py=1

same_as_score_py() {  # NAME GOLD PRED [--json|--verbose]: brass eval --pred vs score.py
    name=$1 gold=$2 pred=$3
    shift 3
    if [ $have_py = 0 ]; then ok "$name (skipped: no python3 or $SCORE)"; return; fi
    python3 "$SCORE" "$gold" "$pred" "$@" > "$TMP/py.out"
    "$BRASS" eval "$@" --pred "$pred" "$gold" | grep -v '^    evidence: ' > "$TMP/c.out"
    expect "$name" cmp -s "$TMP/py.out" "$TMP/c.out"
}

same_as_score_py "text figures equal score.py's" $D/gold.jsonl $D/pred.jsonl
same_as_score_py "--json equals score.py --json" $D/gold.jsonl $D/pred.jsonl --json
same_as_score_py "--verbose lines equal score.py's" $D/gold.jsonl $D/pred.jsonl --verbose

"$BRASS" eval --verbose --pred $D/pred.jsonl $D/gold.jsonl > "$TMP/out"
expect "exit 0" [ $? -eq 0 ]
expect "verbose shows the evidence of a false positive" \
    grep -A1 -q '^charlie: FP award Kestrel$' "$TMP/out"
expect "evidence line follows the FP" grep -q '^    evidence: The Kestrel jet was fired.$' "$TMP/out"
expect "misses are listed" grep -q '^delta: FN arrest Tomás Brenner$' "$TMP/out"
expect "event F1" grep -q '^event F1: 0.667$' "$TMP/out"

# many predictions made by random edits of a gold file (the dev corpus's, when present)
DEV=../shared/corpus/dev/gold.jsonl
[ -f "$DEV" ] || DEV=$D/gold.jsonl
if [ $have_py = 1 ]; then
    for seed in 1 2 3 4 5; do
        expect "perturb_pred.py runs ($seed)" python3 tests/cli/perturb_pred.py "$DEV" $seed -o "$TMP/p$seed.jsonl"
        same_as_score_py "random predictions $seed: text" "$DEV" "$TMP/p$seed.jsonl"
        same_as_score_py "random predictions $seed: --json" "$DEV" "$TMP/p$seed.jsonl" --json
        same_as_score_py "random predictions $seed: --verbose" "$DEV" "$TMP/p$seed.jsonl" --verbose
    done
fi

# awkward Unicode in names, posts and certainties: folding and case as Python does them
if [ $have_py = 1 ]; then
    for seed in 1 2 3; do
        expect "unicode_pred.py runs ($seed)" python3 tests/cli/unicode_pred.py $seed "$TMP/ug.jsonl" "$TMP/up.jsonl"
        same_as_score_py "random Unicode $seed: --verbose" "$TMP/ug.jsonl" "$TMP/up.jsonl" --verbose
    done
fi

# extraction then scoring equals `brass extract` piped to score.py
if [ -d examples ] && [ -f examples/gold.jsonl ]; then
    "$BRASS" extract examples > "$TMP/pred.jsonl"
    same_as_score_py "eval of examples/ equals extract + score.py" examples/gold.jsonl "$TMP/pred.jsonl"
    "$BRASS" eval examples/gold.jsonl examples > "$TMP/a.out"
    "$BRASS" eval --pred "$TMP/pred.jsonl" examples/gold.jsonl > "$TMP/b.out"
    expect "eval PATH scores what extract prints" cmp -s "$TMP/a.out" "$TMP/b.out"
fi

printf '{"doc": "x", "events": []}\n{"doc": "y", "events": [\n' > "$TMP/bad.jsonl"
"$BRASS" eval --pred $D/pred.jsonl "$TMP/bad.jsonl" > /dev/null 2> "$TMP/err"
expect "bad gold exits 1" [ $? -eq 1 ]
expect "bad gold named with its line" grep -q 'bad.jsonl:2: not JSON' "$TMP/err"
"$BRASS" eval --pred $D/pred.jsonl "$TMP/none.jsonl" > /dev/null 2> "$TMP/err"
expect "missing gold exits 1" [ $? -eq 1 ]
expect "missing gold named" grep -q 'none.jsonl' "$TMP/err"

printf 'A report with \377 in it.\n' > "$TMP/bad.txt"
printf 'A plain report.\n' > "$TMP/alpha.txt"
"$BRASS" eval $D/gold.jsonl "$TMP/bad.txt" "$TMP/alpha.txt" > "$TMP/out" 2> "$TMP/err"
expect "a bad report exits 1" [ $? -eq 1 ]
expect "the bad report is named" grep -q 'bad.txt: invalid UTF-8' "$TMP/err"
expect "the rest is still scored" grep -q '^3 gold documents have no output line' "$TMP/out"

"$BRASS" eval $D/gold.jsonl 2> /dev/null
expect "no reports is a usage error" [ $? -eq 2 ]
"$BRASS" eval 2> /dev/null
expect "no gold is a usage error" [ $? -eq 2 ]
"$BRASS" eval --bogus 2> /dev/null
expect "unknown option exits 2" [ $? -eq 2 ]
"$BRASS" eval --help > "$TMP/out"
expect "--help shows usage" grep -q 'usage: brass eval' "$TMP/out"
finish
