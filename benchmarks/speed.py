"""Speed benchmark: rktparse against camelot (lattice, vector engine) and pdfplumber.

Not a test: it prints figures and whether each meets its goal (issue 12).

Whole process: each command run as a user runs it, in a new process, start-up
included (with the bytecode cache an install has: PYTHONDONTWRITEBYTECODE is dropped): `rktparse convert` of a generated 30-page ruled RKT against a script
calling camelot's lattice reader and one calling pdfplumber's extract_tables on
the same file (goal: rktparse >= 1.5x camelot); `python -c "import rktparse"`
(<= 0.15 s) and `rktparse --help` (<= 0.25 s).

In-process (after a warm-up run): pages/s of each engine beside pdfplumber and
camelot on the ruled RKT (pdfium >= 250 pages/s), the pdfium engine on the same
table without rules (>= 150 pages/s), and the text exports of the samples, first
read in the process (>= 300 pages/s).

Every time is the best of --repeat runs, the median beside it: on a shared
machine the best run is the least disturbed. `--cpu` times CPU seconds instead of
wall seconds (this process's for in-process runs, the child's user + system time
for whole processes): on a loaded machine, where other work takes turns on the
cores, those still compare. Run `make bench` or
`python benchmarks/speed.py --pages 30 --repeat 5 --files some.pdf`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

GOAL = 1.5  # whole process, rktparse convert / camelot lattice-vector
RULED_GOAL, UNRULED_GOAL, TEXT_GOAL = 250, 150, 300  # in-process pages/s
IMPORT_GOAL, HELP_GOAL = 0.15, 0.25  # seconds, whole process
HEADER = ("Sasaran Kinerja", "Indikator Kinerja", "Target", "Kegiatan")
COL_WIDTHS = (190.0, 250.0, 80.0, 240.0)
FONT, SIZE, LEADING, PAD = "Helvetica", 9.0, 11.0, 4.0

SASARAN = (
    "Meningkatnya kualitas penyelenggaraan pemilihan umum yang demokratis dan berintegritas",
    "Terwujudnya tata kelola kelembagaan yang akuntabel dan transparan",
    "Meningkatnya partisipasi masyarakat dalam pemilihan umum",
    "Terselenggaranya pemutakhiran data pemilih yang akurat dan mutakhir",
)
INDIKATOR = (
    "Persentase penyelesaian tahapan pemilihan umum tepat waktu sesuai jadwal",
    "Indeks kepuasan masyarakat terhadap layanan informasi kepemiluan",
    "Persentase laporan keuangan yang disusun tepat waktu",
    "Jumlah sosialisasi pendidikan pemilih kepada kelompok strategis",
    "Persentase data pemilih yang diverifikasi faktual",
)
TARGET = ("100%", "85 Indeks", "12 Laporan", "WTP", "A (80-85)", "10 (234 Temuan)")
KEGIATAN = (
    "Penyusunan rencana kerja, pelaksanaan monitoring dan evaluasi tahapan",
    "Pengelolaan layanan informasi publik dan dokumentasi hukum",
    "Penyusunan laporan keuangan dan barang milik negara",
    "Fasilitasi sosialisasi dan pendidikan pemilih berkelanjutan",
)


def wrap(text: str, width: float) -> list[str]:
    """The lines `text` wraps to inside a column of `width` points."""
    return simpleSplit(text, FONT, SIZE, width - 2 * PAD)


def draw_cell_text(pdf: canvas.Canvas, lines: list[str], x: float, top: float) -> None:
    """Draws wrapped lines from the top-left of a cell (reportlab is bottom-left)."""
    for i, line in enumerate(lines):
        pdf.drawString(x + PAD, top - PAD - SIZE - i * LEADING, line)


def draw_page(pdf: canvas.Canvas, page_no: int, height: float, ruled: bool = True) -> None:
    """One page: title, header, groups of rows with a merged Sasaran cell; rules unless not `ruled`."""
    left, xs = 40.0, [40.0]
    for width in COL_WIDTHS:
        xs.append(xs[-1] + width)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawCentredString((xs[0] + xs[-1]) / 2, height - 40, "RENCANA KINERJA TAHUNAN (RKT) TAHUN 2024")
    pdf.setFont(FONT, SIZE)
    top = height - 60.0
    header_bottom = top - 2 * PAD - LEADING
    rules_h = [(left, xs[-1], top), (left, xs[-1], header_bottom)]
    for col, name in enumerate(HEADER):
        draw_cell_text(pdf, [name], xs[col], top)
    y = header_bottom
    group = 0
    while True:
        n_rows = 1 + (page_no + group) % 4
        rows = [
            [wrap(INDIKATOR[(page_no + group + r) % 5], COL_WIDTHS[1]),
             wrap(TARGET[(group + r) % 6], COL_WIDTHS[2]),
             wrap(KEGIATAN[(page_no + r) % 4], COL_WIDTHS[3])]
            for r in range(n_rows)
        ]
        sasaran = wrap(f"{group + 1}. {SASARAN[(page_no + group) % 4]}", COL_WIDTHS[0])
        heights = [max(len(cell) for cell in row) * LEADING + 2 * PAD for row in rows]
        heights[-1] += max(0.0, len(sasaran) * LEADING + 2 * PAD - sum(heights))
        if y - sum(heights) < 50:
            break
        draw_cell_text(pdf, sasaran, xs[0], y)
        for row, row_height in zip(rows, heights):
            for col, lines in enumerate(row, start=1):
                draw_cell_text(pdf, lines, xs[col], y)
            y -= row_height
            # Row rules skip the Sasaran column: that is what merges it down.
            rules_h.append((xs[1] if row is not rows[-1] else left, xs[-1], y))
        group += 1
    if ruled:
        for x0, x1, y_rule in rules_h:
            pdf.line(x0, y_rule, x1, y_rule)
        for x in xs:
            pdf.line(x, top, x, y)
    pdf.drawRightString(xs[-1], 25, f"Halaman {page_no}")


def make_rkt_pdf(path: Path, pages: int, ruled: bool = True) -> Path:
    """A realistic RKT table of `pages` A4-landscape pages, ruled or without any rule."""
    width, height = landscape(A4)
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    for page_no in range(1, pages + 1):
        draw_page(pdf, page_no, height, ruled)
        pdf.showPage()
    pdf.save()
    return path


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Camelot and pdfminer warn a lot; the benchmark prints only its table."""
    with warnings.catch_warnings(), contextlib.redirect_stderr(io.StringIO()):
        warnings.simplefilter("ignore")
        logging.disable(logging.WARNING)
        try:
            yield
        finally:
            logging.disable(logging.NOTSET)


