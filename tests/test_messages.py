"""Every error the core can raise has a Dutch and an English sentence."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from string import Formatter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sec_workshop.domain.base import DomainError
from sec_workshop.messages import MESSAGES, PROBLEMS, describe, shown

ROOT = Path(__file__).resolve().parent.parent / "sec_workshop"


def test_every_raised_code_has_both_texts() -> None:
    codes: set[str] = set()
    for path in ROOT.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r'(?:Error|fail)\(\s*"([a-z_]+\.[a-z_]+)"', text))
    assert codes, "no error codes found: the pattern is broken"
    missing = sorted(codes - set(MESSAGES))
    assert missing == []
    for nl, en in MESSAGES.values():
        assert (nl and en and nl != en) or "{" in nl


def test_problems_have_both_texts() -> None:
    for nl, en in PROBLEMS.values():
        assert nl and en


def test_describe_fills_in_and_translates_fields() -> None:
    error = DomainError("value.too_long", field="name", max=120)
    assert describe(error, "nl") == "De naam is te lang (hoogstens 120 tekens)."
    assert describe(error, "en") == "The name is too long (at most 120 characters)."
    assert "lock" not in describe(DomainError("lock.held", pid=12, host="x", since="nu"), "nl")
    assert describe(DomainError("unknown.code"), "nl").startswith("Er ging iets mis")


def test_a_param_with_a_line_break_or_escape_sequence_stays_on_one_line() -> None:
    error = DomainError("notes.bad_color", line=4, value="a\nb\x1b[2J")
    for lang in ("nl", "en"):
        message = describe(error, lang)
        assert len(message.splitlines()) == 1
        assert "\x1b" not in message
        assert "'a\\nb\\x1b[2J'" in message


@pytest.mark.parametrize(
    ("char", "escape"),
    [
        ("\n", "\\n"),
        ("\r", "\\r"),
        ("\t", "\\t"),
        ("\x00", "\\x00"),
        ("\x07", "\\x07"),
        ("\x1b", "\\x1b"),
        ("\x7f", "\\x7f"),
        ("\x85", "\\x85"),
        ("\x9b", "\\x9b"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
        ("\ud800", "\\ud800"),
        ("\udcff", "\\udcff"),
        ("\u202e", "\\u202e"),
    ],
)
def test_shown_makes_control_characters_visible(char: str, escape: str) -> None:
    assert shown(f"lane{char}key") == f"lane{escape}key"


def test_shown_leaves_ordinary_text_alone() -> None:
    for text in ("Coöperatie één – ’t Zand", "C:\\Gemeente\\wijk", "€ 1.200", "a b", "🌳"):
        assert shown(text) == text
    assert shown(42) == "42"
    assert shown(None) == "None"


def test_shown_cuts_a_long_value_to_the_limit() -> None:
    assert shown("x" * 80) == "x" * 80
    cut = shown("x" * 81)
    assert len(cut) == 80 and cut.endswith("…")
    assert len(shown("y" * 10_000, limit=20)) == 20
    # An escape is never cut in half: what is shown can be read back.
    for limit in range(1, 12):
        cut = shown("\x1b" * 50, limit=limit)
        assert len(cut) <= limit
        assert cut.rstrip("…").replace("\\x1b", "") == ""


@pytest.mark.parametrize(
    ("number", "begins"),
    [
        (10**5000, "1000000000"),
        (-(7 * 10**5000) - 1, "-7000000000"),
        (10**4301 - 1, "9999999999"),
        (2**100_000, "9990020930"),
    ],
    # pytest would name a case by str() of its number, which is what fails here.
    ids=["10^5000", "-7*10^5000", "4301 nines", "2^100000"],
)
def test_shown_of_a_number_too_long_for_str(number: int, begins: str) -> None:
    text = shown(number)
    assert text.startswith(begins)
    assert text.endswith("…") and len(text) <= 80
    assert text.lstrip("-").rstrip("…").isdigit()


def test_a_huge_version_in_a_message_is_short() -> None:
    for digits in (4000, 5000):
        error = DomainError("file.invalid", field="version", problem="too_new", version=10**digits)
        message = describe(error, "en")
        assert len(message.splitlines()) == 1 and len(message) < 200
        assert message.startswith("Field 'version' 1000")


def test_paths_and_details_get_more_room_than_other_params() -> None:
    folder = "/media/usb/" + "Wijkaanpak Noord/" * 10
    assert folder in describe(DomainError("folder.unusable", path=folder), "nl")
    message = describe(DomainError("folder.unusable", path="/x" * 2_000), "nl")
    assert "…" in message and len(message) < 500
    name = describe(DomainError("model.not_found", id="k" * 500), "nl")
    assert "k" * 79 + "…" in name and "k" * 80 not in name


def test_lone_surrogate_in_a_model_file_has_a_message() -> None:
    error = DomainError("file.invalid", field="steps[3].title", problem="bad_text", char="U+D800")
    assert (
        describe(error, "nl") == "Veld 'steps[3].title' bevat een teken dat geen tekst is (U+D800)."
    )
    assert describe(error, "en") == (
        "Field 'steps[3].title' contains a character that is not text (U+D800)."
    )


def _template_names() -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for code, texts in MESSAGES.items():
        names[code] = {n for text in texts for _, n, _, _ in Formatter().parse(text) if n}
    return names


@settings(max_examples=300)
@given(
    code=st.sampled_from(sorted(MESSAGES)),
    problem=st.sampled_from(sorted(PROBLEMS)),
    value=st.one_of(st.text(), st.integers(), st.none()),
    lang=st.sampled_from(["nl", "en"]),
)
def test_every_message_is_one_printable_line(
    code: str, problem: str, value: object, lang: str
) -> None:
    params: dict[str, object] = dict.fromkeys(_template_names()[code], value)
    params |= {"field": value, "value": value, "max": value, "version": value, "char": value}
    if code == "file.invalid":
        params["problem"] = problem
    message = describe(DomainError(code, **params), lang)
    assert len(message.splitlines()) == 1
    unsafe = {"Cc", "Cs", "Zl", "Zp"}  # controls, lone surrogates, line/paragraph separators
    assert not [c for c in message if unicodedata.category(c) in unsafe]
    message.encode("utf-8")
