#!/usr/bin/env bash
# Proves that a fresh Debian 12 machine gets everything the build found, even on a machine that already has it.
#   scripts/check-packages.sh BUILD_DIR
# After configuring (and building) BUILD_DIR, every package configuration that CMake found (each `*_DIR` of the
# cache under /usr), every library file it found that a target links (each `*_LIBRARY`) and every shared library that the built
# programs load (ldd) is mapped to the Debian package that owns it (dpkg -S). The check fails when that package
# is neither in scripts/quickstart.sh's list nor brought by it (the list's Depends, recursively: the quickstart
# installs with --no-install-recommends, so recommendations do not count).
set -euo pipefail

build=${1:?usage: $0 BUILD_DIR}
cd "$(dirname "$0")/.."
cache="$build/CMakeCache.txt"
[ -f "$cache" ] || { echo "check-packages: $cache: no CMake cache (configure first)" >&2; exit 2; }

# The quickstart's list: the words of its packages=(…) array.
listed=$(sed -n '/^packages=(/,/)/p' scripts/quickstart.sh | tr -d '()' | sed 's/packages=//' | tr -s ' \n' '\n' \
    | grep -E '^[a-z0-9][a-z0-9.+-]+$' | sort -u)
[ -n "$listed" ] || { echo "check-packages: no packages=(…) list in scripts/quickstart.sh" >&2; exit 2; }
closure=$(echo "$listed" | xargs apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances 2>/dev/null | grep -E '^[a-z0-9]' | sort -u)
allowed=$(printf '%s\n%s\n' "$listed" "$closure" | sort -u)

# Files to account for, one per line, as "what: path".
files=()
while IFS= read -r dir; do
    config=$(ls "$dir"/*Config.cmake "$dir"/*-config.cmake 2>/dev/null | head -n 1 || true)
    [ -n "$config" ] && files+=("$(basename "$dir"): $config")
done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=/usr/' "$cache" | cut -d= -f2- | sort -u)
while IFS= read -r lib; do
    # a library FindX found but no target links (libGLU beside OpenGL, say) is not needed on a fresh machine
    [ -e "$lib" ] && grep -qF "$lib" "$build/build.ninja" && files+=("library: $(readlink -f "$lib")")
done < <(grep -E '^[A-Za-z0-9_]+_LIBRARY:FILEPATH=/usr/' "$cache" | cut -d= -f2- | sort -u)
while IFS= read -r program; do
    while IFS= read -r lib; do
        files+=("linked by $(basename "$program"): $(readlink -f "$lib")")
    done < <(ldd "$program" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3}')
done < <(find "$build" -maxdepth 3 -type f -perm -u+x -name 'kidal-timeline*' -o -maxdepth 4 -type f -perm -u+x -name 'fuzz_*' -o -maxdepth 3 -type f \
    -perm -u+x -name 'test_*' | sort)

missing=()
checked=0
declare -A seen=()
for entry in "${files[@]}"; do
    path=${entry#*: }
    [ -n "${seen[$path]:-}" ] && continue
    seen[$path]=1
    owner=$(dpkg -S "$path" 2>/dev/null | head -n 1 | cut -d: -f1 || true)
    if [ -z "$owner" ]; then
        # /usr/lib and /lib are one folder on Debian 12; dpkg knows the file under one of the two names.
        alt=${path/#\/usr\/lib\//\/lib\/}
        [ "$alt" = "$path" ] && alt=${path/#\/lib\//\/usr\/lib\/}
        owner=$(dpkg -S "$alt" 2>/dev/null | head -n 1 | cut -d: -f1 || true)
    fi
    if [ -z "$owner" ]; then
        missing+=("${entry%%: *}: $path belongs to no Debian package")
        continue
    fi
    checked=$((checked + 1))
    echo "$allowed" | grep -qx "$owner" || missing+=("${entry%%: *}: $path comes from $owner")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "check-packages: a fresh machine would lack what the build in $build uses; add to scripts/quickstart.sh:" >&2
    printf '  %s\n' "${missing[@]}" | sort -u >&2
    exit 1
fi
echo "check-packages: $checked files of $build come from packages that scripts/quickstart.sh installs"
