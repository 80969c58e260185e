"""The 1.3 item families (assessment/items/1.3/*.yaml) and their material, one module per theme.

main() runs every family in the original order and writes one YAML file per theme.
"""

from __future__ import annotations

from bankgen import write_yaml

from .charts import f_axis_trap, f_bar_diff, f_chart_mean, f_highest_bar
from .csv_import import f_encoding, f_import_settings, f_separator
from .data_quality import f_average_blanks, f_bad_date, f_dedupe_total, f_empty_cell, f_postcodes
from .formulas import f_cell_ref, f_mixed_refs, f_row_formula, f_share_formula
from .functions_basic import f_average, f_max, f_sum, f_sumif
from .functions_lookup import f_sumifs_dates, f_vlookup, f_weighted
from .kit import DIR, FAMILIES
from .pivot_tables import f_pivot_average, f_pivot_cell, f_pivot_pick, f_pivot_share
from .sort_filter import f_filter_count, f_sorted_by, f_two_filters


def main() -> None:
    for f in (
        f_cell_ref,
        f_highest_bar,
        f_empty_cell,
        f_max,
        f_separator,
        f_sorted_by,
        f_sum,
        f_bar_diff,
        f_average,
        f_filter_count,
        f_bad_date,
        f_row_formula,
        f_sumif,
        f_share_formula,
        f_postcodes,
        f_pivot_pick,
        f_import_settings,
        f_axis_trap,
        f_vlookup,
        f_pivot_cell,
        f_average_blanks,
        f_mixed_refs,
        f_encoding,
        f_pivot_average,
        f_two_filters,
        f_weighted,
        f_dedupe_total,
        f_pivot_share,
        f_sumifs_dates,
        f_chart_mean,
    ):
        f()
    groups: dict[str, list[dict]] = {}
    for fam in FAMILIES:
        groups.setdefault(fam["theme"], []).append(fam)
    titles = {
        "formulas": "formulas",
        "functions": "spreadsheet functions",
        "sort-filter": "sorting and filtering",
        "charts": "charts",
        "csv-and-import": "CSV and import",
        "data-quality": "data quality",
        "pivot-tables": "pivot tables",
    }
    for theme, fams in groups.items():
        write_yaml(DIR / f"{theme}.yaml", "1.3", titles[theme], fams)
