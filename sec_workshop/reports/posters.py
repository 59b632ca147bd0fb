"""Posters for the wall: a wijk's roadmap as swimlanes (lanes as coloured bands, phases as
columns, a card per step with its status and owner, arrows for what builds on what), and a
board; each on one A3 page or printed larger over A4 or A3 sheets.

Domain values in, PDF bytes out: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sec_workshop import labels
from sec_workshop.domain.enums import StepStatus
from sec_workshop.domain.process import Step
from sec_workshop.reports.base import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    PdfInfo,
    fit_width,
    plain,
)
from sec_workshop.reports.board_drawing import board_extent, paint_board, wrap_text
from sec_workshop.reports.data import BoardData, RoadmapData
from sec_workshop.reports.tiles import picture_pdf

# The swimlane editor's layout numbers (gui/roadmap/items/base.py), in picture units.
HEADER_WIDTH = 200.0
PHASE_HEADER_HEIGHT = 72.0
COLUMN_WIDTH = 250.0
CARD_WIDTH = 226.0
CARD_X = (COLUMN_WIDTH - CARD_WIDTH) / 2
CARD_GAP = 10.0
LANE_MIN_HEIGHT = 110.0
LEGEND_HEIGHT = 60.0
CARD_PAD = 9.0
TITLE_SIZE = 12.5
TITLE_LEADING = 15.5
TITLE_ROWS = 4
META_SIZE = 10.0

# Points per unit when printed over sheets: a card's title at about 10 pt, readable at arm's
# length from the wall.
ROADMAP_WALL_SCALE = 0.8
BOARD_WALL_SCALE = 0.6

ARROW = HexColor("#455A64")
CARD_BORDER = HexColor("#B0BEC5")


@dataclass(frozen=True, slots=True)
class Card:
    step: Step
    x: float
    y: float  # top, measured downwards from the top of the picture
    height: float
    lines: tuple[str, ...]
    owner: str


@dataclass(frozen=True, slots=True)
class LaneBand:
    name: str
    route: str
    color: str
    y: float
    height: float


@dataclass(frozen=True, slots=True)
class RoadmapLayout:
    width: float
    height: float
    lanes: tuple[LaneBand, ...]
    phases: tuple[tuple[str, float, int, int], ...]  # name, left, steps done, steps
    cards: dict[str, Card]
    arrows: tuple[tuple[str, str], ...]


def roadmap_layout(data: RoadmapData, lang: str = "nl") -> RoadmapLayout:
    """Where every lane, phase and card lies (y downwards), as the swimlane editor lays them
    out: cards stacked in their cell in their order, a lane as tall as its fullest cell."""
    content = data.content
    lanes = sorted(content.lanes, key=lambda x: x.position)
    phases = sorted(content.phases, key=lambda x: x.position)
    cards: dict[str, Card] = {}
    bands: list[LaneBand] = []
    top = PHASE_HEADER_HEIGHT
    text_width = CARD_WIDTH - 2 * CARD_PAD - 6
    for lane in lanes:
        cells: list[list[Card]] = []
        tallest = 0.0
        for index, phase in enumerate(phases):
            y = top + CARD_GAP
            cell: list[Card] = []
            for step in content.steps_in(lane.id, phase.id):
                lines = tuple(
                    wrap_text(plain(step.title, 400), text_width, TITLE_SIZE, FONT_BOLD, TITLE_ROWS)
                ) or ("…",)
                height = CARD_PAD * 2 + len(lines) * TITLE_LEADING + 4 + META_SIZE * 1.4
                owner = plain(step.owner, 120)
                card = Card(
                    step, HEADER_WIDTH + index * COLUMN_WIDTH + CARD_X, y, height, lines, owner
                )
                cell.append(card)
                y += height + CARD_GAP
            cells.append(cell)
            tallest = max(tallest, y - top)
        height = max(LANE_MIN_HEIGHT, tallest)
        header_lines = wrap_text(
            plain(lane.name), HEADER_WIDTH - 28, _lane_size(lane.name), FONT_BOLD, 6
        )
        height = max(height, 28 + len(header_lines) * 19 + 20)
        for cell in cells:
            for card in cell:
                cards[card.step.id] = card
        bands.append(
            LaneBand(
                lane.name, labels.pick(labels.ROUTE[lane.route], lang), lane.color, top, height
            )
        )
        top += height
    counted = []
    for index, phase in enumerate(phases):
        steps = [s for s in content.steps if s.phase_id == phase.id]
        done = sum(1 for s in steps if s.status is StepStatus.DONE)
        counted.append((phase.name, HEADER_WIDTH + index * COLUMN_WIDTH, done, len(steps)))
    arrows = tuple(
        (d.from_step_id, d.to_step_id)
        for d in content.dependencies
        if d.from_step_id in cards and d.to_step_id in cards
    )
    width = HEADER_WIDTH + max(len(phases), 1) * COLUMN_WIDTH
    return RoadmapLayout(width, top + LEGEND_HEIGHT, tuple(bands), tuple(counted), cards, arrows)


def roadmap_painter(
    layout: RoadmapLayout, lang: str
) -> Callable[[Canvas, tuple[float, float, float, float]], None]:
    """Draws the roadmap (origin bottom-left, y upwards) on a canvas; what lies outside the
    part to be seen is skipped."""
    H = layout.height

    def paint(canvas: Canvas, view: tuple[float, float, float, float]) -> None:
        left, bottom, right, top = view

        def seen(x: float, y: float, w: float, h: float) -> bool:
            # (x, y) top-left in layout units, y downwards
            return x < right and x + w > left and H - y > bottom and H - y - h < top

        canvas.setFillColor(white)
        canvas.rect(0, 0, layout.width, H, stroke=0, fill=1)
        # Lane bands and headers.
        for band in layout.lanes:
            base = _color(band.color)
            if seen(0, band.y, layout.width, band.height):
                canvas.setFillColor(_tint(base, 0.9))
                canvas.rect(
                    HEADER_WIDTH,
                    H - band.y - band.height,
                    layout.width - HEADER_WIDTH,
                    band.height,
                    stroke=0,
                    fill=1,
                )
                canvas.setFillColor(base)
                canvas.rect(
                    0, H - band.y - band.height, HEADER_WIDTH - 4, band.height, stroke=0, fill=1
                )
                canvas.setFillColor(white)
                size = _lane_size(band.name)
                canvas.setFont(FONT_BOLD, size)
                y = H - band.y - 28
                for line in wrap_text(plain(band.name), HEADER_WIDTH - 28, size, FONT_BOLD, 6):
                    canvas.drawString(14, y, line)
                    y -= 19
                if band.route.casefold() != band.name.strip().casefold():
                    canvas.setFont(FONT, 10)
                    canvas.drawString(14, y - 2, plain(band.route))
                canvas.setStrokeColor(white)
                canvas.setLineWidth(2)
                canvas.line(0, H - band.y - band.height, layout.width, H - band.y - band.height)
        # Phase columns.
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1)
        lanes_bottom = H - (
            layout.lanes[-1].y + layout.lanes[-1].height if layout.lanes else PHASE_HEADER_HEIGHT
        )
        for name, x, done, count in layout.phases:
            if x > right or x + COLUMN_WIDTH < left:
                continue
            canvas.line(x, H, x, lanes_bottom)
            canvas.setFillColor(INK)
            canvas.setFont(FONT_BOLD, 16)
            lines = wrap_text(plain(name), COLUMN_WIDTH - 20, 16.0, FONT_BOLD, 2)
            y = H - 24
            for line in lines:
                canvas.drawString(x + 10, y, line)
                y -= 19
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT, 10)
            progress = labels.pick(
                (f"{done} van {count} stappen klaar", f"{done} of {count} steps done"), lang
            )
            canvas.drawString(x + 10, H - PHASE_HEADER_HEIGHT + 8, progress)
        # Arrows under the cards.
        canvas.setStrokeColor(ARROW)
        canvas.setFillColor(ARROW)
        canvas.setLineWidth(1.6)
        for start_id, end_id in layout.arrows:
            a, b = layout.cards[start_id], layout.cards[end_id]
            x1, y1 = a.x + CARD_WIDTH, H - a.y - a.height / 2
            x2, y2 = b.x, H - b.y - b.height / 2
            if max(x1, x2) < left - 60 or min(x1, x2) > right + 60:
                continue
            if max(y1, y2) < bottom or min(y1, y2) > top:
                continue
            if x2 < x1 + 20:  # backwards or in the same column: go round from the card's side
                x1, x2 = a.x + CARD_WIDTH / 2, b.x + CARD_WIDTH / 2
                y1 = H - a.y - a.height if y2 < y1 else H - a.y
                y2 = H - b.y if y2 < y1 else H - b.y - b.height
                c1, c2 = (x1, (y1 + y2) / 2), (x2, (y1 + y2) / 2)
                tip = (0.0, 1.0 if y2 > y1 else -1.0)
            else:
                bend = max((x2 - x1) * 0.4, 30)
                c1, c2 = (x1 + bend, y1), (x2 - bend, y2)
                tip = (1.0, 0.0)
            path = canvas.beginPath()
            path.moveTo(x1, y1)
            path.curveTo(c1[0], c1[1], c2[0], c2[1], x2 - tip[0] * 8, y2 - tip[1] * 8)
            canvas.drawPath(path, stroke=1, fill=0)
            head = canvas.beginPath()
            head.moveTo(x2, y2)
            head.lineTo(x2 - tip[0] * 10 - tip[1] * 5, y2 - tip[1] * 10 + tip[0] * 5)
            head.lineTo(x2 - tip[0] * 10 + tip[1] * 5, y2 - tip[1] * 10 - tip[0] * 5)
            head.close()
            canvas.drawPath(head, stroke=0, fill=1)
        # Cards.
        for card in layout.cards.values():
            if seen(card.x, card.y, CARD_WIDTH, card.height):
                _card(canvas, card, H, lang)
        _legend(canvas, layout, lang)

    return paint


def _lane_size(name: str) -> float:
    """The lane name's size: 15, or smaller so that its longest word need not be broken."""
    longest = max((stringWidth(w, FONT_BOLD, 1.0) for w in plain(name).split()), default=0.0)
    for size in (15.0, 14.0, 13.0, 12.0):
        if longest * size <= HEADER_WIDTH - 28:
            return size
    return 12.0