def page_count(path: Path) -> int:
    import pypdfium2

    with contextlib.closing(pypdfium2.PdfDocument(path)) as pdf:
        return len(pdf)


def rktparse_parse(engine: str) -> Callable[[Path], object]:
    import rktparse
    from rktparse.errors import InputError

    def parse(path: Path) -> object:
        try:
            return rktparse.parse(path, engine=engine)
        except InputError:  # an extra file without an RKT table: it was still read
            return None

    return parse


def pdfplumber_tables(path: Path) -> object:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [page.extract_tables() for page in pdf.pages]


def camelot_lattice_vector(path: Path) -> object:
    import camelot

    return camelot.read_pdf(str(path), pages="all", flavor="lattice", engine="vector", suppress_stdout=True)


CANDIDATES: dict[str, Callable[[Path], object]] = {
    "rktparse pdfium (default)": rktparse_parse("pdfium"),
    "rktparse pdfplumber": rktparse_parse("pdfplumber"),
    "rktparse camelot": rktparse_parse("camelot"),
    "pdfplumber extract_tables": pdfplumber_tables,
    "camelot lattice (vector)": camelot_lattice_vector,
}
DEFAULT, BASELINE = "rktparse pdfium (default)", "camelot lattice (vector)"


CLOCK: list[Callable[[], float]] = [time.perf_counter]  # in-process runs: time.process_time with --cpu


