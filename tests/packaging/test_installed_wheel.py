"""The wheel installed into a fresh virtual environment runs from any folder.

Slow, and it downloads the dependencies from PyPI: it runs only with
``TIMELINE_PACKAGING_TESTS=1`` (see packaging/README.md).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from timeline import __version__

PIP_WHEEL = ("-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("TIMELINE_PACKAGING_TESTS") != "1",
        reason="installs the wheel and its dependencies: set TIMELINE_PACKAGING_TESTS=1",
    ),
]


def test_the_installed_wheel_upgrades_lists_exports_and_draws(repo, tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, *PIP_WHEEL, "-w", str(wheels), str(repo)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        capture_output=True,
        env=env,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import timeline; print(timeline.__file__)"],
        cwd=elsewhere,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    assert where.stdout.startswith(str(venv)), "the code must come from the wheel"
    # The smoke test of the frozen app works on any diplomatic-timeline program.
    smoke = subprocess.run(
        ["bash", str(repo / "packaging" / "smoke.sh"), str(venv / "bin" / "diplomatic-timeline")],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert f"ok    --version: diplomatic-timeline {__version__}" in smoke.stdout
    for step in ("db upgrade", "list --sample --pair MA AZ", "--sample --screenshot", "export"):
        assert f"ok    {step}" in smoke.stdout
