#!/bin/bash
# The layers, checked on the sources (the build's link checks stop a wrong library; this stops a wrong
# header, which could otherwise compile through a library linked for another reason):
#   model/                      no Qt Gui or Qt Widgets header (the model links Qt Core and Sql only);
#   ui/Document, ui/commands/   no Qt Widgets header (the edit path runs without a window);
#   the charts library, app/cli no header of the main window, its pages' models or its dialogs.
# Usage: check_layers.sh SOURCE_DIR QT_INCLUDE_DIR
set -u
src=$1
qt=$2
fail=0
module_headers() { ls "$qt/$1" | grep -v '\.h$' ; ls "$qt/$1" | grep '\.h$' ; }
widgets=$(module_headers QtWidgets | sort -u)
gui=$(module_headers QtGui | sort -u)

check() { # check LABEL FORBIDDEN_LIST FILES...
    local label=$1 forbidden=$2
    shift 2
    local f inc
    for f in "$@"; do
        while read -r inc; do
            [ -z "$inc" ] && continue
            if grep -qxF "$inc" <<<"$forbidden"; then
                echo "layer violation: $f includes <$inc> ($label)"
                fail=1
            fi
        done < <(sed -n 's/^#include <\([A-Za-z/]*\/\)\{0,1\}\([A-Za-z0-9_.]*\)>.*/\2/p' "$f")
    done
}
cd "$src" || exit 2
check "a widget or GUI header in the model" "$widgets"$'\n'"$gui" $(find model -name '*.cpp' -o -name '*.h')
check "a widget header in the edit path" "$widgets" ui/Document.cpp ui/Document.h $(find ui/commands -name '*.cpp' -o -name '*.h')

charts="ui/widgets/DashboardPage ui/widgets/DomainBars ui/widgets/RiskHeatMap ui/widgets/PathToReadyPanel ui/widgets/RefreshWhenShown ui/report/PdfReport ui/report/ReportExport"
for f in $(for c in $charts; do echo "$c.cpp" "$c.h"; done) $(find app/cli -name '*.cpp' -o -name '*.h'); do
    if grep -nE '#include "(MainWindow|PresenterWindow|ProjectOpener|EvidenceImport|Settings|ActionId|dialogs/|models/)' "$f"; then
        echo "layer violation: $f reaches the workbench (main window, its models or dialogs)"
        fail=1
    fi
done
# The charts library's own list in ui/CMakeLists.txt must be the one checked here.
for c in $charts; do
    grep -q "$(basename "$c").cpp" <(sed -n '/add_library(readiness_charts/,/^)/p' ui/CMakeLists.txt) \
        || { echo "check_layers.sh: $c is not in readiness_charts; update the list"; fail=1; }
done
[ $fail -eq 0 ] && echo "layers: model free of GUI headers, edit path free of widgets, charts and CLI free of the workbench"
exit $fail