def _card(canvas: Canvas, card: Card, H: float, lang: str) -> None:
    x, y = card.x, H - card.y - card.height
    status = card.step.status
    mark = HexColor(labels.STEP_STATUS_COLOR[status])
    canvas.setFillColor(white)
    canvas.setStrokeColor(CARD_BORDER)
    canvas.setLineWidth(1)
    canvas.roundRect(x, y, CARD_WIDTH, card.height, 5, stroke=1, fill=1)
    canvas.setFillColor(mark)
    canvas.rect(x, y, 6, card.height, stroke=0, fill=1)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, TITLE_SIZE)
    ty = y + card.height - CARD_PAD - TITLE_SIZE + 1
    for line in card.lines:
        canvas.drawString(x + CARD_PAD + 6, ty, line)
        ty -= TITLE_LEADING
    my = y + CARD_PAD + 1
    canvas.setFillColor(mark)
    if status is StepStatus.DONE or status is StepStatus.IN_PROGRESS:
        canvas.circle(x + CARD_PAD + 10, my + 3.5, 4, stroke=0, fill=1)
    else:
        canvas.setStrokeColor(mark)
        canvas.setLineWidth(1.4)
        canvas.circle(x + CARD_PAD + 10, my + 3.5, 3.6, stroke=1, fill=0)
    canvas.setFont(FONT_BOLD, META_SIZE)
    text = labels.step_status(status, lang)
    canvas.drawString(x + CARD_PAD + 18, my, text)
    if card.owner:
        start = x + CARD_PAD + 18 + canvas.stringWidth(text, FONT_BOLD, META_SIZE) + 8
        room = x + CARD_WIDTH - CARD_PAD - start
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, META_SIZE)
        canvas.drawString(start, my, fit_width(card.owner, FONT, META_SIZE, room))


