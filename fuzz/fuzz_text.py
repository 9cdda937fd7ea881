"""Coverage-guided fuzzing of the text-export reader (decoding, the three styles, the assembler).

    .venv/bin/python fuzz/fuzz_text.py fuzz/corpus/text -atheris_runs=100000 -max_len=12000

Seeds: fuzz/corpus/text (exports of each style, cut short). Give a copy of the corpus folder when
you do not want the inputs libFuzzer finds written into the repository.
"""

import sys

import atheris

with atheris.instrument_imports(include=["rktparse"]):
    from harness import check


def test_one_input(data: bytes) -> None:
    check(data, ".txt")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
