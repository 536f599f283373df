"""The German and French catalogues: complete after lupdate over ui/, and faithful in form."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py: the project's own build step)

_FIELD = re.compile(r"\{[^{}]*\}|%L?n|%L?\d")


def _updated(tmp_path: Path, language: str) -> ET.Element:
    """The language's .ts after lupdate has read every string in ui/ today (a copy)."""
    copy = tmp_path / translations.ts_file(language).name
    shutil.copy(translations.ts_file(language), copy)
    translations.update(ts_files=[copy], quiet=True)
    return ET.parse(copy).getroot()


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_gui_string_is_translated(tmp_path: Path, language: str) -> None:
    root = _updated(tmp_path, language)
    messages = list(root.iter("message"))
    assert len(messages) > 50  # lupdate found the strings at all
    unfinished = [
        m.findtext("source")
        for m in messages
        if (t := m.find("translation")) is not None and t.get("type") == "unfinished"
    ]
    assert not unfinished, (
        f"{len(unfinished)} string(s) without a {language} translation; run "
        "`.venv/bin/python packaging/translations.py update` and translate them in "
        f"{translations.ts_file(language).relative_to(ROOT)}: {unfinished[:20]}"
    )


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_fields_and_mnemonics(tmp_path: Path, language: str) -> None:
    """A translation has the same {fields} and %n as its source, and a mnemonic if it had one."""
    wrong = []
    for message in ET.parse(translations.ts_file(language)).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        assert node is not None
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        for text in forms:
            if sorted(_FIELD.findall(text)) != sorted(_FIELD.findall(source)):
                wrong.append((source, text))
            if re.search(r"&\w", source) and not re.search(r"&\w", text):
                wrong.append((source, text))
    assert not wrong, wrong


def test_the_build_step_makes_a_qm_for_each_language(tmp_path: Path) -> None:
    translations.build()
    for language in translations.LANGUAGES:
        qm = translations.qm_file(language)
        assert qm.stat().st_size > 1000
        assert qm.stat().st_mtime >= translations.ts_file(language).stat().st_mtime
