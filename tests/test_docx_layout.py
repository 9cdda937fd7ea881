"""The printed layout in the contract, and the DOCX writer rebuilding it (Word's XML read back, no LibreOffice)."""

import datetime as dt
import zipfile

import pytest
from docx import Document
from docx.oxml.ns import qn

import rktparse
from rktparse.models import RktDocument, Severity, Signatory, Warning
from samples.build.data import SAMPLES as SAMPLE_SPECS
from tests.conftest import CORPUS, ROOT, SAMPLES, word_pk
from tests.layout_compare import content, layout_differences
from tests.test_contract import small_document

REAL = CORPUS / "real"
RULED_PDFS = sorted(p for p in SAMPLES.glob("*.pdf") if not p.name.startswith("scan-"))


def body_xml(path) -> str:
    return zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")


def test_pdf_layout_keeps_printed_columns_headers_widths_and_furniture():
    layout = rktparse.parse(SAMPLES / "rl-inspektorat-garut-rkt-2024.pdf").layout
    assert [(c.role.value, c.header) for c in layout.columns] == [
        ("no", "No"), ("sasaran", "Sasaran Strategis"), ("indikator", "Indikator Kinerja Utama"),
        ("extra", "Satuan"), ("extra", "Kondisi Awal (2023)"), ("target", "Target 2024")]
    assert layout.columns[0].numbers.value == "sasaran"
    assert layout.column_numbers == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]
    assert (layout.page.orientation.value, round(layout.page.width), round(layout.page.height)) == ("landscape", 842, 595)
    assert sum(c.width for c in layout.columns) == pytest.approx(1, abs=0.002)
    widest = max(layout.columns, key=lambda c: c.width)
    assert widest.role.value == "indikator" and layout.columns[0].width < 0.06
    assert layout.title_lines == ["RENCANA KINERJA TAHUNAN (RKT)", "INSPEKTORAT DAERAH KABUPATEN GARUT", "TAHUN 2024"]
    assert layout.footer == "Halaman {page}"


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("sample", [s for s in SAMPLE_SPECS if s.rules == "grid"], ids=lambda s: s.stem)
def test_layout_keeps_the_size_the_table_is_printed_in(sample, engine, tmp_path):
    """The size each ruled sample's table was set in (samples/build/data.py), and the copy's table in it.
    (A table without vertical rules is read by the borderless reader, which gives no size.)"""
    doc = rktparse.parse(SAMPLES / f"{sample.stem}.pdf", engine=engine)
    assert doc.layout.font_size == sample.size
    copy = Document(rktparse.write(doc, tmp_path / "copy.docx"))
    normal = copy.styles["Normal"].font.size
    sizes = {(paragraph.style.font.size or normal).pt for row in copy.tables[0].rows for cell in row.cells
             for paragraph in cell.paragraphs}
    assert sizes == {sample.size}


def test_portrait_pk_and_its_footer_pattern():
    pk = rktparse.parse(SAMPLES / "word-dinkes-jabar-pk-2024.pdf").layout
    assert pk.page.orientation.value == "portrait" and pk.footer is None
    sleman = rktparse.parse(SAMPLES / "word-bkpsdm-sleman-rkt-2024.pdf").layout
    assert sleman.footer == "Halaman {page} dari {pages}"


@pytest.mark.skipif(not REAL.is_dir(), reason="the shared corpus is not beside this checkout")
def test_word_layout_comes_from_its_grid_and_section():
    layout = rktparse.parse(REAL / "jabar-dinkes-pk-2017.docx").layout
    assert layout.page.orientation.value == "portrait"
    assert [c.header for c in layout.columns] == ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"]
    main = next(t for t in Document(REAL / "jabar-dinkes-pk-2017.docx").tables if t.cell(0, 0).text == "NO.")
    grid = [int(c.get(qn("w:w"))) for c in main._tbl.tblGrid]
    assert [c.width for c in layout.columns] == pytest.approx([w / sum(grid) for w in grid], abs=1e-3)


