#!/bin/sh
# ctest's self_check: `textdesk self-check` passes only when it exits with 0 AND says so
# (PASS_REGULAR_EXPRESSION alone would let a crash after the last line pass).
out=$("$1" self-check 2>&1)
code=$?
printf '%s\n' "$out"
if [ "$code" -ne 0 ]; then
    echo "self_check: textdesk self-check exited with $code"
    exit 1
fi
printf '%s\n' "$out" | grep -q 'All checks passed' || { echo "self_check: no 'All checks passed'"; exit 1; }
