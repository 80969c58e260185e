"""The values issuing, verifying and serving share, each defined once.

- Context URLs: VC Data Model 2.0 §4.3 (``@context`` starts with :data:`VC_V2`; a 1.1
  credential starts with :data:`VC_V1`), and the Open Badges 3.0.3 context the certificate
  uses (:data:`OB_V3P0_CONTEXT`; any OB 3.0 context starts with :data:`OB_CONTEXT_PREFIX`).
- :data:`MAX_DOCUMENT_BYTES`: the size bound for a credential document, a request body or an
  embedded attachment: 256 KiB (a signed 16-competence certificate is about 16 KiB).

The Ed25519 sizes live with the keys (:mod:`keys.ed25519_sizes`), the date-time rules in
:mod:`vc.timestamps`, the score bands in :mod:`assessment.scoring`.
"""

from __future__ import annotations

from typing import Final

__all__ = ["MAX_DOCUMENT_BYTES", "OB_CONTEXT_PREFIX", "OB_V3P0_CONTEXT", "VC_V1", "VC_V2"]

VC_V2: Final = "https://www.w3.org/ns/credentials/v2"
VC_V1: Final = "https://www.w3.org/2018/credentials/v1"
OB_CONTEXT_PREFIX: Final = "https://purl.imsglobal.org/spec/ob/v3p0/"
OB_V3P0_CONTEXT: Final = OB_CONTEXT_PREFIX + "context-3.0.3.json"
MAX_DOCUMENT_BYTES: Final = 256 * 1024
