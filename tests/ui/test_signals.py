"""Ctrl+C and SIGTERM in the terminal close the window cleanly: no traceback, the shell's
exit codes (a real process, offscreen, with its own settings and data folders)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time


def wait_until_started(folder, count: int) -> None:
    """Each process makes its sample database once its signal handlers are in place."""
    for _ in range(600):
        if len(list(folder.glob("diplomatic-timeline-sample-*"))) >= count:
            return
        time.sleep(0.1)
    raise AssertionError("the window did not start")


def test_sigint_and_sigterm_close_the_window_without_a_traceback(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["TMPDIR"] = str(tmp_path)
    started = {
        number: subprocess.Popen(
            [sys.executable, "-m", "timeline", "--sample"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for number in (signal.SIGINT, signal.SIGTERM)
    }
    wait_until_started(tmp_path, len(started))
    time.sleep(1.0)  # and let the event loop and its outside-changes timer run a while
    for number, process in started.items():
        process.send_signal(number)
    for number, process in started.items():
        _out, err = process.communicate(timeout=30)
        assert process.returncode == {signal.SIGINT: 130, signal.SIGTERM: 143}[number]
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
