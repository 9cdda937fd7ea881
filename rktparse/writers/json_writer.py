"""JSON: the published contract, UTF-8 without escapes, keys in model order."""

from __future__ import annotations

import json

from rktparse.models import RktDocument
from rktparse.writers.base import TextWriter


class JsonWriter(TextWriter):
    kind = "json"
    suffix = ".json"

    def render_str(self, doc: RktDocument) -> str:
        return json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
