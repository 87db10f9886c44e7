"""Identifiers the client makes up (batch ids, graph ids, origins).

One place, so tests can make them deterministic and replayed requests match their recordings.
"""

from __future__ import annotations

import uuid


def new_id() -> str:
    return str(uuid.uuid4())
