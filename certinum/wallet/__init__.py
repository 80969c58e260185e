"""The wallet area: taking a certificate out of Certinum (OpenID4VCI offers, exports)."""
