"""The process model file format: shipped templates parse; broken files name field and problem."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from sec_workshop import resources
from sec_workshop.exchange.process_model_file import parse, parse_bytes
from sec_workshop.exchange.reader import FileFormatError
from sec_workshop.messages import describe


def _template() -> dict[str, Any]:
    data: dict[str, Any] = resources.load_json("templates", "sec-standaard.json")
    return data


def test_shipped_templates_parse() -> None:
    for path in resources.template_files():
        spec = parse_bytes(path.read_bytes())
        assert len(spec.phases) == 6
        assert spec.steps and spec.lanes


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (lambda d: d.update(format="iets-anders"), "format", "wrong_format"),
        (lambda d: d.update(version=99), "version", "too_new"),
        (lambda d: d["steps"][2].update(lane="nergens"), "steps[2].lane", "unknown_ref"),
        (lambda d: d["steps"][0].update(title=""), "steps[0].title", "empty"),
        (lambda d: d["steps"][0].update(title=42), "steps[0].title", "not_text"),
        (lambda d: d["lanes"][0].update(color="groen"), "lanes[0].color", "bad_color"),
        (
            lambda d: d["steps"][3].update(start_date="2026-05-01", due_date="2026-01-01"),
            "steps[3].due_date",
            "before_start",
        ),
        (lambda d: d["steps"][1].update(status="half"), "steps[1].status", "unknown_value"),
        (lambda d: d["dependencies"].append({"from": "x", "to": "y"}), None, "unknown_ref"),
        (lambda d: d.update(lanes=[]), "lanes", "empty"),
    ],
)
def test_broken_files_name_the_field(change: Any, field: str | None, problem: str) -> None:
    data = copy.deepcopy(_template())
    change(data)
    with pytest.raises(FileFormatError) as info:
        parse(data)
    assert info.value.params["problem"] == problem
    if field is not None:
        assert info.value.params["field"] == field
    message = describe(info.value, "nl")
    assert "Traceback" not in message and len(message) < 300


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"[1,2]", b"\xff\xfe\x00", b"null", json.dumps("x").encode()]
)
def test_not_json_or_wrong_shape_is_refused(raw: bytes) -> None:
    with pytest.raises(FileFormatError):
        parse_bytes(raw)


def test_deeply_nested_json_is_refused_without_crashing() -> None:
    with pytest.raises(FileFormatError):
        parse_bytes(b"[" * 100_000 + b"]" * 100_000)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(name="Wijk\ud800"), "name"),
        (lambda d: d["lanes"][0].update(key="\ud800"), "lanes[0].key"),
        (lambda d: d["phases"][1].update(description="Fase \udfff twee"), "phases[1].description"),
        (lambda d: d["steps"][3].update(title="Energiecaf\ud800"), "steps[3].title"),
        (lambda d: d["steps"][0]["instruments"].append("\ud800"), "steps[0].instruments[2]"),
        (lambda d: d["steps"][1].update(status="\ud800"), "steps[1].status"),
        (lambda d: d["dependencies"][0].update(to="\ud800"), "dependencies[0].to"),
    ],
)
def test_a_lone_surrogate_anywhere_is_refused_naming_the_field(change: Any, field: str) -> None:
    data = copy.deepcopy(_template())
    change(data)
    # ensure_ascii writes the surrogate as the JSON escape "\ud800", as a crafted file would.
    raw = json.dumps(data).encode("ascii")
    with pytest.raises(FileFormatError) as info:
        parse_bytes(raw)
    assert info.value.params["problem"] == "bad_text"
    assert info.value.params["field"] == field
    message = describe(info.value, "nl")
    assert message.startswith(f"Veld '{field}' bevat een teken dat geen tekst is (U+D")
    message.encode("utf-8")


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (lambda d: d["steps"][0]["instruments"].append(7), "steps[0].instruments[2]", "not_text"),
        (lambda d: d["steps"][0]["instruments"].append(" "), "steps[0].instruments[2]", "empty"),
        (
            lambda d: d["steps"][0]["instruments"].insert(0, "x" * 65),
            "steps[0].instruments[0]",
            "too_long",
        ),
        (lambda d: d["steps"][1].update(status=3), "steps[1].status", "not_text"),
    ],
)
def test_instruments_and_choices_name_what_is_wrong(change: Any, field: str, problem: str) -> None:
    data = copy.deepcopy(_template())
    change(data)
    with pytest.raises(FileFormatError) as info:
        parse(data)
    assert (info.value.params["field"], info.value.params["problem"]) == (field, problem)


def test_a_version_of_4000_digits_gives_a_short_message() -> None:
    raw = json.dumps(_template()).replace('"version": 1', '"version": ' + "9" * 4000, 1)
    with pytest.raises(FileFormatError) as info:
        parse_bytes(raw.encode())
    assert info.value.params["problem"] == "too_new"
    for lang in ("nl", "en"):
        message = describe(info.value, lang)
        assert len(message.splitlines()) == 1 and len(message) < 200
        assert "9" * 10 in message and "9" * 100 not in message


def test_a_version_too_long_for_python_is_refused_as_unreadable() -> None:
    raw = json.dumps(_template()).replace('"version": 1', '"version": ' + "9" * 5000, 1)
    with pytest.raises(FileFormatError) as info:
        parse_bytes(raw.encode())
    assert info.value.params["problem"] == "not_json"
    assert describe(info.value, "en") == "The file is not valid JSON."
