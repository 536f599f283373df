"""Safe XML reading into line-numbered elements (for ISO 20022 camt statements).

The stdlib's expat parser, configured as ``defusedxml`` configures it, without the dependency:
any DTD entity declaration refuses the file (no billion-laughs or quadratic expansion is
possible), external entities and parameter entities are never resolved, nothing is fetched.
Tags lose their namespace (camt versions differ only there); every element keeps its line.
"""

from __future__ import annotations

from xml.parsers import expat

from permoney_desktop.domain.imports.ofx_tree import Element


class XmlRefusedError(ValueError):
    """The document is not well-formed, or declares entities (refused, never expanded)."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


class _Builder:
    def __init__(self, parser: expat.XMLParserType) -> None:
        self.parser = parser
        self.root = Element("", 0)
        self.stack = [self.root]
        self.texts: list[list[str]] = [[]]
        self.namespace = ""

    def start(self, name: str, attrs: dict[str, str]) -> None:
        uri, _, local = name.rpartition(" ")
        if not self.namespace and uri:
            self.namespace = uri
        el = Element(local, self.parser.CurrentLineNumber)
        if attrs:  # most camt elements have none: no second dict for them
            el.attrs = {k.rpartition(" ")[2]: v for k, v in attrs.items()}
        self.stack[-1].children.append(el)
        self.stack.append(el)
        self.texts.append([])

    def end(self, _name: str) -> None:
        el = self.stack.pop()
        el.text = "".join(self.texts.pop()).strip()

    def data(self, text: str) -> None:
        self.texts[-1].append(text)


def _refuse_entities(*_args: object) -> None:
    raise XmlRefusedError(0, "the file declares XML entities, which are never expanded")


def _refuse_external(*_args: object) -> int:
    raise XmlRefusedError(0, "the file refers to an external entity, which is never fetched")


def parse_xml(data: bytes) -> tuple[Element, str]:
    """The document's elements under a nameless root, and its root namespace URI."""
    parser = expat.ParserCreate(namespace_separator=" ")
    builder = _Builder(parser)
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True  # a text node in one call, not one per line or entity
    parser.EntityDeclHandler = _refuse_entities
    parser.UnparsedEntityDeclHandler = _refuse_entities
    parser.ExternalEntityRefHandler = _refuse_external
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except XmlRefusedError as exc:
        raise XmlRefusedError(parser.CurrentLineNumber, exc.reason) from None
    except expat.ExpatError as exc:
        reason = expat.ErrorString(exc.code) if exc.code else "not well-formed"
        raise XmlRefusedError(exc.lineno, f"not well-formed XML ({reason})") from None
    except LookupError:
        # Expat asks Python's codecs for an encoding its declaration names and it lacks.
        line = parser.CurrentLineNumber
        raise XmlRefusedError(line, "the XML declaration names an unknown encoding") from None
    return builder.root, builder.namespace
