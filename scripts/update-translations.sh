#!/usr/bin/env bash
# Brings resources/translations/*.ts up to the sources' tr() strings (new strings come in unfinished; strings
# gone from the sources are dropped). Translate the new ones (Qt Linguist, or by hand), then build: CMake
# compiles the .ts into .qm files inside the program, and test_translations fails while any is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -I . -I app -locations none -no-obsolete app ui \
    -ts resources/translations/kidal-timeline_fr.ts resources/translations/kidal-timeline_en.ts
