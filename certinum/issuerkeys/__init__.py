"""Issuer keys: listing, rotation, revocation of a compromised key, the DID document."""
