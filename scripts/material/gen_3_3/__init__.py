"""The format-2 item families of CRCN 3.3 and their material (assessment/items/3.3/).

main() runs every family in the original order and saves one YAML file per theme.
"""

from __future__ import annotations

from .access_contrast import a_alt_text, a_contrast_compute, a_contrast_pick
from .access_media import a_form_labels, a_subtitles
from .access_structure import a_headings, a_links
from .audience_preview import p_preview, p_print_dialog, p_versions
from .audience_sizes import p_banner_pixels, p_scale, p_upload_limit
from .copyright_credits import c_credit
from .copyright_holders import c_footer, c_public_domain, c_rights_holder
from .export_menus import e_menu, e_paper_pixels
from .export_pages import e_page_range, e_pdf_options
from .kit import B
from .reuse import r_copied_line, r_dataset, r_licence_use


def main() -> None:
    for f in (
        c_footer,
        c_rights_holder,
        lambda: c_public_domain(False),
        lambda: c_public_domain(True),
        c_credit,
    ):
        f()
    B.save("copyright.yaml")
    for f in (r_licence_use, r_copied_line, r_dataset):
        f()
    B.save("reuse-and-adaptation.yaml")
    for f in (e_menu, e_paper_pixels, e_pdf_options, e_page_range):
        f()
    B.save("export-formats.yaml")
    for f in (
        a_contrast_pick,
        a_contrast_compute,
        a_alt_text,
        a_links,
        a_form_labels,
        a_headings,
        a_subtitles,
    ):
        f()
    B.save("accessibility.yaml")
    for f in (p_preview, p_print_dialog, p_versions, p_upload_limit, p_banner_pixels, p_scale):
        f()
    B.save("audience-and-purpose.yaml")
