#!/usr/bin/env bash
# Runs the W3C test suites against a Certinum server over HTTPS on loopback.
#
# Usage: scripts/w3c-suites.sh [SUITE_DIR...]
#   SUITE_DIR: a checkout of w3c/vc-di-eddsa-test-suite, w3c/vc-data-model-2.0-test-suite or
#   w3c/vc-bitstring-status-list-test-suite, with its npm dependencies installed. Without
#   arguments: the three checkouts under $W3C_SUITES_DIR (default /work/suites).
# Environment: PORT (default 8443), PYTHON (default .venv/bin/python), MOCHA_GREP (passed to
#   mocha --grep), KEEP=1 keeps the temporary folder (data, certificate, reports, server log).
#
# Each run starts a server with a fresh data folder (the suites reuse credential ids), a
# self-signed certificate for localhost that Node trusts through NODE_EXTRA_CA_CERTS, and
# CERTINUM_BASE_URL=https://localhost:PORT (so the issuer is did:web:localhost%3APORT), and a
# did:key issuer instance `w3c`. It writes each suite's localConfig.cjs (read by
# vc-test-suite-implementations) naming our issue, verify and presentation-verify endpoints: the
# suites pick issuers by tag, so the did:key instance is the `eddsa-rdfc-2022` issuer (the eddsa
# suite resolves did:key only), the did:web issuer is the `vc2.0` one, and the did:web issuer
# asked for a `message` status entry (statusSize 2) is the `BitstringStatusList` one. It runs
# each suite with mocha's JSON reporter, prints passed/failed/pending per suite and each
# failing test with its first error line, then stops the server. Exit status: 0 when every
# suite ran without a failure, 1 otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-8443}"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
BASE_URL="https://localhost:${PORT}"
SUITES_DIR="${W3C_SUITES_DIR:-/work/suites}"

if [ "$#" -gt 0 ]; then
  SUITES=("$@")
else
  SUITES=(
    "$SUITES_DIR/vc-di-eddsa-test-suite"
    "$SUITES_DIR/vc-data-model-2.0-test-suite"
    "$SUITES_DIR/vc-bitstring-status-list-test-suite"
  )
fi
for suite in "${SUITES[@]}"; do
  if [ ! -d "$suite/node_modules/vc-test-suite-implementations" ]; then
    echo "error: $suite is not a suite checkout with its npm dependencies installed" >&2
    exit 2
  fi
done

WORK="$(mktemp -d /tmp/w3c-suites.XXXXXX)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then
    echo "kept: $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

# A self-signed certificate for localhost.
"$PYTHON" - "$WORK" <<'PY'
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

work = Path(sys.argv[1])
key = ec.generate_private_key(ec.SECP256R1())
name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
now = datetime.now(UTC)
cert = (
    x509.CertificateBuilder()
    .subject_name(name)
    .issuer_name(name)
    .public_key(key.public_key())
    .serial_number(x509.random_serial_number())
    .not_valid_before(now - timedelta(minutes=5))
    .not_valid_after(now + timedelta(days=1))
    .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
    .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
    .sign(key, hashes.SHA256())
)
(work / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
(work / "key.pem").write_bytes(
    key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
)
PY

export CERTINUM_DATA_DIR="$WORK/data"
export CERTINUM_BASE_URL="$BASE_URL"
# The suites' fixtures use the W3C examples context, which the service serves only when asked.
export CERTINUM_EXAMPLES_CONTEXT=1
unset CERTINUM_DATABASE_URL
cd "$ROOT"
"$PYTHON" -m certinum init >"$WORK/init.log"
TOKEN="$("$PYTHON" -m certinum tokens create --role issuer --label w3c-suites | tail -n 1)"
INSTANCE_DID="$("$PYTHON" -m certinum issuers create w3c | tail -n 1)"
"$PYTHON" -m certinum serve --host 127.0.0.1 --port "$PORT" \
  --ssl-certfile "$WORK/cert.pem" --ssl-keyfile "$WORK/key.pem" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 150); do
  if curl -s -o /dev/null --cacert "$WORK/cert.pem" "$BASE_URL/.well-known/did.json"; then
    break
  fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    cat "$WORK/server.log" >&2
    exit 1
  fi
  sleep 0.2
