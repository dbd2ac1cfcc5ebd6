#!/usr/bin/env bash
# The whole build, from a clean checkout, on Linux (Windows and macOS: packaging/README.md).
#
#   packaging/build.sh
#
# 1. a build environment, build/venv: the project's dependencies, PyInstaller, build;
# 2. the icons, rendered from resources/icons/diplomatic-timeline.svg;
# 3. the sdist and the wheel, into dist/;
# 4. the one-folder application, dist/diplomatic-timeline/, with its Linux desktop files
#    and installer in dist/diplomatic-timeline/linux/, and a tarball of it in dist/;
# 5. packaging/smoke.sh on the result.
#
# PYTHON chooses the interpreter (default python3.11); DIST and BUILD other folders than
# dist/ and build/ (the build environment is BUILD/venv, or BUILD_VENV).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
dist=${DIST:-$root/dist}
build=${BUILD:-$root/build}
venv=${BUILD_VENV:-$build/venv}
started=$(date +%s)
step() { echo "== $* ($(($(date +%s) - started)) s)"; }

step "build environment: $venv"
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet ".[packaging]" build hatchling

step "icons"
"$venv/bin/python" packaging/render_icons.py

step "sdist and wheel"
version=$("$venv/bin/python" -m hatchling version)
rm -f "$dist"/diplomatic_timeline-*
# The wheel is built from the sdist, which shows the sdist is complete.
"$venv/bin/python" -m build --no-isolation --outdir "$dist" .

step "PyInstaller one-folder application"
rm -rf "$dist/diplomatic-timeline"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath "$dist" \
  --workpath "$build/pyinstaller" packaging/diplomatic-timeline.spec
app=$dist/diplomatic-timeline
# Qt's X11 plugin links system libraries that PyInstaller copies only if this machine has
# them; those it lacks, the target desktop must have (packaging/README.md, "Linux").
missing=$(ldd "$app"/_internal/PySide6/Qt/plugins/platforms/libqxcb.so \
  | awk '/not found/{printf "%s ", $1}')
[ -z "$missing" ] || echo "warning: not bundled (install them to bundle them): $missing" >&2
# Debug symbols out of Python's own libraries only (see STRIP in the spec).
if command -v strip >/dev/null; then
  find "$app/_internal" \( -name 'libpython3*.so*' -o -path '*/lib-dynload/*.so' \) \
    -type f -exec strip --strip-unneeded {} +
fi

step "Linux desktop files and installer"
mkdir -p "$app/linux/icons"
cp packaging/linux/org.diplomatictimeline.DiplomaticTimeline.desktop \
  packaging/linux/org.diplomatictimeline.DiplomaticTimeline.metainfo.xml \
  packaging/linux/install.sh "$app/linux/"
cp resources/icons/diplomatic-timeline.svg resources/icons/diplomatic-timeline-*.png \
  "$app/linux/icons/"
tarball=$dist/diplomatic-timeline-$version-linux-$(uname -m).tar.gz
tar -C "$dist" -czf "$tarball" diplomatic-timeline

step "smoke test"
bash packaging/smoke.sh "$app/diplomatic-timeline"

step "done"
ls -l "$dist"/diplomatic_timeline-"$version"* "$tarball"
echo "folder: $(du -sh "$app" | cut -f1), tarball: $(du -h "$tarball" | cut -f1)," \
  "total time: $(($(date +%s) - started)) s"
