#!/bin/sh
# Dumps the class-data-sharing archive the launcher loads (-XX:SharedArchiveFile=$APPDIR/debtmeter.jsa)
# from the class list recorded at package time (debtmeter.classlist, see installer/cds-training.sh).
# Java 17 records each jar's absolute path in the archive and ignores an archive whose paths
# differ, so the archive is made where the app lives: at package time for the app image in
# target/, and again by the .deb's postinst for /opt/debtmeter. Needs no display.
# Usage: make-cds-archive.sh APP_IMAGE_DIR   (the folder with bin/ and lib/)
set -e
image=$(cd "$1" && pwd)
app="$image/lib/app"
classpath=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/Debtmeter.cfg" | paste -sd: -)
rm -f "$app/debtmeter.jsa"
"$image/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+map=off \
    -XX:SharedClassListFile="$app/debtmeter.classlist" -XX:SharedArchiveFile="$app/debtmeter.jsa" \
    -cp "$classpath" > "$app/cds-dump.log" 2>&1
rm -f "$app/cds-dump.log"
