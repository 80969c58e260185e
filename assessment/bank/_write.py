"""Writing the bank back: calibration appends IRT versions, files are replaced atomically.

Items are versioned (DESIGN.md, "Items are versioned"): a version is never edited or removed,
a calibration appends ``{version: n+1, …, status: calibrated, source: …}`` so a past test can
still be rescored with the parameters it used. Each file is written to a temporary file in the
same directory and moved over the old one with ``os.replace`` (atomic on POSIX); every new file
is validated before any file is replaced.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from assessment.bank._load import bank_files, collect, read_yaml
from assessment.bank._model import IRT_STATUSES, BankError, BankProblem
from assessment.bank._validate import validate_file
from assessment.framework import COMPETENCE_CODES, competence

DECIMALS = 4
UPDATES = "<updates>"  # the ``file`` of problems found in the update request itself


class _Flow(dict[str, Any]):
    """A mapping written on one line (IRT versions), to keep the files short and readable."""


class _Dumper(yaml.SafeDumper):
    """Block style, multi-line texts as literal blocks, IRT versions as flow mappings."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value.items(), flow_style=True)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(_Flow, _flow)


def dump_bank_file(data: Mapping[str, Any]) -> str:
    """The canonical text of one bank file (a header comment, then the YAML)."""
    code = data.get("competence")
    header = "# Certinum item bank"
    if isinstance(code, str) and code in COMPETENCE_CODES:
        c = competence(code)
        header = f"# CRCN {c.code} — {c.title_fr} / {c.title_en}"
    header += (
        "\n# Format: README.md in this folder. Rewritten by append_irt_versions (comments are"
        " not kept).\n"
    )
    plain = dict(data)
    plain["challenges"] = [
        {**item, "irt": [_Flow(v) for v in item.get("irt", [])]} if isinstance(item, dict) else item
        for item in data.get("challenges", [])
    ]
    body = yaml.dump(
        plain, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )
    return header + body


def _write_atomically(path: Path, text: str) -> Path:
    """Write ``text`` next to ``path``; returns the temporary file to move over it."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    return Path(tmp)


def append_irt_versions(
    directory: Path,
    updates: Mapping[str, tuple[float, float]],
    *,
    source: str,
    status: str = "calibrated",
) -> dict[str, int]:
    """Append a new IRT version ``(discrimination, difficulty)`` to each updated item.

    Values are rounded to 4 decimals. Returns item id → new version number. An unknown id, a
    non-finite value, a discrimination ≤ 0, an unknown status or an invalid bank raises
    ``BankError`` before any file is touched.
    """
    challenges, problems = collect(directory)
    if problems:
        raise BankError(problems)
    if status not in IRT_STATUSES:
        problems.append(BankProblem(UPDATES, None, f"status must be one of {sorted(IRT_STATUSES)}"))
    if not source.strip():
        problems.append(BankProblem(UPDATES, None, "source must be non-empty text"))
    files_of = {c.id: c.file for c in challenges}
    rounded: dict[str, tuple[float, float]] = {}
    for item_id, (a, b) in updates.items():
        if item_id not in files_of:
            problems.append(BankProblem(UPDATES, item_id, "unknown item id"))
            continue
        ra, rb = round(float(a), DECIMALS), round(float(b), DECIMALS)
        if not (math.isfinite(ra) and math.isfinite(rb) and ra > 0):
            problems.append(
                BankProblem(UPDATES, item_id, f"invalid parameters a={a!r}, b={b!r} (need a > 0)")
            )
            continue
        rounded[item_id] = (ra, rb)
    if problems:
        raise BankError(problems)

    new_versions: dict[str, int] = {}
    pending: list[tuple[Path, Path]] = []
    try:
        for path in bank_files(directory):
            touched = [i for i, f in files_of.items() if f == path.name and i in rounded]
            if not touched:
                continue
            _, data = read_yaml(path, problems)
            if not isinstance(data, dict):
                raise BankError([BankProblem(path.name, None, "file changed while updating")])
            for item in data["challenges"]:
                if item.get("id") in rounded:
                    a, b = rounded[item["id"]]
                    number = item["irt"][-1]["version"] + 1
                    item["irt"].append(
                        {
                            "version": number,
                            "discrimination": a,
                            "difficulty": b,
                            "status": status,
                            "source": source,
                        }
                    )
                    new_versions[item["id"]] = number
            text = dump_bank_file(data)
            validate_file(path.name, yaml.safe_load(text), problems)
            if problems:
                raise BankError(problems)
            pending.append((_write_atomically(path, text), path))
        for tmp, path in pending:
            os.replace(tmp, path)
        pending.clear()
    finally:
        for tmp, _ in pending:
            tmp.unlink(missing_ok=True)
    return new_versions
