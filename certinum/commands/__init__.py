"""Subcommands of the ``certinum`` CLI, one module per area."""
