"""The trust list of issuers, and the bounded fetching of trusted issuers' documents.

Trusted: the service's own did:web and its did:key issuer instances, the issuers of
``CERTINUM_TRUSTED_ISSUERS`` (:meth:`certinum.runtime.Runtime.trusted_issuers`, not removable
here), and the issuers an authority admin adds (table ``trusted_issuers``; ``certinum trust``,
``/api/trust/issuers``, the page ``/admin/trust``), every change in the audit log. Status
lists and did:web documents of trusted issuers other than the service are fetched by
:mod:`certinum.trust.remote` under the rules of :mod:`verifier.fetch`, cached in the database
(table ``fetched_documents``) so that every service process shares one copy.
"""
