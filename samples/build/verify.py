"""Verification: read the PDF back and compare with the expectation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .expected import header_key, join_lines, text_of
from .model import CM, Sample
from .plan import body_plan, program_plan


@dataclass
class Line:
    page: int
    y: float
    text: str


class VerifyError(Exception):
    pass


def _table_geometry(page):
    """x0 of the table and the vertical extent of the ruled area on the page."""
    xs, ys = [], []
    for d in page.get_drawings():
        for it in d["items"]:
            if it[0] == "l":
                xs += [it[1].x, it[2].x]
                ys += [it[1].y, it[2].y]
            elif it[0] == "re":
                r = it[1]
                if min(r.width, r.height) < 3:
                    xs += [r.x0, r.x1]
                    ys += [r.y0, r.y1]
    if not xs:
        return None
    return min(xs), min(ys), max(ys)


def _text_geometry(s: Sample, x0: float):
    """For a twin without rules: the table's x0 (from the ruled sample) and, per page, the
    extent between the title (page 1) and the signature (last page) or the page footer."""

    def hits(page, text: str) -> list[float]:
        words = text.split()
        return sorted(r.y0 for r in page.search_for(" ".join(words[:3]))) if words else []

    def geometry(page, pno: int, npages: int):
        ytop, ybot = 0.0, page.rect.height
        if pno == 1 and (title := hits(page, s.title[-1])):
            ytop = title[0] + 1  # below the top of the title's last line
        if s.page_numbers and (footer := hits(page, s.page_numbers.format(page=pno, pages=npages))):
            ybot = footer[-1]
        if pno == npages:
            firsts = [next((t for t in side if t.strip()), "") for side in (s.sign.lines, s.sign.left or [])]
            ybot = min([ybot, *(found[-1] for text in firsts if (found := hits(page, text)))])
        return x0, ytop, ybot

    return geometry


def column_streams(pdf: Path, cols: list, geometry=None):
    """Each column's printed lines, in order; `geometry(page, pno, npages)` gives
    (table x0, top, bottom) of the table area (default: from the ruling lines)."""
    import pymupdf

    doc = pymupdf.open(pdf)
    geo0 = None
    streams = [[] for _ in cols]
    for pno, page in enumerate(doc, 1):
        geo = geometry(page, pno, doc.page_count) if geometry else _table_geometry(page)
        if geo is None:
            continue
        x0, ytop, ybot = geo
        if geo0 is None:
            geo0 = x0
        bounds = [geo0]
        for c in cols:
            bounds.append(bounds[-1] + c.width * CM)
        per_col: list[dict] = [dict() for _ in cols]
        for w in page.get_text("words"):
            wx0, wy0, wx1, wy1, word = w[:5]
            yc = (wy0 + wy1) / 2
            if not (ytop - 1 <= yc <= ybot + 1):
                continue
            xc = (wx0 + wx1) / 2
            ci = next((k for k in range(len(cols)) if bounds[k] <= xc < bounds[k + 1]), None)
            if ci is None:
                continue
            key = round(wy1 * 2) / 2  # group by bottom edge
            bucket = per_col[ci]
            near = next((k for k in bucket if abs(k - key) < 2.0), None)
            bucket.setdefault(near if near is not None else key, []).append((wx0, word))
        for ci, bucket in enumerate(per_col):
            for y in sorted(bucket):
                words = [w for _, w in sorted(bucket[y])]
                streams[ci].append(Line(pno, y, " ".join(words)))
    return streams, doc.page_count


def match_column(stream, cells, skip, verbose=False, label=""):
    """Consume stream lines for each expected cell in order.

    cells: list of (key, [paragraph texts]). Returns key -> set of pages.
    Lines before a cell that do not start it are skipped (header, other tables);
    inside a cell only repeated header lines at a page change may intervene.
    """
    i = 0
    found = {}
    for key, paras in cells:
        exp_paras = [text_of(p) for p in paras if p]
        if not exp_paras:
            continue
        expected = join_lines(exp_paras)
        # find the start
        while i < len(stream) and (
            (stream[i].text in skip and stream[i].text != expected) or not _starts(expected, stream[i].text)
        ):
            if verbose and stream[i].text not in skip:
                print(f"    [{label}] skipped p{stream[i].page}: {stream[i].text!r}")
            i += 1
        if i >= len(stream):
            raise VerifyError(f"{label}: cell {key} not found: {expected!r}")
        acc, pages, last = stream[i].text, {stream[i].page}, stream[i].page
        line_starts = [stream[i].text]
        i += 1
        while acc != expected:
            if i >= len(stream):
                raise VerifyError(f"{label}: cell {key} ends early: {acc!r} vs {expected!r}")
            ln = stream[i]
            cand = join_lines([acc, ln.text])
            if not _starts(expected, cand):
                if ln.page != last and ln.text in skip:
                    i += 1
                    continue
                raise VerifyError(
                    f"{label}: cell {key}: after {acc!r} comes p{ln.page} {ln.text!r}; expected {expected!r}"
                )
            acc = cand
            pages.add(ln.page)
            last = ln.page
            line_starts.append(ln.text)
            i += 1
        # items of a multi-item cell must each start a printed line
        if len(exp_paras) > 1:
            for p in exp_paras:
                if not any(l.startswith(p.split(" ")[0]) and p.startswith(l[: min(len(l), len(p))]) for l in line_starts):
                    raise VerifyError(f"{label}: item {p!r} of {key} does not start a line")
        found[key] = pages
    return found


class HeaderLines:
    """The printed lines of one column's header: any run of its words (it may wrap)."""

    def __init__(self, header: str, number: str | None = None):
        self.words = f" {header_key(header)} "
        self.number = number

    def __contains__(self, line: str) -> bool:
        return line == self.number or f" {line} " in self.words


