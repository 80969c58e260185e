"""The code look-up's one query, run on the database driver's own connection.

Every ``GET /verify/{code}`` runs it, so it is compiled once per database dialect and
executed on the pool's DBAPI connection, without SQLAlchemy's per-execution result machinery
(about half the time of the look-up on SQLite). It reads, for a code: the credential's id,
whether it is revoked, the result it states with that result's outcome and session status,
its three status lists (id and signed document), its kept verification result
(:mod:`certinum.verification.cache`) and its kept page in one language
(:mod:`certinum.verification.keptpages`), and the trust list. It always answers one row, so
that an unknown code reads the trust list too. The credential document itself is read only
when asked for (it is the largest column, and a kept page does not need it).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Dialect, Engine, bindparam, func, literal_column, null, select

from certinum.certification.review_tables import PublishedResult
from certinum.certification.tables import CertificationSession
from certinum.models import IssuedCredential, StatusList
from certinum.trust.tables import TrustedIssuer
from certinum.verification.tables import VerificationCacheEntry, VerificationPage

#: Separates the trusted issuers' DIDs in the query's one string (a DID holds no comma).
SEPARATOR = ","


@dataclass(frozen=True, slots=True)
class StoredCode:
    """What the query read of a code; ``id`` is None for a code no credential has."""

    id: str | None
    document: str | None
    revoked_at: datetime | None
    outcome: str | None
    session_status: str | None
    lists: dict[str, str | None]
    fingerprint: str | None
    computed_at: datetime | None
    fresh_until: datetime | None
    result: str | None
    page_key: str | None
    page_html: bytes | None
    trusted: frozenset[str]

    def kept_entry(self) -> dict[str, Any] | None:
        """The kept verification result's fields :func:`cache.usable` reads, if one is kept."""
        if self.fingerprint is None:
            return None
        return {
            "fingerprint": self.fingerprint,
            "computed_at": self.computed_at,
            "fresh_until": self.fresh_until,
        }


def _statement(dialect: str, *, document: bool) -> Any:
    ic = IssuedCredential.__table__
    kept, shown = VerificationCacheEntry.__table__, VerificationPage.__table__
    pr, cs = PublishedResult.__table__, CertificationSession.__table__
    lists = [StatusList.__table__.alias(f"list_{k}") for k in range(3)]
    list_columns = (ic.c.status_list_id, ic.c.suspension_list_id, ic.c.message_list_id)
    one = select(literal_column("1").label("one")).subquery("one")
    joined = one.outerjoin(ic, ic.c.verification_code == bindparam("code"))
    for alias, column in zip(lists, list_columns, strict=True):
        joined = joined.outerjoin(alias, alias.c.id == column)
    joined = (
        joined.outerjoin(pr, pr.c.id == ic.c.result_id)
        .outerjoin(cs, cs.c.id == pr.c.session_id)
        .outerjoin(kept, kept.c.credential_id == ic.c.id)
        .outerjoin(shown, (shown.c.credential_id == ic.c.id) & (shown.c.lang == bindparam("lang")))
    )
    aggregate = func.string_agg if dialect == "postgresql" else func.group_concat
    trusted = select(aggregate(TrustedIssuer.issuer, literal_column(f"'{SEPARATOR}'")))
    return select(
        ic.c.id,
        ic.c.document if document else null(),
        ic.c.revoked_at,
        pr.c.outcome,
        cs.c.status,
        *(c for alias in lists for c in (alias.c.id, alias.c.signed_document)),
        kept.c.fingerprint,
        kept.c.computed_at,
        kept.c.fresh_until,
        kept.c.result,
        shown.c.key,
        shown.c.html,
        trusted.scalar_subquery(),
    ).select_from(joined)


@functools.cache
def _compiled(dialect: Dialect, document: bool) -> tuple[str, tuple[str, ...] | None]:
    """The SQL text for ``dialect`` and, for a positional parameter style, the order of the
    parameters (None: named parameters)."""
    compiled = _statement(dialect.name, document=document).compile(dialect=dialect)
    order = tuple(compiled.positiontup or ()) if compiled.positional else None
    return compiled.string, order


def _moment(value: Any) -> datetime | None:
    """A stored time as a datetime (SQLite's driver hands SQLAlchemy's text form)."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def read_code(engine: Engine, code: str, lang: str = "", *, document: bool) -> StoredCode:
    """Run the look-up of ``code`` (with its kept page in ``lang``; none for ``""``)."""
    sql, order = _compiled(engine.dialect, document)
    values = {"code": code, "lang": lang}
    params: Any = values if order is None else tuple(values[name] for name in order)
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        try:
            cursor.execute(sql, params)
            row = cursor.fetchone()
        finally:
            cursor.close()
    finally:
        connection.close()  # back to the pool, which ends the read transaction
    if row is None:  # the query answers one row whatever the code
        raise RuntimeError("the code look-up answered no row")
    (id_, doc, revoked_at, outcome, status, *rest) = row
    lists: dict[str, str | None] = {}
    for k in range(3):
        if rest[2 * k] is not None:
            lists[rest[2 * k]] = rest[2 * k + 1]
    fingerprint, computed_at, fresh_until, result, key, html, trusted = rest[6:]
    return StoredCode(
        id=id_,
        document=doc,
        revoked_at=_moment(revoked_at),
        outcome=outcome,
        session_status=status,
        lists=lists,
        fingerprint=fingerprint,
        computed_at=_moment(computed_at),
        fresh_until=_moment(fresh_until),
        result=result,
        page_key=key,
        page_html=None if html is None else bytes(html),
        trusted=frozenset(trusted.split(SEPARATOR)) if trusted else frozenset(),
    )
