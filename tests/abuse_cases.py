"""The abusive inputs measured on ``POST /credentials/verify`` and ``certinum verify``.

Shared by ``tests/test_abuse.py`` (each must be refused fast, with flat memory) and
``bench/abuse.py`` (timings before and after).
"""

from __future__ import annotations

import functools
import json
import zlib
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from certificates import certificate
from nacl.signing import SigningKey

from keys import multikey_from_public_key, signer_from_seed
from keys.did_key import did_key_from_public_key
from keys.multibase import multibase_b58_encode
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader

SEED = bytes(range(32))
NOW = datetime(2026, 7, 1, tzinfo=UTC)
VC2 = "https://www.w3.org/ns/credentials/v2"
EXAMPLES = "https://www.w3.org/ns/credentials/examples/v2"
OB = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"


def did_key_method() -> str:
    public = bytes(SigningKey(SEED).verify_key)
    did = did_key_from_public_key(public)
    return f"{did}#{multikey_from_public_key(public)}"


def sign(doc: dict[str, Any], loader: DocumentLoader, **options: Any) -> dict[str, Any]:
    vm = did_key_method()
    with signer_from_seed(SEED, vm) as signer:
        return create_proof(
            doc,
            sign=signer.sign,
            verification_method=vm,
            created=NOW,
            loader=loader,
            extra_options=options or None,
        )


@functools.cache
def _signed_certificate_json() -> str:
    vm = did_key_method()
    doc = certificate(vm.split("#")[0], "https://certinum.example")
    return json.dumps(sign(doc, DocumentLoader()))


def signed_certificate() -> dict[str, Any]:
    """An OB 3.0 certificate signed by a did:key (verifies without any database); a copy."""
    document: dict[str, Any] = json.loads(_signed_certificate_json())
    return document


def proof_copies(count: int = 300) -> dict[str, Any]:
    """One valid credential whose one proof is repeated ``count`` times (224 KB for 300)."""
    doc = signed_certificate()
    return {**doc, "proof": [doc["proof"]] * count}


def blank_node_ring(nodes: int = 120, proofs: int = 60) -> dict[str, Any]:
    """A ring of identical blank nodes (the costly case of RDFC-1.0), with many proofs."""
    subjects = [
        {"id": f"_:b{i}", "next": {"id": f"_:b{(i + 1) % nodes}"}, "value": "same"}
        for i in range(nodes)
    ]
    doc = {
        "@context": [VC2, EXAMPLES],
        "type": ["VerifiableCredential"],
        "issuer": did_key_method().split("#")[0],
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": subjects,
    }
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": "2026-01-01T00:00:00Z",
        "verificationMethod": did_key_method(),
        "proofPurpose": "assertionMethod",
        "proofValue": multibase_b58_encode(bytes(64)),  # well-formed, wrong
    }
    return {**doc, "proof": [{**proof, "created": f"2026-01-01T00:00:{i % 60:02d}Z"}
                             for i in range(proofs)]}  # fmt: skip


def unused_inline_context(serial: int, terms: int = 100) -> dict[str, Any]:
    """A signed certificate with a distinct, unused inline context in its subject."""
    doc = signed_certificate()
    inline = {f"t{serial}_{j}": f"https://example.org/{serial}/{j}" for j in range(terms)}
    subject = {"@context": inline, **doc["credentialSubject"]}
    return {**doc, "credentialSubject": subject}


def many_context_urls(count: int = 6000) -> dict[str, Any]:
    """An allowed context URL repeated ``count`` times in ``@context`` (230 KB for 6,000)."""
    doc = signed_certificate()
    return {**doc, "@context": [*([VC2] * (count - 1)), OB]}


def deep_json(depth: int = 10_000) -> bytes:
    """A request body nested ``depth`` arrays deep."""
    return b'{"verifiableCredential": ' + b"[" * depth + b"]" * depth + b"}"


def deep_scoped_context(depth: int = 450) -> dict[str, Any]:
    """A credential whose subject carries scoped contexts nested ``depth`` deep."""
    ctx: dict[str, Any] = {"leaf": "https://example.org/leaf"}
    for i in range(depth):
        ctx = {f"t{i}": {"@id": f"https://example.org/t{i}", "@context": ctx}}
    doc = signed_certificate()
    return {**doc, "credentialSubject": {"@context": ctx, **doc["credentialSubject"]}}


def body(credential: Any) -> bytes:
    return json.dumps({"verifiableCredential": credential}).encode()


def pdf_with_attachments(
    count: int,
    size: int,
    name: str = "bomb{}.json",
    files: Sequence[tuple[str, bytes, str]] = (),
) -> bytes:
    """A PDF embedding ``count`` files of ``size`` zero bytes, each deflated (a zip bomb),
    after ``files`` (name, content, media type or "")."""
    bomb = zlib.compress(b"\0" * size, 9)
    objects: list[bytes] = []
    names: list[str] = []
    first_file = 3
    entries = [(n, zlib.compress(content), media) for n, content, media in files]
    entries += [(name.format(i), bomb, "") for i in range(count)]
    for i, (label, packed, media) in enumerate(entries):
        subtype = b" /Subtype /" + media.replace("/", "#2F").encode() if media else b""
        stream_no = first_file + 2 * i
        spec_no = stream_no + 1
        objects.append(
            b"<< /Type /EmbeddedFile%s /Filter /FlateDecode /Length %d >>\nstream\n"
            % (subtype, len(packed))
            + packed
            + b"\nendstream"
        )
        spec = f"<< /Type /Filespec /F ({label}) /UF ({label}) /EF << /F {stream_no} 0 R >> >>"
        objects.append(spec.encode())
        names.append(f"({label}) {spec_no} 0 R")
    catalog = (
        "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names ["
        + " ".join(names)
        + "] >> >> >>"
    ).encode()
    pages = b"<< /Type /Pages /Kids [] /Count 0 >>"
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, content in enumerate([catalog, pages, *objects], start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1,
        xref,
    )
    return bytes(out)