def _starts(expected: str, acc: str) -> bool:
    """acc is a prefix of expected ending at a word boundary (or a hyphen)."""
    if not expected.startswith(acc):
        return False
    rest = expected[len(acc) :]
    return rest == "" or rest[0] == " " or acc.endswith("-")


def verify(s: Sample, pdf: Path, verbose=False, geometry=None) -> int:
    import pymupdf

    streams, npages = column_streams(pdf, s.cols, geometry)
    plan = body_plan(s)
    # per column, the expected cells in order
    found = {}
    for ci, col in enumerate(s.cols):
        cells = [(anc.key, anc.paras) for row in plan for anc in [row[ci]] if anc is not None]
        skip = HeaderLines(col.header, f"({ci + 1})" if s.numbered_row else None)
        found.update(match_column(streams[ci], cells, skip, verbose, f"{s.stem} col {col.header!r}"))
    errors = []
    # rows: union over their cells
    for si, sas in enumerate(s.sasaran):
        sas_pages = set()
        for ii, ind in enumerate(sas.ind):
            pages = set()
            for key, pg in found.items():
                if key[0] in ("indikator", "target", "extra", "kegiatan") and key[1:3] == (si, ii):
                    pages |= pg
            sas_pages |= pages
            if sorted(pages) != sas.ind_pages(ind):
                errors.append(
                    f"sasaran {si + 1} indikator {ii + 1} {ind.text[:50]!r}: "
                    f"printed on {sorted(pages)}, declared {sas.ind_pages(ind)}"
                )
        own = found.get(("sasaran", si), set())
        if not own <= sas_pages:
            errors.append(f"sasaran {si + 1}: its cell prints on {sorted(own)} outside its rows {sorted(sas_pages)}")
    if s.programs:
        pstreams, _ = column_streams(pdf, s.programs.cols, geometry)
        pplan = program_plan(s.programs)
        pfound = {}
        for ci, col in enumerate(s.programs.cols):
            cells = [(row[ci].key, row[ci].paras) for row in pplan]
            pskip = HeaderLines(col.header)
            pfound.update(match_column(pstreams[ci], cells, pskip, False, f"{s.stem} program col {col.header!r}"))
        for pi, pr in enumerate(s.programs.rows):
            pages = set().union(*(pg for key, pg in pfound.items() if key[1] == pi))
            if sorted(pages) != sorted(pr.pages):
                errors.append(f"program {pi + 1}: printed on {sorted(pages)}, declared {pr.pages}")
    # title on page 1, signature on the last page
    doc = pymupdf.open(pdf)

    def norm(t):
        return re.sub(r"\s+", " ", t).strip()

    first = norm(doc[0].get_text())
    for line in s.title:
        if norm(line) not in first:
            errors.append(f"title line {line!r} not on page 1")
    last = norm(doc[-1].get_text())
    for line in (s.sign.lines or []) + (s.sign.left or []):
        if line.strip() and norm(line) not in last:
            errors.append(f"signature line {line!r} not on the last page")
    if errors:
        raise VerifyError(f"{s.stem}:\n  " + "\n  ".join(errors))
    return npages
