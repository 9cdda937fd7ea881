"""The signature block below the table: who signs, and in a PK the second party.

A PK is signed by two parties side by side: PIHAK KESATU, who promises (the
signatory, usually the agency or division head), and PIHAK KEDUA, the
superior the promise is made to. Each column holds a party's position, name,
rank (pangkat) and NIP, top to bottom. Where the reader gave each line's box
the two columns are told apart by position; text exports and Word files give
lines only, and the parties' lines are then paired by their order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rktparse.grid import BBox
from rktparse.models import Signatory

# "NIP. 19590110 198503 2 007", "NIP.196009151990031006"; the digits may wrap onto the next line.
NIP = re.compile(r"^NIP\s*\.?\s*:?\s*(?P<nip>\d[\d ]*)$", re.IGNORECASE)
_DIGITS = re.compile(r"^\d[\d ]*$")
_STRAY = re.compile(r"(\s+[^\w.,()]+)+$")  # marks a scan read off a signature's strokes beside a line: ' \\', ' ~'
# What a signer's line holds: a word of three letters, three figures ('006', '1 001'), a dot ('M.Pd.').
_WORD = re.compile(r"[^\W\d_]{3}|\d{3}|\d \d|\.")
NIP_DIGITS = 18
# Ranks printed under a signer's name ("Pembina Utama Madya", "Penata Tk. I", "IV/c").
_RANK = re.compile(r"^(pembina|penata|pengatur|juru)\b|^(IV|III|II|I)\s*/\s*[a-e]$", re.IGNORECASE)
POSITION = re.compile(
    r"^(a\.?\s?n\.?\s+)?(plt\.?|plh\.?|pj\.?|kepala|sekretaris|inspektur|gubernur|wakil|bupati|walikota|wali kota|"
    r"ketua|direktur|kabag|camat|lurah|asisten|menteri|rektor|dekan|komisioner)\b",
    re.IGNORECASE,
)
# "Penata Tk. |": a scan's reading of the "I" of "Tk. I" (Tingkat I), the only grade a rank ends in.
_TINGKAT_ONE = re.compile(r"\b(Tk\.?|Tingkat)\s*[|l1!]$", re.IGNORECASE)
# "PIHAK KESATU,", "PIHAKKEDUA" (a scan's OCR), "PIHAK PERTAMA".
_PARTY_LABEL = re.compile(r"^pihak\s*(?P<which>kesat\w*|pertama|kedua\w*)[\s,:.]*$", re.IGNORECASE)
# A line of academic degrees only ("M.Pd.", "S.H., M.Si"): the end of a name that wrapped.
_DEGREE = re.compile(r"^([A-Za-z]{1,3}\.)+[A-Za-z]{0,3}\.?$")
MIN_COLUMN_GAP = 12.0  # points between two signature columns, the lines of neither crossing it


@dataclass(frozen=True)
class TextLine:
    """A line of text outside the tables, with its box when the reader knows it."""

    text: str
    page: int
    box: BBox | None = None

    @property
    def centre(self) -> float:
        assert self.box is not None
        return (self.box.x0 + self.box.x1) / 2


@dataclass
class Party:
    """One signer's lines, read: which party a label says it is, and its fields."""

    label: str | None = None  # "kesatu" or "kedua" when printed
    lines: list[str] = field(default_factory=list)
    nip: str | None = None
    rank: str | None = None

    @property
    def name(self) -> str | None:
        return self.lines[-1] if self.lines else None

    def position_and_agency(self) -> tuple[str | None, str | None]:
        """The position (from the first line naming one, else the line above the name) and any
        agency lines printed above it ('Komisi Pemilihan Umum Kota Kupang' / 'Sekretaris')."""
        above = self.lines[:-1]
        start = next((i for i, line in enumerate(above) if POSITION.match(line)), max(0, len(above) - 1))
        position = " ".join(above[start:]).rstrip(" ,") or None  # "Kepala Dinas," closes with a comma
        return position, " ".join(above[:start]) or None

    def signatory(self) -> Signatory:
        return Signatory(position=self.position_and_agency()[0], name=self.name, rank=self.rank, nip=self.nip)


