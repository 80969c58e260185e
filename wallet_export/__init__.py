"""wallet_export: how a certificate credential leaves Certinum, as pure functions.

- :mod:`wallet_export.facts`: what a badge or a LinkedIn link states, read from the credential;
- :mod:`wallet_export.presentation`: the credential wrapped in an (unsigned) Verifiable
  Presentation (VC Data Model 2.0 §4.13);
- :mod:`wallet_export.badge_image`: the badge drawn as a PNG (Pillow) and as an SVG;
- :mod:`wallet_export.baking`: Open Badges 3.0 baking into PNG and SVG, and unbaking;
- :mod:`wallet_export.linkedin`: the LinkedIn "add certification" link.
"""
