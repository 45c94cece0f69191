# test_robust.sh -- hostile input: each bad file gets a clear message naming it, the run goes on, nothing crashes.
# Big inputs are made here at test time, never committed. Cases for a format whose
# reader is not on this branch yet are skipped with a note ("not supported yet").
. tests/cli/lib.sh
not() { ! "$@"; }  # expect runs a command, and '!' is not one

printf 'General Ivan Petrenko was dismissed on Monday.\n' > "$TMP/good.txt"

# run_brass NAME ARGS...: runs `brass extract ARGS` (60 s at most) into $TMP/out and
# $TMP/err; records a failure when it crashed, hung or a sanitizer spoke.
run_brass() {
    rname=$1
    shift
    timeout 60 "$BRASS" extract "$@" > "$TMP/out" 2> "$TMP/err"
    rc=$?
    if [ $rc -ge 124 ] || grep -q -e 'Sanitizer' -e 'runtime error' "$TMP/err"; then
        fail "$rname: crashed or hung (exit $rc)"
        head -n 5 "$TMP/err"
        return 1
    fi
    return 0
}

# bad_input NAME FILE PATTERN: FILE then a good file; FILE is named with PATTERN in
# the message, the exit status is 1 and the good file is still read.
bad_input() {
    case_=$1 file=$2 pattern=$3
    run_brass "$case_" "$file" "$TMP/good.txt" || return
    if grep -q 'not supported yet' "$TMP/err"; then
        ok "$case_ (skipped: reader not on this branch yet)"
        return
    fi
    expect "$case_: exit 1" [ $rc -eq 1 ]
    expect "$case_: message names the file" grep -q -F -e "$file" "$TMP/err"
    expect "$case_: message says what: $pattern" grep -q -e "$pattern" "$TMP/err"
    expect "$case_: the next file is still read" grep -q '"doc":"good"' "$TMP/out"
}

# survives NAME FILE: FILE may be accepted or refused, but the run must end cleanly
# (exit 0 or 1, a message naming the file when 1) and go on to the next file.
survives() {
    case_=$1 file=$2
    run_brass "$case_" "$file" "$TMP/good.txt" || return
    if grep -q 'not supported yet' "$TMP/err"; then
        ok "$case_ (skipped: reader not on this branch yet)"
        return
    fi
    expect "$case_: exit 0 or 1" [ $rc -le 1 ]
    [ $rc -eq 1 ] && expect "$case_: refusal names the file" grep -q -F -e "$file" "$TMP/err"
    expect "$case_: the next file is still read" grep -q '"doc":"good"' "$TMP/out"
}

# ---- UTF-8 and NUL ----
printf 'A \300\257 slash\n' > "$TMP/overlong.txt"
bad_input "overlong UTF-8" "$TMP/overlong.txt" 'invalid UTF-8 at byte offset 2'
printf 'A \355\240\200 surrogate\n' > "$TMP/surrogate.txt"
bad_input "UTF-16 surrogate in UTF-8" "$TMP/surrogate.txt" 'invalid UTF-8'
printf 'Cut short \342\202' > "$TMP/truncated.txt"
bad_input "truncated UTF-8 sequence" "$TMP/truncated.txt" 'invalid UTF-8 at byte offset 10'
printf '\377\376G\000e\000n\000' > "$TMP/utf16.txt"
bad_input "UTF-16 file" "$TMP/utf16.txt" 'invalid UTF-8'
printf 'A general\000 was fired.\n' > "$TMP/nul.txt"
bad_input "NUL byte" "$TMP/nul.txt" 'NUL byte at offset 9'
head -c 65536 /dev/urandom > "$TMP/random.txt"
survives "random bytes" "$TMP/random.txt"
: > "$TMP/empty.txt"
bad_input "empty file" "$TMP/empty.txt" 'empty'

# ---- size ----
# big_input NAME FILE: must end within 20 s (a 50 MB line takes about 2 s), exit 0 or 1
# without a sanitizer report, and go on to the next file. Time that grows with the
# square of the input shows up here; a known case is noted rather than failed.
big_input() {
    case_=$1 file=$2
    timeout 20 "$BRASS" extract "$file" "$TMP/good.txt" > "$TMP/out" 2> "$TMP/err"
    rc=$?
    if [ $rc -eq 124 ] && [ -n "${3:-}" ]; then
        ok "$case_ (KNOWN ISSUE: $3)"
        return
    fi
    expect "$case_: ends in 20 s" [ $rc -ne 124 ]
    expect "$case_: exit 0 or 1" [ $rc -le 1 ]
    expect "$case_: no sanitizer report" not grep -q -e Sanitizer -e 'runtime error' "$TMP/err"
    expect "$case_: the next file is still read" grep -q '"doc":"good"' "$TMP/out"
}
# 50 MB (8 MB under the sanitizers, which are ten times slower), made here, never committed
mb=50
case "$BRASS" in *asan*) mb=8 ;; esac
yes 'the commander of the army was dismissed and' | tr '\n' ' ' | head -c $((mb * 1024 * 1024)) > "$TMP/big.txt"
big_input "a ${mb} MB single line of trigger words" "$TMP/big.txt"
yes 'General Ivan Petrenko was dismissed as commander of the army on Monday, the ministry said.' |
    head -c $((mb * 1024 * 1024)) > "$TMP/big.txt"
big_input "${mb} MB of ordinary sentences" "$TMP/big.txt"
rm -f "$TMP/big.txt"

# ---- paths ----
cp "$TMP/good.txt" "$TMP/with space.txt"
run_brass "path with a space" "$TMP/with space.txt" &&
    expect "path with a space is read" grep -q '"doc":"with space"' "$TMP/out"