@pytest.mark.skipif(not REAL.is_dir(), reason="the shared corpus is not beside this checkout")
def test_spanning_header_over_a_numbering_column():
    layout = rktparse.parse(REAL / "jabar-dishub-rkt-2016.pdf").layout
    assert [(c.role.value, c.header) for c in layout.columns[:2]] == [("no", "Misi"), ("misi", "Misi")]
    assert (layout.header[0].text, layout.header[0].col_span) == ("Misi", 2)


def test_text_export_layout_has_headers_but_no_geometry():
    layout = rktparse.parse(SAMPLES / "kupang-2024-rkt.txt").layout
    assert [c.header for c in layout.columns] == ["Sasaran Kinerja", "Indikator Kinerja", "Target", "Kegiatan"]
    assert layout.page is None and all(c.width is None for c in layout.columns)


def test_a_table_too_narrow_to_measure_on_its_page_has_no_width_and_every_output_is_written(tmp_path):
    # Found by fuzzing (fuzz/fuzz_pdf.py): a MediaBox 84 million points wide made the table's share
    # of the page round to 0.0, which the layout model refuses (internal error, no output).
    pdf = ROOT / "fuzz" / "corpus" / "pdf" / "crash-page-of-absurd-width.pdf"
    layout = rktparse.parse(pdf).layout
    assert layout.page.width > 8e7 and layout.table_width is None
    assert [c.width for c in layout.columns] == [0.218, 0.782]
    report = rktparse.convert_many([pdf], tmp_path, formats=["json", "csv", "docx"], jobs=1)
    assert [r.status for r in report.results] == ["warning"] and len(list(tmp_path.glob("crash-*"))) == 3


@pytest.mark.parametrize("export", sorted(SAMPLES.glob("*.layout.txt")), ids=lambda p: p.name)
def test_layout_export_gives_column_widths_near_the_pdf(export):
    """Columns aligned with spaces keep their proportions roughly: each width within 8 % of the table of the
    PDF's (the gutter between two columns is wider than a rule; measured worst 7 %, a centred Target)."""
    text = rktparse.parse(export).layout
    pdf = rktparse.parse(export.with_name(export.name.replace(".layout.txt", ".pdf"))).layout
    assert [c.header for c in text.columns] == [c.header for c in pdf.columns]
    assert [c.width for c in text.columns] == pytest.approx([c.width for c in pdf.columns], abs=0.08)
    assert text.page is None and text.table_width is None


@pytest.mark.parametrize("pdf", RULED_PDFS, ids=lambda p: p.name)
def test_docx_reads_back_with_the_same_content_and_layout(pdf, tmp_path):
    """Through Word's own XML (grid widths, section): the regenerated DOCX keeps content and layout."""
    original = rktparse.parse(pdf)
    back = rktparse.parse(rktparse.write(original, tmp_path / "copy.docx"))
    assert content(back) == content(original)
    assert layout_differences(original.layout, back.layout) == []
    assert back.layout.title_lines == original.layout.title_lines and back.layout.footer == original.layout.footer


def test_regenerated_table_is_a_fixed_grid_with_a_repeated_shaded_header(tmp_path):
    doc = rktparse.parse(SAMPLES / "rl-inspektorat-garut-rkt-2024.pdf")
    path = rktparse.write(doc, tmp_path / "copy.docx")
    table = Document(path).tables[0]._tbl
    grid = [int(c.get(qn("w:w"))) for c in table.tblGrid]
    assert [w / sum(grid) for w in grid] == pytest.approx([c.width for c in doc.layout.columns], abs=0.01)
    assert table.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    rows = table.findall(qn("w:tr"))
    repeated = [tr for tr in rows if tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None]
    assert len(repeated) == 2  # the header and the column-number row
    assert all(tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}") is not None for tc in rows[0].findall(qn("w:tc")))
    texts = ["".join(t.text for t in tc.iter(qn("w:t"))) for tc in rows[1].findall(qn("w:tc"))]
    assert texts == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]
    merged = [tc for tr in rows for tc in tr.findall(qn("w:tc"))
              if tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}") is not None]
    assert merged, "sasaran cells merged over their rows"
    section = Document(path).sections[0]
    assert section.page_width > section.page_height
    footer = zipfile.ZipFile(path).read("word/footer1.xml").decode("utf-8") if "word/footer1.xml" in \
        zipfile.ZipFile(path).namelist() else body_xml(path)
    assert 'w:instr="PAGE"' in footer and "Halaman " in footer