def party_label(line: str) -> str | None:
    """'kesatu' or 'kedua' for a line that labels a party ('PIHAK KESATU,'), else None."""
    label = _PARTY_LABEL.match(line)
    if label is None:
        return None
    return "kesatu" if label["which"].lower().startswith(("kesat", "pertama")) else "kedua"


def is_party_label(line: str) -> bool:
    return party_label(line) is not None


def signer_lines(lines: list[str]) -> list[str]:
    """A block's lines less what a scan read off a signature's strokes or a stamp: lines with no
    word of a name or position ('Px', '~'), marks trailing a line (' \\'); 'Tk. |' read 'Tk. I'."""
    cleaned = (_STRAY.sub("", _TINGKAT_ONE.sub(r"\1 I", line)) for line in lines)
    return [line for line in cleaned if _WORD.search(line)]


def lines_to_party(lines: list[str]) -> Party:
    """A column's lines, top to bottom: label, position, name (its degrees may wrap), rank, NIP."""
    party = Party()
    nip_open = False
    for line in signer_lines(lines):
        if label := party_label(line):
            party.label = label
        elif (nip := NIP.match(line)) or line.upper().rstrip(" .:") == "NIP":
            party.nip, nip_open = (nip["nip"].strip() if nip else ""), True
        elif nip_open and _DIGITS.match(line) and len(re.sub(r"\D", "", party.nip or "")) < NIP_DIGITS:
            party.nip = f"{party.nip} {line}".strip()  # the NIP's digits went on to the next line
        elif _RANK.match(line):
            party.rank = line if party.rank is None else f"{party.rank} {line}"
        elif party.lines and _DEGREE.match(line.replace(",", " ").split()[-1]) and all(
                _DEGREE.match(token) for token in line.replace(",", " ").split()):
            party.lines[-1] = f"{party.lines[-1]} {line}"  # "Dr. H. ...," / "M.Pd."
        else:
            party.lines.append(line)
    return party


def split_columns(lines: list[TextLine]) -> list[list[TextLine]] | None:
    """The block's lines in two columns (left, right) where their boxes stand in two groups
    side by side, a gap between them that no line crosses; else None. A run that prints the
    same words twice ('DINAS X DINAS X': two columns too close for the reader to part them)
    gives one half to each column."""
    if len(lines) < 2 or any(line.box is None for line in lines):
        return None
    doubled = [line for line in lines if len(halves(line)) == 2]
    runs = sorted((line for line in lines if line not in doubled), key=lambda line: line.box.x0 if line.box else 0.0)
    if not runs:
        return None
    reach = runs[0].box.x1 if runs[0].box else 0.0
    gaps = []  # (width, index): every run before the index ends before every run from it starts
    for index, line in enumerate(runs[1:], start=1):
        assert line.box is not None
        if line.box.x0 - reach >= MIN_COLUMN_GAP:
            gaps.append((line.box.x0 - reach, index))
        reach = max(reach, line.box.x1)
    if not gaps:
        return None
    cut = max(gaps)[1]
    left, right = runs[:cut] + [halves(line)[0] for line in doubled], runs[cut:] + [halves(line)[1] for line in doubled]
    return [sorted(column, key=reading_order) for column in (left, right)]


def halves(line: TextLine) -> list[TextLine]:
    """A run printing the same words twice ('DINAS X DINAS X') as its two halves, each with half its box."""
    words = line.text.split()
    half = len(words) // 2
    if line.box is None or not half or len(words) % 2 or words[:half] != words[half:]:
        return [line]
    middle = (line.box.x0 + line.box.x1) / 2
    text = " ".join(words[:half])
    return [TextLine(text, line.page, replace(line.box, x1=middle)),
            TextLine(text, line.page, replace(line.box, x0=middle))]


def reading_order(line: TextLine) -> tuple[int, float]:
    """Page, then top: a column's lines as printed, also when the block runs on to the next page."""
    return line.page, line.box.top if line.box else 0.0


def _overlap(text: str | None, agency: str | None) -> int:
    return len(set((text or "").upper().split()) & set((agency or "").upper().split()))


