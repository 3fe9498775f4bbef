#!/usr/bin/env bash
# Checks what an installation and the Debian package add to a desktop, with the validators the
# desktop uses: desktop-file-validate, appstreamcli, man, update-mime-database, cpack and dpkg-deb.
#   check_packaging.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

desktop-file-validate "$src/packaging/readiness-workbench.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$build/packaging/org.readinessworkbench.ReadinessWorkbench.metainfo.xml" || fail "appstreamcli validate"

for page in "$build"/packaging/*.1; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || fail "man page $(basename "$page"): $warnings"
done

# The MIME type: a double-clicked .readiness file is ours.
mkdir -p "$work/mime/packages"
cp "$src/packaging/readiness-workbench-mime.xml" "$work/mime/packages/readiness-workbench.xml"
update-mime-database "$work/mime" || fail "update-mime-database"
grep -q "application/x-readiness-project:\*.readiness" "$work/mime/globs2" || fail "no *.readiness glob"

# The Debian package, from this build.
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >/dev/null || fail "cpack -G DEB"
deb=$(ls "$work"/deb/*.deb)
info=$(dpkg-deb -I "$deb")
version=$("$build/app/readiness-cli" --version | head -1 | cut -d' ' -f2)
grep -q "Version: $version" <<<"$info" || fail "package version is not $version"
grep -q "Readiness Workbench $version" "$build/packaging/readiness-cli.1" || fail "the man page does not say version $version"
for dependency in libqt6widgets6 libqt6charts6 libqt6pdf6 libpodofo0.9.8 libssl3 libsqlite3-0 libyaml-cpp0.7 libqt6sql6-sqlite qt6-qpa-plugins; do
    grep -q "$dependency" <<<"$info" || fail "the package does not depend on $dependency"
done
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/readiness-workbench ./usr/bin/readiness-cli \
    ./usr/share/applications/readiness-workbench.desktop \
    ./usr/share/mime/packages/readiness-workbench.xml \
    ./usr/share/metainfo/org.readinessworkbench.ReadinessWorkbench.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/readiness-workbench.svg \
    ./usr/share/icons/hicolor/48x48/apps/readiness-workbench.png \
    ./usr/share/icons/hicolor/256x256/apps/readiness-workbench.png \
    ./usr/share/man/man1/readiness-cli.1 ./usr/share/man/man1/readiness-workbench.1; do
    grep -q " $file\$" <<<"$contents" || fail "the package lacks $file"
done

# The AppStream release is this version, and its screenshots are the ones in docs/screenshots.
metainfo="$build/packaging/org.readinessworkbench.ReadinessWorkbench.metainfo.xml"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the AppStream release is not $version"
for shot in $(grep -o 'screenshots/[a-z0-9x-]*\.png' "$metainfo"); do
    [ -f "$src/docs/$shot" ] || fail "the AppStream screenshot $shot is not in docs/"
done
# The menu entry and the file type speak German and French.
for key in 'GenericName[de]' 'Comment[de]' 'GenericName[fr]' 'Comment[fr]'; do
    grep -qF "$key=" "$src/packaging/readiness-workbench.desktop" || fail "the desktop file lacks $key"
done

# What the package installs works: its readiness-cli, unpacked, speaks German when the system does.
dpkg-deb -x "$deb" "$work/root"
# (The output is read whole first: with pipefail, grep -q leaving early could fail the pipeline by SIGPIPE.)
help=$(LC_ALL=de_DE.UTF-8 LANGUAGE=de "$work/root/usr/bin/readiness-cli" --help)
grep -q "Verwendung: readiness-cli" <<<"$help" \
    || fail "the packaged readiness-cli does not speak German"
versionLine=$("$work/root/usr/bin/readiness-cli" --version)
grep -q "readiness-cli $version" <<<"${versionLine%%$'\n'*}" || fail "the packaged readiness-cli is not $version"

echo "packaging checks passed: $(basename "$deb")"
