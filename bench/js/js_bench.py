"""JS half of the credentials benchmark: Digital Bazaar's eddsa-rdfc-2022 timings.

Builds N distinct variants of the 1EdTech OB 3.0 sample credential
(tests/conformance/ob3-1edtech/unsigned.json) issued by a did:key (the W3C
vc-di-eddsa vector key), then runs tests/interop/js/bench.mjs, which signs
each one (vc.issue) and verifies each signed one (vc.verifyCredential, full
checks) in one Node process after a warm-up, and prints the medians.

Usage: .venv/bin/python bench/js/js_bench.py [-n 50] [--warmup 5]
Output: one JSON object {sign_ms_median, verify_ms_median, sign_ms_p90,
verify_ms_p90, n, warmup, all_verified, node}.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "interop"))

from nodejs import ensure_node_modules, run_js  # noqa: E402

OB3_UNSIGNED = ROOT / "tests" / "conformance" / "ob3-1edtech" / "unsigned.json"
W3C_KEY = ROOT / "tests" / "conformance" / "vc-di-eddsa" / "TestVectors" / "keyPair.json"


def variants(n: int, issuer_did: str) -> list[dict[str, Any]]:
    """N credentials that differ in id, subject, name and dates (no two canonicalize alike)."""
    base = json.loads(OB3_UNSIGNED.read_text(encoding="utf-8"))
    out = []
    for i in range(n):
        c = copy.deepcopy(base)
        c["id"] = f"urn:uuid:{uuid.UUID(int=i + 1)}"
        c["issuer"]["id"] = issuer_did
        c["validFrom"] = f"20{10 + i % 15:02d}-01-{1 + i % 28:02d}T00:00:00Z"
        c["name"] = f"Teamwork Badge #{i}"
        c["credentialSubject"]["id"] = f"did:example:learner-{i}"
        c["credentialSubject"]["achievement"]["name"] = f"Teamwork level {1 + i % 8}"
        out.append(c)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    args = parser.parse_args()
    ensure_node_modules()
    key = json.loads(W3C_KEY.read_text(encoding="utf-8"))
    did = f"did:key:{key['publicKeyMultibase']}"
    payload = {
        "credentials": variants(args.n, did),
        "key": {
            "publicKeyMultibase": key["publicKeyMultibase"],
            "secretKeyMultibase": key["privateKeyMultibase"],
            "controller": did,
            "id": f"{did}#{key['publicKeyMultibase']}",
        },
        "warmup": args.warmup,
    }
    result = run_js("bench.mjs", payload, timeout=600)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
