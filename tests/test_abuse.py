"""What anyone may send to ``POST /credentials/verify`` or ``certinum verify`` is refused
fast, with a named reason and flat memory (the cases measured in the robustness issue)."""

from __future__ import annotations

import copy
import json
import os
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import abuse_cases as cases
import pytest
from certificates import certificate
from click.testing import CliRunner
from litestar.testing import TestClient

from certinum.app import create_app
from certinum.cli import MAX_PDF_FILE, cli
from certinum.errors import IssuanceRefused
from certinum.issuance.service import issue
from certinum.runtime import Runtime
from issuer.certificate_pdf_read import CertificatePdfError, embedded_credential
from vc.dataintegrity import MAX_PROOFS, verify_proof
from vc.jsonio import JsonDuplicateKey, JsonTooDeep, parse_json
from vc.jsonld import DocumentLoader, DocumentTooLarge, to_rdf
from verifier.resolution import key_resolver
from verifier.verify import VerifyOptions, verify_credential


@pytest.fixture
def client(service: Runtime) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(runtime=service)) as c:
        yield c


def _post(client: TestClient[Any], payload: bytes) -> Any:
    """The VC API's answer to ``payload``. The bounds are asserted by the codes they give;
    the time of these requests is measured by ``bench/abuse.py``, not asserted here."""
    return client.post(
        "/credentials/verify", content=payload, headers={"content-type": "application/json"}
    )


def _failed(response: Any) -> dict[str, str]:
    return {e["check"]: e.get("code", "") for e in response.json()["errors"]}


def _public_key(vm: str) -> bytes:
    return key_resolver()(vm).public_key


# --- proof sets ----------------------------------------------------------------------------


def test_300_copies_of_one_proof_are_refused(client: TestClient[Any]) -> None:
    response = _post(client, cases.body(cases.proof_copies(300)))
    assert response.status_code == 422
    assert _failed(response) == {"proof": "TOO_MANY_PROOFS"}


def test_a_blank_node_ring_with_60_proofs_is_refused(client: TestClient[Any]) -> None:
    response = _post(client, cases.body(cases.blank_node_ring()))
    assert response.status_code == 422
    # Even where the examples context is allowed, the proof count stops it before any work.
    doc = cases.blank_node_ring()
    result = verify_proof(doc, public_key_for=_public_key, loader=DocumentLoader(examples=True))
    assert result.error_code == "TOO_MANY_PROOFS"


def test_a_proof_set_canonicalizes_the_document_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from vc.dataintegrity import _proof

    doc = cases.signed_certificate()
    proofs = [doc["proof"]] + [
        dict(doc["proof"], created=f"2026-01-01T00:00:0{i}Z") for i in range(1, MAX_PROOFS)
    ]
    calls: list[int] = []
    real = _proof.transformation

    def counting(*args: Any, **kwargs: Any) -> str:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(_proof, "transformation", counting)
    result = verify_proof({**doc, "proof": proofs}, public_key_for=_public_key,
                          loader=DocumentLoader())  # fmt: skip
    assert len(calls) == 1
    assert len(result.proofs) == MAX_PROOFS
    assert result.proofs[0].verified  # the original proof
    assert not result.verified  # the others' `created` changed after signing


def test_a_proof_set_verifies_only_when_every_proof_does() -> None:
    loader = DocumentLoader()
    doc = cases.signed_certificate()
    both = cases.sign(doc, loader, id="urn:uuid:second")  # a proof set of two
    assert len(both["proof"]) == 2
    assert verify_proof(both, public_key_for=_public_key, loader=loader).verified
    broken = copy.deepcopy(both)
    broken["proof"][1]["proofValue"] = doc["proof"]["proofValue"]
    result = verify_proof(broken, public_key_for=_public_key, loader=loader)
    assert not result.verified
    assert [p.verified for p in result.proofs] == [True, False]
    assert result.error_code == "PROOF_VERIFICATION_FAILED"


