# test_extract.sh -- `brass extract`: output shape, date lines, bad input, exit codes.
. tests/cli/lib.sh

printf ' date 2023-07-13 some site\nA general was mentioned.\n' > "$TMP/one.txt"
"$BRASS" extract "$TMP/one.txt" > "$TMP/out" 2> "$TMP/err"
expect "extract exits 0" [ $? -eq 0 ]
expect "doc id is the file name" grep -q '"doc":"one"' "$TMP/out"
expect "date line gives the date" grep -q '"date":"2023-07-13"' "$TMP/out"

printf 'bad \377 byte\n' > "$TMP/bad.txt"
: > "$TMP/empty.txt"
"$BRASS" extract "$TMP/bad.txt" "$TMP/empty.txt" "$TMP/one.txt" > "$TMP/out" 2> "$TMP/err"
expect "bad input exits 1" [ $? -eq 1 ]
expect "invalid UTF-8 named with offset" grep -q 'bad.txt: invalid UTF-8 at byte offset 4' "$TMP/err"
expect "empty file named" grep -q 'empty.txt: empty file' "$TMP/err"
expect "other inputs still processed" grep -q '"doc":"one"' "$TMP/out"

printf 'nul\000byte\n' > "$TMP/nul.txt"
"$BRASS" extract "$TMP/nul.txt" > /dev/null 2> "$TMP/err"
expect "NUL byte named" grep -q 'nul.txt: NUL byte at offset 3' "$TMP/err"

"$BRASS" extract "$TMP/missing.txt" > /dev/null 2> "$TMP/err"
expect "missing file exits 1" [ $? -eq 1 ]

printf 'From stdin.\n' | "$BRASS" extract - > "$TMP/out"
expect "stdin is read" grep -q '"doc":"stdin"' "$TMP/out"

"$BRASS" extract --format text "$TMP/one.txt" > "$TMP/out"
expect "text format" grep -q '^one 2023-07-13: 0 events' "$TMP/out"

"$BRASS" extract --bogus 2> /dev/null
expect "unknown option exits 2" [ $? -eq 2 ]
"$BRASS" extract --help > "$TMP/out"
expect "--help exits 0 and shows usage" grep -q 'usage: brass extract' "$TMP/out"

mkdir -p "$TMP/dir/sub"
cp "$TMP/one.txt" "$TMP/dir/sub/two.txt"
cp "$TMP/one.txt" "$TMP/dir/a.txt"
echo '{}' > "$TMP/dir/gold.jsonl"
"$BRASS" extract "$TMP/dir" > "$TMP/out"
expect "directory walked recursively in order, .jsonl left out" \
    [ "$(grep -o '"doc":"[a-z]*"' "$TMP/out" | tr '\n' ' ')" = '"doc":"a" "doc":"two" ' ]
finish
