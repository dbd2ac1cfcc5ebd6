"""A process that saves events on command, for the races between processes; and Worker,
the test's handle on one.

It reads one JSON command a line on stdin, ``{"path": ..., "op": ..., "id": ..., "title": ...,
"pause": bool}``, and answers one line on stdout: ``saved VERSION TITLE``, ``removed TITLE``,
``conflict`` or ``gone``; anything else is ``error`` and the exception. ``read`` reads the
event (``read VERSION``) as a window shows it; a later ``update`` or ``merge`` saves that
copy, as the window saves what it showed. With ``pause`` it
stops inside its transaction, after reading and writing and before committing, says
``paused`` and waits for a line on stdin: the moment another process's save must not
slip into. ``loop`` saves an event N times, reading it afresh and trying again after a
conflict, and answers ``done SAVED CONFLICTS``. ``edit-loop`` does what a shell loop of
researchers' corrections does, N times: ``list``, then ``edit --if-version`` with the
version listed; it answers ``codes`` and the exit code of each ``edit``.
"""

from __future__ import annotations

import io
import json
import select
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import replace

from timeline.cli import main as command_line
from timeline.domain.duplicates import merge
from timeline.domain.event import Event
from timeline.store import history
from timeline.store.database import open_database
from timeline.store.errors import ConflictError, NotFoundError
from timeline.store.repository import EventStore

_record = history.record


def _paused_record(*args: object, **kwargs: object) -> None:
    _record(*args, **kwargs)  # type: ignore[arg-type]
    print("paused", flush=True)
    sys.stdin.readline()


def _loop(store: EventStore, event_id: int, title: str, times: int) -> str:
    saved = conflicts = 0
    while saved < times:
        event = store.get(event_id)
        try:
            store.update(replace(event, title_en=f"{title} {saved}"))
        except ConflictError:
            conflicts += 1
        else:
            saved += 1
    return f"done {saved} {conflicts}"


def _cli(*args: str) -> tuple[int, str]:
    """Run the command line in this process; its exit code and what it printed."""
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        code = command_line(list(args))
    return code, out.getvalue()


def _edit_loop(path: str, event_id: int, title: str, times: int) -> str:
    codes = []
    for step in range(times):
        _code, listed = _cli("list", "--database", path)
        [version] = [
            entry["version"]
            for entry in map(json.loads, listed.splitlines())
            if entry["id"] == event_id
        ]
        pinned = ["--if-version", str(version), "--title-en", f"{title} {step}"]
        codes.append(_cli("edit", str(event_id), "--database", path, *pinned)[0])
    return "codes " + " ".join(map(str, codes))


def _run(store: EventStore, command: dict, shown: dict[int, Event]) -> str:
    event_id, title = command["id"], command.get("title", "")
    if command["op"] == "read":
        shown[event_id] = store.get(event_id)
        return f"read {shown[event_id].version}"
    if command["op"] == "edit-loop":
        return _edit_loop(command["path"], event_id, title, command["times"])
    if command["op"] == "loop":
        return _loop(store, event_id, title, command["times"])
    if command["op"] == "delete":
        return f"removed {store.delete(event_id).title_en}"
    if command["op"] == "revert":
        entry = store.history(event_id)[-1]  # the creation
        saved: Event = store.revert(event_id, entry.id)
    else:
        event = shown.pop(event_id, None) or store.get(event_id)
        if command["op"] == "merge":
            # What a merge adds: the other record's tag and participant.
            other = replace(event, id=None, tags=(title,))
            saved = store.update(merge(event, other))
        else:
            saved = store.update(replace(event, title_en=title))
    return f"saved {saved.version} {saved.title_en}"


#: Far longer than any race takes; only a broken store makes a worker this slow.
ANSWER_SECONDS = 30


class Worker:
    """The test's end: one worker process, sent commands and read answers."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def send(self, **command: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def resume(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()

    def answer(self) -> str:
        """The worker's next line; a worker silent for long is stopped (a hung race)."""
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], ANSWER_SECONDS)
        if not ready:
            self.process.kill()
            raise TimeoutError(f"no answer from the worker in {ANSWER_SECONDS} s")
        return self.process.stdout.readline().strip()


def main() -> None:
    stores: dict[str, EventStore] = {}
    shown: dict[int, Event] = {}
    for line in sys.stdin:
        command = json.loads(line)
        history.record = _paused_record if command.get("pause") else _record
        path = command["path"]
        if path not in stores:
            stores[path] = EventStore(open_database(path, keep_backups=0))
        try:
            answer = _run(stores[path], command, shown)
        except ConflictError:
            answer = "conflict"
        except NotFoundError:
            answer = "gone"
        except Exception as error:
            answer = f"error {type(error).__name__}: {error}"
        print(answer, flush=True)
    for store in stores.values():
        store.database.close()


if __name__ == "__main__":
    main()
