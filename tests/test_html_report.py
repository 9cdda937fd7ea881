"""The HTML review report, looked at in a real headless browser (Chromium from Debian, installed
by scripts/setup.sh): it loads without script errors, every link lands on an element, and the
screenshot shows the page with its rows drawn over it."""

import re
import shutil
import subprocess
import time
from pathlib import Path

import lxml.html
import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

import rktparse
from rktparse.cli import main
from tests.conftest import SAMPLES, long_rkt

RULED = SAMPLES / "word-kpu-alor-rkt-2024.pdf"
UNRULED = SAMPLES / "rl-kecamatan-cibeunying-kidul-rkt-2024-borderless.pdf"
TEXT = SAMPLES / "kupang-2024-rkt.txt"
SCAN = SAMPLES / "scan-word-dinkes-jabar-pk-2024.pdf"


def report(source: Path, out: Path) -> Path:
    assert main(["convert", str(source), "--out", str(out), "--format", "json,html", "-q"]) == 0
    return out / f"{source.stem}.html"


def links_and_ids(page: lxml.html.HtmlElement) -> tuple[list[str], set[str]]:
    links = [href[1:] for href in page.xpath("//@href") if href.startswith("#")]
    return links, set(page.xpath("//@id"))


def test_every_warning_links_to_its_row_and_its_region(tmp_path):
    html = report(SAMPLES / "word-kpu-alor-rkt-2024.layout.txt", tmp_path)
    page = lxml.html.parse(str(html)).getroot()
    links, ids = links_and_ids(page)
    assert links and set(links) <= ids
    doc = rktparse.load_document(html.with_suffix(".json"))
    items = page.xpath('//ol[@class="warnings"]/li')
    assert len(items) == len(doc.warnings)
    for item, warning in zip(items, doc.warnings):
        rows = item.xpath('.//a[@class="to-row"]/@href')
        if warning.ref is not None:
            assert rows == ["#n" + warning.ref.replace("/", "-")]
            assert page.get_element_by_id(rows[0][1:]).get("data-ref") == warning.ref
    assert not page.xpath("//img") and not page.xpath("//svg")  # a text export has no page images


def test_regions_are_drawn_on_their_page_and_link_back(tmp_path):
    html = report(RULED, tmp_path)
    page = lxml.html.parse(str(html)).getroot()
    doc = rktparse.load_document(html.with_suffix(".json"))
    figures = page.xpath("//figure")
    assert len(figures) == doc.source.pages
    for number, figure in enumerate(figures, start=1):
        img = figure.xpath(".//img")[0]
        assert img.get("loading") == ("eager" if number <= 2 else "lazy")
        assert img.get("src").startswith("data:image/jpeg;base64,")
        width, height = pdfium.PdfDocument(RULED)[number - 1].get_size()
        assert figure.xpath(".//svg/@viewbox")  # (lxml's HTML parser lowercases it) == [f"0 0 {width:.1f} {height:.1f}"]
    rows = [(i, j, row) for i, s in enumerate(doc.sasaran) for j, row in enumerate(s.indikator)]
    for i, j, row in rows:
        for n, region in enumerate(row.regions):
            rect = page.get_element_by_id(f"n-sasaran-{i}-indikator-{j}-r{n}")
            assert rect.getparent().get("href") == f"#n-sasaran-{i}-indikator-{j}"
            assert rect.getparent().getparent().getparent().get("id") == f"page-{region.page}"
            assert float(rect.get("y")) == pytest.approx(region.box[1], abs=0.06)
    assert not re.search(r'(src|href)="https?:', html.read_text(encoding="utf-8"))  # nothing from the network


def chromium() -> str:
    found = shutil.which("chromium")
    assert found, "Chromium is installed by scripts/setup.sh"
    return found


def browse(html: Path, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                           "--enable-logging=stderr", "--v=0", "--virtual-time-budget=8000",
                           "--window-size=1600,1000", *arguments, html.as_uri()],
                          capture_output=True, text=True, timeout=180)


def check_in_browser(html: Path, tmp_path: Path, with_pages: bool) -> None:
    dumped = browse(html, "--dump-dom")
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    console = [line for line in dumped.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert not [line for line in console if re.search(r"Uncaught|Error|Refused|Content Security Policy", line)], console
    page = lxml.html.fromstring(dumped.stdout)
    assert page.xpath("//body/@data-ready") == ["yes"]  # the script ran to its end
    links, ids = links_and_ids(page)
    assert set(links) <= ids
    assert page.xpath('//a[@class="to-row"]') or not rktparse.load_document(html.with_suffix(".json")).warnings
    shot = tmp_path / f"{html.stem}.png"
    assert browse(html, f"--screenshot={shot}").returncode == 0
    pixels = np.asarray(Image.open(shot).convert("L"), dtype=float)
    assert pixels.std() > 20  # not blank
    left = pixels[80:, : pixels.shape[1] // 2]
    ink = (left < 60).mean()  # black print: the page image's (or, without pages, the side's text); not the boxes
    assert ink > 0.005, ink
    if with_pages:
        figure = left[40:700, 40:780]
        assert (figure < 60).mean() > 0.005  # the first page is shown, not left to load


@pytest.mark.slow
@pytest.mark.parametrize(("source", "with_pages"), [(RULED, True), (UNRULED, True), (TEXT, False), (SCAN, True)],
                         ids=["ruled", "unruled", "text-export", "scan"])
def test_the_report_in_a_headless_browser(source, with_pages, tmp_path):
    check_in_browser(report(source, tmp_path), tmp_path, with_pages)


@pytest.mark.slow
def test_a_50_page_report_stays_usable(tmp_path):
    long_rkt(RULED, tmp_path / "long.pdf", 50)
    start = time.perf_counter()
    html = report(tmp_path / "long.pdf", tmp_path / "out")
    seconds = time.perf_counter() - start
    size_mb = html.stat().st_size / 1e6
    assert seconds < 60 and size_mb < 15, (seconds, size_mb)
    page = lxml.html.parse(str(html)).getroot()
    images = page.xpath("//img")
    assert len(images) == 50 and all(img.get("width") == "1100" for img in images)
    assert [img.get("loading") for img in images] == ["eager"] * 2 + ["lazy"] * 48
    check_in_browser(html, tmp_path, with_pages=True)


@pytest.mark.slow
def test_a_scan_read_turned_upright_is_shown_upright(tmp_path):
    page = pdfium.PdfDocument(RULED)[0]  # a landscape page, scanned turned a quarter
    page.render(scale=200 / 72, grayscale=True).to_pil().rotate(90, expand=True).save(tmp_path / "turned.png",
                                                                                       dpi=(200, 200))
    html = report(tmp_path / "turned.png", tmp_path / "out")
    doc = rktparse.load_document(html.with_suffix(".json"))
    assert [w.code for w in doc.warnings if w.code == "ocr-rotated"] == ["ocr-rotated"]
    figure = lxml.html.parse(str(html)).getroot().xpath("//figure")[0]
    width, height = map(float, figure.xpath(".//svg/@viewbox")[0].split()[2:])
    assert width == pytest.approx(page.get_width(), abs=1) and height == pytest.approx(page.get_height(), abs=1)
    img = figure.xpath(".//img")[0]
    assert int(img.get("width")) > int(img.get("height"))  # upright: landscape again, as the regions are
    assert all(region.box[2] <= width + 1 for _, row in doc.indikator_rows() for region in row.regions)
