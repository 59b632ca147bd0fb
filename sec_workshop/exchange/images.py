"""Photos of paper walls and flipcharts for the boards: JPEG or PNG checked by content, turned
upright, scaled down and stripped of metadata before anything is stored.

The file comes from a phone or a USB stick and is not trusted: its size and its declared pixel
count are checked before it is decoded, and the whole image is decoded once so that a broken
file is refused here rather than drawn half on a board.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import Image, ImageOps

from sec_workshop.domain.base import ValidationError
from sec_workshop.domain.board import TITLE_MAX, Photo
from sec_workshop.exchange.files import FileAccessError, read_limited

# A 50-megapixel phone photo is 10-25 MB as JPEG; 40 MB leaves room for large PNG scans while
# still refusing videos and disk images before they are read into memory.
MAX_BYTES = 40 * 2**20
# Checked against the size the file declares, before decoding: 50 megapixels covers the
# largest default modes of current phones (48-50 MP) and caps the memory one decode may take
# (about 200 MB as RGBA). Pillow's own bomb check is global state that others may change.
MAX_PIXELS = 50_000_000
# The stored size (see ``Photo``): sharp enough to read handwriting on a photographed wall
# when zoomed in on a laptop, small enough that a board with twenty photos stays light.
MAX_SIDE = 2048
JPEG_QUALITY = 85
# PNG is kept for small images and drawings: there it stays small and stays sharp, where
# JPEG would blur lines and text. Large photographs become JPEG (a tenth of the size).
SMALL_PIXELS = 512 * 512
GRAPHIC_COLORS = 256
# The caption is stored like a title (the photo table's caption column holds 200 characters).
CAPTION_MAX = TITLE_MAX

JPEG = "image/jpeg"
PNG = "image/png"

Kind = Literal["JPEG", "PNG"]

# Other image formats that people do pick, named so the message can say what the file is.
_OTHER_FORMATS: tuple[tuple[int, bytes, str], ...] = (
    (0, b"GIF87a", "GIF"),
    (0, b"GIF89a", "GIF"),
    (0, b"II*\x00", "TIFF"),
    (0, b"MM\x00*", "TIFF"),
    (0, b"%PDF", "PDF"),
    (0, b"\x00\x00\x00\x0cjP  ", "JPEG 2000"),
)
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_SIXTEEN_BIT_MODES = {"I", "I;16", "I;16B", "I;16L", "I;16N"}
_ALPHA_MODES = {"RGBA", "LA", "PA", "RGBa", "La"}


class PhotoError(ValidationError):
    """A photo cannot be added to a board; ``name`` is the file it came from."""


@dataclass(frozen=True, slots=True)
class PreparedPhoto:
    """A photo ready to be stored: re-encoded, upright, without metadata."""

    mime_type: str
    width_px: int
    height_px: int
    data: bytes
    caption: str

    def __post_init__(self) -> None:
        if self.mime_type not in (JPEG, PNG):
            # Only this module makes these; another type is a mistake in the code.
            raise ValueError(f"unsupported photo type {self.mime_type!r}")
        if len(self.caption) > CAPTION_MAX:
            raise ValidationError("value.too_long", field="caption", max=CAPTION_MAX)
        if not (0 < self.width_px <= MAX_SIDE and 0 < self.height_px <= MAX_SIDE):
            raise ValidationError("value.out_of_range", field="size", low=1, high=MAX_SIDE)

    def to_photo(self, board_id: str, x: float, y: float, scale: float = 1.0) -> Photo:
        """The board record for this photo, placed at (``x``, ``y``)."""
        return Photo(
            board_id=board_id,
            caption=self.caption,
            mime_type=self.mime_type,
            width_px=self.width_px,
            height_px=self.height_px,
            data=self.data,
            x=x,
            y=y,
            scale=scale,
        )


def read_photo(file: Path) -> PreparedPhoto:
    """The photo in ``file``, refused with a ``PhotoError`` unless it is a sound JPEG or PNG."""
    try:
        raw = read_limited(file, MAX_BYTES)
    except FileAccessError as exc:
        if exc.code == "file.too_big":
            raise _too_large(file.name) from None
        if exc.code == "file.unreadable":
            raise PhotoError("photo.unreadable", name=file.name) from exc
        raise
    return prepare_photo(raw, file.name)


def prepare_photo(raw: bytes, name: str) -> PreparedPhoto:
    """The photo in ``raw`` (from a file called ``name``), checked and re-encoded."""
    if not raw:
        raise PhotoError("photo.empty", name=name)
    if len(raw) > MAX_BYTES:
        raise _too_large(name)
    kind = sniff(raw, name)
    image = _decode(raw, name, kind)
    image = _upright(image)
    image, transparent = _to_rgb(image, kind)
    size = fit(image.size)
    if size != image.size:
        image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    data, mime_type = _encode(image, kind, transparent)
    return PreparedPhoto(
        mime_type=mime_type,
        width_px=image.width,
        height_px=image.height,
        data=data,
        caption=caption_for(name),
    )


def sniff(raw: bytes, name: str) -> Kind:
    """JPEG or PNG by the file's first bytes, whatever its name says."""
    if raw.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if raw.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    raise _not_jpeg_or_png(raw, name)


