"""Verification of a Verifiable Credential: a list of named checks, never an exception.

What "verified" means (DESIGN.md): well-formed; only bundled context URLs (inline contexts are
read within bounds, nothing is fetched); every proof valid, with keys listed under
``assertionMethod``, one of them the issuer's; validity period holds at the given time; status
neither revoked nor suspended (a status that cannot be determined is *not* verified). ``trusted``
(the issuer is on the trust list) is reported beside ``verified``, never folded into it: a
page shows "issued by a trusted issuer" for ``verified and trusted`` and "valid signature,
unknown issuer" for ``verified and not trusted``. A status list the caller does not hold is
fetched (``fetch_status_list``, :mod:`verifier.fetch`) only for a trusted issuer.

Everything a check depends on is an argument (the document loader, the key resolver, the status
list source, the clock), as in digitalbazaar/vc. Each check reports ``passed``, ``failed`` or
``skipped`` (not applicable, or not reached because an earlier check failed), with a message a
person can read and an error code a program can match.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from keys import KeysError, ResolvedVerificationMethod
from vc.constants import OB_CONTEXT_PREFIX
from vc.dataintegrity import verify_proof
from vc.timestamps import DateTimeStampError, parse_datetime_stamp
from verifier.fetch import FetchError
from verifier.resolution import ResolutionError, resolution_error
from verifier.results import (
    CHECK_NAMES,
    DEFAULT_CLOCK_SKEW,
    Check,
    Checks,
    CheckStatus,
    NamedChecks,
    StatusListFetch,
    StatusListSource,
    StatusListVerifier,
    VerificationResult,
    VerifyOptions,
)
from verifier.shape import check_ob_schema, check_well_formed, find_jsonld_tricks
from verifier.status import check_status

OB_TYPES = ("OpenBadgeCredential", "AchievementCredential")

__all__ = [
    "CHECK_NAMES",
    "DEFAULT_CLOCK_SKEW",
    "OB_TYPES",
    "Check",
    "CheckStatus",
    "NamedChecks",
    "StatusListFetch",
    "StatusListSource",
    "StatusListVerifier",
    "VerificationResult",
    "VerifyOptions",
    "parse_datetime",
    "verify_credential",
]


def parse_datetime(value: object) -> datetime | None:
    """An XML Schema dateTimeStamp (VC 2.0 §4.9), by :mod:`vc.timestamps`; ``None`` if not one."""
    try:
        return parse_datetime_stamp(value)
    except DateTimeStampError:
        return None


def _id_of(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping) and isinstance(value.get("id"), str):
        return str(value["id"])
    return None


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _check_validity(doc: Mapping[str, Any], opts: VerifyOptions, checks: Checks) -> None:
    now = opts.now
    start = parse_datetime(doc.get("validFrom", doc.get("issuanceDate")))
    end = parse_datetime(doc.get("validUntil", doc.get("expirationDate")))
    if start is not None and now + opts.clock_skew < start:
        checks.fail("validity_period", "NOT_YET_VALID", f"not valid before {start.isoformat()}")
    elif end is not None and now - opts.clock_skew > end:
        checks.fail("validity_period", "EXPIRED", f"expired on {end.isoformat()}")
    else:
        checks.ok("validity_period", f"valid at {now.astimezone(UTC).isoformat()}")


def _resolve_all(
    proofs: Sequence[Any], opts: VerifyOptions
) -> tuple[dict[str, ResolvedVerificationMethod], dict[str, ResolutionError]]:
    resolved: dict[str, ResolvedVerificationMethod] = {}
    errors: dict[str, ResolutionError] = {}
    for proof in proofs:
        vm = proof.get("verificationMethod") if isinstance(proof, Mapping) else None
        if not isinstance(vm, str) or vm in resolved or vm in errors:
            continue
        try:
            resolved[vm] = opts.resolve_key(vm)
        except ResolutionError as exc:
            errors[vm] = exc
        except KeysError as exc:
            errors[vm] = resolution_error(vm, exc)
    return resolved, errors


def verify_credential(
    document: object, opts: VerifyOptions, *, check_status_list: bool = True
) -> VerificationResult:
    """Run every check on ``document``; never raises for a bad credential."""
    checks = Checks()
    if not isinstance(document, Mapping):
        checks.fail("well_formed", "MALFORMED", "a credential is a JSON object")
        return VerificationResult(False, False, checks.ordered())
    doc: Mapping[str, Any] = document
    issuer = _id_of(doc.get("issuer"))
    credential_id = doc.get("id") if isinstance(doc.get("id"), str) else None
    trusted = issuer is not None and issuer in opts.trusted_issuers

    def done(vm: str | None = None, revoked: bool = False) -> VerificationResult:
        ordered = checks.ordered()
        verified = all(c.status != "failed" for c in ordered) and all(
            ordered[CHECK_NAMES.index(n)].passed
            for n in (
                "well_formed",
                "contexts_allowed",
                "proof",
                "assertion_method",
                "issuer_controls_key",
                "validity_period",
            )
        )
        return VerificationResult(verified, trusted, ordered, issuer, credential_id, vm, revoked)

    problem = check_well_formed(doc)
    if problem is not None:
        checks.fail("well_formed", "MALFORMED", problem)
        return done()
    checks.ok("well_formed", "a VC Data Model credential")

    types = _as_list(doc.get("type"))
    uses_ob = any(isinstance(c, str) and c.startswith(OB_CONTEXT_PREFIX) for c in doc["@context"])
    if uses_ob and not any(t in (*OB_TYPES, "EndorsementCredential") for t in types):
        checks.fail(
            "schema",
            "SCHEMA",
            "an Open Badges credential must have the type "
            "OpenBadgeCredential (or AchievementCredential, EndorsementCredential)",
        )
    elif opts.check_schema and any(t in OB_TYPES for t in types):
        problem = check_ob_schema(doc)
        if problem is not None:
            checks.fail("schema", "SCHEMA", problem)
        else:
            checks.ok("schema", "valid against the Open Badges 3.0 schema")
    else:
        checks.skip("schema", "not an Open Badges credential")

    # Context URLs must be bundled (nothing is fetched); inline context objects travel inside
    # the signed document and are read within the JSON-LD bounds (vc.jsonld).
    disallowed = [
        c for c in doc["@context"] if isinstance(c, str) and c not in opts.loader.urls
    ] + [c for c in doc["@context"] if not isinstance(c, str | dict)]
    if disallowed:
        shown = ", ".join(
            c[:200] if isinstance(c, str) else "(an inline context)" for c in disallowed[:4]
        )
        checks.fail("contexts_allowed", "CONTEXT_NOT_ALLOWED", f"context not allowed: {shown}")
        return done()
    trick = find_jsonld_tricks(doc)
    if trick is not None:
        checks.fail("contexts_allowed", "JSONLD_KEYWORD_NOT_ALLOWED", f"not allowed: {trick}")
        return done()
    inline = sum(1 for c in doc["@context"] if isinstance(c, dict))
    checks.ok(
        "contexts_allowed",
        "only bundled contexts" + (f" and {inline} inline context(s)" if inline else ""),
    )

    proofs = [p for p in _as_list(doc.get("proof")) if isinstance(p, Mapping)]
    resolved, resolution_errors = _resolve_all(proofs, opts)

    def public_key_for(vm: str) -> bytes:
        if vm in resolved:
            return resolved[vm].public_key
        err = resolution_errors.get(vm)
        raise LookupError(err.message if err else f"cannot resolve {vm}")

    proof_result = verify_proof(dict(doc), public_key_for=public_key_for, loader=opts.loader)
    vm = proof_result.verification_method
    if not proof_result.verified:
        err = resolution_errors.get(vm or "")
        if err is not None:
            checks.fail("proof", err.code, err.message)
        else:
            checks.fail("proof", proof_result.error_code or "PROOF_INVALID", proof_result.message)
        _check_validity(doc, opts, checks)
        return done(vm)
    checks.ok("proof", f"eddsa-rdfc-2022 signature valid ({vm})")

    # A proof set may hold proofs of other parties (a witness, a chain): each key must be an
    # assertion method of its controller, and the issuer must control at least one of them.
    methods = [p.verification_method for p in proof_result.proofs] or [vm]
    keys = [resolved[m] for m in methods if m is not None and m in resolved]
    if not keys or len(keys) != len(methods):  # a verified proof always names a resolved method
        checks.fail("assertion_method", "UNRESOLVED", "verification method not resolved")
        return done(vm)
    unlisted = next((k for k in keys if "assertionMethod" not in k.relationships), None)
    if unlisted is None:
        checks.ok("assertion_method", f"{vm} is an assertionMethod of {keys[0].controller}")
    else:
        checks.fail(
            "assertion_method",
            "NOT_ASSERTION_METHOD",
            f"{unlisted.id} is not listed under assertionMethod by {unlisted.controller}",
        )
    issuers_key = next((k for k in keys if k.controller == issuer), None)
    if issuers_key is not None:
        vm = issuers_key.id
        others = len(keys) - 1
        checks.ok(
            "issuer_controls_key",
            f"the issuer {issuer} controls the key"
            + (f" ({others} more proof(s) by other keys)" if others else ""),
        )
    else:
        checks.fail(
            "issuer_controls_key",
            "ISSUER_NOT_CONTROLLER",
            f"the issuer {issuer} is not the controller ({keys[0].controller}) of the key",
        )
    _check_validity(doc, opts, checks)

    revoked = False
    statuses = _as_list(doc.get("credentialStatus"))
    if not statuses:
        checks.skip("status", "the credential has no status entry")
    elif not check_status_list:
        checks.skip("status", "status not checked for a status list credential")
    else:
        # Only a credential its issuer signed may make the verifier fetch anything.
        fetch_for = issuer if issuers_key is not None else None
        revoked = _check_statuses(statuses, issuer, fetch_for, opts, checks)
    return done(vm, revoked)


def _check_statuses(
    statuses: list[Any],
    issuer: str | None,
    fetch_for: str | None,
    opts: VerifyOptions,
    checks: Checks,
) -> bool:
    """Bitstring Status List v1.0 §3.2 for every entry; returns whether one says revoked.

    A list that ``status_list_for`` does not hold is fetched (``fetch_status_list``) only for
    ``fetch_for``: the issuer, when it signed the credential and is trusted. Every entry must
    be determinable. By purpose (§2.1): a set ``revocation`` entry fails the
    check (REVOKED) and a set ``suspension`` entry fails it too (SUSPENDED), whatever
    ``statusSize``. A ``message`` entry reports its ``statusMessage`` (and
    ``statusReference``) and never fails the check by itself: §2.1 gives a message status no
    meaning of validity, only "a status message associated with a verifiable credential",
    and leaves what to do with it to the verifier's business rules; here it is shown.
    """
    revoked = suspended = False
    notes: list[str] = []
    for entry in statuses:
        if not isinstance(entry, Mapping):
            checks.fail("status", "STATUS_MALFORMED", "credentialStatus must be an object")
            return False
        url = entry.get("statusListCredential")
        if not isinstance(url, str):
            checks.fail("status", "STATUS_MALFORMED", "statusListCredential is missing")
            return False
        source = opts.status_list_for(url) if opts.status_list_for is not None else None
        if source is None and opts.fetch_status_list is not None:
            if fetch_for is None or fetch_for not in opts.trusted_issuers:
                why = "is not trusted" if fetch_for is not None else "did not sign it"
                checks.fail(
                    "status",
                    "STATUS_UNKNOWN",
                    f"the status list {url[:200]} is not fetched: the issuer {why}",
                )
                return False
            try:
                source = opts.fetch_status_list(url, fetch_for)
            except FetchError as exc:
                checks.fail(
                    "status",
                    "STATUS_UNKNOWN",
                    f"the status list {url[:200]} cannot be retrieved: {exc.message}",
                )
                return False
        if source is None:
            checks.fail("status", "STATUS_UNKNOWN", f"the status list {url} cannot be retrieved")
            return False
        if opts.verify_status_list is not None:
            list_result = opts.verify_status_list(source, opts)
        else:
            list_result = verify_credential(source, opts, check_status_list=False)
        if not list_result.verified or list_result.issuer != issuer:
            checks.fail(
                "status",
                "STATUS_LIST_INVALID",
                f"the status list {url} is not a valid credential of the same issuer",
            )
            return False
        result = check_status(dict(entry), dict(source), now=opts.now)
        if result.error is not None:
            checks.fail("status", result.error.code.value, result.message or result.error.detail)
            return False
        revoked = revoked or result.revoked
        suspended = suspended or result.suspended
        if result.purpose == "message":
            shown = result.message if result.message is not None else f"status {result.status}"
            refs = f" (see {', '.join(result.references)})" if result.references else ""
            notes.append(f"message: {shown}{refs}")
    if revoked:
        checks.fail("status", "REVOKED", "the credential has been revoked by its issuer")
    elif suspended:
        checks.fail("status", "SUSPENDED", "the credential is suspended by its issuer")
    else:
        checks.ok("status", "; ".join(["not revoked, not suspended", *notes]))
    return revoked
