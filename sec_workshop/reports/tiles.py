"""One large picture on paper: fitted on one A3 page, or printed larger over several A4 or A3
sheets that overlap by 10 mm, with crop marks, a label on each sheet and a first sheet that
shows which sheet goes where (for taping a poster to a wall).

The picture is drawn by a callback in its own units (origin bottom-left, y upwards); this
module places it at a scale and an offset on each page.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from sec_workshop import labels
from sec_workshop.reports.base import (
    ACCENT,
    FALLBACK,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    Cancelled,
    PdfInfo,
    page_text,
    plain,
    register_fonts,
)

# Draws the picture on the canvas in picture units; the second argument is the part of the
# picture that will be seen (left, bottom, right, top), so that a callback may skip the rest.
Paint = Callable[[Canvas, tuple[float, float, float, float]], None]

OVERLAP = 10 * mm
SHEET_MARGIN = 12 * mm  # printers leave ~5 mm blank; the labels and marks live here
POSTER_MARGIN = 14 * mm
MARK = 5 * mm
MAX_SHEETS = 48
SHEETS = {"a4": A4, "a3": A3}


@dataclass(frozen=True, slots=True)
class Grid:
    """How the picture lies over the sheets: ``rows`` x ``cols`` sheets of ``sheet`` size,
    each showing ``area`` points of it, ``step`` points further than its neighbour."""

    sheet: tuple[float, float]
    rows: int
    cols: int
    scale: float
    offset: tuple[float, float]  # where the picture's origin lies on the whole poster, in pt

    @property
    def area(self) -> tuple[float, float]:
        return self.sheet[0] - 2 * SHEET_MARGIN, self.sheet[1] - 2 * SHEET_MARGIN

    @property
    def step(self) -> tuple[float, float]:
        return self.area[0] - OVERLAP, self.area[1] - OVERLAP

    @property
    def count(self) -> int:
        return self.rows * self.cols


def plan(size: tuple[float, float], tiles: str, scale: float) -> Grid:
    """The sheets for a picture of ``size`` units printed at ``scale`` points per unit, in
    the orientation that needs fewer sheets; the scale shrinks when more than
    ``MAX_SHEETS`` would be needed."""
    paper = SHEETS[tiles.lower()]
    best: Grid | None = None
    # A little smaller when that saves a row or a column of sheets.
    for factor in (1.0, 0.95, 0.9, 0.85):
        for sheet in (landscape(paper), portrait(paper)):
            chosen = scale * factor
            grid = _grid(size, sheet, chosen)
            for _ in range(40):
                if grid.count <= MAX_SHEETS:
                    break
                chosen *= 0.9
                grid = _grid(size, sheet, chosen)
            if best is None or grid.count < best.count:
                best = grid
    assert best is not None
    return best


def _grid(size: tuple[float, float], sheet: tuple[float, float], scale: float) -> Grid:
    aw, ah = sheet[0] - 2 * SHEET_MARGIN, sheet[1] - 2 * SHEET_MARGIN
    pw, ph = size[0] * scale, size[1] * scale
    cols = max(1, math.ceil((pw - OVERLAP) / (aw - OVERLAP) - 1e-9))
    rows = max(1, math.ceil((ph - OVERLAP) / (ah - OVERLAP) - 1e-9))
    total_w = cols * (aw - OVERLAP) + OVERLAP
    total_h = rows * (ah - OVERLAP) + OVERLAP
    return Grid(sheet, rows, cols, scale, ((total_w - pw) / 2, (total_h - ph) / 2))


def picture_pdf(
    paint: Paint,
    size: tuple[float, float],
    info: PdfInfo,
    tiles: str | None = None,
    scale: float = 1.0,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The picture (``size`` in its units) fitted on one A3 page when ``tiles`` is None,
    otherwise at ``scale`` points per unit over ``"a4"`` or ``"a3"`` sheets, after a sheet
    with the map of them."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(
        out,
        pagesize=A3,
        invariant=True,
        lang="nl-NL" if info.lang == "nl" else "en-GB",
        initialFontName=FONT,
    )
    canvas.setTitle(plain(info.title))
    canvas.setAuthor(info.author)
    canvas.setSubject(plain(info.subject))
    canvas.setCreator("SEC Workshop")
    if tiles is None:
        _poster(canvas, paint, size, info)
    else:
        grid = plan(size, tiles, scale)
        _map_sheet(canvas, paint, size, info, grid)
        for row in range(grid.rows):
            for col in range(grid.cols):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                _tile(canvas, paint, size, info, grid, row, col)
    canvas.save()
    return out.getvalue()


def _poster(canvas: Canvas, paint: Paint, size: tuple[float, float], info: PdfInfo) -> None:
    page = landscape(A3) if size[0] >= size[1] else portrait(A3)
    canvas.setPageSize(page)
    width, height = page
    top = height - POSTER_MARGIN - 10 * mm
    room_w, room_h = width - 2 * POSTER_MARGIN, top - POSTER_MARGIN
    scale = min(room_w / size[0], room_h / size[1])
    x = POSTER_MARGIN + (room_w - size[0] * scale) / 2
    y = top - size[1] * scale
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 14)
    canvas.setFillColor(INK)
    canvas.drawString(POSTER_MARGIN, height - POSTER_MARGIN - 2 * mm, _heading(info))
    canvas.setFont(FONT, 9)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - POSTER_MARGIN, height - POSTER_MARGIN - 2 * mm, plain(info.date))
    canvas.drawString(POSTER_MARGIN, POSTER_MARGIN - 8 * mm, "SEC Workshop")
    canvas.drawRightString(
        width - POSTER_MARGIN, POSTER_MARGIN - 8 * mm, page_text(1, 1, info.lang)
    )
    canvas.restoreState()
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(scale, scale)
    paint(canvas, (0.0, 0.0, size[0], size[1]))
    canvas.restoreState()
    canvas.showPage()


def _heading(info: PdfInfo) -> str:
    return " · ".join(plain(x) for x in (info.wijk, info.title) if x.strip())


def sheet_label(number: int, count: int, row: int, col: int, lang: str) -> str:
    return labels.pick(
        (
            f"blad {number} van {count} · rij {row}, kolom {col}",
            f"sheet {number} of {count} · row {row}, column {col}",
        ),
        lang,
    )


def _small_print(canvas: Canvas, info: PdfInfo, grid: Grid, text: str) -> None:
    """The wijk, title and date at the top of a sheet; ``text`` at the bottom."""
    width, height = grid.sheet
    canvas.saveState()
    canvas.setFont(FONT, 7)
    canvas.setFillColor(MUTED)
    inset = SHEET_MARGIN + OVERLAP + 3 * mm  # clear of the crop and overlap marks
    canvas.drawString(inset, height - SHEET_MARGIN + 3 * mm, _heading(info))
    canvas.drawRightString(width - inset, height - SHEET_MARGIN + 3 * mm, plain(info.date))
    canvas.setFont(FONT_BOLD, 9)
    canvas.setFillColor(INK)
    canvas.drawString(inset, SHEET_MARGIN - 6.5 * mm, text)
    canvas.restoreState()


def _tile(
    canvas: Canvas,
    paint: Paint,
    size: tuple[float, float],
    info: PdfInfo,
    grid: Grid,
    row: int,
    col: int,
) -> None:
    canvas.setPageSize(grid.sheet)
    aw, ah = grid.area
    sx, sy = grid.step
    number = row * grid.cols + col + 1
    # The part of the whole poster (origin bottom-left, rows counted from the top) this sheet
    # shows: from ``left`` to ``left + aw`` and from ``bottom`` to ``bottom + ah``.
    left = col * sx
    bottom = (grid.rows - 1 - row) * sy
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(SHEET_MARGIN, SHEET_MARGIN, aw, ah)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.translate(SHEET_MARGIN - left + grid.offset[0], SHEET_MARGIN - bottom + grid.offset[1])
    canvas.scale(grid.scale, grid.scale)
    s = grid.scale
    view = (
        (left - grid.offset[0]) / s,
        (bottom - grid.offset[1]) / s,
        (left + aw - grid.offset[0]) / s,
        (bottom + ah - grid.offset[1]) / s,
    )
    paint(canvas, view)
    canvas.restoreState()
    _marks(canvas, grid, row, col)
    label = sheet_label(number, grid.count, row + 1, col + 1, info.lang)
    _small_print(canvas, info, grid, label)
    _neighbours(canvas, grid, row, col, info.lang)
    canvas.showPage()


def _marks(canvas: Canvas, grid: Grid, row: int, col: int) -> None:
    """Crop marks at the corners of the printed area, and at both ends of each line where a
    neighbouring sheet's edge comes to lie (dashed across the sheet, thin and light)."""
    aw, ah = grid.area
    x0, y0, x1, y1 = SHEET_MARGIN, SHEET_MARGIN, SHEET_MARGIN + aw, SHEET_MARGIN + ah
    gap = 1.5 * mm
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.5)
    for x in (x0, x1):
        canvas.line(x, y1 + gap, x, y1 + gap + MARK)
        canvas.line(x, y0 - gap, x, y0 - gap - MARK)
    for y in (y0, y1):
        canvas.line(x0 - gap, y, x0 - gap - MARK, y)
        canvas.line(x1 + gap, y, x1 + gap + MARK, y)
    lines_x = []
    if col > 0:
        lines_x.append(x0 + OVERLAP)
    if col < grid.cols - 1:
        lines_x.append(x1 - OVERLAP)
    lines_y = []
    if row > 0:
        lines_y.append(y1 - OVERLAP)
    if row < grid.rows - 1:
        lines_y.append(y0 + OVERLAP)
    canvas.setStrokeColor(ACCENT)
    for x in lines_x:
        canvas.line(x, y1 + gap, x, y1 + gap + MARK)
        canvas.line(x, y0 - gap, x, y0 - gap - MARK)
    for y in lines_y:
        canvas.line(x0 - gap, y, x0 - gap - MARK, y)
        canvas.line(x1 + gap, y, x1 + gap + MARK, y)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 3)
    for x in lines_x:
        canvas.line(x, y0, x, y1)
    for y in lines_y:
        canvas.line(x0, y, x1, y)
    canvas.restoreState()


