"""wallet_export."""
