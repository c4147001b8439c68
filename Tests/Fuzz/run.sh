#!/usr/bin/env bash
# Builds the parser and the text and web-page readers with libFuzzer and runs them.
# Usage: Tests/Fuzz/run.sh [seconds, default 60] [extra libFuzzer flags]
# See docs/fuzzing.md. Crashing inputs are written to .build-fuzz/crash-*.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true
out=.build-fuzz
mkdir -p "$out/corpus"
cp sample-reports/*.txt "$out/corpus/"

# The parser and the readers that need neither SQLite nor ZIP (the Word reader and the loader
# that calls it are left out: libFuzzer cannot link those packages without SwiftPM).
sources=()
while IFS= read -r file; do
    grep -qE '^import (GRDB|ZIPFoundation)' "$file" && continue
    [ "$(basename "$file")" = ReportLoader.swift ] && continue
    sources+=("$file")
done < <(find Sources/Model/Report.swift Sources/Model/Reading Sources/Model/Structure \
    Sources/Model/Figures Sources/Model/Checks -name '*.swift' | sort)

swiftc -sanitize=fuzzer,address -parse-as-library -O -g -D FUZZING -module-name ReportsFuzz \
    "${sources[@]}" Tests/ModelTests/ReportInvariants.swift Tests/Fuzz/ReportFuzzer.swift \
    -o "$out/report-fuzzer"
# Without Swift's own backtracer a trap is reported by libFuzzer at once, with the input.
SWIFT_BACKTRACE=enable=no "$out/report-fuzzer" -max_total_time="$seconds" -max_len=65536 -artifact_prefix="$out/" "$@" "$out/corpus"
