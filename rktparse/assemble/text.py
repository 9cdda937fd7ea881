"""Joining a cell's printed lines back into the text that was written."""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
# "perundang-" / "undangan": the hyphen belongs to the word, so no space.
_WORD_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def clean_line(line: str) -> str:
    """One printed line with its runs of white space folded to single spaces."""
    return _SPACES.sub(" ", line).strip()


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines with one space; a line ending in a word's hyphen joins without one."""
    text = ""
    for line in map(clean_line, lines):
        if not line:
            continue
        if not text:
            text = line
        elif _WORD_HYPHEN_END.search(text):
            text += line
        else:
            text += " " + line
    return text


def words_of(text: str) -> list[str]:
    """Word tokens for comparing printed and extracted text (hyphens and punctuation split)."""
    return re.findall(r"\w+", text.lower())
