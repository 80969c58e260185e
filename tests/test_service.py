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

from certinum.models import AuditEvent, IssuedCredential
from certinum.service import IssuanceRefused, IssuerUnavailable, KeyOperationRefused, Service
from certinum.settings import Settings


def _issue(service: Service, seed: int = 1, **kw: Any) -> dict[str, Any]:
    doc = certificate(service.settings.did, service.settings.base_url, seed=seed)
    return service.issue(doc, actor="test", **kw)


def _audit(service: Service) -> list[str]:
    with service.sessions() as session:
        return [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_first_run_creates_one_sealed_key_and_audits_it(service: Service) -> None:
    keys = service.list_keys()
    assert [str(k.status) for k in keys] == ["active"]
    sealed = list(service.settings.keys_dir.glob("*.sealed.json"))
    assert len(sealed) == 1
    assert stat.S_IMODE(sealed[0].stat().st_mode) == 0o600
    assert _audit(service) == ["key.create"]
    doc = service.did_document()
    assert doc["id"] == "did:web:certinum.example"
    assert doc["assertionMethod"] == [f"did:web:certinum.example#{keys[0].key_id}"]


def test_issued_certificate_verifies_with_every_check(service: Service) -> None:
    signed = _issue(service, verification_code="P-7KQ2MXRB", subject_name="Jeanne DUPONT")
    assert signed["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    assert signed["credentialStatus"]["type"] == "BitstringStatusListEntry"
    result = service.verify(signed, now=NOW + timedelta(days=1))
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
    assert service.credential_by_code("P-7KQ2MXRB") == signed
    assert _audit(service)[-1] == "credential.issue"


def test_a_changed_name_fails_the_proof(service: Service) -> None:
    signed = _issue(service)
    forged = copy.deepcopy(signed)
    forged["credentialSubject"]["name"] = "Mallory MALLORY"
    result = service.verify(forged, now=NOW)
    assert not result.verified
    assert result.check("proof").code == "PROOF_VERIFICATION_FAILED"


def test_validity_period_is_checked_at_the_given_time(service: Service) -> None:
    signed = _issue(service)
    before = service.verify(signed, now=NOW - timedelta(days=1))
    assert not before.verified
    assert before.check("validity_period").code == "NOT_YET_VALID"


def test_revocation_flips_the_status_bit(service: Service) -> None:
    signed = _issue(service)
    other = _issue(service, seed=2)
    assert service.revoke_credential(signed["id"], reason="fraud", actor="jury")
    assert not service.revoke_credential(signed["id"], reason="again", actor="jury")
    result = service.verify(signed, now=NOW)
    assert not result.verified and result.revoked
    assert result.check("status").code == "REVOKED"
    assert service.verify(other, now=NOW).verified
    status_list = service.status_list_credential("1")
    assert status_list is not None
    assert service.verify(status_list, now=NOW).verified
    with pytest.raises(IssuanceRefused):
        service.revoke_credential("urn:uuid:nope", reason="", actor="jury")


def test_status_indexes_are_distinct(service: Service) -> None:
    docs = [_issue(service, seed=s) for s in range(6)]
    indexes = {d["credentialStatus"]["statusListIndex"] for d in docs}
    assert len(indexes) == 6


def test_unknown_status_list_means_not_verified(service: Service) -> None:
    signed = _issue(service)
    with service.sessions() as session, session.begin():
        row = session.get(IssuedCredential, signed["id"])
        assert row is not None
    doc = copy.deepcopy(signed)
    doc["credentialStatus"]["statusListCredential"] = "https://elsewhere.example/status/1"
    result = service.verify(doc, now=NOW)
    assert not result.verified


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda d: d.update(issuer="did:web:someone.else"), "wrong-issuer"),
        (lambda d: d["credentialSubject"].update(favouriteColour="blue"), "unsafe-json-ld"),
        (lambda d: d.update({"@context": ["https://example.org/ctx"]}), "bad-context"),
        (lambda d: d.update(proof={"type": "DataIntegrityProof"}), "already-signed"),
    ],
)
def test_issuance_refuses_what_it_should_not_sign(service: Service, mutate: Any, code: str) -> None:
    doc = certificate(service.settings.did, service.settings.base_url)
    mutate(doc)
    with pytest.raises(IssuanceRefused) as err:
        service.issue(doc, actor="test")
    assert err.value.code == code
    with service.sessions() as session:
        assert session.scalars(select(IssuedCredential)).all() == []


def test_rotation_keeps_old_credentials_verifying(service: Service) -> None:
    old = _issue(service)
    new_key, old_key = service.rotate_key(actor="admin", reason="yearly")
    assert new_key.key_id != old_key.key_id
    doc = service.did_document()
    assert len(doc["assertionMethod"]) == 2
    new = _issue(service, seed=3)
    assert new["proof"]["verificationMethod"].endswith(new_key.key_id)
    assert service.verify(old, now=NOW).verified
    assert service.verify(new, now=NOW).verified
    assert _audit(service)[-2:] == ["key.rotate", "credential.issue"]


def test_compromised_key_revocation_fails_what_it_signed_and_lists_it(service: Service) -> None:
    old = _issue(service)
    _, old_key = service.rotate_key(actor="admin", reason="suspected leak")
    record, affected = service.revoke_key(
        old_key.key_id, compromised_since=NOW - timedelta(days=30), actor="admin", reason="leak"
    )
    assert str(record.status) == "revoked"
    assert [line.split()[0] for line in affected] == [old["id"]]
    assert old_key.key_id not in json.dumps(service.did_document())
    result = service.verify(old, now=NOW)
    assert not result.verified
    assert result.check("proof").status == "failed"
    assert _audit(service)[-1] == "key.revoke"
    with pytest.raises(KeyOperationRefused):
        service.revoke_key("z6MkNotAKey", compromised_since=NOW, actor="admin", reason="")


def test_foreign_did_web_issuer_is_not_fetched(service: Service) -> None:
    signed = _issue(service)
    foreign = copy.deepcopy(signed)
    foreign["issuer"]["id"] = "did:web:other.example"
    foreign["proof"]["verificationMethod"] = "did:web:other.example#z6Mkabc"
    result = service.verify(foreign, now=NOW)
    assert not result.verified and not result.trusted
    assert result.check("proof").code == "ISSUER_NOT_TRUSTED"


def test_wrong_key_file_cannot_sign(service_env: dict[str, str], tmp_path: Any) -> None:
    Service.open(Settings.from_env(service_env)).close()
    from keys import write_new_key_file

    other = tmp_path / "other.key"
    write_new_key_file(other)
    env = {**service_env, "CERTINUM_KEY_FILE": str(other)}
    svc = Service.open(Settings.from_env(env), create_key=False)
    try:
        with pytest.raises(IssuerUnavailable, match="cannot unlock the issuer key"):
            _issue(svc)
        with svc.sessions() as session:
            assert session.scalars(select(IssuedCredential)).all() == []
    finally:
        svc.close()


def test_an_id_already_issued_is_refused_not_retried(service: Service) -> None:
    doc = certificate(service.settings.did, service.settings.base_url, seed=11)
    service.issue(doc, actor="test")
    with pytest.raises(IssuanceRefused) as err:
        service.issue(doc, actor="test")
    assert err.value.code == "duplicate-id"
    with service.sessions() as session:
        assert len(session.scalars(select(IssuedCredential)).all()) == 1
