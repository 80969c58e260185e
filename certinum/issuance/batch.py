"""Issuing a batch of published results: the database work here, the CPU work in a pool.

:func:`issue_batch` runs three steps for a list of result ids of one session:

1. Plan, in the job's process with the database: the results that have a credential already
   are returned as they are; for each other one a verification code (CSPRNG,
   :func:`issuer.codes.generate_code`, drawn again while taken) and a random free revocation
   entry of a status list with room (a new list is opened when none has room). Nothing is
   written: the entries are only chosen.
2. Make, in the :class:`certinum.issuance.pool.CertificatePool`: build, sign, render the PDF.
3. Store, in ONE transaction for the batch: every credential, its French PDF
   (``certificate_documents``) and its audit event, then the claim of the status entries
   (``allocated = allocated + k`` where ``allocated + k <= size``: atomic; the list's row
   lock, taken last, is held only until the commit).
   A crash before the commit leaves nothing; after it, everything.

The database keeps the rules: one credential per result (``result_id`` unique), codes unique,
one credential per status entry (``(status_list_id, status_index)`` unique). When the batch's
transaction fails on one of them (a concurrent worker took the same code or entry, or issued
the same result) or a list filled up meanwhile, each certificate is stored again in a
transaction of its own: the result already issued returns that credential, and a certificate
whose code or entry was taken is left for the next batch (``retry``) to be planned and signed
again.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from certinum.certification.review_tables import PublishedResult
from certinum.certification.tables import Centre, CertificationSession, Enrolment
from certinum.db import transaction
from certinum.errors import CertinumError, IssuanceRefused, UnknownCertificationRecord
from certinum.issuance.pool import (
    DEFAULT_LANG,
    CertificatePool,
    Made,
    Signing,
    Task,
    stated_fields,
)
from certinum.issuance.results import ISSUER_NAME, IssuedResult, statement
from certinum.issuance.statuslists import open_list
from certinum.issuance.statusrequests import StatusRequest
from certinum.models import AuditEvent, CertificateDocument, IssuedCredential, StatusList
from certinum.runtime import Runtime
from issuer.codes import generate_code
from issuer.openbadge import IssuerProfile
from issuer.status_list import StatusEntry

PURPOSE = "revocation"
_DRAWS = 8  # rounds of drawing codes or indexes again while some are taken
_REVOCATION = StatusRequest(PURPOSE)


@dataclass
class Timings:
    """Where issuance time went: CPU seconds signing and rendering (summed over the pool's
    processes), wall-clock seconds of database work in the job's process."""

    sign: float = 0.0
    pdf: float = 0.0
    database: float = 0.0
    certificates: int = 0

    def add(self, other: Timings) -> None:
        self.sign += other.sign
        self.pdf += other.pdf
        self.database += other.database
        self.certificates += other.certificates


@dataclass
class BatchOutcome:
    issued: list[IssuedResult] = field(default_factory=list)  # made now
    existing: list[IssuedResult] = field(default_factory=list)  # issued before
    failed: dict[int, CertinumError] = field(default_factory=dict)  # will not be issued
    retry: list[int] = field(default_factory=list)  # collided: plan again
    timings: Timings = field(default_factory=Timings)


@dataclass(frozen=True, slots=True)
class _Slot:
    code: str
    list_id: str
    index: int
    subject_name: str


def _existing(db: Session, session_id: int, result_ids: list[int]) -> list[IssuedResult]:
    rows = db.scalars(
        select(IssuedCredential)
        .join(PublishedResult, PublishedResult.id == IssuedCredential.result_id)
        .where(PublishedResult.id.in_(result_ids), PublishedResult.session_id == session_id)
    )
    return [
        IssuedResult(
            r.result_id or 0, r.id, r.verification_code or "", json.loads(r.document), False
        )
        for r in rows
    ]


def _codes(db: Session, n: int) -> list[str]:
    codes: set[str] = set()
    for _ in range(_DRAWS):
        while len(codes) < n:
            codes.add(generate_code())
        taken = set(
            db.scalars(
                select(IssuedCredential.verification_code).where(
                    IssuedCredential.verification_code.in_(codes)
                )
            )
        )
        codes -= taken
        if len(codes) == n:
            return list(codes)
    raise IssuanceRefused("code-exhausted", f"{_DRAWS} rounds of drawn codes were taken")


def _taken(db: Session, list_id: str, indexes: set[int] | None) -> set[int]:
    query = select(IssuedCredential.status_index).where(
        IssuedCredential.status_list_id == list_id, IssuedCredential.status_index.is_not(None)
    )
    if indexes is not None:
        query = query.where(IssuedCredential.status_index.in_(indexes))
    return {int(i) for i in db.scalars(query) if i is not None}


