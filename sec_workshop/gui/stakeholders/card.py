"""A stakeholder drawn as a card: the one drawing the gallery and the invloed-belangmatrix
share (the gallery at full size, the matrix as a small chip)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QStaticText,
)

from sec_workshop.domain.enums import ParticipationLevel
from sec_workshop.domain.stakeholder import Stakeholder
from sec_workshop.gui.common import labels
from sec_workshop.gui.common.fonts import pixel_font
from sec_workshop.gui.common.icons import type_icon
from sec_workshop.gui.stakeholders.document import StakeholdersDocument

CARD_WIDTH, CARD_HEIGHT = 272.0, 156.0
CHIP_WIDTH, CHIP_HEIGHT = 200.0, 40.0
_RUNGS = list(ParticipationLevel)
_INK = QColor("#263238")
_MUTED = QColor("#607D8B")
_SELECTED = QColor("#1565C0")


@dataclass(frozen=True, slots=True)
class CardFacts:
    """What a card says, in the window's language."""

    id: str
    name: str
    type_key: str
    type_name: str
    attitude_color: str
    # The rest is on the full card only (the chip of the matrix leaves it out).
    organisation: str = ""
    quadrant: str = ""
    attitude: str = ""
    participation: str = ""
    rung: int = 0  # 1 (informeren) to 6 (zelfbeheer)
    koppelkansen: tuple[str, ...] = ()
    steps: int = 0
    sessions: int = 0


def chip_facts_of(doc: StakeholdersDocument, person: Stakeholder) -> CardFacts:
    """What the small card of the matrix says: name, type and the attitude's colour."""
    return CardFacts(
        id=person.id,
        name=person.name,
        type_key=person.type_key,
        type_name=doc.type_name(person.type_key),
        attitude_color=labels.ATTITUDE_COLOR[person.attitude],
    )


def facts_of(doc: StakeholdersDocument, person: Stakeholder) -> CardFacts:
    """What the full card of the gallery says."""
    linked = doc.links_of(person.id)
    return CardFacts(
        id=person.id,
        name=person.name,
        type_key=person.type_key,
        type_name=doc.type_name(person.type_key),
        organisation=person.organisation,
        quadrant=labels.quadrant(person.quadrant),
        attitude=labels.attitude(person.attitude),
        attitude_color=labels.ATTITUDE_COLOR[person.attitude],
        participation=labels.participation(person.participation),
        rung=_RUNGS.index(person.participation) + 1,
        koppelkansen=tuple(labels.koppelkansen([t]) for t in person.koppelkansen),
        steps=len(linked.steps),
        sessions=len(linked.sessions),
    )


# Hundreds of cards are painted at a time (the matrix of a large wijk): what does not change
# between paints (fonts, their metrics, cut texts, icons, the card's outline) is made once.
@cache
def font(pixels: float, bold: bool = False) -> QFont:
    return pixel_font(pixels, bold)


