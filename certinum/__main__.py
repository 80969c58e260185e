"""``python -m certinum`` runs the CLI."""

from certinum.cli import main

main()
