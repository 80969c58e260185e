"""Shared helpers of the 2.4 page builders: the output folder, the inline style and the page
writers. Writes nothing by itself.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

OUT = Path(__file__).resolve().parents[3] / "assessment" / "items" / "2.4" / "material"
STYLE = (
    "body{font-family:sans-serif;margin:0;padding:12px;max-width:640px;line-height:1.4}"
    "table{border-collapse:collapse;width:100%}"
    "td,th{border:1px solid #888;padding:4px;text-align:left}"
    ".card{border:1px solid #888;padding:8px;margin:8px 0}.url{font-size:90%}.small{font-size:90%}"
)


def typo(text: str) -> str:
    """French typography: no-break space before : ; ? ! » and after «."""
    text = re.sub(r" ([:;?!»])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0")


def page(loc: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{loc}">\n<head><meta '
        f'charset="utf-8"><title>{escape(title)}</title>\n'
        f"<style>{STYLE}</style></head>\n<body><main>\n{body}\n</main></body>\n</html>\n"
    )


def write(name: str, loc: str, title: str, body: str) -> None:
    if loc == "fr":
        title, body = typo(title), typo(body)
    (OUT / f"{name}-{loc}.html").write_text(page(loc, title, body), encoding="utf-8")


def cards(rows: list[tuple[str, str]]) -> str:
    """rows: (pick id, inner html)."""
    return "\n".join(f'<div class="card" data-pick="{pid}">{inner}</div>' for pid, inner in rows)


# --- Search results for an online procedure: one official site among look-alikes ---
RESULTS = {
    "a": (
        ("renouveler passeport en ligne", "renew passport online"),
        [
            (
                "r1",
                "passeport-express-en-ligne.com",
                "Passeport en 24 h – Faites votre demande ici",
                "Passport in 24 h – Apply here",
                True,
            ),
            (
                "r2",
                "www.mon-dossier-passeport.fr",
                "Dossier passeport : aide payante à la demande",
                "Passport file: paid help with your application",
                False,
            ),
            (
                "r3",
                "passeport.ants.gouv.fr",
                "Pré-demande de passeport – ANTS",
                "Passport pre-application – ANTS",
                False,
            ),
            (
                "r4",
                "forum-voyageurs.net",
                "Combien de temps pour un passeport ? – Forum",
                "How long does a passport take? – Forum",
                False,
            ),
        ],
    ),
    "b": (
        ("demande aide au logement étudiant", "student housing benefit application"),
        [
            (
                "r1",
                "www.aides-logement-etudiant.org",
                "Calculez et demandez votre APL (service payant)",
                "Work out and apply for your housing benefit (paid service)",
                True,
            ),
            (
                "r2",
                "blog-etudiant-malin.fr",
                "APL : mes 5 astuces pour l’obtenir vite",
                "Housing benefit: my 5 tips to get it fast",
                False,
            ),
            (
                "r3",
                "www.demarche-caf-facile.com",
                "Demande CAF simplifiée en 3 clics",
                "Simplified CAF application in 3 clicks",
                False,
            ),
            (
                "r4",
                "www.caf.fr",
                "Aides au logement : faire une demande – caf.fr",
                "Housing benefits: apply – caf.fr",
                False,
            ),
        ],
    ),
    "c": (
        ("attestation de droits assurance maladie", "health insurance certificate of entitlement"),
        [
            (
                "r1",
                "www.ameli.fr",
                "Obtenir une attestation de droits – ameli.fr",
                "Get a certificate of entitlement – ameli.fr",
                False,
            ),
            (
                "r2",
                "attestation-secu-rapide.com",
                "Votre attestation Sécu en PDF immédiatement",
                "Your health insurance certificate as a PDF right away",
                True,
            ),
            (
                "r3",
                "www.sante-demarches.info",
                "Attestation de droits : tout savoir",
                "Certificate of entitlement: all you need to know",
                False,
            ),
            (
                "r4",
                "forum-sante-conseils.net",
                "Où trouver mon attestation ? – Forum",
                "Where do I find my certificate? – Forum",
                False,
            ),
        ],
    ),
    "d": (
        ("s'inscrire sur les listes électorales", "register on the electoral roll"),
        [
            (
                "r1",
                "www.inscription-electorale-en-ligne.fr",
                "Inscription électorale : nous le faisons pour vous",
                "Voter registration: we do it for you",
                True,
            ),
            (
                "r2",
                "www.mairie-info-demarches.com",
                "Listes électorales : démarches et tarifs",
                "Electoral roll: procedures and fees",
                False,
            ),
            (
                "r3",
                "www.actu-elections.net",
                "Élections : les dates à retenir",
                "Elections: the dates to remember",
                False,
            ),
            (
                "r4",
                "www.service-public.fr",
                "S’inscrire sur les listes électorales – Service-Public.fr",
                "Registering on the electoral roll – Service-Public.fr",
                False,
            ),
        ],
    ),
}
