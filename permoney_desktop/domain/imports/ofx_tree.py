"""A lenient reader of OFX markup (1.x SGML and 2.x XML) into a small element tree.

Why not an XML or OFX library: OFX 1.x is SGML (leaf elements are never closed), and real
files break the strict readers on metadata nothing here uses (a missing header line, an
unclosed aggregate, an empty element). This reader only tokenizes tags and text, so there is
no DTD processing at all: entities are limited to the five predefined XML ones and numeric
character references, an ``<!ENTITY …>`` declaration is skipped as markup, never expanded,
and nothing external is ever fetched (the safety ``defusedxml`` would otherwise provide).

Elements: a tag followed by text is a leaf (closed by its own end tag or by the next tag);
a tag followed by another tag is an aggregate when its end tag follows before it opens again,
else an empty leaf (``<LANGUAGE>`` with no value). An end tag closes every element opened
inside it that was left open (an unclosed ``BANKTRANLIST``); a stray end tag is ignored.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r"<!--.*?-->|<\?.*?\?>|<![^>]*>|<(/?)\s*([A-Za-z][A-Za-z0-9_.:-]*)[^>]*?(/?)>",
    re.DOTALL,
)
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\u00a0"}
# The aggregates a statement is read from: always containers, even when a bank leaves one
# unclosed (its parent's end tag, or the next one of the same tag, closes it).
AGGREGATES = frozenset(
    {
        "OFX", "SIGNONMSGSRSV1", "SONRS", "STATUS", "FI",
        "BANKMSGSRSV1", "STMTTRNRS", "STMTRS", "BANKACCTFROM", "BANKTRANLIST", "STMTTRN",
        "LEDGERBAL", "AVAILBAL", "PAYEE", "BANKACCTTO", "CCACCTTO", "CURRENCY", "ORIGCURRENCY",
        "CREDITCARDMSGSRSV1", "CCSTMTTRNRS", "CCSTMTRS", "CCACCTFROM",
        "INVSTMTMSGSRSV1", "INVSTMTTRNRS", "INVSTMTRS",
    }
)  # fmt: skip


@dataclass(slots=True)
class Element:
    """One element: its upper-case tag, its text (leaves), children and 1-based source line."""

    tag: str
    line: int
    text: str = ""
    children: list[Element] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)

    def find(self, tag: str) -> Element | None:
        """The first direct child with ``tag``."""
        return next((c for c in self.children if c.tag == tag), None)

    def at(self, path: str) -> Element | None:
        """The first element down a ``/``-separated path of child tags."""
        el: Element | None = self
        for tag in path.split("/"):
            el = el.find(tag) if el is not None else None
        return el

    def text_at(self, path: str) -> str:
        """The text at ``path`` ("" when absent)."""
        el = self.at(path)
        return el.text if el is not None else ""

    def findall(self, tag: str) -> list[Element]:
        """Every direct child with ``tag``."""
        return [c for c in self.children if c.tag == tag]

    def findtext(self, tag: str) -> str:
        """The text of the first direct child with ``tag`` ("" when absent or empty)."""
        child = self.find(tag)
        return child.text if child is not None else ""

    def iter(self, tag: str) -> list[Element]:
        """Every descendant with ``tag``, in document order."""
        out: list[Element] = []
        stack = list(reversed(self.children))
        while stack:
            el = stack.pop()
            if el.tag == tag:
                out.append(el)
            stack.extend(reversed(el.children))
        return out


def unescape(text: str) -> str:
    """Resolve predefined entities and character references; anything else stays as written."""

    def one(m: re.Match[str]) -> str:
        ref = m[1]
        if ref[0] != "#":
            return _NAMED[ref]
        code = int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:])
        return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else m[0]

    return _ENTITY.sub(one, text) if "&" in text else text


@dataclass(slots=True)
class _Tokens:
    """The tag tokens of a document: (is_end, tag, self_closing, start, end) in order."""

    items: list[tuple[bool, str, bool, int, int]]
    opens: dict[str, list[int]]
    closes: dict[str, list[int]]


def _tokens(text: str) -> _Tokens:
    items: list[tuple[bool, str, bool, int, int]] = []
    opens: dict[str, list[int]] = {}
    closes: dict[str, list[int]] = {}
    for m in _TOKEN.finditer(text):
        if m[2] is None:
            continue  # comment, processing instruction or declaration: never interpreted
        tag = m[2].upper()
        is_end = m[1] == "/"
        (closes if is_end else opens).setdefault(tag, []).append(len(items))
        items.append((is_end, tag, m[3] == "/", m.start(), m.end()))
    return _Tokens(items, opens, closes)


def _is_aggregate(tokens: _Tokens, index: int, tag: str) -> bool:
    """Whether the element opened at token ``index`` has an end tag before it opens again."""
    closes = tokens.closes.get(tag, [])
    at = bisect_right(closes, index)
    if at == len(closes):
        return False
    opens = tokens.opens[tag]
    after = bisect_right(opens, index)
    return after == len(opens) or opens[after] > closes[at]


class _Builder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.root = Element("", 0)
        self.stack: list[Element] = [self.root]

    def line_at(self, offset: int) -> int:
        return bisect_left(self.newlines, offset) + 1

    def close(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def open(self, tag: str, offset: int) -> Element:
        el = Element(tag, self.line_at(offset))
        self.stack[-1].children.append(el)
        return el


def parse_tree(text: str) -> Element:
    """The document's elements under a nameless root; never raises on markup."""
    tokens = _tokens(text)
    b = _Builder(text)
    items = tokens.items
    for i, (is_end, tag, self_closing, _start, end) in enumerate(items):
        if is_end:
            b.close(tag)
            continue
        if tag in AGGREGATES:
            b.close(tag)  # OFX never nests an aggregate in itself: the previous one ended
        el = b.open(tag, _start)
        if self_closing:
            continue
        following = items[i + 1][3] if i + 1 < len(items) else len(text)
        value = text[end:following].strip()
        if value and tag not in AGGREGATES:
            el.text = unescape(value)
        elif tag in AGGREGATES or _is_aggregate(tokens, i, tag):
            b.stack.append(el)
    return b.root
