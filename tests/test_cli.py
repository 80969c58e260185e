"""The ``certinum`` command line: init, tokens, verify (exit codes), keys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from certificates import NOW, certificate
from click.testing import CliRunner

from certinum.cli import cli
from certinum.service import Service
from certinum.settings import Settings


@pytest.fixture
def run(service_env: dict[str, str]) -> Any:
    runner = CliRunner()

    def invoke(*args: str) -> Any:
        return runner.invoke(cli, list(args), env=service_env, catch_exceptions=False)

    return invoke


@pytest.fixture
def signed_file(service_env: dict[str, str], tmp_path: Path) -> Path:
    svc = Service.open(Settings.from_env(service_env), clock=lambda: NOW)
    try:
        doc = svc.issue(certificate(svc.settings.did, svc.settings.base_url), actor="test")
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
