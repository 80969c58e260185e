"""Code pages kept once rendered (``verification_pages``), so a look-up needs no rendering.

The page ``GET /verify/{code}`` shows is a function of the credential (stored, never
changed), its kept verification result (:mod:`certinum.verification.cache`), whether its
downloads are offered, the page language, and the code that renders it (templates,
catalogue, the modules that build its context). A page is kept with a key over all of these
but the credential (:func:`page_key`); the look-up's query reads the kept page beside the
kept result, and the page stands only while that result stands (same fingerprint, still
fresh) and its key is the one the result, the downloads and the language give now. A
change of status, key or trust list changes the result's fingerprint; a change of the
rendering code changes :func:`render_version`. Pages are kept for the bare path
``/verify/{code}`` only (with at most ``?lang=``): other query parameters reach the
page's language links and are rendered for their request. The HTML is kept as UTF-8 bytes
(about 7 KB a page, against the 15 KB of the credential and the 46 KB of its PDF), not
compressed: sending it must cost no more than reading it.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from sqlalchemy.exc import OperationalError

from certinum.db import transaction, upsert
from certinum.runtime import Runtime
from certinum.verification.tables import VerificationPage

_ROOT = Path(__file__).resolve().parent.parent.parent
#: What renders the page: its templates, catalogue and context builders, with the data they
#: print (competence titles, score bands). Any change to these files renders pages anew.
_RENDERING = (
    "certinum/web",
    "certinum/verification",
    "assessment/framework.py",
    "assessment/scoring.py",
    "issuer/openbadge.py",
)


@functools.cache
def render_version() -> str:
    """SHA-256 over the files that render a code page (paths and bytes), once per process."""
    h = hashlib.sha256()
    for name in _RENDERING:
        path = _ROOT / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts:
                continue
            h.update(str(file.relative_to(_ROOT)).encode() + b"\x00")
            h.update(hashlib.sha256(file.read_bytes()).digest())
    return h.hexdigest()


def page_key(result_text: str, downloads: bool, lang: str) -> str:
    """The key of a page rendered from the kept result ``result_text`` (its stored form) in
    ``lang``, with or without its downloads, by this version of the rendering code."""
    h = hashlib.sha256(render_version().encode())
    h.update(b"\x00d" if downloads else b"\x00-")
    h.update(lang.encode() + b"\x00")
    h.update(result_text.encode())
    return h.hexdigest()


def keep(runtime: Runtime, credential_id: str, lang: str, key: str, html: str) -> None:
    """Insert or replace the page of ``credential_id`` in ``lang`` (the last writer wins: two
    processes that rendered at once rendered from results both current). A busy database
    keeps nothing this time; the page is rendered again at the next look-up."""
    values = {"credential_id": credential_id, "lang": lang, "key": key, "html": html.encode()}
    try:
        with transaction(runtime.sessions) as session:
            upsert(session, VerificationPage, values, ["credential_id", "lang"])
    except OperationalError:
        pass