@dataclass(frozen=True)
class Signers:
    """What a signature block says: the signatory, the second party, and how sure the pick is."""

    signatory: Signatory
    superior: Signatory | None = None
    agency: str | None = None  # agency lines printed above a single signer's position
    doubts: tuple[str, ...] = ()


def pick_signatory(parties: list[Party], dated: tuple[float, float] | None, cut: float | None,
                   agency: str | None, agreement: dict[str, Signatory]) -> tuple[int, str | None]:
    """Which of two parties (left, right) is PIHAK KESATU, and a doubt when nothing printed says so.

    In order: a printed label; the name the PK's opening gives PIHAK KESATU; the column
    under the place-and-date line (`dated`, its left and right x: it heads the promising
    party's column, unless it stands over both); the position
    naming the agency; else the right one, as the usual form prints it, with a doubt.
    """
    labels = [party.label for party in parties]
    if "kesatu" in labels or "kedua" in labels:
        return (labels.index("kesatu") if "kesatu" in labels else 1 - labels.index("kedua")), None
    promised = [_overlap(party.name, (agreement.get("kesatu") or Signatory()).name) for party in parties]
    if promised[0] != promised[1]:
        return promised.index(max(promised)), None
    if dated is not None and cut is not None and not dated[0] < cut < dated[1]:
        return int(sum(dated) / 2 > cut), None
    overlaps = [_overlap(party.position_and_agency()[0], agency) for party in parties]
    if overlaps[0] != overlaps[1]:
        return overlaps.index(max(overlaps)), None
    return 1, "neither party is labelled PIHAK KESATU: the signatory is taken to be the right-hand one"


def block_to_signers(lead: list[TextLine], lines: list[TextLine], dated: TextLine | None, agency: str | None,
                     agreement: dict[str, Signatory]) -> Signers:
    """The signers of a block: `lead`, another party's lines printed before the place-and-date
    line `dated`, and `lines`, those below it, top to bottom."""
    columns = split_columns(lead + lines)
    if columns is None and lead:  # one party after the other: the date heads the second's lines
        parties = [lines_to_party([line.text for line in lead]), lines_to_party([line.text for line in lines])]
        return two_parties(parties, (1.0, 1.0), 0.5, agency, agreement)
    if columns is None:
        return interleaved_signers([line.text for line in lines], agency, agreement)
    parties = [lines_to_party([line.text for line in column]) for column in columns]
    cut = (max(line.box.x1 for line in columns[0] if line.box) + min(line.box.x0 for line in columns[1] if line.box)) / 2
    return two_parties(parties, (dated.box.x0, dated.box.x1) if dated is not None and dated.box is not None else None,
                       cut, agency, agreement)


def two_parties(parties: list[Party], dated: tuple[float, float] | None, cut: float | None, agency: str | None,
                agreement: dict[str, Signatory]) -> Signers:
    """The signatory and the superior of two parties (left, right); one without a name is no party."""
    named = [party for party in parties if party.name]
    if len(named) < 2:
        return Signers(named[0].signatory() if named else Signatory())
    index, doubt = pick_signatory(parties, dated, cut, agency, agreement)
    return Signers(parties[index].signatory(), parties[1 - index].signatory(), doubts=(doubt,) if doubt else ())


