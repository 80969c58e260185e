"""OpenID4VCI 1.0 with an independent wallet client, against ``certinum serve`` on loopback.

The client is ``@openid4vc/openid4vci`` (OpenWallet Foundation Labs, pinned in package.json),
driven by ``js/oid4vci_client.mjs``; the server runs over HTTPS with a self-signed certificate
for localhost, which Node trusts through ``NODE_EXTRA_CA_CERTS``. Offers come from the
``certinum wallet offer`` command. The client resolves the offer by reference, reads the
metadata (recognised as version 1.0), exchanges the pre-authorized code with the transaction
code, gets a nonce, proves its own did:key and receives a credential bound to that key, which
Digital Bazaar's Data Integrity implementation (``js/verify.mjs``) verifies, status included.
Refusals seen by the same client: a reused code, an expired code, a wrong transaction code, a
proof with a wrong nonce or audience.
"""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from e2e.servers import served
from nodejs import INTEROP_DIR, JS_DIR, JsHarnessError, run_js

from wallet_export.oid4vci_metadata import CONFIGURATION_ID
from wallet_export.oid4vci_offer import PRE_AUTHORIZED_GRANT

CLIENT_TIMEOUT_S = 120


def _prepare(env: dict[str, str]) -> dict[str, Any]:
    """A published session with certificates (issued by the job), and one offer made with a
    clock 11 minutes back, so that its code has expired when the server runs."""
    from issuance_jobs_helpers import issued_rows
    from issuance_pages_helpers import school_session

    from certinum.runtime import Runtime
    from certinum.settings import Settings
    from certinum.wallet.oid4vci_offers import OFFER_TTL, create_offer

    runtime = Runtime.open(Settings.from_env(env))
    try:
        made = school_session(runtime)
        codes = [str(row.verification_code) for row in issued_rows(runtime, made.session_id)]
        real = runtime.clock
        runtime.clock = lambda: real() - OFFER_TTL - timedelta(minutes=1)
        expired = create_offer(runtime, codes[0])
        runtime.clock = real
    finally:
        runtime.close()
    code = urlsplit(expired.offer_url).path.rsplit("/", 1)[-1]
    return {"env": dict(env), "codes": codes, "expired": (code, expired.tx_code)}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("oid4vci")
    with served(tmp, _prepare) as made:
        yield {**made, "ca": tmp / "cert.pem"}


def _cli_offer(server: dict[str, Any], code: str) -> tuple[str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "certinum", "wallet", "offer", code],
        env=server["env"], capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    uri, tx = done.stdout.splitlines()[:2]
    return uri, tx


