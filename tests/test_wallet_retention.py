"""``certinum retention purge`` sweeps the expired OpenID4VCI offers and nonces: expired
rows go, live ones stay, and so does an expired offer a wallet copy was issued for (the
record of that copy). SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from accounts_helpers import Clock
from issuance_jobs_helpers import issued_rows, published_session, run_jobs
from litestar.testing import TestClient
from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.retention import purge
from certinum.db import transaction
from certinum.wallet.oid4vci_offers import OFFER_TTL, create_offer, exchange
from certinum.wallet.oid4vci_tables import WalletIssuance, WalletNonce, WalletOffer
from wallet_export.oid4vci_offer import TokenRequest


def _pre(offer: Any) -> str:
    return str(urlsplit(offer.offer_url).path.rsplit("/", 1)[-1])


def test_expired_offers_and_nonces_go_live_ones_stay(
    client: TestClient[Any], area: AccountsArea
) -> None:
    rt = area.runtime
    session_id, _, _ = published_session(client, area)
    run_jobs(rt, session_id)
    code = str(issued_rows(rt, session_id)[0].verification_code)
    clock = rt.clock
    assert isinstance(clock, Clock)

    never_used, exchanged, with_copy = (create_offer(rt, code) for _ in range(3))
    exchange(rt, TokenRequest(_pre(exchanged), exchanged.tx_code))
    with transaction(rt.sessions) as db:
        db.add(
            WalletIssuance(offer_id=with_copy.offer_id, holder="did:key:z6Mk", issued_at=clock())
        )
    clock.advance(seconds=OFFER_TTL.total_seconds() + 60)
    live = create_offer(rt, code)
    now = clock()
    with transaction(rt.sessions) as db:
        db.add(WalletNonce(nonce_hash="e" * 64, expires_at=now - timedelta(seconds=1)))
        db.add(WalletNonce(nonce_hash="1" * 64, expires_at=now + timedelta(minutes=4)))

    expected = {"wallet_offers": 2, "wallet_nonces": 1}
    counted = purge(area, dry_run=True)
    assert {kind: counted[kind] for kind in expected} == expected
    done = purge(area)
    assert {kind: done[kind] for kind in expected} == expected

    with rt.sessions() as db:
        offers = set(db.scalars(select(WalletOffer.id)))
        nonces = set(db.scalars(select(WalletNonce.nonce_hash)))
    assert offers == {with_copy.offer_id, live.offer_id}
    assert never_used.offer_id not in offers and exchanged.offer_id not in offers
    assert nonces == {"1" * 64}
    assert client.get(urlsplit(live.offer_url).path).status_code == 200
    again = purge(area)
    assert {kind: again[kind] for kind in expected} == dict.fromkeys(expected, 0)
