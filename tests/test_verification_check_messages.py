"""The public page explains a check that did not pass by the catalogue sentence of its code,
in the page's language, never by the verifier's English message; every code the verifier
names has its sentence. The status list answers HEAD, and an unknown list is a problem."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from certificates import certificate
from issuance_jobs_helpers import result_ids, synthetic_session
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.issuance.service import issue
from certinum.issuance.status import update_status
from certinum.verification.check_messages import BY_CODE, BY_NAME, SKIPPED, check_detail
from certinum.web.i18n import translations
from verifier.results import Check

ROOT = Path(__file__).resolve().parents[1]
CODE = "P-7KQ2MXRB"


def _issued(area: AccountsArea) -> dict[str, Any]:
    runtime = area.runtime
    [(result_id, _)] = result_ids(runtime, synthetic_session(runtime, 1, seed=5)).values()
    doc = certificate(runtime.settings.did, runtime.settings.base_url)
    return issue(runtime, doc, actor="test", verification_code=CODE, result_id=result_id)


def test_every_verifier_code_has_a_translated_sentence() -> None:
    source = "\n".join(
        p.read_text(encoding="utf-8")
        for p in [*(ROOT / "verifier").glob("*.py"), *(ROOT / "vc/dataintegrity").glob("*.py")]
    )
    named = set(re.findall(r'checks\.fail\(\s*"\w+",\s*"([A-Z_]+)"', source))
    named |= set(re.findall(r'ResolutionError\(\s*"([A-Z_]+)"', source))
    assert {"REVOKED", "EXPIRED", "STATUS_UNKNOWN", "VM_NO_SCHEME"} <= named
    assert named <= set(BY_CODE), named - set(BY_CODE)
    french = translations("fr")
    for sentence in {*BY_CODE.values(), *BY_NAME.values(), SKIPPED}:
        assert french.gettext(sentence) != sentence
    failed = Check("status", "failed", "the credential has been revoked by its issuer", "REVOKED")
    assert check_detail(failed) == ("The issuer revoked this certificate.", "REVOKED")
    newer = Check("proof", "failed", "some new failure", "SOMETHING_NEW")
    assert check_detail(newer) == (BY_NAME["proof"], "SOMETHING_NEW")
    assert check_detail(Check("schema", "skipped", "not an Open Badges credential")) == (
        SKIPPED,
        "",
    )


def test_the_page_translates_the_failed_check(client: TestClient[Any], area: AccountsArea) -> None:
    signed = _issued(area)
    update_status(area.runtime, signed["id"], purpose="revocation", value=True, actor="t",
                  reason="fraude")  # fmt: skip
    french = client.get(f"/verify/{CODE}?lang=fr")
    assert french.status_code == 200
    assert "émetteur a révoqué ce certificat. <code>REVOKED</code>" in french.text
    assert "has been revoked by its issuer" not in french.text
    english = client.get(f"/verify/{CODE}?lang=en")
    assert "The issuer revoked this certificate." in english.text
    assert "has been revoked by its issuer" not in english.text
    api = client.get(f"/api/certificates/{CODE}").json()  # the API keeps the verifier's words
    (status,) = [c for c in api["checks"] if c["check"] == "status"]
    assert status["code"] == "REVOKED" and "revoked by its issuer" in status["message"]


def test_the_status_list_answers_head_and_a_problem_for_an_unknown_list(
    client: TestClient[Any], area: AccountsArea
) -> None:
    signed = _issued(area)
    path = "/status/" + signed["credentialStatus"]["statusListCredential"].rsplit("/", 1)[-1]
    got = client.get(path)
    headed = client.head(path)
    assert headed.status_code == 200 and headed.content == b""
    assert headed.headers["etag"] == got.headers["etag"]
    assert headed.headers["cache-control"] == got.headers["cache-control"]
    assert headed.headers["content-type"].startswith("application/ld+json")
    again = client.head(path, headers={"If-None-Match": got.headers["etag"]})
    assert again.status_code == 304
    for method in (client.get, client.head):
        unknown = method("/status/no-such-list")
        assert unknown.status_code == 404
        assert unknown.headers["content-type"].startswith("application/problem+json")
    problem = client.get("/status/no-such-list").json()
    assert problem["type"].endswith("/unknown-status-list") and problem["status"] == 404
