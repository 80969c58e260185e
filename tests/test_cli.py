"""The ``certinum`` command line: init, tokens, verify (exit codes), keys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from certificates import NOW, certificate
from click.testing import CliRunner

from certinum.cli import cli
from certinum.issuance.service import issue
from certinum.runtime import Runtime
from certinum.settings import Settings


@pytest.fixture
def run(service_env: dict[str, str]) -> Any:
    runner = CliRunner()

    def invoke(*args: str) -> Any:
        return runner.invoke(cli, list(args), env=service_env, catch_exceptions=False)

    return invoke


@pytest.fixture
def signed_file(service_env: dict[str, str], tmp_path: Path) -> Path:
    svc = Runtime.open(Settings.from_env(service_env), clock=lambda: NOW)
    try:
        doc = issue(svc, certificate(svc.settings.did, svc.settings.base_url), actor="test")
    finally:
        svc.close()
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_init_then_tokens_create_prints_the_token_last(run: Any) -> None:
    result = run("init")
    assert result.exit_code == 0
    assert "did:web:certinum.example" in result.output
    result = run("tokens", "create", "--role", "issuer")
    assert result.exit_code == 0
    token = result.output.strip().splitlines()[-1]
    assert token.startswith("ctn_")
    assert len(token) > 40


def test_verify_exit_codes(run: Any, signed_file: Path, tmp_path: Path) -> None:
    ok = run("verify", str(signed_file), "--now", "2026-07-01T00:00:00Z")
    assert ok.exit_code == 0, ok.output
    assert "VERIFIED" in ok.output
    as_json = run("verify", str(signed_file), "--json", "--now", "2026-07-01T00:00:00Z")
    body = json.loads(as_json.output)
    assert body["verified"] is True
    assert {c["check"] for c in body["checks"]} >= {"proof", "status", "validity_period"}

    early = run("verify", str(signed_file), "--now", "2020-01-01T00:00:00Z")
    assert early.exit_code == 1
    assert "validity_period" in early.output

    doc = json.loads(signed_file.read_text())
    doc["credentialSubject"]["name"] = "Someone ELSE"
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(doc))
    bad = run("verify", str(tampered), "--now", "2026-07-01T00:00:00Z")
    assert bad.exit_code == 1
    assert "NOT VERIFIED" in bad.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not a JSON credential"),
        (b"[]", "a credential is a JSON object"),
        (b"\xff\xfe", "not a JSON credential"),
        (b"x" * (300 * 1024), "larger than"),
    ],
)
def test_verify_unreadable_files_exit_2(
    run: Any, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    result = run("verify", str(path))
    assert result.exit_code == 2
    assert message in result.output


def test_verify_missing_file_and_bad_now(run: Any, signed_file: Path) -> None:
    missing = run("verify", "/nonexistent/file.json")
    assert missing.exit_code == 2
    assert "cannot read" in missing.output
    bad_now = run("verify", str(signed_file), "--now", "yesterday")
    assert bad_now.exit_code == 2
    assert "--now" in bad_now.output


def test_keys_rotate_list_and_revoke(run: Any, signed_file: Path) -> None:
    listed = run("keys", "list", "--json")
    keys = json.loads(listed.output)
    assert [k["status"] for k in keys] == ["active"]
    old = keys[0]["id"]
    rotated = run("keys", "rotate")
    assert rotated.exit_code == 0
    assert f"retired: {old}" in rotated.output
    still = run("verify", str(signed_file), "--now", "2026-07-01T00:00:00Z")
    assert still.exit_code == 0
    revoked = run("keys", "revoke", old, "--compromised-since", "2026-01-01")
    assert revoked.exit_code == 0, revoked.output
    credential_id = json.loads(signed_file.read_text())["id"]
    assert "1 credential(s)" in revoked.output
    assert credential_id in revoked.output
    after = run("verify", str(signed_file), "--now", "2026-07-01T00:00:00Z")
    assert after.exit_code == 1
    unknown = run("keys", "revoke", "z6MkUnknown", "--compromised-since", "2026-01-01")
    assert unknown.exit_code == 2
    assert "Error" in unknown.output


def test_verify_reads_the_credential_embedded_in_a_pdf(
    run: Any, signed_file: Path, tmp_path: Path
) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_attachment("certificate.json", signed_file.read_bytes())
    pdf = tmp_path / "certificate.pdf"
    with pdf.open("wb") as fh:
        writer.write(fh)
    ok = run("verify", str(pdf), "--now", "2026-07-01T00:00:00Z")
    assert ok.exit_code == 0, ok.output

    empty = PdfWriter()
    empty.add_blank_page(width=595, height=842)
    bare = tmp_path / "bare.pdf"
    with bare.open("wb") as fh:
        empty.write(fh)
    assert run("verify", str(bare)).exit_code == 2
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    result = run("verify", str(broken))
    assert result.exit_code == 2
    assert "PDF" in result.output


def test_tokens_list_and_revoke(run: Any) -> None:
    run("init")
    token = run("tokens", "create", "--role", "admin", "--label", "jury").output.splitlines()[-1]
    listed = json.loads(run("tokens", "list", "--json").output)
    assert [(t["id"], t["role"], t["label"], t["revoked"]) for t in listed] == [
        (1, "admin", "jury", None)
    ]
    assert token not in run("tokens", "list").output
    revoked = run("tokens", "revoke", "1", "--reason", "left the jury")
    assert revoked.exit_code == 0, revoked.output
    assert json.loads(run("tokens", "list", "--json").output)[0]["revoked"] is not None
    assert "already revoked" in run("tokens", "revoke", "1").output
    unknown = run("tokens", "revoke", "99")
    assert unknown.exit_code == 2
    assert "no token 99" in unknown.output


def test_credentials_revoke_suspend_unsuspend(run: Any, signed_file: Path) -> None:
    credential_id = json.loads(signed_file.read_text())["id"]
    needs_reason = run("credentials", "revoke", credential_id)
    assert needs_reason.exit_code == 2
    no_entry = run("credentials", "suspend", credential_id, "--reason", "inquiry")
    assert no_entry.exit_code == 2
    assert "no suspension entry" in no_entry.output
    revoked = run("credentials", "revoke", credential_id, "--reason", "fraud")
    assert revoked.exit_code == 0, revoked.output
    assert revoked.output.strip() == "revoked"
    assert run("verify", str(signed_file), "--now", "2026-07-01T00:00:00Z").exit_code == 1
    unknown = run("credentials", "revoke", "urn:uuid:nope", "--reason", "x")
    assert unknown.exit_code == 2
    assert "no issued credential" in unknown.output


def test_a_credential_is_revoked_by_its_verification_code(
    service_env: dict[str, str], run: Any, tmp_path: Path
) -> None:
    svc = Runtime.open(Settings.from_env(service_env), clock=lambda: NOW)
    try:
        doc = certificate(svc.settings.did, svc.settings.base_url, seed=7)
        code = doc["credentialSubject"]["licenseNumber"]
        signed = issue(svc, doc, actor="test", verification_code=code)
    finally:
        svc.close()
    path = tmp_path / "by-code.json"
    path.write_text(json.dumps(signed), encoding="utf-8")
    typed = code.lower().replace("p-", "p ")  # as a person types it
    revoked = run("credentials", "revoke", typed, "--reason", "fraud")
    assert revoked.exit_code == 0, revoked.output
    assert revoked.output.strip() == "revoked"
    assert run("verify", str(path), "--now", "2026-07-01T00:00:00Z").exit_code == 1
    unknown = run("credentials", "revoke", "P-2222BBBB", "--reason", "x")
    assert unknown.exit_code == 2
    assert "no issued credential has the verification code P-2222BBBB" in unknown.output


def test_credentials_suspend_and_unsuspend(service_env: dict[str, str], run: Any) -> None:
    svc = Runtime.open(Settings.from_env(service_env), clock=lambda: NOW)
    try:
        signed = issue(
            svc,
            {
                "@context": ["https://www.w3.org/ns/credentials/v2"],
                "type": ["VerifiableCredential"],
                "credentialSubject": {"id": "did:example:holder"},
            },
            options={"credentialStatus": {"statusPurpose": "suspension"}},
            actor="test",
        )
    finally:
        svc.close()
    suspended = run("credentials", "suspend", signed["id"], "--reason", "inquiry")
    assert suspended.output.strip() == "suspended"
    assert run("credentials", "suspend", signed["id"], "--reason", "x").output.strip() == (
        "already suspended"
    )
    lifted = run("credentials", "unsuspend", signed["id"], "--reason", "cleared")
    assert lifted.output.strip() == "suspension lifted"


def _dev_env(tmp_path: Path, database_url: str) -> dict[str, str]:
    return {
        "CERTINUM_DATA_DIR": str(tmp_path / "dev-data"),
        "CERTINUM_DATABASE_URL": database_url,
        "CERTINUM_BASE_URL": "https://certinum.example",
        "CERTINUM_KEY_FILE": "",
        "CERTINUM_KEY_PASSPHRASE": "",
    }


def test_the_development_key_warns_at_every_start(tmp_path: Path, database_url: str) -> None:
    runner = CliRunner()
    env = _dev_env(tmp_path, database_url)
    first = runner.invoke(cli, ["init"], env=env, catch_exceptions=False)
    assert first.exit_code == 0
    assert "created a DEVELOPMENT key file" in first.output
    again = runner.invoke(cli, ["init"], env=env, catch_exceptions=False)
    assert again.exit_code == 0
    assert "DEVELOPMENT key file" in again.output


def test_production_refuses_the_development_key(tmp_path: Path, database_url: str) -> None:
    runner = CliRunner()
    env = _dev_env(tmp_path, database_url)
    assert runner.invoke(cli, ["init"], env=env).exit_code == 0
    production = {**env, "CERTINUM_ENV": "production"}
    for args in (["serve", "--port", "8102"], ["init"]):
        refused = runner.invoke(cli, args, env=production, catch_exceptions=False)
        assert refused.exit_code == 2
        assert "CERTINUM_ENV=production needs CERTINUM_KEY_PASSPHRASE" in refused.output


def test_the_sqlite_database_is_created_0600(tmp_path: Path) -> None:
    import stat

    env = _dev_env(tmp_path, "")
    del env["CERTINUM_DATABASE_URL"]
    assert CliRunner().invoke(cli, ["init"], env=env).exit_code == 0
    database = tmp_path / "dev-data" / "certinum.db"
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    for extra in database.parent.glob("certinum.db-*"):
        assert stat.S_IMODE(extra.stat().st_mode) == 0o600


def test_verify_offline_trusts_the_issuers_added_to_the_trust_list(
    run: Any, signed_file: Path, tmp_path: Path
) -> None:
    from nacl.signing import SigningKey

    from keys import multikey_from_public_key, signer_from_seed
    from keys.did_key import did_key_from_public_key
    from vc.dataintegrity import create_proof
    from vc.jsonld import DocumentLoader

    seed = bytes(range(3, 35))
    public = bytes(SigningKey(seed).verify_key)
    did = did_key_from_public_key(public)
    vm = f"{did}#{multikey_from_public_key(public)}"
    doc = json.loads(signed_file.read_text())
    doc.pop("proof")
    doc.pop("credentialStatus", None)
    doc["issuer"] = {**doc["issuer"], "id": did}
    with signer_from_seed(seed, vm) as signer:
        signed = create_proof(
            doc, sign=signer.sign, verification_method=vm, created=NOW, loader=DocumentLoader()
        )
    path = tmp_path / "other-issuer.json"
    path.write_text(json.dumps(signed), encoding="utf-8")
    before = run("verify", str(path), "--now", "2026-07-01T00:00:00Z")
    assert before.exit_code == 0, before.output
    assert f"VERIFIED — {did} (issuer not on the trust list)" in before.output
    added = run("trust", "add", did, "--name", "Autre autorité", "--reason", "agreement")
    assert added.exit_code == 0, added.output
    after = run("verify", str(path), "--now", "2026-07-01T00:00:00Z")
    assert after.exit_code == 0 and f"VERIFIED — {did} (trusted issuer)" in after.output
