"""Messages made below the GUI: the English text for everyone who reads a str, the template and
fields for the GUI, and the stored form of an undo label that reads back the same."""

from __future__ import annotations

import json
import pickle

from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message, decode, encode


def test_a_message_is_its_english_sentence() -> None:
    m = Message("an account named {name!r} already exists", name="Cash")
    assert m == "an account named 'Cash' already exists"
    assert isinstance(m, str) and f"{m}" == str(m) == m
    assert m.template == "an account named {name!r} already exists"
    assert dict(m.fields) == {"name": "Cash"}
    assert str(DomainError(m)) == "an account named 'Cash' already exists"


def test_a_message_without_fields_is_never_formatted() -> None:
    m = Message("braces {stay} as typed")
    assert m == "braces {stay} as typed" and not m.fields


def test_nested_messages_make_one_sentence_and_survive_storage() -> None:
    inner = Message("Add category {path}", path="Food:Groceries")
    outer = Message("Undo {action}", action=inner)
    assert outer == "Undo Add category Food:Groceries"
    back = decode(encode(outer))
    assert back == outer and back.template == "Undo {action}"
    action = back.fields["action"]
    assert isinstance(action, Message) and action.template == "Add category {path}"


def test_a_label_without_fields_is_stored_as_plain_text() -> None:
    assert encode(Message("Add account")) == "Add account"
    assert encode("Add account") == "Add account"


def test_an_older_books_plain_labels_read_back_as_they_are() -> None:
    for old in ("Add category Food", "Import 3 entries from bank.csv", '{"not": "ours"}', "{x}"):
        back = decode(old)
        assert back == old and back.template == old and not back.fields


def test_a_message_pickles_with_its_template() -> None:
    m = Message("Delete {count} entries", count=3)
    back = pickle.loads(pickle.dumps(m))
    assert back == m and back.template == m.template and dict(back.fields) == {"count": 3}
    err = pickle.loads(pickle.dumps(DomainError(m)))
    assert err.args[0].template == m.template


_text = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)


@given(name=_text, count=st.integers(-(10**12), 10**12), plain=_text)
def test_encode_then_decode_gives_the_same_sentence_and_fields(
    name: str, count: int, plain: str
) -> None:
    m = Message("Import {count} entries from {file}", count=count, file=name)
    back = decode(encode(m))
    assert back == m and back.template == m.template and dict(back.fields) == dict(m.fields)
    # Any plain stored text (however it looks) reads back as itself.
    assert decode(plain) == plain
    assert json.loads(encode(m))  # stored as JSON text
