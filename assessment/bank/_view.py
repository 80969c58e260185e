"""What a candidate may see of a challenge: never its solution nor its IRT parameters."""

from __future__ import annotations

from typing import Any

from assessment.bank._model import Challenge, NumberSolution


def candidate_view(challenge: Challenge, locale: str) -> dict[str, Any]:
    """The challenge as sent to a candidate in ``locale`` (``fr`` or ``en``).

    Built field by field from an allow-list (id, type, locale, statement, proposals; fields,
    material, pick_in, unit, illustration only when the item has them), so a field added to
    ``Challenge`` later cannot leak by default. Material is referenced as ``m1``, ``m2``…
    (resolved by ``Bank.material``), never by its file name or attachment id; a pick item says
    in which attachment to pick (``pick_in``).
    """
    content = challenge.content(locale)
    view: dict[str, Any] = {
        "id": challenge.id,
        "type": challenge.type.value,
        "locale": locale,
        "statement": content.statement,
        "proposals": list(content.proposals),
    }
    if content.fields:
        view["fields"] = [{"id": name, "label": label} for name, label in content.fields]
    if challenge.material:
        view["material"] = [
            {"ref": f"m{n}", "media_type": m.media_type, "alt": m.alt_text(locale)}
            for n, m in enumerate(challenge.material, start=1)
        ]
    target = getattr(challenge.solution, "material", None)
    if isinstance(target, str):
        refs = {m.id: f"m{n}" for n, m in enumerate(challenge.material, start=1)}
        view["pick_in"] = refs[target]
    if isinstance(challenge.solution, NumberSolution):
        view["unit"] = challenge.solution.unit
    if content.illustration is not None:
        view["illustration"] = {
            "alt": content.illustration.alt,
            "description": content.illustration.description,
        }
    return view
