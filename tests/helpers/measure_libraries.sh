#!/usr/bin/env bash
# Measures the framework-library import on a whole library collection (a folder of YAML libraries, for
# example backend/library/libraries of the public GRC collection): every file through
# `readiness-cli convert`, then how many framework libraries import, how many are refused, and why the
# others are refused. Not part of the suite (the collection is not in this repository).
# usage: tests/helpers/measure_libraries.sh FOLDER
set -euo pipefail
folder=${1:?usage: measure_libraries.sh FOLDER}
cli=$(dirname "$0")/../../build/release/app/readiness-cli
out=$(mktemp)
trap 'rm -f "$out" "$out.json"' EXIT
frameworks=0; imported=0; items=0; others=0
declare -A refused
for f in "$folder"/*.yaml; do
    if grep -qE '^  framework:' "$f"; then
        frameworks=$((frameworks + 1))
        if "$cli" convert "$f" -o "$out.json" >"$out" 2>&1; then
            imported=$((imported + 1))
            items=$((items + $(grep -oE '[0-9]+ items' "$out" | grep -oE '[0-9]+')))
        else
            echo "not imported: $(basename "$f"): $(cat "$out")"
        fi
    else
        others=$((others + 1))
        "$cli" convert "$f" -o "$out.json" >"$out" 2>&1 && echo "imported although no framework: $f"
        reason=$(sed -e 's/.* is \(a[^,:]*\).*/\1/' "$out")
        refused[$reason]=$(( ${refused[$reason]:-0} + 1 ))
    fi
done
echo "framework libraries: $imported of $frameworks imported ($items items)"
echo "other libraries: $others, refused as:"
for reason in "${!refused[@]}"; do echo "  ${refused[$reason]}  $reason"; done
