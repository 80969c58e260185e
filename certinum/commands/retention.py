"""``certinum retention purge``: apply the retention periods (``CERTINUM_RETENTION_*``)."""

from __future__ import annotations

import click

from certinum.commands.common import fail, open_runtime
from certinum.errors import CertinumError


@click.group()
def retention() -> None:
    """How long personal data is kept."""


@retention.command("purge")
@click.option("--dry-run", is_flag=True, help="count what would be removed, change nothing")
def retention_purge(dry_run: bool) -> None:
    """Remove what is older than its retention period, one line per kind (audited)."""
    from certinum.accounts.area import AccountsArea
    from certinum.accounts.retention import purge

    runtime = open_runtime(create_key=False)
    try:
        counts = purge(AccountsArea.open(runtime), dry_run=dry_run)
    except CertinumError as exc:
        fail(str(exc))
    finally:
        runtime.close()
    verb = "would remove" if dry_run else "removed"
    for kind, count in counts.items():
        click.echo(f"{kind}: {verb} {count}")
