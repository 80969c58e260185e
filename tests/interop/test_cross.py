"""Cross-tests: Certinum against Digital Bazaar's JS implementation, both ways.

Why: a credential is only useful if other verifiers accept it. The JS harness
(``js/*.mjs``: @digitalbazaar/vc, data-integrity, eddsa-rdfc-2022-cryptosuite,
vc-bitstring-status-list) reproduces the W3C and 1EdTech vectors byte for byte
(test_js_harness.py), so where it and Certinum disagree, Certinum is wrong.

- every credential shape Certinum issues (certificate, wallet-bound copy, plain VC 2.0 from
  the VC API, the status list credential) verifies in JS in full (VC Data Model 2.0 §4,
  VC Data Integrity 1.0 §4.4, vc-di-eddsa §3.3.2, Bitstring Status List §3.2);
- what JS signs (did:key and did:web issuers, a status list) verifies in Certinum;
- a tampered credential fails on both sides, at the proof;
- a revoked credential: JS reads the bit set, Certinum says REVOKED;
- Ed25519 is deterministic (RFC 8032 §5.1.6), so both sides must produce the very same
  ``proofValue`` for the same input, key and ``created``.

Everything is offline: the service's DID document goes to JS through ``dids``, status lists
through ``documents``. Variations come from a seeded RNG (reproducible, still varied: accents,
combining marks, astral-plane characters, every level 0–8, scores 0 and 1023).
"""

from __future__ import annotations

import copy
import json
import random
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import nacl.signing
import pytest
from nodejs import run_js, run_js_batch

from assessment.framework import COMPETENCE_CODES
from certinum.issuance.service import issue
from certinum.issuance.status import update_status
from certinum.issuance.statuslists import signed_list
from certinum.runtime import Runtime
from certinum.settings import Settings
from certinum.verification.service import verify
from issuer.codes import generate_code
from issuer.openbadge import (
    CertificationCentre,
    CertificationResult,
    IssuerProfile,
    build_certificate_credential,
)
from issuer.status_list import (
    StatusEntry,
    build_status_list_credential,
    encode_list,
    new_bitstring,
    set_bit,
)
from keys import (
    KeysError,
    ResolvedVerificationMethod,
    VerificationMethodResolver,
    did_key_from_public_key,
    multikey_from_public_key,
    signer_from_secret_multikey,
    signer_from_seed,
    write_new_key_file,
)
from keys.multibase import encode_ed25519_private
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader
from verifier.resolution import ResolutionError
from verifier.verify import (
    VerificationResult,
    VerifyOptions,
    verify_credential,
)

ROOT = Path(__file__).resolve().parents[2]
W3C = ROOT / "tests" / "conformance" / "vc-di-eddsa" / "TestVectors"
OB3 = ROOT / "tests" / "conformance" / "ob3-1edtech"

BASE_URL = "https://certinum.example"
START = datetime(2025, 6, 20, 8, 0, tzinfo=UTC)
VERIFY_AT = START + timedelta(days=30)  # after every validFrom and proof created used here
JS_NOW = VERIFY_AT.strftime("%Y-%m-%dT%H:%M:%SZ")
VC_V2 = "https://www.w3.org/ns/credentials/v2"
EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2"
LOADER = DocumentLoader(examples=True)

GIVEN_NAMES = (
    "Éloïse", "Zoë", "François", "Anaïs", "Jérôme", "Łukasz", "Søren", "Marie-Hélène",
    "Ñuño", "Thị Thu", "Ægir", "Ame\u0301lie",  # the last one with a combining acute (NFD)
)  # fmt: skip
FAMILY_NAMES = (
    "Nguyễn", "Müller", "Dupont-Lefèvre", "Ångström", "Çelik", "N'Diaye", "Ødegård",
    "de la Peña", "Żółć", "Ibáñez", "\U00020bb7田",  # 𠮷田: outside the BMP
)  # fmt: skip
CENTRES = (
    CertificationCentre("0751234J", "Lycée Voltaire"),
    CertificationCentre("urn:certinum:centre:0692457W", "Collège Jean Moulin"),
    CertificationCentre("centre n°3/B", "Médiathèque « Les Écrits »"),
)


