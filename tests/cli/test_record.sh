# test_record.sh -- the cross-report record on our own reports (tests/data/record): one person per
# real person across spellings, namesakes apart, merged events with conflicts, a three-holder
# succession, and the same record whether the reports come at once or one batch after another.
. tests/cli/lib.sh
DATA=tests/data/record
DB="$TMP/r.db"
# json FILE EXPR: prints a Python expression over the parsed JSON in FILE ("d").
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }

"$BRASS" ingest --db "$DB" "$DATA" 2> "$TMP/err"
expect "ingest exits 0" [ $? -eq 0 ]
"$BRASS" person --db "$DB" --all --format json > "$TMP/all"
expect "six persons across nine reports" [ "$(json "$TMP/all" 'len(d)')" = 6 ]

"$BRASS" person --db "$DB" --format json "Ekang Ndong Pascal" > "$TMP/p"
expect "reordered name is one person" [ "$(json "$TMP/p" 'len(d["aliases"])')" = 2 ]
expect "reordered name: one event, two sources" \
    [ "$(json "$TMP/p" '[len(e["sources"]) for e in d["events"]]')" = "[2]" ]

"$BRASS" person --db "$DB" --format json "Omar Khalil Farouk" > "$TMP/p"
expect "middle name and nickname: one person" [ "$(json "$TMP/p" 'len(d["aliases"])')" = 2 ]
expect "one death told twice" [ "$(json "$TMP/p" '[(e["type"], len(e["sources"])) for e in d["events"]]')" = "[('death', 2)]" ]

"$BRASS" person --db "$DB" --format json "Stanislav Lebedeva" > "$TMP/p"
expect "feminine misspelling joins the man" [ "$(json "$TMP/p" 'd["name"]')" = "Stanislav Lebedev" ]
expect "dismissal has three sources, strongest certainty" \
    [ "$(json "$TMP/p" '[(len(e["sources"]), e["certainty"]) for e in d["events"]]')" = "[(3, 'confirmed')]" ]
expect "the disputed date is flagged" \
    [ "$(json "$TMP/p" '[c["field"] for c in d["events"][0]["conflicts"]]')" = "['date']" ]

"$BRASS" person --db "$DB" --format json "Arkady Lebedev" > "$TMP/p"
expect "namesake with another first name stays apart" [ "$(json "$TMP/p" 'len(d["events"])')" = 1 ]
"$BRASS" person --db "$DB" "Lebedev" > /dev/null 2> "$TMP/err"
expect "a surname two people share is refused" [ $? -eq 1 ]

"$BRASS" post --db "$DB" --format json "Northern Fleet" > "$TMP/post"
expect "three holders in order" \
    [ "$(json "$TMP/post" '[h["person"] for h in d["holders"]]')" = "['Stanislav Lebedev', 'Gleb Chaikin', 'Roman Zhukov']" ]
expect "terms meet" \
    [ "$(json "$TMP/post" '[(h["from"], h["to"]) for h in d["holders"]]')" = "[(None, '2022-11-14'), ('2022-11-14', '2024-04-08'), ('2024-04-08', None)]" ]
"$BRASS" post --db "$DB" --format json --on 2023-06 "Northern Fleet" > "$TMP/post"
expect "holder on a date" [ "$(json "$TMP/post" '[h["person"] for h in d["holders"]]')" = "['Gleb Chaikin']" ]

# Incremental: the reports in two batches, the later ones first, give the same record.
mkdir "$TMP/late" "$TMP/early"
for f in "$DATA"/*.txt; do
    case $(basename "$f") in b[6-9]*) cp "$f" "$TMP/late/" ;; *) cp "$f" "$TMP/early/" ;; esac
done
"$BRASS" ingest --db "$TMP/i.db" "$TMP/late" 2> /dev/null
"$BRASS" ingest --db "$TMP/i.db" "$TMP/early" 2> /dev/null
"$BRASS" timeline --db "$DB" --format json > "$TMP/t1"
"$BRASS" timeline --db "$TMP/i.db" --format json > "$TMP/t2"
shape='sorted((e["type"], e["person"], e["date"], len(e["sources"]), len(e["conflicts"])) for e in d)'
expect "incremental ingest gives the same merged events" [ "$(json "$TMP/t1" "$shape")" = "$(json "$TMP/t2" "$shape")" ]
"$BRASS" post --db "$TMP/i.db" --format json "Northern Fleet" > "$TMP/post"
expect "and the same succession" \
    [ "$(json "$TMP/post" '[h["person"] for h in d["holders"]]')" = "['Stanislav Lebedev', 'Gleb Chaikin', 'Roman Zhukov']" ]
finish
