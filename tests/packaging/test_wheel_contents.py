"""What the wheel and the sdist carry: everything the app reads at run time, and its metadata.

Building takes a few seconds, so these are ``slow`` (deselect with ``-m "not slow"``).
"""

from __future__ import annotations

import email
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from timeline import __version__

PIP_WHEEL = ("-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q")

pytestmark = pytest.mark.slow


def files_under(folder: Path) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    ]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    repo = Path(__file__).resolve().parents[2]
    subprocess.run(
        [sys.executable, *PIP_WHEEL, "-w", str(out), str(repo)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob(f"diplomatic_timeline-{__version__}-py3-none-any.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def test_every_resource_and_migration_is_inside_the_package(wheel, repo):
    names = set(wheel.namelist())
    for top in ("resources", "migrations"):
        for path in files_under(repo / top):
            # fonts, sample, icons, translations, data tables, env.py, versions/*.py …
            assert f"timeline/{path.relative_to(repo).as_posix()}" in names, path


def test_the_wheel_carries_what_the_app_opens(wheel):
    names = set(wheel.namelist())
    for required in (
        "timeline/migrations/env.py",
        "timeline/migrations/versions/0001_initial.py",
        "timeline/resources/fonts/NotoSans-Regular.ttf",
        "timeline/resources/fonts/NotoSansArabic-Regular.ttf",
        "timeline/resources/fonts/NotoSansArabicUI-Regular.ttf",
        "timeline/resources/fonts/OFL.txt",
        "timeline/resources/sample/sample-events.json",
        "timeline/resources/icons/diplomatic-timeline.svg",
        *(f"timeline/resources/icons/diplomatic-timeline-{n}.png" for n in (16, 256, 512)),
    ):
        assert required in names
    assert not any(name.startswith(("tests/", "packaging/", "docs/")) for name in names)
    assert not any("__pycache__" in name for name in names)


def test_the_wheel_metadata_names_version_licence_and_command(wheel):
    info = f"diplomatic_timeline-{__version__}.dist-info"
    metadata = email.message_from_bytes(wheel.read(f"{info}/METADATA"))
    assert metadata["Version"] == __version__
    assert metadata["License-Expression"] == "GPL-3.0-or-later"
    assert any(url.startswith("Homepage, https://") for url in metadata.get_all("Project-URL"))
    entry_points = wheel.read(f"{info}/entry_points.txt").decode()
    assert "diplomatic-timeline = timeline.cli:main" in entry_points


def test_the_sdist_carries_the_packaging(repo, tmp_path):
    script = f"import hatchling.build as b; print(b.build_sdist({str(tmp_path)!r}))"
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=repo, check=True, capture_output=True, text=True
    )
    sdist = tmp_path / result.stdout.strip().splitlines()[-1]
    prefix = f"diplomatic_timeline-{__version__}/"
    with tarfile.open(sdist) as archive:
        names = {name.removeprefix(prefix) for name in archive.getnames()}
    for required in (
        "pyproject.toml",
        "timeline/__init__.py",
        "migrations/env.py",
        "resources/icons/diplomatic-timeline.svg",
        "packaging/diplomatic-timeline.spec",
        "packaging/build.sh",
        "packaging/smoke.sh",
        "packaging/icons/diplomatic-timeline.ico",
        "packaging/linux/org.diplomatictimeline.DiplomaticTimeline.desktop",
        "packaging/linux/org.diplomatictimeline.DiplomaticTimeline.metainfo.xml",
    ):
        assert required in names