def best_seconds(run: Callable[[Path], object], path: Path, repeat: int) -> float:
    """The fastest of `repeat` runs, after one warm-up (imports, font caches)."""
    run(path)
    times = []
    clock = CLOCK[0]
    for _ in range(repeat):
        start = clock()
        run(path)
        times.append(clock() - start)
    return min(times)


def measure(files: list[Path], repeat: int, candidates: dict[str, Callable[[Path], object]]) -> dict[str, float]:
    """Pages per second of each candidate over all files, in this process."""
    pages = sum(page_count(path) for path in files)
    rates = {}
    for name, run in candidates.items():
        with quiet():
            seconds = sum(best_seconds(run, path, repeat) for path in files)
        rates[name] = pages / seconds
    return rates


def text_exports() -> list[Path]:
    """The samples' text exports: the real Kupang stream export and the layout / blocks exports."""
    samples = Path(__file__).resolve().parents[1] / "samples"
    return sorted(samples.glob("*.txt"))


def measure_text(files: list[Path], repeat: int) -> tuple[float, float]:
    """Pages per second of rktparse on text exports: the first read of each file in this
    process (the text reader imported, its stemmer caches cold), and the best of `repeat` reads after it."""
    import rktparse
    import rktparse.readers.text  # noqa: F401  (an import is start-up, timed whole-process above)

    cold = warm = 0.0
    pages = 0
    clock = CLOCK[0]
    for path in files:
        start = clock()
        pages += rktparse.parse(path).source.pages
        cold += clock() - start
        warm += best_seconds(rktparse.parse, path, repeat)
    return pages / cold, pages / warm


def verdict(met: bool) -> str:
    return "PASS" if met else "MISS"


# --- whole process -------------------------------------------------------------------

PYTHON = sys.executable
RKTPARSE = str(Path(sys.executable).with_name("rktparse"))  # the command the package installs
# A user's install has its modules' bytecode cached (pip compiles it, Python writes it at the first
# import); a shell with PYTHONDONTWRITEBYTECODE set would compile every rktparse module from its source
# in each process, while the peers' installed packages keep theirs. Commands run without it, so the
# warm-up run leaves the cache a user has.
USER_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
CAMELOT_SCRIPT = ("import sys, camelot; camelot.read_pdf(sys.argv[1], pages='all', flavor='lattice', "
                  "engine='vector', suppress_stdout=True)")
PDFPLUMBER_SCRIPT = ("import sys, pdfplumber\nwith pdfplumber.open(sys.argv[1]) as pdf:\n"
                     "    [page.extract_tables() for page in pdf.pages]")


def commands(pdf: Path, out: Path) -> dict[str, list[str]]:
    """Each whole-process candidate as the command a user would type."""
    return {
        "rktparse convert": [RKTPARSE, "convert", str(pdf), "--out", str(out), "-q"],
        "camelot lattice (vector)": [PYTHON, "-c", CAMELOT_SCRIPT, str(pdf)],
        "pdfplumber extract_tables": [PYTHON, "-c", PDFPLUMBER_SCRIPT, str(pdf)],
        "python -c 'import rktparse'": [PYTHON, "-c", "import rktparse"],
        "rktparse --help": [RKTPARSE, "--help"],
        "python -c 'pass' (interpreter)": [PYTHON, "-c", "pass"],
    }


def wall_seconds(command: Sequence[str]) -> float:
    """The command's wall seconds; with --cpu, its CPU seconds (user + system, its children's too)."""
    start, used = time.perf_counter(), children_cpu()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=USER_ENV)
    return children_cpu() - used if CLOCK[0] is time.process_time else time.perf_counter() - start


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_processes(candidates: dict[str, list[str]], repeat: int) -> dict[str, tuple[float, float]]:
    """(best, median) wall seconds of each command; the rounds interleave the commands, so a
    busy moment of the machine does not fall on one of them only."""
    for command in candidates.values():
        wall_seconds(command)  # warm-up: the OS file cache, Python's bytecode cache
    times: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(repeat):
        for name, command in candidates.items():
            times[name].append(wall_seconds(command))
    return {name: (min(runs), statistics.median(runs)) for name, runs in times.items()}


