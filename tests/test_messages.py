"""Every error the core can raise has a Dutch and an English sentence."""

from __future__ import annotations

import re
from pathlib import Path

from sec_workshop.domain.base import DomainError
from sec_workshop.messages import MESSAGES, PROBLEMS, describe

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
