"""Every `review` warning locates its doubt: a ref to an existing node and, where the reader
gives boxes, the page regions of the cells concerned; nodes keep the boxes they were read from."""

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import rktparse
from rktparse.errors import InputError
from rktparse.models import Severity
from tests.conftest import CORPUS, SAMPLES
from tests.test_corpus import SCANNED_WITH_LAYER

BORN_DIGITAL = sorted(p for p in SAMPLES.glob("*.pdf") if not p.name.startswith("scan-"))
TEXT_EXPORTS = sorted(SAMPLES.glob("*.txt"))
SCANS = sorted(SAMPLES.glob("scan-*.pdf"))
ROW_NAMED = re.compile(r"row '([^']+?)(?: \.\.\.)?'")


def nodes(doc):
    for i, sasaran in enumerate(doc.sasaran):
        yield f"/sasaran/{i}", sasaran
        for j, indikator in enumerate(sasaran.indikator):
            yield f"/sasaran/{i}/indikator/{j}", indikator
    for k, program in enumerate(doc.programs):
        yield f"/programs/{k}", program


def page_sizes(path: Path) -> dict[int, tuple[float, float]]:
    pdf = pdfium.PdfDocument(path)
    return {n + 1: pdf[n].get_size() for n in range(len(pdf))}


# Doubts about a page, not a node (README: the JSON contract): located by page and table regions.
PAGE_LEVEL = {"words-not-placed", "table-not-read", "text-page-too-large", "text-invalid-bytes"}


def check_located(doc):
    review = [w for w in doc.warnings if w.severity is Severity.REVIEW]
    rows_of: dict[str, list[list[str]]] = {}  # a doubt about a boundary between two rows is on both
    for warning in review:
        if warning.code in PAGE_LEVEL:
            assert warning.page is not None or warning.regions, warning
            continue
        assert warning.ref is not None, warning
        node = doc.node_at(warning.ref)
        assert node is not None, warning
        if warning.ref.split("/")[-2:-1] == ["indikator"]:
            target = [node.target.raw] if node.target is not None else []
            rows_of.setdefault(warning.message, []).append([node.text, *node.kegiatan, *target])
    for message, rows in rows_of.items():
        if named := ROW_NAMED.search(message):  # the row it names (or, unnamed, the cell) is among them
            assert any(named.group(1) in text for held in rows for text in held), (message, rows)  # maybe joined
    return review


@pytest.mark.parametrize("path", BORN_DIGITAL + TEXT_EXPORTS, ids=lambda p: p.name)
def test_every_review_warning_refs_an_existing_node(path):
    check_located(rktparse.parse(path))


@pytest.mark.parametrize("path", BORN_DIGITAL, ids=lambda p: p.name)
def test_pdf_nodes_and_warnings_carry_their_regions(path):
    doc = rktparse.parse(path)
    sizes = page_sizes(path)
    for ref, node in nodes(doc):
        assert node.regions, ref
        assert {region.page for region in node.regions} <= set(node.pages) | {p for i in getattr(node, "indikator", [])
                                                                               for p in i.pages}, ref
        for region in node.regions:
            x0, top, x1, bottom = region.box
            width, height = sizes[region.page]
            assert 0 <= x0 < x1 <= width + 1 and 0 <= top < bottom <= height + 1, (ref, region)
    for ref, node in nodes(doc):
        if ref.count("/") == 3:  # an indikator row lies inside its sasaran's rows, on each page
            sasaran = doc.node_at(ref.rsplit("/", 2)[0])
            for region in node.regions:
                around = [r.box for r in sasaran.regions if r.page == region.page]
                assert not around or around[0][1] - 1 <= region.box[1] <= around[0][3] + 1, (ref, region)
    for warning in doc.warnings:
        if warning.ref is not None and doc.node_at(warning.ref) is not None and doc.node_at(warning.ref).regions:
            assert warning.regions, warning


def test_a_text_export_has_no_boxes_yet_locates_its_doubts():
    doc = rktparse.parse(SAMPLES / "kupang-2024-rkt.txt")
    review = check_located(doc)
    assert {"text-cell-boundary", "text-sasaran-assignment"} <= {w.code for w in review}
    assert all(not node.regions for _, node in nodes(doc))
    placed = [w for w in review if w.code == "text-sasaran-assignment"]
    for warning in placed:  # the Sasaran it says was placed is the node it names
        quoted = re.search(r"Sasaran '([^']+?)(?: \.\.\.)?'", warning.message).group(1)
        assert doc.node_at(warning.ref).text.startswith(quoted), warning


@pytest.mark.slow
@pytest.mark.parametrize("path", SCANS, ids=lambda p: p.name)
def test_scans_locate_their_doubts_in_the_cells_read(path):
    doc = rktparse.parse(path)
    for warning in check_located(doc):
        assert warning.regions, warning
    assert all(node.regions for _, node in nodes(doc))


@pytest.mark.slow
def test_real_documents_locate_every_review_warning():
    located = 0
    for path in sorted((CORPUS / "real").iterdir()):
        if "scan" in path.name or path.name in SCANNED_WITH_LAYER or path.suffix not in (".pdf", ".docx"):
            continue
        try:
            docs = rktparse.parse_all(path)
        except InputError:  # documents rktparse does not read (tests/test_corpus.py says which)
            continue
        for doc in docs:
            for warning in check_located(doc):
                # a document field's doubt (a signer's NIP) is on the document, not on a table node
                on_document = warning.ref is not None and warning.ref.startswith("/document")
                assert warning.regions or on_document or doc.source.format != "pdf", (path.name, warning)
                located += 1
    assert located >= 30  # the corpus has plenty of doubts to locate (38 once table shapes dropped false ones)
