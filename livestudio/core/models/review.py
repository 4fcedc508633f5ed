"""Review tables: imported platform data, feedback, retrospective, action items.

Owned by the Review workspace; its migration is versions/0005_review.py.
"""

from __future__ import annotations