# --- a service with a clock that moves ---------------------------------------------------


class SteppingClock:
    """One second later at every call: each change of a status list gets its own instant."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    tmp = tmp_path_factory.mktemp("certinum")
    key_file = tmp / "unlock.key"
    write_new_key_file(key_file)  # a key file, not a passphrase: no slow Argon2
    settings = Settings.from_env(
        {
            "CERTINUM_DATA_DIR": str(tmp / "data"),
            "CERTINUM_BASE_URL": BASE_URL,
            "CERTINUM_KEY_FILE": str(key_file),
        }
    )
    svc = Runtime.open(settings, clock=SteppingClock(START))
    yield svc
    svc.close()


def _dids(service: Runtime) -> dict[str, Any]:
    return {service.settings.did: service.did_document()}


def _list_id(credential: Mapping[str, Any]) -> str:
    return str(credential["credentialStatus"]["statusListCredential"]).rsplit("/", 1)[-1]


def _status_list(service: Runtime, credential: Mapping[str, Any]) -> dict[str, Any]:
    signed = signed_list(service, _list_id(credential))
    assert signed is not None
    return signed


# --- varied certificate credentials ------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    result: CertificationResult
    credential_id: str
    valid_from: datetime
    holder_id: str | None


def _did_key(rng: random.Random) -> str:
    return did_key_from_public_key(bytes(nacl.signing.SigningKey(rng.randbytes(32)).verify_key))


def candidates(seed: int, count: int) -> list[Candidate]:
    """``count`` certification results that differ in everything a certificate states.

    Every credential holds all nine levels 0–8 (16 competences, shuffled); the first two
    scores are the bounds 0 and 1023; every other one is a wallet-bound copy (did:key holder).
    """
    rng = random.Random(seed)
    out = []
    for i in range(count):
        levels = [k % 9 for k in range(len(COMPETENCE_CODES))]
        rng.shuffle(levels)
        session: date | datetime = date(2025, 1 + rng.randrange(5), 1 + rng.randrange(28))
        if i % 3 == 1:  # a session with a time and an offset (Paris, summer)
            session = datetime(2025, 5, 1 + i, 14, 5, tzinfo=timezone(timedelta(hours=2)))
        result = CertificationResult(
            given_name=GIVEN_NAMES[(seed + i) % len(GIVEN_NAMES)],
            family_name=FAMILY_NAMES[(seed * 7 + i) % len(FAMILY_NAMES)],
            birth_date=date(1950 + rng.randrange(60), 1 + rng.randrange(12), 1 + rng.randrange(28)),
            verification_code=generate_code(randbelow=rng.randrange),
            session_date=session,
            centre=CENTRES[i % len(CENTRES)],
            global_score=(0, 1023)[i] if i < 2 else rng.randrange(1024),
            competence_levels=dict(zip(COMPETENCE_CODES, levels, strict=True)),
        )
        out.append(
            Candidate(
                result=result,
                credential_id=f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}",
                valid_from=START
                - timedelta(days=rng.randrange(1, 60), seconds=rng.randrange(9999)),
                holder_id=_did_key(rng) if i % 2 else None,
            )
        )
    return out


def unsigned_certificate(
    candidate: Candidate,
    issuer_did: str,
    *,
    status: StatusEntry | None = None,
    holder_id: str | None = None,
    credential_id: str | None = None,
) -> dict[str, Any]:
    return build_certificate_credential(
        candidate.result,
        issuer=IssuerProfile(issuer_did, "Certinum", BASE_URL + "/"),
        base_url=BASE_URL,
        credential_id=credential_id or candidate.credential_id,
        valid_from=candidate.valid_from,
        status=status,
        holder_id=holder_id,
    )


def issue_certificate(service: Runtime, candidate: Candidate) -> dict[str, Any]:
    """Issue through the service, which allocates the credentialStatus entry and signs."""
    return issue(
        service,
        unsigned_certificate(candidate, service.settings.did, holder_id=candidate.holder_id),
        actor="test",
        verification_code=candidate.result.verification_code,
        subject_name=candidate.result.display_name,
    )


def issue_wallet_copy(
    service: Runtime, candidate: Candidate, original: Mapping[str, Any], holder_id: str
) -> dict[str, Any]:
    """A wallet-bound copy: same result, code and status entry, ``credentialSubject.id`` set.

    The copy gets an id of its own (the service stores one row per credential id) and keeps
    the original's status entry (``status_of``), so revoking the original revokes the copy.
    """
    unsigned = unsigned_certificate(
        candidate,
        service.settings.did,
        holder_id=holder_id,
        credential_id=f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, candidate.credential_id)}",
    )
    return issue(
        service,
        unsigned,
        actor="test",
        subject_name=candidate.result.display_name,
        status_of=original["id"],
    )


# --- Certinum's verifier, as a relying party would set it up -----------------------------


def resolver_over(
    documents: Mapping[str, Mapping[str, Any]],
) -> Callable[[str], ResolvedVerificationMethod]:
    """did:key locally, anything else from ``documents`` (nothing fetched); failures are
    reported under the name of the keys error (``UntrustedController``…)."""
    resolver = VerificationMethodResolver(documents)

    def resolve(method: str) -> ResolvedVerificationMethod:
        try:
            return resolver.resolve(method)
        except KeysError as exc:
            raise ResolutionError(type(exc).__name__, str(exc)) from None

    return resolve


def certinum_verify(
    document: Mapping[str, Any],
    *,
    dids: Mapping[str, Mapping[str, Any]] | None = None,
    status_lists: Mapping[str, Mapping[str, Any]] | None = None,
    trusted: frozenset[str] = frozenset(),
) -> VerificationResult:
    lists = dict(status_lists or {})
    return verify_credential(
        copy.deepcopy(dict(document)),
        VerifyOptions(
            loader=LOADER,
            resolve_key=resolver_over(dids or {}),
            now=VERIFY_AT,
            trusted_issuers=trusted,
            status_list_for=lists.get,
        ),
    )


def _failed(result: VerificationResult) -> list[dict[str, str]]:
    return [c.to_json() for c in result.failed_checks]


# --- keys held by the tests (both sides get the same seed) -------------------------------


@dataclass(frozen=True)
class HeldKey:
    seed: bytes
    controller: str  # a did:key, or a did:web whose document the test hands out

    @property
    def public_key(self) -> bytes:
        return bytes(nacl.signing.SigningKey(self.seed).verify_key)

    @property
    def multikey(self) -> str:
        return multikey_from_public_key(self.public_key)

    @property
    def verification_method(self) -> str:
        return f"{self.controller}#{self.multikey}"

    def js(self) -> dict[str, str]:
        """The ``key`` input of sign.mjs / bench.mjs."""
        return {
            "publicKeyMultibase": self.multikey,
            "secretKeyMultibase": encode_ed25519_private(self.seed),
            "id": self.verification_method,
            "controller": self.controller,
        }

    def did_document(self) -> dict[str, Any]:
        vm = self.verification_method
        return {
            "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
            "id": self.controller,
            "verificationMethod": [
                {
                    "id": vm,
                    "type": "Multikey",
                    "controller": self.controller,
                    "publicKeyMultibase": self.multikey,
                }
            ],
            "assertionMethod": [vm],
        }

    def sign(self, document: Mapping[str, Any], created: str) -> dict[str, Any]:
        """Certinum's signing path: create_proof with an in-memory signer."""
        with signer_from_seed(self.seed, self.verification_method) as signer:
            return create_proof(
                document,
                sign=signer.sign,
                verification_method=self.verification_method,
                created=created,
                loader=LOADER,
            )


