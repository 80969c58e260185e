"""A baked badge's credential verifies in Digital Bazaar's implementation.

What the public verifier reads out of a badge (:func:`wallet_export.baking.unbake`) must be
the very credential the service signed, byte for byte where it matters: the credential taken
out of the PNG and the SVG badges of a certificate verifies in JS (``js/verify.mjs``: proof
and status), as the stored one does (tests/interop/test_cross.py); one changed after
signing does not.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from certificates import certificate
from nodejs import run_js

from certinum.issuance.service import issue
from certinum.issuance.statuslists import signed_list
from certinum.runtime import Runtime
from certinum.settings import Settings
from certinum.verification.service import verify
from keys import write_new_key_file
from wallet_export.badge_image import BadgeLabels, badge_png, badge_svg
from wallet_export.baking import bake_png, bake_svg, unbake

BASE_URL = "https://certinum.example"
START = datetime(2026, 6, 20, 8, 0, tzinfo=UTC)  # after the validFrom of certificate()
LABELS = BadgeLabels("Certinum", "Compétences numériques", "Niveau global", "Expert 1",
                     "800 pix", "juin 2026", "P-7KQ2MXRB")  # fmt: skip


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Runtime]:
    key_file = tmp_path / "unlock.key"
    write_new_key_file(key_file)
    settings = Settings.from_env(
        {"CERTINUM_DATA_DIR": str(tmp_path / "data"), "CERTINUM_BASE_URL": BASE_URL,
         "CERTINUM_KEY_FILE": str(key_file)}
    )  # fmt: skip
    svc = Runtime.open(settings, clock=lambda: START)
    yield svc
    svc.close()


def test_the_credential_out_of_a_baked_badge_verifies_in_js(service: Runtime) -> None:
    unsigned = certificate(service.settings.did, BASE_URL, seed=9)
    code = unsigned["credentialSubject"]["licenseNumber"]
    signed = issue(service, unsigned, actor="test", verification_code=code)
    list_id = str(signed["credentialStatus"]["statusListCredential"]).rsplit("/", 1)[-1]
    status_list = signed_list(service, list_id)
    assert status_list is not None
    out_of_badges = [
        unbake(bake_png(badge_png(LABELS), signed)),
        unbake(bake_svg(badge_svg(LABELS), signed)),
    ]
    tampered = unbake(bake_png(badge_png(LABELS), signed))
    tampered["credentialSubject"]["name"] = "Someone Else"
    for credential in [*out_of_badges, tampered]:
        authentic = credential is not tampered
        assert verify(service, credential).verified is authentic
        payload: dict[str, Any] = {
            "credential": credential,
            "dids": {service.settings.did: service.did_document()},
            "documents": {status_list["id"]: status_list},
            "checkStatus": True,
            "now": "2026-06-21T00:00:00Z",
        }
        answer = run_js("verify.mjs", payload)
        assert answer["verified"] is authentic, answer.get("errors")
    assert out_of_badges == [signed, signed]
