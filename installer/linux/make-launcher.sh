#!/usr/bin/env bash
# Replaces jpackage's native Linux launcher (bin/Debtmeter) by a shell script that starts the
# bundled runtime directly, and puts the SQLite driver's native library into the image.
#
# Why (docs/decisions/0014-linux-launcher-script.md): JDK 17's jpackage launcher asks the package
# manager who owns it on every start (`rpm -qf`, then `dpkg -S`, twice over), which costs about
# 180 ms here and more on a desktop with thousands of packages. And sqlite-jdbc, left alone,
# copies its native library out of its jar into /tmp on every start (about 110 ms of CPU, and it
# fails where /tmp is mounted noexec); the launcher points it at lib/app/native instead.
# JavaFX does the same with its own libraries (glass, prism, fonts): unless it finds them beside its
# jars, it inflates each from the jar and MD5s it against a copy in ~/.openjfx/cache on every start
# (about 65 ms of CPU on the launcher and renderer threads); so they are put beside its jars.
#
# The script is written from lib/app/Debtmeter.cfg, the same file aot-training.sh reads, so the
# class path and JVM options stay exactly the ones the AOT cache was made with. It runs the runtime's `java`
# under the name Debtmeter (a copy in lib/runtime/bin), so process lists show "Debtmeter".
# Usage: make-launcher.sh APP_IMAGE_DIR JAVA_HOME_OF_THE_BUILD (for its `jar` tool)
set -euo pipefail
image=$(cd "$1" && pwd)
jar_tool="$2/bin/jar"
app="$image/lib/app"
cfg="$app/Debtmeter.cfg"
[[ -f "$cfg" && -x "$image/lib/runtime/bin/java" ]] || { echo "make-launcher.sh: $image is not a Debtmeter app image" >&2; exit 1; }
if grep -q -e '\$BINDIR' -e '\$ROOTDIR' "$cfg"; then
    echo "make-launcher.sh: $cfg uses a jpackage variable other than \$APPDIR; teach this script it" >&2
    exit 1
fi

# The SQLite driver's library for this machine, where -Dorg.sqlite.lib.path (linux/app-image.args)
# points. If it is missing or cannot load, the driver falls back to extracting its own copy.
native_dir=$(mktemp -d)
trap 'rm -rf "$native_dir"' EXIT
entry="org/sqlite/native/Linux/$(uname -m)/libsqlitejdbc.so"
(cd "$native_dir" && "$jar_tool" xf "$(ls "$app"/lib/sqlite-jdbc-*.jar)" "$entry")
[[ -s "$native_dir/$entry" ]] || { echo "make-launcher.sh: no $entry in the sqlite-jdbc jar" >&2; exit 1; }
mkdir -p "$app/native"
cp "$native_dir/$entry" "$app/native/libsqlitejdbc.so"

# JavaFX's libraries beside its jars in lib/app/lib: on the class path, its NativeLibLoader first
# looks in the jar's folder/../lib (that same folder) and loads from there, before any extraction.
fx_graphics=$(ls "$app"/lib/javafx-graphics-*-linux.jar)
(cd "$app/lib" && "$jar_tool" xf "$fx_graphics" $("$jar_tool" tf "$fx_graphics" | grep -E '^[^/]+\.so$'))
ls "$app"/lib/libglass.so "$app"/lib/libprism_sw.so > /dev/null \
    || { echo "make-launcher.sh: no JavaFX libraries extracted from $fx_graphics" >&2; exit 1; }

# Each value single-quoted for sh, with $APPDIR turned into a reference to the script's variable.
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g; s/\\\$APPDIR/'\"\$app\"'/g")"; }
classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | paste -sd: -)
main_class=$(sed -n 's/^app.mainclass=//p' "$cfg")
{
    echo '#!/bin/sh'
    echo '# Debtmeter launcher, written by installer/linux/make-launcher.sh from lib/app/Debtmeter.cfg.'
    echo '# It starts the bundled runtime directly: see docs/decisions/0014-linux-launcher-script.md.'
    echo 'self=$(readlink -f "$0")'
    echo 'root=${self%/bin/*}'
    echo 'app=$root/lib/app'
    printf 'exec "$root/lib/runtime/bin/Debtmeter" -classpath %s' "$(quote "$classpath")"
    sed -n 's/^java-options=//p' "$cfg" | while IFS= read -r option; do printf ' \\\n    %s' "$(quote "$option")"; done
    printf ' \\\n    "-Djpackage.app-path=$self" %s "$@"\n' "$(quote "$main_class")"
} > "$image/bin/Debtmeter.new"
chmod 755 "$image/bin/Debtmeter.new"
mv "$image/bin/Debtmeter.new" "$image/bin/Debtmeter"
cp "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/Debtmeter"
# jpackage's launcher library is only loaded by its native launcher.
rm -f "$image/lib/libapplauncher.so"
echo "make-launcher.sh: wrote $image/bin/Debtmeter"
