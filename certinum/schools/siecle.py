"""SIECLE's `ElevesSansAdresses.xml` (the BEE pupil export), and the ZIP schools download it in.

The format, as read here::

    <?xml version="1.0" encoding="ISO-8859-15"?>
    <BEE_ELEVES VERSION="...">
      <PARAMETRES><UAJ>0750001U</UAJ>...</PARAMETRES>
      <DONNEES>
        <ELEVES>
          <ELEVE ELEVE_ID="1234" ELENOET="...">
            <ID_NATIONAL>...</ID_NATIONAL> <NOM_DE_FAMILLE/> <PRENOM/> <DATE_NAISS>dd/mm/yyyy</…>
            <CODE_SEXE>1|2</CODE_SEXE> <DATE_SORTIE/> (only for a pupil who left) ...
          </ELEVE>
        </ELEVES>
        <STRUCTURES>
          <STRUCTURES_ELEVE ELEVE_ID="1234">
            <STRUCTURE><CODE_STRUCTURE>4A</…><TYPE_STRUCTURE>D</…></STRUCTURE> (D: division)
          </STRUCTURES_ELEVE>
        </STRUCTURES>
      </DONNEES>
    </BEE_ELEVES>

Sources: Pix's own SIECLE import (public repository `1024pix/pix`,
`api/lib/infrastructure/serializers/xml/siecle-parser.js` and `xml-organization-learner-set.js`:
the UAI at `/BEE_ELEVES/PARAMETRES/UAJ`, pupils and structures at `/BEE_ELEVES/DONNEES/*/*`,
pupils with a `DATE_SORTIE` or no `ID_NATIONAL` left out, the division `D` other than
`Inactifs`, `CODE_SEXE` 1 → M and 2 → F), and the sconet importers that walk
`DONNEES/STRUCTURES/STRUCTURES_ELEVE/STRUCTURE` for `TYPE_STRUCTURE` `D`. `STRUCTURES` comes after
`ELEVES` in real files; either order is read here.

The file is read as a stream (`iterparse` through defusedxml, so a DTD, entity declarations and
external references are refused before anything is expanded): each `ELEVE` is reduced to its
few fields and each `STRUCTURES_ELEVE` to its division, and the elements are dropped as soon as
they end, so memory stays flat whatever the number of pupils.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from datetime import date
from typing import IO
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from certinum.schools.archive import SIECLE_ZIP, open_bounded_zip, open_member
from certinum.schools.pupils import (
    ImportRefused,
    ImportReport,
    Location,
    RawPupil,
    Rejection,
    Skipped,
    build_report,
)

MAX_XML_BYTES = 64 << 20
MAX_PUPIL_ELEMENTS = 2000  # elements inside one ELEVE or STRUCTURES_ELEVE (a real one has ~40)
MEMBER_NAME = "ElevesSansAdresses.xml"
DIVISION = "D"
NOT_A_CLASS = "Inactifs"


class _BoundedReader:
    """Reads from `source`, refusing the file once more than `limit` bytes came through."""

    def __init__(self, source: IO[bytes], limit: int) -> None:
        self._source, self._left = source, limit

    def read(self, size: int = 1 << 16) -> bytes:
        chunk = self._source.read(size if size >= 0 else 1 << 16)
        self._left -= len(chunk)
        if self._left < 0:
            raise ImportRefused("file-too-large", f"the XML file is over {MAX_XML_BYTES >> 20} MiB")
        return chunk


def _text(elem: Element, tag: str) -> str:
    return (elem.findtext(tag) or "").strip()


class _Collector:
    """The few facts kept from the stream: pupils (as raw rows) and their divisions."""

    def __init__(self) -> None:
        self.pupils: list[RawPupil] = []
        self.skipped: list[Skipped] = []
        self.divisions: dict[str, str] = {}
        self.seen = 0

    def eleve(self, elem: Element) -> None:
        self.seen += 1
        eleve_id = (elem.get("ELEVE_ID") or "").strip() or f"(none, pupil #{self.seen})"
        where = Location(eleve_id=eleve_id)
        left = _text(elem, "DATE_SORTIE")
        ine = _text(elem, "ID_NATIONAL")
        if left:
            self.skipped.append(Skipped(where, f"left the school on {left}"))
        elif not ine:
            self.skipped.append(Skipped(where, "has no INE (ID_NATIONAL) yet"))
        else:
            self.pupils.append(
                RawPupil(
                    location=where,
                    ine=ine,
                    last_name=_text(elem, "NOM_DE_FAMILLE"),
                    first_name=_text(elem, "PRENOM"),
                    birth_date=_text(elem, "DATE_NAISS"),
                    sex=_text(elem, "CODE_SEXE"),
                    class_code="",
                )
            )

    def structures(self, elem: Element) -> None:
        eleve_id = (elem.get("ELEVE_ID") or "").strip()
        for structure in elem.iterfind("STRUCTURE"):
            code = _text(structure, "CODE_STRUCTURE")
            if _text(structure, "TYPE_STRUCTURE") == DIVISION and code and code != NOT_A_CLASS:
                self.divisions[eleve_id] = code

    def report(self, today: date) -> ImportReport:
        placed: list[RawPupil] = []
        unplaced: list[Rejection] = []
        for raw in self.pupils:
            division = self.divisions.get(raw.location.eleve_id or "")
            if division is None:
                unplaced.append(
                    Rejection(
                        raw.location,
                        "class_code",
                        "no-division",
                        "no class: no STRUCTURE of type D under STRUCTURES_ELEVE for this pupil",
                    )
                )
            else:
                placed.append(
                    RawPupil(
                        raw.location,
                        raw.ine,
                        raw.last_name,
                        raw.first_name,
                        raw.birth_date,
                        raw.sex,
                        division,
                    )
                )
        report = build_report(placed, today=today, skipped=self.skipped)
        return ImportReport(
            accepted=report.accepted,
            rejected=report.rejected + tuple(unplaced),
            skipped=report.skipped,
        )


def _check_uai(found: str, uai: str) -> None:
    if found.strip().upper() != uai.strip().upper():
        raise ImportRefused(
            "uai-mismatch",
            f"this SIECLE file is for the school {found.strip()[:20]!r}, not {uai!r}:"
            " nothing was imported",
        )


def read_siecle(source: bytes | IO[bytes], *, uai: str, today: date) -> ImportReport:
    """The pupils of an `ElevesSansAdresses.xml` for the school `uai`, validated.

    Refused whole (`ImportRefused`) when the file is for another school, has no UAJ, is not a
    BEE_ELEVES file, is not well-formed XML (truncated or malformed), declares a DTD or
    entities, or is over `MAX_XML_BYTES`.
    """
    raw_stream = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    stream = _BoundedReader(raw_stream, MAX_XML_BYTES)
    collector = _Collector()
    stack: list[Element] = []
    uai_seen = False
    inside = 0
    try:
        for event, elem in iterparse(stream, events=("start", "end"), forbid_dtd=True):
            if event == "start":
                if not stack and elem.tag != "BEE_ELEVES":
                    raise ImportRefused(
                        "not-siecle", f"the root element is {elem.tag!r}, not BEE_ELEVES"
                    )
                if len(stack) == 1 and elem.tag == "DONNEES" and not uai_seen:
                    raise ImportRefused("no-uai", "the file has no BEE_ELEVES/PARAMETRES/UAJ")
                if len(stack) >= 3:
                    inside += 1
                    if inside > MAX_PUPIL_ELEMENTS:
                        raise ImportRefused(
                            "malformed-siecle", "an ELEVE or STRUCTURES_ELEVE is far too large"
                        )
                stack.append(elem)
                continue
            stack.pop()
            depth = len(stack)
            if depth == 2 and elem.tag == "UAJ" and stack[1].tag == "PARAMETRES":
                _check_uai(elem.text or "", uai)
                uai_seen = True
            elif depth == 3 and stack[1].tag == "DONNEES":
                if elem.tag == "ELEVE" and stack[2].tag == "ELEVES":
                    collector.eleve(elem)
                elif elem.tag == "STRUCTURES_ELEVE" and stack[2].tag == "STRUCTURES":
                    collector.structures(elem)
            if 1 <= depth <= 3:
                stack[-1].remove(elem)  # the element's facts are kept; the element is not
                inside = 0 if depth == 3 else inside
    except DefusedXmlException as exc:
        raise ImportRefused(
            "xml-forbidden",
            f"the file declares a DTD, entities or external references, refused ({exc})",
        ) from exc
    except ParseError as exc:
        raise ImportRefused(
            "malformed-xml", f"the file is not well-formed XML, or is truncated ({exc})"
        ) from exc
    except LookupError as exc:
        raise ImportRefused("bad-encoding", f"the XML encoding is not known ({exc})") from exc
    if not uai_seen:
        raise ImportRefused("no-uai", "the file has no BEE_ELEVES/PARAMETRES/UAJ")
    return collector.report(today)


def read_siecle_zip(source: bytes | IO[bytes], *, uai: str, today: date) -> ImportReport:
    """The pupils of `ElevesSansAdresses.zip`: its XML member read as a stream, within bounds."""
    data = source if isinstance(source, bytes) else source.read(SIECLE_ZIP.max_archive_bytes + 1)
    archive = open_bounded_zip(data, SIECLE_ZIP, "ZIP")
    with archive, open_member(archive, MEMBER_NAME, "ZIP") as member:
        try:
            return read_siecle(member, uai=uai, today=today)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise ImportRefused("bad-zip", f"the ZIP is damaged ({exc})") from exc
