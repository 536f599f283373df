"""No user-visible English literal reaches a Qt text setter without ``tr()`` (an AST scan of ui/).

A string is untranslated when a literal (or an f-string, or a sum of them) with letters outside
HTML tags is passed straight to one of the setters, constructors or dialogs below. ``ALLOWED``
counts, per file, the ones not converted yet: THIS LIST MAY ONLY SHRINK. Wrap a new string in
``tr()`` (see ``permoney_desktop/ui/i18n.py``); lower or drop a count once a file has fewer.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "permoney_desktop" / "ui"

# method name -> which positional arguments are text
SETTERS = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "showMessage": (0,),
    "addMenu": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "addRow": (0,),
    "setButtonText": (1,),
    "addButton": (0,),
}
# constructors (or static dialogs) -> which positional arguments are text
CONSTRUCTORS = {
    "QAction": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QMenu": (0,),
    "QToolBar": (0,),
    "QCommandLinkButton": (0, 1),
    "question": (1, 2),
    "warning": (1, 2),
    "information": (1, 2),
    "critical": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getDouble": (1, 2),
    "getOpenFileName": (1,),
    "getSaveFileName": (1,),
    "getExistingDirectory": (1,),
}
KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle", "caption"}

# Files not converted yet -> how many untranslated literals they may still hold. ONLY SHRINKS.
ALLOWED: dict[str, int] = {}

_TAG = re.compile(r"<[^<>]*>|&\w+;")


def _has_words(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}", _TAG.sub("", text)))


def _untranslated(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and _has_words(str(part.value)) for part in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    return False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def findings(source: str) -> list[tuple[int, str]]:
    """(line, call) of each untranslated literal in a module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        positions = SETTERS.get(name, ()) if isinstance(node.func, ast.Attribute) else ()
        positions = positions or CONSTRUCTORS.get(name, ())
        args = [node.args[i] for i in positions if i < len(node.args)]
        args += [k.value for k in node.keywords if k.arg in KEYWORDS]
        if name in SETTERS or name in CONSTRUCTORS:
            found += [(node.lineno, name) for a in args if _untranslated(a)]
    return found


def scan() -> dict[str, list[tuple[int, str]]]:
    result = {}
    for path in sorted(UI.rglob("*.py")):
        hits = findings(path.read_text(encoding="utf-8"))
        if hits:
            result[path.relative_to(ROOT).as_posix()] = hits
    return result


def test_no_untranslated_literal_beyond_the_allow_list() -> None:
    over = {path: hits for path, hits in scan().items() if len(hits) > ALLOWED.get(path, 0)}
    assert not over, (
        "user-visible text without tr() (wrap it: permoney_desktop/ui/i18n.py): "
        + "; ".join(f"{p}: lines {[line for line, _ in h]}" for p, h in over.items())
    )


def test_the_allow_list_names_only_files_that_still_need_it() -> None:
    now = scan()
    stale = {p: n for p, n in ALLOWED.items() if len(now.get(p, [])) < n}
    assert not stale, f"lower these allow-list counts (it only shrinks): {stale}"


def test_the_scan_catches_what_it_should() -> None:
    code = (
        'w.setText("Hello there")\n'
        'w.setToolTip(f"Balance of {name}")\n'
        'QLabel("Payee:")\n'
        'QMessageBox.question(self, "Delete?", "Really delete it?")\n'
        'w.setText(tr("Translated"))\n'
        'w.setText("")\n'
        'w.setText("—")\n'
        "w.setText(name)\n"
        'w.setText(f"<b>{tr(x)}</b>")\n'
    )
    assert [line for line, _ in findings(code)] == [1, 2, 3, 4, 4]
