"""The status entries a VC API issue request asks for (``options.credentialStatus``).

Every credential gets a ``revocation`` entry. ``options.credentialStatus`` (an object or a
list of objects, all ``{"type": "BitstringStatusListEntry", ...}``) may add a ``suspension``
entry and one ``message`` entry. A message entry (W3C Bitstring Status List v1.0 §2.1) has
``statusSize`` bits (default 1), a ``statusMessage`` array of exactly 2^statusSize objects
``{"status": "0x…", "message": ...}``, one per possible value (every value from 0 to
2^statusSize − 1 once), and optionally a ``statusReference`` URL or list of URLs; it is
checked as :func:`verifier.status.parse_entry` checks an entry, and its messages and
references are copied into the issued entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from certinum.errors import IssuanceRefused
from issuer.status_list import StatusEntry
from vc.bitstring import MalformedStatusError
from verifier.status import parse_entry

ENTRY_TYPE: Final = "BitstringStatusListEntry"
PURPOSES: Final = ("revocation", "suspension", "message")
_SHAPE: Final = (
    f"options.credentialStatus must be {{'type': '{ENTRY_TYPE}', 'statusPurpose': 'revocation'"
    " | 'suspension' | 'message', ...}} or a list of them"
)


@dataclass(frozen=True, slots=True)
class StatusRequest:
    """One entry to allocate: its purpose, bits per entry, and what a message entry says."""

    purpose: str
    status_size: int = 1
    messages: tuple[dict[str, str], ...] = ()
    references: tuple[str, ...] = ()

    def entry_json(self, entry: StatusEntry) -> dict[str, Any]:
        """The issued ``credentialStatus`` object for this request at ``entry``."""
        out: dict[str, Any] = dict(entry.to_json())
        if self.purpose == "message":
            out["statusSize"] = self.status_size
            out["statusMessage"] = [dict(m) for m in self.messages]
            if self.references:
                out["statusReference"] = (
                    self.references[0] if len(self.references) == 1 else list(self.references)
                )
        return out


def _message_request(item: Mapping[str, Any]) -> StatusRequest:
    candidate = {
        **item,
        "statusListIndex": "0",
        "statusListCredential": "https://placeholder.invalid/status/0",
    }
    try:
        parsed = parse_entry(candidate)
    except MalformedStatusError as exc:
        raise IssuanceRefused("MALFORMED_VALUE_ERROR", f"the message entry: {exc}") from None
    if "statusMessage" not in item:
        raise IssuanceRefused(
            "bad-status-option", "a message entry needs statusMessage (2^statusSize messages)"
        )
    values = sorted(value for value, _ in parsed.status_messages)
    if values != list(range(2**parsed.status_size)):
        raise IssuanceRefused(
            "bad-status-option",
            "statusMessage must give each status from 0x0 to"
            f" {hex(2**parsed.status_size - 1)} exactly once",
        )
    return StatusRequest(
        "message",
        parsed.status_size,
        tuple({"status": hex(value), "message": text} for value, text in parsed.status_messages),
        parsed.status_references,
    )


def requested_statuses(options: Mapping[str, Any]) -> tuple[StatusRequest, ...]:
    """The entries to allocate, in :data:`PURPOSES` order (the message entry last)."""
    raw = options.get("credentialStatus", {"type": ENTRY_TYPE})
    if raw is None:
        raise IssuanceRefused(
            "caller-status", "every credential gets a revocation entry; it cannot be turned off"
        )
    wanted = raw if isinstance(raw, list) else [raw]
    found: dict[str, StatusRequest] = {"revocation": StatusRequest("revocation")}
    for item in wanted:
        if not isinstance(item, Mapping) or item.get("type", ENTRY_TYPE) != ENTRY_TYPE:
            raise IssuanceRefused("bad-status-option", _SHAPE)
        purpose = item.get("statusPurpose", "revocation")
        if purpose not in PURPOSES:
            raise IssuanceRefused(
                "bad-status-option",
                f"statusPurpose must be one of {', '.join(PURPOSES)}, not {purpose!r}",
            )
        if purpose == "message":
            if "message" in found:
                raise IssuanceRefused("bad-status-option", "at most one message entry")
            found["message"] = _message_request(item)
            continue
        extra = set(item) - {"type", "statusPurpose"}
        if extra:
            raise IssuanceRefused(
                "bad-status-option",
                f"a {purpose} entry is one bit; {', '.join(sorted(extra))} not allowed",
            )
        found[purpose] = StatusRequest(purpose)
    return tuple(found[p] for p in PURPOSES if p in found)
