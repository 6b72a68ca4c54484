"""Reads of document intelligence: a zone's documents, a document's items, and its text cut into
plain and highlighted pieces for the review page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, QuerySet

from yuanqu.docintel.choices import ItemState
from yuanqu.docintel.models import Document, ExtractedItem, ImportLink


def documents_for_zone(zone: Any) -> QuerySet[Document]:
    return Document.objects.filter(zone=zone).annotate(item_count=Count("items")).order_by("-created_at", "-id")


def document_items(document: Document) -> QuerySet[ExtractedItem]:
    return document.items.all().order_by("start", "position")


def links_for(target_model: str, target_id: int) -> QuerySet[ImportLink]:
    """Where an imported record came from: its items, with their documents."""
    return ImportLink.objects.filter(target_model=target_model, target_id=target_id).select_related("item__document")


@dataclass
class Piece:
    text: str
    item: ExtractedItem | None = None


def highlighted(document: Document, items: list[ExtractedItem]) -> list[Piece]:
    """The text as pieces; each item's span (not dropped, not overlapping an earlier one) is one
    highlighted piece."""
    pieces: list[Piece] = []
    cursor = 0
    text = document.text
    for item in sorted(items, key=lambda i: (i.start, -i.end)):
        if item.state == ItemState.DROPPED or item.start < cursor or item.end <= item.start:
            continue
        if item.start > cursor:
            pieces.append(Piece(text[cursor : item.start]))
        pieces.append(Piece(text[item.start : item.end], item))
        cursor = item.end
    pieces.append(Piece(text[cursor:]))
    return pieces
