"""The CRCN framework (Cadre de référence des compétences numériques, from DigComp 2.1).

5 areas, 16 competences, levels 1 to 8; 8 pix per level, 64 per competence, 1024 in all.
"""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = range(1, 9)
PIX_PER_LEVEL = 8
MAX_LEVEL = 8
PIX_PER_COMPETENCE = PIX_PER_LEVEL * MAX_LEVEL  # 64
CERTIFIABLE_MIN_COMPETENCES = 5  # at least 5 competences at level ≥ 1 in the positioning profile


@dataclass(frozen=True, slots=True)
class Area:
    code: str
    title_fr: str
    title_en: str


@dataclass(frozen=True, slots=True)
class Competence:
    code: str
    area: str
    title_fr: str
    title_en: str


AREAS: tuple[Area, ...] = (
    Area("1", "Information et données", "Information and data"),
    Area("2", "Communication et collaboration", "Communication and collaboration"),
    Area("3", "Création de contenu", "Content creation"),
    Area("4", "Protection et sécurité", "Protection and security"),
    Area("5", "Environnement numérique", "Digital environment"),
)

COMPETENCES: tuple[Competence, ...] = (
    Competence(
        "1.1",
        "1",
        "Mener une recherche et une veille d'information",
        "Searching and monitoring information",
    ),
    Competence("1.2", "1", "Gérer des données", "Managing data"),
    Competence("1.3", "1", "Traiter des données", "Processing data"),
    Competence("2.1", "2", "Interagir", "Interacting"),
    Competence("2.2", "2", "Partager et publier", "Sharing and publishing"),
    Competence("2.3", "2", "Collaborer", "Collaborating"),
    Competence("2.4", "2", "S'insérer dans le monde numérique", "Engaging in the digital world"),
    Competence("3.1", "3", "Développer des documents textuels", "Developing text documents"),
    Competence(
        "3.2", "3", "Développer des documents multimédia", "Developing multimedia documents"
    ),
    Competence(
        "3.3", "3", "Adapter les documents à leur finalité", "Adapting documents to their purpose"
    ),
    Competence("3.4", "3", "Programmer", "Programming"),
    Competence(
        "4.1", "4", "Sécuriser l'environnement numérique", "Securing the digital environment"
    ),
    Competence(
        "4.2",
        "4",
        "Protéger les données personnelles et la vie privée",
        "Protecting personal data and privacy",
    ),
    Competence(
        "4.3",
        "4",
        "Protéger la santé, le bien-être et l'environnement",
        "Protecting health, well-being and the environment",
    ),
    Competence("5.1", "5", "Résoudre des problèmes techniques", "Solving technical problems"),
    Competence(
        "5.2", "5", "Construire un environnement numérique", "Building a digital environment"
    ),
)

COMPETENCE_CODES: tuple[str, ...] = tuple(c.code for c in COMPETENCES)
_BY_CODE = {c.code: c for c in COMPETENCES}


class UnknownCompetenceError(KeyError):
    """A competence code that the CRCN does not define."""


def competence(code: str) -> Competence:
    try:
        return _BY_CODE[code]
    except KeyError:
        raise UnknownCompetenceError(f"unknown CRCN competence {code!r}") from None


def area(code: str) -> Area:
    for a in AREAS:
        if a.code == code:
            return a
    raise UnknownCompetenceError(f"unknown CRCN area {code!r}")


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme of a competence: every theme must be covered by the bank's families."""

    slug: str
    title_fr: str
    title_en: str


def _themes(*pairs: tuple[str, str, str]) -> tuple[Theme, ...]:
    return tuple(Theme(*p) for p in pairs)


_AI = ("ai-generated-content", "IA et contenus générés", "AI and generated content")
_DEEPFAKES = ("deepfakes", "Hypertrucages (deepfakes)", "Deepfakes")
_NEUTRALITY = ("net-neutrality", "Neutralité du Net", "Net neutrality")
_PLATFORMS = ("platform-economics", "Économie des plateformes", "Platform economics")

