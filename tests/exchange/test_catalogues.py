"""The shipped catalogues read in Dutch and in English, and every Dutch text has its English."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sec_workshop import resources
from sec_workshop.domain.base import DomainError
from sec_workshop.exchange import catalogues
from sec_workshop.messages import describe

# file, list key, texts that have an English, parser, nested lists with their own texts
CATALOGUES: list[tuple[str, str, tuple[str, ...], Callable[..., list[Any]]]] = [
    (
        "stakeholder_types.json",
        "types",
        ("name", "category", "description", "typical_interests", "typical_concerns"),
        catalogues.parse_stakeholder_types,
    ),
    (
        "participation_ladder.json",
        "levels",
        ("name", "description", "example"),
        catalogues.parse_participation_ladder,
    ),
    (
        "board_templates.json",
        "templates",
        ("name", "description"),
        catalogues.parse_board_templates,
    ),
    (
        "instruments.json",
        "instruments",
        ("name", "category", "purpose", "procedure", "materials", "outcome"),
        catalogues.parse_instruments,
    ),
]


@pytest.mark.parametrize(("file", "key", "texts", "parse"), CATALOGUES)
def test_every_dutch_text_has_its_english(
    file: str, key: str, texts: tuple[str, ...], parse: Callable[..., list[Any]]
) -> None:
    data = resources.load_json(file)
    for entry in data[key]:
        english = entry["en"]
        for name in texts:
            if entry.get(name):
                assert english.get(name, "").strip(), f"{file}: {entry['key']}.en.{name}"
        for zone in entry.get("zones", []):
            assert zone["en"]["title"].strip(), f"{file}: {entry['key']}: {zone['key']}"
    dutch, english = parse(data, "nl"), parse(data, "en")
    assert len(dutch) == len(english) == len(data[key])
    # Same entries, same order, same numbers: only the words differ.
    for nl, en in zip(dutch, english, strict=True):
        assert getattr(nl, "key", getattr(nl, "level", None)) == getattr(
            en, "key", getattr(en, "level", None)
        )
        assert nl != en


def test_the_names_a_user_sees_are_english_in_english() -> None:
    types = catalogues.parse_stakeholder_types(resources.load_json("stakeholder_types.json"), "en")
    names = {t.key: t.name for t in types}
    assert names["huurder"] == "Tenants"
    assert names["woningcorporatie"] == "Housing association"
    boards = catalogues.parse_board_templates(resources.load_json("board_templates.json"), "en")
    by_key = {b.key: b for b in boards}
    assert by_key["kansen-belemmeringen"].name == "Opportunities and obstacles"
    assert [z.title for z in by_key["kansen-belemmeringen"].zones] == [
        "Opportunities",
        "Obstacles",
    ]
    dutch = catalogues.parse_board_templates(resources.load_json("board_templates.json"), "nl")
    # Zones keep their place and colour in both languages: only the titles change.
    for nl, en in zip(dutch, boards, strict=True):
        assert [(z.key, z.x, z.y, z.color) for z in nl.zones] == [
            (z.key, z.x, z.y, z.color) for z in en.zones
        ]


def _types(en: object) -> dict[str, Any]:
    return {
        "format": "sec-workshop/stakeholder-types",
        "version": 1,
        "types": [{"key": "huurder", "name": "Huurders", "description": "Dutch", "en": en}],
    }


def test_a_missing_or_empty_english_text_falls_back_to_dutch() -> None:
    data = _types({"name": "Tenants", "description": ""})
    (tenant,) = catalogues.parse_stakeholder_types(data, "en")
    assert (tenant.name, tenant.description) == ("Tenants", "Dutch")
    del data["types"][0]["en"]
    (tenant,) = catalogues.parse_stakeholder_types(data, "en")
    assert tenant.name == "Huurders"


@pytest.mark.parametrize(
    ("en", "field"),
    [
        ({"nmae": "Tenants"}, "types[0].en"),
        ({"key": "other"}, "types[0].en"),
        ({"name": 3}, "types[0].en.name"),
        ("Tenants", "types[0].en"),
    ],
)
def test_a_wrong_english_part_is_named_in_the_message(en: object, field: str) -> None:
    with pytest.raises(DomainError) as caught:
        catalogues.parse_stakeholder_types(_types(en), "en")
    assert caught.value.params["field"] == field
    assert field in describe(caught.value, "en")


def test_an_unknown_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        catalogues.parse_stakeholder_types(_types({"name": "x"}), "de")
