"""What the engine tests read of an extraction, shared by the rule tests of every round."""

from __future__ import annotations

from typing import Any

from yuanqu.docintel.engine import extract_text


def facts(text: str) -> list[dict[str, Any]]:
    """The facts the engine reads in ``text``, as ``manage.py extract`` prints them."""
    return extract_text(text)["facts"]


def rows(text: str, *keys: str) -> list[tuple]:
    """Each fact of ``text`` as the tuple of its ``keys``, in reading order."""
    return [tuple(f[k] for k in keys) for f in facts(text)]
