#!/usr/bin/env bash
# CI smoke test of the Linux app image: builds it with the installer profile (no .deb), then runs
# its own launcher as a user would: --version, rubric validate, sample into a temporary database,
# the window up to its first frame under Xvfb, the AOT cache actually used (in place and moved), and
# exports (PDF, JSON) read back.
# Needs: JDK 25, Maven, xvfb, xauth, libgtk-3-0 (.ci/run installs them). Usage: installer/smoke-test.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-build" ]]; then
    mvn -B -q -Pinstaller -Dinstaller.imageOnly=true -DskipTests package
fi
launcher=target/installer/image/Debtmeter/bin/Debtmeter
[[ -x "$launcher" ]] || { echo "smoke-test: no launcher at $launcher" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A throw-away home: the launcher must not read or write the CI user's own data folder.
export HOME="$work/home" XDG_DATA_HOME="$work/data"
passed=0
step() {
    local name=$1; shift
    if "$@" > "$work/out.txt" 2>&1; then
        passed=$((passed + 1)); echo "smoke-test: ok   $name"
    else
        echo "smoke-test: FAIL $name"; cat "$work/out.txt"; echo "$passed passed, 1 failed"; exit 1
    fi
}
expect() { grep -q -- "$1" "$work/out.txt" || { echo "smoke-test: FAIL expected '$1' in:"; cat "$work/out.txt"; echo "$passed passed, 1 failed"; exit 1; }; }

step "--version" "$launcher" --version
expect "^Debtmeter "
# /usr/bin/debtmeter is a symbolic link to the launcher script, which must find the app through it.
ln -s "$PWD/$launcher" "$work/debtmeter"
step "--version through a symbolic link" "$work/debtmeter" --version
expect "^Debtmeter "
# The launcher script quotes every path it builds: a copy in a folder with a space and a quote works.
mkdir -p "$work/Program's folder"
cp -a target/installer/image/Debtmeter "$work/Program's folder/"
step "--version from a folder with a space and a quote" "$work/Program's folder/Debtmeter/bin/Debtmeter" --version
expect "^Debtmeter "
# The AOT cache made in target/ must still map once the image has moved (as the .deb installs it).
step "AOT cache used from a folder with a space and a quote" env JAVA_TOOL_OPTIONS=-XX:AOTMode=on \
    "$work/Program's folder/Debtmeter/bin/Debtmeter" --version
rm -rf "$work/Program's folder"
step "rubric validate (default rubric)" "$launcher" rubric validate rubrics/ml-technical-debt.json
step "sample --teams 2 --assessments 3" "$launcher" sample --teams 2 --assessments 3 --db "$work/smoke.db"
expect "Made 2 teams with 3 assessments each"
[[ -s "$work/smoke.db" ]] || { echo "smoke-test: FAIL sample wrote no $work/smoke.db"; exit 1; }
# SQLite's native library comes from the image (lib/app/native), never copied out to a temp folder.
step "SQLite without a temp folder" env JAVA_TOOL_OPTIONS=-Dorg.sqlite.tmpdir=/nonexistent \
    "$launcher" teams --db "$work/smoke.db"
expect "ASSESSMENTS"
# The jar's manifest grants SQLite native access to `java -jar`; the launcher must grant it too, or
# every command starts with four lines of "WARNING: A restricted method ... has been called".
if grep -q "restricted method" "$work/out.txt"; then
    echo "smoke-test: FAIL a command printed Java's native-access warning:"; cat "$work/out.txt"; exit 1
fi
# -XX:AOTMode=on turns "cache missing or not usable" (one log line by default) into an error.
step "AOT cache used" env JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" --version
# user.home for JavaFX's own cache: the image ships its libraries, so nothing lands in ~/.openjfx.
step "window reaches its first frame" \
    env JAVA_TOOL_OPTIONS="-Ddebtmeter.exitAfterFirstFrame=true -Duser.home=$work/home" \
    xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --db "$work/smoke.db"
expect "^first-frame-ms="
if [[ -e "$work/home/.openjfx" ]]; then
    echo "smoke-test: FAIL JavaFX extracted its libraries to $work/home/.openjfx instead of loading the image's"
    exit 1
fi
# JavaFX's class-path warning is filtered out (ui.startup.StartupWarmup): no "WARNING" in the terminal.
if grep -q "Unsupported JavaFX configuration" "$work/out.txt"; then
    echo "smoke-test: FAIL the window start printed JavaFX's class-path warning:"; cat "$work/out.txt"; exit 1
fi

# A team's trend report and an exchange file, from the database the sample step made; both read back.
team=$("$launcher" teams --db "$work/smoke.db" --json | grep -o '"name" *: *"[^"]*"' | head -1 | sed 's/.*: *"\(.*\)"/\1/')
step "export --format pdf" "$launcher" export --db "$work/smoke.db" --team "$team" --format pdf --out "$work/team.pdf"
expect "Wrote "
head -c 5 "$work/team.pdf" | grep -q '%PDF-' || { echo "smoke-test: FAIL $work/team.pdf is not a PDF"; exit 1; }
step "export --format json" "$launcher" export --db "$work/smoke.db" --all --format json --out "$work/all.json"
step "score the exchange file" "$launcher" score "$work/all.json"
expect "$team"

echo "smoke-test: $passed passed, 0 failed"
