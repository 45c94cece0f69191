# lib.sh -- helpers for CLI tests: source it, call ok/fail, end with `finish`.
# $BRASS is the binary under test; $TMP a scratch directory removed at exit.
: "${BRASS:=build/brass}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
_passed=0
_failed=0
ok() { _passed=$((_passed + 1)); echo "ok   $1"; }
fail() { _failed=$((_failed + 1)); echo "FAIL $1"; }
# expect NAME COND...: runs the condition command, ok if it succeeds.
expect() {
    name=$1
    shift
    if "$@"; then ok "$name"; else fail "$name"; fi
}
finish() { echo "$_passed passed, $_failed failed"; }