@cache
def _metrics(pixels: float, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(font(pixels, bold))


@lru_cache(maxsize=8192)
def _elided(text: str, pixels: float, bold: bool, width: float) -> tuple[QStaticText, float]:
    """A text cut to ``width``, laid out once, and how far below the top of a line of the
    font its baseline-aligned box starts."""
    metrics = _metrics(pixels, bold)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    static = QStaticText(shown)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(font=font(pixels, bold))
    return static, metrics.height()


@lru_cache(maxsize=256)
def _icon(type_key: str, size: int) -> QPixmap:
    return type_icon(type_key).pixmap(QSize(size, size))


@lru_cache(maxsize=64)
def _edge(height: float, stripe: float) -> QPainterPath:
    """The coloured left edge of a card at the origin, following its rounded corners."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, stripe * 3, height), 6, 6)
    edge = QPainterPath()
    edge.addRect(QRectF(0, 0, stripe, height))
    return path.intersected(edge)


@cache
def _color(name: str) -> QColor:
    return QColor(name)


_PEN = QPen(QColor("#B0BEC5"), 1)
_PEN_SELECTED = QPen(_SELECTED, 2.5)
_FILL = QColor("#FFFFFF")
_FILL_SELECTED = QColor("#E3F2FD")


def _frame(p: QPainter, rect: QRectF, facts: CardFacts, selected: bool, stripe: float) -> None:
    p.setPen(_PEN_SELECTED if selected else _PEN)
    p.setBrush(_FILL_SELECTED if selected else _FILL)
    p.drawRoundedRect(rect, 6, 6)
    corner = rect.topLeft()
    p.translate(corner)
    p.fillPath(_edge(rect.height(), stripe), _color(facts.attitude_color))
    p.translate(-corner)


def _text(
    p: QPainter, rect: QRectF, text: str, pixels: float, color: QColor, bold: bool = False
) -> None:
    p.setFont(font(pixels, bold))
    p.setPen(color)
    static, height = _elided(text, pixels, bold, rect.width())
    p.drawStaticText(QPointF(rect.left(), rect.top() + (rect.height() - height) / 2), static)


def paint_card(p: QPainter, rect: QRectF, facts: CardFacts, selected: bool = False) -> None:
    """The full card of the gallery."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    _frame(p, rect, facts, selected, 7)
    left = rect.left() + 16
    width = rect.right() - 10 - left
    top = rect.top() + 8
    p.drawPixmap(int(left), int(top + 1), _icon(facts.type_key, 22))
    _text(p, QRectF(left + 28, top, width - 28, 24), facts.name, 15, _INK, bold=True)
    top += 24
    second = facts.organisation if facts.organisation and facts.organisation != facts.name else ""
    subtitle = " · ".join(x for x in (facts.type_name, second) if x)
    _text(p, QRectF(left, top, width, 18), subtitle, 12, _MUTED)
    top += 22
    # Quadrant and attitude, the attitude with its colour.
    p.setBrush(_color(facts.attitude_color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QPointF(left + 5, top + 9), 5, 5)
    _text(
        p,
        QRectF(left + 14, top, width - 14, 18),
        f"{facts.attitude} · {facts.quadrant}",
        12,
        _INK,
    )
    top += 22
    # The participation ladder: six rungs, filled up to this stakeholder's.
    for i in range(len(_RUNGS)):
        bar = QRectF(left + i * 9, top + 12 - i * 2, 7, 4 + i * 2)
        p.fillRect(bar, QColor("#00897B") if i < facts.rung else QColor("#CFD8DC"))
    _text(p, QRectF(left + 60, top, width - 60, 18), facts.participation, 12, _INK)
    top += 24
    _chips(p, QRectF(left, top, width, 20), facts.koppelkansen)
    steps, sessions = facts.steps, facts.sessions
    counts = " · ".join(
        (
            QCoreApplication.translate("StakeholderCard", "%n step(s)", None, steps),
            QCoreApplication.translate("StakeholderCard", "%n session(s)", None, sessions),
        )
    )
    p.setFont(font(11))
    p.setPen(_MUTED)
    p.drawText(
        QRectF(left, rect.bottom() - 22, width, 18),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        counts,
    )
    p.restore()


def _chips(p: QPainter, rect: QRectF, tags: tuple[str, ...]) -> None:
    metrics = _metrics(11, False)
    p.setFont(font(11))
    x = rect.left()
    for n, tag in enumerate(tags):
        width = min(metrics.horizontalAdvance(tag) + 14, rect.width())
        rest = len(tags) - n
        more = f"+{rest}"
        room = rect.right() - x - (metrics.horizontalAdvance(more) + 14 if rest > 1 else 0)
        if width > room:
            tag, width = more, metrics.horizontalAdvance(more) + 14
        chip = QRectF(x, rect.top(), width, rect.height())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#FFF3E0"))
        p.drawRoundedRect(chip, 9, 9)
        p.setPen(QColor("#E65100"))
        shown = metrics.elidedText(tag, Qt.TextElideMode.ElideRight, width - 12)
        p.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), shown)
        x += width + 5
        if tag.startswith("+") and tag == more:
            break


def paint_chip(p: QPainter, rect: QRectF, facts: CardFacts, selected: bool = False) -> None:
    """The small card of the matrix: name and type, the attitude as its colour."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    _frame(p, rect, facts, selected, 5)
    left = rect.left() + 10
    width = rect.right() - 6 - left
    p.drawPixmap(int(left), int(rect.top() + 4), _icon(facts.type_key, 16))
    _text(p, QRectF(left + 20, rect.top() + 2, width - 20, 20), facts.name, 12, _INK, bold=True)
    _text(p, QRectF(left, rect.top() + 21, width, 16), facts.type_name, 10.5, _MUTED)
    p.restore()
