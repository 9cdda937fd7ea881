"""JSON: the published contract, UTF-8 without escapes, keys in model order."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from rktparse.models import RktDocument
from rktparse.writers.base import TextWriter

INDENT = "  "


def encode(value: Any, depth: int) -> str:
    """`value` as `json.dumps(..., indent=2)` lays it out `depth` levels deep in a bigger value (a
    raw line break in that text is always one of its own: strings hold theirs escaped)."""
    return json.dumps(value, ensure_ascii=False, indent=len(INDENT)).replace("\n", "\n" + INDENT * depth)


def encode_field(doc: RktDocument, name: str) -> str:
    """One field of the document: a list of models an item at a time, so that a long document's
    dump (several times the size of its text) is never held whole."""
    value = getattr(doc, name)
    if isinstance(value, list) and value and all(isinstance(item, BaseModel) for item in value):
        items = ",\n".join(INDENT * 2 + encode(item.model_dump(mode="json"), 2) for item in value)
        return f"[\n{items}\n{INDENT}]"
    return encode(doc.model_dump(mode="json", include={name})[name], 1)


class JsonWriter(TextWriter):
    kind = "json"
    suffix = ".json"

    def render_str(self, doc: RktDocument) -> str:
        # the same text as json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2)
        fields = ",\n".join(f"{INDENT}{json.dumps(name)}: {encode_field(doc, name)}" for name in type(doc).model_fields)
        return "{\n" + fields + "\n}\n"
