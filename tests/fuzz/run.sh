#!/usr/bin/env bash
# Builds the libFuzzer harnesses (preset "fuzz": clang with address and undefined-behaviour sanitizers)
# and runs each for SECONDS seconds on its seed corpus in tests/fuzz/corpus/<harness>. A crash, a
# sanitizer report, a leak or an input that takes over 10 s fails the run; the input that did it is left
# in build/fuzz/findings/<harness>/. With --tests, the test suite of the model and the command line
# (every test but the workbench's; tests/CMakeLists.txt) then runs in the same sanitized build: before a
# release, as it takes over 20 minutes on two cores (docs/SECURITY.md).
#   bash tests/fuzz/run.sh [SECONDS]      (default 12: about a minute for the four; before a release, 3600)
#   bash tests/fuzz/run.sh SECONDS --tests
# The seed is fixed (FUZZ_SEED, default 1) so that a run on CI repeats the run made before committing;
# set another seed, or a longer time, to look further.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-12}
harnesses=(fuzz_import fuzz_project fuzz_verify fuzz_pkcs12)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${harnesses[@]}" >/dev/null
for harness in "${harnesses[@]}"; do
    # New inputs go to a scratch corpus, never into the repository's seeds.
    scratch=build/fuzz/corpus/$harness
    findings=build/fuzz/findings/$harness
    mkdir -p "$scratch" "$findings"
    echo "Fuzzing $harness for ${seconds} s"
    build/fuzz/tests/fuzz/"$harness" -max_total_time="$seconds" -seed="${FUZZ_SEED:-1}" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/" -print_final_stats=0 "$scratch" "tests/fuzz/corpus/$harness" \
        2>"build/fuzz/$harness.log" || {
        tail -40 "build/fuzz/$harness.log" >&2
        echo "$harness failed: the input is in $findings" >&2
        exit 1
    }
done
echo "No fuzzer found a problem."
[ "${2:-}" = --tests ] || exit 0

echo "The model and command-line tests with address and undefined-behaviour sanitizers"
cmake --build --preset fuzz --target readiness-cli edit_stream \
    $(grep -o 'add_unit_test(NAME [a-z_]*' tests/CMakeLists.txt | sed -n '/test_main_window/q;s/.* \(test_[a-z_]*\)$/\1/p') >/dev/null
(cd build/fuzz && ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