def _neighbours(canvas: Canvas, grid: Grid, row: int, col: int, lang: str) -> None:
    """Small arrows in the margins naming the sheet on each side."""
    width, height = grid.sheet
    aw, ah = grid.area
    word = labels.pick(("blad", "sheet"), lang)

    def number(r: int, c: int) -> int:
        return r * grid.cols + c + 1

    canvas.saveState()
    canvas.setFont(FALLBACK if FALLBACK in register_fonts() else FONT, 7)
    canvas.setFillColor(ACCENT)
    mid_y = SHEET_MARGIN + ah / 2
    mid_x = SHEET_MARGIN + aw / 2
    if col > 0:
        canvas.saveState()
        canvas.translate(SHEET_MARGIN - 4 * mm, mid_y)
        canvas.rotate(90)
        canvas.drawCentredString(0, 0, f"← {word} {number(row, col - 1)}")
        canvas.restoreState()
    if col < grid.cols - 1:
        canvas.saveState()
        canvas.translate(width - SHEET_MARGIN + 4 * mm, mid_y)
        canvas.rotate(-90)
        canvas.drawCentredString(0, 0, f"← {word} {number(row, col + 1)}")
        canvas.restoreState()
    if row > 0:
        canvas.drawCentredString(
            mid_x, height - SHEET_MARGIN + 3 * mm, f"↑ {word} {number(row - 1, col)}"
        )
    if row < grid.rows - 1:
        canvas.drawCentredString(mid_x, SHEET_MARGIN - 6.5 * mm, f"↓ {word} {number(row + 1, col)}")
    canvas.restoreState()


