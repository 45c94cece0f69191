# test_read.sh -- the web-format readers through `brass extract`: a WARC.gz built by
# tools/make-test-warc.sh, stdin sniffing, JSONL field mapping, -j order, bad inputs.
. tests/cli/lib.sh

sh tools/make-test-warc.sh "$TMP/pages.warc.gz" tests/data/read/warc
"$BRASS" extract "$TMP/pages.warc.gz" > "$TMP/out" 2> "$TMP/err"
expect "warc.gz exits 0" [ $? -eq 0 ]
expect "warc.gz: four pages, 404/image/request skipped" [ "$(wc -l < "$TMP/out")" -eq 4 ]
expect "warc.gz: doc id is the target URI" grep -q '"doc":"http://example.test/a-plain.html"' "$TMP/out"
expect "warc.gz: gzip content-encoding and JSON-LD date" grep -q '"doc":"http://example.test/c-gzip.html","date":"2024-02-20"' "$TMP/out"
expect "warc.gz: latin-1 page decoded" grep -q '"title":"Café page"' "$TMP/out"

"$BRASS" extract - < "$TMP/pages.warc.gz" > "$TMP/out2"
expect "warc.gz on stdin is sniffed" cmp -s "$TMP/out" "$TMP/out2"
sh tools/make-test-warc.sh "$TMP/pages.warc" tests/data/read/warc
"$BRASS" extract "$TMP/pages.warc" > "$TMP/out2"
expect "plain .warc reads the same" cmp -s "$TMP/out" "$TMP/out2"

head -c 2000 "$TMP/pages.warc.gz" > "$TMP/cut.warc.gz"
"$BRASS" extract "$TMP/cut.warc.gz" "tests/data/read/report.html" > "$TMP/out" 2> "$TMP/err"
expect "truncated warc.gz exits 1" [ $? -eq 1 ]
expect "truncated warc.gz: file and offset named" grep -q 'cut.warc.gz: truncated gzip data: the file ends at byte offset 2000' "$TMP/err"
expect "truncated warc.gz: records before the cut kept" grep -q 'a-plain.html' "$TMP/out"
expect "truncated warc.gz: next file still read" grep -q '"doc":"report"' "$TMP/out"

"$BRASS" extract - < tests/data/read/report.html > "$TMP/out"
expect "HTML on stdin is sniffed" grep -q '"doc":"stdin","date":"2024-03-05"' "$TMP/out"
"$BRASS" extract --input jsonl - < tests/data/read/reports.jsonl > "$TMP/out" 2> "$TMP/err"
expect "jsonl on stdin: bad line named -:LINE" grep -q '^brass: -:4: bad JSON' "$TMP/err"
expect "jsonl: good lines kept" [ "$(wc -l < "$TMP/out")" -eq 2 ]

"$BRASS" extract --field text=body --field title=headline tests/data/read/reports.jsonl > "$TMP/out" 2> /dev/null
expect "--field maps JSONL names" grep -q '"title":"Renamed"' "$TMP/out"
"$BRASS" extract --field nope=x tests/data/read/reports.jsonl 2> "$TMP/err"
expect "--field with a bad role exits 2" [ $? -eq 2 ]
gzip -c tests/data/read/reports.jsonl > "$TMP/r.jsonl.gz"
"$BRASS" extract "$TMP/r.jsonl.gz" > "$TMP/out" 2> /dev/null
expect "jsonl.gz read" [ "$(wc -l < "$TMP/out")" -eq 2 ]

# -j: many documents, the output order is the input order whatever the thread count
mkdir -p "$TMP/many"
i=0
while [ $i -lt 60 ]; do
    printf 'Report %d: General Kel Maro%d was dismissed on Monday.\n' $i $i > "$TMP/many/r$(printf %03d $i).txt"
    i=$((i + 1))
done
"$BRASS" extract -j 1 "$TMP/many" > "$TMP/j1"
"$BRASS" extract -j 3 --quiet "$TMP/many" > "$TMP/j3"
expect "-j 3 output equals -j 1, in order" cmp -s "$TMP/j1" "$TMP/j3"
expect "-j output complete" [ "$(wc -l < "$TMP/j3")" -eq 60 ]
"$BRASS" extract -j 0 "$TMP/many" > "$TMP/j0"
expect "-j 0 (one per CPU) works" cmp -s "$TMP/j1" "$TMP/j0"
"$BRASS" extract -j 999 "$TMP/many" 2> /dev/null
expect "-j 999 exits 2" [ $? -eq 2 ]
"$BRASS" extract -j 2 "$TMP/many" 2> "$TMP/err" > /dev/null
expect "no progress line when stderr is not a terminal" [ ! -s "$TMP/err" ]
finish
