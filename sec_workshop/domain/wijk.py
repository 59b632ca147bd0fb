"""A wijk (neighbourhood) and its housing: the unit the app organises everything by."""

from __future__ import annotations

from dataclasses import dataclass

from sec_workshop.domain.base import Record, ValidationError, limit_text, require_text

NAME_MAX = 120
TEXT_MAX = 20_000


@dataclass(frozen=True, kw_only=True, slots=True)
class Wijk(Record):
    name: str
    municipality: str = ""
    description: str = ""
    homes: int = 0
    # Tenure in percent of homes: social rent, private rent, owner-occupied; together at
    # most 100.
    social_rent_pct: int = 0
    private_rent_pct: int = 0
    owner_occupied_pct: int = 0
    # Homes in a VvE (apartment rights of one building), whatever their tenure: a VvE is a
    # form of ownership beside the tenure, not a fourth kind of it.
    vve_pct: int = 0
    vulnerable: bool = False

    @property
    def ownership_total_pct(self) -> int:
        """The tenure shares together (homes in a VvE are counted in their tenure)."""
        return self.social_rent_pct + self.private_rent_pct + self.owner_occupied_pct


def validate_wijk(wijk: Wijk) -> Wijk:
    require_text(wijk.name, "name", NAME_MAX)
    limit_text(wijk.municipality, "municipality", NAME_MAX)
    limit_text(wijk.description, "description", TEXT_MAX)
    if not 0 <= wijk.homes <= 1_000_000:
        raise ValidationError("value.out_of_range", field="homes", low=0, high=1_000_000)
    for name in ("social_rent_pct", "private_rent_pct", "owner_occupied_pct", "vve_pct"):
        if not 0 <= getattr(wijk, name) <= 100:
            raise ValidationError("value.out_of_range", field=name, low=0, high=100)
    if wijk.ownership_total_pct > 100:
        raise ValidationError("wijk.ownership_over_100", total=wijk.ownership_total_pct)
    return wijk


def clean_name(name: str) -> str:
    """A wijk name as stored: trimmed, non-empty, bounded."""
    return require_text(name, "name", NAME_MAX)
