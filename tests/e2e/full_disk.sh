#!/usr/bin/env bash
# A full disk changes nothing and says so: the built readiness-cli works on a project on a small tmpfs
# (mounted in a private user and mount namespace, so no privilege is needed and nothing outside sees it).
#   - an attach larger than the free space fails with "the disk is full", and the file is as it was:
#     no evidence recorded, no partial bytes left in it (also when earlier batches were committed);
#   - with no space left at all, an edit says the disk is full (not a lock problem) and changes nothing,
#     and the read-only commands still answer.
# usage: full_disk.sh READINESS_CLI
set -u
cli=$1

if [[ -z "${FULL_DISK_INSIDE:-}" ]]; then
    if ! unshare --user --map-root-user --mount true 2>/dev/null; then
        echo "SKIP: this system does not allow a private mount namespace (unshare --user --mount)"
        exit 77
    fi
    FULL_DISK_INSIDE=1 exec unshare --user --map-root-user --mount bash "$0" "$@"
fi

fail=0
check() { # what, condition...
    local what=$1
    shift
    if "$@"; then echo "ok    $what"; else echo "FAIL  $what"; fail=1; fi
}
size() { stat -c %s "$1"; }

work=$(mktemp -d)
trap 'umount "$work/disk" 2>/dev/null; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config READINESS_USER=tester
mkdir -p "$work/disk"
"$cli" new "$work/p.readiness" --template release-validation >/dev/null || { echo "FAIL  new"; exit 1; }
head -c 3000000 /dev/urandom >"$work/three-mib.bin"
head -c 60000000 /dev/urandom >"$work/sixty-mb.bin"

# 1. An attach larger than the free space, inside one batch.
mount -t tmpfs -o size=1600k tmpfs "$work/disk" || { echo "SKIP: tmpfs cannot be mounted here"; exit 77; }
cp "$work/p.readiness" "$work/disk/p.readiness"
before=$(size "$work/disk/p.readiness")
out=$("$cli" attach "$work/disk/p.readiness" INFR-01 "$work/three-mib.bin" 2>&1)
rc=$?
echo "$out"
check "a 3 MB attach on 1.6 MB of space fails (exit 2)" test "$rc" -eq 2
check "its message names the full disk" grep -q "the disk is full" <<<"$out"
check "the file is as it was ($before bytes)" test "$(size "$work/disk/p.readiness")" -eq "$before"
check "no evidence is recorded" grep -q "No evidence attached" <<<"$("$cli" evidence "$work/disk/p.readiness" 2>&1)"
check "the log verifies" "$cli" log "$work/disk/p.readiness" --verify
check "integrity check ok" test "$(sqlite3 "$work/disk/p.readiness" 'PRAGMA integrity_check')" = ok
check "an edit that fits is made" "$cli" set "$work/disk/p.readiness" INFR-01 --status met
umount "$work/disk"

# 2. A large attach that fails after batches were committed leaves none of them in the file.
mount -t tmpfs -o size=45m tmpfs "$work/disk"
cp "$work/p.readiness" "$work/disk/p.readiness"
before=$(size "$work/disk/p.readiness")
out=$("$cli" attach "$work/disk/p.readiness" INFR-01 "$work/sixty-mb.bin" 2>&1)
rc=$?
echo "$out"
check "a 60 MB attach on 45 MB of space fails (exit 2)" test "$rc" -eq 2
check "its message names the full disk" grep -q "the disk is full" <<<"$out"
after=$(size "$work/disk/p.readiness")
check "no partial bytes stay in the file ($before -> $after bytes)" test "$after" -le $((before + 65536))
check "no evidence is recorded" grep -q "No evidence attached" <<<"$("$cli" evidence "$work/disk/p.readiness" 2>&1)"
check "integrity check ok" test "$(sqlite3 "$work/disk/p.readiness" 'PRAGMA integrity_check')" = ok
umount "$work/disk"

# 3. No space at all: an edit is refused with the reason, the file is untouched, reading still works.
mount -t tmpfs -o size=1m tmpfs "$work/disk"
cp "$work/p.readiness" "$work/disk/p.readiness"
cp "$work/p.readiness" "$work/copy.readiness"
dd if=/dev/zero of="$work/disk/filler" bs=4k 2>/dev/null
out=$("$cli" set "$work/disk/p.readiness" INFR-02 --status met 2>&1)
rc=$?
echo "$out"
check "an edit on a full disk fails (exit 2)" test "$rc" -eq 2
check "its message says the disk is full" grep -qi "the disk is full" <<<"$out"
check "the file is byte for byte as it was" cmp -s "$work/disk/p.readiness" "$work/copy.readiness"
check "score still answers" "$cli" score "$work/disk/p.readiness"
check "info still answers" "$cli" info "$work/disk/p.readiness"
check "log --verify still answers" "$cli" log "$work/disk/p.readiness" --verify

exit $fail
