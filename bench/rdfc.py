"""Timing of the RDFC-1.0 canonicalizer (run by hand: ``.venv/bin/python bench/rdfc.py``).

Prints medians; asserts nothing about time. Figures:
(a) a synthetic credential-like dataset: 120 quads, 20 blank nodes, unique first-degree
    hashes, a proof in a blank-node-named graph (the shape of an OB 3.0 credential);
(b) a few tests of the W3C suite (tests/conformance/rdf-canon);
(c) how long the poison clique of test074 takes to trip the default budget.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vc.rdfc import (  # noqa: E402
    CanonicalizationBudgetExceeded,
    Quad,
    blank,
    canonicalize,
    iri,
    literal,
    parse_nquads,
)

SUITE = ROOT / "tests" / "conformance" / "rdf-canon" / "tests" / "rdfc10"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def credential_like(blank_nodes: int = 20, quads: int = 120) -> list[Quad]:
    """A tree of blank nodes under one credential IRI, with a proof in its own graph."""
    out: list[Quad] = []
    cred = iri("urn:uuid:3f0b8c4e-8a5e-4d7b-9c51-2b8e6f0f5a11")
    proof_graph = blank("b0")
    out.append(
        (cred, RDF_TYPE, iri("https://www.w3.org/2018/credentials#VerifiableCredential"), "")
    )
    out.append((cred, iri("https://w3id.org/security#proof"), proof_graph, ""))
    nodes = [blank(f"b{i}") for i in range(1, blank_nodes)]
    out.append((cred, iri("https://www.w3.org/2018/credentials#credentialSubject"), nodes[0], ""))
    for index, node in enumerate(nodes[1:], start=1):
        parent = nodes[(index - 1) // 2]
        out.append(
            (parent, iri(f"https://purl.imsglobal.org/spec/vc/ob/vocab.html#p{index}"), node, "")
        )
    proof = nodes[-1]
    # the proof node lives in the proof graph
    out.append((proof, RDF_TYPE, iri("https://w3id.org/security#DataIntegrityProof"), proof_graph))
    out.append(
        (
            proof,
            iri("https://w3id.org/security#cryptosuite"),
            literal("eddsa-rdfc-2022", "https://w3id.org/security#cryptosuiteString"),
            proof_graph,
        )
    )
    out.append(
        (
            proof,
            iri("http://purl.org/dc/terms/created"),
            literal("2024-05-01T10:00:00Z", XSD + "dateTime"),
            proof_graph,
        )
    )
    counter = 0
    while len(out) < quads:
        node = nodes[counter % len(nodes)]
        out.append(
            (
                node,
                iri(f"https://schema.org/field{counter % 7}"),
                literal(f'valeur n°{counter} "é"\n', language="fr" if counter % 3 else None),
                "",
            )
        )
        counter += 1
    return out


def median_seconds(func: Callable[[], object], repeat: int) -> float:
    """Median wall time of one call (the minimum is printed by ``main`` when useful)."""
    return statistics.median(_times(func, repeat))


def _times(func: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    data = credential_like()
    blanks = {t for q in data for t in (q[0], q[2], q[3]) if t.startswith("_:")}
    result = canonicalize(data)
    print(
        f"(a) credential-like: {len(data)} quads, {len(blanks)} blank nodes, "
        f"{len(result.issued)} issued"
    )
    times = _times(lambda: canonicalize(data), 3000)
    print(
        f"    canonicalize: median {statistics.median(times) * 1e6:.0f} µs, "
        f"min {min(times) * 1e6:.0f} µs over {len(times)} runs"
    )
    text = "".join(f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n" for s, p, o, g in data)
    seconds = median_seconds(lambda: parse_nquads(text), 2000)
    print(f"    parse_nquads of the same dataset: median {seconds * 1e6:.0f} µs")

    print("(b) W3C suite tests (parse excluded)")
    for name in ("test002", "test020", "test044", "test059", "test060", "test075"):
        quads = parse_nquads((SUITE / f"{name}-in.nq").read_text(encoding="utf-8"))
        algorithm = "SHA384" if name == "test075" else "SHA256"
        repeat = 50 if name == "test044" else 500
        seconds = median_seconds(
            lambda q=quads, a=algorithm: canonicalize(q, hash_algorithm=a), repeat
        )
        print(f"    {name}: {len(quads)} quads, median {seconds * 1e3:.3f} ms")

    print("(c) poison clique test074 (default budget)")
    poison = parse_nquads((SUITE / "test074-in.nq").read_text(encoding="utf-8"))

    def trip() -> None:
        try:
            canonicalize(poison)
        except CanonicalizationBudgetExceeded:
            return
        raise SystemExit("test074 did not trip the budget")

    seconds = median_seconds(trip, 20)
    print(f"    time to raise CanonicalizationBudgetExceeded: median {seconds * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
