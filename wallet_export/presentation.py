"""A credential wrapped in a Verifiable Presentation (VC Data Model 2.0 §4.13).

The presentation is unsigned: Certinum holds no key of the candidate, and a verifier that
asks for no ``challenge`` or ``domain`` accepts a presentation without proof
(:class:`verifier.presentation.PresentationOptions` ``unsigned_allowed``). It names no
``holder`` either, since nothing in it proves who presents it. Its media type is
``application/vp``, the one VC Data Model 2.0 registers
(appendix "IANA Considerations").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from vc.constants import VC_V2

__all__ = ["VP_MEDIA_TYPE", "presentation_of"]

VP_MEDIA_TYPE: Final = "application/vp"


def presentation_of(
    credential: Mapping[str, Any], *, presentation_id: str | None = None
) -> dict[str, Any]:
    """``{"@context", "type": ["VerifiablePresentation"], "verifiableCredential": [it]}``,
    with ``id`` when ``presentation_id`` (a URL such as ``urn:uuid:…``) is given."""
    vp: dict[str, Any] = {"@context": [VC_V2], "type": ["VerifiablePresentation"]}
    if presentation_id is not None:
        vp["id"] = presentation_id
    vp["verifiableCredential"] = [dict(credential)]
    return vp
