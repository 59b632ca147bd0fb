"""The one place that knows where shipped data files (``resources/``) are.

In a wheel they travel as ``sec_workshop/_resources``; in a source checkout they are the
top-level ``resources/`` folder beside the package.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGED = Path(__file__).with_name("_resources")
_SOURCE = Path(__file__).resolve().parent.parent / "resources"


@cache
def root() -> Path:
    for candidate in (_PACKAGED, _SOURCE):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("SEC Workshop resources not found (broken installation)")


def path(*parts: str) -> Path:
    """A file or folder under the resources root."""
    target = root().joinpath(*parts)
    if not target.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)}")
    return target


def load_json(*parts: str) -> Any:
    with path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)


def template_files() -> list[Path]:
    """The shipped process model templates, in a stable order."""
    return sorted(path("templates").glob("*.json"))
