"""packaging/build.sh end to end: sdist, wheel, the PyInstaller one-folder app, smoke.sh.

About a minute and a half with a warm pip cache, and it downloads PyInstaller and the
dependencies: it runs only with ``TIMELINE_PACKAGING_TESTS=1`` (see packaging/README.md).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from timeline import __version__

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("TIMELINE_PACKAGING_TESTS") != "1",
        reason="builds the PyInstaller app (minutes): set TIMELINE_PACKAGING_TESTS=1",
    ),
]


def test_build_sh_builds_and_smoke_tests_the_application(repo, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(PYTHON=sys.executable, DIST=str(tmp_path / "dist"), BUILD=str(tmp_path / "build"))
    result = subprocess.run(
        ["bash", str(repo / "packaging" / "build.sh")],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "smoke: all checks passed" in result.stdout
    dist = tmp_path / "dist"
    assert (dist / "diplomatic-timeline" / "diplomatic-timeline").is_file()
    assert (dist / "diplomatic-timeline" / "linux" / "install.sh").is_file()
    assert list(dist.glob(f"diplomatic_timeline-{__version__}-py3-none-any.whl"))
    assert list(dist.glob(f"diplomatic_timeline-{__version__}.tar.gz"))
    assert list(dist.glob(f"diplomatic-timeline-{__version__}-linux-*.tar.gz"))
