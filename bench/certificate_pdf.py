"""Render PDF certificates from distinct signed credentials, on one core.

Run by hand: ``.venv/bin/python bench/certificate_pdf.py [-n 500] [--warmup 20] [--core 0]``.
Prints figures; asserts nothing about time (only that every PDF gives back its credential).

- the credentials: ``tests/certificates.certificate`` (16 competences, varied names, dates,
  codes, scores and levels), each signed with ``eddsa-rdfc-2022`` by a did:key before the
  clock starts; ``--exotic`` of them (default 5 %) get a family name with letters outside
  Latin-1 (Ł, Ş, Ż…), which costs the renderer a second font subset for that document;
- the process is pinned to one core (``os.sched_setaffinity``); each render is timed alone,
  wall clock (``perf_counter``) and CPU time of the process (``process_time``: on a shared
  machine the wall clock includes waiting for the core, the CPU time does not);
- the cost of embedding the credential is measured as the difference with renders where
  ``embed_credential`` does nothing, the two kinds alternating credential by credential;
- the first render of the process (fonts parsed, first subsets built) is reported apart;
- the reading side (``embedded_credential``, ``page_text``), for the verifier, is timed too,
  and the verifier's whole check of a genuine certificate (``check_certificate_pdf``).
Target (issue 8): a PDF certificate renders in under 10 ms on one core.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from abuse_cases import did_key_method, sign  # noqa: E402
from certificates import certificate  # noqa: E402

import issuer.certificate_pdf as certificate_pdf  # noqa: E402
from issuer.certificate_pdf import render_certificate  # noqa: E402
from issuer.certificate_pdf_check import check_certificate_pdf  # noqa: E402
from issuer.certificate_pdf_read import embedded_credential, page_text  # noqa: E402
from vc.jsonld import DocumentLoader  # noqa: E402

BASE = "https://certinum.example"
EXOTIC = ["ŁUKASIEWICZ", "YILDIZ-ŞAHIN", "ŻÓŁKIEWSKI", "NGUYỄN", "DVOŘÁK"]


def credentials(count: int, exotic: float) -> list[dict[str, Any]]:
    rng = random.Random(8)
    loader = DocumentLoader()
    did = did_key_method().split("#")[0]
    out = []
    for i in range(count):
        doc = certificate(did, BASE, seed=1000 + i)
        if rng.random() < exotic:
            given = doc["credentialSubject"]["name"].split(" ")[0]
            doc["credentialSubject"]["name"] = f"{given} {rng.choice(EXOTIC)}"
        out.append(sign(doc, loader))
    return out


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def summary(label: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p50 = statistics.median(ms)
    p95 = ms[int(len(ms) * 0.95) - 1]
    mean = statistics.fmean(ms)
    return (
        f"{label:<34} p50 {p50:6.2f} ms  mean {mean:6.2f} ms  p95 {p95:6.2f} ms"
        f"  {1000 / mean:6.0f}/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500, help="credentials (each rendered once)")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--core", type=int, default=0)
    parser.add_argument("--exotic", type=float, default=0.05)
    args = parser.parse_args()
    os.sched_setaffinity(0, {args.core})
    print(f"load: {os.getloadavg()}  cores: {os.cpu_count()}  pinned to core {args.core}")
    print(f"signing {args.n + args.warmup} distinct credentials…", flush=True)
    docs = credentials(args.n + args.warmup, args.exotic)
    warm, docs = docs[: args.warmup], docs[args.warmup :]

    first_wall, first_cpu = timed(lambda: render_certificate(warm[0], base_url=BASE))
    for doc in warm[1:]:
        render_certificate(doc, base_url=BASE, lang="en")

    real_embed = certificate_pdf.embed_credential
    full: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    pdfs = []
    for doc in docs:
        pdf: list[bytes] = []
        full.append(timed(lambda d=doc, p=pdf: p.append(render_certificate(d, base_url=BASE))))
        certificate_pdf.embed_credential = lambda *a, **k: None  # type: ignore[assignment]
        try:
            bare.append(timed(lambda d=doc: render_certificate(d, base_url=BASE)))
        finally:
            certificate_pdf.embed_credential = real_embed
        pdfs.append(pdf[0])
    for doc, made in zip(docs, pdfs, strict=True):
        assert embedded_credential(made) == doc, "the PDF gives back its credential"

    reads = [timed(lambda p=p: embedded_credential(p)) for p in pdfs[:100]]
    texts = [timed(lambda p=p: page_text(p)) for p in pdfs[:100]]
    checks = [timed(lambda p=p: check_certificate_pdf(p, base_url=BASE)) for p in pdfs[:100]]
    sizes = sorted(len(p) for p in pdfs)
    print(
        f"first render of the process: {first_wall * 1000:.1f} ms wall, "
        f"{first_cpu * 1000:.1f} ms CPU"
    )
    print(summary("render (wall)", [w for w, _ in full]))
    print(summary("render (CPU)", [c for _, c in full]))
    print(summary("render without embedding (CPU)", [c for _, c in bare]))
    embed_cpu = statistics.fmean(c for _, c in full) - statistics.fmean(c for _, c in bare)
    embed_wall = statistics.fmean(w for w, _ in full) - statistics.fmean(w for w, _ in bare)
    print(
        f"embedding the credential: {embed_cpu * 1000:.2f} ms CPU, "
        f"{embed_wall * 1000:.2f} ms wall (mean difference)"
    )
    print(summary("read: embedded_credential (CPU)", [c for _, c in reads]))
    print(summary("read: page_text (CPU)", [c for _, c in texts]))
    print(summary("check_certificate_pdf (CPU)", [c for _, c in checks]))
    print(
        f"PDF size: median {sizes[len(sizes) // 2] / 1024:.1f} KiB, max {sizes[-1] / 1024:.1f} KiB"
    )
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
