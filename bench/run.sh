#!/bin/sh
# run.sh -- throughput benchmark, run by hand (`make bench`), not in CI.
#
# Builds the optimized brass, makes a corpus of >= $BENCH_MB MB (default 200) in
# bench/out/ from the shared corpus and examples/ (repeated; each copy varied so
# that no two documents are identical), and prints MB/s, documents/s and peak
# RSS for: extract on 1 and 2 threads, ingest into SQLite, HTML reading and
# WARC.gz reading; then the npm package compromise (nlp(text).people()) against
# brass extract on the same first 5 MB.
#   BENCH_MB=50 sh bench/run.sh     a smaller corpus
#   BENCH_CORPUS=DIR                reports to start from (default ../shared/corpus)
set -eu
cd "$(dirname "$0")/.."
out=bench/out
corpus=${BENCH_CORPUS:-../shared/corpus}
target_mb=${BENCH_MB:-200}
brass=build/brass
mkdir -p "$out"

echo "== building"
make -s build/brass

# ---- the corpus: copies of every report, each with a varied last line ----
src_files=$(find "$corpus" examples -name '*.txt' 2>/dev/null | sort)
[ -n "$src_files" ] || { echo "bench: no reports under $corpus or examples/" >&2; exit 1; }
src_bytes=$(cat $src_files | wc -c)
copies=$(( (target_mb * 1000000 + src_bytes - 1) / src_bytes ))
if [ ! -f "$out/text/.done-$copies" ]; then
    echo "== making the corpus: $copies copies of $(echo "$src_files" | wc -l) reports ($src_bytes bytes)"
    rm -rf "$out/text"
    mkdir -p "$out/text"
    c=1
    while [ $c -le "$copies" ]; do
        d=$(printf '%s/text/c%04d' "$out" $c)
        mkdir -p "$d"
        # one awk run per copy writes every report of it
        awk -v dir="$d" -v copy=$c '
            FNR == 1 { if (f) { print "Filed with bench copy " copy " of " name "." > f; close(f) }
                       name = FILENAME; sub(/.*\//, "", name); n++; f = dir "/" n "-" name }
            { print > f }
            END { if (f) { print "Filed with bench copy " copy " of " name "." > f; close(f) } }
        ' $src_files
        c=$((c + 1))
    done
    touch "$out/text/.done-$copies"
fi
text_bytes=$(du -sb "$out/text" | cut -f1)
ndocs=$(find "$out/text" -name '*.txt' | wc -l)

# ---- HTML pages (the first tenth of the copies) and a WARC.gz of a few copies ----
html_copies=$(( copies / 10 > 0 ? copies / 10 : 1 ))
if [ ! -f "$out/html/.done-$html_copies" ]; then
    echo "== making HTML pages from $html_copies copies"
    rm -rf "$out/html"
    mkdir -p "$out/html"
    for d in $(ls -d "$out"/text/c* | head -n "$html_copies"); do
        hd="$out/html/$(basename "$d")"
        mkdir -p "$hd"
        awk -v dir="$hd" '
            function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); return s }
            function close_page() { if (f) { print "</article><aside class=\"related\"><a href=\"/\">More news</a></aside><footer>Bench News</footer></body></html>" > f; close(f) } }
            FNR == 1 { close_page(); name = FILENAME; sub(/.*\//, "", name); sub(/\.txt$/, ".html", name); f = dir "/" name
                       date = ""; if ($0 ~ /^ date [0-9]/) { date = substr($0, 7, 10) }
                       print "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" esc(name) "</title>" > f
                       if (date != "") print "<meta property=\"article:published_time\" content=\"" date "\">" > f
                       print "<script>var tracking = {page: 1};</script></head><body><header><nav><a href=\"/\">Home</a></nav></header><div class=\"share\">Share</div><article>" > f
                       if (date != "") next }
            { print "<p>" esc($0) "</p>" > f }
            END { close_page() }
        ' "$d"/*.txt
    done
    touch "$out/html/.done-$html_copies"
fi
html_bytes=$(du -sb "$out/html" | cut -f1)
warc_copies=$(( html_copies < 10 ? html_copies : 10 ))
warc="$out/pages-$html_copies-$warc_copies.warc.gz"
if [ ! -f "$warc" ]; then
    echo "== making a WARC.gz from $warc_copies copies of the HTML pages"
    rm -f "$out"/pages*.warc.gz
    mkdir -p "$out/warcsrc"
    rm -f "$out"/warcsrc/*.html
    for d in $(ls -d "$out"/html/c* | head -n "$warc_copies"); do
        for f in "$d"/*.html; do cp "$f" "$out/warcsrc/$(basename "$d")-$(basename "$f")"; done
    done
    sh tools/make-test-warc.sh "$warc" "$out/warcsrc"
fi
warc_bytes=$(wc -c < "$warc")

# ---- measuring ----
# Each figure is the best of BENCH_RUNS runs (default 3) with the input read
# once before them, so that it measures brass and not the disk or the page
# cache (this machine's may be reclaimed between runs) or a busy neighbour.
runs=${BENCH_RUNS:-3}

# warm PATH...: reads the files once so the runs find them in the page cache
warm() { find "$@" -type f -print0 | xargs -0 cat > /dev/null; }

# measure LABEL BYTES DOCS COMMAND...: wall time and peak RSS by /usr/bin/time;
# DOCS "-" counts the output lines
measure() {
    label=$1 bytes=$2 docs=$3
    shift 3
    secs= rss_kb=0
    run=1
    while [ $run -le "$runs" ]; do
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -f '%e %M' -o "$out/time" "$@" > "$out/stdout" 2> "$out/stderr" || true
            t=$(tail -n 1 "$out/time" | cut -d' ' -f1) r=$(tail -n 1 "$out/time" | cut -d' ' -f2)
        else
            t0=$(date +%s.%N)
            "$@" > "$out/stdout" 2> "$out/stderr" || true
            t=$(echo "$(date +%s.%N) - $t0" | bc) r=0
        fi
        if [ -z "$secs" ] || awk -v a="$t" -v b="$secs" 'BEGIN { exit !(a < b) }'; then secs=$t; fi
        [ "$r" -gt "$rss_kb" ] && rss_kb=$r
        run=$((run + 1))
    done
    [ "$docs" = - ] && docs=$(wc -l < "$out/stdout")
    awk -v l="$label" -v b="$bytes" -v d="$docs" -v s="$secs" -v r="$rss_kb" 'BEGIN {
        if (s < 0.01) s = 0.01
        printf "%-28s %8.1f MB %7.2f s %8.1f MB/s %9.0f docs/s %7.1f MB peak RSS\n", l, b / 1e6, s, b / 1e6 / s, d / s, r / 1024 }'
    echo "$secs" > "$out/last_secs"
}

echo "== results ($(nproc) CPUs; $ndocs text documents; best of $runs runs, page cache warmed)"
warm "$out/text" "$out/html" "$warc"
measure "extract, 1 thread" "$text_bytes" - "$brass" extract --quiet -j 1 "$out/text"
measure "extract, 2 threads" "$text_bytes" - "$brass" extract --quiet -j 2 "$out/text"
if "$brass" ingest --help > /dev/null 2>&1; then
    # each run into a new database: a second run would find every report stored
    measure "ingest into SQLite, -j 2" "$text_bytes" "$ndocs" sh -c 'rm -f "$1" "$1-wal" "$1-shm"; exec "$2" ingest --quiet --jobs 2 --db "$1" "$3"' \
        sh "$out/bench.db" "$brass" "$out/text"
else
    echo "ingest: skipped (no 'brass ingest' in this build)"
fi
measure "HTML reading + extract" "$html_bytes" - "$brass" extract --quiet -j 1 "$out/html"
measure "WARC.gz reading + extract" "$warc_bytes" - "$brass" extract --quiet -j 1 "$warc"
echo "   (WARC.gz MB are compressed bytes)"

# ---- compromise (JavaScript) on the first 5 MB ----
first=$(find "$out/text" -name '*.txt' | sort | awk -v max=5000000 '{ cmd = "wc -c < \"" $0 "\""; cmd | getline n; close(cmd); t += n; print; if (t >= max) exit }')
first_bytes=$(cat $first | wc -c)
if command -v node > /dev/null 2>&1 && command -v npm > /dev/null 2>&1; then
    if [ ! -d bench/node_modules/compromise ]; then
        echo "== installing compromise with npm into bench/node_modules"
        npm install --silent --no-save --no-package-lock --prefix bench compromise > /dev/null 2>&1 || true
    fi
fi
if [ -d bench/node_modules/compromise ]; then
    measure "brass extract, first 5 MB" "$first_bytes" - "$brass" extract --quiet -j 1 $first
    brass_secs=$(cat "$out/last_secs")
    runs=1  # some 40 s a run, and no page cache to speak of
    measure "compromise people(), 5 MB" "$first_bytes" - node bench/compromise.mjs $first
    comp_secs=$(cat "$out/last_secs")
    awk -v a="$brass_secs" -v b="$comp_secs" 'BEGIN { if (a < 0.01) a = 0.01; printf "brass is %.1f times as fast as compromise on the same 5 MB\n", b / a }'
else
    echo "compromise: skipped (no node/npm, or npm could not install it)"
fi