def test_a_proof_chain_signs_and_verifies_the_proofs_it_names() -> None:
    loader = DocumentLoader()
    first = cases.sign(cases.signed_certificate(), loader)  # proofs without ids
    base = {k: v for k, v in first.items() if k != "proof"}
    one = cases.sign(base, loader, id="urn:uuid:proof-1")
    chain = cases.sign(one, loader, id="urn:uuid:proof-2", previousProof="urn:uuid:proof-1")
    assert verify_proof(chain, public_key_for=_public_key, loader=loader).verified
    # The chained proof covers the first one: changing it breaks both.
    changed = copy.deepcopy(chain)
    changed["proof"][0]["created"] = "2026-02-01T00:00:00Z"
    result = verify_proof(changed, public_key_for=_public_key, loader=loader)
    assert [p.verified for p in result.proofs] == [False, False]


def test_a_chain_whose_previous_proof_is_missing_is_refused() -> None:
    loader = DocumentLoader()
    base = {k: v for k, v in cases.signed_certificate().items() if k != "proof"}
    one = cases.sign(base, loader, id="urn:uuid:proof-1")
    chain = cases.sign(one, loader, id="urn:uuid:proof-2", previousProof="urn:uuid:proof-1")
    alone = {**chain, "proof": [chain["proof"][1]]}
    result = verify_proof(alone, public_key_for=_public_key, loader=loader)
    assert not result.verified
    assert result.error_code == "PREVIOUS_PROOF_MISSING"
    renamed = copy.deepcopy(chain)
    renamed["proof"][0]["id"] = "urn:uuid:other"
    result = verify_proof(renamed, public_key_for=_public_key, loader=loader)
    assert result.proofs[1].error_code == "PREVIOUS_PROOF_MISSING"


# --- contexts ------------------------------------------------------------------------------


def test_6000_copies_of_an_allowed_context_are_refused(client: TestClient[Any]) -> None:
    response = _post(client, cases.body(cases.many_context_urls(6000)))
    assert response.status_code == 422
    assert _failed(response) == {"well_formed": "MALFORMED"}
    with pytest.raises(DocumentTooLarge) as raised:
        to_rdf(cases.many_context_urls(6000), loader=DocumentLoader())
    assert raised.value.code == "too many contexts"


@pytest.mark.parametrize("depth", [20, 450, 5000])
def test_a_deep_scoped_context_is_a_named_error(depth: int) -> None:
    doc = cases.deep_scoped_context(depth)
    with pytest.raises(DocumentTooLarge) as raised:
        to_rdf(doc, loader=DocumentLoader())
    assert raised.value.code == "context too deep"


def test_a_deep_scoped_context_over_http_is_a_4xx(client: TestClient[Any]) -> None:
    for depth in (20, 450):  # within the JSON depth bound, then beyond it
        response = _post(client, cases.body(cases.deep_scoped_context(depth)))
        assert response.status_code in (400, 422), response.text


def test_an_inline_context_is_bounded_in_size_and_terms() -> None:
    big = {"@context": [{f"t{i}": f"https://example.org/{i}" for i in range(500)}],
           "@id": "urn:x", "t1": "v"}  # fmt: skip
    with pytest.raises(DocumentTooLarge) as raised:
        to_rdf(big, loader=DocumentLoader())
    assert raised.value.code == "context too large"


def test_distinct_inline_contexts_do_not_grow_the_cache(client: TestClient[Any]) -> None:
    loader = DocumentLoader()
    doc = cases.signed_certificate()
    to_rdf({k: v for k, v in doc.items() if k != "proof"}, loader=loader)
    cached = loader.cached_contexts
    for i in range(60):
        inline = cases.unused_inline_context(i, terms=120)
        to_rdf({k: v for k, v in inline.items() if k != "proof"}, loader=loader)
    assert loader.cached_contexts == cached
    # Over HTTP: refused by name, and memory does not grow with distinct contexts.
    payloads = [cases.body(cases.unused_inline_context(i, terms=120)) for i in range(50)]
    for payload in payloads[:10]:
        _post(client, payload)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for payload in payloads[10:]:
        response = _post(client, payload)
        assert response.status_code == 422
        assert _failed(response) == {"contexts_allowed": "JSONLD_KEYWORD_NOT_ALLOWED"}
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert grown < 2 * 2**20


