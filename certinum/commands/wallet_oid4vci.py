"""``certinum wallet offer CODE``: an OpenID4VCI credential offer of a certificate.

Prints the ``openid-credential-offer://?credential_offer_uri=…`` link on the first line and its
transaction code on the second (the wallet asks for it), then when the offer expires on
stderr, with a warning when the base URL cannot be reached from a phone (``http://`` or this
computer: :mod:`certinum.wallet.reachability`). Exit 0; 2 when the code is not a published,
certified, unrevoked certificate (or is malformed).
"""

from __future__ import annotations

import click

from certinum.commands.common import fail, open_runtime
from certinum.errors import CertinumError
from issuer.codes import try_normalize_code


@click.group()
def wallet() -> None:
    """Put certificates in wallets."""


@wallet.command("offer")
@click.argument("code")
def offer(code: str) -> None:
    """Print a credential offer (URI, then transaction code) for the certificate CODE."""
    from certinum.wallet.oid4vci_offers import create_offer
    from certinum.wallet.reachability import UNREACHABLE, unreachable_by_phone
    from certinum.web.i18n import SOURCE_LANGUAGE, translations

    normal = try_normalize_code(code)
    if normal is None:
        fail(f"{code!r} is not a verification code (P-XXXXXXXX)")
    runtime = open_runtime(create_key=False)
    base = runtime.settings.base_url
    try:
        made = create_offer(runtime, normal)
    except CertinumError as exc:
        fail(str(exc))
    finally:
        runtime.close()
    click.echo(made.uri)
    click.echo(made.tx_code)
    click.echo(f"valid until {made.expires_at.isoformat()}", err=True)
    if unreachable_by_phone(base):
        warning = translations(SOURCE_LANGUAGE).gettext(UNREACHABLE) % {"base": base}
        click.echo(f"Warning: {warning}", err=True)
