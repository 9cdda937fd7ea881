"""The JSON Schema of the contract, generated from the models (schemas/rkt.schema.json)."""

from __future__ import annotations

import json
from typing import Any

from rktparse.models.rkt import SCHEMA_NAME, SCHEMA_VERSION, RktDocument


def json_schema() -> dict[str, Any]:
    schema = RktDocument.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_NAME}/{SCHEMA_VERSION}",
        **schema,
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
