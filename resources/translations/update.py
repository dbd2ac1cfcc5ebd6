"""Refresh the UI translation sources (``timeline_ar.ts``, ``timeline_en.ts``, ``timeline_fr.ts``)
from the code, keeping every translation already made.

Run it from anywhere, with the project's Python (PySide6 brings lupdate)::

    python resources/translations/update.py            # refresh the three files in place
    python resources/translations/update.py --into DIR  # refreshed copies in DIR instead

It runs PySide6's ``lupdate`` over every ``timeline/**/*.py`` file, named one by one (lupdate
does not look for ``.py`` files in folders), with ``-no-obsolete`` (strings no longer in the
code are dropped) and ``-locations none`` (no line numbers, so moving code does not touch the
files). Then it prints, per language, how many strings there are and how many still need a
translator (exit status 1 while any does). The test suite
(tests/translations/test_translations.py) fails while any string is missing or untranslated
in any of the three files.

For translators
---------------
1. After code changes, run this script. New strings appear in each file marked
   ``type="unfinished"``; a changed string keeps its old translation as a suggestion, still
   marked unfinished.
2. Open a file in Qt Linguist (it ships with PySide6)::

       pyside6-linguist resources/translations/timeline_ar.ts

   Translate each unfinished string and mark it done (Ctrl+Return). Linguist shows the
   English source, the context (the class the string is in) and warns about a lost ``%1``,
   ``&`` or final punctuation. Save.
3. Keep in every translation what the program fills in or the keyboard uses: ``%1``, ``%2``
   (in any order), ``{name}``-style fields, and at most one ``&`` (the letter after it is the
   Alt shortcut; in Arabic, put ``&`` before an Arabic letter of the word, e.g. ``&ملف``).
   ``&&`` is a literal ampersand.
4. There are no plural strings (``%n``): a count in words ("11 حدثًا", "2 événements") is
   written by ``timeline/domain/plurals.py`` (Babel's CLDR plural rules), for the window and
   the command line alike; add its forms there. French typography: a no-break space (U+00A0)
   before ``: ; ? !`` and inside ``« »``, and ``’`` for the apostrophe. The tests check all
   of this.
5. ``timeline_en.ts`` is the source language: this script copies each English source into it
   as its translation.

The ``.qm`` files are never committed: the app compiles each ``.ts`` with lrelease on first
use (timeline/ui/translations.py) and the packaged build compiles them at build time.

Comments starting with ``#:`` in this code base document module attributes (Sphinx style);
lupdate would take the next one it meets for a note to translators, so the notes it makes
(``<extracomment>``) are removed. To tell translators which of two senses is meant, give
``tr()`` a disambiguation instead: ``self.tr("Saved", "a version that was saved")``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
LANGUAGES = ("ar", "en", "fr")

_EXTRA_COMMENT = re.compile(r"\n[ \t]*<extracomment>.*?</extracomment>", re.DOTALL)
# A plain message (not a plural one) not translated yet: its source, an optional
# disambiguating comment, and the empty (or guessed) translation lupdate writes.
_PLAIN_UNFINISHED = re.compile(
    r"(<source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
    r'<translation type="unfinished">[^<]*</translation>'
)
_LANGUAGE = re.compile(r'<TS version="([^"]*)"[^>]*>')


def lupdate() -> Path:
    """PySide6 ships Qt's lupdate next to its modules (``pyside6-lupdate`` runs the same)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    return folder / ("lupdate.exe" if sys.platform == "win32" else "lupdate")


def source_files(repo: Path = REPO) -> list[str]:
    """Every Python file of the app, relative to the repository, in a stable order."""
    return sorted(
        path.relative_to(repo).as_posix()
        for path in (repo / "timeline").rglob("*.py")
        if "__pycache__" not in path.parts
    )


def tidy(text: str, language: str) -> str:
    """What lupdate leaves, made ready for translators: the language stated, no stray notes,
    and English (the source language) translated by its own source text."""
    text = _LANGUAGE.sub(
        lambda m: f'<TS version="{m.group(1)}" language="{language}" sourcelanguage="en">',
        text,
        count=1,
    )
    text = _EXTRA_COMMENT.sub("", text)
    if language == "en":
        text = _PLAIN_UNFINISHED.sub(
            lambda m: f"{m.group(1)}<translation>{m.group('source')}</translation>", text
        )
    return text


def update(folder: Path = HERE, languages: tuple[str, ...] = LANGUAGES) -> dict[str, Path]:
    """Refresh ``timeline_<language>.ts`` in ``folder`` (created if missing) from the code."""
    files = source_files()
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "files.lst"  # an @list keeps the command line short
        listing.write_text("\n".join(files) + "\n", encoding="utf-8")
        for language in languages:
            target = (folder / f"timeline_{language}.ts").resolve()
            subprocess.run(
                [
                    str(lupdate()),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    f"@{listing}",
                    "-ts",
                    str(target),
                ],
                cwd=REPO,
                check=True,
                capture_output=True,
                timeout=300,
            )
            target.write_text(tidy(target.read_text(encoding="utf-8"), language), "utf-8")
            written[language] = target
    return written


def unfinished(path: Path) -> tuple[int, int]:
    """(messages, messages still to translate) in a ``.ts`` file."""
    import xml.etree.ElementTree as ET

    total = todo = 0
    for message in ET.parse(path).getroot().iter("message"):
        total += 1
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            todo += 1
            continue
        forms = list(translation.iter("numerusform"))
        texts = [form.text for form in forms] if forms else [translation.text]
        if not all(texts):
            todo += 1
    return total, todo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--into",
        type=Path,
        metavar="DIR",
        help="write refreshed copies into DIR (starting from the committed files) instead",
    )
    args = parser.parse_args(argv)
    folder = HERE
    if args.into is not None:
        folder = args.into
        folder.mkdir(parents=True, exist_ok=True)
        for language in LANGUAGES:
            committed = HERE / f"timeline_{language}.ts"
            if committed.exists() and committed.resolve() != (folder / committed.name).resolve():
                shutil.copyfile(committed, folder / committed.name)
    missing = 0
    for path in update(folder).values():
        total, todo = unfinished(path)
        missing += todo
        print(f"{path.name}: {total} strings, {todo} to translate")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
