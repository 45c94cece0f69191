#!/bin/sh
# make-test-warc.sh -- builds a small WARC from test HTML pages, for the reader's tests.
#
#   sh tools/make-test-warc.sh OUT DIR
#
# Every DIR/*.html becomes a 200 text/html `response` record for
# http://example.test/NAME, preceded by its `request` record; a page named
# *-chunked.html is sent with chunked transfer-encoding, *-gzip.html with gzip
# content-encoding, *-latin1.html as charset=iso-8859-1. A warcinfo record
# opens the archive, and a 404 and an image/png response are added, which the
# reader must skip. OUT ending in .gz gets one gzip member per record, as
# crawlers write them. Only POSIX sh, printf, wc and gzip are needed.
set -eu
out=$1
dir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$out"

# record TYPE URI PAYLOAD_FILE: appends one WARC record (gzipped if OUT is .gz)
record() {
    len=$(wc -c < "$3" | tr -d ' ')
    {
        printf 'WARC/1.0\r\n'
        printf 'WARC-Type: %s\r\n' "$1"
        [ -n "$2" ] && printf 'WARC-Target-URI: %s\r\n' "$2"
        printf 'WARC-Date: 2024-03-05T10:00:00Z\r\n'
        printf 'WARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\n' "$n"
        printf 'Content-Type: application/http; msgtype=%s\r\n' "$1"
        printf 'Content-Length: %s\r\n\r\n' "$len"
        cat "$3"
        printf '\r\n\r\n'
    } > "$tmp/rec"
    n=$((n + 1))
    case $out in
    *.gz) gzip -c -n "$tmp/rec" >> "$out" ;;
    *) cat "$tmp/rec" >> "$out" ;;
    esac
}

n=1
printf 'software: make-test-warc.sh\r\nformat: WARC File Format 1.0\r\n' > "$tmp/info"
record warcinfo "" "$tmp/info"

for page in "$dir"/*.html; do
    name=$(basename "$page")
    uri="http://example.test/$name"
    printf 'GET /%s HTTP/1.1\r\nHost: example.test\r\n\r\n' "$name" > "$tmp/req"
    record request "$uri" "$tmp/req"
    case $name in
    *-chunked.html)
        size=$(wc -c < "$page" | tr -d ' ')
        half=$((size / 2))
        {
            printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n'
            printf '%x\r\n' "$half"
            head -c "$half" "$page"
            printf '\r\n%x;ext=1\r\n' $((size - half))
            tail -c $((size - half)) "$page"
            printf '\r\n0\r\n\r\n'
        } > "$tmp/resp"
        ;;
    *-gzip.html)
        {
            printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n'
            gzip -c -n "$page"
        } > "$tmp/resp"
        ;;
    *-latin1.html)
        { printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n'; cat "$page"; } > "$tmp/resp"
        ;;
    *)
        { printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'; cat "$page"; } > "$tmp/resp"
        ;;
    esac
    record response "$uri" "$tmp/resp"
done

printf 'HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html><body><p>General Nobody was not found.</p></body></html>' > "$tmp/resp"
record response "http://example.test/missing.html" "$tmp/resp"
printf 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\211PNG\r\n' > "$tmp/resp"
record response "http://example.test/logo.png" "$tmp/resp"