def did_key_test_key(seed: bytes) -> HeldKey:
    public = bytes(nacl.signing.SigningKey(seed).verify_key)
    return HeldKey(seed, did_key_from_public_key(public))


WEB_KEY = HeldKey(bytes(range(32)), "did:web:badges.partner.example")
DID_KEY = did_key_test_key(bytes(range(100, 132)))


def js_sign(
    credential: Mapping[str, Any], key: HeldKey, created: str | None = None
) -> dict[str, Any]:
    """The input of sign.mjs for ``credential`` signed with ``key``."""
    payload: dict[str, Any] = {"credential": credential, "key": key.js()}
    if created is not None:
        payload["created"] = created
    return payload


# === 1. every shape Certinum issues verifies in JS =======================================


def test_every_credential_shape_certinum_issues_verifies_in_js(service: Runtime) -> None:
    people = candidates(seed=11, count=10)
    certificates = [issue_certificate(service, c) for c in people]
    holder = _did_key(random.Random(5))
    wallet_copy = issue_wallet_copy(service, people[0], certificates[0], holder)
    # a plain VC 2.0 credential as the VC API receives it (no issuer: the service sets it)
    plain = issue(
        service,
        {
            "@context": [VC_V2],
            "type": ["VerifiableCredential"],
            "credentialSubject": {"id": holder, "name": "Zoë Ødegård"},
        },
        options={},
        actor="api-token",
    )
    # …and one with VC 2.0 terms only (the service does not serve the examples context, whose
    # @vocab would let it sign undefined terms); the service gives it a status entry too
    plain_no_status = issue(
        service,
        {
            "@context": [VC_V2],
            "type": ["VerifiableCredential"],
            "credentialSubject": {"id": holder, "name": "Ñandú ★ 𠮷"},
        },
        options={},
        actor="api-token",
    )
    assert plain_no_status["credentialStatus"]["statusPurpose"] == "revocation"
    with_status = [*certificates, wallet_copy, plain]
    status_list = _status_list(service, certificates[0])
    assert {_list_id(c) for c in with_status} == {_list_id(certificates[0])}
    assert wallet_copy["credentialSubject"]["id"] == holder
    assert wallet_copy["credentialStatus"] == certificates[0]["credentialStatus"]
    assert wallet_copy["credentialSubject"]["licenseNumber"] == people[0].result.verification_code

    dids = _dids(service)
    documents = {status_list["id"]: status_list}
    payloads = [
        {"credential": c, "dids": dids, "documents": documents, "checkStatus": True,
         "now": JS_NOW}
        for c in with_status
    ] + [
        {"credential": plain_no_status, "dids": dids, "now": JS_NOW},
        {"credential": status_list, "dids": dids, "now": JS_NOW},
    ]  # fmt: skip
    outputs = run_js_batch("verify.mjs", payloads)

    for credential, out in zip([*with_status, plain_no_status, status_list], outputs, strict=True):
        assert out["verified"] is True, (credential["id"], out["errors"])
        assert service.settings.did in out["documentsLoaded"]
    for credential, out in zip(with_status, outputs[: len(with_status)], strict=True):
        assert out["statusChecked"] is True
        assert out["statuses"] == [
            {
                "statusPurpose": "revocation",
                "statusListIndex": credential["credentialStatus"]["statusListIndex"],
                "set": False,
            }
        ]
        assert status_list["id"] in out["documentsLoaded"]
    # and Certinum agrees on every one of them (the general verifier, not the service)
    lists = {status_list["id"]: status_list}
    for credential in [*with_status, plain_no_status, status_list]:
        result = certinum_verify(credential, dids=dids, status_lists=lists)
        assert result.verified, _failed(result)
    assert certinum_verify(certificates[0], dids=dids, status_lists=lists).check("status").passed


