"""Admin commands: API tokens; revoke, suspend, un-suspend credentials; issuer instances."""

from __future__ import annotations

import json

import click

from certinum.commands.common import fail, open_runtime
from certinum.errors import CertinumError


@click.command("list")
@click.option("--json", "as_json", is_flag=True)
def tokens_list(as_json: bool) -> None:
    """List the API tokens (id, role, label, created, revoked); never the tokens themselves."""
    from certinum.accounts.service import all_tokens

    runtime = open_runtime(create_key=False)
    try:
        infos = all_tokens(runtime)
    finally:
        runtime.close()
    if as_json:
        click.echo(json.dumps([i.to_json() for i in infos], indent=2, ensure_ascii=False))
        return
    for info in infos:
        state = f"revoked {info.revoked_at.isoformat()}" if info.revoked_at else "valid"
        click.echo(f"{info.id:>4}  {info.role:<6} {state:<40} {info.label}")


@click.command("revoke")
@click.argument("token_id", metavar="ID", type=int)
@click.option("--reason", default="revoked by an administrator", show_default=True)
def tokens_revoke(token_id: int, reason: str) -> None:
    """Revoke the API token ID (see `tokens list`): it stops working at once."""
    from certinum.accounts.service import revoke

    runtime = open_runtime(create_key=False)
    try:
        done = revoke(runtime, token_id, actor="cli", reason=reason)
    finally:
        runtime.close()
    if done is None:
        fail(f"no token {token_id}")
    click.echo(f"token {token_id} revoked" if done else f"token {token_id} was already revoked")


@click.group()
def credentials() -> None:
    """Issued credentials: revoke (final), suspend, un-suspend."""


def _change_status(credential: str, purpose: str, value: bool, reason: str) -> tuple[bool, str]:
    """Change a status bit of ``credential``, named by its id or its verification code (``P-``
    and 8 characters): whether it changed, and for a certificate just revoked what its holder
    was told (a blank reason is refused: exit 2)."""
    from certinum.issuance.revocation import notify_revocation, revocation_reason
    from certinum.issuance.status import update_status
    from certinum.mail import mailer_for
    from certinum.verification.service import credential_by_code
    from issuer.codes import try_normalize_code

    runtime = open_runtime(create_key=False)
    try:
        credential_id = credential
        code = None if credential.startswith("urn:") else try_normalize_code(credential)
        if code is not None:
            document = credential_by_code(runtime, code)
            if document is None:
                fail(f"no issued credential has the verification code {code}")
            credential_id = str(document["id"])
        if purpose == "revocation":
            reason = revocation_reason(reason)
        changed = update_status(
            runtime, credential_id, purpose=purpose, value=value, actor="cli", reason=reason
        )
        if changed and purpose == "revocation":
            mailer, at = mailer_for(runtime.settings), runtime.clock()
            notice = notify_revocation(runtime, mailer, credential_id, reason=reason, at=at)
            return True, _NOTICES.get(notice, "")
        return changed, ""
    except CertinumError as exc:
        fail(str(exc))
    finally:
        runtime.close()


_NOTICES = {
    "sent": "the holder was told by email",
    "no-address": "no email sent: the holder's account has no email address",
    "mail-failed": "no email sent: the mail could not be sent",
}
_REASON = click.option("--reason", required=True, help="why (kept in the audit log)")


@credentials.command("revoke")
@click.argument("credential_id", metavar="ID_OR_CODE")
@_REASON
def credentials_revoke(credential_id: str, reason: str) -> None:
    """Revoke a credential for good, by id or verification code (its status list is re-signed)."""
    changed, notice = _change_status(credential_id, "revocation", True, reason)
    click.echo("revoked" if changed else "already revoked")
    if notice:
        click.echo(notice)


@credentials.command("suspend")
@click.argument("credential_id", metavar="ID_OR_CODE")
@_REASON
def credentials_suspend(credential_id: str, reason: str) -> None:
    """Suspend a credential, by id or code (it needs a suspension entry, asked for at issuance)."""
    changed, _ = _change_status(credential_id, "suspension", True, reason)
    click.echo("suspended" if changed else "already suspended")


@credentials.command("unsuspend")
@click.argument("credential_id", metavar="ID_OR_CODE")
@_REASON
def credentials_unsuspend(credential_id: str, reason: str) -> None:
    """Lift the suspension of a credential, by id or verification code."""
    changed, _ = _change_status(credential_id, "suspension", False, reason)
    click.echo("suspension lifted" if changed else "was not suspended")


@click.group()
def issuers() -> None:
    """did:key issuer instances: issuers with their own key, under the same custody."""


@issuers.command("create")
@click.argument("name")
def issuers_create(name: str) -> None:
    """Create the did:key issuer instance NAME; prints its DID alone on the last line."""
    from certinum.issuerkeys.instances import create_instance

    runtime = open_runtime(create_key=False)
    try:
        instance = create_instance(runtime, name, actor="cli")
    except CertinumError as exc:
        fail(str(exc))
    finally:
        runtime.close()
    click.echo(f"issuer instance {instance.name}: POST /issuers/{instance.name}/credentials/issue")
    click.echo(instance.did)


@issuers.command("list")
@click.option("--json", "as_json", is_flag=True)
def issuers_list(as_json: bool) -> None:
    """List the did:key issuer instances: name and DID."""
    from certinum.issuerkeys.instances import list_instances

    runtime = open_runtime(create_key=False)
    try:
        found = list_instances(runtime)
    finally:
        runtime.close()
    if as_json:
        click.echo(json.dumps([i.to_json() for i in found], indent=2))
        return
    for instance in found:
        click.echo(f"{instance.name:<32} {instance.did}")
