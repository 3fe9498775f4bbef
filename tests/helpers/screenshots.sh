#!/usr/bin/env bash
# Renews docs/screenshots: the demo project in the workbench, page by page, at 1366x768 and 1920x1080.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --build --preset release --target take_screenshots readiness-cli >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/release/app/readiness-cli demo "$work/demo.readiness" >/dev/null
xvfb-run -a -s "-screen 0 1920x1080x24" build/release/tests/take_screenshots "$work/demo.readiness" docs/screenshots

# The questionnaire as the person answering sees it, in Chromium.
build/release/app/readiness-cli questionnaire "$work/demo.readiness" -o "$work/questionnaire.html" >/dev/null
for size in 1280x720 1366x768 1920x1080; do
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/browser" \
        --window-size="${size/x/,}" --screenshot="docs/screenshots/questionnaire-$size.png" \
        "file://$work/questionnaire.html" 2>/dev/null
done

# The questionnaire of a maturity model: levels, yes/no, choices, a number, a date and a text to answer.
build/release/app/readiness-cli new "$work/ops.readiness" --template operations-maturity >/dev/null
build/release/app/readiness-cli questionnaire "$work/ops.readiness" -o "$work/ops.html" >/dev/null
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/browser" \
    --window-size=1366,768 --screenshot="docs/screenshots/questionnaire-answers-1366x768.png" \
    "file://$work/ops.html" 2>/dev/null

# A finding as auditors write it, in the PDF report: its page rendered.
cli=build/release/app/readiness-cli
$cli demo "$work/finding.readiness" >/dev/null
$cli finding update "$work/finding.readiness" F-001 --grade major \
    --criteria "Backup policy, section 4: backups are kept apart from production and a restore is tested each quarter" \
    --cause "The backup job moved with the reorganisation and has had no owner since" \
    --effect "A compromised administrator or ransomware could delete the only copies of the order data" \
    --recommendation "Move backups to an isolated account with object lock; test a restore each quarter" \
    --response "Agreed. The platform team owns the backups from January." --response-owner "Head of Platform" \
    --response-date 2027-01-31 >/dev/null
$cli report "$work/finding.readiness" --format pdf -o "$work/finding.pdf" >/dev/null
page=$(python3 -c "
import subprocess,sys
pages=subprocess.run(['pdftotext','$work/finding.pdf','-'],capture_output=True,text=True).stdout.split('\f')
print(next(i+1 for i,p in enumerate(pages) if 'Findings in detail' in p))")
pdftoppm -png -r 110 -f "$page" -l "$page" -singlefile "$work/finding.pdf" docs/screenshots/report-finding

# A few in German and French, from a demo project created in that language.
for code in de fr; do
    mkdir -p "docs/screenshots/$code"
    LANG=$code.UTF-8 LANGUAGE=$code build/release/app/readiness-cli demo "$work/demo-$code.readiness" >/dev/null
    xvfb-run -a -s "-screen 0 1920x1080x24" build/release/tests/take_screenshots "$work/demo-$code.readiness" "docs/screenshots/$code" "$code"
done
