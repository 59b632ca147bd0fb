"""Reading photos of paper walls: only sound JPEG and PNG, upright, scaled, without metadata."""

from __future__ import annotations

import io
import struct
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageFile, PngImagePlugin

from sec_workshop.domain.base import DomainError
from sec_workshop.exchange import images
from sec_workshop.exchange.images import (
    CAPTION_MAX,
    JPEG,
    MAX_SIDE,
    PNG,
    PhotoError,
    PreparedPhoto,
    prepare_photo,
    read_photo,
)
from sec_workshop.messages import describe

PILLOW_LIMIT = Image.MAX_IMAGE_PIXELS
RED = (220, 30, 30)
WHITE = (250, 250, 250)


@pytest.fixture(autouse=True)
def _pillow_limit_untouched() -> Iterator[None]:
    # Checked before each test (monkeypatch undoes its changes after this fixture's teardown),
    # so every test proves that the ones before it left Pillow's global limit alone.
    assert Image.MAX_IMAGE_PIXELS == PILLOW_LIMIT
    yield


def _encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    file = tmp_path / name
    file.write_bytes(data)
    return file


def _open(photo: PreparedPhoto) -> Image.Image:
    image = Image.open(io.BytesIO(photo.data))
    image.load()
    return image


def _refused(file: Path, code: str) -> PhotoError:
    with pytest.raises(PhotoError) as caught:
        read_photo(file)
    error = caught.value
    assert error.code == code
    dutch = describe(error, "nl")
    assert file.name in dutch
    assert "?" not in dutch.replace(file.name, "")  # every placeholder filled in
    assert file.name in describe(error, "en")
    return error


