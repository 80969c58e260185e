"""IRI helpers shared by context processing, expansion and RDF serialization.

``is_absolute_iri`` follows jsonld.js (``^([A-Za-z][A-Za-z0-9+-.]*|_):[^\\s]*$``): an IRI
with a scheme (or a blank node identifier) and no white space. ``resolve`` implements
RFC 3986 §5.2 (reference resolution), used only when a context sets ``@base``.
"""

from __future__ import annotations

import re

KEYWORDS = frozenset(
    {
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit",
        "@graph", "@id", "@import", "@included", "@index", "@json", "@language", "@list",
        "@nest", "@none", "@omitDefault", "@prefix", "@preserve", "@propagate", "@protected",
        "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    }
)  # fmt: skip

KEYWORD_FORM = re.compile(r"^@[a-zA-Z]+$")
BCP47 = re.compile(r"^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")
_ABSOLUTE = re.compile(r"^([A-Za-z][A-Za-z0-9+\-.]*|_):\S*$")
_URI = re.compile(r"^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$")


def is_absolute_iri(value: str) -> bool:
    return _ABSOLUTE.match(value) is not None


def _remove_dot_segments(path: str) -> str:
    out: list[str] = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        last = i == len(segments) - 1
        if seg == ".":
            if last:
                out.append("")
        elif seg == "..":
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
        else:
            out.append(seg)
    return "/".join(out)


def resolve(base: str | None, ref: str) -> str:
    """RFC 3986 §5.2.2 reference resolution; with no base the reference is unchanged."""
    if base is None or is_absolute_iri(ref):
        return ref
    b = _URI.match(base)
    r = _URI.match(ref)
    if b is None or r is None:
        return ref
    b_scheme, b_auth, b_path, b_query, _ = b.groups()
    _, r_auth, r_path, r_query, r_frag = r.groups()
    if r_auth is not None:
        auth, path, query = r_auth, _remove_dot_segments(r_path), r_query
    elif r_path == "":
        auth, path = b_auth, b_path
        query = r_query if r_query is not None else b_query
    else:
        auth, query = b_auth, r_query
        if r_path.startswith("/"):
            path = _remove_dot_segments(r_path)
        else:
            if b_auth is not None and b_path == "":
                merged = "/" + r_path
            else:
                merged = b_path[: b_path.rfind("/") + 1] + r_path
            path = _remove_dot_segments(merged)
    out = f"{b_scheme}:" if b_scheme else ""
    if auth is not None:
        out += "//" + auth
    out += path
    if query is not None:
        out += "?" + query
    if r_frag is not None:
        out += "#" + r_frag
    return out
