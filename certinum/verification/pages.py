"""The public verification pages: ``GET /verify`` and ``GET /verify/{code}``.

An employer types a code (or follows the QR code of a certificate) and sees at once whether the
certificate is authentic, who issued it, whether it was revoked, and every check by name.
Server-rendered HTML with no script: it works in any browser and prints cleanly.
"""

from __future__ import annotations

from html import escape
from importlib import resources
from typing import Any

from assessment.framework import COMPETENCES
from issuer.openbadge import MAX_SCORE, band_for_score
from verifier.verify import VerificationResult

CHECK_LABELS = {
    "well_formed": "Document bien formé",
    "schema": "Conforme à Open Badges 3.0",
    "contexts_allowed": "Vocabulaires reconnus",
    "proof": "Signature électronique valide",
    "assertion_method": "Clé autorisée par l'émetteur",
    "issuer_controls_key": "Clé contrôlée par l'émetteur",
    "validity_period": "Période de validité",
    "status": "Ni révoqué ni suspendu",
}

STYLE = resources.files("certinum.static").joinpath("verify.css").read_text(encoding="utf-8")


def _layout(title: str, body: str) -> str:
    return (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title)} — Certinum</title><style>{STYLE}</style></head><body>"
        '<header><a href="/verify">Certinum · Vérification des certificats</a></header>'
        f"<main>{body}</main></body></html>"
    )


def _form(value: str = "", error: str = "") -> str:
    err = f'<p class="verdict bad" role="alert">{escape(error)}</p>' if error else ""
    return (
        '<div class="card"><h1>Vérifier un certificat</h1>'
        "<p>Saisissez le code de vérification figurant sur le certificat "
        "(par exemple <code>P-7KQ2MXRB</code>).</p>"
        f'{err}<form method="get" action="/verify">'
        '<label for="code">Code de vérification</label><br>'
        f'<input type="text" id="code" name="code" value="{escape(value)}" maxlength="20" '
        'autocomplete="off" required> <button type="submit">Vérifier</button></form>'
        '<p class="muted">Les logiciels peuvent aussi vérifier un certificat électronique '
        "par l'API <code>POST /credentials/verify</code>.</p></div>"
    )


def verify_form_page(code: str = "", error: str = "") -> str:
    return _layout("Vérifier un certificat", _form(code, error))


def verdict(result: VerificationResult) -> tuple[str, str]:
    """(css class, sentence) of the public verdicts: the design's four, and suspended."""
    if result.revoked:
        return "bad", "Certificat révoqué par son émetteur"
    if any(c.name == "status" and c.code == "SUSPENDED" for c in result.checks):
        return "bad", "Certificat suspendu par son émetteur"
    if result.verified and result.trusted:
        return "ok", "Certificat authentique"
    if result.verified:
        return "warn", "Signature valide, mais d'un émetteur que nous ne connaissons pas"
    return "bad", "Certificat non authentique"


def _results_table(doc: dict[str, Any]) -> str:
    subject = doc.get("credentialSubject") or {}
    results = subject.get("result") or []
    by_id = {r.get("resultDescription", ""): r for r in results if isinstance(r, dict)}
    rows = []
    for comp in COMPETENCES:
        found = next((r for k, r in by_id.items() if k.endswith(f"#competence-{comp.code}")), None)
        if found is not None:
            rows.append(
                f"<tr><td>{comp.code}</td><td>{escape(comp.title_fr)}</td>"
                f"<td>{escape(str(found.get('value', '')))}</td></tr>"
            )
    score = next((r.get("value") for k, r in by_id.items() if k.endswith("#score")), None)
    head = ""
    if score is not None and str(score).isdigit() and int(score) <= MAX_SCORE:
        band = band_for_score(int(score))
        head = (
            f"<p><strong>Score global :</strong> {escape(str(score))} / {MAX_SCORE} · "
            f"<strong>{escape(band.name_fr)}</strong> ({escape(band.name_en)})</p>"
        )
    if not rows:
        return head
    return (
        f"{head}<table><thead><tr><th>Code</th><th>Compétence</th><th>Niveau</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def certificate_page(code: str, doc: dict[str, Any], result: VerificationResult) -> str:
    css, sentence = verdict(result)
    subject = doc.get("credentialSubject") or {}
    issuer = doc.get("issuer")
    issuer_name = issuer.get("name", "") if isinstance(issuer, dict) else str(issuer)
    source = subject.get("source") or {}
    checks = "".join(
        f'<li class="check-{c.status}">{escape(CHECK_LABELS.get(c.name, c.name))}'
        f"{' — ' + escape(c.message) if c.status == 'failed' else ''}</li>"
        for c in result.checks
    )
    body = (
        f'<div class="card"><p class="verdict {css}" role="status">{escape(sentence)}</p>'
        f"<h1>{escape(str(subject.get('name', '')))}</h1>"
        f"<p>Code <strong>{escape(code)}</strong> · session du "
        f"{escape(str(subject.get('activityEndDate', ''))[:10])}"
        f"{' · ' + escape(str(source.get('name'))) if source.get('name') else ''}</p>"
        f"<p>Émis par <strong>{escape(issuer_name)}</strong> "
        f'<span class="muted">({escape(str(result.issuer))})</span></p>'
        f"{_results_table(doc)}</div>"
        f'<div class="card"><h2>Contrôles</h2><ul>{checks}</ul></div>'
        f"{_form()}"
    )
    return _layout(f"Certificat {code}", body)
