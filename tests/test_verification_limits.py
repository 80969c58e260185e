"""Codes cannot be enumerated: per-address look-up limits (both databases; Redis stores are
the accounts' own, tested in test_accounts_stores), the allow-list, 429 with problem details
and ``Retry-After`` on the code page, and the codes' entropy."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime
from certificates import certificate
from issuance_jobs_helpers import result_ids, synthetic_session
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.app import create_app
from certinum.issuance.service import issue
from certinum.settings import Settings, SettingsError
from certinum.verification.lookup_limits import TooManyLookups, charge
from issuer.codes import ALPHABET, BODY_LENGTH, generate_code

LIMITS = {
    "CERTINUM_LOOKUP_LIMIT": "3",
    "CERTINUM_LOOKUP_WINDOW_MINUTES": "10",
    "CERTINUM_LOOKUP_ALLOW": "192.0.2.0/24, 2001:db8::7",
    "CERTINUM_TRUSTED_PROXIES": "10.0.0.0/8",
}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def area(service_env: dict[str, str], clock: Clock) -> Iterator[AccountsArea]:
    with accounts_runtime(service_env, clock, **LIMITS) as runtime:
        yield AccountsArea.open(runtime)


def test_the_settings_parse_and_refuse_bad_values() -> None:
    default = Settings.from_env({}).lookups
    assert (default.per_window, default.window_minutes, default.allow) == (1000, 60, ())
    settings = Settings.from_env(LIMITS).lookups
    assert settings.per_window == 3 and settings.window_minutes == 10
    assert [str(n) for n in settings.allow] == ["192.0.2.0/24", "2001:db8::7/128"]
    assert settings.allows("192.0.2.55") and settings.allows("2001:db8::7")
    assert not settings.allows("192.0.3.1") and not settings.allows("testclient")
    for name, bad in [
        ("CERTINUM_LOOKUP_ALLOW", "10.0.0.1, loadclient.example"),
        ("CERTINUM_LOOKUP_LIMIT", "0"),
        ("CERTINUM_LOOKUP_LIMIT", "lots"),
        ("CERTINUM_LOOKUP_WINDOW_MINUTES", "-5"),
    ]:
        with pytest.raises(SettingsError, match=name):
            Settings.from_env({name: bad})


def test_the_window_limits_each_address(area: AccountsArea, clock: Clock) -> None:
    for _ in range(3):
        charge(area, "198.51.100.1")
    with pytest.raises(TooManyLookups) as refused:
        charge(area, "198.51.100.1")
    assert refused.value.retry_after == 10 * 60 + 1
    assert refused.value.headers == {"Retry-After": str(10 * 60 + 1)}
    charge(area, "198.51.100.2")  # another address has its own window
    clock.advance(minutes=4)
    with pytest.raises(TooManyLookups) as later:
        charge(area, "198.51.100.1")
    assert later.value.retry_after == 6 * 60 + 1
    clock.advance(minutes=6, seconds=1)
    charge(area, "198.51.100.1")  # the first three left the window


def test_a_bulk_charge_counts_each_code_or_none(area: AccountsArea) -> None:
    charge(area, "198.51.100.3", 2)
    with pytest.raises(TooManyLookups):
        charge(area, "198.51.100.3", 2)  # one left: refused, nothing counted
    charge(area, "198.51.100.3", 1)
    with pytest.raises(TooManyLookups, match="at most 3 codes"):
        charge(area, "198.51.100.4", 4)
    with pytest.raises(ValueError):
        charge(area, "198.51.100.4", 0)


def test_the_allow_list_is_never_limited(area: AccountsArea) -> None:
    for _ in range(10):
        charge(area, "192.0.2.9")
        charge(area, "2001:db8::7", 3)


class Peer:
    """The app as reached from ``host`` (the test client's peer is always ``testclient``)."""

    def __init__(self, app: Any, host: str) -> None:
        self.app, self.host = app, host

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            scope = {**scope, "client": (self.host, 40000)}
        await self.app(scope, receive, send)


def _statuses(area: AccountsArea, peer: str, paths: list[str], **headers: str) -> list[Any]:
    app = create_app(runtime=area.runtime, accounts=area)
    with TestClient(Peer(app, peer), base_url="https://certinum.example") as client:  # type: ignore[arg-type]
        return [client.get(path, headers=headers) for path in paths]


def test_the_code_page_answers_429_with_problem_details(area: AccountsArea) -> None:
    runtime = area.runtime
    [(result_id, _)] = result_ids(runtime, synthetic_session(runtime, 1, seed=3)).values()
    doc = certificate(runtime.settings.did, runtime.settings.base_url)
    issue(runtime, doc, actor="test", verification_code="P-7KQ2MXRB", result_id=result_id)
    paths = ["/verify/P-2222BBBB", "/verify/P-7KQ2MXRB", "/verify/nonsense", "/verify/P-7KQ2MXRB"]
    responses = _statuses(area, "198.51.100.8", paths)
    assert [r.status_code for r in responses] == [404, 200, 404, 429]
    refused = responses[-1]
    assert refused.headers["retry-after"] == str(10 * 60 + 1)
    assert refused.headers["content-type"].startswith("application/problem+json")
    body = refused.json()
    assert body["status"] == 429 and body["type"].endswith("too-many-lookups")
    assert body["retryAfter"] == 10 * 60 + 1


def test_the_downloads_charge_the_page_limit(area: AccountsArea) -> None:
    """The PDF and the credential of a code are look-ups too: they share the page's window."""
    runtime = area.runtime
    [(result_id, _)] = result_ids(runtime, synthetic_session(runtime, 1, seed=4)).values()
    doc = certificate(runtime.settings.did, runtime.settings.base_url)
    issue(runtime, doc, actor="test", verification_code="P-7KQ2MXRB", result_id=result_id)
    code = "/verify/P-7KQ2MXRB"
    paths = [code + "/credential.json", code, code + "/certificate.pdf", code + "/credential.json"]
    responses = _statuses(area, "198.51.100.9", paths)
    assert [r.status_code for r in responses][:3] == [200, 200, 200]
    refused = responses[-1]
    assert refused.status_code == 429
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.json()["type"].endswith("too-many-lookups")
    more = _statuses(area, "198.51.100.9", [code + "/certificate.pdf", "/verify/P-2222BBBB"])
    assert [r.status_code for r in more] == [429, 429]
    assert all(r.json()["type"].endswith("too-many-lookups") for r in more)


def test_behind_a_trusted_proxy_the_forwarded_client_counts(area: AccountsArea) -> None:
    paths = ["/verify/P-2222BBBB"] * 4
    forged = _statuses(area, "203.0.113.5", paths, **{"X-Forwarded-For": "192.0.2.1"})
    assert [r.status_code for r in forged] == [404, 404, 404, 429]  # untrusted peer: ignored
    proxied = _statuses(area, "10.0.0.5", paths, **{"X-Forwarded-For": "192.0.2.1"})
    assert [r.status_code for r in proxied] == [404] * 4  # the allow-listed client behind it


def test_codes_have_at_least_36_bits_of_entropy() -> None:
    """Each of the 8 characters is drawn independently and uniformly from 24 distinct ones:
    log2(24^8) ≈ 36.7 bits."""
    assert len(set(ALPHABET)) == len(ALPHABET) == 24
    assert BODY_LENGTH * math.log2(len(ALPHABET)) >= 36
    asked: list[int] = []

    def counting(n: int) -> int:
        asked.append(n)
        return len(asked) % n

    generate_code(randbelow=counting)
    assert asked == [len(ALPHABET)] * BODY_LENGTH  # one independent draw per character


def test_drawn_codes_use_the_whole_alphabet_evenly() -> None:
    """20,000 codes from the CSPRNG: every position takes every character with about the
    same frequency (chi-squared at 23 degrees of freedom; 70 is exceeded by chance with
    probability about 1e-6 per position)."""
    codes = [generate_code() for _ in range(20_000)]
    for position in range(2, 2 + BODY_LENGTH):
        counts = Counter(code[position] for code in codes)
        assert set(counts) == set(ALPHABET)
        expected = len(codes) / len(ALPHABET)
        chi2 = sum((counts[c] - expected) ** 2 / expected for c in ALPHABET)
        assert chi2 < 70, (position, chi2)