def test_properties_come_from_the_document(tmp_path):
    doc = rktparse.parse(SAMPLES / "word-kpu-alor-rkt-2024.pdf")
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    core = Document(rktparse.write(doc, tmp_path / "copy.docx")).core_properties
    assert (core.title, core.author) == (doc.document.title, doc.document.agency)
    assert str(doc.document.year) in core.keywords
    assert core.created.replace(tzinfo=None) >= before and core.last_modified_by == "rktparse"


def hand_made(columns_with_kegiatan: bool) -> RktDocument:
    doc = small_document()
    for sasaran in doc.sasaran:
        for indikator in sasaran.indikator:
            indikator.kegiatan = indikator.kegiatan if columns_with_kegiatan else []
    doc.layout = None
    return doc


def test_json_without_layout_gets_a_default_one(tmp_path):
    """No empty Kegiatan column, plain headers, portrait for four columns or fewer, landscape beyond."""
    narrow = Document(rktparse.write(hand_made(False), tmp_path / "narrow.docx"))
    headers = ["".join(t.text for t in tc.iter(qn("w:t"))) for tc in narrow.tables[0]._tbl.tr_lst[0].tc_lst]
    assert headers == ["Sasaran", "Indikator Kinerja", "Target"]
    assert narrow.sections[0].page_width < narrow.sections[0].page_height
    wide_doc = hand_made(True)
    wide_doc.sasaran[0].indikator[0].extra = {"Satuan": "%", "Keterangan": "APBD"}
    wide = Document(rktparse.write(wide_doc, tmp_path / "wide.docx"))
    headers = ["".join(t.text for t in tc.iter(qn("w:t"))) for tc in wide.tables[0]._tbl.tr_lst[0].tc_lst]
    assert headers == ["Sasaran", "Indikator Kinerja", "Target", "Kegiatan", "Satuan", "Keterangan"]
    assert wide.sections[0].page_width > wide.sections[0].page_height


def test_marked_review_rows_carry_the_warning_and_the_status_survives(tmp_path):
    doc = small_document()
    doc.warnings.append(Warning(code="target-unread", message="the target 'BB' needs a look",
                                ref="/sasaran/1/indikator/0", severity=Severity.REVIEW))
    doc.status = doc.status.PARTIAL
    path = rktparse.write(doc, tmp_path / "marked.docx", mark_review=True)
    package = zipfile.ZipFile(path)
    assert "the target 'BB' needs a look" in package.read("word/comments.xml").decode("utf-8")
    assert body_xml(path).count('w:fill="FFF2A8"') == len(doc.layout.columns)  # one row highlighted
    back = rktparse.parse(path)
    assert back.status.value == "partial"
    assert [w.code for w in back.warnings if w.severity is Severity.REVIEW] == ["source-partial"]
    plain = rktparse.write(doc, tmp_path / "plain.docx")
    assert "word/comments.xml" not in zipfile.ZipFile(plain).namelist() or \
        "needs a look" not in zipfile.ZipFile(plain).read("word/comments.xml").decode("utf-8")


