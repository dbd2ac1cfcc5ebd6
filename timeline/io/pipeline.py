"""A big file read in a second process, so that an import uses both cores.

Reading, checking and normalising a GDELT, ICEWS or PLOVER file or our CSV is Python, one
row after another; writing it is SQLite. A reading process does all of the first, down to
the table rows of each valid event with its id (:mod:`timeline.io.chunks`), and sends them a
few thousand rows at a time to the importing process, which only has SQL to run to write
them in its one transaction meanwhile: the database is only ever written by the importer,
so a cancel, an error or a kill of either process leaves it as it was. The chunks are those
the importing process makes of a file it reads itself: the same rows and ids, rejections
(file, line, field, reason) and skips, with what the importer checks of their agreements and
links; its progress callback sees the bytes read as before.

Only files large enough to repay starting a process, and not our JSON (one document: its
agreements are read apart from its events); only with a processor to spare (the load
average under the processors less half of one: the import's own preview counts in it). A
frozen app (PyInstaller) reads in-process: a started process would run the app again.
"""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from timeline.io.chunks import Chunk, chunks
from timeline.io.progress import BUFFER_SIZE, Progress
from timeline.io.registry import READERS
from timeline.io.rows import ImportCancelled, ImportFileError

#: The formats read this way: the event data sets and our CSV (the preview reads in-process).
FORMATS = frozenset({"gdelt", "icews", "plover", "csv"})
#: Smaller files are read in-process: starting Python and its imports takes about a second.
MIN_BYTES = 16 * 1024 * 1024


def _core_to_spare() -> bool:
    """Whether a processor is free for the reading process: two processes cost a fifth more
    processor time than one, which pays only when they run at once. On a machine already
    busy (measured: load 3-4 on 2 cores), the import took longer in two processes."""
    if hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))  # those this process may run on
    else:
        cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows: no load average, so no sign of others
        load = 0.0
    return cores >= 2 and load < cores - 0.5


def worthwhile(path: Path, name: str) -> bool:
    """Whether ``path``, of format ``name``, is read in a process of its own."""
    if name not in FORMATS or getattr(sys, "frozen", False) or not sys.executable:
        return False
    if not _core_to_spare():
        return False
    try:
        return path.stat().st_size >= MIN_BYTES
    except OSError:
        return False  # the in-process reader says why it cannot be read


def _read(
    path: str, name: str, scope: frozenset[str], first_id: int, now: str, sender: BinaryIO
) -> None:
    """The reading process: chunks (:mod:`timeline.io.chunks`), then None; a file that
    cannot be read or a failure is sent instead, for the importing process to raise."""

    def send(message: object) -> None:
        pickle.dump(message, sender, pickle.HIGHEST_PROTOCOL)

    gc.disable()  # as in the importer: rows without cycles, made by the million
    try:
        with open(path, "rb", buffering=BUFFER_SIZE) as stream:
            for chunk in chunks(READERS[name](stream, path, scope), first_id, now):
                chunk.done = stream.tell()
                send(chunk)
        send(None)
    except ImportFileError as error:
        send(("file", error.file, error.reason, error.line))
    except BaseException:  # any failure must reach the importer
        send(("failure", traceback.format_exc()))
    sender.flush()


def _received(receiver: BinaryIO, total: int, progress: Progress | None) -> Iterator[Chunk]:
    while True:
        try:
            message = pickle.load(receiver)
        except EOFError:
            raise RuntimeError("the process reading the file stopped unexpectedly") from None
        if message is None:
            return
        if isinstance(message, Chunk):
            yield message
            if progress is not None and not progress(message.done, total):
                raise ImportCancelled("cancelled")
            continue
        if message[0] == "file":
            _, file, reason, line = message
            raise ImportFileError(file, reason, line)
        raise RuntimeError(f"the process reading the file failed:\n{message[1]}")


@contextmanager
def read_in_process(
    path: Path,
    name: str,
    scope: frozenset[str],
    progress: Progress | None,
    first_id: int,
    now: str,
) -> Iterator[Iterator[Chunk]]:
    """The chunks of ``path`` (:func:`timeline.io.chunks.chunks`), read by a process of its
    own; the process is stopped when the block ends, whether they were all taken or not.

    A fresh interpreter running this module, not multiprocessing's spawn: that would run
    the caller's main script again in the child, and fork copies a process with threads."""
    command = [sys.executable, "-c", _CHILD, str(path), name, ",".join(sorted(scope))]
    command += [str(first_id), now]
    # The modules this process imports, wherever they come from (a checkout, a venv).
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, sys.path))}
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=environment,
    )
    stdout: Any = process.stdout
    try:
        yield _received(stdout, path.stat().st_size, progress)
    finally:
        stdout.close()  # a child still writing meets a broken pipe and ends
        process.kill()  # no-op once it has ended
        process.wait()


def main(arguments: list[str]) -> None:
    """The reading process's entry: the file, its format, the scope's countries, the id of
    its first event and the time its events are made."""
    path, name, scope, first_id, now = arguments
    countries = frozenset(filter(None, scope.split(",")))
    _read(path, name, countries, int(first_id), now, sys.stdout.buffer)


#: Run as code, not as ``-m`` this module: its rows' types must be this module's, not __main__'s.
_CHILD = f"import sys; from {__name__} import main; main(sys.argv[1:])"
