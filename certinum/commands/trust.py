"""``certinum trust list|add|remove``: the trust list of issuers (changes audited, actor cli)."""

from __future__ import annotations

import json

import click

from certinum.commands.common import fail, open_runtime
from certinum.errors import CertinumError


@click.group()
def trust() -> None:
    """The trust list: issuers whose credentials are shown as from a trusted issuer."""


@trust.command("list")
@click.option("--json", "as_json", is_flag=True)
def trust_list(as_json: bool) -> None:
    """List the trusted issuers: id (none for built-in ones), identifier, name."""
    from certinum.trust.service import list_issuers

    runtime = open_runtime(create_key=False)
    try:
        entries = list_issuers(runtime)
    finally:
        runtime.close()
    if as_json:
        click.echo(json.dumps([e.to_json() for e in entries], indent=2, ensure_ascii=False))
        return
    for e in entries:
        shown = "built-in" if e.id is None else str(e.id)
        click.echo(f"{shown:>8}  {e.issuer}  {e.name}")


@trust.command("add")
@click.argument("issuer")
@click.option("--name", required=True, help="the issuer's name, as people will read it")
@click.option("--reason", default="", help="why (kept in the audit log)")
def trust_add(issuer: str, name: str, reason: str) -> None:
    """Add ISSUER (a did:web, did:key or did:jwk); prints its id."""
    from certinum.trust.service import add_issuer

    runtime = open_runtime(create_key=False)
    try:
        entry = add_issuer(runtime, issuer, name, actor="cli", reason=reason)
    except CertinumError as exc:
        fail(str(exc))
    finally:
        runtime.close()
    click.echo(f"trusted issuer {entry.id}: {entry.issuer} ({entry.name})")


@trust.command("remove")
@click.argument("entry_id", metavar="ID", type=int)
@click.option("--reason", default="", help="why (kept in the audit log)")
def trust_remove(entry_id: int, reason: str) -> None:
    """Remove the added issuer ID (see `trust list`); built-in issuers cannot be removed."""
    from certinum.trust.service import remove_issuer

    runtime = open_runtime(create_key=False)
    try:
        entry = remove_issuer(runtime, entry_id, actor="cli", reason=reason)
    except CertinumError as exc:
        fail(str(exc))
    finally:
        runtime.close()
    click.echo(f"removed from the trust list: {entry.issuer} ({entry.name})")
