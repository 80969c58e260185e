"""CERTINUM_EXAMPLES_CONTEXT: the W3C examples context, served only for conformance runs."""

from __future__ import annotations

from typing import Any

import pytest
from certificates import NOW

from certinum.issuance.service import issue
from certinum.runtime import Runtime
from certinum.settings import Settings, SettingsError

EXAMPLES = "https://www.w3.org/ns/credentials/examples/v2"


def _example_credential() -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2", EXAMPLES],
        "type": ["VerifiableCredential", "ExampleDegreeCredential"],
        "credentialSubject": {"id": "did:example:subject", "degree": "Licence"},
    }


def test_with_the_setting_the_service_signs_example_credentials(
    service_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    runtime = Runtime.open(
        Settings.from_env({**service_env, "CERTINUM_EXAMPLES_CONTEXT": "1"}), clock=lambda: NOW
    )
    try:
        assert "CERTINUM_EXAMPLES_CONTEXT is set" in capsys.readouterr().err
        signed = issue(runtime, _example_credential(), actor="test")
        assert signed["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    finally:
        runtime.close()


def test_the_setting_is_refused_in_production(service_env: dict[str, str]) -> None:
    env = {**service_env, "CERTINUM_EXAMPLES_CONTEXT": "1", "CERTINUM_ENV": "production"}
    with pytest.raises(SettingsError, match="CERTINUM_EXAMPLES_CONTEXT"):
        Settings.from_env(env)


def test_without_the_setting_the_context_is_not_served(service_env: dict[str, str]) -> None:
    assert Settings.from_env(service_env).examples_context is False
    assert not Settings.from_env({**service_env, "CERTINUM_EXAMPLES_CONTEXT": "0"}).examples_context
