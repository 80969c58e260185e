"""Verification with the service's trust list, DID document and stored status lists.

A status list of this service is read from the database as it was signed when its bits last
changed; verifying never decrypts the issuer key. Lists and did:web documents of other
trusted issuers are fetched and cached by :mod:`certinum.trust.remote`; of untrusted ones, never.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select

from certinum.issuance.statuslists import signed_list
from certinum.models import IssuedCredential
from certinum.runtime import Runtime
from certinum.trust.remote import trust_wiring
from verifier.presentation import PresentationOptions, PresentationResult, verify_presentation
from verifier.verify import VerificationResult, VerifyOptions, verify_credential


def verify_options(runtime: Runtime, *, now: datetime | None = None) -> VerifyOptions:
    """The service's loader, trust list, DID document and stored status lists, at ``now``."""
    prefix = f"{runtime.settings.base_url}/status/"

    def status_list_for(url: str) -> Mapping[str, Any] | None:
        if url.startswith(prefix):
            return signed_list(runtime, url.removeprefix(prefix))
        return None

    settings = runtime.settings
    trust = trust_wiring(runtime, {settings.did: runtime.did_document()})
    return VerifyOptions(
        loader=runtime.loader,
        resolve_key=trust.resolve_key,
        now=now or runtime.clock(),
        trusted_issuers=trust.trusted,
        status_list_for=status_list_for,
        fetch_status_list=trust.fetch_status_list,
    )


def fast_options(runtime: Runtime, *, now: datetime | None = None) -> VerifyOptions:
    """:func:`verify_options` with this service's own status lists read by one indexed query,
    parsed once per distinct list and their verification kept while nothing it depends on
    changed (:mod:`certinum.verification.locallists`): the same checks, the same results."""
    from certinum.verification.cache import did_fingerprint
    from certinum.verification.locallists import with_local_lists

    key_set = did_fingerprint(runtime.did_document())  # before the options read it again
    return with_local_lists(runtime, verify_options(runtime, now=now), key_set)


def verify(
    runtime: Runtime, credential: Mapping[str, Any], *, now: datetime | None = None
) -> VerificationResult:
    """Every named check of ``credential`` at ``now`` (default: the runtime's clock)."""
    return verify_credential(credential, fast_options(runtime, now=now))


def verify_vp(
    runtime: Runtime,
    presentation: Mapping[str, Any],
    *,
    challenge: str | None = None,
    domain: str | None = None,
) -> PresentationResult:
    """Every named check of ``presentation`` and of each credential in it.

    A presentation without a proof is accepted when no ``challenge`` or ``domain`` is asked
    for (VC API: a verifier that asks for neither does not need the holder's proof).
    """
    opts = PresentationOptions(
        credential=fast_options(runtime),
        challenge=challenge,
        domain=domain,
        unsigned_allowed=challenge is None and domain is None,
    )
    return verify_presentation(presentation, opts)


def code_exists(runtime: Runtime, code: str) -> bool:
    with runtime.sessions() as session:
        query = select(IssuedCredential.id).where(IssuedCredential.verification_code == code)
        return session.scalar(query) is not None


def credential_by_code(runtime: Runtime, code: str) -> dict[str, Any] | None:
    with runtime.sessions() as session:
        row = session.scalar(
            select(IssuedCredential).where(IssuedCredential.verification_code == code)
        )
        return None if row is None else dict(json.loads(row.document))
