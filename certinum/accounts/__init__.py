"""Accounts: machine API tokens and their roles (session-level functions and the service's)."""

from certinum.accounts.tokens import (
    MAX_TOKEN_LENGTH,
    ROLES,
    TOKEN_PREFIX,
    TokenInfo,
    UnknownRoleError,
    authenticate,
    create_token,
    list_tokens,
    revoke_token,
    token_role,
)

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
