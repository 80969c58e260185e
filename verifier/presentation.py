"""Verification of a Verifiable Presentation: named checks, never an exception.

A presentation (VC Data Model 2.0 §4.13, or 1.1 §4.10) is verified when:

- ``well_formed``: it keeps the data-model rules of :func:`vc.datamodel.check_presentation`;
- ``contexts_allowed``: every context URL it names is bundled (nothing is fetched); inline
  context objects are allowed, since reading them fetches nothing and safe-mode JSON-LD still
  refuses any term they leave undefined;
- ``proof``: its ``eddsa-rdfc-2022`` proof (or proof set) verifies with the purpose
  ``authentication`` (VC Data Integrity 1.0 §4.4; the purpose as digitalbazaar/vc's
  ``verifyPresentation`` asks);
- ``authentication``: the key is listed under ``authentication`` by its controller;
- ``challenge`` / ``domain``: the proof carries the ``challenge`` and ``domain`` the verifier
  asked for (Data Integrity §2.1: ``domain`` may be a list that must include it);
- ``credentials``: every credential in it verifies with
  :func:`verifier.verify.verify_credential`, run with the options given (each result is
  reported in :attr:`PresentationResult.credentials`).

A presentation without a proof fails ``proof`` (``PROOF_MISSING``) unless the options allow
unsigned presentations and ask for no challenge or domain; then ``proof``,
``authentication``, ``challenge`` and ``domain`` are skipped. Checks not reached after a
failure are skipped, each with its reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from keys import KeysError, ResolvedVerificationMethod
from vc.dataintegrity import verify_proof
from vc.datamodel import check_presentation
from verifier.resolution import ResolutionError, resolution_error
from verifier.verify import (
    Check,
    CheckStatus,
    NamedChecks,
    VerificationResult,
    VerifyOptions,
    verify_credential,
)

PRESENTATION_CHECKS = (
    "well_formed",
    "contexts_allowed",
    "proof",
    "authentication",
    "challenge",
    "domain",
    "credentials",
)
ENVELOPED = "EnvelopedVerifiableCredential"


@dataclass(frozen=True, slots=True)
class PresentationOptions:
    """What the verifier asks of a presentation; ``credential`` is passed to each credential."""

    credential: VerifyOptions
    challenge: str | None = None
    domain: str | None = None
    unsigned_allowed: bool = False


@dataclass(frozen=True, slots=True)
class PresentationResult(NamedChecks):
    verified: bool
    checks: tuple[Check, ...]
    credentials: tuple[VerificationResult, ...] = ()
    holder: str | None = None
    verification_method: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "verified": self.verified,
            "holder": self.holder,
            "verificationMethod": self.verification_method,
            "checks": [c.to_json() for c in self.checks],
            "errors": [c.to_json() for c in self.failed_checks],
            "credentialResults": [r.to_json() for r in self.credentials],
        }


class _Checks:
    def __init__(self) -> None:
        self.items: dict[str, Check] = {}

    def set(self, name: str, status: CheckStatus, message: str, code: str = "") -> None:
        self.items[name] = Check(name, status, message, code)

    def ordered(self) -> tuple[Check, ...]:
        for name in PRESENTATION_CHECKS:
            self.items.setdefault(name, Check(name, "skipped", "not reached"))
        return tuple(self.items[n] for n in PRESENTATION_CHECKS)


def _holder_of(doc: Mapping[str, Any]) -> str | None:
    holder = doc.get("holder")
    if isinstance(holder, Mapping):
        holder = holder.get("id")
    return holder if isinstance(holder, str) else None


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def verify_presentation(document: object, opts: PresentationOptions) -> PresentationResult:
    """Run every check on ``document``; never raises for a bad presentation."""
    checks = _Checks()
    if not isinstance(document, Mapping):
        checks.set("well_formed", "failed", "a presentation is a JSON object", "MALFORMED")
        return PresentationResult(False, checks.ordered())
    doc: Mapping[str, Any] = document
    holder = _holder_of(doc)

    def done(
        credentials: tuple[VerificationResult, ...] = (), vm: str | None = None
    ) -> PresentationResult:
        ordered = checks.ordered()
        verified = all(c.status != "failed" for c in ordered) and all(
            c.passed for c in ordered if c.name in ("well_formed", "contexts_allowed")
        )
        return PresentationResult(verified, ordered, credentials, holder, vm)

    violations = check_presentation(doc)
    if violations:
        shown = "; ".join(f"{v.path or '(root)'}: {v.message}" for v in violations)
        checks.set("well_formed", "failed", shown, "MALFORMED")
        return done()
    checks.set("well_formed", "passed", "a VC Data Model presentation")

    urls = opts.credential.loader.urls
    unknown = [c for c in doc["@context"] if isinstance(c, str) and c not in urls]
    if unknown:
        checks.set("contexts_allowed", "failed", f"context not allowed: {', '.join(unknown)}",
                   "CONTEXT_NOT_ALLOWED")  # fmt: skip
        return done()
    checks.set("contexts_allowed", "passed", "only bundled contexts (and inline ones)")

    vm = _check_proof(doc, opts, checks)
    results = tuple(_verify_credentials(doc, opts, checks))
    return done(results, vm)


def _check_proof(doc: Mapping[str, Any], opts: PresentationOptions, checks: _Checks) -> str | None:
    """The proof, authentication, challenge and domain checks; returns the verification method."""
    if "proof" not in doc:
        if opts.unsigned_allowed and opts.challenge is None and opts.domain is None:
            for name in ("proof", "authentication", "challenge", "domain"):
                checks.set(name, "skipped", "an unsigned presentation (allowed by the options)")
        else:
            checks.set("proof", "failed", "the presentation has no proof", "PROOF_MISSING")
        return None
    proofs = [p for p in _as_list(doc.get("proof")) if isinstance(p, Mapping)]
    resolved: dict[str, ResolvedVerificationMethod] = {}
    errors: dict[str, ResolutionError] = {}

    def public_key_for(vm: str) -> bytes:
        if vm not in resolved:
            try:
                resolved[vm] = opts.credential.resolve_key(vm)
            except ResolutionError as exc:
                errors[vm] = exc
                raise LookupError(exc.message) from None
            except KeysError as exc:
                errors[vm] = resolution_error(vm, exc)
                raise LookupError(errors[vm].message) from None
        return resolved[vm].public_key

    outcome = verify_proof(
        dict(doc),
        public_key_for=public_key_for,
        loader=opts.credential.loader,
        expected_purpose="authentication",
    )
    vm = outcome.verification_method
    if not outcome.verified:
        err = errors.get(vm or "")
        code, message = (err.code, err.message) if err else (outcome.error_code, outcome.message)
        checks.set("proof", "failed", message, code or "PROOF_INVALID")
        return vm
    checks.set("proof", "passed", f"eddsa-rdfc-2022 signature valid ({vm})")

    not_listed = [k for k in resolved.values() if "authentication" not in k.relationships]
    if not_listed:
        key = not_listed[0]
        checks.set("authentication", "failed",
                   f"{key.id} is not listed under authentication by "
                   f"{key.controller}", "NOT_AUTHENTICATION_METHOD")  # fmt: skip
    else:
        checks.set("authentication", "passed", "the key is an authentication method")
    _check_bound_value(proofs, "challenge", opts.challenge, checks)
    _check_bound_value(proofs, "domain", opts.domain, checks)
    return vm


def _check_bound_value(
    proofs: list[Mapping[str, Any]], name: str, expected: str | None, checks: _Checks
) -> None:
    """Every proof must carry the ``challenge`` (or ``domain``) the verifier asked for."""
    if expected is None:
        checks.set(name, "skipped", f"no {name} asked for")
        return
    for proof in proofs:
        value = proof.get(name)
        matches = expected in value if isinstance(value, list) else value == expected
        if not matches:
            code = "INVALID_CHALLENGE" if name == "challenge" else "INVALID_DOMAIN"
            shown = "missing" if value is None else repr(value)
            checks.set(name, "failed", f"the proof's {name} is {shown}, not {expected!r}", code)
            return
    checks.set(name, "passed", f"the proof carries the {name} asked for")


def _verify_credentials(
    doc: Mapping[str, Any], opts: PresentationOptions, checks: _Checks
) -> list[VerificationResult]:
    credentials = _as_list(doc.get("verifiableCredential"))
    if not credentials:
        checks.set("credentials", "skipped", "the presentation holds no credential")
        return []
    results: list[VerificationResult] = []
    for credential in credentials:
        if isinstance(credential, Mapping) and ENVELOPED in _as_list(credential.get("type")):
            unsupported = Check(
                "well_formed", "failed", "enveloped credentials are not supported", "UNSUPPORTED"
            )
            results.append(VerificationResult(False, False, (unsupported,)))
            continue
        results.append(verify_credential(credential, opts.credential))
    failing = [i for i, r in enumerate(results) if not r.verified]
    if failing:
        first = results[failing[0]].failed_checks
        reason = f": {first[0].name} ({first[0].message})" if first else ""
        checks.set("credentials", "failed",
                   f"credential {failing[0]} of {len(results)} is not verified{reason}",
                   "CREDENTIAL_NOT_VERIFIED")  # fmt: skip
    else:
        checks.set("credentials", "passed", f"{len(results)} credential(s) verified")
    return results
