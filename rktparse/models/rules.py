"""The rules that tie the levels together, checked in one place.

Each broken rule names the node by its JSON pointer. `mode="raise"` turns the
first one into an error (for `rktparse validate --strict`); `mode="collect"`
returns them as warnings for the document.
"""

from __future__ import annotations

from typing import Literal

from rktparse.models.rkt import RktDocument, Warning


class RuleError(ValueError):
    """A document breaks a hierarchy rule."""


def check_rules(doc: RktDocument, mode: Literal["collect", "raise"] = "collect") -> list[Warning]:
    """Warnings for every sasaran without text or indikator, and indikator without text or target."""
    found: list[Warning] = []
    for i, sasaran in enumerate(doc.sasaran):
        ref = f"/sasaran/{i}"
        page = sasaran.pages[0] if sasaran.pages else None
        if not sasaran.text:
            found.append(Warning(code="sasaran-empty", message=f"{ref} has no Sasaran text", page=page, ref=ref))
        if not sasaran.indikator:
            found.append(Warning(code="sasaran-without-indikator",
                                 message=f"{ref} ('{sasaran.text[:60]}') has no indikator", page=page, ref=ref))
        for j, indikator in enumerate(sasaran.indikator):
            row_ref = f"{ref}/indikator/{j}"
            row_page = indikator.pages[0] if indikator.pages else None
            if not indikator.text:
                found.append(Warning(code="indikator-empty", message=f"{row_ref} has no indikator text",
                                     page=row_page, ref=row_ref))
            if indikator.target is not None and not indikator.target.raw:
                found.append(Warning(code="target-missing",
                                     message=f"{row_ref} ('{indikator.text[:60]}') has no target",
                                     page=row_page, ref=row_ref))
    if mode == "raise" and found:
        raise RuleError(found[0].message)
    return found
