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
agreements are read apart from its events); only with a processor to spare (more than one
and a half idle in a short look, the importer's own among them, or where the system cannot
say, the load average under the processors less half of one), within the processor time a
container may use. A frozen app (PyInstaller) reads in-process: a started process would run
the app again.
"""

from __future__ import annotations

import gc
import os
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from timeline.io.chunks import Chunk, chunks
from timeline.io.progress import BUFFER_SIZE, Progress
from timeline.io.registry import READERS
from timeline.io.rows import ImportCancelled, ImportFileError
from timeline.processors import idle_processors, processor_share, usable_processors

#: The formats read this way: the event data sets and our CSV (the preview reads in-process).
FORMATS = frozenset({"gdelt", "icews", "plover", "csv"})
#: The formats whose reading process is the slower half of an import (our CSV: an event, its
#: key and search text made from 28 cells, against six tables' rows written): beside it, the
#: importer keeps every index in step while it waits for rows, and has less to do after the
#: last (bulk_transaction's ``scattered_at_end``). The importer of a data set's rows is the
#: slower half: the indexes its rows fill in no order wait for the end.
READING_BOUND = frozenset({"csv"})
#: Smaller files are read in-process: starting Python and its imports takes about a second.
MIN_BYTES = 16 * 1024 * 1024
#: Messages received ahead of the importer (chunks of a few hundred kilobytes to a few
#: megabytes): more than a filling of the text index takes to write.
AHEAD = 6
#: Each message's length, ahead of it in the pipe.
_LENGTH = 8
_ENDED = b""


def _core_to_spare() -> bool:
    """Whether a processor is free for the reading process: two processes cost a fifth more
    processor time than one, which pays only when they run at once. On a machine already
    busy (measured: load 3-4 on 2 cores), the import took longer in two processes. Free
    means idle now (a tenth of a second's look, on Linux), not over the last minute: the
    load average still counts an import that ended seconds ago, or the preview's reading."""
    processors = usable_processors()
    if processor_share(processors) < 2:
        return False
    idle = idle_processors(processors, _IDLE_LOOK_SECONDS)
    if idle is not None:
        # The importer's own processor is idle while it looks: one for it, and more than
        # half of another for the reading process.
        return idle > 1.5
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows: no load average, so no sign of others
        load = 0.0
    return load < len(processors) - 0.5


#: How long the look at the processors' idle time lasts: ten scheduler ticks of each, short
#: beside the second or more that a reading process saves.
_IDLE_LOOK_SECONDS = 0.1


def worthwhile(path: Path, name: str) -> bool:
    """Whether ``path``, of format ``name``, is read in a process of its own."""
    if name not in FORMATS or getattr(sys, "frozen", False) or not sys.executable:
        return False
    try:
        if path.stat().st_size < MIN_BYTES:
            return False
    except OSError:
        return False  # the in-process reader says why it cannot be read
    return _core_to_spare()  # after the size: the look at the processors takes a moment


def _read(
    path: str, name: str, scope: frozenset[str], first_id: int, now: str, sender: int
) -> None:
    """The reading process: chunks (:mod:`timeline.io.chunks`), then None, to the pipe
    ``sender``; a file that cannot be read or a failure is sent instead, for the importing
    process to raise."""

    def send(message: object) -> None:
        data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
        write_all(sender, len(data).to_bytes(_LENGTH, "little"))
        write_all(sender, data)

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


def write_all(descriptor: int, data: bytes) -> None:
    """All of ``data`` to a pipe, however many writes it takes. A write to a full pipe
    that a stop cuts short (Ctrl-Z in a terminal, a debugger or profiler attaching) writes
    part of it and says how much. Where PYTHONUNBUFFERED is set (IDEs and container images
    set it), ``sys.stdout.buffer`` is the pipe's raw file, whose write is that one write:
    the rest of the message was lost and the importer read the next ones out of step."""
    left = memoryview(data)
    while left:
        left = left[os.write(descriptor, left) :]


class _Inbox:
    """The reading process's messages, taken from its pipe by a thread as they come, up to
    AHEAD of them: the importer writes in bursts (filling the text index takes a few chunks'
    time), and meanwhile the reading process goes on instead of waiting for the pipe to be
    drained. Reading a pipe lets other threads run, and so does SQLite."""

    def __init__(self, receiver: BinaryIO) -> None:
        self._receiver = receiver
        self._queue: queue.Queue[bytes] = queue.Queue(AHEAD)
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._take, name="import-inbox", daemon=True)
        self._thread.start()

    def _take(self) -> None:
        try:
            while not self._stopped.is_set():
                header = self._receiver.read(_LENGTH)
                if len(header) < _LENGTH:
                    break
                length = int.from_bytes(header, "little")
                message = self._receiver.read(length)
                if len(message) < length:
                    break
                self._put(message)
        except (OSError, ValueError):  # the pipe closed under it
            pass
        finally:  # whatever stopped it, the importer does not wait for more
            self._put(_ENDED)

    def _put(self, message: bytes) -> None:
        while not self._stopped.is_set():
            try:
                self._queue.put(message, timeout=0.1)
                return
            except queue.Full:
                continue

    def get(self) -> bytes:
        """The next message; ``_ENDED`` once the pipe ended before the reader said so."""
        return self._queue.get()

    def stop(self) -> None:
        """Once the reading process has ended: the thread is done too."""
        self._stopped.set()
        self._thread.join()


def _received(inbox: _Inbox, total: int, progress: Progress | None) -> Iterator[Chunk]:
    while True:
        data = inbox.get()
        if data is _ENDED:
            raise RuntimeError("the process reading the file stopped unexpectedly")
        message = pickle.loads(data)
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
    inbox = _Inbox(stdout)
    try:
        yield _received(inbox, path.stat().st_size, progress)
    finally:
        process.kill()  # no-op once it has ended
        process.wait()
        inbox.stop()  # its pipe ended with the process
        stdout.close()


def main(arguments: list[str]) -> None:
    """The reading process's entry: the file, its format, the scope's countries, the id of
    its first event and the time its events are made."""
    path, name, scope, first_id, now = arguments
    countries = frozenset(filter(None, scope.split(",")))
    _read(path, name, countries, int(first_id), now, sys.stdout.fileno())


#: Run as code, not as ``-m`` this module: its rows' types must be this module's, not __main__'s.
_CHILD = f"import sys; from {__name__} import main; main(sys.argv[1:])"
