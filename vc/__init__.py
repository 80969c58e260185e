"""vc: the W3C machinery that issuing and verifying share.

- :mod:`vc.jsonld`: bundled contexts served from memory, safe JSON-LD 1.1 expansion and toRDF.
- :mod:`vc.rdfc`: RDFC-1.0 canonicalization with a work budget.
- :mod:`vc.dataintegrity`: Data Integrity ``eddsa-rdfc-2022``, creating and verifying proofs.
- :mod:`vc.bitstring`: the Bitstring Status List codec (bits, bounded GZIP, ``encodedList``).

``issuer/`` and ``verifier/`` import this package; it imports neither of them.
"""
