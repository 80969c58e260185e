"""Issuance: signing credentials with the service's status entries, changing their status,
and the signed status lists (service functions and routes)."""
