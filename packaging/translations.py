#!/usr/bin/env python3
"""Build the GUI's translations (.ts sources → .qm files) with Qt's own lupdate and lrelease.

    .venv/bin/python packaging/translations.py build    # .qm from each .ts (what set-up runs)
    .venv/bin/python packaging/translations.py update   # re-read the sources into the .ts

The .ts files in resources/i18n/ are the sources (committed, edited by translators with Qt
Linguist or a text editor); the .qm files beside them are built, never committed: set-up
(`packaging/dev.py run|test|package`) builds them. lupdate and lrelease come with PySide6 in the
locked environment. Standard library only (dev.py imports it before anything else is installed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
PACKAGE = ROOT / "permoney_desktop"
# ui/ holds the GUI's tr("…"); services/ and domain/ hold Message("…"): text made below the GUI
# (undo labels, errors, health advice) that the GUI translates when it shows it.
SOURCES = (PACKAGE / "ui", PACKAGE / "services", PACKAGE / "domain")
# lupdate reads Message("…") as it reads QT_TR_NOOP("…") (domain/messages.py).
ALIASES = ("-tr-function-alias", "QT_TR_NOOP+=Message")
LANGUAGES = ("de", "fr")
# English is the source language; its catalogue holds only the plural forms ("%n entries"
# is "1 entry" for one), so lupdate fills it with -pluralonly.
PLURAL_ONLY = ("en",)
CATALOGUES = (*LANGUAGES, *PLURAL_ONLY)


def ts_file(language: str) -> Path:
    return I18N / f"permoney_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N / f"permoney_{language}.qm"


def tool(name: str, bin_dir: Path | None = None) -> str:
    """The PySide6 wrapper of a Qt tool (``lupdate``, ``lrelease``) in the environment."""
    folder = bin_dir or Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(folder))
    if found is None:
        raise SystemExit(f"pyside6-{name} not found in {folder}: run `packaging/dev.py` set-up")
    return found


def build(bin_dir: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile each .ts that is newer than its .qm (or every one with ``force``)."""
    built: list[Path] = []
    for language in CATALOGUES:
        source, target = ts_file(language), qm_file(language)
        if not force and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run(
            [tool("lrelease", bin_dir), "-silent", str(source), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


def update(
    bin_dir: Path | None = None, ts_files: list[Path] | None = None, *, quiet: bool = False
) -> None:
    """Read every ``tr("…")`` in ui/ and ``Message("…")`` in services/ and domain/ into the .ts
    files (new strings arrive unfinished).

    No line numbers (``-locations none``): a string moving within a file is no change to the
    .ts, so the translation files conflict only when strings themselves change.
    """
    command = [tool("lupdate", bin_dir), "-locations", "none", "-no-obsolete", *ALIASES]
    if quiet:
        command.append("-silent")
    sources = sorted(str(p.relative_to(ROOT)) for s in SOURCES for p in s.rglob("*.py"))
    for path in ts_files or [ts_file(language) for language in CATALOGUES]:
        plural_only = ["-pluralonly"] if path.stem.endswith(PLURAL_ONLY) else []
        subprocess.run([*command, *plural_only, *sources, "-ts", str(path)], check=True, cwd=ROOT)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "build":
        for path in build(force="--force" in argv):
            print(f"built {path.relative_to(ROOT)}", file=sys.stderr)
        return 0
    if command == "update":
        update()
        return 0
    print(f"unknown command {command!r} (build or update)", file=sys.stderr)
    return 2


if __name__ == "__main__":
    os.chdir(ROOT)
    raise SystemExit(main(sys.argv[1:]))
