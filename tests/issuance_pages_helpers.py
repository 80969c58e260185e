"""What the certificate page tests share: a published session of a school's pupils written
straight into the tables and issued by the job, and the checks of a downloaded PDF.

The PDF checks that need poppler-utils (pdftoppm) or zbar-tools (zbarimg) skip with a message
when those are missing, unless ``CERTINUM_REQUIRE_E2E=1`` makes them mandatory (as
``tests/test_certificate_pdf.py`` does).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from issuance_jobs_helpers import run_jobs
from skipping import skip_or_fail

from assessment.framework import COMPETENCE_CODES
from certinum.accounts.tables import Account
from certinum.certification.review_tables import CERTIFIED, NO_RESULT, PublishedResult
from certinum.certification.tables import Centre, CertificationSession, Enrolment
from certinum.db import transaction
from certinum.issuance.jobs import enqueue
from certinum.runtime import Runtime
from certinum.schools.tables import Organisation, Pupil, SchoolClass
from certinum.schools.uai import with_check_letter

#: (school, class, last name, first name, outcome) of the pupils of the session.
PUPILS = (
    ("X", "3A", "Martin", "Léa", CERTIFIED),
    ("X", "3A", "N'Diaye-Müller", "Zoë Éloïse", CERTIFIED),
    ("X", "3A", "Petit", "Noé", NO_RESULT),
    ("X", "3B", "Durand", "Jean", CERTIFIED),
    ("Y", "3A", "Autre", "Ana", CERTIFIED),
)
UAI = ("X", "Y")


@dataclass(frozen=True)
class SchoolSession:
    session_id: int
    centre_id: int
    orgs: dict[str, int]
    classes: dict[tuple[str, str], int]


def school_session(runtime: Runtime, n: int = 1) -> SchoolSession:
    """A published session of :data:`PUPILS` (schools X and Y: a new pair of schools and a new
    centre for each ``n``), its certificates issued."""
    now = runtime.clock()
    code = f"SCH-{n}"
    uais = {name: with_check_letter(f"07512{n}{k}") for k, name in enumerate(UAI)}
    with transaction(runtime.sessions) as db:
        orgs: dict[str, int] = {}
        for name, uai in uais.items():
            org = Organisation(name=f"Collège {name}", uai=uai, created_at=now)
            db.add(org)
            db.flush()
            orgs[name] = org.id
        classes: dict[tuple[str, str], int] = {}
        for school, klass in sorted({(p[0], p[1]) for p in PUPILS}):
            row = SchoolClass(organisation_id=orgs[school], code=klass)
            db.add(row)
            db.flush()
            classes[(school, klass)] = row.id
        centre = Centre(name="Centre de Lyon", code=code, address="", created_at=now)
        db.add(centre)
        db.flush()
        session = CertificationSession(
            centre_id=centre.id, day=date(2026, 6, 1), start_time=now.time(), room="A",
            address="Lyon", examiner="X", status="published", created_by="test",
            created_at=now, finalised_at=now, published_at=now,
        )  # fmt: skip
        db.add(session)
        db.flush()
        for k, (school, klass, last, first, outcome) in enumerate(PUPILS):
            account = Account(login=f"pupil-{code}-{k}", email=None, display_name=first,
                              password_hash="", created_at=now)  # fmt: skip
            db.add(account)
            db.flush()
            ine = f"{n:02d}{k:07d}AB"
            db.add(
                Pupil(
                    organisation_id=orgs[school], ine=ine, last_name=last, first_name=first,
                    birth_date=date(2011, 3, 4), sex="F", class_id=classes[(school, klass)],
                    account_id=account.id, imported_at=now,
                )
            )  # fmt: skip
            enrolment = Enrolment(
                session_id=session.id, account_id=account.id, last_name=last, first_name=first,
                birth_date=date(2011, 3, 4), school_uai=uais[school], ine=ine, created_by="test",
                created_at=now,
            )  # fmt: skip
            db.add(enrolment)
            db.flush()
            ok = outcome == CERTIFIED
            db.add(
                PublishedResult(
                    enrolment_id=enrolment.id, session_id=session.id, account_id=account.id,
                    outcome=outcome, answers=32 if ok else 0, theta=0.0 if ok else None,
                    score=400 + 10 * k if ok else None, band_level=3 if ok else None,
                    levels=dict.fromkeys(COMPETENCE_CODES, 3) if ok else None,
                    published_by="test", published_at=now,
                )
            )  # fmt: skip
        ids = SchoolSession(session.id, centre.id, orgs, classes)
    enqueue(runtime, ids.session_id)
    state = run_jobs(runtime, ids.session_id)
    assert (state["status"], state["issued"]) == ("done", 4), state
    return ids


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        skip_or_fail(
            f"{name} is not installed (poppler-utils / zbar-tools)", "CERTINUM_REQUIRE_E2E"
        )
    assert found is not None
    return found


def qr_of(pdf: bytes, folder: Path) -> list[str]:
    """What the QR code of the PDF's page decodes to, once pdftoppm has rendered it."""
    pdftoppm, zbarimg = tool("pdftoppm"), tool("zbarimg")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "c.pdf").write_bytes(pdf)
    subprocess.run(
        [pdftoppm, "-r", "100", "-png", str(folder / "c.pdf"), str(folder / "p")], check=True
    )
    (png,) = folder.glob("p*.png")
    decoded = subprocess.run(
        [zbarimg, "--raw", "-q", str(png)], capture_output=True, text=True, check=True
    )
    return decoded.stdout.strip().splitlines()
