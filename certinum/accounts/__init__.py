"""Accounts: machine API tokens and their roles, and people's accounts (tables, sessions,
CSRF guard, rate limits, roles with scope, personal data) in the modules beside this one.

The token names are re-exported lazily: :mod:`certinum.models` imports
:mod:`certinum.accounts.tables`, which runs this file, and an eager import of
:mod:`certinum.accounts.tokens` here would import the audit log (and the models) in a cycle.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "MAX_TOKEN_LENGTH",
    "ROLES",
    "TOKEN_PREFIX",
    "TokenInfo",
    "UnknownRoleError",
    "authenticate",
    "create_token",
    "list_tokens",
    "revoke_token",
    "token_role",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from certinum.accounts import tokens

        return getattr(tokens, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
