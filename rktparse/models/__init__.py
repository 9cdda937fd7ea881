"""Pydantic models of the RKT contract, and the rules that tie its levels together."""

from rktparse.models.rkt import (
    SCHEMA_NAME,
    SCHEMA_VERSION,
    DocumentInfo,
    Indikator,
    Program,
    RktDocument,
    Sasaran,
    Severity,
    Signatory,
    Source,
    Status,
    Target,
    TargetKind,
    UpperLevel,
    Warning,
)

__all__ = [
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "DocumentInfo",
    "Indikator",
    "Program",
    "RktDocument",
    "Sasaran",
    "Severity",
    "Signatory",
    "Source",
    "Status",
    "Target",
    "TargetKind",
    "UpperLevel",
    "Warning",
]
