# test_crash.sh -- `brass ingest` killed at random moments loses nothing: the database stays
# sound, each document is stored whole or not at all, a re-run completes it; and two
# ingests plus a reader on one database at once neither lose events nor see "database is locked".
# It compares what `brass events` lists, and each stored document with its number of
# events (tables documents and events), with a clean reference run.
. tests/cli/lib.sh

if ! "$BRASS" ingest --help > /dev/null 2>&1; then
    ok "crash safety (skipped: brass ingest not on this branch yet)"
    finish
    exit 0
fi
if ! command -v sqlite3 > /dev/null 2>&1; then
    ok "crash safety (skipped: no sqlite3 CLI; sh tools/install-deps.sh installs it)"
    finish
    exit 0
fi

# 1500 short made-up reports, each with its own people, so that every one is distinct
mkdir -p "$TMP/in"
awk -v dir="$TMP/in" 'BEGIN {
    for (i = 0; i < 1500; i++) {
        f = sprintf("%s/r%04d.txt", dir, i)
        printf " date 2024-03-%02d Test Wire\n", i % 28 + 1 > f
        printf "Major General Ivan Petrenko%d was dismissed as commander of the %dth Army on Monday, the Defence Ministry said. He was replaced by Colonel Lev Orlic%d.\nAdvertisement\n", i, i, i > f
        close(f)
    }
}'

not() { ! "$@"; }  # expect runs a command, and '!' is not one

events_of() {  # DB: each stored document with its number of events, then the events listed
    sqlite3 "$1" 'SELECT d.name, count(e.id) FROM documents d LEFT JOIN events e ON e.doc = d.id
                  GROUP BY d.id ORDER BY d.name'
    "$BRASS" events --db "$1" 2> /dev/null | sort
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }

t0=$(now_ms)
"$BRASS" ingest --db "$TMP/ref.db" "$TMP/in" > /dev/null 2> "$TMP/err"
expect "reference ingest exits 0" [ $? -eq 0 ]
span=$(($(now_ms) - t0))  # how long a whole ingest takes here: kills land within it
events_of "$TMP/ref.db" > "$TMP/ref.events"

# ---- SIGKILL at random moments ----
DB="$TMP/kill.db"
sound=0 kills=0 n=0 partial=0
while [ $n -lt 15 ]; do
    "$BRASS" ingest --db "$DB" "$TMP/in" > /dev/null 2>&1 &
    pid=$!
    # within the first third of a whole run: each resumes the last, so kills keep
    # landing mid-run; early ones land in schema creation, later ones mid-transaction
    sleep "$(awk -v s=$n -v span=$span 'BEGIN { srand(s + 7); printf "%.3f", rand() * span / 3000 }')"
    kill -9 $pid 2> /dev/null && kills=$((kills + 1))
    wait $pid 2> /dev/null
    if [ -f "$DB" ]; then
        [ "$(sqlite3 "$DB" 'PRAGMA integrity_check' 2>&1)" = ok ] && sound=$((sound + 1))
    else
        sound=$((sound + 1))
    fi
    if [ -f "$DB" ]; then
        # what a killed run left must be whole documents: compare with the reference
        sqlite3 "$DB" 'SELECT d.name, count(e.id) FROM documents d LEFT JOIN events e ON e.doc = d.id
                       GROUP BY d.id ORDER BY d.name' > "$TMP/left" 2> /dev/null
        docs=$(wc -l < "$TMP/left")
        [ "$docs" -gt 0 ] && [ "$docs" -lt 1500 ] && partial=$((partial + 1))
        grep -v -x -F -f "$TMP/ref.events" "$TMP/left" >> "$TMP/torn"
    fi
    n=$((n + 1))
done
expect "every document a killed run left has all its events" [ ! -s "$TMP/torn" ]
expect "some kills landed mid-run ($partial of $n left a part of the reports stored)" [ $partial -gt 0 ]
expect "integrity_check ok after each of $n SIGKILLs ($kills hit a running ingest)" [ $sound -eq $n ]
"$BRASS" ingest --db "$DB" "$TMP/in" > /dev/null 2> "$TMP/err"
expect "re-run after the kills exits 0" [ $? -eq 0 ]
events_of "$DB" > "$TMP/kill.events"
# a document half-written by a killed run would be skipped by the re-run (same content)
# and its missing events would show here; a duplicate would show too
expect "after kills and a re-run, the events equal a clean run's" cmp -s "$TMP/ref.events" "$TMP/kill.events"

# ---- two ingests and a reader at once ----
DB="$TMP/conc.db"
mkdir -p "$TMP/a" "$TMP/b"
for f in "$TMP"/in/r*.txt; do
    case $f in *[02468].txt) cp "$f" "$TMP/a/" ;; *) cp "$f" "$TMP/b/" ;; esac
done
"$BRASS" ingest --db "$DB" "$TMP/a" "$TMP/b" > /dev/null 2> "$TMP/err1" &
p1=$!
"$BRASS" ingest --db "$DB" "$TMP/b" "$TMP/a" > /dev/null 2> "$TMP/err2" &
p2=$!
(
    # queries refuse a database that does not exist yet; start once an ingest made it
    while [ ! -f "$DB" ]; do sleep 0.01; done
    while kill -0 $p1 2> /dev/null || kill -0 $p2 2> /dev/null; do
        "$BRASS" events --db "$DB" > /dev/null 2>> "$TMP/err3" || echo "reader failed" >> "$TMP/err3"
    done
) &
p3=$!
wait $p1
rc1=$?
wait $p2
rc2=$?
wait $p3
expect "concurrent ingests both exit 0" [ $rc1 -eq 0 ] && [ $rc2 -eq 0 ]
expect "no 'database is locked'" not grep -q -i 'locked\|busy' "$TMP/err1" "$TMP/err2" "$TMP/err3"
expect "the reader never failed" not grep -q 'reader failed' "$TMP/err3"
grep -q 'reader failed' "$TMP/err3" && sort "$TMP/err3" | uniq -c | head -5 >&2  # say why
expect "integrity_check ok after concurrent ingests" [ "$(sqlite3 "$DB" 'PRAGMA integrity_check')" = ok ]
events_of "$DB" > "$TMP/conc.events"
expect "concurrent ingests store each document once, nothing lost" cmp -s "$TMP/ref.events" "$TMP/conc.events"
finish
