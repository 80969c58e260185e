"""What the e2e modules check on every page they visit: axe-core (WCAG 2.1 AA), no sideways
scrolling, and a full-page screenshot to look at."""

from __future__ import annotations

from pathlib import Path
from typing import Any

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]  # axe-core tags: WCAG 2.1 A and AA


def page_problems(page: Any, axe: str, name: str, screenshot: Path) -> list[dict[str, Any]]:
    """axe-core's violations on ``page`` and its sideways overflow, as problems named by
    ``name``; the screenshot is saved to ``screenshot``. Fails if axe ran no rule."""
    page.wait_for_load_state("load")  # axe's script tag needs the page's document
    page.add_script_tag(content=axe)
    results = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_AA,
    )
    assert results["passes"], "axe ran no rule: the check proves nothing"
    problems: list[dict[str, Any]] = [
        {"page": name, "rule": v["id"], "targets": [n["target"] for n in v["nodes"]]}
        for v in results["violations"]
    ]
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 0:
        problems.append({"page": name, "rule": f"scrolls sideways by {overflow}px"})
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(screenshot), full_page=True)
    return problems
