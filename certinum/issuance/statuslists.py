"""Status lists in the database: allocating entries, changing bits, the stored signed lists.

W3C Bitstring Status List v1.0. Each list has one purpose (``revocation``, ``suspension``
or ``message``), one issuer (the service or a did:key instance) and one entry size.
Allocation is atomic in SQL: an entry is claimed with
``UPDATE status_lists SET allocated = allocated + 1 WHERE id = ? AND allocated < size``, which
also takes the list's row lock (PostgreSQL) or the write lock (SQLite) until the transaction
ends, so concurrent issuances never lose a count; a full list makes the next claim open a new
one. Every change of a bit, and every new list, re-signs the list credential in the same
transaction and stores it (``signed_document``): serving a list and checking one of our own
credentials read the database and never decrypt the issuer key.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import InstrumentedAttribute, Session

from certinum.db import transaction
from certinum.errors import IssuanceRefused, IssuerUnavailable, StatusChangeRefused
from certinum.models import IssuedCredential, StatusList
from certinum.runtime import Runtime, utc
from issuer.status_list import (
    MIN_ENTRIES,
    StatusEntry,
    StatusListFullError,
    allocate_index,
    build_status_list_credential,
    encode_list,
    get_bit,
    new_bitstring,
    set_bit,
)
from keys import KeysError
from vc.bitstring import read_status
from vc.dataintegrity import create_proof
from vc.jsonld import JsonLdError

MAX_LIST_ID_LENGTH = 64
# Each failed claim means a concurrent issuance claimed an entry or opened a list, so the
# loop ends once the others have made their progress; the bound only guards against a bug.
_CLAIM_ATTEMPTS = 1000


def _index_column(purpose: str) -> tuple[InstrumentedAttribute[Any], InstrumentedAttribute[Any]]:
    if purpose == "suspension":
        return IssuedCredential.suspension_list_id, IssuedCredential.suspension_index
    if purpose == "message":
        return IssuedCredential.message_list_id, IssuedCredential.message_index
    return IssuedCredential.status_list_id, IssuedCredential.status_index


class _UsedIndexes(Collection[int]):
    """The taken indexes of one status list, asked of the database one index at a time.

    :func:`issuer.status_list.allocate_index` draws random indexes and asks whether each is
    taken; with 131,072 entries the first draw is almost always free, so one indexed lookup
    replaces loading every taken index of the list at each issuance.
    """

    def __init__(self, session: Session, list_id: str, purpose: str, taken: int) -> None:
        self._session = session
        self._list_id = list_id
        self._list_col, self._index_col = _index_column(purpose)
        self._taken = taken

    def __contains__(self, index: object) -> bool:
        query = select(self._index_col).where(
            self._list_col == self._list_id, self._index_col == index
        )
        return self._session.scalar(query.limit(1)) is not None

    def __len__(self) -> int:
        return self._taken

    def __iter__(self) -> Iterator[int]:
        query = select(self._index_col).where(
            self._list_col == self._list_id, self._index_col.is_not(None)
        )
        for index in self._session.scalars(query):
            if index is not None:
                yield int(index)


def sign_list(runtime: Runtime, row: StatusList) -> None:
    """Sign ``row``'s current bits with its issuer's active key and store the list credential."""
    keyring = runtime.keyring_for(row.instance)
    unsigned = build_status_list_credential(
        list_url=runtime.status_list_url(row.id),
        issuer=keyring.controller_did,
        encoded_list=encode_list(row.bits),
        valid_from=utc(row.created_at),
        purpose=row.purpose,
    )
    try:
        with keyring.signer(runtime.unlock) as signer:
            signed = create_proof(
                unsigned,
                sign=signer.sign,
                verification_method=signer.verification_method,
                created=utc(row.updated_at).replace(microsecond=0),
                loader=runtime.loader,
            )
    except KeysError as exc:
        raise IssuerUnavailable(f"cannot unlock the issuer key: {exc}") from None
    except JsonLdError as exc:  # the list credential uses VC 2.0 terms only
        raise IssuerUnavailable(f"cannot sign the status list: {exc}") from None
    row.signed_document = json.dumps(signed, ensure_ascii=False)


def open_list(
    runtime: Runtime, session: Session, purpose: str, instance: str, status_size: int
) -> None:
    """Add a new, signed list of ``purpose`` for the issuer ``instance``, with entries of
    ``status_size`` bits (§2.1 ``statusSize``: the list holds at least 131,072 entries).

    Its id is the number of lists plus one; two issuances opening a list at once insert the
    same id, and ``ON CONFLICT DO NOTHING`` leaves the first one (the caller looks again).
    """
    now = runtime.clock()
    count = session.scalar(select(func.count()).select_from(StatusList)) or 0
    row = StatusList(
        id=str(count + 1),
        purpose=purpose,
        instance=instance,
        status_size=status_size,
        size=runtime.status_list_size,
        bits=bytes(new_bitstring(MIN_ENTRIES * status_size)),
        allocated=0,
        version=1,
        created_at=now,
        updated_at=now,
    )
    sign_list(runtime, row)
    values = {c.key: getattr(row, c.key) for c in StatusList.__table__.columns}
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(StatusList).values(values).on_conflict_do_nothing())


def allocate(
    runtime: Runtime, session: Session, purpose: str, instance: str = "", status_size: int = 1
) -> tuple[str, StatusEntry]:
    """Claim a random free entry of ``purpose`` and ``status_size`` bits in a list of the
    issuer ``instance`` with room (a new list when none)."""
    for _ in range(_CLAIM_ATTEMPTS):
        list_id = session.scalar(
            select(StatusList.id)
            .where(
                StatusList.purpose == purpose,
                StatusList.instance == instance,
                StatusList.status_size == status_size,
                StatusList.allocated < StatusList.size,
            )
            .order_by(StatusList.created_at, StatusList.id)
            .limit(1)
        )
        if list_id is None:
            open_list(runtime, session, purpose, instance, status_size)
            continue
        claimed = session.execute(
            update(StatusList)
            .where(StatusList.id == list_id, StatusList.allocated < StatusList.size)
            .values(allocated=StatusList.allocated + 1)
            .execution_options(synchronize_session=False)
        )
        if getattr(claimed, "rowcount", 0) != 1:
            continue  # filled up meanwhile
        size, allocated = session.execute(
            select(StatusList.size, StatusList.allocated).where(StatusList.id == list_id)
        ).one()
        try:
            index = allocate_index(
                _UsedIndexes(session, list_id, purpose, allocated - 1), size=size
            )
        except StatusListFullError:
            continue
        return list_id, StatusEntry(runtime.status_list_url(list_id), index, purpose)
    raise IssuerUnavailable(f"no {purpose} status list entry could be claimed")


def lock_list(session: Session, list_id: str) -> StatusList:
    """The list row, locked for writing until the transaction ends (both databases)."""
    session.execute(
        update(StatusList)
        .where(StatusList.id == list_id)
        .values(version=StatusList.version)
        .execution_options(synchronize_session=False)
    )
    row = session.get(StatusList, list_id, populate_existing=True)
    if row is None:
        raise IssuanceRefused("unknown-status-list", f"no status list {list_id!r}")
    return row


def change_value(runtime: Runtime, session: Session, list_id: str, index: int, value: int) -> bool:
    """Set entry ``index`` of a list to ``value`` (its ``status_size`` bits, most significant
    first, §2.2) and re-sign the list; False when it already held that value."""
    row = lock_list(session, list_id)
    size = row.status_size
    if not 0 <= value < 2**size:
        raise StatusChangeRefused(
            "bad-status-value", f"a status of this list is between 0 and {2**size - 1}"
        )
    bits = bytearray(row.bits)
    if read_status(bytes(bits), index, size) == value:
        return False
    for k in range(size):
        set_bit(bits, index * size + k, bool((value >> (size - 1 - k)) & 1))
    row.bits = bytes(bits)
    row.updated_at = runtime.clock()
    row.version = row.version + 1
    sign_list(runtime, row)
    return True


def bit(runtime: Runtime, list_id: str, index: int) -> bool:
    with runtime.sessions() as session:
        raw = session.scalar(select(StatusList.bits).where(StatusList.id == list_id))
    return raw is not None and get_bit(raw, index)


def signed_list(runtime: Runtime, list_id: str) -> dict[str, Any] | None:
    """The stored signed list credential, or None (unknown or not yet signed)."""
    if len(list_id) > MAX_LIST_ID_LENGTH:
        return None
    with runtime.sessions() as session:
        doc = session.scalar(select(StatusList.signed_document).where(StatusList.id == list_id))
    return None if doc is None else dict(json.loads(doc))


def resign(runtime: Runtime, *, only_unsigned: bool = False, signed_by: str | None = None) -> int:
    """Re-sign stored lists with their issuer's active key: all, the unsigned ones, or those of
    one key (an instance's lists are signed by that instance's key).

    Run after a key revocation (``signed_by``: the revoked key's verification method) and at
    start-up (``only_unsigned``: lists of a database migrated from before signed storage).
    Returns how many lists were signed.
    """
    count = 0
    with transaction(runtime.sessions) as session:
        query = select(StatusList.id).order_by(StatusList.created_at, StatusList.id)
        if only_unsigned:
            query = query.where(StatusList.signed_document.is_(None))
        for list_id in session.scalars(query).all():
            row = lock_list(session, list_id)
            if signed_by is not None and row.signed_document is not None:
                proof = json.loads(row.signed_document).get("proof", {})
                if proof.get("verificationMethod") != signed_by:
                    continue
            row.updated_at = runtime.clock()
            sign_list(runtime, row)
            count += 1
    return count
