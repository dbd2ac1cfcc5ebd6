"""Linux desktop integration: the desktop entry, AppStream metainfo, icons and installer.

The validators are Debian's desktop-file-utils and appstream packages; without them those
two tests skip and say how to install them.
"""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from timeline import __version__

APP_ID = "org.diplomatictimeline.DiplomaticTimeline"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SIZES = (16, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def linux(repo) -> Path:
    return repo / "packaging" / "linux"


def validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(
            f"{name} is not installed (Debian: apt-get install -y desktop-file-utils appstream)"
        )
    return path


def test_desktop_file_validate_passes(linux):
    tool = validator("desktop-file-validate")
    result = subprocess.run(
        [tool, str(linux / f"{APP_ID}.desktop")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstreamcli_validate_passes(linux):
    tool = validator("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(linux / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_entry_speaks_english_arabic_and_french(linux):
    entry = configparser.RawConfigParser(delimiters="=")
    entry.optionxform = str  # keys are case-sensitive
    entry.read(linux / f"{APP_ID}.desktop", encoding="utf-8")
    fields = entry["Desktop Entry"]
    for key in ("Name", "GenericName", "Comment"):
        assert fields[key] and fields[f"{key}[ar]"] and fields[f"{key}[fr]"]
    assert fields["Exec"].split()[0] == "diplomatic-timeline"
    assert fields["Icon"] == APP_ID
    assert fields["Categories"] == "Office;"
    assert "MimeType" not in fields


def test_the_metainfo_describes_this_version_in_three_languages(linux):
    root = ET.parse(linux / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    # The newest release is the version the app reports: bump both together.
    assert root.find("releases/release").get("version") == __version__
    for tag in ("summary", "description/p"):
        languages = {element.get(XML_LANG) for element in root.findall(tag)}
        assert languages == {None, "ar", "fr"}, tag
    images = [image.text for image in root.iter("image")]
    assert images and all(url.startswith("https://") for url in images)
    assert any(url.endswith("docs/screenshots/main-en.png") for url in images)
    assert root.find("content_rating") is not None


def test_the_icons_are_rendered_at_every_size(repo):
    icons = repo / "resources" / "icons"
    for size in SIZES:
        image = QImage(str(icons / f"diplomatic-timeline-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_the_windows_and_macos_icons_hold_png_images(repo):
    ico = (repo / "packaging" / "icons" / "diplomatic-timeline.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1) and count >= 5
    first_offset = struct.unpack_from("<I", ico, 6 + 12)[0]
    assert ico[first_offset : first_offset + 4] == b"\x89PNG"
    icns = (repo / "packaging" / "icons" / "diplomatic-timeline.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    assert b"ic10" in icns and b"icp4" in icns  # 1024 and 16 px


def test_install_sh_puts_the_app_in_the_menus_and_takes_it_out(linux, tmp_path):
    # A stand-in for the unpacked one-folder app, with the files build.sh copies beside it.
    folder = tmp_path / "diplomatic-timeline"
    (folder / "linux" / "icons").mkdir(parents=True)
    program = folder / "diplomatic-timeline"
    program.write_text(f"#!/bin/sh\necho diplomatic-timeline {__version__}\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", "install.sh"):
        shutil.copy(linux / name, folder / "linux")
    for icon in (linux.parent.parent / "resources" / "icons").iterdir():
        shutil.copy(icon, folder / "linux" / "icons")
    prefix = tmp_path / "prefix"
    env = {**os.environ, "PREFIX": str(prefix)}
    script = folder / "linux" / "install.sh"
    subprocess.run(["bash", str(script)], env=env, check=True, capture_output=True)
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={prefix}/lib/diplomatic-timeline/diplomatic-timeline" in desktop.read_text()
    assert (prefix / "bin" / "diplomatic-timeline").resolve().is_file()
    assert (prefix / "share/icons/hicolor/256x256/apps" / f"{APP_ID}.png").is_file()
    assert (prefix / "share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (prefix / "share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    subprocess.run(["bash", str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not desktop.exists() and not (prefix / "lib" / "diplomatic-timeline").exists()
