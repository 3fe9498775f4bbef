#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Readiness Workbench and then either starts the workbench on the
# demo project or runs the whole test suite.
#
#   bash .ci/setup.sh run    install what is missing, build, create the demo project, start the workbench
#   bash .ci/setup.sh test   install what is missing, build, run every test through ctest
#
# Only Debian packages that are not installed yet are installed (with sudo when not root).
set -euo pipefail

mode=${1:-run}
case "$mode" in
    run | test) ;;
    *)
        echo "usage: bash .ci/setup.sh run|test" >&2
        exit 2
        ;;
esac

cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    libqt6sql6-sqlite libgl-dev libssl-dev libsqlite3-dev libpodofo-dev libyaml-cpp-dev libavahi-client-dev libqrcodegencpp-dev
    sqlite3 openssl poppler-utils qpdf python3 python3-jsonschema
    xvfb xauth fonts-dejavu-core fonts-droid-fallback fonts-symbola
    desktop-file-utils appstream shared-mime-info man-db dpkg-dev clang-format git
    clang libclang-rt-14-dev
)
# Only the tests need these: the OSCAL schema validator's regex engine, the QR code reader and a real
# browser for the questionnaire.
if [ "$mode" = test ]; then
    packages+=(python3-regex zbar-tools chromium)
fi
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = test ]; then
    # Every C++ source as .clang-format lays it out (the generated template strings excepted).
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        unformatted=()
        while IFS= read -r f; do
            clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
        done < <(git ls-files '*.cpp' '*.h' | grep -v '^translations/builtin_template_strings.cpp$')
        if ((${#unformatted[@]})); then
            echo "Not formatted with .clang-format (run clang-format -i on them):" >&2
            printf '  %s\n' "${unformatted[@]}" >&2
            exit 1
        fi
    fi
fi

cmake --preset release
cmake --build --preset release --parallel "$(nproc)"

if [ "$mode" = test ]; then
    ctest --preset release --parallel "$(nproc)"
    # The readers of untrusted input under libFuzzer with sanitizers, briefly (docs/SECURITY.md).
    exec bash tests/fuzz/run.sh 12
fi

demo=build/demo.readiness
if [ ! -e "$demo" ]; then
    build/release/app/readiness-cli demo "$demo"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting the workbench under xvfb-run."
    exec xvfb-run -a -s "-screen 0 1920x1080x24" build/release/app/readiness-workbench "$demo"
fi
exec build/release/app/readiness-workbench "$demo"