# === 2. what JS signs verifies in Certinum ===============================================


def test_js_signed_certificate_with_did_key_issuer_verifies_in_certinum() -> None:
    people = candidates(seed=23, count=3)
    unsigned = [unsigned_certificate(c, DID_KEY.controller, holder_id=c.holder_id) for c in people]
    signed = [
        out["signed"] for out in run_js_batch("sign.mjs", [js_sign(u, DID_KEY) for u in unsigned])
    ]
    for doc in signed:
        assert doc["proof"]["verificationMethod"] == DID_KEY.verification_method
        result = certinum_verify(doc)  # did:key resolves locally; no documents at all
        assert result.verified, _failed(result)
        assert result.trusted is False  # verified, but not on anyone's trust list
        assert result.check("schema").passed
        assert result.check("assertion_method").passed
        assert result.check("issuer_controls_key").passed
        assert result.check("status").status == "skipped"  # no credentialStatus
        assert certinum_verify(doc, trusted=frozenset({DID_KEY.controller})).trusted is True


def test_js_signed_did_web_credentials_and_status_list_verify_in_certinum() -> None:
    """A partner's did:web (document given to both sides) with a JS-signed status list."""
    list_url = "https://badges.partner.example/status/7"
    bits = new_bitstring()
    set_bit(bits, 4242)
    status_list = build_status_list_credential(
        list_url=list_url,
        issuer=WEB_KEY.controller,
        encoded_list=encode_list(bits),
        valid_from=START - timedelta(days=1),
    )
    people = candidates(seed=31, count=2)
    revoked, valid = (
        unsigned_certificate(c, WEB_KEY.controller, status=StatusEntry(list_url, index))
        for c, index in zip(people, (4242, 4243), strict=True)
    )
    signed_list, signed_revoked, signed_valid = (
        out["signed"]
        for out in run_js_batch(
            "sign.mjs", [js_sign(d, WEB_KEY) for d in (status_list, revoked, valid)]
        )
    )
    dids = {WEB_KEY.controller: WEB_KEY.did_document()}
    lists = {list_url: signed_list}

    ok = certinum_verify(signed_valid, dids=dids, status_lists=lists)
    assert ok.verified, _failed(ok)
    assert ok.check("status").passed
    assert ok.issuer == WEB_KEY.controller
    bad = certinum_verify(signed_revoked, dids=dids, status_lists=lists)
    assert bad.verified is False
    assert bad.revoked is True
    assert bad.check("proof").passed
    assert bad.check("status").code == "REVOKED"
    # without the partner's DID document Certinum fetches nothing and cannot verify
    unknown = certinum_verify(signed_valid, status_lists=lists)
    assert unknown.verified is False
    assert unknown.check("proof").code == "UntrustedController"
    # JS agrees on the same documents
    js_ok, js_revoked = run_js_batch(
        "verify.mjs",
        [
            {"credential": doc, "dids": dids, "documents": lists, "checkStatus": True,
             "now": JS_NOW}
            for doc in (signed_valid, signed_revoked)
        ],
    )  # fmt: skip
    assert js_ok["verified"] is True, js_ok["errors"]
    assert [s["set"] for s in js_ok["statuses"]] == [False]
    assert [s["set"] for s in js_revoked["statuses"]] == [True]


