"""What each entry point imports: a heavy library loads only for the command that uses it.

Start-up time is most of a short run (one small PDF from a script), so these
guard the import lists, in a fresh interpreter each; they time nothing.
"""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

HEAVY = {"pandas", "numpy", "docx", "lxml", "pdfplumber", "pdfminer", "camelot", "cv2", "pytesseract",
         "dask", "distributed", "rich", "Sastrawi", "openpyxl", "jinja2"}
SAMPLE = SAMPLES / "word-kpu-alor-rkt-2024.pdf"


def modules_after(code: str) -> set[str]:
    """Every module in sys.modules once `code` has run in a new interpreter."""
    script = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def packages(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_import_rktparse_loads_no_library():
    assert not packages(modules_after("import rktparse")) & (HEAVY | {"pydantic", "pypdfium2", "click"})


def test_help_and_version_load_neither_the_options_models_nor_pydantic():
    for argument in ("--help", "--version"):
        loaded = modules_after(f"from rktparse.cli import main\nmain([{argument!r}])")
        assert not packages(loaded) & (HEAVY | {"pypdfium2", "pydantic"}), argument
        assert not {name for name in loaded if name.startswith(
            ("rktparse.readers", "rktparse.writers", "rktparse.batch", "rktparse.assemble", "rktparse.models"))}


def test_each_command_help_shows_the_options_as_the_models_describe_them():
    from rktparse.batch.options import BatchOptions

    for command, fields in {"convert": BatchOptions.model_fields, "inspect": ("engine", "ocr", "text_style"),
                            "export": ("formats", "csv_bom")}.items():
        shown = subprocess.run([sys.executable, "-m", "rktparse", command, "--help"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout
        for field in fields:  # as words: the help wraps lines
            assert " ".join(BatchOptions.describe(field).split()) in " ".join(shown.split()), (command, field)


def test_converting_a_pdf_to_json_loads_only_pdfium(tmp_path: Path):
    code = f"from rktparse.cli import main\nmain(['convert', {str(SAMPLE)!r}, '--out', {str(tmp_path)!r}, '-q'])"
    loaded = packages(modules_after(code))
    assert "pypdfium2" in loaded and not loaded & HEAVY
    assert (tmp_path / f"{SAMPLE.stem}.json").is_file()


def test_csv_loads_pandas_and_docx_python_docx_each_only_when_asked(tmp_path: Path):
    def formats(kinds: str) -> set[str]:
        return packages(modules_after(
            f"from rktparse.cli import main\nmain(['convert', {str(SAMPLE)!r}, '--out', {str(tmp_path)!r}, "
            f"'--format', {kinds!r}, '-q'])"))

    assert {"pandas"} <= formats("csv") and "docx" not in formats("csv")
    assert "docx" in formats("docx") and "pandas" not in formats("docx")
    assert "openpyxl" in formats("xlsx") and not {"pandas", "jinja2"} & formats("xlsx")
    assert "jinja2" in formats("html") and not {"pandas", "openpyxl"} & formats("html")


def test_models_do_not_import_writers():
    assert not {name for name in modules_after("import rktparse.models") if name.startswith("rktparse.writers")}


def imported_by(package: str) -> set[str]:
    """Every rktparse module a package's source imports, at its top or inside a function."""
    names = set()
    for path in (ROOT / "rktparse" / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
    return {name for name in names if name.startswith("rktparse.")}


@pytest.mark.parametrize(("package", "later_stages"), [
    ("vocabulary", ("rktparse.readers", "rktparse.assemble", "rktparse.writers")),
    ("readers", ("rktparse.assemble", "rktparse.writers")),
    ("assemble", ("rktparse.writers",)),
    ("models", ("rktparse.readers", "rktparse.assemble", "rktparse.writers")),
    ("writers", ("rktparse.readers", "rktparse.assemble")),
])
def test_the_pipeline_imports_one_way(package: str, later_stages: tuple[str, ...]):
    assert not {name for name in imported_by(package) if name.startswith(later_stages)}