def fit(size: tuple[int, int], max_side: int = MAX_SIDE) -> tuple[int, int]:
    """``size`` scaled down (never up) so that its longest side is at most ``max_side``."""
    width, height = size
    longest = max(width, height)
    if longest <= max_side:
        return size
    factor = max_side / longest
    return max(1, round(width * factor)), max(1, round(height * factor))


def caption_for(name: str) -> str:
    """A caption to suggest: the file name without its extension, on one line."""
    stem = " ".join(Path(name).stem.split())
    return stem[:CAPTION_MAX].rstrip()


def _too_large(name: str) -> PhotoError:
    return PhotoError("photo.too_large", name=name, max_mb=MAX_BYTES // 2**20)


def _not_jpeg_or_png(raw: bytes, name: str) -> PhotoError:
    for offset, magic, label in _OTHER_FORMATS:
        if raw[offset : offset + len(magic)] == magic:
            return PhotoError("photo.unsupported_format", name=name, format=label)
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return PhotoError("photo.unsupported_format", name=name, format="WebP")
    if raw[4:8] == b"ftyp" and raw[8:12] in _HEIF_BRANDS:
        return PhotoError("photo.unsupported_format", name=name, format="HEIC")
    if raw[4:8] == b"ftyp" and raw[8:12] in _AVIF_BRANDS:
        return PhotoError("photo.unsupported_format", name=name, format="AVIF")
    # BMP has only two magic bytes; its reserved header field (always zero) makes it certain.
    if raw[:2] == b"BM" and raw[6:10] == b"\x00\x00\x00\x00":
        return PhotoError("photo.unsupported_format", name=name, format="BMP")
    return PhotoError("photo.not_an_image", name=name)


def _too_many_pixels(name: str) -> PhotoError:
    return PhotoError("photo.too_many_pixels", name=name, max_mp=MAX_PIXELS // 1_000_000)


def _decode(raw: bytes, name: str, kind: Kind) -> Image.Image:
    """The fully decoded image; only its header is read before the pixel count is checked."""
    try:
        # Only the one plugin: a file that starts like a PNG is never handed to another reader.
        image = Image.open(io.BytesIO(raw), formats=[kind])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        # Pillow's own limit (global, possibly lower or higher than ours) struck first.
        raise _too_many_pixels(name) from None
    except Exception as exc:
        # Pillow's readers raise many kinds of errors on damaged headers.
        raise PhotoError("photo.broken", name=name) from exc
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise _too_many_pixels(name)
    try:
        if kind == "JPEG":
            # Let the JPEG decoder scale down by 2, 4 or 8 while decoding (never below the
            # size that is stored): a 48 MP photo then costs a quarter of the memory and time.
            image.draft(None, fit(image.size))
        # A full decode, so that a truncated file is refused now and not shown half grey.
        image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(name) from None
    except Exception as exc:
        raise PhotoError("photo.broken", name=name) from exc
    return image


def _upright(image: Image.Image) -> Image.Image:
    """The image turned as the camera meant it (phones store it sideways with a note in EXIF)."""
    try:
        turned = ImageOps.exif_transpose(image)
    except Exception:
        # Damaged metadata is no reason to refuse the picture; it stays as stored.
        return image
    return image if turned is None else turned


def _to_rgb(image: Image.Image, kind: Kind) -> tuple[Image.Image, bool]:
    """RGB, or RGBA when the PNG really is partly transparent (a cut-out drawing, a logo)."""
    if image.mode in _SIXTEEN_BIT_MODES:
        # A plain convert would clip 16-bit grey to white; scale it to 8 bits instead.
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if kind == "PNG" and (image.mode in _ALPHA_MODES or "transparency" in image.info):
        rgba = image.convert("RGBA")
        low, _ = rgba.getchannel("A").getextrema()
        if isinstance(low, int | float) and low < 255:
            return rgba, True
        image = rgba
    return image.convert("RGB"), False


def _encode(image: Image.Image, kind: Kind, transparent: bool) -> tuple[bytes, str]:
    # Nothing of the original file travels on: no EXIF (GPS of someone's home, the phone's
    # owner), no XMP, no comments, no text chunks, no ICC profile. Pillow would otherwise copy
    # some of these from ``info`` when saving.
    image.info = {}
    buffer = io.BytesIO()
    if transparent or (kind == "PNG" and _png_is_better(image)):
        image.save(buffer, "PNG")
        return buffer.getvalue(), PNG
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue(), JPEG


def _png_is_better(image: Image.Image) -> bool:
    """Small images and drawings (few colours) stay PNG; photographs become JPEG."""
    if image.width * image.height <= SMALL_PIXELS:
        return True
    # ``getcolors`` gives up (None) as soon as it counts more than the maximum.
    return image.getcolors(GRAPHIC_COLORS) is not None
