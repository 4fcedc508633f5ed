"""The Plan workspace."""
