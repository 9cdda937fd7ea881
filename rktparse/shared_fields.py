"""Pydantic models whose instances share their fields-set: memory for big documents.

Pydantic keeps with every instance the set of the fields it was given (`model_fields_set`, what
`exclude_unset` reads): 216 to 728 bytes an instance, more than the values of a cell's box or a
target, and about 40 % of what a page's grid and its output hold (a 5,000-page PDF's grid and
document held gigabytes). Instances given the same fields share one such set; it is copied before an
assignment would add a field to it (the instance then shares the set of its fields so far and that
one), so `model_fields_set` says what it always said.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from pydantic import BaseModel

_SETS: dict[frozenset[str], set[str]] = {}


class SharedFieldsModel(BaseModel):
    def model_post_init(self, context: Any, /) -> None:
        self._share_fields_set(self.__pydantic_fields_set__)

    def _share_fields_set(self, fields: set[str]) -> None:
        key = frozenset(fields)
        shared = _SETS.get(key)
        if shared is None:
            shared = _SETS[key] = set(key)
        object.__setattr__(self, "__pydantic_fields_set__", shared)

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in self.__pydantic_fields_set__ and name in type(self).model_fields:
            self._share_fields_set(self.__pydantic_fields_set__ | {name})  # pydantic's own add then changes nothing
        super().__setattr__(name, value)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copied = super().model_copy(update=update, deep=deep)
        copied._share_fields_set(copied.__pydantic_fields_set__)
        return copied
