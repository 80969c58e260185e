"""``certinum accounts``: create a person's account and grant a role from the command line.

The issuing authority's first admin can only come from here: through the API, only an
authority admin grants ``authority_admin``.
"""

from __future__ import annotations

import click

from certinum.commands.common import fail, open_runtime
from certinum.errors import CertinumError


@click.group()
def accounts() -> None:
    """People's accounts: create one, grant a role."""


@accounts.command("create")
@click.argument("email")
@click.option("--name", default="", help="display name")
@click.option(
    "--password", prompt=True, hide_input=True, confirmation_prompt=True,
    help="asked for when not given (at least 10 characters)",
)  # fmt: skip
def accounts_create(email: str, name: str, password: str) -> None:
    """Create an adult's account (role candidate), as sign-up does (audited)."""
    from certinum.accounts.area import AccountsArea
    from certinum.accounts.people import sign_up

    runtime = open_runtime(create_key=False)
    try:
        created = sign_up(AccountsArea.open(runtime), email=email, password=password,
                          display_name=name)  # fmt: skip
    except CertinumError as exc:
        fail(str(exc))
    finally:
        runtime.close()
    click.echo(f"Created account {created.id} ({created.login}).")


@accounts.command("grant")
@click.argument("login")
@click.argument("role")
@click.option("--scope", default="", help="the organisation, centre or session id of a scoped role")
def accounts_grant(login: str, role: str, scope: str) -> None:
    """Give LOGIN the role ROLE (audited, actor ``cli``); e.g. ``grant a@x.org authority_admin``."""
    from certinum.accounts.area import AccountsArea
    from certinum.accounts.membership_routes import grant_by_login
    from certinum.accounts.roles import SCOPES

    runtime = open_runtime(create_key=False)
    try:
        role_json = grant_by_login(
            AccountsArea.open(runtime), login, role, scope, tuple(SCOPES), "cli"
        )
    except CertinumError as exc:
        fail(str(exc))
    finally:
        runtime.close()
    click.echo(f"{login} is {role}" + (f" of {scope}" if scope else "") + f" ({role_json['id']}).")
