"""This service's signed status lists as verification reads them: one indexed read per list,
each distinct list document parsed once, its verification kept while nothing it depends on
changed.

Every credential of a list names the same status list credential; verifying it (a JSON-LD
canonicalization and a signature) cost as much as verifying the credential itself. Here a
list document is parsed once per distinct signed text, and its verification result is kept
beside it under the DID document's digest and the trust list it was computed with, until
the first validity date of the list that could change it (:func:`cache.fresh_until`). What is
kept is keyed by the very text read from the database for this request, so a changed bit, a
re-signed list or a rotated key is a different key: nothing is ever answered from a stale
list. The memo is a bounded map of this process (a pure function's results, not state to
share: another process computes the same values from the same texts).

The parsed documents are shared between requests: the verifier only reads them.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from threading import Lock
from typing import Any

from sqlalchemy import bindparam, select

from certinum.issuance.statuslists import MAX_LIST_ID_LENGTH
from certinum.models import StatusList
from certinum.runtime import Runtime
from certinum.verification import cache
from verifier.verify import VerificationResult, VerifyOptions, verify_credential

MAX_KEPT = 64  # distinct list documents kept (each a few KiB)
_READ = select(StatusList.signed_document).where(StatusList.id == bindparam("id"))


@dataclass
class _Held:
    document: dict[str, Any]
    results: dict[tuple[str, frozenset[str]], tuple[VerificationResult, datetime, datetime]] = (
        field(default_factory=dict)
    )


class ListMemo:
    """Parsed list documents by their signed text, each with its kept verifications."""

    def __init__(self, size: int = MAX_KEPT) -> None:
        self._size = size
        self._lock = Lock()
        self._by_text: OrderedDict[str, _Held] = OrderedDict()
        self._by_id: dict[int, _Held] = {}

    def document(self, text: str) -> dict[str, Any]:
        """The parsed document of ``text`` (the same object for the same text)."""
        with self._lock:
            held = self._by_text.get(text)
            if held is not None:
                self._by_text.move_to_end(text)
                return held.document
        held = _Held(dict(json.loads(text)))
        with self._lock:
            self._by_text[text] = held
            self._by_id[id(held.document)] = held
            while len(self._by_text) > self._size:
                _, old = self._by_text.popitem(last=False)
                self._by_id.pop(id(old.document), None)
        return held.document

    def verifier(
        self, key_set: str, trusted: frozenset[str]
    ) -> Callable[[Mapping[str, Any], VerifyOptions], VerificationResult]:
        """A ``VerifyOptions.verify_status_list`` that keeps the results of documents
        handed out by :meth:`document`, under ``key_set`` (the DID document's digest) and
        ``trusted``; any other document is verified every time."""

        def verify_list(source: Mapping[str, Any], opts: VerifyOptions) -> VerificationResult:
            with self._lock:
                held = self._by_id.get(id(source))
            if held is None or held.document is not source:
                return verify_credential(source, opts, check_status_list=False)
            now, key = opts.now, (key_set, trusted)
            kept = held.results.get(key)
            if kept is not None and kept[1] <= now < kept[2]:
                return kept[0]
            result = verify_credential(source, opts, check_status_list=False)
            held.results[key] = (result, now, cache.fresh_until(now, [source], opts.clock_skew))
            return result

        return verify_list


LISTS = ListMemo()


def read_text(runtime: Runtime, list_id: str) -> str | None:
    """The stored signed list credential of ``list_id`` as text, or None."""
    if len(list_id) > MAX_LIST_ID_LENGTH:
        return None
    with runtime.engine.connect() as conn:
        text: str | None = conn.execute(_READ, {"id": list_id}).scalar()
    return text


def with_local_lists(
    runtime: Runtime,
    opts: VerifyOptions,
    key_set: str,
    texts: Mapping[str, str | None] | None = None,
    read: list[Mapping[str, Any]] | None = None,
    elsewhere: list[str] | None = None,
) -> VerifyOptions:
    """``opts`` reading this service's lists through :data:`LISTS`: from ``texts`` (signed
    documents by list id, read by the caller) when given, else from the database; lists of
    other issuers still go to ``opts.status_list_for``. Each local list document handed out
    is appended to ``read``, and each list URL not found in ``texts`` to ``elsewhere``."""
    prefix = f"{runtime.settings.base_url}/status/"
    fallback = opts.status_list_for

    def status_list_for(url: str) -> Mapping[str, Any] | None:
        list_id = url.removeprefix(prefix) if url.startswith(prefix) else None
        if elsewhere is not None and (texts is None or list_id not in texts):
            elsewhere.append(url)
        if list_id is None:
            return fallback(url) if fallback is not None else None
        if texts is not None and list_id in texts:
            text = texts[list_id]
        else:
            text = read_text(runtime, list_id)
        found = None if text is None else LISTS.document(text)
        if read is not None and found is not None:
            read.append(found)
        return found

    return replace(
        opts,
        status_list_for=status_list_for,
        verify_status_list=LISTS.verifier(key_set, opts.trusted_issuers),
    )
