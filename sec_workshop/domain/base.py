"""Identity and time stamps shared by every record, and the domain's error type."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def new_id() -> str:
    """A fresh record id; made here so that undo and exchange keep ids stable."""
    return str(uuid.uuid4())


def stable_id(*parts: str) -> str:
    """A deterministic id for shipped content, so seeding twice finds the same records."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


_NAMESPACE = uuid.UUID("6f1f3c3e-5b8e-4f8a-9a51-2f0d1c2e7a10")


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, kw_only=True, slots=True)
class Record:
    """Every stored thing has a UUID and knows when it was made and last changed."""

    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)


class DomainError(Exception):
    """A problem a user can act on; ``code`` selects the message, ``params`` fill it in."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        details = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({details})"


class ValidationError(DomainError):
    """A value breaks a rule of the domain (empty name, influence out of range, ...)."""


class NotFoundError(DomainError):
    """A record that the caller named does not exist (any more)."""


def require_text(value: str, field_name: str, max_length: int) -> str:
    """Trimmed, non-empty text of a bounded length."""
    text = value.strip()
    if not text:
        raise ValidationError("value.empty", field=field_name)
    if len(text) > max_length:
        raise ValidationError("value.too_long", field=field_name, max=max_length)
    return text


def limit_text(value: str, field_name: str, max_length: int) -> str:
    """Optional free text of a bounded length (may be empty)."""
    if len(value) > max_length:
        raise ValidationError("value.too_long", field=field_name, max=max_length)
    return value


def require_range(value: int, field_name: str, low: int, high: int) -> int:
    if not low <= value <= high:
        raise ValidationError("value.out_of_range", field=field_name, low=low, high=high)
    return value
