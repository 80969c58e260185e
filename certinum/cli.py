"""The ``certinum`` command line.

Exit codes follow one rule across commands: 0 success, 1 a negative answer (``verify``: not
verified), 2 bad input or a usage error (an unreadable file, an unknown key), with a one-line
message on stderr, never a traceback.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from certinum.accounts.commands import accounts
from certinum.commands.admin import credentials, issuers, tokens_list, tokens_revoke
from certinum.commands.assessment import assessment
from certinum.commands.common import fail, open_runtime
from certinum.commands.common import read_settings as _settings
from certinum.commands.issuance import issue, worker
from certinum.commands.retention import retention
from certinum.commands.trust import trust
from certinum.commands.wallet_oid4vci import wallet
from certinum.errors import CertinumError
from vc.constants import MAX_DOCUMENT_BYTES

MAX_CREDENTIAL_FILE = MAX_DOCUMENT_BYTES
MAX_PDF_FILE = 20 * 1024 * 1024
KEEP_ALIVE_SECONDS = 75


def _parse_now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    text = value.strip().replace("z", "Z")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(f"not an ISO-8601 date-time: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@click.group()
@click.version_option(package_name="certinum")
def cli() -> None:
    """Certinum: certification of digital competences, issued as signed Open Badges 3.0."""


@cli.command()
def init() -> None:
    """Create the data folder and database, migrate it, and create an issuer key if none exists."""
    runtime = open_runtime(create_key=True)
    click.echo(f"data folder: {runtime.settings.data_dir}")
    click.echo(f"issuer: {runtime.settings.did}")
    click.echo(f"active key: {runtime.keyring.active().key_id}")
    runtime.close()


def app_from_env() -> Any:
    """The application of a ``certinum serve --workers N`` process, from the environment.

    Each worker process builds its own (uvicorn calls this factory in it) and loads the item
    bank and its pools here (:func:`_warm_up`)."""
    from certinum.app import create_app

    app = create_app(_settings())
    _warm_up()
    return app


def _warm_up() -> None:
    """Load the item bank and build its pools (positioning's per competence, certification's
    whole-bank one) before serving, so that no candidate's question waits for them."""
    from certinum.certification.exam_state import certification_pool
    from certinum.positioning.catalogue import default_catalogue

    catalogue = default_catalogue()
    certification_pool(catalogue)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--ssl-certfile",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="serve HTTPS with this certificate (PEM)",
)
@click.option(
    "--ssl-keyfile",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="the private key of --ssl-certfile (PEM)",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="server processes (sessions and data are shared through the database or Redis)",
)
def serve(
    host: str, port: int, ssl_certfile: str | None, ssl_keyfile: str | None, workers: int
) -> None:
    """Run the service (creates and migrates the database and a key on first run)."""
    import uvicorn

    from certinum.app import create_app

    if bool(ssl_certfile) != bool(ssl_keyfile):
        raise click.UsageError("--ssl-certfile and --ssl-keyfile go together")
    try:
        # Also with several workers: the database is migrated and the key made once, here,
        # before the worker processes start (each then opens the migrated database).
        app = create_app(_settings())
    except CertinumError as exc:
        fail(str(exc))
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "ssl_certfile": ssl_certfile,
        "ssl_keyfile": ssl_keyfile,
        "log_level": "info",
        # uvicorn's default (5 s) closes a candidate's connection while they read a question,
        # and a client that reuses it at that moment gets a dropped request: idle connections
        # are kept longer than a reading (and than a reverse proxy's usual 60 s).
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
    }
    if workers == 1:
        _warm_up()
        uvicorn.run(app, **options)
        return
    app.state.runtime.close()
    uvicorn.run("certinum.cli:app_from_env", factory=True, workers=workers, **options)


