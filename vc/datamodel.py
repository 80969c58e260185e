"""The VC Data Model rules that JSON-LD processing alone does not enforce.

Why: a credential can expand and sign cleanly and still break the data model (a status
without a ``type``, an empty subject, a ``validFrom`` that is not a dateTimeStamp). An
issuer must refuse such input and a verifier must report it, by rule, so each check here
returns named :class:`Violation`\\ s (a code and a message) rather than raising, and never
raises for any JSON value.

- :func:`check_credential`: VC Data Model 2.0 §4 (credentials whose first context is
  ``https://www.w3.org/ns/credentials/v2``) and VC Data Model 1.1 §4 (first context
  ``https://www.w3.org/2018/credentials/v1``: ``issuanceDate`` required,
  ``expirationDate``).
- :func:`check_presentation`: VC Data Model 2.0 §4.13 (and 1.1 §4.10) presentations.

Section numbers are those of VC Data Model 2.0 (W3C Recommendation, 2025) unless said.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from vc.constants import VC_V1, VC_V2
from vc.timestamps import DateTimeStampError, is_datetime, parse_datetime_stamp
from vc.timestamps import is_datetime_stamp as is_date_time_stamp

#: An absolute URL (RFC 3986 scheme, then no white space): what §4.4 calls a URL.
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s]+")
#: §5.3: ``digestSRI`` is a Subresource Integrity value.
_SRI = re.compile(r"sha(256|384|512)-[A-Za-z0-9+/_\-]+={0,2}")

#: Digests of resources this package holds, as their publishers give them: the VC 2.0
#: context's are in VC Data Model 2.0 Appendix B.1 (SHA-384 SRI; SHA-256 in multibase). Our
#: bundled copy of that context is not byte-identical to W3C's file, so the published values
#: are kept here rather than computed from it.
PUBLISHED_DIGESTS: Final[Mapping[str, Mapping[str, bytes]]] = {
    VC_V2: {
        "sha384": base64.b64decode(
            "NSOcNpmdIVUxIJGvGUoe22FjTWrXiaXlsZ8q6912LdnR3KraQO2n75Ica4wK4Qeg"
        ),
        "sha256": base64.urlsafe_b64decode("JKGMkOmFbVJhEfKTduMC2XCyvRAYLjOVmZWwIH1wQ7k="),
    }
}

#: §4.5: these properties hold objects that MUST each have a ``type``.
TYPED_PROPERTIES = ("credentialStatus", "termsOfUse", "evidence", "refreshService",
                    "credentialSchema")  # fmt: skip


@dataclass(frozen=True)
class Violation:
    """One broken rule: ``code`` names the rule, ``path`` where it broke (``""``: the root)."""

    code: str
    message: str
    path: str = ""

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "path": self.path}


def is_url(value: object) -> bool:
    """§4.4: an absolute URL (any scheme: ``https:``, ``did:``, ``urn:``…)."""
    return isinstance(value, str) and _URL.fullmatch(value) is not None


def _items(value: object) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _check_context(doc: Mapping[str, Any]) -> Iterator[Violation]:
    contexts = doc.get("@context")
    if not isinstance(contexts, list) or not contexts:
        yield Violation("context", "@context must be an ordered list of contexts", "@context")
        return
    if contexts[0] not in (VC_V2, VC_V1):
        yield Violation("context", f"the first @context must be {VC_V2}", "@context[0]")
    for i, item in enumerate(contexts[1:], start=1):
        if not (is_url(item) or isinstance(item, Mapping)):
            yield Violation("context", "each @context is a URL or an object", f"@context[{i}]")


def _check_types(doc: Mapping[str, Any], required: str) -> Iterator[Violation]:
    types = doc.get("type")
    values = _items(types)
    if types is None or required not in values:
        yield Violation("type", f"type must include {required}", "type")
    elif not all(isinstance(t, str) and t for t in values):
        yield Violation("type", "every type must be a term or a URL", "type")


def _check_id(doc: Mapping[str, Any], path: str = "id") -> Iterator[Violation]:
    if "id" in doc and not is_url(doc["id"]):
        yield Violation("id", "id must be a single URL", path)


def _check_language_values(doc: Mapping[str, Any], prefix: str) -> Iterator[Violation]:
    """§4.6 / §11.1: ``name`` and ``description`` are strings or language value objects."""
    for key in ("name", "description"):
        if key not in doc:
            continue
        for i, value in enumerate(_items(doc[key])):
            if isinstance(value, str):
                continue
            ok = (
                isinstance(value, Mapping)
                and isinstance(value.get("@value"), str)
                and set(value) <= {"@value", "@language", "@direction"}
                and isinstance(value.get("@language", ""), str)
                and value.get("@direction", "ltr") in ("ltr", "rtl")
            )
            if not ok:
                yield Violation(
                    "language-value",
                    f"{key} must be a string or a language value object",
                    f"{prefix}{key}" + (f"[{i}]" if isinstance(doc[key], list) else ""),
                )


def _check_issuer(doc: Mapping[str, Any]) -> Iterator[Violation]:
    issuer = doc.get("issuer")
    if isinstance(issuer, Mapping):
        if not is_url(issuer.get("id")):
            yield Violation("issuer", "issuer.id must be a URL", "issuer.id")
        yield from _check_language_values(issuer, "issuer.")
    elif not is_url(issuer):
        yield Violation("issuer", "issuer must be a URL or an object whose id is a URL", "issuer")


def _check_subjects(doc: Mapping[str, Any]) -> Iterator[Violation]:
    if "credentialSubject" not in doc:
        yield Violation("credential-subject", "credentialSubject is required", "credentialSubject")
        return
    subjects = doc["credentialSubject"]
    if isinstance(subjects, list) and not subjects:
        yield Violation("credential-subject", "credentialSubject is empty", "credentialSubject")
    for i, subject in enumerate(_items(subjects)):
        path = f"credentialSubject[{i}]" if isinstance(subjects, list) else "credentialSubject"
        if not isinstance(subject, Mapping) or not subject:
            yield Violation("credential-subject", "each subject is an object with claims", path)
        elif "id" in subject and not is_url(subject["id"]):
            yield Violation("id", "a subject's id must be a URL", f"{path}.id")


def _check_typed_objects(doc: Mapping[str, Any]) -> Iterator[Violation]:
    for key in TYPED_PROPERTIES:
        if key not in doc:
            continue
        for i, item in enumerate(_items(doc[key])):
            path = f"{key}[{i}]" if isinstance(doc[key], list) else key
            if not isinstance(item, Mapping):
                yield Violation("typed-object", f"{key} values are objects", path)
                continue
            if not item.get("type") or not all(isinstance(t, str) for t in _items(item["type"])):
                yield Violation("missing-type", f"each {key} must have a type", f"{path}.type")
            if key == "credentialSchema" and not is_url(item.get("id")):
                yield Violation("id", "each credentialSchema needs an id that is a URL", path)
            elif key != "credentialSchema" and "id" in item and not is_url(item["id"]):
                yield Violation("id", f"{key}.id must be a URL", f"{path}.id")


def _check_related_resources(doc: Mapping[str, Any]) -> Iterator[Violation]:
    """§5.3 Integrity of Related Resources."""
    if "relatedResource" not in doc:
        return
    value = doc["relatedResource"]
    seen: set[str] = set()
    for i, item in enumerate(_items(value)):
        path = f"relatedResource[{i}]" if isinstance(value, list) else "relatedResource"
        if not isinstance(item, Mapping):
            yield Violation("related-resource", "each relatedResource is an object", path)
            continue
        rid = item.get("id")
        if not is_url(rid):
            yield Violation("related-resource", "each relatedResource needs an id URL", path)
        elif rid in seen:
            yield Violation("related-resource", f"relatedResource id {rid} is repeated", path)
        else:
            seen.add(str(rid))
        if "digestSRI" not in item and "digestMultibase" not in item:
            yield Violation(
                "related-resource", "a relatedResource needs digestSRI or digestMultibase", path
            )
        sri = item.get("digestSRI")
        if "digestSRI" in item and not (isinstance(sri, str) and _SRI.fullmatch(sri)):
            yield Violation("related-resource", "digestSRI is not an SRI value", path)
        multibase = item.get("digestMultibase")
        if "digestMultibase" in item and not (
            isinstance(multibase, str) and multibase[:1] in ("u", "z") and len(multibase) > 1
        ):
            yield Violation("related-resource", "digestMultibase is not a multibase value", path)
        yield from _check_known_digests(item, path)


def _check_known_digests(item: Mapping[str, Any], path: str) -> Iterator[Violation]:
    """§5.3: a digest that does not match the resource is an error. Nothing is fetched: the
    digests of resources this package knows (:data:`PUBLISHED_DIGESTS`) are compared; others
    stay the issuer's claim, for whoever retrieves the resource to check."""
    known = PUBLISHED_DIGESTS.get(str(item.get("id")))
    if known is None:
        return
    given: list[tuple[str, bytes | None]] = []
    sri = item.get("digestSRI")
    if isinstance(sri, str) and _SRI.fullmatch(sri):
        algorithm, _, b64 = sri.partition("-")
        given.append((algorithm, _b64(b64)))
    multibase = item.get("digestMultibase")
    if isinstance(multibase, str) and multibase.startswith("u"):
        digest = _b64(multibase[1:])
        given.append((_SHA_BY_SIZE.get(len(digest or b""), ""), digest))
    for algorithm, digest in given:
        expected = known.get(algorithm)
        if expected is not None and digest != expected:
            yield Violation(
                "related-resource-digest",
                f"the {algorithm} digest of {item.get('id')} is not the published one",
                path,
            )


