#!/bin/sh
# Fails when a .ts file lags behind the code: runs lupdate, with the options the build uses,
# on a copy of each file and compares the result with the committed file.
# Usage: check_up_to_date.sh LUPDATE SOURCE_LIST "LUPDATE OPTIONS" PLURALS_TS TS...
set -eu
lupdate=$1 list=$2 options=$3 plurals=$4
shift 4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
check() { # file extra-option
    copy="$tmp/$(basename "$1")"
    cp "$1" "$copy"
    # shellcheck disable=SC2086
    "$lupdate" $options $2 "@$list" -ts "$copy" >"$tmp/lupdate.log" 2>&1 || { cat "$tmp/lupdate.log"; status=1; return; }
    if ! cmp -s "$1" "$copy"; then
        echo "$1 is out of date with the code; run: cmake --build <build> --target update_translations"
        diff -u "$1" "$copy" | head -60
        status=1
    fi
}
for ts in "$@"; do
    check "$ts" ""
done
check "$plurals" -pluralonly
[ "$status" = 0 ] && echo "translations up to date: $* $plurals"
exit "$status"