def test_the_examples_context_is_not_served_by_the_service(
    service: Runtime, client: TestClient[Any]
) -> None:
    undefined = {
        "@context": [cases.VC2, cases.EXAMPLES],
        "type": ["VerifiableCredential", "AnythingCredential"],
        "credentialSubject": {"anyTermAtAll": "signed although no context defines it"},
    }
    with pytest.raises(IssuanceRefused) as raised:
        issue(service, undefined, options={}, actor="test")
    assert raised.value.code == "unsafe-json-ld"
    signed = cases.sign(
        {**undefined, "issuer": cases.did_key_method().split("#")[0]},
        DocumentLoader(examples=True),
    )
    response = _post(client, cases.body(signed))
    assert response.status_code == 422
    assert _failed(response) == {"contexts_allowed": "CONTEXT_NOT_ALLOWED"}


# --- JSON bodies ---------------------------------------------------------------------------


def test_a_10000_deep_body_is_a_400_with_a_reason(client: TestClient[Any]) -> None:
    response = _post(client, cases.deep_json(10_000))
    assert response.status_code == 400
    assert response.json()["type"].endswith("/too-deep")
    with pytest.raises(JsonTooDeep):
        parse_json(cases.deep_json(10_000))


def test_a_10_mb_body_gets_a_413_problem(client: TestClient[Any]) -> None:
    response = _post(client, b" " * (10 * 2**20))
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["type"].endswith("/too-large")


def test_a_chunked_oversized_body_gets_a_413_problem(client: TestClient[Any]) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b" " * 65536

    response = client.post("/credentials/verify", content=chunks())
    assert response.status_code == 413
    assert response.json()["type"].endswith("/too-large")


def test_duplicate_keys_are_refused_at_parse_time(client: TestClient[Any]) -> None:
    doc = cases.signed_certificate()
    text = json.dumps({"verifiableCredential": doc})
    # The signed name first, another one after: a reader keeping the first would show the
    # signed one, Python keeps the last.
    forged = text.replace('"name": "', '"name": "Someone ELSE", "name": "', 1)
    response = _post(client, forged.encode())
    assert response.status_code == 400
    assert response.json()["type"].endswith("/duplicate-key")
    with pytest.raises(JsonDuplicateKey):
        parse_json(forged)


@pytest.mark.parametrize(
    "trick",
    [
        {"@context": {"displayName": "https://schema.org/name"}},  # an alias by inline context
        {"@id": "did:example:someone-else"},  # a keyword beside the aliased "id"
        {"@included": [{"id": "urn:x", "name": "hidden"}]},
    ],
)
def test_json_ld_tricks_in_a_signed_credential_are_refused(
    client: TestClient[Any], trick: dict[str, Any]
) -> None:
    doc = cases.signed_certificate()
    doc["credentialSubject"] = {**trick, **doc["credentialSubject"]}
    response = _post(client, cases.body(doc))
    assert response.status_code == 422
    assert _failed(response) == {"contexts_allowed": "JSONLD_KEYWORD_NOT_ALLOWED"}


def test_the_base_case_still_verifies_over_http(client: TestClient[Any]) -> None:
    response = _post(client, cases.body(cases.signed_certificate()))
    assert response.status_code == 200, response.text


def test_verify_library_accepts_a_value_object() -> None:
    doc = cases.signed_certificate()
    doc["credentialSubject"]["name"] = {"@value": "Jeanne", "@language": "fr"}
    opts = VerifyOptions(loader=DocumentLoader(), resolve_key=key_resolver(), now=cases.NOW)
    result = verify_credential(doc, opts)
    assert result.check("contexts_allowed").passed
    assert result.check("proof").code == "PROOF_VERIFICATION_FAILED"  # changed after signing


# --- PDF and the command line --------------------------------------------------------------


def test_a_pdf_with_40_huge_attachments_is_refused_with_little_memory() -> None:
    data = cases.pdf_with_attachments(40, 70 * 2**20)
    tracemalloc.start()
    with pytest.raises(CertificatePdfError, match="more than 16 attachments"):
        embedded_credential(data, max_pdf_bytes=MAX_PDF_FILE)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 32 * 2**20


def test_only_the_credential_of_a_pdf_is_inflated() -> None:
    credential = cases.signed_certificate()
    data = cases.pdf_with_attachments(
        12, 70 * 2**20, name="data{}.bin", files=[("certificate.json", cases.body(credential), "")]
    )
    tracemalloc.start()
    found = embedded_credential(data, max_pdf_bytes=MAX_PDF_FILE)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert found == {"verifiableCredential": credential}
    assert peak < 32 * 2**20