def _indexes(db: Session, list_id: str, size: int, k: int) -> list[int]:
    """``k`` random free entries of a list of ``size`` (§2.1: assigned at random)."""
    chosen: set[int] = set()
    for _ in range(_DRAWS):
        while len(chosen) < k:
            chosen.add(secrets.randbelow(size))
        chosen -= _taken(db, list_id, chosen)
        if len(chosen) == k:
            return list(chosen)
    free = sorted(set(range(size)) - _taken(db, list_id, None))  # a nearly full list
    return secrets.SystemRandom().sample(free, k)


def _entries(runtime: Runtime, n: int) -> list[tuple[str, int]]:
    """``n`` free (list id, index) revocation entries, chosen and not claimed."""
    while True:
        with runtime.sessions() as db:
            lists = db.execute(
                select(StatusList.id, StatusList.size, StatusList.allocated)
                .where(StatusList.purpose == PURPOSE, StatusList.instance == "",
                       StatusList.status_size == 1, StatusList.allocated < StatusList.size)
                .order_by(StatusList.created_at, StatusList.id)
            ).all()  # fmt: skip
            if sum(size - allocated for _, size, allocated in lists) >= n:
                out: list[tuple[str, int]] = []
                for list_id, size, allocated in lists:
                    k = min(size - allocated, n - len(out))
                    out += [(list_id, i) for i in _indexes(db, list_id, size, k)]
                    if len(out) == n:
                        return out
        with transaction(runtime.sessions) as db:
            open_list(runtime, db, PURPOSE, "", 1)


def plan(
    runtime: Runtime, session_id: int, result_ids: list[int], outcome: BatchOutcome
) -> tuple[list[Task], dict[int, _Slot]]:
    """The tasks of the results still without a credential, and their codes and entries."""
    with runtime.sessions() as db:
        outcome.existing += _existing(db, session_id, result_ids)
        done = {e.result_id for e in outcome.existing}
        todo = [r for r in result_ids if r not in done]
        found = {
            row[0].id: row
            for row in db.execute(
                select(PublishedResult, Enrolment, CertificationSession, Centre)
                .join(Enrolment, Enrolment.id == PublishedResult.enrolment_id)
                .join(CertificationSession, CertificationSession.id == PublishedResult.session_id)
                .join(Centre, Centre.id == CertificationSession.centre_id)
                .where(PublishedResult.id.in_(todo), PublishedResult.session_id == session_id)
            )
        }
        codes = _codes(db, len(todo))
    stated = {}
    for result_id, code in zip(todo, codes, strict=True):
        if result_id not in found:
            outcome.failed[result_id] = UnknownCertificationRecord(
                "unknown-result", f"no result {result_id} in session {session_id}"
            )
            continue
        try:
            stated[result_id] = statement(*found[result_id], code=code)
        except IssuanceRefused as exc:
            outcome.failed[result_id] = exc
    entries = _entries(runtime, len(stated)) if stated else []
    base, now = runtime.settings.base_url, runtime.clock()
    issuer = IssuerProfile(runtime.settings.did, ISSUER_NAME, base)
    tasks, slots = [], {}
    for (result_id, what), (list_id, index) in zip(stated.items(), entries, strict=True):
        entry = StatusEntry(runtime.status_list_url(list_id), index, PURPOSE)
        tasks.append(
            Task(result_id, stated_fields(what), issuer, base, f"urn:uuid:{uuid.uuid4()}", now,
                 now.replace(microsecond=0), _REVOCATION.entry_json(entry))
        )  # fmt: skip
        slots[result_id] = _Slot(what.verification_code, list_id, index, what.display_name)
    return tasks, slots


class _ListFull(Exception):
    """A list chosen by the plan filled up before the store."""


def _store(
    db: Session, session_id: int, made: list[Made], slots: dict[int, _Slot], now: datetime
) -> None:
    # Bulk INSERTs (executemany), not the unit of work: a batch is three statements.
    credentials, documents, events = [], [], []
    for m in made:
        slot, doc = slots[m.result_id], m.document or {}
        credential_id = str(doc["id"])
        credentials.append(
            {"id": credential_id, "verification_code": slot.code,
             "subject_name": slot.subject_name, "status_list_id": slot.list_id,
             "status_index": slot.index, "verification_method": m.method, "issued_at": now,
             "document": json.dumps(doc, ensure_ascii=False), "result_id": m.result_id}
        )  # fmt: skip
        documents.append(
            {"credential_id": credential_id, "lang": DEFAULT_LANG, "pdf": m.pdf, "created_at": now}
        )
        events.append(
            {"at": now, "actor": "issuance", "action": "credential.issue",
             "target": credential_id, "reason": "",
             "details": {"result": m.result_id, "session": session_id, "code": slot.code}}
        )  # fmt: skip
    db.execute(insert(IssuedCredential), credentials)  # before their documents (foreign key)
    db.execute(insert(CertificateDocument), documents)
    db.execute(insert(AuditEvent), events)
    # The entries' claim comes last, in list order: the list's row lock (which serialises
    # concurrent workers) is then held only until the commit, not through the inserts.
    counts = Counter(slots[m.result_id].list_id for m in made)
    for list_id, k in sorted(counts.items()):
        claimed = db.execute(
            update(StatusList)
            .where(StatusList.id == list_id, StatusList.allocated + k <= StatusList.size)
            .values(allocated=StatusList.allocated + k)
            .execution_options(synchronize_session=False)
        )
        if getattr(claimed, "rowcount", 0) != 1:
            raise _ListFull(list_id)


