"""The wallet area: the routes through which a certificate leaves Certinum (the protocol and
format logic is in the :mod:`wallet_export` package)."""
