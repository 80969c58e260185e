"""Issuance, verification, status, rotation and revocation via the service, on both databases."""

from __future__ import annotations

import copy
import json
import stat
from datetime import timedelta
from typing import Any

import pytest
from certificates import NOW, certificate
from sqlalchemy import select

from certinum.errors import (
    IssuanceRefused,
    IssuerUnavailable,
    KeyOperationRefused,
    StatusChangeRefused,
    UnknownCredential,
)
from certinum.issuance.service import issue
from certinum.issuance.status import update_status
from certinum.issuance.statuslists import signed_list
from certinum.issuerkeys.service import revoke_key, rotate_key
from certinum.models import AuditEvent, IssuedCredential
from certinum.runtime import Runtime
from certinum.settings import Settings
from certinum.verification.service import credential_by_code, verify


def _issue(service: Runtime, seed: int = 1, **kw: Any) -> dict[str, Any]:
    doc = certificate(service.settings.did, service.settings.base_url, seed=seed)
    return issue(service, doc, actor="test", **kw)


def _revoke(service: Runtime, credential_id: str, reason: str = "fraud") -> bool:
    return update_status(
        service, credential_id, purpose="revocation", value=True, actor="jury", reason=reason
    )


def _audit(service: Runtime) -> list[str]:
    with service.sessions() as session:
        return [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_first_run_creates_one_sealed_key_and_audits_it(service: Runtime) -> None:
    keys = service.keyring.list()
    assert [str(k.status) for k in keys] == ["active"]
    sealed = list(service.settings.keys_dir.glob("*.sealed.json"))
    assert len(sealed) == 1
    assert stat.S_IMODE(sealed[0].stat().st_mode) == 0o600
    assert _audit(service) == ["key.create"]
    doc = service.did_document()
    assert doc["id"] == "did:web:certinum.example"
    assert doc["assertionMethod"] == [f"did:web:certinum.example#{keys[0].key_id}"]


def test_issued_certificate_verifies_with_every_check(service: Runtime) -> None:
    signed = _issue(service, verification_code="P-7KQ2MXRB", subject_name="Jeanne DUPONT")
    assert signed["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    assert signed["credentialStatus"]["type"] == "BitstringStatusListEntry"
    result = verify(service, signed, now=NOW + timedelta(days=1))
    assert result.verified and result.trusted and not result.revoked
    assert {c.name: c.status for c in result.checks} == {
        "well_formed": "passed",
        "schema": "passed",
        "contexts_allowed": "passed",
        "proof": "passed",
        "assertion_method": "passed",
        "issuer_controls_key": "passed",
        "validity_period": "passed",
        "status": "passed",
    }
    assert credential_by_code(service, "P-7KQ2MXRB") == signed
    assert _audit(service)[-1] == "credential.issue"


def test_a_changed_name_fails_the_proof(service: Runtime) -> None:
    signed = _issue(service)
    forged = copy.deepcopy(signed)
    forged["credentialSubject"]["name"] = "Mallory MALLORY"
    result = verify(service, forged, now=NOW)
    assert not result.verified
    assert result.check("proof").code == "PROOF_VERIFICATION_FAILED"


def test_validity_period_is_checked_at_the_given_time(service: Runtime) -> None:
    signed = _issue(service)
    before = verify(service, signed, now=NOW - timedelta(days=1))
    assert not before.verified
    assert before.check("validity_period").code == "NOT_YET_VALID"


def test_revocation_flips_the_status_bit(service: Runtime) -> None:
    signed = _issue(service)
    other = _issue(service, seed=2)
    assert _revoke(service, signed["id"])
    assert not _revoke(service, signed["id"], reason="again")
    result = verify(service, signed, now=NOW)
    assert not result.verified and result.revoked
    assert result.check("status").code == "REVOKED"
    assert verify(service, other, now=NOW).verified
    status_list = signed_list(service, "1")
    assert status_list is not None
    assert verify(service, status_list, now=NOW).verified
    with pytest.raises(UnknownCredential):
        _revoke(service, "urn:uuid:nope")


def test_status_indexes_are_distinct(service: Runtime) -> None:
    docs = [_issue(service, seed=s) for s in range(6)]
    indexes = {d["credentialStatus"]["statusListIndex"] for d in docs}
    assert len(indexes) == 6


def test_unknown_status_list_means_not_verified(service: Runtime) -> None:
    signed = _issue(service)
    doc = copy.deepcopy(signed)
    doc["credentialStatus"]["statusListCredential"] = "https://elsewhere.example/status/1"
    result = verify(service, doc, now=NOW)
    assert not result.verified


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda d: d.update(issuer="did:web:someone.else"), "wrong-issuer"),
        (lambda d: d["credentialSubject"].update(favouriteColour="blue"), "unsafe-json-ld"),
        (lambda d: d.update({"@context": ["https://example.org/ctx"]}), "context"),
        (lambda d: d.update(proof={"type": "DataIntegrityProof"}), "already-signed"),
    ],
)
def test_issuance_refuses_what_it_should_not_sign(service: Runtime, mutate: Any, code: str) -> None:
    doc = certificate(service.settings.did, service.settings.base_url)
    mutate(doc)
    with pytest.raises(IssuanceRefused) as err:
        issue(service, doc, actor="test")
    assert err.value.code == code
    with service.sessions() as session:
        assert session.scalars(select(IssuedCredential)).all() == []


