#!/usr/bin/env bash
# The CDS training run (Linux): opens the app image's home window on a small sample database
# under Xvfb (-Ddebtmeter.exitAfterFirstFrame=true), then opens the portfolio, trends, a comparison,
# a scorecard and the wizard once each (-Ddebtmeter.trainingTour=true), and records every class it
# loaded into lib/app/debtmeter.classlist. The archive itself is dumped from that list by
# make-cds-archive.sh (see there why it is made where the app is installed).
# Usage: cds-training.sh APP_IMAGE_DIR
set -euo pipefail
image=$(cd "$1" && pwd)
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
classpath=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/Debtmeter.cfg" | paste -sd: -)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The same command line the launcher builds, plus the training options; HOME points into the
# temporary folder so no settings are written to the builder's own data folder.
HOME="$work" XDG_DATA_HOME="$work/data" "$java" -cp "$classpath" io.debtmeter.Launcher \
    sample --teams 2 --assessments 3 --db "$work/training.db" > /dev/null
display=()
if [[ -z "${DISPLAY:-}" ]]; then
    display=(xvfb-run -a -s "-screen 0 1280x800x24")
fi
# The tour takes about five seconds; the timeout only guards the build against a run that hangs.
HOME="$work" XDG_DATA_HOME="$work/data" timeout 300 "${display[@]}" "$java" -Xshare:off \
    -XX:DumpLoadedClassList="$app/debtmeter.classlist" -Ddebtmeter.exitAfterFirstFrame=true \
    -Ddebtmeter.trainingTour=true \
    -cp "$classpath" io.debtmeter.Launcher --db "$work/training.db" > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt" >&2; echo "cds-training.sh: the training run failed" >&2; exit 1; }
grep -q '^first-frame-ms=' "$work/out.txt" \
    || { cat "$work/out.txt" >&2; echo "cds-training.sh: the window never showed its first frame" >&2; exit 1; }
# A class each screen makes only once it is open (the screens' own classes load with MainView).
for part in portfolio/DebtChart trends/TrendLegend compare/FilterBar scorecard/WeakestPanel wizard/ItemSidebar; do
    grep -q "^io/debtmeter/ui/$part\$" "$app/debtmeter.classlist" \
        || { cat "$work/out.txt" >&2; echo "cds-training.sh: the tour never opened the ${part%/*} screen" >&2; exit 1; }
done
echo "cds-training.sh: $(wc -l < "$app/debtmeter.classlist") classes recorded in $app/debtmeter.classlist"
