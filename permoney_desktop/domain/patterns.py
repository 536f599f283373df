"""Rule regular expressions on RE2: matching time is linear in the text, so no pattern can hang.

Python's ``re`` backtracks: ``(a+)+$`` against forty a's and a b runs for hours. RE2 never
backtracks; it refuses the few features that need it (look-around, back-references), and a
rule using one is refused with a message instead of being run. Text is matched
case-insensitively, as rules always were.

Known difference from ``re``: ``\\w``, ``\\d``, ``\\s`` and ``\\b`` are ASCII classes in RE2
(``\\pL``, ``\\pN`` name the Unicode ones).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import re2

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message

# RE2's per-pattern memory budget; a pattern needing more (``(a{1000}){1000}``) is refused.
_MAX_MEM = 32 << 20
# Patterns matched together per RE2 set: one pass over a text tests them all, and a small
# set keeps its automaton far inside the memory budget (an exhausted one would miss matches).
_SET_SIZE = 16

# Python spellings RE2 writes differently, and what they become.
_PYTHON_ESCAPES = re.compile(r"\\\\|\\Z|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})")


class PatternError(DomainError):
    """A regular expression that is invalid, or that RE2 cannot match in linear time."""


def _options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False  # the message goes to the user, not to stderr
    options.max_mem = _MAX_MEM
    options.never_capture = True  # rules only ask "does it match"
    return options


def _spell(m: re.Match[str]) -> str:
    if m.group(0) == "\\Z":
        return "\\z"
    code = m.group(1) or m.group(2)
    return f"\\x{{{code}}}" if code else m.group(0)


def to_re2(pattern: str) -> str:
    """``pattern`` in RE2's spelling (``\\Z`` → ``\\z``, ``\\u00e9`` → ``\\x{00e9}``)."""
    return _PYTHON_ESCAPES.sub(_spell, pattern)


@lru_cache(maxsize=1024)
def checked(pattern: str) -> str:
    """The RE2 spelling of ``pattern``, or ``PatternError`` saying why it cannot be used."""
    spelled = to_re2(pattern)
    try:
        re2.compile(spelled, _options())
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
        try:
            re.compile(pattern)
        except re.error as py_exc:
            raise PatternError(
                Message(
                    "bad regular expression {pattern!r}: {error}",
                    pattern=pattern,
                    error=str(py_exc),
                )
            ) from None
        raise PatternError(
            Message(
                "regular expression {pattern!r} cannot be used in a rule ({reason}): "
                "look-ahead, look-behind and back-references are not supported, because they "
                "can make matching run for hours; write the pattern without them",
                pattern=pattern,
                reason=str(reason),
            )
        ) from None
    return spelled


def searcher(pattern: str) -> Callable[[str], bool]:
    """Whether ``pattern`` occurs in a text (``PatternError`` for a pattern it refuses)."""
    rx = re2.compile(checked(pattern), _options())
    return lambda text: rx.search(text) is not None


class PatternSet:
    """Many patterns tested against one text in one pass per set; each pattern has a bit."""

    def __init__(self, patterns: Sequence[tuple[int, str]]) -> None:
        self._sets: list[tuple[re2.Set, list[int]]] = []
        for start in range(0, len(patterns), _SET_SIZE):
            chunk = patterns[start : start + _SET_SIZE]
            rset = re2.Set.SearchSet(_options())
            for _bit, pattern in chunk:
                rset.Add(checked(pattern))
            rset.Compile()
            self._sets.append((rset, [bit for bit, _ in chunk]))

    def __bool__(self) -> bool:
        return bool(self._sets)

    def mask(self, text: str) -> int:
        """The OR of the bits of the patterns found in ``text``."""
        mask = 0
        for rset, bits in self._sets:
            for i in rset.Match(text) or ():
                mask |= bits[i]
        return mask
