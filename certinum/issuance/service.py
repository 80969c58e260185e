"""Issuing: sign a credential with the active key, with status entries the service allocates.

The caller never chooses the status: a ``credentialStatus`` in the credential is refused
(``caller-status``), and the service always adds its own revocation entry. The VC API
``options.credentialStatus`` may ask for a suspension and a message entry in addition
(:mod:`certinum.issuance.statusrequests`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from certinum.audit import record
from certinum.db import transaction
from certinum.errors import IssuanceRefused, IssuerUnavailable
from certinum.issuance.prepare import prepare
from certinum.issuance.statuslists import allocate
from certinum.issuance.statusrequests import StatusRequest, requested_statuses
from certinum.models import IssuedCredential
from certinum.runtime import Runtime
from issuer.status_list import StatusEntry
from keys import KeysError
from vc.dataintegrity import create_proof
from vc.jsonld import JsonLdError
from verifier.verify import OB_TYPES

_ATTEMPTS = 5  # concurrent issuances may draw the same free index, or open the same list


def issue(
    runtime: Runtime,
    credential: Mapping[str, Any],
    *,
    options: Mapping[str, Any] | None = None,
    actor: str,
    verification_code: str | None = None,
    subject_name: str = "",
    audit_details: Mapping[str, Any] | None = None,
    status_of: str | None = None,
    instance: str = "",
    result_id: int | None = None,
) -> dict[str, Any]:
    """Sign ``credential`` with the active key and the status entries the service allocates.

    ``instance`` names a did:key issuer instance (:mod:`certinum.issuerkeys.instances`) that
    signs instead of the service's did:web, with status lists of its own. The credential
    must pass :func:`certinum.issuance.prepare.prepare` (data model, status entries, the
    issuer is the signing one or absent). Terms the contexts do not define
    are refused (safe mode), so what is signed is what the JSON says. A database conflict is
    retried only when it is a status allocation that collided with a concurrent issuance; a
    duplicate id or verification code is refused (``duplicate-id``, ``duplicate-code``).

    ``status_of`` names an issued credential whose wallet-bound copy this is: the copy carries
    that credential's status entries (revoked and suspended with it) and gets none of its own.

    ``result_id`` links the credential to the published certification result it states (one
    credential per result, a database constraint): a second one is refused
    (``duplicate-result``).
    """
    requests = requested_statuses(options or {})
    keyring = runtime.keyring_for(instance)
    now = runtime.clock().replace(microsecond=0)
    doc = prepare(credential, issuer_did=keyring.controller_did, now=now)
    types = doc.get("type")
    if len(requests) > 1 and isinstance(types, list) and set(types) & set(OB_TYPES):
        raise IssuanceRefused(
            "ob-single-status",
            "an Open Badges 3.0 credential has a single credentialStatus (the OB 3.0 schema):"
            " it cannot carry a suspension or message entry beside its revocation entry",
        )
    for _ in range(_ATTEMPTS):
        try:
            return _issue_once(
                runtime,
                doc,
                requests,
                status_of,
                instance,
                actor,
                verification_code,
                subject_name,
                now,
                audit_details,
                result_id,
            )
        except IntegrityError:
            _refuse_duplicates(runtime, str(doc["id"]), verification_code, result_id)
    raise IssuerUnavailable("status entry allocation kept colliding with other issuances")


def _refuse_duplicates(
    runtime: Runtime, credential_id: str, code: str | None, result_id: int | None = None
) -> None:
    with runtime.sessions() as session:
        _refuse_issued_result(session, result_id)
        if session.get(IssuedCredential, credential_id) is not None:
            raise IssuanceRefused(
                "duplicate-id", f"a credential with the id {credential_id!r} was already issued"
            )
        if code is not None and code_taken(session, code):
            raise IssuanceRefused("duplicate-code", f"the verification code {code} is taken")


def _refuse_issued_result(session: Session, result_id: int | None) -> None:
    if result_id is None:
        return
    query = select(IssuedCredential.id).where(IssuedCredential.result_id == result_id)
    if session.scalar(query) is not None:
        raise IssuanceRefused(
            "duplicate-result", f"the result {result_id} already has its credential"
        )


def code_taken(session: Session, code: str) -> bool:
    query = select(IssuedCredential.id).where(IssuedCredential.verification_code == code)
    return session.scalar(query) is not None


def _issue_once(
    runtime: Runtime,
    doc: dict[str, Any],
    requests: tuple[StatusRequest, ...],
    status_of: str | None,
    instance: str,
    actor: str,
    verification_code: str | None,
    subject_name: str,
    now: datetime,
    audit_details: Mapping[str, Any] | None,
    result_id: int | None = None,
) -> dict[str, Any]:
    with transaction(runtime.sessions) as session:
        _refuse_issued_result(session, result_id)
        if session.get(IssuedCredential, str(doc["id"])) is not None:
            raise IssuanceRefused(
                "duplicate-id", f"a credential with the id {doc['id']!r} was already issued"
            )
        if verification_code is not None and code_taken(session, verification_code):
            raise IssuanceRefused(
                "duplicate-code", f"the verification code {verification_code} is taken"
            )
        entries: dict[str, tuple[str, StatusEntry]] = {}
        if status_of is not None:
            original = session.get(IssuedCredential, status_of)
            if original is None:
                raise IssuanceRefused("unknown-original", f"no issued credential {status_of!r}")
            doc = {**doc, "credentialStatus": json.loads(original.document)["credentialStatus"]}
        else:
            entries = {
                r.purpose: allocate(runtime, session, r.purpose, instance, r.status_size)
                for r in requests
            }
            status_json = [r.entry_json(entries[r.purpose][1]) for r in requests]
            doc = {
                **doc,
                "credentialStatus": status_json[0] if len(status_json) == 1 else status_json,
            }
        try:
            with runtime.keyring_for(instance).signer(runtime.unlock) as signer:
                signed = create_proof(
                    doc,
                    sign=signer.sign,
                    verification_method=signer.verification_method,
                    created=now,
                    loader=runtime.loader,
                )
                method = signer.verification_method
        except JsonLdError as exc:
            raise IssuanceRefused("unsafe-json-ld", str(exc)) from None
        except KeysError as exc:
            raise IssuerUnavailable(f"cannot unlock the issuer key: {exc}") from None
        revocation = entries.get("revocation")
        suspension = entries.get("suspension")
        message = entries.get("message")
        session.add(
            IssuedCredential(
                id=str(doc["id"]),
                verification_code=verification_code,
                subject_name=subject_name,
                status_list_id=revocation[0] if revocation else None,
                status_index=revocation[1].index if revocation else None,
                suspension_list_id=suspension[0] if suspension else None,
                suspension_index=suspension[1].index if suspension else None,
                message_list_id=message[0] if message else None,
                message_index=message[1].index if message else None,
                verification_method=method,
                issued_at=now,
                document=json.dumps(signed, ensure_ascii=False),
                result_id=result_id,
            )
        )
        details: dict[str, Any] = dict(audit_details or {})
        if verification_code:
            details["code"] = verification_code
        if status_of is not None:
            details["statusOf"] = status_of
        if instance:
            details["issuerInstance"] = instance
        record(
            session,
            now=now,
            actor=actor,
            action="credential.issue",
            target=str(doc["id"]),
            details=details,
        )
    return signed
