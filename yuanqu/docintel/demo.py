"""The demo's documents: the five seed reports, uploaded and read as a user would, so the review
page (figures, targets, the 004 task table) has something to show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from yuanqu.docintel.actions import document_upload
from yuanqu.docintel.models import Document
from yuanqu.org.models import Zone

SEED_DIR = Path(__file__).resolve().parent / "seeds"


def documents_demo_load(*, zone: Zone, user: Any) -> int:
    """Upload every seed the zone does not have yet (by file name); returns how many were added."""
    have = set(Document.objects.filter(zone=zone).values_list("filename", flat=True))
    added = 0
    for path in sorted(SEED_DIR.glob("*.txt")):
        if path.name in have:
            continue
        document_upload(user=user, zone=zone, filename=path.name, data=path.read_bytes())
        added += 1
    return added