done
ISSUER_ID="$(curl -s --cacert "$WORK/cert.pem" "$BASE_URL/.well-known/did.json" |
  "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["id"])')"
echo "server: $BASE_URL (issuers $ISSUER_ID, $INSTANCE_DID), data in $WORK/data"

write_config() {
  cat >"$1/localConfig.cjs" <<JS
// Written by Certinum's scripts/w3c-suites.sh: the Certinum server on loopback.
const headers = {Authorization: 'Bearer ${TOKEN}'};
const tags = ['eddsa-rdfc-2022', 'vc2.0', 'BitstringStatusList', 'Revocation', 'localhost'];
// A message entry of 2 bits: statusMessage has 2^statusSize entries (Bitstring Status List
// v1.0 §2.1).
const messageStatus = {
  type: 'BitstringStatusListEntry',
  statusPurpose: 'message',
  statusSize: 2,
  statusMessage: [
    {status: '0x0', message: 'valid'},
    {status: '0x1', message: 'pending review'},
    {status: '0x2', message: 'under investigation'},
    {status: '0x3', message: 'withdrawn'}
  ],
  statusReference: '${BASE_URL}/verify'
};
module.exports = {
  settings: {enableInteropTests: false, testAllImplementations: false},
  implementations: [{
    name: 'Certinum',
    implementation: 'Certinum',
    issuers: [{
      id: '${ISSUER_ID}',
      endpoint: '${BASE_URL}/credentials/issue',
      headers,
      supports: {vc: ['2.0']},
      tags: ['vc2.0', 'localhost']
    }, {
      id: '${ISSUER_ID}',
      endpoint: '${BASE_URL}/credentials/issue',
      headers,
      options: {credentialStatus: [messageStatus]},
      supports: {vc: ['2.0']},
      tags: ['BitstringStatusList', 'Revocation', 'localhost']
    }, {
      id: '${INSTANCE_DID}',
      endpoint: '${BASE_URL}/issuers/w3c/credentials/issue',
      headers,
      supports: {vc: ['1.1', '2.0']},
      tags: ['eddsa-rdfc-2022', 'localhost']
    }],
    verifiers: [{
      id: '${ISSUER_ID}',
      endpoint: '${BASE_URL}/credentials/verify',
      supports: {vc: ['2.0']},
      tags
    }],
    vpVerifiers: [{
      id: '${ISSUER_ID}',
      endpoint: '${BASE_URL}/presentations/verify',
      supports: {vc: ['2.0']},
      tags
    }]
  }]
};
JS
}

status=0
for suite in "${SUITES[@]}"; do
  name="$(basename "$suite")"
  write_config "$suite"
  report="$WORK/$name.json"
  grep_args=()
  if [ -n "${MOCHA_GREP:-}" ]; then
    grep_args=(--grep "$MOCHA_GREP")
  fi
  (
    cd "$suite"
    NODE_EXTRA_CA_CERTS="$WORK/cert.pem" npx mocha tests/ --timeout 15000 --preserve-symlinks \
      --reporter json --reporter-option "output=$report" "${grep_args[@]}" \
      >"$WORK/$name.log" 2>&1
  ) || true
  if [ ! -s "$report" ]; then
    echo "== $name: no report (see $WORK/$name.log)"
    tail -n 20 "$WORK/$name.log"
    status=1
    continue
  fi
  "$PYTHON" - "$name" "$report" <<'PY' || status=1
import json
import sys

name, path = sys.argv[1], sys.argv[2]
report = json.load(open(path, encoding="utf-8"))
stats = report["stats"]
print(f"== {name}: {stats['passes']} passed, {stats['failures']} failed, {stats['pending']} pending")
for test in report["failures"]:
    message = (test.get("err", {}).get("message") or "").strip().splitlines()
    print(f"  FAIL {test['fullTitle']}\n       {message[0][:300] if message else ''}")
for test in report["pending"]:
    print(f"  PENDING {test['fullTitle']}")
sys.exit(1 if stats["failures"] else 0)
PY
done
exit "$status"
