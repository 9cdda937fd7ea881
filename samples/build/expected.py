"""Expected-JSON rules (the conventions the assembler is built to)."""

from __future__ import annotations

import re

from .model import Sample


def join_lines(lines: list[str]) -> str:
    """Cell lines joined with one space; a line ending in letter + '-' joins without."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif re.search(r"[^\W\d_]-$", out):
            out += line
        else:
            out += " " + line
    return out


def text_of(s: str) -> str:
    return join_lines(s.split("\n"))


def _num(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


NUMBER_UNITS = ("kali", "orang", "laporan", "dokumen")


def expected_target(raw: str, header: str) -> dict:
    t = raw
    if m := re.fullmatch(r"(\d+(?:,\d+)?) ?%", t):
        return dict(raw=raw, value=_num(m[1]), unit="%", kind="percent", note=None)
    if "%" in header and re.fullmatch(r"\d+(?:,\d+)?", t):
        return dict(raw=raw, value=_num(t), unit="%", kind="percent", note=None)
    if m := re.fullmatch(r"Rp (\d{1,3}(?:\.\d{3})+)", t):
        return dict(raw=raw, value=_num(m[1]), unit="Rp", kind="currency", note=None)
    if t in ("AA", "A", "BB", "B", "CC", "C"):
        return dict(raw=raw, value=None, unit=None, kind="grade", note=None)
    if t in ("WTP", "WDP"):
        return dict(raw=raw, value=None, unit=None, kind="opinion", note=None)
    if m := re.fullmatch(rf"(\d{{1,3}}(?:\.\d{{3}})*(?:,\d+)?) ({'|'.join(NUMBER_UNITS)})", t):
        return dict(raw=raw, value=_num(m[1]), unit=m[2], kind="number", note=None)
    if m := re.fullmatch(r"(\d+) \((.+)\)", t):
        return dict(raw=raw, value=_num(m[1]), unit=None, kind="number", note=m[2])
    if re.match(r"\d", t):
        raise ValueError(f"target {raw!r}: a number form the rules do not cover; rephrase it")
    return dict(raw=raw, value=None, unit=None, kind="text", note=None)


def target_raw(target: str | dict) -> str:
    """The printed target: samples give it as text, the generator with its expected parse."""
    return target["raw"] if isinstance(target, dict) else target


def header_key(header: str) -> str:
    return join_lines(header.split("\n"))


def keg_items(cell) -> list[str]:
    return [cell] if isinstance(cell, str) else list(cell)


def expected_json(s: Sample) -> dict:
    roles = {c.role: c for c in s.cols}
    target_header = header_key(roles["target"].header)
    extras = [c for c in s.cols if c.role == "extra"]
    uppers: dict[int, set] = {}  # id(Upper) -> pages
    for sas in s.sasaran:
        pages = sas.all_pages()
        for up in (sas.misi, sas.tujuan):
            if up is not None:
                uppers.setdefault(id(up), set()).update(pages)

    def upper(up):
        if up is None:
            return None
        return dict(no=up.no, text=text_of(up.text), pages=sorted(uppers[id(up)]))

    sasaran = []
    for sas in s.sasaran:
        inds = []
        for ind in sas.ind:
            missing = [header_key(c.header) for c in extras if c.header not in ind.extra]
            if missing:
                raise ValueError(f"{s.stem}: indikator {ind.text[:40]!r} lacks extra cells {missing}")
            inds.append(
                dict(
                    no=None,
                    text=text_of(ind.text),
                    target=ind.target if isinstance(ind.target, dict) else expected_target(ind.target, target_header),
                    kegiatan=[text_of(item) for cell in ind.keg for item in keg_items(cell)],
                    pages=sas.ind_pages(ind),
                    extra={header_key(c.header): text_of(ind.extra[c.header]) for c in extras
                           if ind.extra[c.header]},  # an empty cell gives no key
                )
            )
        sasaran.append(
            dict(
                no=sas.no,
                text=text_of(sas.text),
                pages=sas.all_pages(),
                indikator=inds,
                misi=upper(sas.misi),
                tujuan=upper(sas.tujuan),
                group=dict(no=None, text=text_of(sas.group), pages=sas.all_pages()) if sas.group else None,
            )
        )
    programs = []
    if s.programs:
        pextras = [c for c in s.programs.cols if c.role == "extra"]
        for pr in s.programs.rows:
            programs.append(
                dict(
                    no=pr.no,
                    text=text_of(pr.text),
                    pages=sorted(pr.pages),
                    extra={header_key(c.header): text_of(pr.extra[c.header]) for c in pextras},
                )
            )
    sg = s.sign
    document = dict(
        title=join_lines(s.title),
        agency=s.agency,
        year=s.year,
        place=sg.place,
        date=sg.date.isoformat() if sg.date else None,
        signatory=dict(position=sg.position, name=sg.name, nip=sg.nip),
    )
    return dict(document=document, sasaran=sasaran, programs=programs)