def test_signature_block_stays_together_with_both_parties(tmp_path):
    doc = small_document()
    doc.document.place, doc.document.year, doc.document.date_printed = "Bandung", 2024, "Januari 2024"
    doc.document.signatory = Signatory(position="KEPALA DINAS KESEHATAN", name="dr. RATNA", rank="Pembina Utama Muda",
                                       nip="19670326 199103 1 006")
    doc.document.superior = Signatory(position="GUBERNUR JAWA BARAT", name="ADITYA")
    tables = Document(rktparse.write(doc, tmp_path / "pk.docx")).tables
    signature = tables[-1]._tbl
    rows = signature.tr_lst
    assert all(tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for tr in rows)
    lines = [["".join(t.text for t in tc.iter(qn("w:t"))) for tc in tr.tc_lst] for tr in rows]
    assert lines == [["", "Bandung,      Januari 2024"], ["GUBERNUR JAWA BARAT", "KEPALA DINAS KESEHATAN"],
                     ["ADITYA", "dr. RATNA"], ["", "Pembina Utama Muda"], ["", "NIP. 19670326 199103 1 006"]]
    kept = [p.paragraph_format.keep_with_next for row in tables[-1].rows for p in row.cells[1].paragraphs]
    assert kept == [True] * (len(rows) - 1) + [False], "every row kept with the next: the block stays whole"


def test_parent_line_and_its_items_print_in_one_cell_and_read_back(tmp_path):
    """A parent line over listed items (a row with no target, its items' targets one per line) is printed
    in one cell again: printed a row each, the parent's empty Target cell would read as a missing target."""
    document, indikator, target = word_pk("Meningkatnya produksi peternakan")
    indikator.text = "1.1.1 Jumlah produksi peternakan"
    for item, figure in (("- Daging (ton)", "741.709"), ("- Telur (ton)", "210.664")):
        indikator.add_paragraph(item)
        target.add_paragraph(figure)
    document.save(tmp_path / "pk.docx")
    original = rktparse.parse(tmp_path / "pk.docx")
    assert [(i.no, i.target.raw if i.target else None) for _, i in original.indikator_rows()] == [
        ("1.1.1", None), (None, "741.709"), (None, "210.664")]
    copy = rktparse.write(original, tmp_path / "copy.docx")
    assert len(Document(copy).tables[0].rows) == 2, "the header and one row: the items in the parent's cell"
    back = rktparse.parse(copy)
    assert content(back) == content(original)


def test_nested_parent_lines_print_in_one_cell_and_read_back(tmp_path):
    """A parent line over another (nested lists; a scanned PK's '1.1.2.3 Produktivitas Ternak' over '-
    Prosentase kelahiran (%) :' over its animals): each parent beside a blank in the Target cell, read as
    a row without a target, and printed in one cell again with every target beside its own line."""
    document, indikator, target = word_pk("Meningkatnya produksi peternakan")
    indikator.text, target.text = "1.1.2.3 Produktivitas Ternak", ""
    for item, figure in (("- Prosentase kelahiran (%) :", ""), ("- Sapi Potong", "64"), ("- Kerbau", "51"),
                         ("- Prosentase produksi telur harian ternak unggas (%)", ""), ("- Itik", "32")):
        indikator.add_paragraph(item)
        target.add_paragraph(figure)
    document.save(tmp_path / "pk.docx")
    original = rktparse.parse(tmp_path / "pk.docx")
    assert [(i.no, i.text, i.target.raw if i.target else None) for _, i in original.indikator_rows()] == [
        ("1.1.2.3", "Produktivitas Ternak", None), (None, "Prosentase kelahiran (%) :", None),
        (None, "Sapi Potong", "64"), (None, "Kerbau", "51"),
        (None, "Prosentase produksi telur harian ternak unggas (%)", None), (None, "Itik", "32")]
    copy = rktparse.write(original, tmp_path / "copy.docx")
    assert len(Document(copy).tables[0].rows) == 2, "the header and one row: the items in the parent's cell"
    back = rktparse.parse(copy)
    assert content(back) == content(original)


