"""Text on a board as the window shows it: a note's text at the largest size that fits its
box, lines wrapped at spaces (a word longer than a line broken), and text cut with "…"
where it does not fit.

Plain strings in, lines out: the caller draws them (see ``board_drawing``).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from sec_workshop.reports.base import plain

LEADING = 1.25  # line height, in font sizes (the window's board look)


def fitted(
    text: str, width: float, height: float, sizes: tuple[float, ...], font: str
) -> tuple[float, list[str]]:
    """The largest of ``sizes`` at which ``text`` fits ``width`` x ``height``, and its lines;
    at the smallest, the lines that fit, the last one ending in "…"."""
    paragraphs = [plain(p, 2_000) for p in text.replace("\r", "").split("\n")]
    while paragraphs and not paragraphs[-1]:
        paragraphs.pop()
    if not paragraphs or width <= 0 or height <= 0:
        return sizes[-1], []
    words = [p.split(" ") if p else [] for p in paragraphs]
    unit = _Widths(font)
    widths = [unit(word) for line in words for word in line]
    total, widest = sum(widths), max(widths, default=0.0)
    for size in sizes:
        rows = max(int((height - size) // (size * LEADING)) + 1, 0) if height >= size else 0
        if rows == 0:
            continue
        room = width / size
        if len(words) > rows or (widest <= room and total > rows * room * (1 + 1e-9)):
            continue  # more paragraphs than rows, or more words than the rows can hold
        lines = _wrap_words(words, room, unit, rows + 1)
        if len(lines) <= rows:
            return size, lines
    size = sizes[-1]
    rows = max(int((height - size) // (size * LEADING)) + 1, 0) if height >= size else 0
    if rows == 0:
        return size, []
    lines = _wrap_words(words, width / size, unit, rows + 1)
    if len(lines) > rows:
        lines = lines[:rows]
        lines[-1] = ellipsis(lines[-1] + " …", width, size, font, force=True)
    return size, lines


class _Widths:
    """Widths of words at size 1, remembered (a board repeats its words a lot)."""

    _cache: dict[tuple[str, str], float] = {}

    def __init__(self, font: str) -> None:
        self.font = font

    def __call__(self, word: str) -> float:
        key = (self.font, word)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            found = self._cache[key] = stringWidth(word, self.font, 1.0)
        return found


def _wrap_words(paragraphs: list[list[str]], width: float, unit: _Widths, limit: int) -> list[str]:
    """Lines of at most ``width`` (at size 1); a word wider than a line is broken; stops after
    ``limit`` lines."""
    space = unit(" ")
    lines: list[str] = []
    for words in paragraphs:
        line: list[str] = []
        used = 0.0
        if not words:
            lines.append("")
        for word in words:
            if not word:
                continue
            w = unit(word)
            if w > width:
                if line:
                    lines.append(" ".join(line))
                    line, used = [], 0.0
                for piece in _break_word(word, width, unit):
                    lines.append(piece)
                    if len(lines) >= limit:
                        return lines
                lines[-1:] = []
                line, used = [piece], unit(piece)
                continue
            if line and used + space + w > width:
                lines.append(" ".join(line))
                if len(lines) >= limit:
                    return lines
                line, used = [word], w
            else:
                used += (space if line else 0.0) + w
                line.append(word)
        if line:
            lines.append(" ".join(line))
        if len(lines) >= limit:
            return lines
    return lines


def _break_word(word: str, width: float, unit: _Widths) -> list[str]:
    pieces: list[str] = []
    start = 0
    while start < len(word):
        end = start + 1
        while end < len(word) and unit(word[start : end + 1]) <= width:
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


def wrap_text(text: str, width: float, size: float, font: str, rows: int) -> list[str]:
    """One line of text wrapped to ``width`` at ``size``, at most ``rows`` lines (the last
    ending in "…" when cut)."""
    if width <= 0:
        return []
    lines = _wrap_words([text.split(" ")], width / size, _Widths(font), rows + 1)
    if len(lines) > rows:
        lines = lines[:rows]
        lines[-1] = ellipsis(lines[-1] + " …", width, size, font, force=True)
    return lines


def ellipsis(text: str, width: float, size: float, font: str, force: bool = False) -> str:
    """``text`` cut to ``width`` with "…" at the end (always when ``force``)."""
    if not force and stringWidth(text, font, size) <= width:
        return text
    body = text.removesuffix(" …").rstrip()
    while body and stringWidth(body + " …", font, size) > width:
        body = body[: max(len(body) - max(len(body) // 8, 1), 0)].rstrip()
    return (body + " …") if body else "…"
