"""Scaling benchmark: time and peak memory as inputs double, for the stages a big document stresses.

Not a test: it prints figures and whether they meet the goals.
  - the assembler, rows per table: 1,000 -> 2,000 -> 4,000
  - the DOCX writer, rows: 1,000 -> 2,000 -> 4,000 (goal: 1,000 rows within 3 s), and extra columns 100 -> 400
  - the Word reader, rows of a regenerated DOCX: 1,000 -> 4,000
  - the text reader, length of one line: 0.75 -> 3 MB, and rows of a text export: 1,000 -> 4,000
    (a stream export, and a layout export's page of Sasaran cells centred on their rows), and pages of
    a layout export read and assembled: 1,000 -> 4,000 (its time and memory are in pages)
Each figure is the best CPU time of three runs or more (as many as fill two seconds) in a fresh
interpreter; the growth ratio is the time of a doubling over the time before it (goal <= 2.3: linear,
with room for noise). Run `python benchmarks/scaling.py`.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RATIO_GOAL, DOCX_1000_GOAL_S = 2.3, 3.0
MAX_RUNS = 20
HEADER = ["Sasaran Kinerja", "Indikator Kinerja", "Target", "Kegiatan"]
WORDS = ["Persentase", "dokumen", "perencanaan", "yang", "disusun", "tepat", "waktu", "100%", "Penyusunan", "12 kali"]


def rkt_table(rows: int, extra_columns: int = 0):  # type: ignore[no-untyped-def]
    """A page table of `rows` indikator rows, a Sasaran cell merged over each five of them."""
    from rktparse.grid import Cell, TablePage

    header = HEADER + [f"Kolom {i}" for i in range(extra_columns)]
    cells = [Cell(lines=[text], row=0, col=col) for col, text in enumerate(header)]
    for row in range(1, rows + 1):
        if (row - 1) % 5 == 0:
            cells.append(Cell(lines=[f"Meningkatnya kualitas layanan nomor {row}"], row=row, col=0,
                              row_span=min(5, rows - row + 1)))
        cells += [Cell(lines=[f"Persentase dokumen perencanaan {row}"], row=row, col=1),
                  Cell(lines=[f"{row % 100}%"], row=row, col=2),
                  Cell(lines=[f"Penyusunan dokumen {row}"], row=row, col=3)]
        cells += [Cell(lines=[f"nilai {row}.{col}"], row=row, col=4 + col) for col in range(extra_columns)]
    words = [word for cell in cells for line in cell.lines for word in line.split()]
    return TablePage(page=1, n_rows=rows + 1, n_cols=len(header), cells=cells, words=words)


def rkt_source(rows: int, extra_columns: int = 0):  # type: ignore[no-untyped-def]
    from rktparse.grid import SourceDocument

    return SourceDocument(path="big.pdf", format="pdf", engine="generated", page_count=1,
                          tables=[rkt_table(rows, extra_columns)])


def rkt_document(rows: int, extra_columns: int = 0):  # type: ignore[no-untyped-def]
    from rktparse.assemble import source_to_document
    from rktparse.models import Source

    return source_to_document(rkt_source(rows, extra_columns),
                              Source(file="big.pdf", sha256="0", format="pdf", pages=1, engine="generated"))


def long_line_text(size: int) -> str:
    """A header, then one line of `size` characters: words with target-like values among them."""
    rng = random.Random(1)
    words: list[str] = []
    length = 0
    while length < size:
        words.append(rng.choice(WORDS))
        length += len(words[-1]) + 1
    return " ".join(HEADER) + "\n" + " ".join(words) + "\n"


def many_rows_text(rows: int) -> str:
    """A header, then `rows` lines of eight words each, target-like values among them."""
    rng = random.Random(1)
    return " ".join(HEADER) + "\n" + "\n".join(" ".join(rng.choice(WORDS) for _ in range(8)) for _ in range(rows))


def centred_layout_text(rows: int) -> str:
    """A layout export of one page: a header, then `rows` rows of two lines under Sasaran cells merged
    over four rows each and printed centred on them, off the rows' first lines (the reader gives such
    cells their rows by a search)."""
    lines = [f"{'Sasaran':<32}{'Indikator':<40}Target"]
    for row in range(rows):
        for line in range(2):
            sasaran = {3: "Meningkatnya kualitas", 4: "pelayanan publik"}.get(row % 4 * 2 + line, "")
            indikator, target = ("Persentase dokumen yang", f"{row % 90 + 10} %") if line == 0 else ("disusun tepat waktu", "")
            lines.append(f"{sasaran:<32}{indikator:<40}{target}".rstrip())
    return "\n".join(lines) + "\n"


def layout_pages_text(pages: int) -> str:
    """A layout export of `pages` pages, each with its header and its own two Sasaran of three rows,
    pages parted by form feeds as pdftotext parts them."""
    def page(number: int) -> str:
        lines = [f"{'Sasaran':<36}{'Indikator':<44}{'Target':<12}Kegiatan", ""]
        for sasaran in range(2):
            for row in range(3):
                name = f"{number * 2 + sasaran + 1}. Meningkatnya kualitas" if row == 0 else ""
                lines.append(f"{name:<36}{'Persentase dokumen yang disusun':<44}{f'{row + 90} %':<12}"
                             f"Penyusunan rencana kerja {row + 1}")
                lines.append("")
        return "\n".join(lines)
    return "\f".join(page(number) for number in range(pages)) + "\n"


def _prepare(kind: str, n: int, folder: Path) -> Callable[[], object]:
    """The work to time for `kind` at size `n`, its input made beforehand."""
    from rktparse.errors import InputError
    from rktparse.readers import get_reader
    from rktparse.writers.docx_writer import DocxWriter

    def read_text(text: str) -> Callable[[], object]:
        path = folder / "big.txt"
        path.write_text(text, encoding="utf-8")

        def read() -> object:
            try:
                return get_reader("text").read(path)
            except InputError as error:  # random words need not make a table: the cost is the point
                return error
        return read

    if kind == "assembler rows":
        from rktparse.assemble import source_to_document
        from rktparse.models import Source

        source = rkt_source(n)
        return lambda: source_to_document(source, Source(file="big.pdf", sha256="0", format="pdf", pages=1,
                                                         engine="generated"))
    if kind == "docx writer rows":
        doc = rkt_document(n)
        return lambda: DocxWriter().render(doc)
    if kind == "docx writer columns":
        doc = rkt_document(20, n)
        return lambda: DocxWriter().render(doc)
    if kind == "word reader rows":
        path = DocxWriter().write(rkt_document(n), folder / "big.docx")
        return lambda: get_reader("docx").read(path)
    if kind == "text line length":
        return read_text(long_line_text(n))
    if kind == "text rows":
        return read_text(many_rows_text(n))
    if kind == "layout rows, centred":
        return read_text(centred_layout_text(n))
    if kind == "layout export pages, parse":
        import rktparse

        path = folder / "pages.txt"
        path.write_text(layout_pages_text(n), encoding="utf-8")
        return lambda: rktparse.parse(path)
    raise ValueError(kind)


def _current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def measure(kind: str, n: int, repeat: int = 3, least_s: float = 2.0) -> dict[str, float]:
    """The best CPU time of at least `repeat` runs, and of as many more (up to MAX_RUNS) as fill
    `least_s` seconds, as timeit's autorange does: the best of three runs of a tenth of a second
    swings by a quarter on a shared machine. And the peak memory (in this process: call it in a
    fresh one)."""
    with tempfile.TemporaryDirectory() as folder:
        work = _prepare(kind, n, Path(folder))
        gc.collect()
        before = _current_rss_mb()
        times = []
        while len(times) < repeat or (sum(times) < least_s and len(times) < MAX_RUNS):
            start = time.process_time()  # CPU time: other processes on the machine skew wall time
            work()
            times.append(time.process_time() - start)
        seconds = min(times)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak, "work_mb": max(0.0, peak - before)}


SERIES = [
    ("assembler rows", [1000, 2000, 4000]),
    ("docx writer rows", [1000, 2000, 4000]),
    ("docx writer columns", [100, 200, 400]),
    ("word reader rows", [1000, 2000, 4000]),
    ("text line length", [750_000, 1_500_000, 3_000_000]),
    ("text rows", [1000, 2000, 4000]),
    ("layout rows, centred", [1000, 2000, 4000]),
    ("layout export pages, parse", [1000, 2000, 4000]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", nargs=2, metavar=("KIND", "N"), help=argparse.SUPPRESS)
    parser.add_argument("--only", help="run only the series whose name contains this")
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], int(args.measure[1]))))
        return 0
    worst = 0.0
    docx_1000 = None
    for kind, sizes in SERIES:
        if args.only and args.only not in kind:
            continue
        print(f"{kind}:")
        previous = None
        for n in sizes:
            run = subprocess.run([sys.executable, __file__, "--measure", kind, str(n)], capture_output=True,
                                 text=True, check=True)
            figures = json.loads(run.stdout.strip().splitlines()[-1])
            ratio = figures["seconds"] / previous if previous else None
            worst = max(worst, ratio or 0.0)
            previous = figures["seconds"]
            growth = f"  x{ratio:.2f}" if ratio else ""
            print(f"  {n:>9,}: {figures['seconds']:7.2f} s CPU  peak RSS {figures['peak_mb']:6.0f} MB "
                  f"(+{figures['work_mb']:.0f} MB for the work){growth}")
            if kind == "docx writer rows" and n == 1000:
                docx_1000 = figures["seconds"]
    print(f"worst growth per doubling: x{worst:.2f} (goal <= {RATIO_GOAL}): {'met' if worst <= RATIO_GOAL else 'MISSED'}")
    if docx_1000 is not None:
        met = "met" if docx_1000 <= DOCX_1000_GOAL_S else "MISSED"
        print(f"DOCX of 1,000 rows: {docx_1000:.2f} s (goal <= {DOCX_1000_GOAL_S:g} s): {met}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
