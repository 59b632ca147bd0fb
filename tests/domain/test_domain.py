"""Domain rules: validation, ids, progress and the power/interest grid."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sec_workshop.domain.base import ValidationError, new_id, stable_id
from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.process import Lane, Step, progress, validate_lane, validate_step
from sec_workshop.domain.stakeholder import Stakeholder, validate_stakeholder
from sec_workshop.domain.wijk import Wijk, clean_name, validate_wijk


def test_ids_are_fresh_and_stable_ids_repeat() -> None:
    assert new_id() != new_id()
    assert stable_id("template", "sec-standaard") == stable_id("template", "sec-standaard")
    assert stable_id("template", "a") != stable_id("template", "b")


def test_records_carry_timestamps_in_utc() -> None:
    wijk = Wijk(name="Lombok")
    assert wijk.created_at.tzinfo is not None and wijk.updated_at >= wijk.created_at


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_empty_names_are_refused(name: str) -> None:
    with pytest.raises(ValidationError) as info:
        clean_name(name)
    assert info.value.code == "value.empty"


def test_names_are_trimmed_and_bounded() -> None:
    assert clean_name("  Kanaleneiland ") == "Kanaleneiland"
    with pytest.raises(ValidationError):
        clean_name("x" * 121)


def test_ownership_mix_and_homes() -> None:
    ok = Wijk(
        name="W",
        homes=1200,
        social_rent_pct=58,
        private_rent_pct=10,
        owner_occupied_pct=32,
        vve_pct=6,
    )
    # Homes in a VvE are counted in their tenure, not beside it.
    assert validate_wijk(ok).ownership_total_pct == 100
    assert validate_wijk(replace(ok, vve_pct=100)).ownership_total_pct == 100
    with pytest.raises(ValidationError):
        validate_wijk(replace(ok, owner_occupied_pct=33))
    with pytest.raises(ValidationError):
        validate_wijk(replace(ok, vve_pct=101))
    with pytest.raises(ValidationError):
        validate_wijk(replace(ok, homes=-1))
    with pytest.raises(ValidationError):
        validate_wijk(
            replace(ok, social_rent_pct=101, private_rent_pct=0, owner_occupied_pct=0, vve_pct=0)
        )


@pytest.mark.parametrize(
    ("influence", "interest", "quadrant"),
    [(5, 5, "key_player"), (4, 1, "context_setter"), (1, 4, "subject"), (2, 2, "crowd")],
)
def test_power_interest_quadrants(influence: int, interest: int, quadrant: str) -> None:
    s = Stakeholder(wijk_id="w", name="Huurdersvereniging", influence=influence, interest=interest)
    assert s.quadrant == quadrant


def test_stakeholder_scores_are_one_to_five_and_contacts_flagged() -> None:
    s = Stakeholder(wijk_id="w", name="Corporatie")
    assert not s.has_personal_data
    assert replace(s, contact_email="a@example.nl").has_personal_data
    for bad in (0, 6):
        with pytest.raises(ValidationError):
            validate_stakeholder(replace(s, influence=bad))
        with pytest.raises(ValidationError):
            validate_stakeholder(replace(s, interest=bad))


def test_step_dates_and_lane_colours() -> None:
    from datetime import date

    step = Step(model_id="m", lane_id="l", phase_id="p", position=0, title="Wijksafari")
    with pytest.raises(ValidationError) as info:
        validate_step(replace(step, start_date=date(2026, 5, 1), due_date=date(2026, 4, 1)))
    assert info.value.code == "step.due_before_start"
    lane = Lane(model_id="m", name="Sociaal", route="social", color="#2E8B57", position=0)  # type: ignore[arg-type]
    assert validate_lane(lane) is lane
    with pytest.raises(ValidationError):
        validate_lane(replace(lane, color="groen"))


@given(st.lists(st.sampled_from(list(StepStatus)), max_size=40))
def test_progress_is_the_share_done(statuses: list[StepStatus]) -> None:
    steps = [
        Step(model_id="m", lane_id="l", phase_id="p", position=i, title="s", status=status)
        for i, status in enumerate(statuses)
    ]
    value = progress(steps)
    assert 0.0 <= value <= 1.0
    done = sum(s in (StepStatus.DONE, StepStatus.SKIPPED) for s in statuses)
    assert value == (done / len(statuses) if statuses else 0.0)