def _read_credential_file(path: Path) -> dict[str, Any]:
    """A credential from a JSON file, or the one embedded in a certificate PDF.

    Read with bounds (size, JSON depth, no duplicate keys: :func:`vc.jsonio.parse_json`);
    any problem is a :class:`click.ClickException` with a one-line message.
    """
    from issuer.certificate_pdf_read import CertificatePdfError, embedded_credential
    from vc.jsonio import JsonInputError, parse_json

    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            magic = fh.read(5)
            if path.suffix.lower() == ".pdf" or magic == b"%PDF-":
                if size > MAX_PDF_FILE:
                    raise click.ClickException(f"{path}: larger than {MAX_PDF_FILE // 2**20} MiB")
                fh.seek(0)
                return embedded_credential(fh.read(MAX_PDF_FILE + 1), max_pdf_bytes=MAX_PDF_FILE)
            if size > MAX_CREDENTIAL_FILE:
                raise click.ClickException(
                    f"{path}: larger than {MAX_CREDENTIAL_FILE // 1024} KiB, not a credential"
                )
            fh.seek(0)
            raw = fh.read(MAX_CREDENTIAL_FILE + 1)
        data = parse_json(raw, max_bytes=MAX_CREDENTIAL_FILE)
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from None
    except JsonInputError as exc:
        reason = "larger than 256 KiB, " if exc.code == "too-large" else ""
        raise click.ClickException(f"{path}: {reason}not a JSON credential ({exc})") from None
    except CertificatePdfError as exc:
        raise click.ClickException(f"{path}: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("verifiableCredential"), dict):
        data = data["verifiableCredential"]
    if not isinstance(data, dict):
        raise click.ClickException(f"{path}: a credential is a JSON object")
    return data


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="print the result with every check as JSON")
@click.option("--now", default=None, help="verify as at this ISO-8601 date-time (default: now)")
def verify(file: Path, as_json: bool, now: str | None) -> None:
    """Verify a credential (JSON) or a certificate (PDF): exit 0 verified, 1 not, 2 unreadable.

    Writes nothing: the service's keys and database are only read (see
    :mod:`certinum.offline_verify`).
    """
    from certinum.offline_verify import verify_offline

    try:
        moment = _parse_now(now)
        credential = _read_credential_file(file)
        settings = _settings()
    except click.BadParameter as exc:
        click.echo(f"Error: --now: {exc.message}", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"Error: {exc.format_message()}", err=True)
        sys.exit(2)
    result = verify_offline(credential, settings, now=moment)
    if as_json:
        click.echo(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        verdict = "VERIFIED" if result.verified else "NOT VERIFIED"
        trust = "trusted issuer" if result.trusted else "issuer not on the trust list"
        click.echo(f"{verdict} — {result.issuer or 'unknown issuer'} ({trust})")
        for check in result.checks:
            mark = {"passed": "✓", "failed": "✗", "skipped": "-"}[check.status]
            click.echo(f"  {mark} {check.name}: {check.message}")
    sys.exit(0 if result.verified else 1)


@cli.command()
def demo() -> None:
    """Fill the database with the demo (once); print its URLs, logins and certificates."""
    from certinum.demo import load_demo
    from certinum.demo_certification import CENTRE_ADMIN, CENTRE_NAME, JURY_LOGIN
    from certinum.demo_school import DEMO_PASSWORD

    runtime = open_runtime(create_key=True)
    try:
        made = load_demo(runtime)
    finally:
        runtime.close()
    base, school, cert = runtime.settings.base_url, made.school, made.certification
    session = f"{base}/centres/{cert.centre_id}/sessions/{cert.session_id}"
    click.echo(f"Demo: {school.school}, {len(made.certificates)} certified pupils")
    for name, code, url in made.certificates:
        click.echo(f"  {code}  {name:<24} {url}")
    click.echo(f"Certification: {CENTRE_NAME}, session of {cert.day.isoformat()}, published")
    click.echo(f"  session          {session}  (centre admin)")
    click.echo(f"  finalisation     {session}/finalisation  (centre admin)")
    click.echo(f"  jury review      {base}/jury/sessions/{cert.session_id}  (jury)")
    click.echo(f"  school results   {base}/schools/{school.id}/certifications  (school admin)")
    click.echo(f"  pupil results    {base}/candidate/certifications  (a pupil)")
    if made.certificates:
        click.echo(f"  verification     {made.certificates[0][2]}")
    click.echo(f"Logins at {base}/login, all with the password {DEMO_PASSWORD!r}:")
    click.echo(f"  school admin  {school.admin_login}")
    click.echo(f"  centre admin  {CENTRE_ADMIN}")
    click.echo(f"  jury          {JURY_LOGIN}")
    click.echo(f"  campaign code {school.campaign_code}")
    for login, name, division in school.pupils:
        click.echo(f"  pupil {login:<22} {name:<20} {division}")


@cli.group()
def tokens() -> None:
    """API tokens for machine clients."""


@tokens.command("create")
@click.option("--role", required=True, type=click.Choice(["issuer", "admin"]))
@click.option("--label", default="", help="what the token is for")
def tokens_create(role: str, label: str) -> None:
    """Create an API token; it is printed once, alone on the last line."""
    from certinum.accounts.service import create

    runtime = open_runtime(create_key=False)
    try:
        token = create(runtime, role=role, label=label, actor="cli")
    finally:
        runtime.close()
    click.echo(f"Created a token of role {role!r}. Keep it secret; it is not shown again.")
    click.echo(token)


@cli.group()
def keys() -> None:
    """Issuer keys: list, rotate, revoke."""


@keys.command("list")
@click.option("--json", "as_json", is_flag=True)
def keys_list(as_json: bool) -> None:
    """List the issuer keys and their status."""
    from certinum.issuerkeys.service import key_json

    runtime = open_runtime(create_key=False)
    try:
        records = runtime.keyring.list()
    finally:
        runtime.close()
    if as_json:
        click.echo(json.dumps([key_json(runtime, r) for r in records], indent=2))
        return
    for r in records:
        row = key_json(runtime, r)
        extra = "".join(
            f"  {k}={row[k]}" for k in ("retiredAt", "revokedAt", "compromisedSince") if row.get(k)
        )
        click.echo(f"{row['status']:8} {row['id']}  created={row['created']}{extra}")


@keys.command("rotate")
@click.option("--reason", default="scheduled rotation", show_default=True)
def keys_rotate(reason: str) -> None:
    """Make a new active key; the old one is retired and still verifies what it signed."""
    from certinum.issuerkeys.service import rotate_key

    runtime = open_runtime(create_key=False)
    try:
        new, old = rotate_key(runtime, actor="cli", reason=reason)
    except CertinumError as exc:
        fail(str(exc))
    finally:
        runtime.close()
    click.echo(f"retired: {old.key_id}")
    click.echo(f"active:  {new.key_id}")


@keys.command("revoke")
@click.argument("key")
@click.option(
    "--compromised-since",
    required=True,
    help="ISO-8601 date (or date-time) from which the key must be presumed compromised",
)
@click.option("--reason", default="key compromise", show_default=True)
def keys_revoke(key: str, compromised_since: str, reason: str) -> None:
    """Revoke a compromised KEY: it leaves the DID document; lists certificates to re-issue."""
    from certinum.issuerkeys.service import revoke_key

    try:
        since = _parse_now(compromised_since)
    except click.BadParameter as exc:
        raise click.UsageError(f"--compromised-since: {exc.format_message()}") from None
    runtime = open_runtime(create_key=False)
    try:
        record, affected = revoke_key(
            runtime, key, compromised_since=since, actor="cli", reason=reason
        )
    except CertinumError as exc:
        fail(str(exc))
    finally:
        runtime.close()
    click.echo(f"revoked: {record.key_id} (compromised since {since.isoformat()})")
    click.echo(f"{len(affected)} credential(s) signed with it since then must be re-issued:")
    for row in affected:
        click.echo(f"  {row}")


tokens.add_command(tokens_list)
tokens.add_command(tokens_revoke)
cli.add_command(credentials)
cli.add_command(issuers)
cli.add_command(assessment)
cli.add_command(accounts)
cli.add_command(retention)
cli.add_command(issue)
cli.add_command(worker)
cli.add_command(trust)
cli.add_command(wallet)


def main() -> None:
    cli()