def test_rotation_keeps_old_credentials_verifying(service: Runtime) -> None:
    old = _issue(service)
    new_key, old_key = rotate_key(service, actor="admin", reason="yearly")
    assert new_key.key_id != old_key.key_id
    doc = service.did_document()
    assert len(doc["assertionMethod"]) == 2
    new = _issue(service, seed=3)
    assert new["proof"]["verificationMethod"].endswith(new_key.key_id)
    assert verify(service, old, now=NOW).verified
    assert verify(service, new, now=NOW).verified
    assert _audit(service)[-2:] == ["key.rotate", "credential.issue"]


def test_compromised_key_revocation_fails_what_it_signed_and_lists_it(service: Runtime) -> None:
    old = _issue(service)
    _, old_key = rotate_key(service, actor="admin", reason="suspected leak")
    record, affected = revoke_key(
        service,
        old_key.key_id,
        compromised_since=NOW - timedelta(days=30),
        actor="admin",
        reason="leak",
    )
    assert str(record.status) == "revoked"
    assert [line.split()[0] for line in affected] == [old["id"]]
    assert old_key.key_id not in json.dumps(service.did_document())
    result = verify(service, old, now=NOW)
    assert not result.verified
    assert result.check("proof").status == "failed"
    assert _audit(service)[-1] == "key.revoke"
    with pytest.raises(KeyOperationRefused):
        revoke_key(service, "z6MkNotAKey", compromised_since=NOW, actor="admin", reason="")


def test_foreign_did_web_issuer_is_not_fetched(service: Runtime) -> None:
    signed = _issue(service)
    foreign = copy.deepcopy(signed)
    foreign["issuer"]["id"] = "did:web:other.example"
    foreign["proof"]["verificationMethod"] = "did:web:other.example#z6Mkabc"
    result = verify(service, foreign, now=NOW)
    assert not result.verified and not result.trusted
    assert result.check("proof").code == "ISSUER_NOT_TRUSTED"


def test_wrong_key_file_cannot_sign(service_env: dict[str, str], tmp_path: Any) -> None:
    Runtime.open(Settings.from_env(service_env)).close()
    from keys import write_new_key_file

    other = tmp_path / "other.key"
    write_new_key_file(other)
    env = {**service_env, "CERTINUM_KEY_FILE": str(other)}
    svc = Runtime.open(Settings.from_env(env), create_key=False)
    try:
        with pytest.raises(IssuerUnavailable, match="cannot unlock the issuer key"):
            _issue(svc)
        with svc.sessions() as session:
            assert session.scalars(select(IssuedCredential)).all() == []
    finally:
        svc.close()


def test_an_id_already_issued_is_refused_not_retried(service: Runtime) -> None:
    doc = certificate(service.settings.did, service.settings.base_url, seed=11)
    issue(service, doc, actor="test")
    with pytest.raises(IssuanceRefused) as err:
        issue(service, doc, actor="test")
    assert err.value.code == "duplicate-id"
    with service.sessions() as session:
        assert len(session.scalars(select(IssuedCredential)).all()) == 1


def test_a_taken_verification_code_is_refused_not_retried(service: Runtime) -> None:
    _issue(service, verification_code="P-7KQ2MXRB")
    with pytest.raises(IssuanceRefused) as err:
        _issue(service, seed=2, verification_code="P-7KQ2MXRB")
    assert err.value.code == "duplicate-code"
    with service.sessions() as session:
        assert len(session.scalars(select(IssuedCredential)).all()) == 1


def test_revocation_is_final(service: Runtime) -> None:
    signed = _issue(service)
    _revoke(service, signed["id"])
    with pytest.raises(StatusChangeRefused) as err:
        update_status(
            service, signed["id"], purpose="revocation", value=False, actor="jury", reason="oops"
        )
    assert err.value.code == "revocation-final"
    assert verify(service, signed, now=NOW).revoked