nl_file="$TMP/new
line.txt"
cp "$TMP/good.txt" "$nl_file"
run_brass "path with a newline" "$nl_file" &&
    expect "path with a newline is read, id escaped in JSON" grep -q '"doc":"new\\nline"' "$TMP/out"
mkdir -p "$TMP/loop/sub"
cp "$TMP/good.txt" "$TMP/loop/sub/inner.txt"
ln -s .. "$TMP/loop/sub/up"
if run_brass "symlink loop in a directory" "$TMP/loop"; then
    expect "symlink loop: the file is read" grep -q '"doc":"inner"' "$TMP/out"
    n=$(grep -c '"doc":"inner"' "$TMP/out")
    expect "symlink loop: the file is read once" [ "$n" -eq 1 ]
fi
# a FIFO inside a walked directory must not block the run (no writer will ever come)
mkdir -p "$TMP/fifo"
cp "$TMP/good.txt" "$TMP/fifo/good.txt"
if mkfifo "$TMP/fifo/pipe.txt" 2> /dev/null; then
    timeout 5 "$BRASS" extract "$TMP/fifo" > "$TMP/out" 2> "$TMP/err"
    rc=$?
    expect "FIFO in a directory does not block" [ $rc -ne 124 ]
    expect "FIFO in a directory: the run goes on" grep -q '"doc":"good"' "$TMP/out"
fi
mkdir -p "$TMP/dir.txt"
survives "a directory named like a report" "$TMP/dir.txt"
run_brass "missing file" "$TMP/missing.txt" "$TMP/good.txt" &&
    expect "missing file named" grep -q 'missing.txt' "$TMP/err"

# unreadable file and unsearchable directory: root reads everything, so as root the
# check runs as nobody (setpriv) in a directory nobody may enter
if [ "$(id -u)" = 0 ] && ! command -v setpriv > /dev/null 2>&1; then
    ok "unreadable file (skipped: root without setpriv)"
else
    pub=$(mktemp -d)
    chmod 755 "$pub"
    cp "$TMP/good.txt" "$pub/good.txt"
    printf 'secret\n' > "$pub/locked.txt"
    chmod 000 "$pub/locked.txt"
    mkdir "$pub/closed"
    cp "$TMP/good.txt" "$pub/closed/hidden.txt"
    chmod 600 "$pub/closed"
    as_user=""
    [ "$(id -u)" = 0 ] && as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
    $as_user "$BRASS" extract "$pub/locked.txt" "$pub/closed" "$pub/good.txt" > "$TMP/out" 2> "$TMP/err"
    rc=$?
    expect "unreadable file: exit 1" [ $rc -eq 1 ]
    expect "unreadable file named" grep -q 'locked.txt.*[Pp]ermission denied' "$TMP/err"
    expect "unsearchable directory named" grep -q 'closed.*[Pp]ermission denied' "$TMP/err"
    expect "the readable file is still read" grep -q '"doc":"good"' "$TMP/out"
    chmod -R 755 "$pub"
    rm -rf "$pub"
fi

# ---- HTML ----
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "<div>"; print "deep"; }' > "$TMP/deep.html"
survives "HTML nested 100000 deep" "$TMP/deep.html"
printf '<html><body><p>Unclosed <b>tags <i>every<table><tr><td>where' > "$TMP/broken.html"
survives "broken HTML" "$TMP/broken.html"
printf '<html>\377</html>' > "$TMP/badutf.html"
survives "HTML with invalid UTF-8" "$TMP/badutf.html"

# ---- JSONL ----
{
    echo '{"doc": "j1", "text": 5}'
    echo '{"doc": ["x"], "text": "A report."}'
    echo '[1, 2, 3]'
    echo '{"doc": "j4", "text": "cut'
    echo '{"doc": "j5", "text": "A general was fired.", "date": 20240101}'
} > "$TMP/types.jsonl"
survives "JSONL with wrong types" "$TMP/types.jsonl"

# ---- compressed: a gzip bomb (1 GB of zeros in about 1 MB) ----
if command -v python3 > /dev/null 2>&1; then
    python3 -c '
import sys, zlib
c = zlib.compressobj(9, zlib.DEFLATED, 31)
z = bytes(1 << 20)
out = open(sys.argv[1], "wb")
for _ in range(1024):
    out.write(c.compress(z))
out.write(c.flush())
' "$TMP/bomb.warc.gz"
    cp "$TMP/bomb.warc.gz" "$TMP/bomb.jsonl.gz"
    survives "gzip bomb as WARC" "$TMP/bomb.warc.gz"
    survives "gzip bomb as JSONL" "$TMP/bomb.jsonl.gz"
else
    ok "gzip bomb (skipped: no python3 to make it)"
fi
printf 'not gzip at all' > "$TMP/fake.warc.gz"
survives "a .gz file that is not gzip" "$TMP/fake.warc.gz"

# ---- WARC ----
body='<html><body><p>General Ivan Petrenko was dismissed.</p></body></html>'
printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n%s' "$body" > "$TMP/truncated.warc"
survives "truncated WARC record" "$TMP/truncated.warc"
printf 'WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\n' > "$TMP/hugelen.warc"
survives "WARC with an absurd Content-Length" "$TMP/hugelen.warc"
printf 'WARC/1.0\r\nContent-Length: -5\r\n\r\nxx' > "$TMP/neglen.warc"
survives "WARC with a negative Content-Length" "$TMP/neglen.warc"

# ---- regression inputs kept from fuzzing (tests/data/bad/*) ----
for f in tests/data/bad/*; do
    [ -f "$f" ] || continue
    survives "fuzz regression $(basename "$f")" "$f"
done
finish
