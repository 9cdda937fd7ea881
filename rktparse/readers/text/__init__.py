"""The text reader: plain-text exports of RKT tables, in three styles.

* stream: cells one after another row by row, as a PDF's content stream
  prints them (the Kupang export); see `stream` and `segment`.
* layout: columns aligned with spaces (`pdftotext -layout`); see `layout`.
* blocks: every cell line on its own line, cell by cell (PyMuPDF
  `get_text()`); see `blocks`.

The style is detected from the text unless `TextOptions.style` names it.
All styles give the grid a PDF reader gives: one TablePage per page, header
cells in row 0, Sasaran | Indikator | Target | Kegiatan (or the printed
columns), merged Sasaran cells spanning their rows.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import Field

from rktparse.errors import (
    EmptyFileError,
    EncodingError,
    LinesLostError,
    NoTableError,
    UnsupportedFormatError,
)
from rktparse.grid import PageText, ReaderNote, SourceDocument
from rktparse.options import Options
from rktparse.readers.base import Reader
from rktparse.readers.encodings import unicode_bom
from rktparse.readers.text.blocks import read_blocks
from rktparse.readers.text.check import check_rows, rows_in_doubt, unread_rows, unreliable_rows
from rktparse.readers.text.doubled import undouble
from rktparse.readers.text.joined import joins_names, looks_joined, read_joined
from rktparse.readers.text.layout import read_layout
from rktparse.readers.text.lines import Line, header_cells, split_lines
from rktparse.readers.text.page import PageOut
from rktparse.readers.text.running import drop_running_lines
from rktparse.readers.text.stream import read_stream, stream_header, stream_to_blocks

Style = Literal["stream", "layout", "blocks"]
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # neither text nor layout (\t \n \v \f \r are)
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1f]")  # control bytes no text encoding here uses
# A list's bullet as a glyph the exporter could not name, opening a line or a cell joined on it: pypdf's DEL,
# pdfminer's (pdfplumber's) '(cid:127)' for the same glyph, or the private-use code points of the Symbol and
# Wingdings bullets Word lists are set in
_UNNAMED_BULLET = re.compile(r"(?<!\S)(?:[\x7f\uf0b7\uf0a7]|\(cid:127\))(?=[ \t])")
_COLUMN_GAP = re.compile(r"\S {3,}\S")
_INDENT = re.compile(r" {8,}\S")
# The reason a text export whose table's columns are printed one after another is refused
APART = ("its table's columns are printed one after another on page {pages} (plain pdftotext's order for a table "
         "it takes for text flows), so which cells share a row cannot be told; export the PDF again with "
         "`pdftotext -layout`, or convert the PDF itself")


class TextOptions(Options):
    """Options of the text reader."""

    style: Literal["auto", "stream", "layout", "blocks"] = Field(
        default="auto", description="Style of the export: auto (detected), stream, layout or blocks.")


def _looks_like_text(text: str) -> bool:
    # PDF text extractors pass a few stray DEL and C1 marks per page through: text still, up to 0.5 %;
    # a list's entries opening with pypdf's DEL for a bullet are text however many
    bullets = sum(1 for mark in _UNNAMED_BULLET.finditer(text) if mark.group() == "\x7f")
    return len(_CONTROL.findall(text)) - bullets <= 0.005 * len(text) + 1


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(path: Path) -> tuple[str, list[ReaderNote]]:
    """The file's text and how it was decoded: UTF-8 (with or without BOM); UTF-16 or UTF-32 when
    a byte order mark says so; UTF-8 with its few invalid bytes replaced (a review note names the
    lines) when the file holds UTF-8 sequences; else cp1252, else latin-1 (an info note says which).

    Raises:
        EmptyFileError: nothing but white space.
        UnsupportedFormatError: binary data.
        EncodingError: no encoding gives text.
    """
    data = path.read_bytes()
    if (wide := unicode_bom(data)) is not None:  # a UTF-16 export (Windows Notepad): text too
        try:
            data = data.decode(wide).encode("utf-8")
        except UnicodeDecodeError:
            raise EncodingError(path, f"{wide.upper()} byte order mark, but not {wide.upper()} text") from None
    if not data.strip() or not data.decode("utf-8", "ignore").strip("\ufeff \t\r\n\f\v"):
        raise EmptyFileError(path)
    head = data[:65536]
    if b"\x00" in head or len(_BINARY.findall(head)) > 0.01 * len(head):
        raise UnsupportedFormatError(path, "binary data, not a text export")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_like_text(text):
            return text, []
    # UTF-8 sequences say the file is UTF-8 with a few stray bytes: reading it all as cp1252
    # would garble every one of them ("•" as "â€¢") without a word.
    if _UTF8_SEQUENCE.search(data):
        text = data.decode("utf-8-sig", errors="replace")
        if _looks_like_text(text):
            return text, [_replaced_bytes_note(text)]
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, [ReaderNote(code="text-encoding", severity="info",
                                     message=f"the text is not UTF-8; it was read as {encoding}")]
    raise EncodingError(path)


def _replaced_bytes_note(text: str) -> ReaderNote:
    lines = [number for number, line in enumerate(text.split("\n"), start=1) if "\ufffd" in line]
    shown = ", ".join(map(str, lines[:10])) + (f" and {len(lines) - 10} more" if len(lines) > 10 else "")
    return ReaderNote(code="text-invalid-bytes",
                      message=f"bytes that are not UTF-8 were replaced by \ufffd on line(s) {shown}; "
                              f"check those lines against the original")


SIDE_BY_SIDE = 1.05  # a blocks export whose lines a stream export's cutting grows by this much is one
SIDE_BY_SIDE_LINES = 300  # (told from this many first lines)
WORDS_ALONE = 0.9  # share of an export's lines holding one word each above which its lines are lost
MIN_LINES = 40  # (of a text this long at least: a short note may well be a list of words)


def words_alone(lines: list[Line]) -> bool:
    """Whether an export prints (nearly) every word on a line of its own: where its lines and cells
    ended is lost, and a reading of it would be a guess, wrong row after row without a sign."""
    alone = sum(" " not in line.text for line in lines)  # (a line's text is stripped, its spaces folded)
    return len(lines) >= MIN_LINES and alone >= WORDS_ALONE * len(lines)


def detect_style(lines: list[Line]) -> Style:
    """layout: many lines hold column gaps of 3+ spaces or stand indented by 8+; blocks: the header names stand on
    lines of their own (no one line holds them all); stream otherwise."""
    # a line of a column right of the first stands indented ('     - Inseminasi ...')
    gapped = sum(bool(_COLUMN_GAP.search(line.raw.strip()) or _INDENT.match(line.raw)) for line in lines)
    if gapped >= 0.25 * len(lines):
        return "layout"
    if not any(header_cells(line.text) for line in lines):
        names = [line.text.lower() for line in lines]
        if any(n.startswith("sasaran") for n in names) and any(n.startswith("indikator") for n in names):
            return "blocks"
    return "stream"


class TextReader(Reader):
    """Plain-text exports of RKT tables (stream, layout or blocks style)."""

    kind: ClassVar[str] = "text"
    formats: ClassVar[tuple[str, ...]] = ("text",)
    description: ClassVar[str] = "plain-text exports: stream order, pdftotext -layout, or PyMuPDF blocks"

    def __init__(self, options: TextOptions | dict[str, Any] | None = None) -> None:
        self.options = TextOptions.resolve(options)

    def read(self, path: Path) -> SourceDocument:
        path = Path(path)
        text, decoding = decode(path)
        text, doubled = undouble(text)
        text, parted = drop_running_lines(text)
        text = _without_spaces_at_ends(text)
        text, bullets = _UNNAMED_BULLET.subn("•", text)
        decoding += [ReaderNote(code="text-bullets-named", severity="info",
                                message=f"{bullets} list entries open with a glyph the exporter could not name "
                                        "(a control or private-use character, or pdfminer's '(cid:127)'): read as '•'")] if bullets else []
        decoding += [ReaderNote(code="text-doubled", severity="info", page=page,
                                message=f"page {page}: every word was printed twice (a face drawn twice); "
                                        "it was read once") for page in doubled]
        decoding += [ReaderNote(code="text-running-lines", severity="info",
                                message=f"{parted} running footer or header lines (printed on every page beside its "
                                        "number) were left out of the table; an export without page breaks got one "
                                        "in their place")] if parted else []
        style, lines = self._style(path, text)
        pages, notes = _read_style(style, text, lines)
        del text, lines  # a long export's text and lines, no longer needed while its cells become tables
        # A blocks export (plain pdftotext) with a page printing its columns apart is refused whole: the rows
        # read from that page, or from the others alone, would pass for the table while that page's rows were
        # lost without a sign. (A stream export cut into blocks may look so too: its rows are only flagged.)
        apart = sorted({n.page for n in notes if n.code == "text-columns-apart" and n.page is not None})
        if apart and (style == "blocks" or not any(p.n_rows for p in pages)):
            raise NoTableError(path, APART.format(pages=", ".join(map(str, apart))))
        if not any(p.n_rows for p in pages):
            raise NoTableError(path, f"no RKT table header (Sasaran, Indikator, Target) in this {style} text")
        notes += [doubt for page in pages for doubt in check_rows(page)]
        notes += unreliable_rows(*rows_in_doubt(pages, notes)) + unread_rows(pages)
        return SourceDocument(
            path=str(path), format="text", engine="text", page_count=max(p.page for p in pages),
            tables=[p.take_table() for p in pages if p.n_rows], texts=_texts(pages), notes=decoding + notes,
        )

    def _style(self, path: Path, text: str) -> tuple[Style, list[Line]]:
        """The export's style (one of one word a line refused), with its lines when the style reads them
        (stream). The layout and blocks styles read the text itself: a long export's lines, held while its
        cells were made, left their memory unused after (issue 15)."""
        lines = split_lines(text)
        if words_alone(lines):
            raise LinesLostError(path, "it prints one word a line (pypdf's extract_text of a PDF that places "
                                       "each word apart), so no cell can be told; export the PDF again with "
                                       "`pdftotext -layout`, or convert the PDF itself")
        style: Style = detect_style(lines) if self.options.style == "auto" else self.options.style
        if self.options.style == "auto" and style == "blocks" and (
                joins_names(lines) and looks_joined(text, lines) or side_by_side(text)):
            style = "stream"  # a header over several lines, its names apart as in blocks, over joined rows or cells side by side
        return style, lines if style == "stream" else []


SPACED_ENDS = 0.85  # share of an export's lines ending in a space from which that space marks nothing
_SPACE_AT_END = re.compile(r"(?<=\S)[ \t]+$", re.MULTILINE)
_WORDS_ON_LINE = re.compile(r"^[ \t]*\S", re.MULTILINE)


def _without_spaces_at_ends(text: str) -> str:
    """The text without the space ending its lines where (nearly) every line ends in one, as Word's PDFs
    print every line: a space at a line's end marks a wrap (a cell going on) only where the lines that end
    a cell print none (`blocks.WRAP_MARKS`). Lines of spaces alone stay: they print a blank cell."""
    ends = sum(1 for _ in _SPACE_AT_END.finditer(text))  # (counted, not listed: an export may be long)
    lines = sum(1 for _ in _WORDS_ON_LINE.finditer(text))
    return _SPACE_AT_END.sub("", text) if ends >= SPACED_ENDS * max(lines, 1) else text


def _texts(pages: list[PageOut]) -> list[PageText]:
    """One PageText per page, whatever number of tables it holds."""
    texts: dict[int, PageText] = {}
    for out in pages:
        text = texts.setdefault(out.page, PageText(page=out.page))
        text.above += out.above
        text.below += out.below
        text.above_boxes += out.above_boxes
        text.below_boxes += out.below_boxes
    return list(texts.values())


def side_by_side(text: str) -> bool:
    """Whether a text whose header names stand a line each, as in a blocks export, prints its rows' cells
    side by side on a line, as a stream export does (pypdf's of some tables) and a blocks export never
    does: cut as a stream export's, its lines grow by a tenth or more (a hundredth at most for PyMuPDF's
    or pdftotext's own blocks). Told from its first lines: a long export's rows print alike."""
    head = _head(text, SIDE_BY_SIDE_LINES)
    return _lines(stream_to_blocks(head)) >= SIDE_BY_SIDE * _lines(head)


def _head(text: str, count: int) -> str:
    """The text's first `count` lines (without splitting the whole of a long export)."""
    end = -1
    for _ in range(count):
        end = text.find("\n", end + 1)
        if end < 0:
            return text
    return text[:end]


def _lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())


def _read_style(style: Style, text: str, lines: list[Line]) -> tuple[list[PageOut], list[ReaderNote]]:
    if style == "layout":
        return read_layout(text)
    if style == "blocks":
        return read_blocks(text)
    if looks_joined(text, lines):
        return read_joined(lines)
    if stream_header([line.text for line in lines]):
        return read_blocks(stream_to_blocks(text))  # columns the stream search does not know
    return read_stream(lines)


__all__ = ["TextOptions", "TextReader", "decode", "detect_style"]
