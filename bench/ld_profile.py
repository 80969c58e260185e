"""Profile the JSON-LD → RDF → RDFC → Ed25519 pipeline on many *different* OB 3.0 credentials.

Each run builds N fresh 16-competence credentials (new ids, names, scores, dates), so only
what truly repeats (the processed contexts) can be cached. Prints the median milliseconds of
each stage, with the context cache, without it (every context re-processed each time), and
for the plain pyld baseline (pyld expansion / to_rdf / URDNA2015 normalize).

    .venv/bin/python bench/ld_profile.py [-n 200] [--profile]
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import hashlib
import json
import pstats
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nacl.signing import SigningKey  # noqa: E402
from pyld import jsonld as pyld  # noqa: E402

from keys.multibase import multibase_b58_encode  # noqa: E402
from vc.dataintegrity import create_proof, hashing, verify_proof  # noqa: E402
from vc.jsonld import DocumentLoader, expand, expanded_to_rdf, to_rdf  # noqa: E402
from vc.rdfc import canonicalize  # noqa: E402

BASE = json.loads((ROOT / "tests/conformance/ob3-1edtech/unsigned.json").read_text())
KEY = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
VM = f"did:key:{KEY}#{KEY}"
COMPETENCES = [
    f"{a}.{b}" for a, n in ((1, 3), (2, 4), (3, 4), (4, 3), (5, 2)) for b in range(1, n + 1)
]


def make_credential(rng: random.Random) -> dict[str, Any]:
    """A Certinum-shaped OB 3.0 credential with 16 competence results, all values fresh."""
    doc = copy.deepcopy(BASE)

    def uid() -> str:
        return f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}"

    doc["id"] = uid()
    doc["validFrom"] = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T09:00:00Z"
    doc["issuer"]["name"] = f"Certinum {rng.randint(1, 999)}"
    doc["credentialStatus"] = {
        "id": f"https://certinum.example/status/1#{rng.randint(0, 131071)}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(rng.randint(0, 131071)),
        "statusListCredential": "https://certinum.example/status/1",
    }
    subject = doc["credentialSubject"]
    subject.pop("id")
    subject["name"] = f"Candidate {rng.getrandbits(40):x} DUPONT"
    subject["identifier"] = [
        {
            "type": "IdentityObject",
            "identityType": "ext:dateOfBirth",
            "hashed": False,
            "identityHash": f"2009-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }
    ]
    subject["licenseNumber"] = "P-" + "".join(
        rng.choice("2346789BCDFGHJKMPQRTVWXY") for _ in range(8)
    )
    subject["activityEndDate"] = doc["validFrom"]
    descriptions, results = [], []
    for code in COMPETENCES:
        rid = uid()
        descriptions.append(
            {
                "id": rid,
                "type": ["ResultDescription"],
                "name": f"Compétence {code}",
                "resultType": "RubricCriterionLevel",
                "valueMin": "0",
                "valueMax": "8",
            }
        )
        results.append(
            {"type": ["Result"], "resultDescription": rid, "value": str(rng.randint(0, 8))}
        )
    subject["achievement"]["resultDescription"] = descriptions
    subject["result"] = results
    return doc


def median_ms(fn: Callable[[Any], Any], inputs: list[Any]) -> float:
    times = []
    for item in inputs:
        t0 = time.perf_counter()
        fn(item)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=200, help="number of different credentials")
    parser.add_argument("--profile", action="store_true", help="cProfile the cached verify")
    args = parser.parse_args()
    rng = random.Random(42)
    docs = [make_credential(rng) for _ in range(args.n)]
    key = SigningKey(bytes(range(32)))
    public = key.verify_key.encode()

    def sign(m: bytes) -> bytes:
        return key.sign(m).signature

    rows: list[tuple[str, str, float]] = []
    for label, loader in (
        ("cached", DocumentLoader()),
        ("no cache", DocumentLoader(cache_contexts=False)),
    ):
        to_rdf(docs[0], loader=loader)  # warm-up (fills the cache when enabled)
        expanded = [expand(d, loader=loader) for d in docs]
        quads = [expanded_to_rdf(e) for e in expanded]
        canon = [canonicalize(q).nquads for q in quads]
        signed = [
            create_proof(
                d, sign=sign, verification_method=VM, created="2026-01-01T00:00:00Z", loader=loader
            )
            for d in docs
        ]
        rows += [
            (label, "expansion", median_ms(lambda d, ld=loader: expand(d, loader=ld), docs)),
            (label, "toRDF (from expanded)", median_ms(expanded_to_rdf, expanded)),
            (label, "canonicalize (RDFC-1.0)", median_ms(canonicalize, quads)),
            (label, "hashing", median_ms(lambda c: hashing(c, c[:400]), canon)),
            (
                label,
                "full sign",
                median_ms(
                    lambda d, ld=loader: create_proof(
                        d,
                        sign=sign,
                        verification_method=VM,
                        created="2026-01-01T00:00:00Z",
                        loader=ld,
                    ),
                    docs,
                ),
            ),
            (
                label,
                "full verify",
                median_ms(
                    lambda s, ld=loader: verify_proof(
                        s, public_key_for=lambda vm: public, loader=ld
                    ),
                    signed,
                ),
            ),
        ]
        assert all(
            verify_proof(s, public_key_for=lambda vm: public, loader=loader).verified
            for s in signed[:5]
        )
        if args.profile and label == "cached":
            prof = cProfile.Profile()
            prof.enable()
            for s in signed:
                verify_proof(s, public_key_for=lambda vm: public, loader=loader)
            prof.disable()
            pstats.Stats(prof).sort_stats("tottime").print_stats(15)

    # Plain pyld baseline (what we replaced): expansion, to_rdf, URDNA2015, sign over both.
    loader = DocumentLoader()
    opts = {"documentLoader": loader}
    few = docs[: max(10, args.n // 10)]
    proof_config = {
        "@context": BASE["@context"],
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": "2026-01-01T00:00:00Z",
        "verificationMethod": VM,
        "proofPurpose": "assertionMethod",
    }

    def pyld_sign(d: dict[str, Any]) -> str:
        norm = {**opts, "algorithm": "URDNA2015", "format": "application/n-quads"}
        doc_c = pyld.normalize(copy.deepcopy(d), norm)
        cfg_c = pyld.normalize(copy.deepcopy(proof_config), norm)
        data = hashlib.sha256(cfg_c.encode()).digest() + hashlib.sha256(doc_c.encode()).digest()
        return multibase_b58_encode(sign(data))

    rows += [
        ("pyld plain", "expansion", median_ms(lambda d: pyld.expand(copy.deepcopy(d), opts), few)),
        (
            "pyld plain",
            "expansion + toRDF",
            median_ms(
                lambda d: pyld.to_rdf(copy.deepcopy(d), {**opts, "format": "application/n-quads"}),
                few,
            ),
        ),
        ("pyld plain", "full sign", median_ms(pyld_sign, few)),
    ]
    print(f"{args.n} different 16-competence OB 3.0 credentials ({len(quads[0])} quads each)")
    print(f"{'variant':<12} {'stage':<26} {'median ms':>10}")
    for variant, stage, ms in rows:
        print(f"{variant:<12} {stage:<26} {ms:>10.3f}")


if __name__ == "__main__":
    main()