_SHA_BY_SIZE: Final = {
    hashlib.sha256().digest_size: "sha256",
    hashlib.sha384().digest_size: "sha384",
}


def _b64(text: str) -> bytes | None:
    """Base64 or base64url, padded or not; None when it is neither."""
    try:
        return base64.b64decode(text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4),
                                validate=True)  # fmt: skip
    except (binascii.Error, ValueError):
        return None


def _check_validity_v2(doc: Mapping[str, Any]) -> Iterator[Violation]:
    """§4.9 Validity Period."""
    for key, code in (("validFrom", "valid-from"), ("validUntil", "valid-until")):
        if key in doc and not is_date_time_stamp(doc[key]):
            yield Violation(code, f"{key} must be an XML Schema dateTimeStamp", key)
    try:
        start = parse_datetime_stamp(doc.get("validFrom"))
        end = parse_datetime_stamp(doc.get("validUntil"))
    except DateTimeStampError:  # absent, malformed (reported above) or beyond year 9999
        return
    if start > end:
        yield Violation("validity-order", "validFrom is later than validUntil", "validUntil")


def _check_validity_v1(doc: Mapping[str, Any]) -> Iterator[Violation]:
    """VC 1.1 §4.6 Issuance Date, §4.7 Expiration."""
    if "issuanceDate" not in doc:
        yield Violation("issuance-date", "a VC 1.1 credential needs issuanceDate", "issuanceDate")
    elif not is_datetime(doc["issuanceDate"]):
        yield Violation("issuance-date", "issuanceDate must be an XML Schema dateTime",
                        "issuanceDate")  # fmt: skip
    if "expirationDate" in doc and not is_datetime(doc["expirationDate"]):
        yield Violation("expiration-date", "expirationDate must be an XML Schema dateTime",
                        "expirationDate")  # fmt: skip


