"""certinum."""