def _legend(canvas: Canvas, layout: RoadmapLayout, lang: str) -> None:
    x, y = HEADER_WIDTH, 22.0
    canvas.setFont(FONT, 11)
    for status in StepStatus:
        color = HexColor(labels.STEP_STATUS_COLOR[status])
        canvas.setFillColor(color)
        canvas.circle(x + 6, y + 4, 5, stroke=0, fill=1)
        canvas.setFillColor(INK)
        text = labels.step_status(status, lang)
        canvas.drawString(x + 16, y, text)
        x += 16 + canvas.stringWidth(text, FONT, 11) + 24
    canvas.setStrokeColor(ARROW)
    canvas.setLineWidth(1.6)
    canvas.line(x, y + 4, x + 30, y + 4)
    canvas.setFillColor(ARROW)
    head = canvas.beginPath()
    head.moveTo(x + 38, y + 4)
    head.lineTo(x + 28, y + 9)
    head.lineTo(x + 28, y - 1)
    head.close()
    canvas.drawPath(head, stroke=0, fill=1)
    canvas.setFillColor(INK)
    canvas.drawString(
        x + 46,
        y,
        labels.pick(
            ("bouwt voort op (pijl naar de volgende stap)", "builds on (arrow to the next step)"),
            lang,
        ),
    )


