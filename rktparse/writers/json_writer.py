"""JSON: the published contract, UTF-8 without escapes, keys in model order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from rktparse.models import RktDocument
from rktparse.writers.base import Content, TextWriter

INDENT = "  "


def encode(value: Any, depth: int) -> str:
    """`value` as `json.dumps(..., indent=2)` lays it out `depth` levels deep in a bigger value (a
    raw line break in that text is always one of its own: strings hold theirs escaped)."""
    return json.dumps(value, ensure_ascii=False, indent=len(INDENT)).replace("\n", "\n" + INDENT * depth)


def field_parts(doc: RktDocument, name: str) -> Iterator[str]:
    """One field of the document: a list of models an item at a time, so that a long document's
    dump (several times the size of its text) is never held whole."""
    value = getattr(doc, name)
    if isinstance(value, list) and value and all(isinstance(item, BaseModel) for item in value):
        yield "[\n"
        for k, item in enumerate(value):
            yield (",\n" if k else "") + INDENT * 2 + encode(item.model_dump(mode="json"), 2)
        yield f"\n{INDENT}]"
    else:
        yield encode(doc.model_dump(mode="json", include={name})[name], 1)


def document_parts(doc: RktDocument) -> Iterator[str]:
    """The document's text in pieces, which joined are json.dumps(doc.model_dump(mode="json"),
    ensure_ascii=False, indent=2)."""
    yield "{"
    for k, name in enumerate(type(doc).model_fields):
        yield f"{',' if k else ''}\n{INDENT}{json.dumps(name)}: "
        yield from field_parts(doc, name)
    yield "\n}\n"


class JsonWriter(TextWriter):
    kind = "json"
    suffix = ".json"

    def render_str(self, doc: RktDocument) -> str:
        return "".join(document_parts(doc))

    def files(self, doc: RktDocument, path: Path) -> list[tuple[Path, Content]]:
        # written a piece at a time as it is encoded: a big document's JSON is never held whole
        return [(path, (part.encode(self.encoding) for part in document_parts(doc)))]
