"""The bank's IRT parameter versions: ``irt.yaml`` at the bank root, read and appended to.

Items are versioned (DESIGN.md, "Items are versioned"): a version is never edited or removed, a
calibration appends ``{version: n+1, …, status: calibrated, source: …}`` so a past test can
still be rescored with the parameters it used. An item absent from ``irt.yaml`` has one
provisional version derived from its level. The file is written to a temporary file in the same
directory and moved over the old one with ``os.replace`` (atomic on POSIX), after validation.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import yaml

from assessment.bank._model import IRT_STATUSES, BankProblem, IrtVersion
from assessment.bank._solutions import Collector, is_int, is_number, is_text

IRT_FILE: Final = "irt.yaml"
IRT_KEYS: Final = frozenset({"version", "discrimination", "difficulty", "status", "source"})
HEADER: Final = (
    "# IRT parameter versions of the items of this bank, append-only (README.md, IRT parameters).\n"
    "# Items absent here have one provisional version from their level. Rewritten by\n"
    "# append_irt_versions (comments are not kept).\n"
)


def parse_versions(c: Collector, raw: object) -> tuple[IrtVersion, ...] | None:
    """One item's version list; every problem goes to ``c``."""
    if not (isinstance(raw, list) and raw):
        c.add("IRT versions must be a non-empty list")
        return None
    versions: list[IrtVersion] = []
    before_all = len(c.sink)
    previous = 0
    for entry in raw:
        if not isinstance(entry, Mapping):
            c.add(f"irt: each version must be a mapping, got {entry!r}")
            return None
        label = f"irt version {entry.get('version')!r}"
        before = len(c.sink)
        if set(map(str, entry)) != IRT_KEYS:
            c.add(f"{label}: needs exactly the keys {sorted(IRT_KEYS)}")
            continue
        number, a, b = entry["version"], entry["discrimination"], entry["difficulty"]
        if not (is_int(number) and number == previous + 1):
            c.add(f"{label}: versions must be the integers 1, 2, 3… in order")
        if not (is_number(a) and math.isfinite(a) and a > 0):
            c.add(f"{label}: discrimination must be a finite number > 0, got {a!r}")
        if not (is_number(b) and math.isfinite(b)):
            c.add(f"{label}: difficulty must be a finite number, got {b!r}")
        if entry["status"] not in IRT_STATUSES:
            c.add(f"{label}: status must be one of {sorted(IRT_STATUSES)}")
        if not is_text(entry["source"]):
            c.add(f"{label}: 'source' must be non-empty text")
        if len(c.sink) != before:
            continue
        previous = number
        versions.append(
            IrtVersion(number, float(a), float(b), str(entry["status"]), str(entry["source"]))
        )
    return tuple(versions) if len(c.sink) == before_all else None


def load_irt_data(directory: Path, problems: list[BankProblem]) -> dict[str, Any]:
    """The raw mapping of ``irt.yaml`` (``{}`` when absent); a malformed file is a problem."""
    path = directory / IRT_FILE
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(BankProblem(IRT_FILE, None, f"cannot read: {exc}"))
        return {}
    if not (
        isinstance(data, Mapping)
        and set(data) == {"format", "items"}
        and data["format"] == 2
        and isinstance(data["items"], Mapping)
    ):
        problems.append(BankProblem(IRT_FILE, None, "must be {format: 2, items: {id: [...]}}"))
        return {}
    return dict(data)


def read_irt_file(
    directory: Path, problems: list[BankProblem]
) -> dict[str, tuple[IrtVersion, ...]]:
    """Item id → its versions, from ``irt.yaml``."""
    result = {}
    for item_id, raw in load_irt_data(directory, problems).get("items", {}).items():
        versions = parse_versions(Collector(IRT_FILE, str(item_id), problems), raw)
        if versions is not None:
            result[str(item_id)] = versions
    return result


class _Flow(dict[str, Any]):
    """A mapping written on one line (an IRT version)."""


class _Dumper(yaml.SafeDumper):
    """Block style, IRT versions as flow mappings."""


def _flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value.items(), flow_style=True)


_Dumper.add_representer(_Flow, _flow)


def dump_irt_file(items: Mapping[str, list[dict[str, Any]]]) -> str:
    """The canonical text of ``irt.yaml``."""
    data = {
        "format": 2,
        "items": {k: [_Flow(v) for v in items[k]] for k in sorted(items)},
    }
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
    return HEADER + body


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` through a temporary file in the same directory."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
