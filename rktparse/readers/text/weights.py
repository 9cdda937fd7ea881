"""The text reader's fitted weights: how much each cue counts in a decision.

They are not set by hand: `benchmarks/fit_text.py` fits them on development
seeds of the document generator (its docstring names the seeds and export
styles) and writes `weights.json` beside this module, which is loaded once.
A weight missing from the file keeps its starting value here (the value the
fit starts from).
"""

from __future__ import annotations

import json
from pathlib import Path

FILE = Path(__file__).with_name("weights.json")

START = {
    # layout: does a body line open a row? (log-odds, summed)
    "layout.row.bias": -1.0,
    "layout.row.target_after_empty": 3.0,  # the target column starts a value under an empty line
    "layout.row.target_after_value": 3.0,  # ... or a new value right after a complete one
    "layout.row.other_opens": 1.0,  # another column opens a cell under an empty line
    "layout.row.figure_after_figure": 2.0,  # a column other than the target's starts a whole figure under one
    "layout.row.indikator_cut": 0.5,  # times the indikator column's cut log-odds (lines.cut_score)
    "layout.row.indikator_opens": 1.5,  # the indikator column starts under an empty line
    "layout.row.target_goes_on": -3.0,  # the target column continues a value that is not complete yet
    "layout.row.target_whole": 2.0,  # the target line is a whole value by itself ('6 kali', '97 %')
    "layout.row.target_completes": -3.0,  # the line completes a figure the column broke ('Rp 37.100.00' / '0.000')
    "layout.row.empty_target": -1.5,  # nothing in the target column
    "layout.row.list_opens": 1.0,  # a column starts a numbered list ('1. ...', 'a) ...'): its cell opens here
    # layout: where a column's cell ends and the next opens (Kegiatan entries, merged cells): lines.cut_score plus
    "layout.split.bias": 0.0,
    "layout.split.gap": 1.5,  # an empty line of the column above it
    "layout.split.blank": 0.0,  # an empty line across the table above it
    "layout.split.phrase": 1.0,  # times phrases.Phrases.cue, in the Kegiatan column: the document lists the entry elsewhere
    "layout.split.inside_item": -4.0,  # a Kegiatan line between an item and the next of its list ('1.' ... '2.')
    "layout.split.case_turn": 0.0,  # times cues.case_turn, between Kegiatan lines: capitals on both sides, a name going on
    "layout.level.row_top": 2.0,  # a top-aligned merged cell opens on a row's first line (minus: elsewhere)
    "layout.level.opener": 1.0,  # a merged cell opens with a capitalised cue word ('Meningkatnya'; minus: without)
    "layout.level.case_turn": 0.0,  # times cues.case_turn, between a merged cell's lines: capitals on both sides, a name going on
    # layout: merged columns (No, Misi, Tujuan, Sasaran)
    "layout.level.top_share": 0.7,  # share of cells opening on a row's first line above which they are top-aligned
    "layout.level.centre": 1.0,  # log-odds per line a centred cell stands off the middle of its rows
    "layout.level.sibling_opens": 2.0,  # another merged column (No) opens a cell on the same line
    "layout.level.carried": 3.0,  # per row above the first cell, carrying on a cell of the page before
    "layout.level.outside_inner": 6.0,  # against a top-aligned outer level's cell opening where the level inside opens none
    # stream (segment.py), added to its own fixed scores; starting at 0, the search without the cue, so that
    # the fit's guards hold the samples' readings of that search
    "stream.list_goes_on": 0.0,  # a Sasaran or Indikator cell opening with the next entry of a list above it
    # blocks: which column a line is in and whether it opens a cell (Viterbi scores, see blocks.py)
    "blocks.wrapped": -4.0,
    "blocks.unwrapped": 2.5,
    "blocks.blank": 2.0,  # cut log-odds at a line under a blank line, in exports that part blocks so
    "blocks.tight": -1.0,  # ... and at a line right under another one
    "blocks.case_turn": 0.0,  # times cues.case_turn, between Kegiatan lines: a capital after a small word opens an entry
    "blocks.entry": 1.5,
    "blocks.phrase": 1.0,  # times phrases.Phrases.cue, added to every cut
    "blocks.unit_goes_on": 6.0,  # a unit line ('laporan') under a bare number goes on with its target
    "blocks.figure_goes_on": 6.0,  # the rest of a figure a narrow target column broke goes on with it
    "blocks.too_wide": 5.0,
    "blocks.numbered": 4.0,
    "blocks.list_head": 4.0,
    "blocks.item_kegiatan": 1.5,
    "blocks.no_number": 3.0,
    "blocks.no_text": -6.0,
    "blocks.no_goes_on": -6.0,
    "blocks.value_goes_on": -3.0,
    "blocks.target_value": 3.0,
    "blocks.target_text": -1.5,
    "blocks.extra_value": 1.0,
    "blocks.extra_short": 0.5,
    "blocks.extra_text": -1.0,
    "blocks.wordy": 1.0,
    "blocks.level_capital": 1.0,
    "blocks.misi_opens": -1.6,
    "blocks.tujuan_opens": -1.3,
    "blocks.level_aim": 1.5,  # a Misi or Tujuan line opening with a verb of aim ('Mewujudkan'): cues.states_aim
    "blocks.level_kegiatan": -1.5,  # a Misi or Tujuan line opening with a Kegiatan's word ('Pembinaan ...')
    "blocks.sasaran_indikator_word": -0.5,  # a Sasaran opening with an indikator's word ("Angka pegawai yang ...": a row)
    "blocks.ran_on": 0.0,  # a page's first line in mid-sentence in the column whose cell ran on at the page before's end
    "blocks.missing.no": 0.0,
    "blocks.missing.misi": 0.0,
    "blocks.missing.tujuan": 0.0,
    "blocks.missing.sasaran": 0.0,
    "blocks.missing.indikator": 4.0,
    "blocks.missing.target": 4.0,
    "blocks.missing.kegiatan": 1.5,
    "blocks.missing.extra": 1.0,
    # joined (joined.py): cutting a line of a line-joined export into one piece per column
    "joined.piece": 0.5,  # times how well a piece opens a cell of its column (blocks.opening)
    "joined.too_wide": 10.0,  # per share of its column's width a piece goes beyond it
    "joined.orphan": 1.5,  # a piece opening with a small letter under an empty piece of its column
    "joined.fits_before": 2.0,  # a piece going on whose first word would have fitted on the line above
    "joined.doubt": 1.0,
    "joined.bias": 0.5,  # a cost per piece: a line is cut only where the cues say so
    "joined.pair": 1.0,  # per time two words stand side by side elsewhere (up to joined.PAIRS_SEEN)
    "joined.value_elsewhere": 2.0,  # a piece of a text column holding a value ('97 %', '3 orang')  # no piece under a piece whose cell cannot end there
    "joined.slack": 7.0,  # per cent of a column's width a word must fit with to count as fitting (learnt widths err)
    "joined.goes_on": 0.5,  # a piece going on with the cell above whose first word did not fit up there  # a line whose best cut leads the next best by less is reported
}


def _load() -> dict[str, float]:
    weights = dict(START)
    if FILE.exists():
        weights.update({k: float(v) for k, v in json.loads(FILE.read_text())["weights"].items() if k in START})
    return weights


W = _load()
