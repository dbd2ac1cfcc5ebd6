#!/usr/bin/env bash
# Install the one-folder application for one user (default) or for everyone:
#
#   linux/install.sh                      # into ~/.local
#   sudo PREFIX=/usr/local linux/install.sh
#   linux/install.sh --uninstall          # (same PREFIX) removes what it installed
#
# Run from the unpacked folder (diplomatic-timeline/linux/install.sh). The program goes to
# PREFIX/lib/diplomatic-timeline, a link to PREFIX/bin, the desktop entry, AppStream
# metainfo and hicolor icons to PREFIX/share, so the menus and software centres show it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
prefix=${PREFIX:-$HOME/.local}
id=org.diplomatictimeline.DiplomaticTimeline
app=$prefix/lib/diplomatic-timeline
share=$prefix/share
sizes="16 32 48 64 128 256 512"

refresh() {  # the menus and icon caches, where the tools exist; never fatal
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$app"
  rm -f "$prefix/bin/diplomatic-timeline" "$share/applications/$id.desktop" \
    "$share/metainfo/$id.metainfo.xml" "$share/icons/hicolor/scalable/apps/$id.svg"
  for size in $sizes; do rm -f "$share/icons/hicolor/${size}x$size/apps/$id.png"; done
  refresh
  echo "removed Diplomatic Timeline from $prefix"
  exit 0
fi

[ -x "$source_dir/diplomatic-timeline" ] || { echo "install: run me from the unpacked folder" >&2; exit 2; }
[ "$source_dir" != "$(cd "$app" 2>/dev/null && pwd)" ] || { echo "install: already installed here" >&2; exit 2; }
mkdir -p "$prefix/bin" "$prefix/lib" "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
rm -rf "$app"
cp -a "$source_dir" "$app"
ln -sfn "$app/diplomatic-timeline" "$prefix/bin/diplomatic-timeline"
# The menu starts the installed program by its full path: PREFIX/bin need not be on PATH.
sed "s|^Exec=diplomatic-timeline|Exec=$app/diplomatic-timeline|" "$here/$id.desktop" \
  >"$share/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$share/metainfo/"
cp "$here/icons/diplomatic-timeline.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
for size in $sizes; do
  mkdir -p "$share/icons/hicolor/${size}x$size/apps"
  cp "$here/icons/diplomatic-timeline-$size.png" "$share/icons/hicolor/${size}x$size/apps/$id.png"
done
refresh
echo "installed Diplomatic Timeline $("$app/diplomatic-timeline" --version | cut -d' ' -f2) in $prefix"
