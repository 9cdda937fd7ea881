"""The options of a batch run, as one model: the CLI help and the API share its descriptions."""

from __future__ import annotations

import os
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from rktparse import __version__
from rktparse.readers import PDF_ENGINES, ReadOptions
from rktparse.writers import WRITERS

__all__ = ["PDF_ENGINES", "BatchOptions"]


class BatchOptions(ReadOptions):
    """How `convert_many` and `rktparse convert` convert a set of inputs: how each file is
    read (the ReadOptions fields), written, and run."""

    formats: tuple[str, ...] = Field(default=("json",),
                                     description=f"Output formats, any of: {', '.join(WRITERS)}.")
    csv_bom: bool = Field(default=False,
                          description="Start CSV files with a UTF-8 BOM so Excel opens them as UTF-8.")
    mark_review: bool = Field(default=False, description="In DOCX outputs, highlight the rows a review warning "
                                                         "names and attach the warning as a Word comment.")
    jobs: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1,
                      description="Worker processes converting in parallel (default: the number of CPUs).")
    executor: Literal["process", "dask"] = Field(
        default="process", description="Where files are converted: local worker processes, or a Dask cluster.")
    scheduler: str | None = Field(
        default=None, description="Address of the Dask scheduler (tcp://HOST:8786); needed with --executor dask.")
    resume: bool = Field(default=False, description="Skip inputs that OUT/_report.jsonl records as converted "
                                                    "from the same content with the same options.")
    timeout: float = Field(default=300.0, gt=0, description="Time limit per input in seconds; a slower input is "
                                                            "reported failed. Held by worker processes: given with "
                                                            "one input or --jobs 1, that input converts in one.")
    max_memory_mb: int = Field(default=2048, gt=0, description="Memory cap per conversion in MB (address space); "
                                                               "an input needing more is reported failed. Held by "
                                                               "worker processes, like --timeout.")
    keep_tree: bool = Field(default=False, description="Mirror the input folders under OUT (OUT/2024/RKT.json for "
                                                       "archive/2024/RKT.pdf) instead of writing every output flat "
                                                       "in OUT; inputs of one stem in different folders then both "
                                                       "convert.")
    fail_fast: bool = Field(default=False, description="Stop at the first failed input instead of recording it "
                                                       "and continuing.")

    @field_validator("formats", mode="before")
    @classmethod
    def _split_formats(cls, value: Any) -> Any:
        return [kind.strip() for kind in value.split(",") if kind.strip()] if isinstance(value, str) else value

    @field_validator("formats")
    @classmethod
    def _known_formats(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [kind for kind in value if kind not in WRITERS]
        if unknown or not value:
            raise ValueError(f"{', '.join(unknown) or 'no format'}: choose from {', '.join(WRITERS)}")
        return tuple(dict.fromkeys(value))

    @model_validator(mode="after")
    def _dask_needs_scheduler(self) -> BatchOptions:
        if self.executor == "dask" and not self.scheduler:
            raise ValueError("the dask executor needs a scheduler address")
        return self

    def read_options(self) -> ReadOptions:
        """How each input is read."""
        return ReadOptions(**{name: getattr(self, name) for name in ReadOptions.model_fields})

    def fingerprint(self) -> dict[str, Any]:
        """What decides an output's content: a resumed run skips only inputs converted with the same."""
        return {**self.read_options().model_dump(), "formats": list(self.formats), "csv_bom": self.csv_bom,
                "mark_review": self.mark_review, "version": __version__}