def _map_sheet(
    canvas: Canvas, paint: Paint, size: tuple[float, float], info: PdfInfo, grid: Grid
) -> None:
    """The first sheet: the whole poster small, with the sheets drawn over it and numbered."""
    canvas.setPageSize(grid.sheet)
    width, height = grid.sheet
    lang = info.lang
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 16)
    top = height - SHEET_MARGIN - 8 * mm
    canvas.drawString(
        SHEET_MARGIN, top, labels.pick(("Zo hangt de poster", "How the poster hangs"), lang)
    )
    canvas.setFont(FONT, 9)
    instructions = (
        (
            f"{grid.count} bladen in {grid.rows} {'rij' if grid.rows == 1 else 'rijen'} "
            f"van {grid.cols}, zoals hieronder genummerd. Buren overlappen 10 mm.",
            "Knip elk blad langs de snijtekens in de hoeken, behalve aan de buitenrand van "
            "de poster, en leg de rand op de blauwe streepjes van het blad ernaast.",
        ),
        (
            f"{grid.count} sheets in {grid.rows} row{'s' if grid.rows != 1 else ''} of "
            f"{grid.cols}, numbered as below. Neighbours overlap by 10 mm.",
            "Trim each sheet at the crop marks in its corners, except at the poster's outer "
            "edge, and lay that edge on the blue marks of the sheet next to it.",
        ),
    )[labels.chosen(lang) == "en"]
    y = top - 6 * mm
    for line in instructions:
        canvas.drawString(SHEET_MARGIN, y, line)
        y -= 4.5 * mm
    canvas.restoreState()
    # The whole poster, as the sheets cover it, fitted below the text.
    sx, sy = grid.step
    total_w = grid.cols * sx + OVERLAP
    total_h = grid.rows * sy + OVERLAP
    room_w = width - 2 * SHEET_MARGIN
    room_h = y - 4 * mm - SHEET_MARGIN
    k = min(room_w / total_w, room_h / total_h)
    ox = SHEET_MARGIN + (room_w - total_w * k) / 2
    oy = SHEET_MARGIN + (room_h - total_h * k) / 2
    canvas.saveState()
    canvas.translate(ox, oy)
    canvas.scale(k, k)
    canvas.saveState()
    canvas.translate(grid.offset[0], grid.offset[1])
    canvas.scale(grid.scale, grid.scale)
    paint(canvas, (0.0, 0.0, size[0], size[1]))
    canvas.restoreState()
    aw, ah = grid.area
    canvas.setLineWidth(1.5 / k)
    for row in range(grid.rows):
        for col in range(grid.cols):
            x = col * sx
            yb = (grid.rows - 1 - row) * sy
            canvas.setStrokeColor(ACCENT)
            canvas.rect(x, yb, aw, ah, stroke=1, fill=0)
            n = str(row * grid.cols + col + 1)
            r = min(aw, ah) * 0.16
            canvas.setFillColor(white)
            canvas.setStrokeColor(ACCENT)
            canvas.circle(x + aw / 2, yb + ah / 2, r, stroke=1, fill=1)
            canvas.setFillColor(ACCENT)
            canvas.setFont(FONT_BOLD, r * 1.1)
            canvas.drawCentredString(x + aw / 2, yb + ah / 2 - r * 0.38, n)
    canvas.restoreState()
    canvas.saveState()
    canvas.setFont(FONT, 7)
    canvas.setFillColor(MUTED)
    canvas.drawString(SHEET_MARGIN, height - SHEET_MARGIN + 3 * mm, _heading(info))
    canvas.drawRightString(width - SHEET_MARGIN, height - SHEET_MARGIN + 3 * mm, plain(info.date))
    canvas.setFont(FONT_BOLD, 9)
    canvas.setFillColor(INK)
    canvas.drawString(
        SHEET_MARGIN,
        SHEET_MARGIN - 6.5 * mm,
        labels.pick(("overzicht van de bladen", "map of the sheets"), lang),
    )
    canvas.restoreState()
    canvas.setFillColor(HexColor("#000000"))
    canvas.showPage()
