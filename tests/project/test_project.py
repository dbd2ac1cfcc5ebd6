"""Checks on the project itself: layer boundaries, style, and what a wheel carries."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

LINTED = ("timeline", "tests", "migrations", "benchmarks", "packaging")
LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports())"


def _passes(repo: Path, *command: str) -> None:
    """Run a checker with this Python, in the repository; it must find nothing."""
    result = subprocess.run(
        [sys.executable, *command], cwd=repo, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _linted(repo: Path) -> list[str]:
    return [folder for folder in LINTED if (repo / folder).exists()]


def test_layers_keep_their_boundaries(repo):
    """import-linter contracts in pyproject.toml: no Qt or SQLAlchemy in the domain, etc."""
    _passes(repo, "-c", LINT_IMPORTS)


def test_ruff_is_clean(repo):
    _passes(repo, "-m", "ruff", "check", *_linted(repo))


def test_ruff_format_leaves_every_file_as_it_is(repo):
    _passes(repo, "-m", "ruff", "format", "--check", *_linted(repo))


@pytest.mark.slow
def test_mypy_finds_no_type_error(repo):
    """Every module checked, untyped bodies too; the domain and the renderer strictly
    ([tool.mypy] in pyproject.toml). In a run of the suite the check was started beside it
    (tests/conftest.py, which names the variable): its result is read here, once written."""
    beside = os.environ.get("TIMELINE_TEST_MYPY_RESULT")
    if beside is None:
        _passes(repo, "-m", "mypy", "timeline")
        return
    result = Path(beside)
    if not result.exists() and hasattr(os, "sched_setscheduler"):
        with contextlib.suppress(OSError):  # ended meanwhile
            checker = int(os.environ["TIMELINE_TEST_MYPY_PROCESS"])
            os.sched_setscheduler(checker, os.SCHED_OTHER, os.sched_param(0))
    deadline = time.monotonic() + 240
    while not result.exists():
        assert time.monotonic() < deadline, "the type check started beside the suite never ended"
        time.sleep(0.1)
    code, output = json.loads(result.read_text(encoding="utf-8"))
    assert code == 0, output


def test_the_version_is_read_from_one_place(repo):
    """pyproject.toml takes it from the package; the newest AppStream release must agree."""
    import re

    from timeline import __version__

    pyproject = (repo / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'path = "timeline/__init__.py"' in pyproject
    metainfo = next((repo / "packaging" / "linux").glob("*.metainfo.xml")).read_text("utf-8")
    newest = re.search(r'<release version="([^"]+)"', metainfo)
    assert newest is not None and newest.group(1) == __version__
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {__version__}" in changelog


#: Suites that follow no one module: scenarios across layers, and checks of the whole app
#: (the wheel, the project's own rules, recovery from damage, a shared server, translations).
SUITES = {"integration", "packaging", "project", "reliability", "team", "translations"}


def _module_names(package: Path) -> set[str]:
    """The modules and subpackages of a package, by the name a test module gives them."""
    modules = {path.stem for path in package.glob("*.py") if path.stem != "__init__"}
    return modules | {path.parent.name for path in package.glob("*/__init__.py")}


def test_tests_mirror_the_package(repo):
    """``tests/<layer>/…/test_<module>.py`` (or ``test_<module>_<aspect>.py``, one of its
    aspects) names ``timeline/<layer>/…/<module>.py``; anything else is a suite above."""
    tests = repo / "tests"
    strays = []
    for path in sorted(tests.rglob("test_*.py")):
        place = path.relative_to(tests)
        if place.parts[0] in SUITES:
            continue
        package = repo / "timeline" / place.parent
        name = path.stem.removeprefix("test_")
        modules = _module_names(package) if (package / "__init__.py").is_file() else set()
        if not any(name == module or name.startswith(f"{module}_") for module in modules):
            strays.append(str(place))
    assert not strays, f"test modules that name no module of timeline/: {strays}"


@pytest.mark.slow
def test_the_wheel_carries_migrations_and_resources(repo, tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(repo),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("diplomatic_timeline-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "timeline/cli/__init__.py",
        "timeline/migrations/env.py",
        "timeline/migrations/script.py.mako",
        "timeline/migrations/versions/0001_initial.py",
        "timeline/resources/sample/sample-events.json",
        "timeline/resources/fonts/NotoSansArabic-Regular.ttf",
        "timeline/resources/fonts/OFL.txt",
    ):
        assert required in names
    assert not any(name.startswith("tests/") for name in names)
