"""Run the Node.js interop scripts (tests/interop/js) from Python tests.

Why: Certinum's eddsa-rdfc-2022 proofs are cross-checked against an
independent implementation (Digital Bazaar's vc / data-integrity /
eddsa-rdfc-2022-cryptosuite, pinned in package-lock.json). Each script reads
one JSON object on stdin and writes one JSON object on stdout; a non-zero exit
means the harness itself failed, never that a proof did not verify.

Scripts and their contracts are documented at the top of each ``js/*.mjs``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

INTEROP_DIR = Path(__file__).resolve().parent
JS_DIR = INTEROP_DIR / "js"
NODE_MODULES = INTEROP_DIR / "node_modules"
MIN_NODE_MAJOR = 20
NPM_CI_TIMEOUT_S = 600

_lock = threading.Lock()
_npm_ci_error: str | None = None
_npm_ci_tried = False


class InteropUnavailableError(RuntimeError):
    """Node.js, npm or the pinned node_modules cannot be had on this machine."""


class JsHarnessError(RuntimeError):
    """A JS script failed as a program (bad input, crash, timeout, bad JSON out)."""


def _node_major() -> int | None:
    node = shutil.which("node")
    if node is None:
        return None
    try:
        out = subprocess.run(
            [node, "--version"], capture_output=True, text=True, timeout=30, check=True
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    try:
        return int(out.lstrip("v").split(".")[0])
    except ValueError:
        return None


def node_available() -> bool:
    """True when a Node.js >= 20 binary is on PATH."""
    major = _node_major()
    return major is not None and major >= MIN_NODE_MAJOR


def _pinned_dependencies() -> list[str]:
    package = json.loads((INTEROP_DIR / "package.json").read_text(encoding="utf-8"))
    return sorted(package.get("dependencies", {}))


def _node_modules_complete() -> bool:
    if not (NODE_MODULES / ".package-lock.json").is_file():
        return False
    return all((NODE_MODULES / name / "package.json").is_file() for name in _pinned_dependencies())


def ensure_node_modules() -> None:
    """Install the pinned packages with ``npm ci`` once, if node_modules is missing.

    Raises InteropUnavailableError with the reason when that cannot be done.
    """
    global _npm_ci_error, _npm_ci_tried  # noqa: PLW0603 - one install per process
    with _lock:
        if _node_modules_complete():
            return
        if _npm_ci_tried:
            raise InteropUnavailableError(_npm_ci_error or "node_modules incomplete after npm ci")
        _npm_ci_tried = True
        if not node_available():
            _npm_ci_error = f"Node.js >= {MIN_NODE_MAJOR} not found on PATH"
            raise InteropUnavailableError(_npm_ci_error)
        npm = shutil.which("npm")
        if npm is None:
            _npm_ci_error = "npm not found on PATH"
            raise InteropUnavailableError(_npm_ci_error)
        try:
            proc = subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=INTEROP_DIR,
                capture_output=True,
                text=True,
                timeout=NPM_CI_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            _npm_ci_error = f"npm ci failed: {exc}"
            raise InteropUnavailableError(_npm_ci_error) from exc
        if proc.returncode != 0 or not _node_modules_complete():
            _npm_ci_error = (
                f"npm ci exited {proc.returncode} in {INTEROP_DIR}: {proc.stderr.strip()[-2000:]}"
            )
            raise InteropUnavailableError(_npm_ci_error)


def run_js(script: str, payload: dict[str, Any], timeout: float = 60) -> dict[str, Any]:
    """Run ``js/<script>`` with ``payload`` as JSON on stdin; return its JSON output.

    ``script`` is a file name in tests/interop/js ("sign.mjs", "verify.mjs",
    "bench.mjs", "contexts.mjs"); the ".mjs" suffix may be left out.
    Raises JsHarnessError if the script exits non-zero, times out or prints
    something that is not one JSON object.
    """
    name = script if script.endswith(".mjs") else f"{script}.mjs"
    path = JS_DIR / name
    if path.parent != JS_DIR or not path.is_file():
        raise JsHarnessError(f"no such interop script: {script}")
    node = shutil.which("node")
    if node is None:
        raise InteropUnavailableError("node not found on PATH")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NODE_OPTIONS")}
    try:
        proc = subprocess.run(
            [node, str(path)],
            input=json.dumps(payload),
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=INTEROP_DIR,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise JsHarnessError(f"{name} timed out after {timeout}s") from exc
    if proc.returncode != 0:
        raise JsHarnessError(f"{name} exited {proc.returncode}: {proc.stderr.strip()[-4000:]}")
    try:
        result = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise JsHarnessError(f"{name} printed non-JSON output: {proc.stdout[:500]!r}") from exc
    if not isinstance(result, dict):
        raise JsHarnessError(f"{name} printed JSON that is not an object")
    return result


def run_js_batch(
    script: str, payloads: list[dict[str, Any]], timeout: float = 120
) -> list[dict[str, Any]]:
    """Run ``script`` once per payload in ONE Node process; outputs in payload order.

    Same contract as :func:`run_js` (``{"batch": [...]}`` on stdin); saves the
    ~0.5 s Node start-up per call.
    """
    out = run_js(script, {"batch": payloads}, timeout=timeout)
    batch = out.get("batch")
    if not isinstance(batch, list) or len(batch) != len(payloads):
        raise JsHarnessError(f"{script} did not return one output per batch item")
    return batch
