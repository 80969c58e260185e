"""Verification: the named checks on any credential, code look-up, the public pages."""
