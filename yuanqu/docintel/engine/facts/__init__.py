"""Indicator facts: every figure, growth rate, completion rate and target a document states.

The text is read paragraph by paragraph, sentence by sentence (。；;！？), clause by clause (，,
tab, and 、 after a number). Numbers with a unit are found first; each is then classed by the words
just before it (增长/下降 → growth, 完成…目标的 → completion, otherwise a value), given the name
written before it (the core catalogue with its aliases, else a generic noun phrase ending in
…额/…值/…收入/…投资 or naming enterprises, projects, land), a kind from the cue words
(预计 → estimate; 力争/目标/计划/确保 or a plan section → target; else actual) and a period.
Rules are about wording, never about particular documents; DOMAIN.md §9 is their source.

The reader is a package of its parts, from the bottom up: ``model`` (mentions, names, facts and the
reading state), ``mentions`` (numbers and what they are), ``names`` (the name written before a number),
``sections`` (headings, periods and cue words), ``units`` (the sub-units a figure is set for),
``context`` (names taken from around a number), ``lists`` (分别 and changes) and ``reading`` (the
paragraph, sentence and clause loop that puts them together).
"""

from __future__ import annotations

from yuanqu.docintel.engine.facts.context import SIZE_THRESHOLD, whole_of_part
from yuanqu.docintel.engine.facts.model import Fact, Mention, Name, same_figure
from yuanqu.docintel.engine.facts.names import clean_name, resolve_name
from yuanqu.docintel.engine.facts.reading import extract_facts

__all__ = [
    "SIZE_THRESHOLD",
    "Fact",
    "Mention",
    "Name",
    "clean_name",
    "extract_facts",
    "resolve_name",
    "same_figure",
    "whole_of_part",
]
