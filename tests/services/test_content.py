"""The shipped content reads as a story: templates whose arrows point forward, a demo whose
votes fit its rounds, texts without calendar dates that drift, and the words of the SEC
model (the regiegroep decides; 70% consent makes a proposal presumed reasonable)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from sec_workshop import resources

DEMO = resources.load_json("demo", "demo_wijk.json")
TEMPLATES = {p.stem: resources.load_json("templates", p.name) for p in resources.template_files()}
CATALOGUES = {
    name: resources.load_json(name)
    for name in (
        "instruments.json",
        "stakeholder_types.json",
        "participation_ladder.json",
        "board_templates.json",
    )
}
# What the demo loader gives every board with dots: one closed round, three dots each.
DOTS_PER_PARTICIPANT = 3


def texts(value: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every text in a JSON value, with where it sits."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from texts(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from texts(item, f"{where}[{i}]")
    elif isinstance(value, str):
        yield where, value


def all_texts() -> Iterator[tuple[str, str]]:
    yield from texts(DEMO, "demo")
    for name, template in TEMPLATES.items():
        yield from texts(template, name)
    for name, data in CATALOGUES.items():
        yield from texts(data, name)


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_template_arrows_point_forward_and_never_round(name: str) -> None:
    template = TEMPLATES[name]
    phase = {p["key"]: i for i, p in enumerate(template["phases"])}
    step_phase = {s["key"]: phase[s["phase"]] for s in template["steps"]}
    arrows = [(d["from"], d["to"]) for d in template["dependencies"]]
    backward = [a for a in arrows if step_phase[a[0]] > step_phase[a[1]]]
    assert backward == []
    # No step builds on itself through others.
    later: dict[str, set[str]] = {}
    for base, step in arrows:
        later.setdefault(base, set()).add(step)
    for start in later:
        seen, todo = set(), list(later[start])
        while todo:
            step = todo.pop()
            assert step != start, f"{name}: {start} builds on itself"
            if step not in seen:
                seen.add(step)
                todo.extend(later.get(step, ()))


def test_template_instruments_are_shipped() -> None:
    known = {i["key"] for i in CATALOGUES["instruments.json"]["instruments"]}
    for name, template in TEMPLATES.items():
        for step in template["steps"]:
            assert set(step.get("instruments", [])) <= known, (name, step["key"])


def test_the_demo_steps_follow_the_arrows_of_its_template() -> None:
    template = TEMPLATES[DEMO["template"]]
    steps = DEMO["steps"]
    assert set(steps) == {s["key"] for s in template["steps"]}
    for arrow in template["dependencies"]:
        base, step = steps[arrow["from"]], steps[arrow["to"]]
        if step["status"] in ("in_progress", "done"):
            assert base["status"] not in ("planned", "on_hold", "skipped"), arrow
        assert step["due_offset_days"] >= base["due_offset_days"], arrow
    overdue = [
        key
        for key, step in steps.items()
        if step["due_offset_days"] < 0 and step["status"] not in ("done", "skipped")
    ]
    assert len(overdue) <= 2, overdue


def test_demo_sessions_lie_in_their_steps_and_their_dots_fit_a_round() -> None:
    steps = DEMO["steps"]
    for session in DEMO["sessions"]:
        step = steps[session["step"]]
        day = session["date_offset_days"]
        assert step["start_offset_days"] - 14 <= day <= step["due_offset_days"] + 14
        present = sum(session.get("present", {}).values())
        allowed = max(session.get("participant_count", 0), present) * DOTS_PER_PARTICIPANT
        voting = [
            a
            for a in session.get("agenda", [])
            if a.get("instrument") == "stippenstemmen" or "stippen" in a.get("description", "")
        ]
        boards_with_dots = 0
        for board in session.get("boards", []):
            notes = [n for c in board.get("clusters", []) for n in c["notes"]]
            dots = sum(n.get("votes", 0) for n in notes + board.get("loose_notes", []))
            assert dots <= allowed, board["key"]
            boards_with_dots += dots > 0
        assert boards_with_dots <= len(voting), session["key"]


def test_the_planned_session_invites_the_partners_who_run_it() -> None:
    contacts = {
        (p.get("contact") or {}).get("name"): p["key"]
        for p in DEMO["stakeholders"]
        if (p.get("contact") or {}).get("name")
    }
    for session in DEMO["sessions"]:
        if session["status"] != "planned":
            continue
        running = {contacts[f["name"]] for f in session["facilitators"] if f["name"] in contacts}
        assert running and running <= set(session["stakeholders"]), session["key"]


def test_the_demo_homes_add_up() -> None:
    """Tenure adds up to 100; the VvE share (Kwartelhof's 72 of 1,180 homes) is counted in
    the tenures, not beside them."""
    own = DEMO["wijk"]["ownership"]
    assert own["social_rent"] + own["private_rent"] + own["owner_occupied"] == 100
    assert round(72 / DEMO["wijk"]["homes"] * 100) == own["vve"]


def test_no_text_names_a_calendar_date_that_drifts() -> None:
    months = (
        "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
        "|december|january|february|march|june|july|august|october"
    )
    pattern = re.compile(rf"\b(20[0-4]\d|19[89]\d|{months})\b", re.IGNORECASE)
    found = [(where, text) for where, text in all_texts() if pattern.search(text)]
    assert found == []


def test_the_regiegroep_decides_and_70_percent_is_a_presumption() -> None:
    for where, text in all_texts():
        lowered = text.lower()
        if "stuurgroep" in lowered:
            assert "heet die stuurgroep" in lowered, where
        assert "70%-regel" not in lowered and "minimaal 70%" not in lowered, where
    entries: list[tuple[str, Any]] = [
        *((f"{n}:{s['key']}", s) for n, t in TEMPLATES.items() for s in t["steps"]),
        *((f"demo:{p['key']}", p) for p in DEMO["stakeholders"]),
        *(
            (f"{name}:{e['key']}", e)
            for name, data in CATALOGUES.items()
            for e in data.get("instruments", data.get("types", data.get("levels", [])))
        ),
    ]
    for where, entry in entries:
        words = " ".join(text for _, text in texts(entry))
        if "70%" in words:
            assert "vermoed" in words, where


def test_the_sixth_phase_is_said_to_be_the_apps_own() -> None:
    for name, template in TEMPLATES.items():
        assert len(template["phases"]) == 6
        assert "voegt de app" in template["phases"][5]["description"], name


def test_the_kennislab_is_a_programme_format_among_others() -> None:
    instruments = {i["key"]: i for i in CATALOGUES["instruments.json"]["instruments"]}
    assert "programmaniveau" in instruments["kennislab"]["purpose"]
    for key in ("thematische-werkgroep", "verdiepingssessie", "actieonderzoek", "kennisproducten"):
        entry = instruments[key]
        assert entry["purpose"] and entry["procedure"] and entry["materials"] and entry["outcome"]
        assert entry["duration_minutes"] > 0 and entry["group_size"]["max"] > 0
        assert set(entry["en"]) >= {"name", "category", "purpose", "procedure", "materials"}