THEME_LIST: dict[str, tuple[Theme, ...]] = {
    "1.1": _themes(
        ("web-search", "Recherche sur le Web", "Web search"),
        ("search-results", "Pages de résultats", "Search results pages"),
        ("source-reliability", "Fiabilité des sources", "Reliability of sources"),
        ("url-and-domains", "Adresses et domaines", "Addresses and domains"),
        ("monitoring", "Veille", "Monitoring"),
        _AI,
        _DEEPFAKES,
    ),
    "1.2": _themes(
        ("files-and-folders", "Fichiers et dossiers", "Files and folders"),
        ("file-formats", "Formats de fichiers", "File formats"),
        ("cloud-storage", "Stockage en ligne", "Cloud storage"),
        ("naming-and-versions", "Nommage et versions", "Naming and versions"),
        ("compression-archives", "Compression et archives", "Compression and archives"),
        ("search-in-files", "Recherche dans les fichiers", "Searching files"),
    ),
    "1.3": _themes(
        ("formulas", "Formules", "Formulas"),
        ("functions", "Fonctions du tableur", "Spreadsheet functions"),
        ("sort-filter", "Tri et filtre", "Sorting and filtering"),
        ("charts", "Graphiques", "Charts"),
        ("csv-and-import", "CSV et import", "CSV and import"),
        ("data-quality", "Qualité des données", "Data quality"),
        ("pivot-tables", "Tableaux croisés", "Pivot tables"),
    ),
    "2.1": _themes(
        ("email", "Courriel", "Email"),
        ("instant-messaging", "Messagerie instantanée", "Instant messaging"),
        ("video-calls", "Visioconférence", "Video calls"),
        ("netiquette", "Nétiquette", "Netiquette"),
        ("contacts-and-calendars", "Contacts et agendas", "Contacts and calendars"),
        ("social-networks", "Réseaux sociaux", "Social networks"),
    ),
    "2.2": _themes(
        ("publishing", "Publier", "Publishing"),
        ("licences", "Licences et droits", "Licences and rights"),
        ("sharing-links", "Partage par lien", "Sharing links"),
        ("audience-and-visibility", "Audience et visibilité", "Audience and visibility"),
        ("social-media-posting", "Publier sur les réseaux", "Posting on social media"),
    ),
    "2.3": _themes(
        ("shared-documents", "Documents partagés", "Shared documents"),
        ("version-history", "Historique des versions", "Version history"),
        ("comments-and-suggestions", "Commentaires et suggestions", "Comments and suggestions"),
        ("collaborative-tools", "Outils collaboratifs", "Collaborative tools"),
        ("planning", "Planification", "Planning"),
    ),
    "2.4": _themes(
        ("online-identity", "Identité en ligne", "Online identity"),
        ("e-administration", "Démarches en ligne", "Online public services"),
        ("digital-citizenship", "Citoyenneté numérique", "Digital citizenship"),
        _NEUTRALITY,
        _PLATFORMS,
        _AI,
    ),
    "3.1": _themes(
        ("styles-and-headings", "Mise en forme, styles et titres", "Formatting, styles, headings"),
        ("page-layout", "Mise en page", "Page layout"),
        ("tables-and-lists", "Tableaux et listes", "Tables and lists"),
        ("slides", "Diaporamas", "Slides"),
        ("web-pages", "Pages web", "Web pages"),
        ("review-and-tracking", "Relecture, champs et suivi", "Review, fields and tracking"),
    ),
    "3.2": _themes(
        ("image-editing", "Retouche d'image", "Image editing"),
        ("sound-editing", "Montage du son", "Sound editing"),
        ("video-editing", "Montage vidéo", "Video editing"),
        ("media-formats", "Formats et poids des médias", "Media formats and sizes"),
        ("ai-generated-media", "Médias générés par IA", "AI-generated media"),
    ),
    "3.3": _themes(
        ("copyright", "Droit d'auteur", "Copyright"),
        ("reuse-and-adaptation", "Réutiliser et adapter", "Reuse and adaptation"),
        ("export-formats", "Formats d'export", "Export formats"),
        ("accessibility", "Accessibilité", "Accessibility"),
        ("audience-and-purpose", "Public et usage", "Audience and purpose"),
    ),
    "3.4": _themes(
        ("algorithms", "Algorithmes", "Algorithms"),
        ("variables-and-types", "Variables et types", "Variables and types"),
        ("conditions-and-loops", "Conditions et boucles", "Conditions and loops"),
        ("functions", "Fonctions", "Functions"),
        ("debugging", "Débogage", "Debugging"),
        ("binary-and-encoding", "Binaire et encodage", "Binary and encoding"),
        ("markup", "Langages de balisage", "Markup languages"),
    ),
    "4.1": _themes(
        ("passwords-and-authentication", "Mots de passe, authentification", "Passwords, login"),
        ("phishing", "Hameçonnage", "Phishing"),
        ("malware", "Logiciels malveillants", "Malware"),
        ("encryption-and-https", "Chiffrement et HTTPS", "Encryption and HTTPS"),
        ("wifi-and-networks", "Wi-Fi et réseaux", "Wi-Fi and networks"),
        ("device-security", "Sécurité des appareils", "Device security"),
    ),
    "4.2": _themes(
        ("gdpr-rights", "Droits RGPD", "GDPR rights"),
        ("cookies-and-tracking", "Cookies et pistage", "Cookies and tracking"),
        ("privacy-settings", "Paramètres de confidentialité", "Privacy settings"),
        ("consent", "Consentement", "Consent"),
        ("digital-footprint", "Traces numériques", "Digital footprint"),
        _DEEPFAKES,
    ),
    "4.3": _themes(
        ("screen-time", "Temps d'écran", "Screen time"),
        ("ergonomics", "Ergonomie", "Ergonomics"),
        ("harassment-and-help", "Harcèlement et aide", "Harassment and help"),
        ("environmental-impact", "Impact environnemental", "Environmental impact"),
        ("radio-waves-and-sensors", "Ondes et capteurs", "Radio waves and sensors"),
        ("attention-and-addiction", "Attention et dépendance", "Attention and addiction"),
    ),
    "5.1": _themes(
        ("troubleshooting", "Dépannage", "Troubleshooting"),
        ("error-messages", "Messages d'erreur", "Error messages"),
        ("backup", "Sauvegarde", "Backup"),
        ("updates", "Mises à jour", "Updates"),
        ("connectivity", "Connexion", "Connectivity"),
        ("storage-and-performance", "Stockage et performances", "Storage and performance"),
    ),
    "5.2": _themes(
        ("operating-systems", "Systèmes d'exploitation", "Operating systems"),
        ("installing-apps", "Installer des applications", "Installing apps"),
        ("settings-and-accessibility", "Réglages et accessibilité", "Settings, accessibility"),
        ("peripherals", "Périphériques", "Peripherals"),
        ("home-network", "Réseau domestique", "Home network"),
        ("open-source", "Logiciels libres et licences", "Free software and licences"),
        _PLATFORMS,
        _NEUTRALITY,
    ),
}
# competence code → theme slugs (what the bank's ``theme`` key may say)
THEMES: dict[str, tuple[str, ...]] = {
    code: tuple(t.slug for t in themes) for code, themes in THEME_LIST.items()
}