@pytest.mark.slow
@pytest.mark.skipif(not REAL.is_dir(), reason="the shared corpus is not beside this checkout")
@pytest.mark.parametrize("name", ["jabar-dinkes-pk-2017.docx", "jabar-iku-2017.docx", "jabar-pk-generated-2017.docx"])
def test_word_table_size_is_the_size_libreoffice_prints(name, tmp_path):
    """The Word reader's size of the table (runs, else their styles) is what pdfium reads off LibreOffice's print."""
    from tests.test_roundtrip import docx_to_pdf

    word = rktparse.parse_all(REAL / name)[0].layout
    printed = rktparse.parse_all(docx_to_pdf(REAL / name, tmp_path))[0].layout
    assert word.font_size is not None and word.font_size == printed.font_size


def table_headers(table) -> list[str]:
    """The text of each cell of a Word table's first row."""
    return ["".join(t.text for t in tc.iter(qn("w:t"))) for tc in table._tbl.tr_lst[0].tc_lst]


def test_each_rkt_table_keeps_its_own_layout_and_sasaran(tmp_path):
    """An RKT in portrait, then a Renja of other columns in landscape under its own heading: each table's
    columns, header and sasaran are its own, and the copy prints each so, on a section of its page."""
    path = REAL / "jabar-biro-organisasi-rkt-renja-2017.pdf"
    if not path.exists():
        pytest.skip("the shared corpus is not beside this checkout")
    doc = rktparse.parse(path)
    first, second = doc.layout.tables
    assert (first.first, second.first) == (0, 4)
    assert [c.header for c in first.columns] == [c.header for c in doc.layout.columns]
    assert [c.role.value for c in second.columns][:4] == ["no", "sasaran", "indikator", "target"]
    assert (first.page.orientation.value, second.page.orientation.value) == ("portrait", "landscape")
    assert first.heading == [] and any("2017" in line for line in second.heading)
    copy = Document(rktparse.write(doc, tmp_path / "copy.docx"))
    assert len(copy.tables) == 2  # (no signature block was printed)
    for table, printed in zip(copy.tables, (first, second)):
        header = [h.text for h in printed.header if h.row == 0]
        assert table_headers(table)[:len(header)] == header
    assert [s.page_width > s.page_height for s in copy.sections] == [False, True]


def test_json_with_tables_out_of_order_prints_every_sasaran_once(tmp_path):
    """A hand-edited `layout.tables` whose bounds run backwards or past the end loses no sasaran and
    prints none twice; a 1.2 layout without `tables` prints one table."""
    doc = rktparse.parse(SAMPLES / "rl-inspektorat-garut-rkt-2024.pdf")
    assert [t.first for t in doc.layout.tables] == [0]
    older = doc.model_copy(deep=True)
    older.layout.tables = []
    edited = doc.model_copy(deep=True)
    table = edited.layout.tables[0]
    edited.layout.tables = [table.model_copy(update={"first": 3}), table.model_copy(update={"first": 1}),
                            table.model_copy(update={"first": 99})]
    for variant, n_tables in ((older, 1), (edited, 2)):  # sasaran 0, then 1 on: the bounds kept in order
        back = rktparse.parse(rktparse.write(variant, tmp_path / "copy.docx"))
        assert content(back) == content(doc)
        assert len(Document(tmp_path / "copy.docx").tables) == n_tables + 1  # and the signature block's


def test_undated_place_and_an_agency_named_only_by_the_block_read_back(tmp_path):
    """A decree's 'Ditetapkan di' place with its date left blank, and an agency no title names: the copy
    prints the place as a decree does and the agency above the signer's position, and both read back."""
    doc = small_document()
    info = doc.document
    info.title, info.year, info.date, info.date_printed = None, None, None, None
    info.place, info.agency = "Bandung", "DINAS KOMUNIKASI DAN INFORMATIKA"
    info.signatory = Signatory(position="KEPALA", name="Dr. H. DUDI SUDRADJAT ABDURACHIM, MT",
                               rank="Pembina Utama Madya", nip="19610924 198603 1 004")
    path = rktparse.write(doc, tmp_path / "copy.docx")
    assert "Ditetapkan di : Bandung" in body_xml(path)
    back = rktparse.parse(path).document
    assert (back.place, back.date, back.agency) == ("Bandung", None, info.agency)
    assert back.signatory == info.signatory
