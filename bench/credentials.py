"""Sign and verify OB 3.0 certificate credentials: Certinum (Python) against Digital Bazaar (JS).

Run by hand: ``.venv/bin/python bench/credentials.py [-n 200] [--warmup 10] [--profile]``.
Prints figures; asserts nothing about time (only that every credential verified).

What is measured, the same work on both sides:

- the credentials: 16-competence certificates from ``build_certificate_credential`` with a
  ``credentialStatus`` entry, issuer ``did:web:certinum.example``. EVERY credential differs
  (urn:uuid id, candidate name, birth date, code, score, levels, session and validFrom dates,
  status index), so only the processed contexts and the key can be cached;
- sign: Python ``create_proof`` inside ``Keyring.signer(unlock)`` opened for EACH credential,
  as the service does (the sealed key file is read and decrypted each time; the unlock is a
  key file, as ``CERTINUM_KEY_FILE``, so no Argon2id); JS ``vc.issue`` (bench.mjs);
- verify: Python ``verify_credential`` (the general path: well-formedness, the OB 3.0 JSON
  schema, bundled contexts, the proof, the did:web resolved from a DID document mapping,
  assertionMethod, issuer = controller, validity period); JS ``vc.verifyCredential`` in full
  mode with the same DID document. The STATUS CHECK IS SKIPPED on both sides: bench.mjs stubs
  ``checkStatus``, and Python passes ``check_status_list=False``;
- every operation is timed alone (perf_counter / performance.now) after a warm-up; medians.
  Python verify with the schema check on and off alternate credential by credential, so
  the printed schema cost is not skewed by a change of machine load between two loops.

JS runs in one Node process (tests/interop/js/bench.mjs); its warm-up re-uses the first
``--warmup`` credentials of the measured list, Python warms up on extra distinct ones.
Targets (DESIGN.md): Python signs ≥ 5× and verifies ≥ 3× as fast as JS.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "interop"))

import nacl.signing  # noqa: E402
from nodejs import ensure_node_modules, run_js  # noqa: E402

from assessment.framework import COMPETENCE_CODES  # noqa: E402
from issuer.codes import generate_code  # noqa: E402
from issuer.openbadge import (  # noqa: E402
    CertificationCentre,
    CertificationResult,
    IssuerProfile,
    build_certificate_credential,
)
from issuer.status_list import MIN_ENTRIES, StatusEntry  # noqa: E402
from keys import (  # noqa: E402
    KeyFileSecret,
    Keyring,
    multikey_from_public_key,
    write_new_key_file,
)
from keys.multibase import encode_ed25519_private  # noqa: E402
from vc.dataintegrity import create_proof, proof_configuration  # noqa: E402
from vc.jsonld import DocumentLoader, to_rdf  # noqa: E402
from verifier.resolution import key_resolver  # noqa: E402
from verifier.verify import (  # noqa: E402
    VerificationResult,
    VerifyOptions,
    verify_credential,
)

BASE_URL = "https://certinum.example"
DID = "did:web:certinum.example"
SEED = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
SIGN_TARGET = 5.0
VERIFY_TARGET = 3.0

GIVEN = ("Jeanne", "Éloïse", "Noé", "Zoë", "Anaïs", "Jean-Baptiste", "Łukasz", "Søren", "Inès")
FAMILY = ("Dupont", "Lefèvre", "N'Diaye", "Müller", "de la Tour", "Nguyễn", "Çelik", "Ødegård")


# --- inputs -------------------------------------------------------------------------------


def make_credentials(count: int, rng: random.Random, now: datetime) -> list[dict[str, Any]]:
    """``count`` unsigned certificates, no two alike in any value the certificate states."""
    out = []
    for i in range(count):
        result = CertificationResult(
            given_name=f"{rng.choice(GIVEN)} {i}",
            family_name=rng.choice(FAMILY),
            birth_date=date(1950 + rng.randrange(60), 1 + rng.randrange(12), 1 + rng.randrange(28)),
            verification_code=generate_code(randbelow=rng.randrange),
            session_date=(now - timedelta(days=30 + rng.randrange(300))).date(),
            centre=CertificationCentre(f"07{rng.randrange(10**5):05d}A", "Lycée Voltaire"),
            global_score=rng.randrange(1024),
            competence_levels={code: rng.randrange(9) for code in COMPETENCE_CODES},
        )
        out.append(
            build_certificate_credential(
                result,
                issuer=IssuerProfile(DID, "Certinum", BASE_URL + "/"),
                base_url=BASE_URL,
                credential_id=f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}",
                valid_from=now - timedelta(days=rng.randrange(1, 30), seconds=rng.randrange(9999)),
                status=StatusEntry(f"{BASE_URL}/status/1", rng.randrange(MIN_ENTRIES)),
            )
        )
    return out


def did_document(public_multikey: str) -> dict[str, Any]:
    vm = f"{DID}#{public_multikey}"
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": DID,
        "verificationMethod": [
            {"id": vm, "type": "Multikey", "controller": DID, "publicKeyMultibase": public_multikey}
        ],
        "assertionMethod": [vm],
        "authentication": [vm],
    }


# --- Python side --------------------------------------------------------------------------


def median_ms(samples: Sequence[float]) -> float:
    return statistics.median(samples) * 1000


def p90_ms(samples: Sequence[float]) -> float:
    return statistics.quantiles(samples, n=10)[-1] * 1000 if len(samples) > 1 else samples[0] * 1000


def open_keyring(folder: Path, now: datetime) -> tuple[Keyring, KeyFileSecret]:
    """A keyring in ``folder`` whose active key is SEED (the key JS signs with too)."""
    seeds = iter([SEED])

    def seed_source(n: int) -> bytes:  # SEED for the key, fresh randomness for salt and nonce
        return next(seeds) if n == len(SEED) else os.urandom(n)

    key_file = folder / "kek.key"
    write_new_key_file(key_file)
    unlock = KeyFileSecret.from_file(key_file)
    keyring = Keyring(folder / "keys", controller_did=DID, seed_source=seed_source)
    (folder / "keys").mkdir()
    keyring.create_initial_key(unlock, now)
    return keyring, unlock


def python_sign(
    credentials: Sequence[dict[str, Any]],
    keyring: Keyring,
    unlock: KeyFileSecret,
    loader: DocumentLoader,
    created: datetime,
) -> tuple[list[dict[str, Any]], list[float]]:
    signed, times = [], []
    for doc in credentials:
        t0 = time.perf_counter()
        with keyring.signer(unlock) as signer:  # per credential, as the service does
            out = create_proof(
                doc,
                sign=signer.sign,
                verification_method=signer.verification_method,
                created=created,
                loader=loader,
            )
        times.append(time.perf_counter() - t0)
        signed.append(out)
    return signed, times


def python_verify(
    signed: Sequence[dict[str, Any]], *options: VerifyOptions
) -> list[tuple[list[VerificationResult], list[float]]]:
    """Verify each credential once per ``options``, interleaved (load drift hits all alike)."""
    out: list[tuple[list[VerificationResult], list[float]]] = [([], []) for _ in options]
    for i, doc in enumerate(signed):
        order = range(len(options)) if i % 2 == 0 else reversed(range(len(options)))
        for k in order:
            t0 = time.perf_counter()
            result = verify_credential(doc, options[k], check_status_list=False)
            out[k][1].append(time.perf_counter() - t0)
            out[k][0].append(result)
    return out


def require_verified(results: Sequence[VerificationResult], what: str) -> None:
    bad = [r for r in results if not r.verified]
    if bad:
        errors = [c.to_json() for c in bad[0].failed_checks]
        raise SystemExit(f"{what}: {len(bad)} credential(s) did not verify, first: {errors}")


# --- report -------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="credentials measured (default 200)")
    parser.add_argument("--warmup", type=int, default=10, help="warm-up credentials (default 10)")
    parser.add_argument("--seed", type=int, default=2026, help="RNG seed of the credentials")
    parser.add_argument(
        "--profile", action="store_true", help="also print cProfile's top 15 of Python verify"
    )
    args = parser.parse_args()
    if args.n < 2 or args.warmup < 1:
        parser.error("-n must be at least 2 and --warmup at least 1")

    ensure_node_modules()
    rng = random.Random(args.seed)
    now = datetime.now(UTC).replace(microsecond=0)
    warm = make_credentials(args.warmup, rng, now)
    measured = make_credentials(args.n, rng, now)

    public = bytes(nacl.signing.SigningKey(SEED).verify_key)
    multikey = multikey_from_public_key(public)
    vm = f"{DID}#{multikey}"
    documents = {DID: did_document(multikey)}
    loader = DocumentLoader()
    opts = VerifyOptions(
        loader=loader, resolve_key=key_resolver(documents), now=now + timedelta(minutes=1)
    )
    opts_no_schema = VerifyOptions(
        loader=loader,
        resolve_key=key_resolver(documents),
        now=now + timedelta(minutes=1),
        check_schema=False,
    )

    tmp = tempfile.TemporaryDirectory()
    keyring, unlock = open_keyring(Path(tmp.name), now)
    if keyring.active().verification_method(DID) != vm:
        raise SystemExit("the keyring's key is not SEED's")
    load_before = load_average()
    # Python: warm-up on distinct credentials (contexts processed, schema compiled), then time.
    warm_signed, _ = python_sign(warm, keyring, unlock, loader, now)
    for results, _ in python_verify(warm_signed, opts, opts_no_schema):
        require_verified(results, "python warm-up")
    py_signed, py_sign_t = python_sign(measured, keyring, unlock, loader, now)
    tmp.cleanup()
    (py_results, py_verify_t), (ns_results, py_verify_ns_t) = python_verify(
        py_signed, opts, opts_no_schema
    )
    require_verified(py_results, "python verify")
    require_verified(ns_results, "python verify (schema off)")

    # JS: the same unsigned credentials, the same key and DID document, in one Node process.
    js = run_js(
        "bench.mjs",
        {
            "credentials": measured,
            "key": {
                "publicKeyMultibase": multikey,
                "secretKeyMultibase": encode_ed25519_private(SEED),
                "id": vm,
                "controller": DID,
            },
            "dids": documents,
            "warmup": args.warmup,
        },
        timeout=1800,
    )
    load_after = load_average()
    if js.get("all_verified") is not True:
        raise SystemExit(f"JS: not every credential verified: {js}")

    sample = py_signed[0]
    unsigned = {k: v for k, v in sample.items() if k != "proof"}
    doc_quads = len(to_rdf(unsigned, loader=loader))
    proof_options = {k: v for k, v in sample["proof"].items() if k != "proofValue"}
    config_quads = proof_configuration(proof_options, unsigned, loader=loader).count("\n")

    py_sign_ms, py_verify_ms = median_ms(py_sign_t), median_ms(py_verify_t)
    py_verify_ns_ms = median_ms(py_verify_ns_t)
    js_sign_ms, js_verify_ms = float(js["sign_ms_median"]), float(js["verify_ms_median"])
    sign_ratio, verify_ratio = js_sign_ms / py_sign_ms, js_verify_ms / py_verify_ms
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"

    print(f"machine : {cpu_model()}, {os.cpu_count()} cores ({affinity} usable)")
    print(f"python  : {platform.python_version()} ({platform.python_implementation()})")
    print(f"node    : {js['node']}")
    print(f"load avg: {load_before} (before)  {load_after} (after)")
    print(
        f"input   : {args.n} distinct 16-competence OB 3.0 certificates (+{args.warmup} warm-up),"
        f" {doc_quads} document quads + {config_quads} proof-config quads each,"
        f" {len(sample['credentialSubject']['result'])} results"
    )
    print("verify  : full checks, did:web from a DID document mapping, status check skipped")
    print("          on both sides (JS: bench.mjs stubs checkStatus; Python:")
    print("          check_status_list=False)")
    print()
    print(f"{'median ms / op':<36}{'Python':>10}{'JS':>10}{'JS/Python':>11}")
    print(f"{'sign (create_proof | vc.issue)':<36}{py_sign_ms:>10.3f}{js_sign_ms:>10.3f}"
          f"{sign_ratio:>10.2f}x")  # fmt: skip
    print(f"{'verify (full, schema check on)':<36}{py_verify_ms:>10.3f}{js_verify_ms:>10.3f}"
          f"{verify_ratio:>10.2f}x")  # fmt: skip
    print(f"{'verify (full, schema check off)':<36}{py_verify_ns_ms:>10.3f}{'':>10}"
          f"{js_verify_ms / py_verify_ns_ms:>10.2f}x")  # fmt: skip
    print(f"{'p90 sign / verify':<36}{p90_ms(py_sign_t):>10.3f}{js['sign_ms_p90']:>10.3f}")
    print(f"{'':<36}{p90_ms(py_verify_t):>10.3f}{js['verify_ms_p90']:>10.3f}")
    print(f"schema check cost: {py_verify_ms - py_verify_ns_ms:.3f} ms per verify (median diff)")
    print()
    for label, ratio, target in (("sign", sign_ratio, SIGN_TARGET),
                                 ("verify", verify_ratio, VERIFY_TARGET)):  # fmt: skip
        verdict = "MET" if ratio >= target else "NOT MET"
        print(f"target {label}: Python >= {target:g}x as fast as JS -> {ratio:.2f}x  {verdict}")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        python_verify(py_signed, opts)
        profiler.disable()  # schema check on: the default verification path
        for order in ("tottime", "cumulative"):
            stream = io.StringIO()
            pstats.Stats(profiler, stream=stream).sort_stats(order).print_stats(15)
            print(f"\n--- cProfile of Python verify over {args.n} credentials, by {order} ---")
            print(stream.getvalue().strip())


if __name__ == "__main__":
    main()