def _client(server: dict[str, Any], **payload: Any) -> dict[str, Any]:
    """Run js/oid4vci_client.mjs with the server's certificate trusted."""
    node = shutil.which("node")
    assert node is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith("NODE_OPTIONS")}
    env["NODE_EXTRA_CA_CERTS"] = str(server["ca"])
    proc = subprocess.run(
        [node, str(JS_DIR / "oid4vci_client.mjs")], input=json.dumps(payload),
        capture_output=True, text=True, timeout=CLIENT_TIMEOUT_S, cwd=INTEROP_DIR, env=env,
        check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        raise JsHarnessError(f"oid4vci_client.mjs exited {proc.returncode}: {proc.stderr[-4000:]}")
    out: dict[str, Any] = json.loads(proc.stdout)
    return out


def _get(server: dict[str, Any], url: str) -> Any:
    context = ssl.create_default_context(cafile=str(server["ca"]))
    with urllib.request.urlopen(url, context=context, timeout=30) as answer:
        return json.loads(answer.read())


def test_the_client_receives_a_credential_bound_to_its_key_that_verifies(
    server: dict[str, Any],
) -> None:
    code = server["codes"][0]
    uri, tx = _cli_offer(server, code)
    got = _client(server, offer=uri, txCode=tx)
    assert got["errors"] == []
    assert got["version"] == "V1"  # the client read the metadata as OpenID4VCI 1.0
    assert got["offerIssuer"] == server["url"]
    copy = got["credential"]
    assert copy["credentialSubject"]["id"] == got["holder"]
    assert got["holder"].startswith("did:key:z6Mk")
    original = _get(server, f"{server['url']}/verify/{code}/credential.json")
    assert copy["credentialSubject"]["licenseNumber"] == code
    assert copy["credentialStatus"] == original["credentialStatus"]
    assert copy["id"] != original["id"]

    did_document = _get(server, f"{server['url']}/.well-known/did.json")
    status_url = copy["credentialStatus"]["statusListCredential"]
    checked = run_js(
        "verify",
        {"credential": copy, "dids": {did_document["id"]: did_document},
         "documents": {status_url: _get(server, status_url)}, "checkStatus": True},
    )  # fmt: skip
    assert checked["verified"] is True, checked["errors"]
    assert checked["statusChecked"] is True
    assert [s["set"] for s in checked["statuses"]] == [False]


def test_a_code_is_exchanged_once(server: dict[str, Any]) -> None:
    uri, tx = _cli_offer(server, server["codes"][1])
    got = _client(server, offer=uri, txCode=tx, tokenTwice=True)
    assert got["errors"][0]["stage"] == "token-again"
    assert got["errors"][0]["error"] == "invalid_grant"
    assert got["credential"]["credentialSubject"]["id"] == got["holder"]


def test_an_expired_code_is_refused(server: dict[str, Any]) -> None:
    code, tx = server["expired"]
    offer = {
        "credential_issuer": server["url"],
        "credential_configuration_ids": [CONFIGURATION_ID],
        "grants": {PRE_AUTHORIZED_GRANT: {"pre-authorized_code": code, "tx_code": {"length": 6}}},
    }
    by_value = "openid-credential-offer://?credential_offer=" + quote(json.dumps(offer), safe="")
    got = _client(server, offer=by_value, txCode=tx)
    assert [(e["stage"], e["error"]) for e in got["errors"]] == [("token", "invalid_grant")]
    assert "credential" not in got


def test_a_wrong_transaction_code_is_refused(server: dict[str, Any]) -> None:
    uri, tx = _cli_offer(server, server["codes"][0])
    wrong = "000000" if tx != "000000" else "111111"
    got = _client(server, offer=uri, txCode=wrong)
    assert [(e["stage"], e["error"]) for e in got["errors"]] == [("token", "invalid_grant")]


@pytest.mark.parametrize(
    ("change", "error"),
    [({"proofNonce": "not-a-nonce-we-gave"}, "invalid_nonce"),
     ({"proofAudience": "https://elsewhere.example"}, "invalid_proof")],
)  # fmt: skip
def test_a_proof_with_a_wrong_nonce_or_audience_is_refused(
    server: dict[str, Any], change: dict[str, str], error: str
) -> None:
    uri, tx = _cli_offer(server, server["codes"][0])
    assert parse_qs(urlsplit(uri).query)["credential_offer_uri"][0].startswith(server["url"])
    got = _client(server, offer=uri, txCode=tx, **change)
    assert [(e["stage"], e["error"]) for e in got["errors"]] == [("credential", error)]
    assert got.get("credential") is None


def test_the_pinned_client_is_installed_from_the_lock_file() -> None:
    package = json.loads((INTEROP_DIR / "package.json").read_text(encoding="utf-8"))
    pinned = package["dependencies"]["@openid4vc/openid4vci"]
    assert pinned[0].isdigit()  # an exact version, no range
    lock = json.loads((INTEROP_DIR / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["packages"]["node_modules/@openid4vc/openid4vci"]["version"] == pinned
    installed = INTEROP_DIR / "node_modules" / "@openid4vc" / "openid4vci" / "package.json"
    assert json.loads(Path(installed).read_text(encoding="utf-8"))["version"] == pinned