# === 3. tampering fails on both sides ====================================================


def _competence_result(doc: dict[str, Any], code: str) -> dict[str, Any]:
    results: list[dict[str, Any]] = doc["credentialSubject"]["result"]
    return next(r for r in results if r["resultDescription"].endswith(f"#competence-{code}"))


def _shift(stamp: str, delta: timedelta) -> str:
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")) + delta
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _tamper_name(doc: dict[str, Any], other: Mapping[str, Any]) -> None:
    doc["credentialSubject"]["name"] = "Ève " + doc["credentialSubject"]["name"]


def _tamper_level(doc: dict[str, Any], other: Mapping[str, Any]) -> None:
    result = _competence_result(doc, "3.2")
    result["value"] = str((int(result["value"]) + 1) % 9)  # still a valid level 0–8


def _tamper_valid_from(doc: dict[str, Any], other: Mapping[str, Any]) -> None:
    doc["validFrom"] = _shift(doc["validFrom"], -timedelta(days=1))  # still in the past


def _tamper_created(doc: dict[str, Any], other: Mapping[str, Any]) -> None:
    doc["proof"]["created"] = _shift(doc["proof"]["created"], timedelta(seconds=1))


def _tamper_proof_value(doc: dict[str, Any], other: Mapping[str, Any]) -> None:
    assert other["proof"]["proofValue"] != doc["proof"]["proofValue"]
    doc["proof"]["proofValue"] = other["proof"]["proofValue"]  # same key, other credential


TAMPERINGS: dict[str, Callable[[dict[str, Any], Mapping[str, Any]], None]] = {
    "name": _tamper_name,
    "competence level": _tamper_level,
    "validFrom": _tamper_valid_from,
    "proof created": _tamper_created,
    "proofValue from another credential": _tamper_proof_value,
}