def check_credential(doc: object) -> tuple[Violation, ...]:
    """Every data-model rule ``doc`` breaks, as a verifiable credential (empty: none)."""
    if not isinstance(doc, Mapping):
        return (Violation("credential", "a credential is a JSON object"),)
    found = list(_check_context(doc))
    found += _check_types(doc, "VerifiableCredential")
    found += _check_id(doc)
    found += _check_issuer(doc)
    found += _check_subjects(doc)
    found += _check_language_values(doc, "")
    found += _check_typed_objects(doc)
    found += _check_related_resources(doc)
    contexts = doc.get("@context")
    if isinstance(contexts, list) and contexts and contexts[0] == VC_V1:
        found += _check_validity_v1(doc)
    else:
        found += _check_validity_v2(doc)
    return tuple(found)


def check_presentation(doc: object) -> tuple[Violation, ...]:
    """The rules of §4.13 a verifiable presentation breaks (its credentials not included).

    ``verifiableCredential`` values must be objects (a credential, or an
    ``EnvelopedVerifiableCredential``), never strings or numbers; ``holder`` a URL or an
    object whose ``id`` is a URL.
    """
    if not isinstance(doc, Mapping):
        return (Violation("presentation", "a presentation is a JSON object"),)
    found = list(_check_context(doc))
    found += _check_types(doc, "VerifiablePresentation")
    found += _check_id(doc)
    if "holder" in doc:
        holder = doc["holder"]
        holder_id = holder.get("id") if isinstance(holder, Mapping) else holder
        if not is_url(holder_id):
            found.append(Violation("holder", "holder must be a URL or an object with id", "holder"))
    if "verifiableCredential" in doc:
        value = doc["verifiableCredential"]
        for i, item in enumerate(_items(value)):
            if not isinstance(item, Mapping):
                path = (
                    f"verifiableCredential[{i}]"
                    if isinstance(value, list)
                    else "verifiableCredential"
                )
                found.append(
                    Violation("verifiable-credential", "each credential must be an object", path)
                )
    return tuple(found)
