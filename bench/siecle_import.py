"""Times the SIECLE reader on a generated export: pupils per second and peak memory.

Generates `ElevesSansAdresses.xml` for N invented pupils (ISO-8859-15, the layout of
`tests/fixtures/schools/siecle_builder.py`), reads it from a stream with
`certinum.schools.read_siecle`, and reads it again zipped with `read_siecle_zip`; the peak
memory (tracemalloc, a separate run, since tracing slows Python down) counts what the reader
allocates, not the input bytes.

    .venv/bin/python bench/siecle_import.py [--pupils 3000]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# bench/ first on the path would shadow the assessment package with bench/assessment.py
sys.path[:1] = [str(ROOT / "tests"), str(ROOT)]

from fixtures.schools.siecle_builder import pupils, siecle_xml, siecle_zip  # noqa: E402

from certinum.schools import read_siecle, read_siecle_zip  # noqa: E402

UAI = "0750001U"
TODAY = date(2026, 12, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=3000)
    args = parser.parse_args()
    xml = siecle_xml(pupils(args.pupils))
    archive = siecle_zip(xml)
    print(
        f"file: {args.pupils} pupils, {len(xml) / 1e6:.2f} MB XML, {len(archive) / 1e6:.2f} MB ZIP"
    )

    for name, run in (
        ("xml", lambda: read_siecle(io.BytesIO(xml), uai=UAI, today=TODAY)),
        ("zip", lambda: read_siecle_zip(archive, uai=UAI, today=TODAY)),
    ):
        start = time.perf_counter()
        report = run()
        seconds = time.perf_counter() - start
        tracemalloc.start()
        run()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"{name}: {len(report.accepted)} accepted, {len(report.rejected)} rejected in"
            f" {seconds:.3f} s = {len(report.accepted) / seconds:,.0f} pupils/s;"
            f" peak {peak / 2**20:.2f} MiB"
        )


if __name__ == "__main__":
    main()
