"""What a credential must look like before its proof is checked: the named checks
``well_formed`` (the VC Data Model rules of :mod:`vc.datamodel`), ``schema`` (the 1EdTech
Open Badges 3.0 JSON schema) and the keyword part of ``contexts_allowed``.

Each function returns the first problem as a message, or ``None``; :mod:`verifier.verify`
names the check and its code.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from vc.datamodel import check_credential
from vc.jsonld import MAX_CONTEXT_LIST


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def check_well_formed(doc: Mapping[str, Any]) -> str | None:
    """The VC Data Model rules (:func:`vc.datamodel.check_credential`, the same the issuer
    applies), a bounded ``@context`` list, and a proof; returns the first problem or ``None``."""
    contexts = doc.get("@context")
    if isinstance(contexts, list) and len(contexts) > MAX_CONTEXT_LIST:
        return f"@context has more than {MAX_CONTEXT_LIST} entries"
    violations = check_credential(doc)
    if violations:
        first = violations[0]
        where = f" (at {first.path})" if first.path else ""
        return f"{first.message}{where} [rule {first.code}]"
    if "proof" not in doc:
        return "the credential has no proof"
    return None


#: JSON-LD keywords a credential may use below its top-level ``@context``: value objects.
_VALUE_KEYWORDS = frozenset({"@value", "@language", "@direction"})


def find_jsonld_tricks(doc: Mapping[str, Any]) -> str | None:
    """A nested ``@context`` or a JSON-LD keyword key (``@id``, ``@graph``, ``@included``…).

    Both make the JSON a reader sees differ from what the proof covers: an embedded context
    can alias a signed term, a keyword can move or hide data. The credentials of VC 2.0 and
    OB 3.0 need neither (only value objects' ``@value``, ``@language``, ``@direction``). A
    proof's own ``@context`` is allowed: Data Integrity requires it to equal the document's,
    which the proof check enforces.
    """
    stack: list[tuple[Any, str]] = [
        (v, k) for k, v in doc.items() if k not in ("@context", "proof")
    ]
    for proof in _as_list(doc.get("proof")):
        if isinstance(proof, dict):
            stack.append(({k: v for k, v in proof.items() if k != "@context"}, "proof"))
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and key[:1] == "@" and key not in _VALUE_KEYWORDS:
                    what = (
                        "an embedded @context" if key == "@context" else f"the keyword {key[:40]!r}"
                    )
                    return f"{what} (under {where[:80]!r})"
                if isinstance(item, dict | list):
                    stack.append((item, key))
        elif isinstance(value, list):
            stack.extend((item, where) for item in value if isinstance(item, dict | list))
    for key in doc:
        if isinstance(key, str) and key.startswith("@") and key != "@context":
            return f"the JSON-LD keyword {key[:40]!r} at the top level"
    return None


def _ob_schema() -> dict[str, Any]:
    text = (
        resources.files("verifier.schemas")
        .joinpath("ob_v3p0_achievementcredential.json")
        .read_text(encoding="utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _ob_schema_fast() -> Callable[[Any], Any]:
    """The OB 3.0 schema compiled to Python by fastjsonschema (~5x faster than jsonschema).

    fastjsonschema knows drafts 4, 6 and 7; this schema uses no 2019-09 keyword whose meaning
    differs in draft 7 (``$defs`` is reached through plain JSON pointers), so it is compiled as
    draft 7. Unlike jsonschema by default, it also checks ``format`` (date-time, uri…).
    """
    import fastjsonschema

    schema = dict(_ob_schema())
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    validate: Callable[[Any], Any] = fastjsonschema.compile(schema)
    return validate


@cache
def _ob_schema_detailed() -> Any:
    import jsonschema

    return jsonschema.Draft201909Validator(_ob_schema())


def check_ob_schema(doc: Mapping[str, Any]) -> str | None:
    """The 1EdTech OB 3.0 AchievementCredential JSON schema (the ``proof`` array quirk aside).

    The compiled validator decides; only a failing document pays for jsonschema's detailed
    report, which names the first place that is wrong.
    """
    import fastjsonschema

    candidate = dict(doc)
    if isinstance(candidate.get("proof"), Mapping):
        candidate["proof"] = [candidate["proof"]]
    try:
        _ob_schema_fast()(candidate)
    except fastjsonschema.JsonSchemaException as exc:
        fast_message = str(exc)[:300]
    else:
        return None
    # At most 20 errors are collected: a document may have thousands.
    errors = sorted(
        itertools.islice(_ob_schema_detailed().iter_errors(candidate), 20),
        key=lambda e: list(e.path),
    )
    if not errors:
        return f"OB 3.0 schema: {fast_message}"
    first = errors[0]
    where = "/".join(str(p) for p in first.absolute_path) or "(root)"
    plus = "+" if len(errors) == 20 else ""
    more = f" (and {len(errors) - 1}{plus} more)" if len(errors) > 1 else ""
    return f"OB 3.0 schema: at {where}: {first.message[:300]}{more}"
