"""HTML: the review report, one self-contained file (no network, no server).

Each page's image (lazily shown) with the regions of the sasaran, indikator and
program rows drawn over it and coloured by their state, beside the extracted
hierarchy and the document's fields; every warning is listed and links to its row
and to its region on the page. A text export (no page images) gets the hierarchy
and the warnings alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, Template, select_autoescape

from rktparse.models import Region, RktDocument, Severity, Target, Warning
from rktparse.writers.base import TextWriter
from rktparse.writers.page_images import PageImage, page_images
from rktparse.writers.table import document_records

# What a node's colour says, worst first: a person must check it (an OCR reading in doubt, or any
# other review warning), it was decided in a way worth knowing, or it was read without doubt.
STATES = ("ocr", "review", "info", "read")
STATE_NAMES = {"ocr": "OCR reading in doubt", "review": "to review", "info": "decision worth knowing",
               "read": "read without doubt"}


# The OCR reader's `ocr-rotated` warning says by how much a page was turned to be read upright.
TURNED = re.compile(r"turned by (\d+) degrees")


def anchor(ref: str) -> str:
    """An element id for the node at JSON pointer `ref`: '/sasaran/2/indikator/1' -> 'n-sasaran-2-indikator-1'."""
    return "n" + ref.replace("/", "-")


@dataclass
class Box:
    """A rectangle drawn on a page: a node's region or a warning's."""

    id: str
    target: str  # the element it links to
    kind: str  # sasaran, indikator, program, level, warning
    state: str
    x: float
    y: float
    width: float
    height: float
    title: str


@dataclass
class Node:
    id: str
    ref: str
    kind: str
    label: str
    text: str
    state: str
    details: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)  # ids of its boxes
    warnings: list[str] = field(default_factory=list)  # ids of its warnings
    children: list[Node] = field(default_factory=list)


@dataclass
class Page:
    image: PageImage
    boxes: list[Box] = field(default_factory=list)


@dataclass
class Report:
    doc: RktDocument
    nodes: list[Node]
    programs: list[Node]
    warnings: list[tuple[str, Warning, str | None, list[str]]]  # (id, warning, node id, box ids)
    pages: list[Page]
    fields: list[tuple[str, object]]
    states: dict[str, str] = field(default_factory=lambda: dict(STATE_NAMES))


def node_state(warnings: list[Warning]) -> str:
    if any(w.severity is Severity.REVIEW and w.code.startswith("ocr-") for w in warnings):
        return "ocr"
    if any(w.severity is Severity.REVIEW for w in warnings):
        return "review"
    return "info" if warnings else "read"


class _Builder:
    """Gathers the report's nodes, warnings and page boxes from one document."""

    def __init__(self, doc: RktDocument, images: list[PageImage]) -> None:
        self.doc = doc
        self.pages = {image.number: Page(image) for image in images}
        self.by_ref: dict[str, list[tuple[int, Warning]]] = {}
        for index, warning in enumerate(doc.warnings):
            if warning.ref is not None:
                self.by_ref.setdefault(warning.ref, []).append((index, warning))

    def boxes(self, owner: str, regions: list[Region], kind: str, state: str, title: str) -> list[str]:
        made = []
        for n, region in enumerate(regions):
            page = self.pages.get(region.page)
            if page is None:
                continue
            x0, top, x1, bottom = region.box
            box = Box(f"{owner}-r{n}", owner, kind, state, x0, top, x1 - x0, bottom - top, title)
            page.boxes.append(box)
            made.append(box.id)
        return made

    def node(self, ref: str, kind: str, label: str, text: str, regions: list[Region],
             details: list[str] | None = None) -> Node:
        warnings = self.by_ref.get(ref, [])
        state = node_state([w for _, w in warnings])
        node_id = anchor(ref)
        return Node(node_id, ref, kind, label, text, state, details or [],
                    self.boxes(node_id, regions, kind, state, f"{label}: {text[:80]}"),
                    [f"w{index}" for index, _ in warnings])

    def hierarchy(self) -> list[Node]:
        nodes = []
        for i, sasaran in enumerate(self.doc.sasaran):
            ref = f"/sasaran/{i}"
            node = self.node(ref, "sasaran", f"Sasaran {sasaran.no or i + 1}", sasaran.text, sasaran.regions,
                             [f"pages {', '.join(map(str, sasaran.pages))}"] if sasaran.pages else [])
            for name in ("misi", "tujuan", "group"):
                level = getattr(sasaran, name)
                if level is not None and (f"{ref}/{name}" in self.by_ref or level.regions):
                    node.children.append(self.node(f"{ref}/{name}", "level", name.capitalize(), level.text,
                                                   level.regions if i == self._first_with(name, level) else []))
            for j, row in enumerate(sasaran.indikator):
                details = [target_text(row.target),
                           *(f"target {label}: {period.raw}" for label, period in row.periods.items()),
                           *(f"kegiatan: {k}" for k in row.kegiatan),
                           *(f"{header}: {value}" for header, value in row.extra.items())]
                node.children.append(self.node(f"{ref}/indikator/{j}", "indikator",
                                               f"Indikator {row.no or j + 1}", row.text, row.regions, details))
            nodes.append(node)
        return nodes

    def _first_with(self, name: str, level: object) -> int:
        """The first sasaran holding this very level (merged levels repeat on each): only it draws the box."""
        return next(i for i, s in enumerate(self.doc.sasaran) if getattr(s, name) == level)

    def programs(self) -> list[Node]:
        return [self.node(f"/programs/{k}", "program", f"Program {p.no or k + 1}", p.text, p.regions,
                          [f"{header}: {value}" for header, value in p.extra.items()])
                for k, p in enumerate(self.doc.programs)]

    def warnings(self) -> list[tuple[str, Warning, str | None, list[str]]]:
        listed = []
        for index, warning in enumerate(self.doc.warnings):
            target = anchor(warning.ref) if warning.ref is not None and \
                self.doc.node_at(warning.ref) is not None else None
            state = node_state([warning])
            box_ids = self.boxes(f"w{index}", warning.regions, "warning", state, f"{warning.code}: {warning.message}")
            listed.append((f"w{index}", warning, target, box_ids))
        return listed


class HtmlWriter(TextWriter):
    kind = "html"
    suffix = ".html"

    def __init__(self, source: str | Path | None = None) -> None:
        """`source`: the converted input, whose pages are shown; without it (or for a text export
        or Word file, which have no pages to show) the report shows the hierarchy and warnings."""
        self.source = Path(source) if source is not None else None

    def images(self, doc: RktDocument) -> list[PageImage]:
        if self.source is None or doc.source.format not in ("pdf", "image"):
            return []
        turns = {w.page: int(found.group(1)) for w in doc.warnings
                 if w.code == "ocr-rotated" and w.page is not None and (found := TURNED.search(w.message))}
        return list(page_images(self.source, doc.source.format, turns))

    def render_str(self, doc: RktDocument) -> str:
        builder = _Builder(doc, self.images(doc))
        nodes = builder.hierarchy()
        report = Report(doc, nodes, builder.programs(), builder.warnings(),
                        [builder.pages[n] for n in sorted(builder.pages)],
                        [(r["field"], r["value"]) for r in document_records(doc)])
        return _template().render(report=report)


def _template() -> Template:
    environment = Environment(loader=PackageLoader("rktparse.writers", "templates"),
                              autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    return environment.get_template("report.html.j2")


def target_text(target: Target | None) -> str:
    if target is None:
        return "target: (no Target column)"
    value = f" = {target.value:g} {target.unit or ''}" if target.value is not None else ""
    return f"target: {target.raw or '(none)'}{value}"
