"""Build the ODT material of CRCN 3.1 items (assessment/items/3.1/material/*.odt).

Each document mixes paragraphs with a real heading style (Titre 1 / Heading 1, Titre 2 / Heading 2)
and paragraphs only formatted by hand to look like headings (bold, large). The items ask what the
styles are, which only the style list of a word processor shows. Run:
python scripts/material/3.1_documents.py
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parents[2] / "assessment" / "items" / "3.1" / "material"
STAMP = (2026, 11, 30, 9, 0, 0)
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'office:version="1.3"'
)
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:styles>
<style:style style:name="Standard" style:family="paragraph" style:class="text">
<style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"
 style:class="text">
<style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
 style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
 style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
</office:styles></office:document-styles>
"""
MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.3">
<manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
# Automatic styles: P1 looks like a level-1 heading, P2 like a level-2 one; both are plain
# paragraphs.
AUTO = (
    "<office:automatic-styles>"
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
    "</office:automatic-styles>"
)

# Each paragraph: (kind, text). kind: H1/H2 = real heading style, F1/F2 = faked by hand, P = body.
BODY = "Texte du paragraphe."
DOCS: dict[str, list[tuple[str, str]]] = {
    # headings-*: count the paragraphs in the level-1 heading style.
    "headings-a": [
        ("H1", "Introduction"),
        ("P", ""),
        ("H2", "Contexte"),
        ("P", ""),
        ("F1", "Méthode"),
        ("P", ""),
        ("H1", "Résultats"),
        ("P", ""),
        ("H2", "Chiffres clés"),
        ("P", ""),
        ("H1", "Conclusion"),
        ("P", ""),
    ],
    "headings-b": [
        ("F1", "Présentation"),
        ("P", ""),
        ("H1", "Les besoins"),
        ("P", ""),
        ("H2", "Budget"),
        ("P", ""),
        ("F1", "Calendrier"),
        ("P", ""),
        ("H1", "Annexes"),
        ("P", ""),
    ],
    "headings-c": [
        ("H1", "Objet"),
        ("P", ""),
        ("H1", "Participants"),
        ("P", ""),
        ("F2", "Ordre du jour"),
        ("P", ""),
        ("H1", "Décisions"),
        ("P", ""),
        ("H2", "Suite à donner"),
        ("P", ""),
        ("H1", "Prochaine réunion"),
        ("P", ""),
    ],
    "headings-d": [
        ("F1", "Sommaire"),
        ("P", ""),
        ("F1", "Partie A"),
        ("P", ""),
        ("H2", "A.1"),
        ("P", ""),
        ("F1", "Partie B"),
        ("P", ""),
        ("H1", "Partie C"),
        ("P", ""),
    ],
    "headings-e": [
        ("H1", "Accueil"),
        ("P", ""),
        ("F1", "Inscriptions"),
        ("P", ""),
        ("H1", "Activités"),
        ("P", ""),
        ("H2", "Sport"),
        ("P", ""),
        ("H2", "Musique"),
        ("P", ""),
        ("H1", "Tarifs"),
        ("P", ""),
        ("H1", "Contact"),
        ("P", ""),
        ("H1", "Mentions"),
        ("P", ""),
    ],
    # outline-*: exactly one faked heading, which a table of contents would miss.
    "outline-a": [
        ("H1", "Bilan de l’année"),
        ("P", ""),
        ("H2", "Les adhérents"),
        ("P", ""),
        ("F2", "Les finances"),
        ("P", ""),
        ("H2", "Les projets"),
        ("P", ""),
    ],
    "outline-b": [
        ("H1", "Guide d’accueil"),
        ("P", ""),
        ("F1", "Votre premier jour"),
        ("P", ""),
        ("H1", "Les outils"),
        ("P", ""),
        ("H2", "Messagerie"),
        ("P", ""),
    ],
    "outline-c": [
        ("H1", "Compte rendu"),
        ("P", ""),
        ("H2", "Présents"),
        ("P", ""),
        ("H2", "Discussion"),
        ("P", ""),
        ("H2", "Vote"),
        ("P", ""),
        ("F2", "Questions diverses"),
        ("P", ""),
    ],
    "outline-e": [
        ("H1", "Projet de jardin partagé"),
        ("P", ""),
        ("H2", "Le terrain"),
        ("P", ""),
        ("H2", "Les membres"),
        ("P", ""),
        ("F2", "Le budget prévisionnel"),
        ("P", ""),
        ("H1", "Calendrier"),
        ("P", ""),
    ],
    "outline-d": [
        ("F1", "Règlement intérieur"),
        ("P", ""),
        ("H1", "Article 1 – Horaires"),
        ("P", ""),
        ("H1", "Article 2 – Sécurité"),
        ("P", ""),
    ],
}


def content(paragraphs: list[tuple[str, str]]) -> str:
    parts = []
    for kind, text in paragraphs:
        if kind in ("H1", "H2"):
            level = kind[1]
            parts.append(
                f'<text:h text:style-name="Heading_20_{level}" '
                f'text:outline-level="{level}">{escape(text)}</text:h>'
            )
        elif kind in ("F1", "F2"):
            parts.append(f'<text:p text:style-name="P{kind[1]}">{escape(text)}</text:p>')
        else:
            parts.append(f'<text:p text:style-name="Standard">{escape(text or BODY)}</text:p>')
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>{AUTO}'
        f"<office:body><office:text>{''.join(parts)}</office:text></office:body></office:document-content>\n"
    )


def member(archive: zipfile.ZipFile, name: str, data: str, stored: bool = False) -> None:
    info = zipfile.ZipInfo(name, date_time=STAMP)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def build() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, paragraphs in DOCS.items():
        with zipfile.ZipFile(OUT / f"{name}.odt", "w") as archive:
            member(archive, "mimetype", "application/vnd.oasis.opendocument.text", stored=True)
            member(archive, "META-INF/manifest.xml", MANIFEST)
            member(archive, "styles.xml", STYLES)
            member(archive, "content.xml", content(paragraphs))


if __name__ == "__main__":
    build()
