"""The Settings dialog (ship area)."""
