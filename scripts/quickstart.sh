#!/usr/bin/env bash
# One-command set-up for a fresh Debian 12 machine (root, or a user with sudo).
#   scripts/quickstart.sh run    install what is missing, build a Release, open the timeline on the bundled data
#   scripts/quickstart.sh test   install what is missing, check formatting, build under ASan + UBSan with
#                                warnings as errors, run every test, then run each fuzz target briefly
set -euo pipefail

mode=${1:-}
case "$mode" in
  run|test) ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."

packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools qt6-translations-l10n libgl-dev libsqlite3-dev sqlite3 catch2 fonts-dejavu-core clang-format
          clang libclang-rt-14-dev)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
if [ "$mode" = run ]; then
  cmake --preset release -DKT_BUILD_TESTS=OFF
  cmake --build --preset release -j "$jobs"
  exec build/release/kidal-timeline "${@:2}"
fi

# test: the formatting check; the build CI runs (ASan and UBSan, warnings are errors) and every test, the slow
# ones included (leaks found too); each fuzz target for a short, fixed time.
find app ui tests -name '*.cpp' -o -name '*.h' | xargs clang-format --dry-run -Werror
cmake --preset asan
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"
scripts/fuzz.sh 15
