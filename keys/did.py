"""DID and DID URL syntax (DID Core 1.0 §3.1 and §3.2), with a length bound.

Only what the resolvers here need: a DID ``did:<method>:<method-specific-id>`` and a DID URL
made of a DID and an optional fragment. Paths and queries in DID URLs are refused: no
verification method reference in this project uses them. Every input is bounded
(:data:`MAX_DID_LENGTH`) before any regular expression or decoding runs on it.
"""

from __future__ import annotations

import re

from keys.errors import InvalidDid

MAX_DID_LENGTH = 2048

# DID Core §3.1: method-name = 1*method-char (a-z, 0-9);
# method-specific-id = *( *idchar ":" ) 1*idchar; idchar = ALPHA / DIGIT / "." / "-" / "_" / pct
_IDCHAR = r"(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})"
_DID = re.compile(rf"did:(?P<method>[a-z0-9]+):(?P<msid>(?:{_IDCHAR}*:)*{_IDCHAR}+)")
# RFC 3986 §3.5: fragment = *( pchar / "/" / "?" )
_FRAGMENT = re.compile(r"(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*")


def _check_length(text: object, what: str) -> str:
    if not isinstance(text, str):
        raise InvalidDid(f"a {what} is a string")
    if len(text) > MAX_DID_LENGTH:
        raise InvalidDid(f"{what} longer than {MAX_DID_LENGTH} characters")
    return text


def parse_did(did: str) -> tuple[str, str]:
    """Return ``(method, method_specific_id)`` of a DID, or raise InvalidDid."""
    match = _DID.fullmatch(_check_length(did, "DID"))
    if match is None:
        raise InvalidDid(f"not a DID (did:<method>:<id>, DID Core §3.1): {did[:80]!r}")
    return match["method"], match["msid"]


def split_did_url(did_url: str) -> tuple[str, str | None]:
    """Split a DID URL into ``(did, fragment or None)``; the DID part is syntax-checked."""
    text = _check_length(did_url, "DID URL")
    did, sep, fragment = text.partition("#")
    if any(c in did for c in "/?"):
        raise InvalidDid("DID URLs with a path or query are not supported here")
    parse_did(did)
    if not sep:
        return did, None
    if not fragment or not _FRAGMENT.fullmatch(fragment):
        raise InvalidDid(f"invalid fragment in DID URL: {did_url[:80]!r}")
    return did, fragment
