"""What a report or handout is made from: domain values read beforehand (in one go, off the
screen's way), so that a PDF can be built on another thread without touching the
database."""

from __future__ import annotations

from dataclasses import dataclass, field

from sec_workshop.domain.board import BoardTemplate, Photo
from sec_workshop.domain.koppelkans import Koppelkans
from sec_workshop.domain.process import Instrument, Step
from sec_workshop.domain.session import SessionFacilitator
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.domain.views import BoardContent, ModelContent, SessionContent
from sec_workshop.domain.wijk import Wijk


@dataclass(frozen=True, slots=True)
class BoardData:
    content: BoardContent
    template: BoardTemplate | None
    photos: tuple[Photo, ...] = ()  # with their image data, for the report's photos


@dataclass(frozen=True, slots=True)
class SessionData:
    """A session with everything a report, an agenda or a script shows of it."""

    wijk: Wijk
    content: SessionContent
    boards: tuple[BoardData, ...]
    invited: tuple[Stakeholder, ...]  # the stakeholders invited, most influential first
    stakeholders: tuple[Stakeholder, ...]  # all of the wijk's (for the matrix)
    steps: tuple[Step, ...]  # the roadmap steps this session serves
    next_steps: tuple[Step, ...]  # the steps that build on those
    instruments: dict[str, Instrument] = field(default_factory=dict)
    facilitators: tuple[SessionFacilitator, ...] = ()
    koppelkansen: tuple[Koppelkans, ...] = ()  # the wijk's register, in its order
    decision_steps: dict[str, str] = field(default_factory=dict)  # step id: title


@dataclass(frozen=True, slots=True)
class CardsData:
    """Stakeholder cards to print: their wijk, each with the short code its QR code holds."""

    wijk: Wijk
    cards: tuple[tuple[Stakeholder, str], ...]
    title: str  # the wijk's name, or the session's title for the ones invited


@dataclass(frozen=True, slots=True)
class RoadmapData:
    wijk: Wijk
    content: ModelContent
