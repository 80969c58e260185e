"""What a credential must be before the service signs it, and what the service fills in.

Order matters, and is the order of :func:`prepare`:

1. An ABSENT ``issuer`` is set to the issuing instance's DID (a ``null`` one is not: it is
   refused by the data model), as are an absent ``id`` and the issuance date (``validFrom``
   for VC 2.0, ``issuanceDate`` for VC 1.1).
2. The data-model rules (:func:`vc.datamodel.check_credential`): refused with the first
   violation's ``code`` as the problem slug and every violation listed (``violations``).
3. Every object typed ``BitstringStatusListEntry``, wherever it sits, must be one
   :func:`verifier.status.parse_entry` accepts (``MALFORMED_VALUE_ERROR``, the Bitstring
   Status List v1.0 §3.6 / VC 2.0 error name).
4. The service's own rules: no proof yet, no caller ``credentialStatus``, the issuer is the
   issuing instance (checked after the data model, so ``"fake-issuer"`` is refused as not a
   URL).
5. A VC 1.1 credential gets the contexts that define what the service adds to it: the Data
   Integrity v2 context (``DataIntegrityProof``, as Digital Bazaar's DataIntegrityProof adds
   it when neither VC 2.0 nor it is there) and the Bitstring Status List context (the 1.1
   context does not define ``BitstringStatusListEntry``; both are bundled).

Terms no context defines are refused later, when signing (safe mode), so what is signed is
what the JSON says, and the issuer never signs what its own verifier would refuse.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, Final

from certinum.errors import IssuanceRefused
from vc.bitstring import MalformedStatusError
from vc.constants import VC_V1, VC_V2
from vc.datamodel import check_credential
from vc.timestamps import format_datetime_stamp
from verifier.status import parse_entry

DATA_INTEGRITY_V2: Final = "https://w3id.org/security/data-integrity/v2"
STATUS_LIST_V1: Final = "https://www.w3.org/ns/credentials/status/v1"
ENTRY_TYPE: Final = "BitstringStatusListEntry"
MAX_ID_LENGTH: Final = 100


def _is_v1(doc: Mapping[str, Any]) -> bool:
    contexts = doc.get("@context")
    return isinstance(contexts, list) and bool(contexts) and contexts[0] == VC_V1


def _objects(value: object) -> Iterator[Mapping[str, Any]]:
    """Every JSON object inside ``value`` (itself included), without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _typed(obj: Mapping[str, Any], wanted: str) -> bool:
    types = obj.get("type")
    return types == wanted or (isinstance(types, list) and wanted in types)


def check_status_entries(doc: Mapping[str, Any]) -> None:
    """Refuse any ``BitstringStatusListEntry`` object that §2.1 of the Recommendation refuses."""
    for obj in _objects(doc):
        if _typed(obj, ENTRY_TYPE):
            try:
                parse_entry(obj)
            except MalformedStatusError as exc:
                raise IssuanceRefused(
                    "MALFORMED_VALUE_ERROR", f"a {ENTRY_TYPE} is malformed: {exc}"
                ) from None


def check_data_model(doc: Mapping[str, Any]) -> None:
    """Refuse a credential that breaks a VC data-model rule, naming every violation."""
    violations = check_credential(doc)
    if violations:
        first = violations[0]
        refused = IssuanceRefused(
            first.code,
            f"the credential breaks the data model: {first.message}"
            + (f" (at {first.path})" if first.path else "")
            + (f", and {len(violations) - 1} more" if len(violations) > 1 else ""),
        )
        refused.extra = {"violations": [v.to_json() for v in violations]}
        raise refused


def prepare(credential: Mapping[str, Any], *, issuer_did: str, now: datetime) -> dict[str, Any]:
    """The credential to sign, or :class:`IssuanceRefused` naming why not (module doc)."""
    doc = dict(credential)
    if "issuer" not in doc:
        doc["issuer"] = issuer_did
    doc.setdefault("id", f"urn:uuid:{uuid.uuid4()}")
    stamp = format_datetime_stamp(now.replace(microsecond=0))
    doc.setdefault("issuanceDate" if _is_v1(doc) else "validFrom", stamp)
    check_data_model(doc)
    check_status_entries(doc)
    if "proof" in doc:
        raise IssuanceRefused("already-signed", "the credential already has a proof")
    if "credentialStatus" in doc:
        raise IssuanceRefused(
            "caller-status",
            "the service allocates the credentialStatus entries itself; send none"
            " (options.credentialStatus may ask for a suspension or message entry)",
        )
    issuer = doc["issuer"]
    issuer_id = issuer.get("id") if isinstance(issuer, Mapping) else issuer
    if issuer_id != issuer_did:
        raise IssuanceRefused("wrong-issuer", f"this issuer is {issuer_did}, not {issuer_id!r}")
    if not isinstance(doc["id"], str) or len(doc["id"]) > MAX_ID_LENGTH:
        raise IssuanceRefused(
            "bad-id", f"the credential id must be a string of at most {MAX_ID_LENGTH}"
        )
    if _is_v1(doc):
        contexts = list(doc["@context"])
        if VC_V2 not in contexts and DATA_INTEGRITY_V2 not in contexts:
            contexts.append(DATA_INTEGRITY_V2)
        if STATUS_LIST_V1 not in contexts and VC_V2 not in contexts:
            contexts.append(STATUS_LIST_V1)
        doc["@context"] = contexts
    return doc
