"""The enrolment template a centre downloads: the header row and one example row, as CSV (UTF-8
with BOM, ``;``), XLSX (openpyxl) or ODS (an OpenDocument spreadsheet written here: a ZIP with
``mimetype`` stored first, the manifest and one table in ``content.xml``)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape, quoteattr

from certinum.certification.enrolfile import HEADERS

EXAMPLE = ("Martin", "Léa", "14/02/2009", "Lyon", "0", "", "123456789AB", "0690001B")
MEDIA_TYPES = {
    "csv": "text/csv",  # Litestar adds the one "; charset=utf-8"
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
_ODS = "application/vnd.oasis.opendocument.spreadsheet"
_MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest manifest:version="1.2"
 xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name={name}>
{rows}
</table:table></office:spreadsheet></office:body></office:document-content>
"""


def _rows() -> list[tuple[str, ...]]:
    return [tuple(HEADERS.values()), EXAMPLE]


def template_csv() -> bytes:
    lines = [";".join(row) for row in _rows()]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def template_xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    if sheet is None:  # a new workbook always has one sheet
        sheet = book.create_sheet()
    sheet.title = "Candidats"
    for row in _rows():
        sheet.append(list(row))
    for column in "ABCDEFGH":
        sheet.column_dimensions[column].width = 20
    book.properties.creator = "Certinum"
    book.properties.created = book.properties.modified = _FIXED_TIME
    out = io.BytesIO()
    book.save(out)
    return _fixed_zip_times(out.getvalue())


#: The template's stated creation time and its ZIP entries' times: fixed, so that the template
#: is the same bytes at every download (openpyxl would write the time of the call).
_FIXED_TIME = datetime(2026, 1, 1)


def _fixed_zip_times(data: bytes) -> bytes:
    """``data`` (a ZIP) written again with every entry dated :data:`_FIXED_TIME`, and
    ``docProps/core.xml`` stating it (openpyxl sets ``modified`` to the time of saving)."""
    stamp = _FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp, body)
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME.timetuple()[:6])
            fixed.compress_type, fixed.external_attr = info.compress_type, info.external_attr
            target.writestr(fixed, body)
    return out.getvalue()


def template_ods() -> bytes:
    rows = "\n".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(cell)}</text:p>'
            "</table:table-cell>"
            for cell in row
        )
        + "</table:table-row>"
        for row in _rows()
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), _ODS, compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            zipfile.ZipInfo("META-INF/manifest.xml", _FIXED_TIME.timetuple()[:6]),
            _MANIFEST,
            compress_type=zipfile.ZIP_DEFLATED,
        )
        archive.writestr(
            zipfile.ZipInfo("content.xml", _FIXED_TIME.timetuple()[:6]),
            _CONTENT.format(name=quoteattr("Candidats"), rows=rows),
            compress_type=zipfile.ZIP_DEFLATED,
        )
    return out.getvalue()


def template(kind: str) -> bytes:
    """The template as ``kind`` (``csv``, ``xlsx`` or ``ods``); KeyError for another kind."""
    return {"csv": template_csv, "xlsx": template_xlsx, "ods": template_ods}[kind]()
