"""The CPU work of issuance (build and sign the credential, render its PDF) on every core.

:func:`make_certificate` turns one :class:`Task` (what the certificate states, its id, code
and status entry, all decided by the job's process with the database) into a
:class:`Made`: the signed credential, the verification method and the French PDF
(:func:`issuer.certificate_pdf.render_certificate`), with the CPU time of each step. It
touches no database, so it runs in the processes of a :class:`CertificatePool`: one per core
(``os.cpu_count()``, or ``CERTINUM_ISSUANCE_PROCESSES``; ``0`` runs everything in the calling
process). Each pool process opens the issuer keyring itself from the service's settings
(the same unlock secret: passphrase, key file or development file) and decrypts the active
key once per chunk of tasks it is handed.

The pool processes are started by a fork server (never forked from a process with threads)
and end on their own when the process that started them dies, SIGKILL included.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from certinum.errors import CertinumError, IssuanceRefused
from certinum.settings import Settings
from issuer.certificate_pdf import CertificateRenderError, render_certificate
from issuer.openbadge import CertificationResult, IssuerProfile, build_certificate_credential
from keys import Keyring, KeysError, Unlock
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader, JsonLdError

PROCESSES_ENV = "CERTINUM_ISSUANCE_PROCESSES"
DEFAULT_LANG = "fr"  # the certificate's default language: its PDF is made at issuance


@dataclass(frozen=True, slots=True)
class Task:
    """One certificate to make: what it states and what the database decided for it."""

    result_id: int
    stated: dict[str, Any]  # the fields of the CertificationResult (picklable)
    issuer: IssuerProfile
    base_url: str
    credential_id: str
    valid_from: datetime
    now: datetime  # the proof's ``created`` and the credential's issuance time
    status: dict[str, Any]  # the credentialStatus entry


@dataclass(frozen=True, slots=True)
class Made:
    """A made certificate, or ``error`` (``code: message``) when it could not be made."""

    result_id: int
    document: dict[str, Any] | None
    method: str
    pdf: bytes
    sign_seconds: float
    pdf_seconds: float
    error: str = ""


@dataclass(frozen=True, slots=True)
class Signing:
    """What a process needs to sign: the issuer keyring, its unlock secret, the loader."""

    keyring: Keyring
    unlock: Unlock
    loader: DocumentLoader


def make_certificates(signing: Signing, tasks: Sequence[Task]) -> list[Made]:
    """Build, sign and render each task, the key decrypted once for all of them."""
    from certinum.issuance.prepare import prepare

    out: list[Made] = []
    try:
        with signing.keyring.signer(signing.unlock) as signer:
            for task in tasks:
                start = time.process_time()
                try:
                    doc = build_certificate_credential(
                        stated_result(task.stated), issuer=task.issuer, base_url=task.base_url,
                        credential_id=task.credential_id, valid_from=task.valid_from, status=None,
                    )  # fmt: skip
                    doc = prepare(doc, issuer_did=signing.keyring.controller_did, now=task.now)
                    doc["credentialStatus"] = task.status
                    signed = create_proof(
                        doc, sign=signer.sign, verification_method=signer.verification_method,
                        created=task.now, loader=signing.loader,
                    )  # fmt: skip
                    signed_at = time.process_time()
                    pdf = render_certificate(signed, base_url=task.base_url, lang=DEFAULT_LANG)
                except CertinumError as exc:
                    out.append(Made(task.result_id, None, "", b"", 0, 0, f"{exc.code}: {exc}"))
                    continue
                except JsonLdError as exc:
                    out.append(Made(task.result_id, None, "", b"", 0, 0, f"unsafe-json-ld: {exc}"))
                    continue
                except CertificateRenderError as exc:
                    out.append(Made(task.result_id, None, "", b"", 0, 0, f"bad-pdf: {exc}"))
                    continue
                done = time.process_time()
                out.append(
                    Made(task.result_id, signed, signer.verification_method, pdf,
                         signed_at - start, done - signed_at)
                )  # fmt: skip
    except KeysError as exc:
        return [Made(t.result_id, None, "", b"", 0, 0, f"issuer-unavailable: {exc}") for t in tasks]
    return out


def stated_fields(stated: CertificationResult) -> dict[str, Any]:
    """``stated`` as plain picklable fields (its levels as a dict)."""
    fields = {name: getattr(stated, name) for name in CertificationResult.__dataclass_fields__}
    fields["competence_levels"] = dict(stated.competence_levels)
    return fields


def stated_result(fields: dict[str, Any]) -> CertificationResult:
    return CertificationResult(**fields)


# -- inside a pool process -------------------------------------------------------------------

_SIGNING: list[Signing] = []  # the process's signing material, set once by _start


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch_parent(parent: int) -> None:
    # Our parent is the fork server; ``parent`` is the process that made the pool.
    server = os.getppid()
    while os.getppid() == server and _alive(parent):
        time.sleep(0.5)
    os._exit(0)  # the process that started the pool is gone: nobody waits for our work


def _start(settings: Settings, parent: int) -> None:
    from certinum.runtime import unlock_from

    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    keyring = Keyring(settings.keys_dir, controller_did=settings.did)
    loader = DocumentLoader(examples=settings.examples_context)
    _SIGNING.append(Signing(keyring, unlock_from(settings, create=False), loader))


def _in_pool(tasks: Sequence[Task]) -> list[Made]:
    if not _SIGNING:
        raise RuntimeError("the pool process was not started by CertificatePool")
    return make_certificates(_SIGNING[0], tasks)


def default_processes() -> int:
    """``CERTINUM_ISSUANCE_PROCESSES`` when set (0: no pool), else the number of cores."""
    raw = os.environ.get(PROCESSES_ENV, "").strip()
    if raw:
        try:
            return max(0, int(raw))
        except ValueError:
            raise IssuanceRefused(
                "bad-setting", f"{PROCESSES_ENV} must be a whole number, not {raw!r}"
            ) from None
    return os.cpu_count() or 1


class CertificatePool:
    """``processes`` processes making certificates (0: the calling process does it)."""

    def __init__(self, settings: Settings, local: Signing, processes: int | None = None) -> None:
        self.settings = settings
        self.local = local
        if processes is None:
            processes = settings.issuance_processes
        self.processes = default_processes() if processes is None else processes
        self._executor: ProcessPoolExecutor | None = None
        self._owner = os.getpid()

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None or self._owner != os.getpid():
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            self._executor = ProcessPoolExecutor(
                self.processes, mp_context=context, initializer=_start,
                initargs=(self.settings, os.getpid()),
            )  # fmt: skip
            self._owner = os.getpid()
        return self._executor

    def make(self, tasks: Sequence[Task]) -> list[Made]:
        """The certificates of ``tasks``, in order, made on every pool process."""
        return self.submit(tasks)()

    def submit(self, tasks: Sequence[Task]) -> Callable[[], list[Made]]:
        """Start making ``tasks``; the returned function waits for them (in order). Without
        processes, or for a single task, they are made here, now."""
        if self.processes == 0 or len(tasks) <= 1:
            made = make_certificates(self.local, tasks)
            return lambda: made
        size = max(1, -(-len(tasks) // (self.processes * 2)))
        chunks = [list(tasks[k : k + size]) for k in range(0, len(tasks), size)]
        executor = self._pool()
        futures = [executor.submit(_in_pool, chunk) for chunk in chunks]

        def wait() -> list[Made]:
            try:
                return [m for future in futures for m in future.result()]
            except BrokenProcessPool:  # a pool process died (killed, out of memory)
                executor.shutdown(wait=False, cancel_futures=True)
                if self._executor is executor:
                    self._executor = None  # the next batch starts a new pool
                raise

        return wait

    def close(self) -> None:
        if self._executor is not None and self._owner == os.getpid():
            self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = None
