"""What a candidate may see of a challenge: never its solution nor its IRT parameters."""

from __future__ import annotations

from typing import Any

from assessment.bank._model import Challenge


def candidate_view(challenge: Challenge, locale: str) -> dict[str, Any]:
    """The challenge as sent to a candidate in ``locale`` (``fr`` or ``en``).

    Built field by field from an allow-list (id, type, statement, proposals, illustration),
    so a field added to ``Challenge`` later cannot leak by default.
    """
    content = challenge.content(locale)
    view: dict[str, Any] = {
        "id": challenge.id,
        "type": challenge.type.value,
        "locale": locale,
        "statement": content.statement,
        "proposals": list(content.proposals),
    }
    if content.illustration is not None:
        view["illustration"] = {
            "alt": content.illustration.alt,
            "description": content.illustration.description,
        }
    return view
