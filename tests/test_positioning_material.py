"""Format-2 items in the candidate's pages and API: material served to the candidate asked it
only, with headers that keep it inert; answer forms for fields, number and pick (a listed
element in HTML, a CSV cell, a text line); the order of the elements drawn per candidate and
stored; validation messages in French (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime, add_account, session_headers
from litestar.testing import TestClient
from positioning_bank import write_test_bank

from assessment.bank import load_bank
from certinum.accounts.area import AccountsArea
from certinum.positioning.catalogue import Catalogue, use_item_bank
from certinum.positioning.material import SANDBOX_POLICY
from certinum.positioning.simulate import Oracle, simulated_answer
from certinum.positioning.tables import PositioningQuestion

API = "/api/positioning"
TOKEN = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')
REFERENCE = re.compile(r'name="reference" value="([^"]+)"')
KIND = re.compile(r'name="kind" value="([^"]+)"')
MODE = re.compile(r'name="mode" value="([^"]+)"')
FIELD = re.compile(r'name="(field-[^"]+)"')


@pytest.fixture
def bank_dir(tmp_path: Path) -> Iterator[Path]:
    yield write_test_bank(tmp_path / "bank")
    use_item_bank(None)  # the next test serves the packaged bank again


@pytest.fixture
def area(service_env: dict[str, str], bank_dir: Path) -> Iterator[AccountsArea]:
    with accounts_runtime(service_env, Clock(), CERTINUM_ITEM_BANK=str(bank_dir)) as runtime:
        yield AccountsArea.open(runtime)


def _login(area: AccountsArea, client: TestClient[Any], login: str) -> dict[str, str]:
    account = add_account(area, login, ("candidate", ""))
    cookies, headers = session_headers(area, account)
    client.cookies.clear()
    client.cookies.update(cookies)
    return headers


def _start_page(client: TestClient[Any], competence: str) -> tuple[str, str]:
    """Start ``competence`` through the profile's form; the test's URL and its first page."""
    token = TOKEN.search(client.get("/candidate").text)
    assert token
    started = client.post(
        "/candidate/attempts",
        data={"csrf_token": token.group(1), "competence": competence},
        follow_redirects=False,
    )
    assert started.status_code == 303
    url = started.headers["location"]
    return url, client.get(url).text


def _submit(client: TestClient[Any], url: str, html: str, answer: dict[str, Any]) -> Any:
    token, reference, kind = TOKEN.search(html), REFERENCE.search(html), KIND.search(html)
    assert token and reference and kind
    data = {"csrf_token": token.group(1), "reference": reference.group(1), "kind": kind.group(1)}
    mode = MODE.search(html)
    if mode:
        data["mode"] = mode.group(1)
    return client.post(f"{url}/answers", data={**data, **answer}, follow_redirects=False)


def _stored(area: AccountsArea, reference: str) -> PositioningQuestion:
    with area.runtime.sessions() as session:
        row = session.query(PositioningQuestion).filter_by(reference=reference).one()
        session.expunge(row)
    return row


def test_an_html_pick_lists_the_elements_shuffled_and_serves_its_material_sandboxed(
    area: AccountsArea, client: TestClient[Any], bank_dir: Path
) -> None:
    _login(area, client, "ana")
    url, html = _start_page(client, "1.1")
    assert '<iframe sandbox src="' + url + '/material/m1" title="Une page de résultats."' in html
    assert f'href="{url}/material/m2" download' in html and "Un tableau." in html
    assert '<th scope="col">A</th>' in html  # the CSV readable in the page, with its letters
    # the random CSRF token and question reference may hold "l1" by chance: not searched
    shown = re.sub(r'name="(csrf_token|reference)" value="[^"]*"', "", html)
    for secret in ("f-1.1-0a0a0a03", "page-a", "page-b", "table.csv", "l1", "l2", "data-pick"):
        assert secret not in shown
    labels = re.findall(r'<label for="p\d">([^<]+)</label>', html)
    assert sorted(labels) == ["Lien", "Lien", "Sponsorisé"]

    frame = client.get(f"{url}/material/m1")
    assert frame.status_code == 200 and frame.headers["content-type"].startswith("text/html")
    assert frame.headers["x-content-type-options"] == "nosniff"
    assert frame.headers["content-security-policy"] == SANDBOX_POLICY
    assert "content-disposition" not in frame.headers
    sheet = client.get(f"{url}/material/m2")
    assert sheet.headers["content-disposition"] == 'attachment; filename="m2.csv"'
    assert sheet.headers["content-type"].startswith("text/csv")
    assert client.get(f"{url}/material/m3").status_code == 404
    assert client.get(f"{url}/material/..%2F1.1%2Fpick.yaml").status_code == 404

    reference = REFERENCE.search(html)
    assert reference
    row = _stored(area, reference.group(1))
    right_at = labels.index("Sponsorisé")
    assert sorted(row.proposal_order) == [0, 1, 2]  # the order drawn, stored with the question
    done = _submit(client, url, html, {"answer": str(right_at)})
    assert done.status_code == 303
    row = _stored(area, reference.group(1))
    assert row.correct is True and row.answer == right_at  # the position shown, and its order
    assert client.get(f"{url}/material/m1").status_code == 404  # the attempt is finished


def test_material_is_only_for_the_candidate_asked_it(
    area: AccountsArea, client: TestClient[Any]
) -> None:
    headers = _login(area, client, "bea")
    attempt = client.post(f"{API}/attempts", json={"competence": "4.3"}, headers=headers).json()
    question = client.get(f"{API}/attempts/{attempt['id']}/question?locale=en").json()["question"]
    assert question["unit"] == "h" and question["type"] == "number"
    assert [m["ref"] for m in question["material"]] == ["m1", "m2"]
    assert question["material"][0] == {
        "ref": "m1", "media_type": "image/png", "alt": "Screenshot: 3 h 30 a day.", "size": 40,
    }  # fmt: skip
    image = client.get(f"{API}/attempts/{attempt['id']}/material/m1?locale=en")
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    assert image.headers["x-content-type-options"] == "nosniff"
    archive = client.get(f"{API}/attempts/{attempt['id']}/material/m2")
    assert archive.headers["content-disposition"] == 'attachment; filename="m2.zip"'

    _login(area, client, "carl")
    other = client.get(f"{API}/attempts/{attempt['id']}/material/m1")
    assert other.status_code == 404 and other.json()["type"].endswith("/unknown-attempt")
    page = client.get(f"/candidate/attempts/{attempt['id']}/material/m1?lang=en")
    assert page.status_code == 404 and "not part of the question being asked" in page.text


def test_number_and_line_and_cell_forms(area: AccountsArea, client: TestClient[Any]) -> None:
    _login(area, client, "dan")
    url, html = _start_page(client, "4.3")
    assert "En h (une autre unité de même nature est convertie)." in html
    assert 'src="' + url + '/material/m1" alt="Capture : 3 h 30 par jour."' in html
    empty = _submit(client, url, html, {"answer": "  "})
    assert empty.status_code == 422 and "Écrivez votre réponse avant de valider." in empty.text
    assert _submit(client, url, html, {"answer": "1 470 min"}).status_code == 303
    assert "Test terminé" in client.get(url).text

    url, html = _start_page(client, "1.2")
    assert '<ol class="material-lines">' in html and "lecture &lt;config&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
    bad = _submit(client, url, html, {"answer": "quatre"})
    assert bad.status_code == 422 and "Écrivez un numéro de ligne, par exemple 12." in bad.text
    reference = REFERENCE.search(html)
    assert reference and _submit(client, url, html, {"answer": "4"}).status_code == 303
    assert _stored(area, reference.group(1)).correct is True

    url, html = _start_page(client, "1.3")
    bad = _submit(client, url, html, {"answer": "7B"})
    assert bad.status_code == 422 and "Écrivez une référence de cellule" in bad.text
    reference = REFERENCE.search(html)
    assert reference and _submit(client, url, html, {"answer": "b3"}).status_code == 303
    assert _stored(area, reference.group(1)).correct is True


def test_the_simulator_answers_every_type_from_the_item_id(
    area: AccountsArea, client: TestClient[Any], bank_dir: Path
) -> None:
    catalogue = Catalogue(load_bank(bank_dir))
    oracle = Oracle(area.runtime, catalogue)
    for competence in ("1.1", "1.2", "1.3", "4.3"):
        for right in (True, False):
            headers = _login(area, client, f"eve-{competence}-{right}")
            attempt = client.post(
                f"{API}/attempts", json={"competence": competence}, headers=headers
            ).json()
            question = client.get(f"{API}/attempts/{attempt['id']}/question").json()["question"]
            challenge, order = oracle.asked(question["reference"])
            given = simulated_answer(challenge, order, right)
            reply = client.post(
                f"{API}/attempts/{attempt['id']}/answers",
                json={"reference": question["reference"], "answer": given},
                headers=headers,
            )
            assert reply.status_code == 200, reply.text
            assert _stored(area, question["reference"]).correct is right, (competence, given)
