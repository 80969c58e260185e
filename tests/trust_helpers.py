"""A local HTTPS server standing for another issuer (its did.json, status lists, hostile
answers), that issuer's credentials, and fetchers that may reach it on 127.0.0.1."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from e2e.servers import certificate
from failure_setup import ISSUED, did_document_of, encoded_list, signed

from assessment.framework import COMPETENCE_CODES
from issuer.openbadge import (
    CertificationCentre,
    CertificationResult,
    IssuerProfile,
    build_certificate_credential,
)
from issuer.status_list import StatusEntry, build_status_list_credential
from verifier.fetch import Fetcher, FetchPolicy, https_transport

OTHER_SEED = bytes(range(100, 132))


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drip: bool = False


@dataclass
class IssuerServer:
    port: int
    cert: Path
    routes: dict[str, Route]
    hits: dict[str, int]

    @property
    def did(self) -> str:
        return f"did:web:localhost%3A{self.port}"

    def url(self, path: str) -> str:
        return f"https://localhost:{self.port}{path}"


class _Handler(BaseHTTPRequestHandler):
    server: Any

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        state: IssuerServer = self.server.state
        state.hits[self.path] = state.hits.get(self.path, 0) + 1
        route = state.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        time.sleep(route.delay)
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        try:
            if route.drip:
                for byte in route.body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.05)
            else:
                self.wfile.write(route.body)
        except OSError:
            pass


@contextmanager
def issuer_server(tmp: Path) -> Iterator[IssuerServer]:
    """A threaded HTTPS server on 127.0.0.1 with a self-signed certificate for localhost."""
    cert, key = certificate(tmp)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    state = IssuerServer(int(httpd.server_address[1]), cert, {}, {})
    httpd.state = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def loopback_fetcher(server: IssuerServer, **policy: Any) -> Fetcher:
    """A fetcher trusting the server's certificate that may connect to 127.0.0.1 only (the
    rules forbid loopback; these tests need a server)."""
    ctx = ssl.create_default_context(cafile=str(server.cert))
    return Fetcher(
        https_transport(ctx),
        resolve=lambda host, port: ["127.0.0.1"],
        allow_address=lambda address: str(address) == "127.0.0.1",
        policy=FetchPolicy(**{"timeout": 1.0, **policy}),
    )


def other_credential(
    did: str, list_url: str, index: int, *, seed: bytes = OTHER_SEED
) -> dict[str, Any]:
    """A certificate of the issuer ``did`` (key ``seed``) with a revocation entry."""
    result = CertificationResult(
        given_name="Léa",
        family_name="Martin",
        birth_date=date(2008, 2, 3),
        verification_code="P-TCYGXYVP",
        session_date=date(2026, 6, 10),
        centre=CertificationCentre("0331234M", "Lycée Montaigne"),
        global_score=530,
        competence_levels={code: (i + 3) % 9 for i, code in enumerate(COMPETENCE_CODES)},
    )
    unsigned = build_certificate_credential(
        result,
        issuer=IssuerProfile(did, "Autre autorité", "https://other.example/"),
        base_url="https://other.example",
        credential_id="urn:uuid:5f0c8a1e-7b2d-4e3f-9a6b-1c2d3e4f5a6b",
        valid_from=ISSUED,
        status=StatusEntry(list_url, index),
    )
    return signed(unsigned, seed=seed, did=did)


def other_list(
    did: str, list_url: str, revoked: tuple[int, ...] = (), *, seed: bytes = OTHER_SEED
) -> dict[str, Any]:
    unsigned = build_status_list_credential(
        list_url=list_url,
        issuer=did,
        encoded_list=encoded_list(revoked),
        valid_from=ISSUED,
        purpose="revocation",
    )
    return signed(unsigned, seed=seed, did=did)


def other_did_document(did: str, seed: bytes = OTHER_SEED) -> dict[str, Any]:
    return did_document_of(did, seed)
