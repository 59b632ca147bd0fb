"""A small validating reader for JSON-like data: every problem names the field and what is wrong."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, TypeVar

from sec_workshop.domain.base import DomainError

E = TypeVar("E", bound=StrEnum)


class FileFormatError(DomainError):
    """A file is not what it should be; ``field`` says where, ``problem`` what."""


def fail(field: str, problem: str, **params: Any) -> FileFormatError:
    return FileFormatError("file.invalid", field=field, problem=problem, **params)


def obj(data: Any, field: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise fail(field, "not_object")
    return data


def items(data: dict[str, Any], key: str, field: str, max_items: int) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise fail(f"{field}{key}", "not_list")
    if len(value) > max_items:
        raise fail(f"{field}{key}", "too_many", max=max_items)
    return value


def text(
    data: dict[str, Any],
    key: str,
    field: str,
    *,
    required: bool = False,
    max_length: int = 20_000,
    default: str = "",
) -> str:
    value = data.get(key)
    where = f"{field}{key}"
    if value is None:
        if required:
            raise fail(where, "missing")
        return default
    return text_item(value, where, required=required, max_length=max_length)


def text_item(value: Any, where: str, *, required: bool = True, max_length: int = 20_000) -> str:
    """A text that stands on its own, such as an entry of a list; checked as ``text`` does."""
    if not isinstance(value, str):
        raise fail(where, "not_text")
    if required and not value.strip():
        raise fail(where, "empty")
    if len(value) > max_length:
        raise fail(where, "too_long", max=max_length)
    return _encodable(value, where)


def _encodable(value: str, where: str) -> str:
    # JSON's "\ud800" escape yields a lone surrogate: not text, and it cannot be stored,
    # exported or printed, so it is refused here rather than fail later.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise fail(where, "bad_text", char=f"U+{ord(value[exc.start]):04X}") from None
    return value


def integer(
    data: dict[str, Any], key: str, field: str, low: int, high: int, default: int | None = None
) -> int:
    value = data.get(key)
    where = f"{field}{key}"
    if value is None:
        if default is None:
            raise fail(where, "missing")
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail(where, "not_integer")
    if not low <= value <= high:
        raise fail(where, "out_of_range", low=low, high=high)
    return value


def choice(
    data: dict[str, Any], key: str, field: str, enum: type[E], default: E | None = None
) -> E:
    value = data.get(key)
    where = f"{field}{key}"
    if value is None:
        if default is None:
            raise fail(where, "missing")
        return default
    if not isinstance(value, str):
        raise fail(where, "not_text")
    _encodable(value, where)
    try:
        return enum(value)
    except ValueError:
        raise fail(where, "unknown_value", value=value[:40]) from None


def header(data: Any, expected_format: str, max_version: int) -> dict[str, Any]:
    top = obj(data, "")
    fmt = top.get("format")
    if fmt != expected_format:
        raise fail("format", "wrong_format", expected=expected_format)
    version = top.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise fail("version", "not_integer")
    if version > max_version:
        raise fail("version", "too_new", version=version)
    return top
