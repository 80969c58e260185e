"""The ``certinum`` command line."""

from __future__ import annotations

import click

from certinum.commands.assessment import assessment


@click.group()
def cli() -> None:
    """Certinum: certification of digital competences."""


cli.add_command(assessment)


def main() -> None:
    cli()
