#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first rendered frame of the home screen
# (the Teams list of a 20 teams x 12 assessments database), beside a bare JavaFX window (a Stage
# with a Label, io.debtmeter.benchmark.BareWindow) on the same jlinked runtime with its own AOT
# cache made the same way; both again without their caches (-XX:AOTMode=off), and the app with a
# Java 17-style AppCDS archive (class list + -Xshare:dump) made on the same runtime; plus the
# from-source figure (java -jar target/debtmeter.jar, no cache, the launcher's JVM options) and a
# ladder of steps in between (the bare window on the app's class path and cache, then with the
# app's theme, then the home screen of an empty database). All under one Xvfb server, runs
# alternating, peak RSS from GNU time.
#
# Needs: the app image (mvn -Pinstaller -Dinstaller.imageOnly=true package), target/debtmeter.jar,
# a JDK 25 (JAVA_HOME, for javac and java -jar), xvfb-run, /usr/bin/time.
# Usage: installer/benchmark/startup.sh [RUNS, default 9]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-9}
if [[ -z "${DISPLAY:-}" ]]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
image=$PWD/target/installer/image/Debtmeter
launcher=$image/bin/Debtmeter
java=$image/lib/runtime/bin/java
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
[[ -x "$launcher" && -f target/debtmeter.jar ]] || { echo "startup.sh: build the app image first (see the header)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data"

echo "making the database (sample --teams 20 --assessments 12) ..."
"$launcher" sample --teams 20 --assessments 12 --db "$work/bench.db" --seed 7 > /dev/null

# The launcher's JVM options (collector, compiler), without its cache and app properties: the bare
# window gets the same treatment, so the comparison measures the app, not the flags.
mapfile -t jvm_options < <(sed -n 's/^java-options=//p' "$image/lib/app/Debtmeter.cfg" \
    | grep -v -e '^-XX:AOTCache=' -e '^-D')
echo "the launcher's JVM options, given to the bare window too: ${jvm_options[*]:-none}"

echo "building the bare window and its AOT cache the way the app's is made ..."
fx=$(ls "$image"/lib/app/lib/javafx-*.jar | paste -sd: -)
mkdir -p "$work/bare/classes" "$work/themed/classes"
"${jdk_bin}javac" -d "$work/bare/classes" -cp "$fx" src/test/java/io/debtmeter/benchmark/BareWindow.java
"${jdk_bin}jar" --create --file "$work/bare/bare-window.jar" -C "$work/bare/classes" .
bare_cp="$work/bare/bare-window.jar:$fx"
"$java" "${jvm_options[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$work/bare/bare.aotconf" \
    -cp "$bare_cp" io.debtmeter.benchmark.BareWindow > /dev/null 2>&1
"$java" "${jvm_options[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$work/bare/bare.aotconf" \
    -XX:AOTCache="$work/bare/bare.aot" -cp "$bare_cp" > /dev/null 2>&1

# The ladder's middle steps run on the app image's own class path and cache (a cache stays
# usable when jars are appended to the class path it was made with).
app_cp=$(sed -n "s|^app.classpath=\\\$APPDIR|$image/lib/app|p" "$image/lib/app/Debtmeter.cfg" | paste -sd: -)
"${jdk_bin}javac" -d "$work/themed/classes" -cp "$app_cp:$work/bare/classes" \
    src/test/java/io/debtmeter/benchmark/ThemedWindow.java
"${jdk_bin}jar" --create --file "$work/themed/ladder.jar" -C "$work/bare/classes" . -C "$work/themed/classes" .
on_app_cp=("$java" "${jvm_options[@]}" -XX:AOTCache="$image/lib/app/debtmeter.aot"
    -cp "$app_cp:$work/themed/ladder.jar")

# The Java 17 way on this runtime, for comparison: the training tour records a class list, from which
# -Xshare:dump makes a static AppCDS archive; the app then runs with the launcher's options and it.
echo "making a Java 17-style AppCDS archive of the app (class list from the training tour) ..."
mapfile -t app_props < <(sed -n 's/^java-options=//p' "$image/lib/app/Debtmeter.cfg" | grep '^-D' \
    | sed "s|\\\$APPDIR|$image/lib/app|g")
"$launcher" sample --teams 2 --assessments 3 --db "$work/training.db" > /dev/null 2>&1
"$java" "${jvm_options[@]}" "${app_props[@]}" -Xshare:off -XX:DumpLoadedClassList="$work/app.classlist" \
    -Ddebtmeter.exitAfterFirstFrame=true -Ddebtmeter.trainingTour=true \
    -cp "$app_cp" io.debtmeter.Launcher --db "$work/training.db" > /dev/null 2>&1
"$java" -Xshare:dump -Xlog:cds=off -XX:SharedClassListFile="$work/app.classlist" \
    -XX:SharedArchiveFile="$work/app.jsa" -cp "$app_cp" > /dev/null 2>&1

# Each variant: prints "<ms to first frame> <peak RSS in KB>".
measure() {
    local start ff
    start=$(date +%s%3N)
    /usr/bin/time -f "%M" -o "$work/rss" "$@" > "$work/out" 2>&1 || { cat "$work/out" >&2; return 1; }
    ff=$(sed -n 's/^first-frame-ms=//p' "$work/out")
    [[ -n "$ff" ]] || { cat "$work/out" >&2; return 1; }
    echo "$((ff - start)) $(tail -1 "$work/rss")"
}
app() { measure env JAVA_TOOL_OPTIONS=-Ddebtmeter.exitAfterFirstFrame=true "$launcher" --db "$work/bench.db"; }
bare() { measure "$java" "${jvm_options[@]}" -XX:AOTCache="$work/bare/bare.aot" -cp "$bare_cp" io.debtmeter.benchmark.BareWindow; }
app_noaot() { measure env JAVA_TOOL_OPTIONS="-Ddebtmeter.exitAfterFirstFrame=true -XX:AOTMode=off" "$launcher" --db "$work/bench.db"; }
bare_noaot() { measure "$java" "${jvm_options[@]}" -XX:AOTMode=off -cp "$bare_cp" io.debtmeter.benchmark.BareWindow; }
app_cds() { measure "$java" "${jvm_options[@]}" "${app_props[@]}" -XX:SharedArchiveFile="$work/app.jsa" \
    -Ddebtmeter.exitAfterFirstFrame=true -cp "$app_cp" io.debtmeter.Launcher --db "$work/bench.db"; }
fromsource() { measure "${jdk_bin}java" "${jvm_options[@]}" -Ddebtmeter.exitAfterFirstFrame=true -jar target/debtmeter.jar --db "$work/bench.db"; }
# The ladder from the bare window up to the app: what each layer adds.
bare_on_app() { measure "${on_app_cp[@]}" io.debtmeter.benchmark.BareWindow; }
themed() { measure "${on_app_cp[@]}" io.debtmeter.benchmark.ThemedWindow; }
app_empty() { measure env JAVA_TOOL_OPTIONS=-Ddebtmeter.exitAfterFirstFrame=true "$launcher" --db "$work/empty.db"; }

# VARIANTS="app app_cds" measures only those (the ratios need app, bare, app_noaot, bare_noaot).
read -r -a variants <<< "${VARIANTS:-app bare app_noaot bare_noaot app_cds fromsource bare_on_app themed app_empty}"
declare -A label=(
    [app]="Debtmeter app image (jlinked runtime, AOT cache), 20 teams x 12 assessments"
    [bare]="bare JavaFX window (same runtime, own AOT cache)"
    [app_noaot]="app image without its AOT cache (-XX:AOTMode=off)"
    [bare_noaot]="bare JavaFX window without a cache (-XX:AOTMode=off)"
    [app_cds]="app image's class path with a Java 17-style AppCDS archive instead"
    [fromsource]="from source: java -jar target/debtmeter.jar (no cache)"
    [bare_on_app]="ladder: the bare window on the app's class path and AOT cache"
    [themed]="ladder: + Debtmeter's theme and stylesheet (a Label still)"
    [app_empty]="ladder: Debtmeter's home screen on an empty database"
)

# One warm-up of each (file cache; it also creates the empty database), not counted.
for v in "${variants[@]}"; do "$v" > /dev/null; : > "$work/$v.txt"; done
for ((i = 1; i <= runs; i++)); do
    line="run $i/$runs:"
    for v in "${variants[@]}"; do
        "$v" >> "$work/$v.txt"
        line+=" $v $(tail -1 "$work/$v.txt" | cut -d' ' -f1) ms,"
    done
    echo "${line%,}"
done

# median, min, max of column $2 of file $1
stats() { sort -n -k"$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%d %d %d", m, v[1], v[NR]}'; }
row() {
    read -r tm tlo thi <<< "$(stats "$work/$1.txt" 1)"
    read -r rm rlo rhi <<< "$(stats "$work/$1.txt" 2)"
    printf "| %s | %d ms (%d–%d) | %d MB (%d–%d) |\n" "${label[$1]}" "$tm" "$tlo" "$thi" $((rm / 1024)) $((rlo / 1024)) $((rhi / 1024))
    echo "$tm $rm" > "$work/$1.median"
}
echo
echo "$runs runs each, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| variant | time to first frame, median (range) | peak RSS, median (range) |"
echo "|---|---:|---:|"
for v in "${variants[@]}"; do row "$v"; done
ratio() {
    read -r at ar < "$work/$1.median"; read -r bt br < "$work/$2.median"
    awk -v n="$1 / $2" -v at="$at" -v bt="$bt" -v ar="$ar" -v br="$br" 'BEGIN {
        printf "%s: time %.2fx (goal <= 1.2x), memory %.2fx (goal <= 1.3x)\n", n, at / bt, ar / br }'
}
[[ -f "$work/bare.median" ]] && ratio app bare
[[ -f "$work/bare_noaot.median" ]] && ratio app_noaot bare_noaot
true
