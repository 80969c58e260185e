"""The badge image: a round medal stating the issuer, the certification, the global level, the
score, the month of issue and the verification code, as a PNG and as an SVG.

The words come translated (:class:`BadgeLabels`), so this module knows no language. One layout
(:func:`layout`) serves both formats: each line is centred on the medal, its font size
lowered from the line's own (not below 8) until its width, measured with Certinum Sans (the
DejaVu Sans the PDF certificates embed), fits inside the ring at that height. The PNG is drawn with
Pillow at twice its size and scaled down (smooth edges); the SVG is written by hand, every
text escaped, with a ``<title>`` and ``role="img"`` so that it reads as one image with its
text alternative.
"""

from __future__ import annotations

import functools
import io
import math
from dataclasses import dataclass
from importlib import resources
from typing import Final
from xml.sax.saxutils import escape, quoteattr

from PIL import Image, ImageDraw, ImageFont

__all__ = ["SIZE", "BadgeLabels", "Line", "badge_png", "badge_svg", "layout"]

SIZE: Final = 400  # the image is SIZE x SIZE (PNG pixels, SVG user units)
_CENTRE: Final = SIZE / 2
_DISC: Final = 188  # radius of the coloured disc
_RING: Final = 172  # radius of the thin ring inside it
_MARGIN: Final = 18  # kept free between a line's ends and the ring
_SCALE: Final = 2  # the PNG is drawn this many times larger, then scaled down
_NAVY: Final = "#173b6c"
_GOLD: Final = "#f2c14e"
_WHITE: Final = "#ffffff"
_FONT_FAMILY: Final = "'DejaVu Sans', Verdana, Arial, sans-serif"
_BOLD: Final = ' font-weight="bold"'


@dataclass(frozen=True, slots=True)
class BadgeLabels:
    """The badge's words, already in the reader's language."""

    issuer: str  # "Certinum"
    title: str  # "Compétences numériques"
    level_label: str  # "Niveau global"
    level: str  # "Indépendant 2"
    score: str  # "742 pix"
    date: str  # "juin 2026"
    code: str  # "P-7KQ2MXRB"

    def alternative(self) -> str:
        """The image as one sentence (the SVG's ``<title>``)."""
        return (
            f"{self.issuer} — {self.title} — {self.level_label} : {self.level} "
            f"({self.score}) — {self.date} — {self.code}"
        )


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    y: float  # the middle of the line
    size: int  # font size, in SVG user units (PNG pixels)
    bold: bool
    colour: str


@functools.lru_cache(maxsize=64)
def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    name = "CertinumSans-Bold.ttf" if bold else "CertinumSans.ttf"
    data = resources.files("issuer").joinpath("fonts", name).read_bytes()
    return ImageFont.truetype(io.BytesIO(data), size)


def _fitted(text: str, y: float, size: int, bold: bool, colour: str) -> Line:
    half = math.sqrt(max(_RING**2 - (abs(y - _CENTRE) + size / 2) ** 2, 0.0))
    room = 2 * half - 2 * _MARGIN
    while size > 8 and _font(bold, size).getlength(text) > room:
        size -= 1
    return Line(text, y, size, bold, colour)


def layout(labels: BadgeLabels) -> tuple[Line, ...]:
    """The lines of the badge, top to bottom, each sized to fit the disc."""
    return (
        _fitted(labels.issuer, 92, 32, True, _GOLD),
        _fitted(labels.title, 132, 21, False, _WHITE),
        _fitted(labels.level_label, 180, 19, False, _WHITE),
        _fitted(labels.level, 224, 42, True, _GOLD),
        _fitted(labels.score, 270, 26, True, _WHITE),
        _fitted(labels.date, 308, 18, False, _WHITE),
        _fitted(labels.code, 334, 15, False, _WHITE),
    )


@functools.lru_cache(maxsize=64)
def badge_png(labels: BadgeLabels) -> bytes:
    """The badge as a SIZE x SIZE PNG (RGBA, transparent outside the medal). Drawing takes
    tens of milliseconds, so the last 64 badges drawn are kept (about 5 MB)."""
    big = SIZE * _SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = _CENTRE * _SCALE

    def disc(radius: float, **style: object) -> None:
        r = radius * _SCALE
        draw.ellipse((c - r, c - r, c + r, c + r), **style)  # type: ignore[arg-type]

    disc(_DISC, fill=_NAVY)
    disc(_RING, outline=_GOLD, width=3 * _SCALE)
    for line in layout(labels):
        font = _font(line.bold, line.size * _SCALE)
        draw.text((c, line.y * _SCALE), line.text, font=font, fill=line.colour, anchor="mm")
    small = image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, format="PNG")
    return out.getvalue()


def badge_svg(labels: BadgeLabels) -> str:
    """The badge as an SVG document (UTF-8 text), the same layout as the PNG."""
    texts = "".join(
        f'<text x="{_CENTRE:g}" y="{line.y:g}" font-size="{line.size}"'
        f'{_BOLD if line.bold else ""} fill="{line.colour}">{escape(line.text)}</text>'
        for line in layout(labels)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" '
        f'viewBox="0 0 {SIZE} {SIZE}" role="img" aria-labelledby="badge-title">'
        f'<title id="badge-title">{escape(labels.alternative())}</title>'
        f'<circle cx="{_CENTRE:g}" cy="{_CENTRE:g}" r="{_DISC}" fill="{_NAVY}"/>'
        f'<circle cx="{_CENTRE:g}" cy="{_CENTRE:g}" r="{_RING}" fill="none" stroke="{_GOLD}" '
        'stroke-width="3"/>'
        f'<g font-family={quoteattr(_FONT_FAMILY)} text-anchor="middle" '
        f'dominant-baseline="central">{texts}</g></svg>\n'
    )
