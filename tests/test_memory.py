"""Memory of big documents (issue 15): a converted document never holds its grid and its models at once.

`parse` and `convert` hand the reader's grid to the assembler, which empties the tables' cells once
it has read them for the last time, before the models are built; the JSON is written a piece at a
time. These tests check that no grid cell is alive when the models are built, and that letting the
grid go changes nothing in the result.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

import rktparse
import rktparse.assemble as assemble
from rktparse.assemble import build
from rktparse.assemble.rows import RowDraft
from rktparse.convert import convert_file, read_source
from rktparse.grid import Cell
from rktparse.models import Source
from rktparse.readers import ReadOptions, reader_for
from rktparse.readers.text.page import PageOut
from tests.conftest import SAMPLES, long_rkt

INPUTS = ["word-kpu-alor-rkt-2024.pdf", "kupang-2024-rkt.txt", "word-kpu-alor-rkt-2024-borderless.pdf"]


def live_cells() -> int:
    gc.collect()
    return sum(1 for obj in gc.get_objects() if isinstance(obj, Cell))


@pytest.fixture
def cells_when_models_are_built(monkeypatch):
    """The number of grid cells alive at each call of the assembler's `walk_to_models`."""
    counts: list[int] = []
    walk_to_models = assemble.walk_to_models

    def counting(walk):
        counts.append(live_cells())
        return walk_to_models(walk)

    monkeypatch.setattr(assemble, "walk_to_models", counting)
    return counts


def long_input(name: str, tmp_path: Path) -> Path:
    """The sample; a PDF made 40 pages long (its middle pages repeated), so that a grid left alive
    shows as thousands of cells."""
    path = SAMPLES / name
    return long_rkt(path, tmp_path / name, 40) if path.suffix == ".pdf" else path


@pytest.mark.parametrize("name", INPUTS)
def test_no_grid_cell_is_alive_when_the_models_are_built(name, tmp_path, cells_when_models_are_built):
    path = long_input(name, tmp_path)
    before = live_cells()  # cells other tests' objects may still hold
    rktparse.parse(path)
    assert cells_when_models_are_built == [before]


@pytest.mark.parametrize("name", [INPUTS[0], INPUTS[2]])
def test_the_cells_of_the_tables_walked_are_let_go_as_the_walk_goes(name, tmp_path, monkeypatch):
    """The walk lets each table's cells go once it is done with them, so the grid and the drafts are never
    both whole: walking the last page's table, only a few tables' cells are alive (the one the layout starts
    in, one an open draft was last printed in, the one walked), not the 40 pages' grid."""
    path = long_input(name, tmp_path)
    source = read_source(path)
    grid, tables = sum(len(table.cells) for table in source.tables), len(source.tables)
    assert assemble.walked_once(source)
    del source
    alive: list[int] = []
    run = assemble.RktWalker.run

    def counting(walker):
        alive.append(live_cells())
        run(walker)

    monkeypatch.setattr(assemble.RktWalker, "run", counting)
    before = live_cells()
    rktparse.parse(path)
    assert len(alive) >= tables > 30
    assert alive[-1] - before <= 4 * grid / tables < grid / 5


@pytest.mark.parametrize("name", INPUTS)
def test_letting_the_grid_go_changes_nothing_in_the_document(name, tmp_path, cells_when_models_are_built):
    path = long_input(name, tmp_path)
    released = rktparse.parse(path).model_dump(mode="json")
    source = read_source(path)
    before = live_cells()
    info = Source(file=path.name, sha256=rktparse.convert.sha256_of(path), format=source.format,
                  pages=source.page_count, engine=source.engine)
    (kept,) = assemble.source_to_documents(source, info)  # the caller keeps the grid: nothing let go
    assert cells_when_models_are_built[-1] == before > 100  # the test sees a grid left alive
    assert all(table.cells for table in source.tables if table.n_rows)
    assert kept.model_dump(mode="json") == released


@pytest.mark.parametrize("name", INPUTS[:2])
def test_the_json_written_a_piece_at_a_time_is_the_dumped_document(name, tmp_path):
    (doc,), (written,) = convert_file(SAMPLES / name, tmp_path / "out", ["json"])
    assert written.read_text(encoding="utf-8") == rktparse.dumps(doc, "json")


@pytest.mark.parametrize("name", INPUTS)
def test_each_draft_is_let_go_of_once_its_model_is_built(name, tmp_path, monkeypatch):
    """The walk's drafts go as the models are built: a big document never holds both whole."""
    alive: list[int] = []
    draft_to_sasaran = build.draft_to_sasaran

    def counting(draft):
        gc.collect()
        alive.append(sum(1 for obj in gc.get_objects() if isinstance(obj, RowDraft)))
        return draft_to_sasaran(draft)

    monkeypatch.setattr(build, "draft_to_sasaran", counting)
    doc = rktparse.parse(long_input(name, tmp_path))
    counts = [len(sasaran.indikator) for sasaran in doc.sasaran]
    not_built = [sum(counts[k:]) for k in range(len(counts))]  # the rows of the sasaran from the k-th on
    assert alive[0] >= not_built[0] > 40  # the first model built, every row draft is alive
    # then only those of the sasaran not built yet (and a few a table's start still names)
    assert all(a - n <= 10 for a, n in zip(alive, not_built))


@pytest.mark.parametrize("name", INPUTS)
def test_a_word_printed_on_many_pages_is_held_once_from_the_start(name, tmp_path):
    """Interned as each table is made, not after the read: a page's own copies freed late left holes."""
    path = long_input(name, tmp_path)
    source = reader_for(path, ReadOptions()).read(path)  # the reader's own tables, before any cleaning
    words = [word for table in source.tables for word in table.words]
    assert len(words) > 2 * len({id(word) for word in words})  # the same word, the same string
    assert len({id(word) for word in words}) == len(set(words))


def test_a_text_export_page_holds_its_words_interned_while_the_export_is_read():
    """A text export's pages wait for the end of the read to become tables: their words are interned as each is read."""
    words = " ".join(["Persentase", "capaian"] * 3).split()  # strings of their own, not the interned ones
    page = PageOut(1, [["Sasaran"]], words=words)
    assert all(word is sys.intern(word) for word in page.words)
    assert not all(word is sys.intern(word) for word in words)
