"""Every command of the README runs as written: the commands are read from README.md itself,
so the two cannot drift apart.

They run in order, as a newcomer types them, in a folder holding a copy of ``docs/examples``
(what a fresh clone has): in-process through ``timeline.cli.main``, except the first (also
run as a shell runs it) and the screenshot, whose window sets the language and font of the
whole application, so it runs in a child process of its own. Each must exit 0 and
print the line the README shows under it (``#   …``; a trailing … means "starts with"), or,
where the README shows none, a line matching what :data:`EXPECTED` says it prints.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from timeline.cli import main

REPO = Path(__file__).resolve().parents[2]
PROGRAM = "diplomatic-timeline"
SHOWN = "#   "

#: What a command prints where the README shows nothing: a pattern its arguments match, and
#: one an output line matches. Every entry must match a README command.
EXPECTED = [
    (r"^list --sample --(pair|country) \w\w", r'^\{"id": \d+, "start": "\d{4}-\d\d-\d\d", '),
    (r"^db upgrade ", r"example\.sqlite3: at schema \w+"),
    (r"^db check ", r"example\.sqlite3: ok \(schema \w+, \d+ events\)$"),
    (r"^db backup .*--output copy\.sqlite3", r"copy\.sqlite3$"),
    (r"^import docs/examples/\S+ --database", r"^docs/examples/\S+ \(\w+\): \d+ rows; \d+ added; "),
    (r"^extract docs/examples/article-\w\w\.txt", r'"kind": "sideline-meeting", '),
]
#: The first bytes of the image a --screenshot example writes (it prints nothing).
PNG = b"\x89PNG\r\n\x1a\n"


@dataclass
class Example:
    """One command of the README, where it is and the output lines shown under it."""

    line: int
    command: str
    shown: list[str] = field(default_factory=list)

    @property
    def argv(self) -> list[str]:
        return shlex.split(self.command, comments=True)[1:]

    def __str__(self) -> str:
        return f"README.md:{self.line}: {self.command}"


def readme_examples(text: str) -> list[Example]:
    """The ``diplomatic-timeline`` commands of the ``sh`` blocks, continuation lines joined."""
    examples: list[Example] = []
    in_block, continued = False, False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("```"):
            in_block = not in_block and line.strip() == "```sh"
            continue
        if not in_block:
            continue
        if continued:
            examples[-1].command += " " + line.strip()
        elif line.startswith(PROGRAM + " "):
            examples.append(Example(number, line))
        else:
            if line.startswith(SHOWN) and examples:
                examples[-1].shown.append(line[len(SHOWN) :].strip())
            continue
        continued = examples[-1].command.endswith("\\")
        if continued:
            examples[-1].command = examples[-1].command[:-1].rstrip()
    return examples


EXAMPLES = readme_examples((REPO / "README.md").read_text(encoding="utf-8"))


def expected_lines(example: Example) -> list[str]:
    """Patterns of the lines the example must print, from the README or from EXPECTED."""
    if example.shown:
        return [
            "^" + re.escape(shown[:-1]) if shown.endswith("…") else f"^{re.escape(shown)}$"
            for shown in example.shown
        ]
    arguments = shlex.join(example.argv)
    return [output for command, output in EXPECTED if re.search(command, arguments)]


def run_in_child(argv: list[str]) -> tuple[int, str, str]:
    child = subprocess.run(
        [sys.executable, "-m", "timeline", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return child.returncode, child.stdout, child.stderr


def run_in_process(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    if "--screenshot" in argv:
        return run_in_child(argv)
    try:
        code = main(argv)
    except SystemExit as exit_info:
        code = exit_info.code if isinstance(exit_info.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def check(example: Example, code: int, out: str, err: str) -> None:
    """Exit 0 and the output the README shows (or EXPECTED says); an image for a screenshot."""
    assert code == 0, f"{example}\nexit {code}: {err}"
    if "--screenshot" in example.argv:
        image = Path(example.argv[example.argv.index("--screenshot") + 1])
        assert image.read_bytes().startswith(PNG), example
        return
    patterns = expected_lines(example)
    assert patterns, f"{example}: show its output under it in the README ({SHOWN}…)"
    lines = out.splitlines() + err.splitlines()  # what the terminal shows
    for pattern in patterns:
        assert any(re.search(pattern, line) for line in lines), f"{example}\n{out}"


def test_the_readme_has_its_examples():
    assert {"list", "db", "add", "import", "export", "extract"} <= {e.argv[0] for e in EXAMPLES}
    assert any("--screenshot" in example.argv for example in EXAMPLES)
    assert all(" \\" not in example.command for example in EXAMPLES)  # continuations joined


def test_every_expectation_is_of_a_readme_command():
    for command, _ in EXPECTED:
        assert any(re.search(command, shlex.join(e.argv)) for e in EXAMPLES), command


@pytest.mark.slow
def test_every_readme_command_runs_as_written(tmp_path, monkeypatch, capsys):
    shutil.copytree(REPO / "docs" / "examples", tmp_path / "docs" / "examples")
    monkeypatch.chdir(tmp_path)
    first = EXAMPLES[0]  # as a shell runs it, in a process of its own
    check(first, *run_in_child(first.argv))
    for example in EXAMPLES:
        check(example, *run_in_process(example.argv, capsys))


def test_the_parser_joins_continuations_and_keeps_shown_lines():
    text = (
        "```sh\n"
        "diplomatic-timeline add --kind x \\\n"
        '    --title-en "A b"   # a comment\n'
        "#   added event 1 (version 1)\n"
        "pip install . \\\n"
        "    && pytest\n"
        "```\n"
        "diplomatic-timeline outside a block\n"
    )
    (example,) = readme_examples(text)
    assert example.argv == ["add", "--kind", "x", "--title-en", "A b"]
    assert example.shown == ["added event 1 (version 1)"]
    assert example.line == 2