def test_tampered_credentials_fail_on_both_sides(service: Runtime) -> None:
    people = candidates(seed=47, count=2)
    ours = [issue_certificate(service, c) for c in people]
    theirs = [
        out["signed"]
        for out in run_js_batch(
            "sign.mjs",
            [js_sign(unsigned_certificate(c, DID_KEY.controller), DID_KEY) for c in people],
        )
    ]
    dids = _dids(service)
    status_list = _status_list(service, ours[0])
    lists = {status_list["id"]: status_list}

    cases: list[tuple[str, dict[str, Any] | Mapping[str, Any], bool]] = []
    for origin, (doc, other) in (("certinum", ours), ("js", theirs)):
        cases.append((f"{origin}: untouched", doc, True))
        for name, tamper in TAMPERINGS.items():
            changed = copy.deepcopy(doc)
            tamper(changed, other)
            assert changed != doc
            cases.append((f"{origin}: {name}", changed, False))

    outputs = run_js_batch(
        "verify.mjs",
        [
            {"credential": doc, "dids": dids, "documents": lists, "now": JS_NOW}
            for _, doc, _ in cases
        ],
    )
    for (label, doc, expected), out in zip(cases, outputs, strict=True):
        ours_result = certinum_verify(doc, dids=dids, status_lists=lists)
        assert out["verified"] is expected, (label, out["errors"])
        assert ours_result.verified is expected, (label, _failed(ours_result))
        if expected:
            assert ours_result.check("proof").passed, label
            continue
        assert "Invalid signature." in out["errors"], (label, out["errors"])
        proof = ours_result.check("proof")
        assert proof.status == "failed", label
        assert proof.code == "PROOF_VERIFICATION_FAILED", (label, proof)
        # the failure is the signature and nothing else
        assert [c.name for c in ours_result.failed_checks] == ["proof"], label


# === 4. revocation ========================================================================


def test_revoked_credential_is_seen_revoked_by_both(service: Runtime) -> None:
    people = candidates(seed=59, count=2)
    revoked, kept = (issue_certificate(service, c) for c in people)
    copy_of_revoked = issue_wallet_copy(service, people[0], revoked, _did_key(random.Random(9)))
    before = _status_list(service, revoked)

    def revoke(reason: str) -> bool:
        return update_status(
            service, revoked["id"], purpose="revocation", value=True, reason=reason, actor="test"
        )

    assert revoke("fraud at the session")
    assert not revoke("again")
    after = _status_list(service, revoked)  # re-fetched: re-signed with the new bits
    assert after["id"] == before["id"]
    assert after["credentialSubject"]["encodedList"] != before["credentialSubject"]["encodedList"]

    dids = _dids(service)
    credentials = (revoked, copy_of_revoked, kept)
    outputs = run_js_batch(
        "verify.mjs",
        [
            *(
                {"credential": c, "dids": dids, "documents": {after["id"]: after},
                 "checkStatus": True, "now": JS_NOW}
                for c in credentials
            ),
            # the list fetched before the revocation still says "not set"
            {"credential": revoked, "dids": dids, "documents": {before["id"]: before},
             "checkStatus": True, "now": JS_NOW},
            {"credential": after, "dids": dids, "now": JS_NOW},
        ],
    )  # fmt: skip
    js_revoked, js_copy, js_kept, js_stale, js_list = outputs
    for out in outputs:
        # the JS status checker reports the bit; it does not fail the credential
        assert out["verified"] is True, out["errors"]
    assert [s["set"] for s in js_revoked["statuses"]] == [True]
    assert [s["set"] for s in js_copy["statuses"]] == [True]  # shares the entry
    assert [s["set"] for s in js_kept["statuses"]] == [False]
    assert [s["set"] for s in js_stale["statuses"]] == [False]
    assert js_list["errors"] == []  # the re-signed list itself verifies

    for credential in (revoked, copy_of_revoked):
        result = verify(service, credential)
        assert result.verified is False
        assert result.revoked is True
        assert result.check("proof").passed
        assert result.check("status").status == "failed"
        assert result.check("status").code == "REVOKED"
    assert verify(service, kept).verified is True
    # the general verifier, given the list JS read, says the same
    lists = {after["id"]: after}
    assert certinum_verify(revoked, dids=dids, status_lists=lists).check("status").code == (
        "REVOKED"
    )
    assert certinum_verify(kept, dids=dids, status_lists=lists).verified


