#!/usr/bin/env bash
# Runs the libFuzzer targets, each for SECONDS, on the seed corpus in tests/fuzz/corpus and a working corpus
# kept in build/fuzz/corpus. Prints each target's executions, coverage and corpus size; fails on the first
# crash, leak or sanitizer report (the input that caused it is left as build/fuzz/crash-*).
#   scripts/fuzz.sh SECONDS [TARGET...]      (targets: article extract acled_csv acled_json events_json ucdp dates)
# Builds the fuzz preset first (clang, ASan + UBSan).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: $0 SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(article extract acled_csv acled_json events_json ucdp dates)

if [ -z "${KT_FUZZ_SKIP_BUILD:-}" ]; then # set when several runs share one build
    cmake --preset fuzz >/dev/null
    # only the fuzz targets and what they link: the window and the program are not fuzzed
    cmake --build --preset fuzz -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]/#/fuzz_}" >/dev/null
fi
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in "${targets[@]}"; do
    corpus="build/fuzz/corpus/$target"
    mkdir -p "$corpus"
    log="build/fuzz/$target.log"
    if ! "build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 \
        -print_final_stats=1 -artifact_prefix="build/fuzz/$target-" "$corpus" "tests/fuzz/corpus/$target" \
        >"$log" 2>&1; then
        echo "fuzz_$target: FAILED after $(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}') runs; see $log" >&2
        grep -E "ERROR|SUMMARY|Test unit written" "$log" >&2 || true
        exit 1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}')
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
    cov=$(echo "$last" | grep -o 'cov: [0-9]*' | awk '{print $2}')
    features=$(echo "$last" | grep -o 'ft: [0-9]*' | awk '{print $2}')
    corp=$(echo "$last" | grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' | awk '{print $2}')
    echo "fuzz_$target: ${seconds} s, ${runs} runs, coverage ${cov} edges, ${features} features, corpus ${corp}"
done
