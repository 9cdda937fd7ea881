"""The `rktparse` command: parse the command line, call the library, return an exit code.

Exit codes: 0 every input converted; 1 at least one input failed (the others
were still converted); 2 usage error; 3 internal error (a bug: please report).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import click
from pydantic import ValidationError

from rktparse import __version__
from rktparse.convert import convert_file, expand_inputs
from rktparse.errors import ExitCode, InputError, OptionError, RktParseError
from rktparse.models import RktDocument
from rktparse.models.rules import check_rules
from rktparse.models.schema import json_schema_text
from rktparse.readers import READERS, DEFAULT_PDF_ENGINE
from rktparse.writers import WRITERS


def _formats(ctx: click.Context, param: click.Parameter, value: str) -> list[str]:
    kinds = [k.strip() for k in value.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in WRITERS]
    if unknown or not kinds:
        raise click.BadParameter(f"{', '.join(unknown) or value!r}: choose from {', '.join(WRITERS)}")
    return kinds


def _error(message: str) -> None:
    click.echo(f"rktparse: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rktparse")
def cli() -> None:
    """Extract RKT / Perjanjian Kinerja tables from PDFs and text exports into JSON, CSV and DOCX."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="outputs", show_default=True, type=click.Path(path_type=Path),
              help="Folder for the outputs, written as DIR/<input stem>.<ext>.")
@click.option("--format", "formats", default="json", show_default=True, callback=_formats,
              help=f"Comma-separated output formats: {', '.join(WRITERS)}.")
@click.option("--engine", default=DEFAULT_PDF_ENGINE, show_default=True,
              type=click.Choice(sorted(k for k in READERS if k != "text")),
              help="PDF reader. Text exports always use the text reader.")
@click.option("--csv-bom", is_flag=True, help="Start CSV files with a UTF-8 BOM so Excel opens them as UTF-8.")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
def convert(inputs: tuple[Path, ...], out_dir: Path, formats: list[str], engine: str, csv_bom: bool,
            quiet: bool) -> None:
    """Convert INPUTS (files or folders of .pdf / .txt) into OUT/<stem>.<format>.

    Exit status 0 when every input converted, 1 when any failed (the others
    are still converted), 2 on usage errors.
    """
    files = expand_inputs(inputs)
    if not files:
        _error(f"no .pdf or .txt files in {', '.join(map(str, inputs))}")
        sys.exit(ExitCode.INPUT_FAILED)
    failed = 0
    seen: dict[str, Path] = {}
    for path in files:
        if path.stem in seen:
            _error(f"{path}: output name clashes with {seen[path.stem]} (same file stem); skipped")
            failed += 1
            continue
        seen[path.stem] = path
        try:
            doc, written = convert_file(path, out_dir, formats, engine, csv_bom)
        except InputError as error:
            _error(str(error))
            failed += 1
            continue
        except Exception as error:  # a bug must not stop the rest of the batch
            _error(f"{path}: internal error, please report: {type(error).__name__}: {error}")
            failed += 1
            continue
        if not quiet:
            names = ", ".join(p.name for p in written)
            note = f" ({len(doc.warnings)} warning(s), status {doc.status.value})" if doc.warnings else ""
            click.echo(f"{path}: {doc.source.pages} page(s), {len(doc.sasaran)} sasaran, "
                       f"{len(doc.indikator_rows())} indikator -> {names}{note}")
    if not quiet:
        click.echo(f"converted {len(files) - failed} of {len(files)} file(s) into {out_dir}")
    sys.exit(ExitCode.INPUT_FAILED if failed else ExitCode.OK)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the output (the published contract)."""
    click.echo(json_schema_text(), nl=False)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--strict", is_flag=True, help="Also fail on hierarchy rules (sasaran without indikator, ...).")
def validate(file: Path, strict: bool) -> None:
    """Check a JSON FILE against the models; print readable errors. Exit 0 valid, 1 invalid."""
    try:
        doc = RktDocument.model_validate(json.loads(file.read_text(encoding="utf-8")))
    except json.JSONDecodeError as error:
        _error(f"{file}: not JSON: {error}")
        sys.exit(ExitCode.INPUT_FAILED)
    except ValidationError as error:
        _error(f"{file}: {error.error_count()} error(s)")
        for item in error.errors():
            location = "/".join(str(part) for part in item["loc"]) or "(document)"
            click.echo(f"  {location}: {item['msg']}", err=True)
        sys.exit(ExitCode.INPUT_FAILED)
    broken = check_rules(doc)
    for warning in broken:
        click.echo(f"  {warning.ref}: {warning.message}", err=True)
    if strict and broken:
        _error(f"{file}: {len(broken)} hierarchy rule(s) broken")
        sys.exit(ExitCode.INPUT_FAILED)
    click.echo(f"{file}: valid ({len(doc.sasaran)} sasaran, {len(doc.indikator_rows())} indikator)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code (tests call this directly)."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="rktparse", standalone_mode=False)
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.ClickException as error:
        error.show()
        return ExitCode.USAGE
    except OptionError as error:
        _error(str(error))
        return ExitCode.USAGE
    except SystemExit as done:
        return int(done.code or 0)
    except RktParseError as error:
        _error(str(error))
        return int(error.exit_code)
    return ExitCode.OK


if __name__ == "__main__":
    sys.exit(main())
