"""`contact-sheet.png`: a run's images in one picture, each labelled with its varying values (Pillow, the
`images` extra; importing this module without Pillow raises ImportError).

Thumbnails shrink as variants grow (256 px up to 16 variants, down to 96 px past 400) and the sheet is
about as tall as it is wide, at most 8,192 px across: 1,000 variants make a sheet of about 4,000 px square;
past 2,500 variants it shows the first 2,500 (the page shows all).
A failed or missing variant gets a box saying so; an image Pillow cannot read, a box naming the file.
"""

from __future__ import annotations

import math
from typing import IO, TYPE_CHECKING, Any

from PIL import Image, ImageDraw, ImageFont, ImageOps, PngImagePlugin

from .gallery import MARKER, text

if TYPE_CHECKING:
    from .gallery import Gallery, GalleryCell

__all__ = ["MAX_CELLS", "contact_sheet", "thumb_size"]

_PAD, _MAX_WIDTH, _MAX_LINES = 8, 8192, 4
MAX_CELLS = 2500  # past this a sheet is too big to open (and to hold in memory): the first ones only
_BACKGROUND, _INK, _MUTED, _FAILED, _EMPTY = "#f4f5f7", "#1d2330", "#5b6375", "#a01b1b", "#e3e6eb"


def thumb_size(count: int) -> int:
    """The thumbnails' side for a sheet of `count` variants."""
    return 256 if count <= 16 else 192 if count <= 64 else 128 if count <= 400 else 96


def contact_sheet(gallery: Gallery, file: IO[bytes]) -> tuple[int, int]:
    """Draw the sheet of `gallery` as PNG into `file`; returns its size in pixels (width, height)."""
    cells = gallery.cells[:MAX_CELLS]
    side = thumb_size(len(cells))
    font = _font(max(10, side // 12))
    line = int(font.size) + 4 if isinstance(font, ImageFont.FreeTypeFont) else 14
    lines = min(len(gallery.columns), _MAX_LINES) + 1  # + the variant number (and status)
    cell_w, cell_h = side + _PAD, side + _PAD + lines * line
    across = max(1, min(math.ceil(math.sqrt(max(1, len(cells)) * cell_h / cell_w)), _MAX_WIDTH // cell_w))
    rows = math.ceil(len(cells) / across) if cells else 0
    header = [gallery.title] + [f"{k}={text(v, 60)}" for k, v in gallery.constants.items()]
    if len(gallery.cells) > len(cells):
        header.insert(1, f"the first {len(cells)} of {len(gallery.cells)} variants (index.html shows all)")
    width = max(across * cell_w + _PAD, 320)
    header = _wrap(header, font, width - 2 * _PAD)[:6]
    top = _PAD + len(header) * line + _PAD
    sheet = Image.new("RGB", (width, top + rows * cell_h + _PAD), _BACKGROUND)
    draw = ImageDraw.Draw(sheet)
    for n, words in enumerate(header):
        draw.text((_PAD, _PAD + n * line), _drawable(words, font), fill=_INK, font=font)
    for index, cell in enumerate(cells):
        x = _PAD + (index % across) * cell_w
        y = top + (index // across) * cell_h
        _draw_cell(sheet, draw, gallery, cell, (x, y), side, font, line)
    info = PngImagePlugin.PngInfo()
    info.add_text("Software", MARKER)  # before the image data: `Gallery.write` knows the file as its own
    sheet.save(file, format="PNG", pnginfo=info)
    return sheet.size


def _draw_cell(
    sheet: Image.Image, draw: ImageDraw.ImageDraw, gallery: Gallery, cell: GalleryCell,
    at: tuple[int, int], side: int, font: Any, line: int,
) -> None:  # fmt: skip
    x, y = at
    thumb = _thumbnail(cell, side) if cell.status == "completed" and cell.files else None
    if thumb is None:
        draw.rectangle((x, y, x + side - 1, y + side - 1), fill=_EMPTY)
        why = cell.status if cell.status != "completed" else "no image"
        if cell.status == "failed" and cell.error:
            why = f"failed: {cell.error}"
        colour = _FAILED if cell.status in ("failed", "missing") else _MUTED
        for n, words in enumerate(_wrap([why], font, side - 8)[: max(1, side // line - 1)]):
            draw.text((x + 4, y + 4 + n * line), _drawable(words, font), fill=colour, font=font)
    else:
        sheet.paste(thumb, (x + (side - thumb.width) // 2, y + (side - thumb.height) // 2))
    status = "" if cell.status == "completed" else f" {cell.status}"
    labels = [f"#{cell.variant}{status}"]
    labels += [f"{c}={text(cell.values.get(c), 80)}" for c in gallery.columns[:_MAX_LINES]]
    if len(gallery.columns) > _MAX_LINES:
        labels[-1] = labels[-1] + " ..."
    for n, label in enumerate(labels):
        fill = _INK if n else _FAILED if cell.status in ("failed", "missing") else _MUTED
        draw.text((x, y + side + 2 + n * line), _fit(label, font, side), fill=fill, font=font)


def _thumbnail(cell: GalleryCell, side: int) -> Image.Image | None:
    """The cell's first image, fitted in `side` x `side`, over the background where transparent."""
    try:
        with Image.open(cell.files[0]) as im:
            im.draft("RGB", (side, side))  # JPEG decodes at a smaller scale at once
            if max(im.size) > side:
                im.thumbnail((side, side))
                rgba = im.convert("RGBA")
            else:  # a small image is enlarged: a sweep of tiny images is still one to look at
                rgba = ImageOps.contain(im.convert("RGBA"), (side, side), Image.Resampling.NEAREST)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    flat = Image.new("RGB", rgba.size, _EMPTY)
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


def _font(size: int) -> Any:
    try:
        return ImageFont.load_default(size=size)  # FreeType's bundled font (Pillow 10.1+)
    except (TypeError, OSError, ImportError):
        return ImageFont.load_default()


def _drawable(words: str, font: Any) -> str:
    # The bitmap fallback font knows Latin-1 only: other characters would raise.
    if isinstance(font, ImageFont.FreeTypeFont):
        return words
    return words.encode("latin-1", "replace").decode("latin-1")


def _fit(words: str, font: Any, width: int) -> str:
    """`words` cut (with "...") to fit `width` pixels."""
    words = _drawable(words, font)
    if font.getlength(words) <= width:
        return words
    low, high = 0, len(words)
    while low < high:
        mid = (low + high + 1) // 2
        if font.getlength(words[:mid] + "...") <= width:
            low = mid
        else:
            high = mid - 1
    return words[:low] + "..."


def _wrap(paragraphs: list[str], font: Any, width: int) -> list[str]:
    """Lines of at most `width` pixels (a word too long for a line is cut)."""
    out: list[str] = []
    for paragraph in paragraphs:
        current = ""
        for word in _drawable(paragraph, font).split():
            candidate = f"{current} {word}".strip()
            if font.getlength(candidate) <= width or not current:
                current = candidate if font.getlength(candidate) <= width else _fit(candidate, font, width)
            else:
                out.append(current)
                current = _fit(word, font, width)
        out.append(current)
    return out