def _close(a: tuple[int, ...], b: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def _noise(size: tuple[int, int]) -> Image.Image:
    """A photograph's worth of colours (grey noise alone has only 256)."""
    return Image.merge("RGB", [Image.effect_noise(size, 60) for _ in range(3)])


def _png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height``: a decompression bomb's shape."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 4, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def _jpeg_declaring(width: int, height: int) -> bytes:
    raw = bytearray(_encode(Image.new("RGB", (16, 16), RED), "JPEG"))
    sof = raw.index(b"\xff\xc0")
    raw[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(raw)


def test_a_sideways_phone_photo_comes_out_upright(tmp_path: Path) -> None:
    # Stored 300 wide and 200 high with a red top-left quarter; orientation 6 says: turn it a
    # quarter clockwise to view it. Then it is 200 wide, 300 high, and the red is top right.
    stored = Image.new("RGB", (300, 200), WHITE)
    stored.paste(RED, (0, 0, 150, 100))
    exif = Image.Exif()
    exif[0x0112] = 6
    file = _write(tmp_path, "muur.jpg", _encode(stored, "JPEG", exif=exif, quality=95))

    photo = read_photo(file)

    assert photo.mime_type == JPEG
    assert (photo.width_px, photo.height_px) == (200, 300)
    shown = _open(photo).convert("RGB")
    assert shown.size == (200, 300)
    assert _close(shown.getpixel((150, 50)), RED)  # top right
    assert _close(shown.getpixel((50, 50)), WHITE)  # top left
    assert _close(shown.getpixel((50, 250)), WHITE)  # bottom left: it did not turn the other way
    assert shown.getexif().get(0x0112) is None


def test_a_large_photo_is_scaled_to_2048_keeping_its_shape(tmp_path: Path) -> None:
    file = _write(tmp_path, "flap.jpg", _encode(Image.new("RGB", (4000, 3000), RED), "JPEG"))
    photo = read_photo(file)
    assert (photo.width_px, photo.height_px) == (2048, 1536)
    assert _open(photo).size == (2048, 1536)
    assert photo.mime_type == JPEG
    assert photo.caption == "flap"


def test_a_tall_photo_is_scaled_by_its_height(tmp_path: Path) -> None:
    data = _encode(Image.new("RGB", (1500, 4096), WHITE), "JPEG")
    photo = read_photo(_write(tmp_path, "staand.jpg", data))
    assert (photo.width_px, photo.height_px) == (750, MAX_SIDE)


def test_a_small_image_keeps_its_size(tmp_path: Path) -> None:
    photo = read_photo(_write(tmp_path, "klein.png", _encode(Image.new("RGB", (64, 48)), "PNG")))
    assert (photo.width_px, photo.height_px) == (64, 48)
    assert photo.mime_type == PNG


def test_a_png_with_transparency_keeps_it(tmp_path: Path) -> None:
    image = Image.new("RGBA", (3000, 1000), (*RED, 255))
    image.paste((0, 0, 0, 0), (0, 0, 1500, 1000))
    photo = read_photo(_write(tmp_path, "uitgeknipt.png", _encode(image, "PNG")))
    assert photo.mime_type == PNG
    assert (photo.width_px, photo.height_px) == (2048, 683)
    shown = _open(photo)
    assert shown.mode == "RGBA"
    assert shown.getpixel((100, 300))[3] == 0
    assert shown.getpixel((2000, 300)) == (*RED, 255)


def test_a_fully_opaque_png_photo_becomes_jpeg(tmp_path: Path) -> None:
    image = _noise((1200, 900)).convert("RGBA")
    photo = read_photo(_write(tmp_path, "foto.png", _encode(image, "PNG")))
    assert photo.mime_type == JPEG
    assert _open(photo).mode == "RGB"


def test_a_png_drawing_stays_png(tmp_path: Path) -> None:
    drawing = Image.new("RGB", (1600, 1200), WHITE)
    drawing.paste(RED, (100, 100, 400, 400))
    photo = read_photo(_write(tmp_path, "schets.png", _encode(drawing, "PNG")))
    assert photo.mime_type == PNG


def test_a_png_named_jpg_is_read_as_the_png_it_is(tmp_path: Path) -> None:
    photo = read_photo(_write(tmp_path, "stiekem.jpg", _encode(Image.new("RGB", (40, 30)), "PNG")))
    assert photo.mime_type == PNG
    assert _open(photo).format == "PNG"


def test_sixteen_bit_grey_is_scaled_not_clipped(tmp_path: Path) -> None:
    grey = Image.new("I;16", (32, 32), 0x8000)
    photo = read_photo(_write(tmp_path, "grijs.png", _encode(grey, "PNG")))
    assert _close(_open(photo).convert("RGB").getpixel((5, 5)), (128, 128, 128), 2)


def test_metadata_does_not_travel_on(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"  # camera maker
    exif[0x013B] = "Jan de Vries"  # artist
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (52.0, 5.0, 30.0)
    gps[3] = "E"
    gps[4] = (4.0, 53.0, 10.0)
    source = _encode(
        Image.new("RGB", (3000, 2000), WHITE), "JPEG", exif=exif, comment=b"Dorpsstraat 12"
    )
    assert b"Jan de Vries" in source and b"Dorpsstraat 12" in source

    photo = read_photo(_write(tmp_path, "wand.jpg", source))

    shown = _open(photo)
    assert not shown.getexif()
    assert "exif" not in shown.info and "comment" not in shown.info
    for secret in (b"Exif", b"Jan de Vries", b"Telefoonmerk", b"Dorpsstraat 12"):
        assert secret not in photo.data


def test_png_text_and_exif_do_not_travel_on(tmp_path: Path) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Location", "Dorpsstraat 12")
    exif = Image.Exif()
    exif[0x013B] = "Jan de Vries"
    source = _encode(Image.new("RGB", (100, 100), RED), "PNG", pnginfo=info, exif=exif)
    photo = read_photo(_write(tmp_path, "klein.png", source))
    assert photo.mime_type == PNG
    for secret in (b"Dorpsstraat", b"Jan de Vries", b"eXIf", b"tEXt"):
        assert secret not in photo.data


def test_the_caption_is_the_trimmed_file_stem(tmp_path: Path) -> None:
    data = _encode(Image.new("RGB", (10, 10)), "PNG")
    photo = read_photo(_write(tmp_path, "  Wand   kansen\tzaal 2 .png", data))
    assert photo.caption == "Wand kansen zaal 2"
    long = prepare_photo(data, "x" * 300 + ".png")
    assert len(long.caption) == CAPTION_MAX


def test_a_truncated_jpeg_is_refused(tmp_path: Path) -> None:
    whole = _encode(Image.effect_noise((800, 600), 50).convert("RGB"), "JPEG")
    _refused(_write(tmp_path, "half.jpg", whole[: len(whole) // 2]), "photo.broken")


def test_a_truncated_png_is_refused(tmp_path: Path) -> None:
    whole = _encode(Image.effect_noise((400, 300), 50), "PNG")
    _refused(_write(tmp_path, "half.png", whole[: len(whole) // 2]), "photo.broken")


def test_a_jpeg_header_without_a_picture_is_refused(tmp_path: Path) -> None:
    _refused(_write(tmp_path, "kapot.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64), "photo.broken")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bom.png", _png_declaring(30_000, 30_000)),
        ("bom.jpg", _jpeg_declaring(30_000, 30_000)),
        # Under Pillow's own limit, so only ours refuses these.
        ("groot.png", _png_declaring(8_000, 7_000)),
        ("groot.jpg", _jpeg_declaring(8_000, 7_000)),
    ],
)
def test_a_decompression_bomb_is_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes
) -> None:
    def never(self: ImageFile.ImageFile) -> None:
        raise AssertionError("the pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", never)
    file = _write(tmp_path, name, data)
    started = time.perf_counter()
    error = _refused(file, "photo.too_many_pixels")
    assert time.perf_counter() - started < 1.0
    assert "50 megapixel" in describe(error, "nl")


def test_our_pixel_limit_holds_when_pillows_is_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    _refused(_write(tmp_path, "bom.png", _png_declaring(30_000, 30_000)), "photo.too_many_pixels")


def test_a_text_file_named_jpg_is_refused(tmp_path: Path) -> None:
    file = _write(tmp_path, "foto.jpg", "Notulen: één idee per regel.\n".encode())
    error = _refused(file, "photo.not_an_image")
    assert "JPEG" in describe(error, "nl")


def test_a_zip_named_jpg_is_refused(tmp_path: Path) -> None:
    _refused(_write(tmp_path, "foto.jpg", b"PK\x03\x04" + b"\x00" * 100), "photo.not_an_image")


@pytest.mark.parametrize(
    ("fmt", "label"),
    [("GIF", "GIF"), ("BMP", "BMP"), ("TIFF", "TIFF"), ("WEBP", "WebP")],
)
def test_other_image_formats_are_refused_by_name(tmp_path: Path, fmt: str, label: str) -> None:
    file = _write(tmp_path, "muur.jpg", _encode(Image.new("RGB", (20, 20), RED), fmt))
    error = _refused(file, "photo.unsupported_format")
    assert error.params["format"] == label
    assert f"een {label}-bestand" in describe(error, "nl")


def test_an_iphone_heic_photo_is_refused_by_name(tmp_path: Path) -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    error = _refused(_write(tmp_path, "IMG_0042.HEIC", heic), "photo.unsupported_format")
    assert error.params["format"] == "HEIC"


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    _refused(_write(tmp_path, "leeg.jpg", b""), "photo.empty")


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    file = tmp_path / "enorm.jpg"
    with file.open("wb") as fh:
        fh.truncate(images.MAX_BYTES + 1)  # sparse: no disk space, nothing to read
    error = _refused(file, "photo.too_large")
    assert "40 MB" in describe(error, "nl")
    assert "JPEG" in describe(error, "nl")


def test_bytes_over_the_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "MAX_BYTES", 1000)
    data = _encode(Image.effect_noise((200, 200), 80), "PNG")
    with pytest.raises(PhotoError) as caught:
        prepare_photo(data, "groot.png")
    assert caught.value.code == "photo.too_large"


def test_a_file_that_cannot_be_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _write(tmp_path, "geheim.jpg", _encode(Image.new("RGB", (10, 10)), "JPEG"))

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    # A permission error, or a USB stick pulled out half way, whatever the test's user rights.
    monkeypatch.setattr(Path, "open", denied)
    _refused(file, "photo.unreadable")


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        read_photo(tmp_path / "weg.jpg")
    assert caught.value.code == "file.not_found"
    assert "weg.jpg" in describe(caught.value, "nl")


def test_pillows_global_limit_is_unchanged_after_all_this() -> None:
    assert Image.MAX_IMAGE_PIXELS == PILLOW_LIMIT
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
