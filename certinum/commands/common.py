"""What the commands share: settings, opening the runtime, the exit-2 error line."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, NoReturn

import click

from certinum.errors import CertinumError
from certinum.settings import Settings, SettingsError

if TYPE_CHECKING:
    from certinum.runtime import Runtime


def read_settings() -> Settings:
    try:
        return Settings.from_env()
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from None


def fail(message: str) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(2)


def open_runtime(*, create_key: bool) -> Runtime:
    """The runtime; a configuration it refuses is a one-line error and exit 2."""
    from certinum.runtime import Runtime

    try:
        return Runtime.open(read_settings(), create_key=create_key)
    except CertinumError as exc:
        fail(str(exc))
