"""Service settings, read once from ``CERTINUM_*`` environment variables.

Domain packages never read the environment: the composition layer builds one frozen
:class:`Settings` at start-up and passes what each part needs.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from certinum.accounts.clientaddr import Network, parse_proxies
from certinum.accounts.policy import AccountSettings, PolicyError, RetentionSettings
from certinum.verification.lookup_settings import LookupSettings
from keys import InvalidDid, did_web_from_base_url

DEFAULT_BASE_URL = "http://localhost:8000"
ENVIRONMENTS = ("development", "production")


class SettingsError(ValueError):
    """A setting has a value the service cannot work with."""


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path
    database_url: str
    base_url: str
    key_passphrase: str | None
    key_file: Path | None
    redis_url: str | None
    smtp_url: str | None
    trusted_issuers: tuple[str, ...]
    env: str = "development"
    examples_context: bool = False
    item_bank: Path | None = None  # CERTINUM_ITEM_BANK: bank directory; None = the bundled one
    accounts: AccountSettings = field(default_factory=AccountSettings)
    retention: RetentionSettings = field(default_factory=RetentionSettings)
    trusted_proxies: tuple[Network, ...] = ()
    lookups: LookupSettings = field(default_factory=LookupSettings)
    #: CERTINUM_ISSUANCE_PROCESSES: how many processes of a worker's pool sign credentials and
    #: render PDFs (0: the worker's own process does it); None: one per core. Several workers
    #: on one machine share its cores (two on 2 cores: 1 each).
    issuance_processes: int | None = None

    @property
    def production(self) -> bool:
        """``CERTINUM_ENV=production``: the development key file is refused."""
        return self.env == "production"

    @property
    def did(self) -> str:
        """The service's ``did:web``, derived from the base URL (did:web method §3.2)."""
        return _did_of(self.base_url)

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        data_dir = Path(env.get("CERTINUM_DATA_DIR", "data")).expanduser().resolve()
        base_url = env.get("CERTINUM_BASE_URL", DEFAULT_BASE_URL).rstrip("/")
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SettingsError(
                f"CERTINUM_BASE_URL must be an http(s) URL with a host, got {base_url!r}"
            )
        try:
            did_web_from_base_url(base_url)
        except InvalidDid as exc:
            raise SettingsError(f"CERTINUM_BASE_URL cannot name a did:web: {exc}") from None
        database_url = env.get("CERTINUM_DATABASE_URL") or f"sqlite:///{data_dir / 'certinum.db'}"
        key_file = env.get("CERTINUM_KEY_FILE")
        run_env = env.get("CERTINUM_ENV", "development").strip() or "development"
        if run_env not in ENVIRONMENTS:
            raise SettingsError(
                f"CERTINUM_ENV must be one of {', '.join(ENVIRONMENTS)}, got {run_env!r}"
            )
        trusted = tuple(t for t in env.get("CERTINUM_TRUSTED_ISSUERS", "").split(",") if t.strip())
        examples = env.get("CERTINUM_EXAMPLES_CONTEXT", "").strip().lower() in ("1", "true", "yes")
        if examples and run_env == "production":
            raise SettingsError(
                "CERTINUM_EXAMPLES_CONTEXT is for conformance test runs only: its @vocab defines"
                " every term, so it is refused with CERTINUM_ENV=production"
            )
        try:
            accounts = AccountSettings.from_env(env)
            retention = RetentionSettings.from_env(env)
            proxies = parse_proxies(env.get("CERTINUM_TRUSTED_PROXIES", ""))
            lookups = LookupSettings.from_env(env)
            if env.get("CERTINUM_SMTP_URL"):
                from certinum.mail.smtp import parse_smtp_url

                parse_smtp_url(env["CERTINUM_SMTP_URL"])
        except (PolicyError, ValueError) as exc:
            raise SettingsError(str(exc)) from None
        bank = env.get("CERTINUM_ITEM_BANK", "").strip()
        item_bank = Path(bank).expanduser().resolve() if bank else None
        if item_bank is not None and not item_bank.is_dir():
            raise SettingsError(f"CERTINUM_ITEM_BANK must be a directory, got {bank!r}")
        processes = env.get("CERTINUM_ISSUANCE_PROCESSES", "").strip()
        if processes and (not processes.isdigit() or len(processes) > 4):
            raise SettingsError(
                f"CERTINUM_ISSUANCE_PROCESSES must be a whole number (0 or more), got {processes!r}"
            )
        return cls(
            data_dir=data_dir,
            database_url=database_url,
            base_url=base_url,
            key_passphrase=env.get("CERTINUM_KEY_PASSPHRASE") or None,
            key_file=Path(key_file).expanduser().resolve() if key_file else None,
            redis_url=env.get("CERTINUM_REDIS_URL") or None,
            smtp_url=env.get("CERTINUM_SMTP_URL") or None,
            trusted_issuers=tuple(t.strip() for t in trusted),
            env=run_env,
            examples_context=examples,
            item_bank=item_bank,
            accounts=accounts,
            retention=retention,
            trusted_proxies=proxies,
            lookups=lookups,
            issuance_processes=int(processes) if processes else None,
        )


@functools.lru_cache(maxsize=16)
def _did_of(base_url: str) -> str:
    """:func:`did_web_from_base_url`, once per base URL (every verification asks for it)."""
    return did_web_from_base_url(base_url)
