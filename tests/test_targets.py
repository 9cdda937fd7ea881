"""Target cells: value, unit and kind only where the printed text leaves no doubt."""

import pytest

from rktparse.models import TargetKind
from rktparse.vocabulary.targets import parse_target


@pytest.mark.parametrize(
    ("raw", "header", "value", "unit", "kind", "note"),
    [
        ("100%", "Target", 100.0, "%", TargetKind.PERCENT, None),
        ("97 %", "Target", 97.0, "%", TargetKind.PERCENT, None),
        ("65,60 %", "Target 2024", 65.6, "%", TargetKind.PERCENT, None),
        ("55,56", "Target %", 55.56, "%", TargetKind.PERCENT, None),
        ("12 kali", "Target", 12.0, "kali", TargetKind.NUMBER, None),
        ("8.435 orang", "Target", 8435.0, "orang", TargetKind.NUMBER, None),
        ("1.100.000 Orang", "Target", 1100000.0, "Orang", TargetKind.NUMBER, None),
        ("BB", "Target", None, None, TargetKind.GRADE, None),
        ("A", "Target", None, None, TargetKind.GRADE, None),
        ("A (80-85)", "Target", None, None, TargetKind.GRADE, "80-85"),
        ("WTP", "Target", None, None, TargetKind.OPINION, None),
        ("Rp 1.234.567", "Anggaran", 1234567.0, "Rp", TargetKind.CURRENCY, None),
        ("10 (234 Temuan)", "Target 2016", 10.0, None, TargetKind.NUMBER, "234 Temuan"),
        ("55,56", "Target", 55.56, None, TargetKind.NUMBER, None),
    ],
)
def test_certain_targets_are_read(raw, header, value, unit, kind, note):
    target = parse_target(raw, header)
    assert (target.raw, target.value, target.unit, target.kind, target.note) == (raw, value, unit, kind, note)


@pytest.mark.parametrize(
    "raw",
    ["1.5", "13 Cagar Budaya, 6.924 Koleksi Museum", "I", ">B = 12 OPD (20%)", "Tersusunnya dokumen", "", "100 % (hijau)",
     "00.000.000", "000.000", "000"],  # the tail of 'Rp 766.000.000.000' a narrow column broke: no figure of its own
)
def test_uncertain_targets_keep_only_raw(raw):
    target = parse_target(raw, "Target %")
    assert target.raw == raw
    assert (target.value, target.unit, target.kind) == (None, None, TargetKind.TEXT)


@pytest.mark.parametrize(("raw", "value", "unit", "kind"), [
    ("50.00 Orang", 50.0, "Orang", TargetKind.NUMBER),  # a system-made decimal point: '.' groups three digits
    ("70.00 persen", 70.0, "%", TargetKind.PERCENT),
    ("80 prosen", 80.0, "%", TargetKind.PERCENT),
    ("14 Dok.", 14.0, "Dok.", TargetKind.NUMBER),  # a unit cut short
])
def test_decimal_point_and_percent_words(raw, value, unit, kind):
    target = parse_target(raw)
    assert (target.raw, target.value, target.unit, target.kind) == (raw, value, unit, kind)