def test_the_pdf_attachment_of_media_type_application_vc_is_the_credential() -> None:
    credential = cases.signed_certificate()
    data = cases.pdf_with_attachments(
        0,
        0,
        files=[
            ("notes.json", b'{"not": "it"}', ""),
            ("credential.dat", json.dumps(credential).encode(), "application/vc"),
        ],
    )
    assert embedded_credential(data, max_pdf_bytes=MAX_PDF_FILE) == credential
    two = cases.pdf_with_attachments(0, 0, files=[("a.json", b"{}", ""), ("b.json", b"{}", "")])
    with pytest.raises(CertificatePdfError, match="embeds 2 credentials"):
        embedded_credential(two, max_pdf_bytes=MAX_PDF_FILE)


def test_a_pdf_whose_credential_inflates_too_far_is_refused() -> None:
    data = cases.pdf_with_attachments(1, 70 * 2**20, name="certificate.json")
    tracemalloc.start()
    with pytest.raises(CertificatePdfError, match="larger than 256 KiB"):
        embedded_credential(data, max_pdf_bytes=MAX_PDF_FILE)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 32 * 2**20


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def test_certinum_verify_writes_nothing(tmp_path: Path, service_env: dict[str, str]) -> None:
    credential = tmp_path / "in" / "credential.json"
    credential.parent.mkdir()
    credential.write_text(json.dumps(cases.signed_certificate()))
    work = tmp_path / "cwd"
    work.mkdir()
    # The default data folder (./data) and database (SQLite in it), in an empty cwd.
    env: dict[str, str | None] = {
        "CERTINUM_KEY_FILE": service_env["CERTINUM_KEY_FILE"],
        "CERTINUM_DATA_DIR": None,
        "CERTINUM_DATABASE_URL": None,
    }
    cwd = Path.cwd()
    os.chdir(work)
    try:
        result = CliRunner().invoke(
            cli, ["verify", str(credential), "--now", "2026-07-01T00:00:00Z"], env=env
        )
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    assert list(work.iterdir()) == []  # no ./data, no ./data/certinum.db


def test_certinum_verify_leaves_an_existing_data_folder_as_it_was(
    service: Runtime, service_env: dict[str, str], tmp_path: Path
) -> None:
    signed = issue(
        service, certificate(service.settings.did, service.settings.base_url), actor="test"
    )
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(signed))
    data = Path(service_env["CERTINUM_DATA_DIR"])
    before = _tree(data)
    result = CliRunner().invoke(cli, ["verify", str(path), "--now", "2026-07-01T00:00:00Z"],
                                env=service_env)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "✓ status" in result.output
    assert _tree(data) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (cases.deep_json(10_000), "nests deeper"),
        (b'{"a": 1, "a": 2}', "appears twice"),
        (cases.pdf_with_attachments(40, 2**20), "attachments"),
    ],
)
def test_certinum_verify_exits_2_on_abusive_files(
    tmp_path: Path, service_env: dict[str, str], content: bytes, reason: str
) -> None:
    path = tmp_path / ("input.pdf" if content.startswith(b"%PDF") else "input.json")
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["verify", str(path)], env=service_env)
    assert result.exit_code == 2
    assert reason in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_the_context_cache_stays_bounded_over_many_lists_of_bundled_urls() -> None:
    import contextlib
    import itertools

    from vc.jsonld import BUNDLED_CONTEXTS, JsonLdError
    from vc.jsonld._context import MAX_CACHED_CONTEXTS

    loader = DocumentLoader()
    highest = restarts = 0
    for combo in itertools.product(sorted(BUNDLED_CONTEXTS), repeat=3):
        before = loader.cached_contexts
        with contextlib.suppress(JsonLdError):  # some combinations redefine protected terms
            to_rdf({"@context": list(combo), "id": "urn:x", "type": "urn:t"}, loader=loader)
        restarts += loader.cached_contexts < before
        highest = max(highest, loader.cached_contexts)
    assert highest == MAX_CACHED_CONTEXTS
    assert restarts >= 1
    doc = cases.signed_certificate()
    assert verify_proof(doc, public_key_for=_public_key, loader=loader).verified
