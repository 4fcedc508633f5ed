"""Compliance check of what the host will say: marks in Plan and Products, the word-list dialog."""
