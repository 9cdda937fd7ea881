"""Grid plan shared by both producers."""

from __future__ import annotations

from dataclasses import dataclass

from .expected import keg_items, target_raw
from .model import ProgramTable, Sample


@dataclass
class Anchor:
    paras: list  # printed paragraphs; "\n" inside = forced break
    rowspan: int
    key: tuple  # what the cell is, for verification: (kind, index...)
    colspan: int = 1


def body_plan(s: Sample) -> list[list[Anchor | None]]:
    """Rows x columns; an Anchor where a cell starts, None where a merge covers."""
    ncol = len(s.cols)
    rows: list[list] = []
    # rows per indikator / sasaran
    spans = []
    for sas in s.sasaran:
        n_sas = sum(max(1, len(i.keg)) for i in sas.ind)
        spans.append(n_sas)
    # upper levels: group consecutive sasaran sharing the same object
    def upper_spans(attr):
        out = {}
        si = 0
        while si < len(s.sasaran):
            up = getattr(s.sasaran[si], attr)
            sj = si
            while sj + 1 < len(s.sasaran) and getattr(s.sasaran[sj + 1], attr) is up:
                sj += 1
            out[si] = (up, sum(spans[si : sj + 1]))
            si = sj + 1
        return out

    misi_sp = upper_spans("misi")
    tujuan_sp = upper_spans("tujuan")
    for si, sas in enumerate(s.sasaran):
        if sas.group is not None and (si == 0 or s.sasaran[si - 1].group != sas.group):
            rows.append([Anchor([sas.group], 1, ("group", si), ncol)] + [None] * (ncol - 1))
        first_sas_row = True
        for ii, ind in enumerate(sas.ind):
            kegs = ind.keg or [None]
            for ki, keg in enumerate(kegs):
                row: list = [None] * ncol
                for ci, col in enumerate(s.cols):
                    r = col.role
                    if r in ("misi", "tujuan"):
                        sp = (misi_sp if r == "misi" else tujuan_sp).get(si)
                        if sp and first_sas_row and ii == 0 and ki == 0:
                            up, n = sp
                            row[ci] = Anchor([up.text] if up else [], n, (r, si))
                    elif r in ("no", "sasaran"):
                        if first_sas_row:
                            txt = sas.no if r == "no" else sas.text
                            row[ci] = Anchor([txt] if txt else [], spans[si], (r, si))
                    elif r in ("indikator", "target", "extra"):
                        if ki == 0:
                            txt = {"indikator": ind.text, "target": target_raw(ind.target)}.get(r)
                            if r == "extra":
                                txt = ind.extra[col.header]
                            row[ci] = Anchor([txt], len(kegs), (r, si, ii, col.header))
                    elif r == "kegiatan":
                        row[ci] = Anchor(keg_items(keg) if keg else [], 1, ("kegiatan", si, ii, ki))
                    else:
                        raise ValueError(r)
                first_sas_row = False
                rows.append(row)
    return rows


def program_plan(pt: ProgramTable) -> list[list[Anchor]]:
    rows = []
    for pi, pr in enumerate(pt.rows):
        row = []
        for col in pt.cols:
            txt = pr.text if col.role == "program" else pr.extra[col.header]
            row.append(Anchor([txt], 1, ("program", pi, col.header)))
        rows.append(row)
    return rows
