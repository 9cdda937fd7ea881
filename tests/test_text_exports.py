"""Text exports of generated RKTs (samples/exports.py), and the text reader's general parts.

The slow test is the CI slice of `benchmarks/text_exports.py`: development
seeds exported with every exporter, read and scored against the generator's
expectation. Its thresholds sit a little under the figures measured on the
same seeds (benchmarks/README.md); reporting seeds are for the benchmark only.
"""

import json

import pytest

import rktparse
from rktparse.errors import InputError
from rktparse.readers.text import weights
from rktparse.readers.text.blocks import _gather_header, _paragraphs
from rktparse.readers.text.layout import centred_groups
from rktparse.readers.text.stream import header_names, stream_to_blocks
from samples.build import generate as gen
from samples.build.score import Score, score
from samples.exports import STYLES, cache_dir, exported

CI_SLICE = range(0, 20)  # development seeds
# measured on CI_SLICE: rows exact, silent errors; the thresholds sit a little under (benchmarks/README.md)
# layout 71.8 %, 4.6 %; pymupdf 60.9 %, 15.5 %; pypdf 19.3 %, 24.1 %; pdftotext 0 %, 20.1 %; pdfplumber 0 %, 54.6 %
THRESHOLDS = {
    "layout": (0.68, 0.08),
    "pymupdf": (0.57, 0.19),
    "pypdf": (0.17, 0.28),
    "pdftotext": (0.0, 0.24),
    "pdfplumber": (0.0, 0.58),
}


def test_weights_are_fitted_and_known():
    fitted = json.loads(weights.FILE.read_text())
    assert set(fitted["weights"]) <= set(weights.START)
    for group, how in fitted["fitted"].items():
        assert how["seeds"] and how["styles"], group
        low, _, high = how["seeds"].partition("-")
        assert int(high or low) < gen.REPORT_SEEDS.start  # fitted on development seeds only
    assert all(weights.W[name] == value for name, value in fitted["weights"].items())


def test_centred_merged_cells_take_the_rows_they_stand_in_the_middle_of():
    # rows open on lines 0, 3, 6, 9, 12; a cell on lines 3-4 and one on lines 10-11
    groups = centred_groups([(3, 4), (10, 11)], [0, 3, 6, 9, 12], 15)
    assert [(first, stop) for first, stop, _ in groups] == [(0, 3), (3, 5)]


def test_plain_pdftotext_first_row_names_gathered_into_a_header():
    page = "TITLE\n\nSasaran\nMeningkatnya mutu\n\nIndikator\nKinerja\nPersentase mutu\n\nTarget\n90 %\n\nrest\n"
    lines = _gather_header(_paragraphs(page))
    assert [line for line, _ in lines] == ["TITLE", "Sasaran", "Indikator", "Kinerja", "Target",
                                           "Meningkatnya mutu", "Persentase mutu", "90 %", "rest"]
    assert [blank for line, blank in lines if line in ("Meningkatnya mutu", "Persentase mutu")] == [True, True]


def test_wrapped_stream_header_with_other_columns_is_read_as_blocks():
    lines = ["SASARAN STRATEGIS INDIKATOR SASARAN SATUAN CAPAIAN", "2025", "TARGET", "(%)", "KEGIATAN"]
    assert header_names(lines) == ["SASARAN STRATEGIS", "INDIKATOR SASARAN", "SATUAN", "CAPAIAN 2025",
                                   "TARGET (%)", "KEGIATAN"]
    assert header_names(["Meningkatnya mutu pendidikan"]) is None
    text = "\n".join([*lines, "(1) (2) (3) (4) (5) (6)", "Meningkatnya mutu Persentase sekolah Orang - 90 % Pembinaan ",
                      "guru"])
    assert stream_to_blocks(text).splitlines()[6:] == [
        "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "Meningkatnya mutu Persentase sekolah Orang -", "90 %",
        "Pembinaan ", "guru"]


LAYOUT = """\
                                RENCANA KINERJA TAHUNAN
NO    Sasaran                 Indikator Kinerja              Target
(1)      (2)                        (3)                        (4)
                    Urusan Pemerintahan Wajib
1     Meningkatnya mutu       Persentase sekolah bermutu      90 %
      pendidikan dasar
                              Jumlah guru bersertifikat       Rp
                                                              447.000.000.
                                                              000
2     Menurunnya angka        Angka putus sekolah             2 %
      putus sekolah
"""


def test_layout_heading_column_numbers_and_a_broken_figure(tmp_path):
    path = tmp_path / "rkt.txt"
    path.write_text(LAYOUT, encoding="utf-8")
    doc = rktparse.parse(path)
    rows = [(s.no, s.text, s.group.text if s.group else None, i.text, i.target.raw)
            for s in doc.sasaran for i in s.indikator]
    assert rows == [
        ("1", "Meningkatnya mutu pendidikan dasar", "Urusan Pemerintahan Wajib", "Persentase sekolah bermutu", "90 %"),
        ("1", "Meningkatnya mutu pendidikan dasar", "Urusan Pemerintahan Wajib", "Jumlah guru bersertifikat",
         "Rp 447.000.000.000"),
        ("2", "Menurunnya angka putus sekolah", "Urusan Pemerintahan Wajib", "Angka putus sekolah", "2 %"),
    ]


@pytest.mark.slow
def test_text_reader_notes_point_at_their_rows():
    """Every text-* review warning carries the ref of the rows it doubts (one on a listed Sasaran
    that no rows were left for has none to point at)."""
    for seed in range(0, 5):
        doc = rktparse.parse(exported(seed, "pymupdf", cache_dir()))
        doubts = [w for w in doc.warnings if w.code.startswith("text-") and w.severity == "review"]
        assert all(w.ref for w in doubts if w.code != "text-sasaran-unplaced"), seed


@pytest.mark.slow
def test_ci_slice_of_development_seeds():
    folder = cache_dir()
    totals = {style: Score() for style in STYLES}
    for seed in CI_SLICE:
        expected = json.loads(json.dumps(gen.expected(gen.generate(seed))))
        for style in STYLES:
            try:
                got = json.loads(rktparse.dumps(rktparse.parse(exported(seed, style, folder))))
            except InputError:  # loud, but no rows read
                totals[style].add(Score(rows=sum(len(s["indikator"]) for s in expected["sasaran"]), failed=1))
                continue
            totals[style].add(score(expected, got))
    for style, (exact, silent) in THRESHOLDS.items():
        ratios = totals[style].ratios()
        assert ratios["rows_exact"] >= exact and ratios["silent"] <= silent, (style, ratios)
