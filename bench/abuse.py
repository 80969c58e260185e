"""Timings of the abusive requests of the robustness issue, against a real server.

Starts ``certinum serve`` on a fresh temporary data folder (port 8101 by default), fills it
with the demo, then sends each abusive input of ``tests/abuse_cases.py`` and prints the HTTP
status, the problem or failing check, the time, and the server's resident memory. Also times
the PDF zip bomb through ``issuer.certificate_pdf_read`` (peak memory by tracemalloc).

    .venv/bin/python bench/abuse.py [--port 8101]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
# bench/ first on the path would shadow the assessment package with bench/assessment.py
sys.path[:1] = [str(ROOT / "tests"), str(ROOT)]

import abuse_cases as cases  # noqa: E402


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _reason(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.text[:60]
    if data.get("errors"):
        first = data["errors"][0]
        return f"{first['check']}: {first.get('code', '')}"
    return str(data.get("type", data.get("title", ""))).rsplit("/", 1)[-1]


def _post(client: httpx.Client, payload: bytes) -> tuple[str, str, float]:
    start = time.perf_counter()
    try:
        response = client.post(
            "/credentials/verify", content=payload, headers={"content-type": "application/json"}
        )
    except httpx.HTTPError as exc:
        return type(exc).__name__, str(exc)[:50], time.perf_counter() - start
    return str(response.status_code), _reason(response), time.perf_counter() - start


def _server(port: int, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    env = {
        **os.environ,
        "CERTINUM_DATA_DIR": str(folder / "data"),
        "CERTINUM_BASE_URL": f"http://localhost:{port}",
    }
    exe = str(ROOT / ".venv/bin/certinum")
    subprocess.run([exe, "init"], env=env, check=True, capture_output=True)
    demo = subprocess.run([exe, "demo"], env=env, check=True, capture_output=True, text=True)
    code = next(w for w in demo.stdout.split() if w.startswith("P-"))
    proc = subprocess.Popen(
        [exe, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    return proc, code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8101)
    args = parser.parse_args()
    rows: list[tuple[str, str, str, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        proc, code = _server(args.port, Path(tmp))
        base = f"http://127.0.0.1:{args.port}"
        try:
            with httpx.Client(base_url=base, timeout=120) as client:

                def run(label: str, payload: bytes) -> None:
                    status, reason, seconds = _post(client, payload)
                    rows.append((label, status, reason, seconds, _rss_mib(proc.pid)))

                run("300 copies of one proof", cases.body(cases.proof_copies(300)))
                run("blank-node ring, 60 proofs", cases.body(cases.blank_node_ring()))
                run("6,000 copies of a context URL", cases.body(cases.many_context_urls()))
                run("10,000-deep JSON body", cases.deep_json())
                run("450-deep scoped context", cases.body(cases.deep_scoped_context()))
                run("10 MB body", b" " * (10 * 2**20))
                start = time.perf_counter()
                for i in range(530):
                    _post(client, cases.body(cases.unused_inline_context(i, terms=120)))
                rows.append(("530 distinct inline contexts", "-", "(total)",
                             time.perf_counter() - start, _rss_mib(proc.pid)))  # fmt: skip
                quiet = client.get(f"/verify/{code}")
                t0 = time.perf_counter()
                client.get(f"/verify/{code}")
                alone = time.perf_counter() - t0
                ring = cases.body(cases.blank_node_ring())
                with concurrent.futures.ThreadPoolExecutor(9) as pool:
                    busy = [pool.submit(_post, httpx.Client(base_url=base, timeout=120), ring)
                            for _ in range(8)]  # fmt: skip
                    time.sleep(0.05)
                    t0 = time.perf_counter()
                    page = client.get(f"/verify/{code}")
                    loaded = time.perf_counter() - t0
                    for f in busy:
                        f.result()
                rows.append((f"/verify/{{code}} alone ({quiet.status_code})", "200", "",
                             alone, _rss_mib(proc.pid)))  # fmt: skip
                rows.append((f"/verify/{{code}} beside 8 rings ({page.status_code})", "200", "",
                             loaded, _rss_mib(proc.pid)))  # fmt: skip
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    rows.append(_pdf_bomb())
    print(f"{'case':38} {'status':>7}  {'reason':34} {'seconds':>8} {'server RSS MiB':>15}")
    for label, status, reason, seconds, rss in rows:
        print(f"{label:38} {status:>7}  {reason[:34]:34} {seconds:8.3f} {rss:15.0f}")


def _pdf_bomb() -> tuple[str, str, str, float, float]:
    from certinum.cli import MAX_PDF_FILE
    from issuer.certificate_pdf_read import embedded_credential

    data = cases.pdf_with_attachments(40, 70 * 2**20)
    tracemalloc.start()
    start = time.perf_counter()
    try:
        embedded_credential(data, max_pdf_bytes=MAX_PDF_FILE)
        outcome = "read"
    except ValueError as exc:
        outcome = str(exc)[:34]
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return ("PDF 40 x 70 MB attachments (peak MiB)", "-", outcome, seconds, peak)


if __name__ == "__main__":
    main()