# === 5. same input, same key, same created: the same signature ============================


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_w3c_vector_signature_is_the_same_on_both_sides() -> None:
    key = _load(W3C / "keyPair.json")
    config = _load(W3C / "eddsa-rdfc-2022" / "proofConfigDataInt.json")
    expected = _load(W3C / "eddsa-rdfc-2022" / "signedDataInt.json")
    unsigned = _load(W3C / "unsigned.json")
    vm = config["verificationMethod"]
    theirs = run_js(
        "sign.mjs",
        {
            "credential": unsigned,
            "key": {
                "publicKeyMultibase": key["publicKeyMultibase"],
                "secretKeyMultibase": key["privateKeyMultibase"],
                "id": vm,
                "controller": vm.split("#")[0],
            },
            "created": config["created"],
        },
    )["signed"]
    with signer_from_secret_multikey(key["privateKeyMultibase"], vm) as signer:
        ours = create_proof(
            unsigned, sign=signer.sign, verification_method=vm, created=config["created"],
            loader=LOADER,
        )  # fmt: skip
    assert ours["proof"]["proofValue"] == theirs["proof"]["proofValue"]
    assert ours == theirs == expected


def test_1edtech_vector_signature_is_the_same_on_both_sides() -> None:
    key = _load(OB3 / "keyPair.json")
    config = _load(OB3 / "proofConfig.json")
    expected = _load(OB3 / "signed.json")
    unsigned = _load(OB3 / "unsigned.json")
    theirs = run_js(
        "sign.mjs",
        {
            "credential": unsigned,
            "key": {
                "publicKeyMultibase": key["publicKeyMultibase"],
                "secretKeyMultibase": key["secretKeyMultibase"],  # 64 bytes: seed ‖ public
                "id": key["verificationMethod"],
                "controller": key["controller"],
            },
            "created": config["created"],
        },
    )["signed"]
    with signer_from_secret_multikey(key["secretKeyMultibase"], key["verificationMethod"]) as s:
        ours = create_proof(
            unsigned, sign=s.sign, verification_method=key["verificationMethod"],
            created=config["created"], loader=LOADER,
        )  # fmt: skip
    assert ours["proof"]["proofValue"] == theirs["proof"]["proofValue"]
    assert ours["proof"]["proofValue"] == expected["proof"]["proofValue"]
    assert ours == theirs


def test_certificate_signatures_are_the_same_on_both_sides() -> None:
    """Certificates (with status entry, with and without holder), a status list, a plain VC."""
    created = "2025-06-20T10:30:15Z"
    people = candidates(seed=71, count=6)
    status = StatusEntry("https://badges.partner.example/status/2", 131071)
    documents: list[tuple[HeldKey, dict[str, Any]]] = [
        (
            WEB_KEY if i % 2 else DID_KEY,
            unsigned_certificate(
                c,
                (WEB_KEY if i % 2 else DID_KEY).controller,
                status=status,
                holder_id=c.holder_id,
            ),
        )
        for i, c in enumerate(people)
    ]
    bits = new_bitstring()
    for index in (0, 7, 131071):
        set_bit(bits, index)
    documents.append(
        (
            WEB_KEY,
            build_status_list_credential(
                list_url=status.status_list_credential,
                issuer=WEB_KEY.controller,
                encoded_list=encode_list(bits),
                valid_from=START,
                valid_until=START + timedelta(days=365),
            ),
        )
    )
    documents.append(
        (
            DID_KEY,
            {
                "@context": [VC_V2],
                "id": "urn:uuid:5d0f1f0e-7a52-4c6b-8f43-7d1e2a9b3c10",
                "type": ["VerifiableCredential"],
                "issuer": {"id": DID_KEY.controller, "name": "Émetteur « test »"},
                "validFrom": "2025-01-01T00:00:00+01:00",
                "credentialSubject": {"name": "Ame\u0301lie \U00020bb7田"},
            },
        )
    )
    theirs = [
        out["signed"]
        for out in run_js_batch("sign.mjs", [js_sign(doc, key, created) for key, doc in documents])
    ]
    for (key, doc), js_signed in zip(documents, theirs, strict=True):
        ours = key.sign(doc, created)
        assert ours["proof"]["proofValue"] == js_signed["proof"]["proofValue"], doc["id"]
        assert ours == js_signed, doc["id"]
