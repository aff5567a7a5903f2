#!/usr/bin/env bash
# The AOT cache's training run (Linux, Java 25, JEP 483/514): opens the app image's home window on
# a small sample database (-Ddebtmeter.exitAfterFirstFrame=true), then the portfolio, trends, a
# comparison, a scorecard and the wizard once each (-Ddebtmeter.trainingTour=true), with the
# launcher's own JVM options and class path, recording what it loads and links
# (-XX:AOTMode=record); a second JVM, which needs no display, then writes lib/app/debtmeter.aot
# from that record (-XX:AOTMode=create), which the launcher loads (-XX:AOTCache=$APPDIR/debtmeter.aot).
# The two steps are what -XX:AOTCacheOutput does in one, apart so the build sees each fail. The cache
# stays valid when the image moves (/opt/debtmeter): it ships in the image and the .deb
# (docs/decisions/0023-aot-cache.md).
# Without a DISPLAY it runs under its own Xvfb (xvfb-run). Needs: xvfb, xauth, libgtk-3-0.
# Usage: aot-training.sh APP_IMAGE_DIR
set -euo pipefail
image=$(cd "$1" && pwd)
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
needs="aot-training.sh: the training run opens a window; without a display it needs the Debian packages xvfb, xauth and libgtk-3-0 (apt-get install xvfb xauth libgtk-3-0)"
classpath=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/Debtmeter.cfg" | paste -sd: -)
# The launcher's JVM options (compiler, collector, SQLite's library), less the cache it reads: the
# cache records the options it was made with, and a collector or compiler that differs at run time
# loses parts of it.
mapfile -t options < <(sed -n 's/^java-options=//p' "$app/Debtmeter.cfg" | grep -v '^-XX:AOTCache=' \
    | sed "s|\\\$APPDIR|$app|g")
display=()
if [[ -z "${DISPLAY:-}" ]]; then
    command -v xvfb-run > /dev/null || { echo "$needs" >&2; exit 1; }
    display=(xvfb-run -a -s "-screen 0 1280x800x24")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# HOME points into the temporary folder so no settings are written to the builder's data folder.
HOME="$work" XDG_DATA_HOME="$work/data" "$java" -cp "$classpath" io.debtmeter.Launcher \
    sample --teams 2 --assessments 3 --db "$work/training.db" > "$work/sample.txt" 2>&1 \
    || { cat "$work/sample.txt" >&2; echo "aot-training.sh: could not make the sample database" >&2; exit 1; }
rm -f "$app/debtmeter.aot"
# The tour takes about five seconds; the timeout only guards the build against a run that hangs.
HOME="$work" XDG_DATA_HOME="$work/data" timeout 300 "${display[@]}" "$java" "${options[@]}" \
    -XX:AOTMode=record -XX:AOTConfiguration="$work/debtmeter.aotconf" \
    -Xlog:class+load=info:file="$work/classes.txt" \
    -Ddebtmeter.exitAfterFirstFrame=true -Ddebtmeter.trainingTour=true \
    -cp "$classpath" io.debtmeter.Launcher --db "$work/training.db" > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt" >&2; grep -q -i 'gtk' "$work/out.txt" && echo "$needs" >&2
         echo "aot-training.sh: the training run failed" >&2; exit 1; }
grep -q '^first-frame-ms=' "$work/out.txt" \
    || { cat "$work/out.txt" >&2; echo "aot-training.sh: the window never showed its first frame" >&2; exit 1; }
# A class each screen makes only once it is open (the screens' own classes load with MainView).
for part in portfolio.DebtChart trends.TrendLegend compare.FilterBar scorecard.WeakestPanel wizard.ItemSidebar; do
    grep -q " io\.debtmeter\.ui\.$part " "$work/classes.txt" \
        || { cat "$work/out.txt" >&2; echo "aot-training.sh: the tour never opened the ${part%.*} screen" >&2; exit 1; }
done
"$java" "${options[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$work/debtmeter.aotconf" \
    -XX:AOTCache="$app/debtmeter.aot" -cp "$classpath" > "$work/create.txt" 2>&1 \
    || { cat "$work/create.txt" >&2; echo "aot-training.sh: could not write the AOT cache" >&2; exit 1; }
[[ -s "$app/debtmeter.aot" ]] \
    || { cat "$work/create.txt" >&2; echo "aot-training.sh: the JVM wrote no $app/debtmeter.aot" >&2; exit 1; }
echo "aot-training.sh: $(grep -c . "$work/classes.txt") classes loaded in training; $(du -m "$app/debtmeter.aot" | cut -f1) MB in $app/debtmeter.aot"