def roadmap_poster(
    data: RoadmapData,
    tiles: str | None = None,
    lang: str = "nl",
    today: date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The wijk's roadmap on one A3 landscape page, or over ``"a4"``/``"a3"`` sheets."""
    layout = roadmap_layout(data, lang)
    info = PdfInfo(
        title=labels.pick(("Routekaart", "Roadmap"), lang),
        subject=labels.pick(
            (f"Routekaart van {data.wijk.name}", f"Roadmap of {data.wijk.name}"), lang
        ),
        wijk=data.wijk.name,
        date=_date(today or date.today(), lang),
        lang=lang,
    )
    return picture_pdf(
        roadmap_painter(layout, lang),
        (layout.width, layout.height),
        info,
        tiles=tiles,
        scale=ROADMAP_WALL_SCALE,
        cancelled=cancelled,
    )


def board_poster(
    data: BoardData,
    wijk_name: str,
    tiles: str | None = None,
    lang: str = "nl",
    today: date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """A board on one A3 page, or over ``"a4"``/``"a3"`` sheets."""
    extent = board_extent(data)

    def paint(canvas: Canvas, view: tuple[float, float, float, float]) -> None:
        paint_board(canvas, data, 1.0, view=view)

    title = data.content.board.title
    info = PdfInfo(
        title=title,
        subject=labels.pick((f"Bord {title}", f"Board {title}"), lang),
        wijk=wijk_name,
        date=_date(today or date.today(), lang),
        lang=lang,
    )
    return picture_pdf(
        paint,
        (extent.w, extent.h),
        info,
        tiles=tiles,
        scale=BOARD_WALL_SCALE,
        cancelled=cancelled,
    )


def _date(day: date, lang: str) -> str:
    return labels.day_text(day, lang)


def _color(value: str) -> Color:
    try:
        return HexColor(value) if value else MUTED
    except (ValueError, TypeError):
        return MUTED


def _tint(color: Color, amount: float) -> Color:
    """``color`` mixed with white (``amount`` 1 is white)."""
    return Color(
        color.red + (1 - color.red) * amount,
        color.green + (1 - color.green) * amount,
        color.blue + (1 - color.blue) * amount,
    )