def report_processes(seconds: dict[str, tuple[float, float]], pages: int) -> None:
    clock = "CPU" if CLOCK[0] is time.process_time else "wall"
    print(f"whole process, {pages}-page ruled RKT; best (median) of the runs, {clock} seconds")
    print(f"{'command':<34}{'seconds':>16}")
    for name, (best, median) in seconds.items():
        print(f"{name:<34}{best:>8.3f} ({median:.3f})")
    ratio = seconds["camelot lattice (vector)"][0] / seconds["rktparse convert"][0]
    print(f"rktparse convert / camelot lattice (vector) = {ratio:.2f}x (goal >= {GOAL}x): {verdict(ratio >= GOAL)}")
    plumber = seconds["pdfplumber extract_tables"][0] / seconds["rktparse convert"][0]
    print(f"rktparse convert / pdfplumber extract_tables = {plumber:.2f}x")
    load, helps = seconds["python -c 'import rktparse'"][0], seconds["rktparse --help"][0]
    print(f"import rktparse {load:.3f} s (goal <= {IMPORT_GOAL} s): {verdict(load <= IMPORT_GOAL)}; "
          f"rktparse --help {helps:.3f} s (goal <= {HELP_GOAL} s): {verdict(helps <= HELP_GOAL)}")


# --- in-process ----------------------------------------------------------------------


def report(rates: dict[str, float], files: list[Path], unruled: float, text: tuple[float, float]) -> None:
    """Prints the in-process table and the verdicts against the goals."""
    clock = "CPU" if CLOCK[0] is time.process_time else "wall"
    print(f"\nin-process, best of the runs, {clock} time; files: {', '.join(path.name for path in files)}")
    print(f"{'candidate':<30}{'pages/s':>10}{'ms/page':>10}")
    for name, rate in rates.items():
        print(f"{name:<30}{rate:>10.1f}{1000 / rate:>10.2f}")
    ratio = rates[DEFAULT] / rates[BASELINE]
    print(f"{DEFAULT} / {BASELINE} = {ratio:.2f}x")
    ruled = rates[DEFAULT]
    print(f"pdfium engine, ruled: {ruled:.1f} pages/s (goal >= {RULED_GOAL}): {verdict(ruled >= RULED_GOAL)}; "
          f"without rules: {unruled:.1f} pages/s (goal >= {UNRULED_GOAL}): {verdict(unruled >= UNRULED_GOAL)}")
    cold, warm = text
    print(f"text exports ({len(text_exports())} files): first read {cold:.1f} pages/s (goal >= {TEXT_GOAL}): "
          f"{verdict(cold >= TEXT_GOAL)}; repeated reads {warm:.1f} pages/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30, help="pages of the generated RKT table (default 30)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per candidate, best kept (default 5)")
    parser.add_argument("--files", type=Path, nargs="*", default=[], help="more PDFs to time in-process")
    parser.add_argument("--cpu", action="store_true", help="CPU seconds instead of wall seconds (a loaded machine)")
    args = parser.parse_args()
    if args.cpu:
        CLOCK[0] = time.process_time
    print(f"load average {os.getloadavg()[0]:.1f} (figures from a shared machine are worth comparing at a low one)")
    with tempfile.TemporaryDirectory() as folder:
        ruled = make_rkt_pdf(Path(folder) / f"rkt-{args.pages}-pages.pdf", args.pages)
        unruled = make_rkt_pdf(Path(folder) / f"rkt-{args.pages}-pages-unruled.pdf", args.pages, ruled=False)
        report_processes(measure_processes(commands(ruled, Path(folder) / "out"), args.repeat), args.pages)
        rates = measure([ruled, *args.files], args.repeat, CANDIDATES)
        (unruled_rate,) = measure([unruled], args.repeat, {DEFAULT: CANDIDATES[DEFAULT]}).values()
        report(rates, [ruled, *args.files], unruled_rate, measure_text(text_exports(), args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
