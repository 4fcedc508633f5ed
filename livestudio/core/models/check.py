"""Check tables: platforms, checklist templates and items, check runs and their results.

Owned by the Check workspace; its migration is versions/0003_check.py.
"""

from __future__ import annotations
