#!/usr/bin/env bash
# The translations are complete: every user-visible source text has a finished German and French entry,
# no entry is left over from a text that is gone, English has its plural forms, and the list of the
# built-in templates' texts is current.
#
#   check_translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
src=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# 1. The built-in templates' texts, as lupdate must see them.
if ! python3 "$src/translations/template_strings.py" | diff -u "$src/translations/builtin_template_strings.cpp" - >"$work/strings.diff"; then
    echo "translations/builtin_template_strings.cpp is out of date with resources/templates; run:"
    echo "  python3 translations/template_strings.py > translations/builtin_template_strings.cpp"
    head -20 "$work/strings.diff"
    status=1
fi

# 2. lupdate over the sources into copies of the .ts files, keeping what is gone so that it shows.
cp "$src"/translations/readiness_*.ts "$work/"
sources=("$src/app" "$src/model" "$src/ui" "$src/workshop" "$src/translations/builtin_template_strings.cpp")
for ts in "$work"/readiness_de.ts "$work"/readiness_fr.ts; do
    "$lupdate" -silent -locations none -recursive "${sources[@]}" -ts "$ts" >/dev/null 2>&1
done
"$lupdate" -silent -locations none -pluralonly -recursive "${sources[@]}" -ts "$work/readiness_en.ts" >/dev/null 2>&1

for ts in "$work"/readiness_*.ts; do
    name=$(basename "$ts")
    messages=$(grep -c "<message" "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    gone=$(grep -cE 'type="(vanished|obsolete)"' "$ts" || true)
    echo "$name: $messages entries, $unfinished unfinished, $gone no longer in the sources"
    if [ "$unfinished" -gt 0 ] || [ "$gone" -gt 0 ]; then
        status=1
        # Show which texts: the source line before each offending translation.
        grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$ts" | grep "<source>" | head -20 | sed 's/^ */    /'
    fi
    if [ "$messages" -eq 0 ]; then
        status=1
    fi
done
if [ $status -ne 0 ]; then
    echo "Update with: cmake --build --preset release --target update_translations, then translate in linguist."
fi
exit $status