def interleaved_signers(lines: list[str], agency: str | None, agreement: dict[str, Signatory]) -> Signers:
    """The signers of a block whose lines come without boxes: with two parties side by side
    their lines interleave (left then right on each printed line), so positions, names, ranks
    and NIPs are paired by order."""
    lines = signer_lines(lines)
    labels = [line for line in lines if is_party_label(line)]
    lines = [line for line in lines if not is_party_label(line)]
    first_nip = next((i for i, line in enumerate(lines) if NIP.match(line)), len(lines))
    body = [line for line in lines[:first_nip] if not _RANK.match(line)]
    ranks = [line for line in lines if _RANK.match(line)]
    nips = [match["nip"].strip() for line in lines if (match := NIP.match(line))]
    starts = [i for i, line in enumerate(body[:-1]) if POSITION.match(line)]
    if len(starts) < 2 and len(nips) < 2 and len(labels) < 2:
        party = lines_to_party(lines)
        return Signers(party.signatory(), agency=party.position_and_agency()[1])
    names = body[-2:]
    positions = split_positions(body[starts[0]:starts[1]], body[starts[1]:-2]) if len(starts) >= 2 else [[], []]
    parties = [Party(lines=positions[i] + [names[i]], nip=nips[i] if len(nips) == 2 else None,
                     rank=ranks[i] if len(ranks) == 2 else None) for i in range(len(names))]
    if len(parties) < 2:
        return Signers(parties[0].signatory() if parties else Signatory())
    if len(labels) == 2:  # printed left then right, as the parties' lines are
        parties[0].label, parties[1].label = party_label(labels[0]), party_label(labels[1])
    index, doubt = pick_signatory(parties, None, None, agency, agreement)
    doubts = [doubt] if doubt else []
    if len(ranks) not in (0, 2) or len(nips) not in (0, 2):
        doubts.append("the block's ranks or NIPs could not be paired with its two signers")
    return Signers(parties[index].signatory(), parties[1 - index].signatory(), doubts=tuple(doubts))


def split_positions(left: list[str], rest: list[str]) -> list[list[str]]:
    """The two positions of an interleaved block: `left` is the first position's opening line(s),
    `rest` the second's opening line and every line after. A line printed in both columns
    comes twice in a row, or as one run 'X X' where the columns stood close; it goes to both.
    Any other line continues the second (right-hand) position, the longer one in the usual form."""
    right = rest[:1]
    index = 1
    while index < len(rest):
        line, words = rest[index], rest[index].split()
        half = len(words) // 2
        if index + 1 < len(rest) and rest[index + 1] == line:
            left, right, index = left + [line], right + [line], index + 2
            continue
        if len(words) % 2 == 0 and half and words[:half] == words[half:]:
            left, right = left + [" ".join(words[:half])], right + [" ".join(words[:half])]
        else:
            right = right + [line]
        index += 1
    return [left, right]


# The opening of a PK: "Nama : X  Jabatan : Y  Selanjutnya disebut PIHAK KESATU".
_AGREEMENT = re.compile(
    r"\bNama\s*:?\s*(?P<name>.+?)\s+Jabatan\s*:?\s*(?P<position>.+?)[\s,]+(?:selaku\b.*?)?"
    r"\S*anjutnya\s+disebut\s+(?:sebagai\s+)?PIHAK\s*(?P<which>KESAT\w*|PERTAMA|KEDUA\w*)",
    re.IGNORECASE,
)


def agreement_parties(lines: list[str]) -> dict[str, Signatory]:
    """The parties a PK's opening names ('Nama : X', 'Jabatan : Y', 'selanjutnya disebut PIHAK
    KESATU'), keyed 'kesatu' and 'kedua'; the lines may hold the label and value apart."""
    parties: dict[str, Signatory] = {}
    for match in _AGREEMENT.finditer(" ".join(lines)):
        which = "kesatu" if match["which"].lower().startswith(("kesat", "pertama")) else "kedua"
        parties.setdefault(which, Signatory(position=match["position"].strip(" :"), name=match["name"].strip(" :")))
    return parties


def with_agreement(signer: Signatory | None, named: Signatory | None) -> Signatory | None:
    """A signer with the position (and name) the PK's opening gives where the block printed none."""
    if named is None:
        return signer
    if signer is None:
        return named
    name = signer.name
    if name is None or (named.name and set(name.split()) < set(named.name.split())):
        name = named.name  # the block's name cut short (a signature's strokes over it): the opening prints it whole
    return signer.model_copy(update={"position": signer.position or named.position, "name": name})


def nip_doubt(signer: Signatory | None) -> str | None:
    """Why a signer's NIP is not to be trusted: not the 18 digits every NIP has (cut, misread)."""
    if signer is None or signer.nip is None:
        return None
    digits = len(re.sub(r"\D", "", signer.nip))
    return None if digits == NIP_DIGITS else f"NIP {signer.nip!r} has {digits} digits, not {NIP_DIGITS}: cut or misread?"
