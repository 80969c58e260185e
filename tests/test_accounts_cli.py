"""``certinum accounts create`` and ``grant``: the way to the issuing authority's first admin."""

from __future__ import annotations

from typing import Any

from accounts_helpers import CHEAP_HASHING, PASSWORD, Clock, accounts_runtime, client_for
from click.testing import CliRunner

from certinum.accounts.area import AccountsArea
from certinum.cli import cli


def test_create_then_grant_authority_admin(service_env: dict[str, str]) -> None:
    env = {**service_env, **CHEAP_HASHING}
    runner = CliRunner()

    def run(*args: str, stdin: str | None = None) -> Any:
        return runner.invoke(cli, list(args), env=env, input=stdin, catch_exceptions=False)

    created = run("accounts", "create", "boss@example.org", "--name", "Boss",
                  stdin=f"{PASSWORD}\n{PASSWORD}\n")  # fmt: skip
    assert created.exit_code == 0, created.output
    assert "Created account 1 (boss@example.org)" in created.output
    granted = run("accounts", "grant", "boss@example.org", "authority_admin")
    assert granted.exit_code == 0, granted.output
    unscoped = run("accounts", "grant", "boss@example.org", "centre_admin")
    assert unscoped.exit_code == 2
    assert "centre_admin needs the id of its centre" in unscoped.output
    again = run("accounts", "create", "boss@example.org", "--password", PASSWORD)
    assert again.exit_code == 2
    with (
        accounts_runtime(service_env, Clock()) as runtime,
        client_for(AccountsArea.open(runtime)) as client,
    ):
        login = client.post(
            "/api/session", json={"login": "boss@example.org", "password": PASSWORD}
        )
        assert login.status_code == 200
        assert client.get("/api/admin/outbox").status_code == 200
