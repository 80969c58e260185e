"""Numbers with a unit as people write them: ``24h30``, ``24,5 h``, ``4.5:1``, ``3 200 Mo``.

``UNITS`` maps a canonical unit to its kind, its factor to the kind's base and its aliases;
``read_quantity(text, unit)`` returns the value of an answer expressed in ``unit`` (converted
from another unit of the same kind), or None when the text is not such a quantity.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Unit:
    kind: str
    factor: float  # value in the kind's base unit of 1 of this unit
    aliases: tuple[str, ...]  # lower-case spellings, the canonical one included


def _u(kind: str, factor: float, *aliases: str) -> Unit:
    return Unit(kind, factor, tuple(a.casefold() for a in aliases))


UNITS: Final[dict[str, Unit]] = {
    "s": _u("duration", 1, "s", "sec", "seconde", "secondes", "second", "seconds"),
    "min": _u("duration", 60, "min", "mn", "minute", "minutes", "mins"),
    "h": _u("duration", 3600, "h", "heure", "heures", "hour", "hours", "hr", "hrs"),
    "j": _u("duration", 86400, "j", "jour", "jours", "d", "day", "days"),
    ":1": _u("ratio", 1, ":1"),
    "o": _u("data", 1, "o", "octet", "octets", "byte", "bytes"),
    "B": _u("data", 1, "b"),
    "ko": _u("data", 1e3, "ko", "kb"),
    "kB": _u("data", 1e3),
    "Mo": _u("data", 1e6, "mo", "mb"),
    "MB": _u("data", 1e6),
    "Go": _u("data", 1e9, "go", "gb"),
    "GB": _u("data", 1e9),
    "To": _u("data", 1e12, "to", "tb"),
    "TB": _u("data", 1e12),
    "Kio": _u("data", 1024, "kio", "kib"),
    "KiB": _u("data", 1024),
    "Mio": _u("data", 1024**2, "mio", "mib"),
    "MiB": _u("data", 1024**2),
    "Gio": _u("data", 1024**3, "gio", "gib"),
    "GiB": _u("data", 1024**3),
    "Tio": _u("data", 1024**4, "tio", "tib"),
    "TiB": _u("data", 1024**4),
    "bit": _u("data", 0.125, "bit", "bits"),
    "kbit/s": _u("rate", 1e3, "kbit/s", "kb/s", "kbps", "kbits/s"),
    "Mbit/s": _u("rate", 1e6, "mbit/s", "mb/s", "mbps", "mbits/s"),
    "Gbit/s": _u("rate", 1e9, "gbit/s", "gb/s", "gbps", "gbits/s"),
    "%": _u("percent", 1, "%", "pour cent", "percent"),
    "€": _u("euro", 1, "€", "eur", "euro", "euros"),
    "px": _u("pixel", 1, "px", "pixel", "pixels"),
    "dpi": _u("dpi", 1, "dpi", "ppp", "ppi"),
    "mm": _u("length", 0.001, "mm"),
    "cm": _u("length", 0.01, "cm"),
    "m": _u("length", 1, "m", "metre", "metres", "meter", "meters"),
    "km": _u("length", 1000, "km"),
    "g": _u("mass", 1, "g", "gramme", "grammes", "gram", "grams"),
    "kg": _u("mass", 1000, "kg"),
    "W": _u("power", 1, "w", "watt", "watts"),
    "kW": _u("power", 1000, "kw"),
    "Wh": _u("energy", 1, "wh"),
    "kWh": _u("energy", 1000, "kwh"),
    "gCO2e": _u("co2", 1, "gco2e", "g co2e", "gco2", "g co2"),
    "kgCO2e": _u("co2", 1000, "kgco2e", "kg co2e", "kgco2", "kg co2"),
    "1": _u("none", 1),
}
# "b" and "kb"… are read as bytes: people write them for B, kB, rarely for bits.
_ALIASES: Final[dict[str, str]] = {
    alias: code for code, unit in UNITS.items() for alias in unit.aliases
}
_SPACES: Final = re.compile(r"[\s\u00a0\u202f]+")
_NUMBER: Final = r"[+-]?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?|[+-]?[.,]\d+"
_QUANTITY: Final = re.compile(rf"^({_NUMBER})\s*(.*?)$")
_HOURS_MIN: Final = re.compile(
    r"^(\d+)\s*(?:h|heures?|hours?|hrs?)\s*(\d{1,2})\s*(?:min|mn|minutes?)?$"
)
_MIN_SEC: Final = re.compile(r"^(\d+)\s*(?:min|mn|minutes?)\s*(\d{1,2})\s*(?:s|sec|secondes?)?$")
_CLOCK: Final = re.compile(r"^(\d+):(\d{2})$")
_RATIO: Final = re.compile(rf"^({_NUMBER})\s*(?:[:/]|pour|to)\s*1$")


def parse_number(text: str) -> float | None:
    """A number written by a person: spaces as thousands separators, French decimal comma."""
    compact = _SPACES.sub("", text).replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", compact):
        return None
    return float(compact)


def unit_code(alias: str) -> str | None:
    """The canonical unit written ``alias`` (case and spaces ignored), or None."""
    if alias in UNITS:
        return alias
    return _ALIASES.get(" ".join(alias.split()).casefold())


def _clean(text: str) -> str:
    value = unicodedata.normalize("NFKC", text).strip()
    value = value.replace("\u2019", "'").replace("\u2212", "-")
    while len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    value = value.strip('"«»“” ')
    return " ".join(value.split())


def read_quantity(text: str, unit: str, *, unit_required: bool = False) -> float | None:
    """The value of ``text`` expressed in ``unit``, or None when it is not a quantity of that kind.

    A bare number is read in ``unit`` unless ``unit_required``.
    """
    target = UNITS[unit]
    value = _clean(text)
    low = value.casefold()
    if target.kind == "duration":
        match = _HOURS_MIN.match(low)
        if match:
            seconds = int(match[1]) * 3600 + int(match[2]) * 60
            return seconds / target.factor
        match = _MIN_SEC.match(low)
        if match:
            return (int(match[1]) * 60 + int(match[2])) / target.factor
        match = _CLOCK.match(low)
        if match and unit in ("h", "min"):  # h:min, min:s
            return int(match[1]) + int(match[2]) / 60
        if match and unit == "s":  # min:s, as a player shows a duration
            return int(match[1]) * 60 + int(match[2])
    if target.kind == "ratio":
        match = _RATIO.match(low)
        if match:
            return parse_number(match[1])
    match = _QUANTITY.match(value)
    if not match:
        return None
    number = parse_number(match[1])
    if number is None:
        return None
    written = match[2].strip()
    if not written:
        return None if unit_required and unit != "1" else number
    code = unit_code(written)
    if code is None or UNITS[code].kind != target.kind:
        return None
    return number * UNITS[code].factor / target.factor