def _issued(m: Made, slots: dict[int, _Slot]) -> IssuedResult:
    doc = m.document or {}
    return IssuedResult(m.result_id, str(doc["id"]), slots[m.result_id].code, doc, True)


def store(
    runtime: Runtime, session_id: int, made: list[Made], slots: dict[int, _Slot],
    outcome: BatchOutcome,
) -> None:  # fmt: skip
    """Store the made certificates: the whole batch in one transaction, else one by one."""
    now = runtime.clock().replace(microsecond=0)
    try:
        with transaction(runtime.sessions) as db:
            _store(db, session_id, made, slots, now)
        outcome.issued += [_issued(m, slots) for m in made]
        return
    except (IntegrityError, _ListFull):
        pass  # a concurrent issuance took a code, an entry or a result: one at a time
    for m in made:
        try:
            with transaction(runtime.sessions) as db:
                _store(db, session_id, [m], slots, now)
            outcome.issued.append(_issued(m, slots))
        except (IntegrityError, _ListFull):
            with runtime.sessions() as db:
                raced = _existing(db, session_id, [m.result_id])
            if raced:
                outcome.existing += raced
            else:
                outcome.retry.append(m.result_id)


@dataclass
class Pending:
    """A batch planned and handed to the pool, not yet stored (:func:`settle`)."""

    session_id: int
    result_ids: list[int]
    outcome: BatchOutcome
    slots: dict[int, _Slot]
    wait: Callable[[], list[Made]]


def start(
    runtime: Runtime, pool: CertificatePool, session_id: int, result_ids: list[int]
) -> Pending:
    """Plan ``result_ids`` and hand their tasks to the pool (which works while the caller
    does something else: store the previous batch, plan the next)."""
    outcome = BatchOutcome()
    started = time.perf_counter()
    tasks, slots = plan(runtime, session_id, result_ids, outcome)
    outcome.timings.database += time.perf_counter() - started
    return Pending(session_id, result_ids, outcome, slots, pool.submit(tasks))


def settle(runtime: Runtime, pending: Pending) -> BatchOutcome:
    """Wait for the pool's certificates of ``pending`` and store them (module doc)."""
    outcome = pending.outcome
    made = pending.wait()
    started = time.perf_counter()
    good = [m for m in made if m.document is not None]
    for m in made:
        if m.document is None:
            code, _, message = m.error.partition(": ")
            outcome.failed[m.result_id] = IssuanceRefused(code, message)
    if good:
        store(runtime, pending.session_id, good, pending.slots, outcome)
    t = outcome.timings
    t.sign += sum(m.sign_seconds for m in made)
    t.pdf += sum(m.pdf_seconds for m in made)
    t.database += time.perf_counter() - started
    t.certificates += len(outcome.issued)
    return outcome


def issue_batch(
    runtime: Runtime, pool: CertificatePool, session_id: int, result_ids: list[int]
) -> BatchOutcome:
    """Issue the certificates of ``result_ids`` (module doc): what was made, what existed,
    what failed and why, what collided and must be planned again."""
    return settle(runtime, start(runtime, pool, session_id, result_ids))


_POOL_LOCK = threading.Lock()
_POOLS: dict[str, CertificatePool] = {}


def _signing(runtime: Runtime) -> Signing:
    return Signing(runtime.keyring, runtime.unlock, runtime.loader)


def local_pool(runtime: Runtime) -> CertificatePool:
    """A pool of no process: the certificates are made in the calling process."""
    return CertificatePool(runtime.settings, _signing(runtime), processes=0)


def shared_pool(runtime: Runtime) -> CertificatePool:
    """This process's pool for ``runtime``'s settings (one per core), made on first use; a
    pool made for other settings (another database or keyring) is closed."""
    with _POOL_LOCK:
        key = repr(runtime.settings)
        if key not in _POOLS:
            for old in _POOLS.values():
                old.close()
            _POOLS.clear()
            _POOLS[key] = CertificatePool(runtime.settings, _signing(runtime))
        return _POOLS[key]


def close_pools() -> None:
    """Close this process's pool (its processes end)."""
    with _POOL_LOCK:
        for pool in _POOLS.values():
            pool.close()
        _POOLS.clear()
