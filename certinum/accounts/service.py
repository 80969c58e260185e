"""API tokens, run in transactions of the service's database."""

from __future__ import annotations

from certinum.accounts.tokens import (
    TokenInfo,
    authenticate,
    create_token,
    list_tokens,
    revoke_token,
)
from certinum.db import transaction
from certinum.runtime import Runtime


def create(runtime: Runtime, *, role: str, label: str, actor: str) -> str:
    """A new token of ``role``; returned once, only its digest is stored."""
    with transaction(runtime.sessions) as session:
        return create_token(session, role=role, label=label, now=runtime.clock(), actor=actor)


def token_info(runtime: Runtime, token: str) -> TokenInfo | None:
    """The valid token ``token`` (id, role, label), or None."""
    with runtime.sessions() as session:
        return authenticate(session, token)


def all_tokens(runtime: Runtime) -> list[TokenInfo]:
    with runtime.sessions() as session:
        return list_tokens(session)


def revoke(runtime: Runtime, token_id: int, *, actor: str, reason: str) -> bool | None:
    """Revoke a token (audited): True, False when it already was, None when unknown."""
    with transaction(runtime.sessions) as session:
        return revoke_token(session, token_id, now=runtime.clock(), actor=actor, reason=reason)
