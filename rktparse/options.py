"""The base of every options model: validated, frozen, and built from None, a dict or an instance."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError
from typing_extensions import Self

from rktparse.errors import OptionError


def describe_error(item: Mapping[str, Any]) -> str:
    """'field: what is wrong' for one pydantic error."""
    field = ".".join(str(part) for part in item["loc"])
    message = str(item["msg"]).removeprefix("Value error, ")
    return f"{field}: {message}" if field else message


class Options(BaseModel):
    """Options of one stage; subclasses declare fields with descriptions (the CLI help reuses them)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    @classmethod
    def resolve(cls, options: Self | Mapping[str, Any] | None = None, **overrides: Any) -> Self:
        """Options from None (the defaults), a dict or an instance, with `overrides` on top.

        Raises:
            rktparse.errors.OptionError: a value is unknown or out of range, naming the field.
        """
        if isinstance(options, cls) and not overrides:
            return options
        base = options.model_dump(exclude_unset=True) if isinstance(options, BaseModel) else dict(options or {})
        try:
            return cls.model_validate({**base, **overrides})
        except ValidationError as error:
            raise OptionError("; ".join(describe_error(item) for item in error.errors())) from None

    @classmethod
    def describe(cls, name: str) -> str:
        """The description of field `name` (the CLI's help text)."""
        return cls.model_fields[name].description or ""
