"""The `rktparse` command: parse the command line, call the library, return an exit code.

Exit codes: 0 every input converted; 1 at least one input failed (the others
were still converted); 2 usage error; 3 internal error (a bug: please report);
130 / 143 stopped by Ctrl-C (SIGINT) / SIGTERM.
"""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, get_args

import click
from click.core import ParameterSource

from rktparse import __version__
from rktparse.errors import ExitCode, OptionError, RktParseError, Stopped, interrupt_deferred

if TYPE_CHECKING:
    from rktparse.batch.options import BatchOptions

# Each command imports what it runs inside its function: `--help`, `--version` and a
# mistyped option answer without loading the readers, writers or progress bar.

ModelOptions = Callable[[], list[click.Option]]


class _Commands(click.Group):
    """The command group. A command's options that mirror a field of the options models (their
    help is the field's description) are made when the command runs or shows its own help:
    the models load pydantic, which `rktparse --help` and `--version` do without."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.model_options: dict[str, ModelOptions] = {}

    def with_model_options(self, make: ModelOptions) -> Callable[[click.Command], click.Command]:
        """Decorator over `@cli.command()`: `make()` gives the command's model options."""
        def register(command: click.Command) -> click.Command:
            self.model_options[str(command.name)] = make
            return command
        return register

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None and cmd_name in self.model_options:
            with interrupt_deferred():  # a Ctrl-C inside the models' imports would leave them half made
                command.params.extend(self.model_options.pop(cmd_name)())
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The list of commands with the first line of each one's help, its options not made."""
        limit = formatter.width - 6 - max(map(len, self.commands))
        with formatter.section("Commands"):
            formatter.write_dl([(name, command.get_short_help_str(limit))
                                for name, command in sorted(self.commands.items()) if not command.hidden])


def _error(message: str) -> None:
    click.echo(f"rktparse: {message}", err=True)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rktparse")
def cli() -> None:
    """Extract RKT / Perjanjian Kinerja tables from PDFs and text exports into JSON, CSV and DOCX."""


def _batch_option(*declarations: str, field: str, **settings: Any) -> click.Option:
    """A click option for the BatchOptions field `field`: its description is the help, its default shown."""
    from rktparse.batch.options import BatchOptions

    info = BatchOptions.model_fields[field]
    if info.default_factory is None and not settings.get("is_flag"):
        settings = {"default": info.default, "show_default": True, **settings}
    return click.Option([*declarations, field], help=info.description, **settings)


def _read_options() -> list[click.Option]:
    """--engine, --ocr and --text-style: how an input is read."""
    from rktparse.readers import OCR_MODES, PDF_ENGINES, TEXT_STYLES

    return [_batch_option("--engine", field="engine", type=click.Choice(PDF_ENGINES)),
            _batch_option("--ocr", field="ocr", type=click.Choice(OCR_MODES)),
            _batch_option("--text-style", field="text_style", type=click.Choice(TEXT_STYLES))]


def _convert_options() -> list[click.Option]:
    from rktparse.batch.options import BatchOptions

    executors = get_args(BatchOptions.model_fields["executor"].annotation)
    return [_batch_option("--format", field="formats", default="json"),
            *_read_options(),
            _batch_option("--csv-bom", field="csv_bom", is_flag=True),
            _batch_option("--mark-review", field="mark_review", is_flag=True),
            _batch_option("--jobs", "-j", field="jobs", type=click.IntRange(min=1)),
            _batch_option("--executor", field="executor", type=click.Choice(executors)),
            _batch_option("--scheduler", field="scheduler", metavar="ADDRESS"),
            _batch_option("--resume", field="resume", is_flag=True),
            _batch_option("--timeout", field="timeout", type=click.FloatRange(min=0, min_open=True),
                          metavar="SECONDS"),
            _batch_option("--max-memory", field="max_memory_mb", type=click.IntRange(min=1), metavar="MB"),
            _batch_option("--fail-fast", field="fail_fast", is_flag=True),
            _batch_option("--keep-tree", field="keep_tree", is_flag=True)]


def _export_options() -> list[click.Option]:
    return [_batch_option("--format", field="formats", default="docx"),
            _batch_option("--csv-bom", field="csv_bom", is_flag=True)]


@cli.with_model_options(_convert_options)
@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", default="outputs", show_default=True, type=click.Path(path_type=Path),
              help="Folder for the outputs, written as DIR/<input stem>.<ext> (DIR/<stem>-1.<ext>, -2, ... for a "
                   "file that holds several documents), and for the run report _report.jsonl; '-' writes one "
                   "input's one format to standard output.")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
def convert(inputs: tuple[str, ...], out_dir: Path, quiet: bool, **settings: Any) -> None:
    """Convert INPUTS (files, folders of .pdf / .txt / .docx / .doc / .xlsx / images, glob patterns) into
    OUT/<stem>.<format> (OUT/<stem>-1.<format>, ... for a file that holds several documents).

    Exit status 0 when every input converted (or was skipped by --resume), 1
    when any failed (the others are still converted), 2 on usage errors.
    """
    with interrupt_deferred():
        from rktparse.batch import REPORT_NAME, convert_many
        from rktparse.batch.console import ConsoleObserver

    # Only the options given on the command line: the run tells a --timeout the user set
    # (a worker process holds it) from the default (no worker needed for a single input).
    source = click.get_current_context().get_parameter_source
    given = {name: value for name, value in settings.items()
             if value is not None and source(name) is not ParameterSource.DEFAULT}
    if str(out_dir) == "-":
        from rktparse.batch.options import BatchOptions

        _to_stdout(inputs, BatchOptions.resolve(given))
        return
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        with ConsoleObserver(quiet) as observer:
            summary = convert_many(inputs, out_dir, given, observer=observer)
    except Stopped as stop:
        what = "interrupted" if stop.signum == signal.SIGINT else str(stop)
        _error(f"{what}: {stop.done} of {stop.total} done (recorded in {out_dir / REPORT_NAME}); rerun with --resume")
        sys.exit(stop.exit_code)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not quiet:
        click.echo(f"converted {summary.converted} of {len(summary.results)} input(s) into {out_dir}: "
                   f"{summary.skipped} skipped, {summary.failed} failed, {summary.pages_per_s:g} pages/s")
    sys.exit(ExitCode.INPUT_FAILED if summary.failed else ExitCode.OK)


def _to_stdout(inputs: tuple[str, ...], options: BatchOptions) -> None:
    """`--out -`: one input's one format written to standard output, nothing else written."""
    from rktparse.convert import make_writers, read_document

    if len(inputs) != 1 or len(options.formats) != 1 or not Path(inputs[0]).is_file():
        raise OptionError(f"--out - writes one input file's one format to standard output; got {len(inputs)} "
                          f"input(s) ({', '.join(inputs)}) and format(s) {','.join(options.formats)}")
    (writer,) = make_writers(options.formats, options.csv_bom, Path(inputs[0]), options.mark_review)
    data = writer.render(read_document(Path(inputs[0]), options.read_options()))
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def _stop(signum: int, frame: FrameType | None) -> None:
    """SIGTERM ends a run as Ctrl-C does: workers stopped, the report's summary written."""
    raise Stopped(signum)


@cli.with_model_options(_read_options)
@cli.command()
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
def inspect(file: Path, **read: Any) -> None:
    """Show how FILE was read: each page table's cells (spans, confidences) and every decision
    worth checking (uncertain Sasaran assignments, cell boundaries, joined rows)."""
    from rktparse.inspect import inspect_file
    from rktparse.readers import ReadOptions

    inspect_file(file, ReadOptions.resolve(read))


@cli.with_model_options(_export_options)
@cli.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the outputs <FILE stem>.<format> (default: beside FILE).")
@click.option("--source", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="The converted input, whose pages the html report shows (default: source.file beside FILE, "
                   "when its sha256 matches).")
def export(file: Path, formats: str, out_dir: Path | None, source: Path | None, csv_bom: bool) -> None:
    """Write other formats of an rktparse JSON FILE (an output of convert, corrected by hand),
    after validating it against the models. Exit 0 written, 1 invalid or unwritable."""
    from rktparse.batch.options import BatchOptions
    from rktparse.convert import export_file

    kinds = BatchOptions.resolve({"formats": formats}).formats
    written = export_file(file, out_dir, kinds, csv_bom, source)
    click.echo(f"{file} -> {', '.join(path.name for path in written)}")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the output (the published contract)."""
    from rktparse.models.schema import json_schema_text

    click.echo(json_schema_text(), nl=False)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--strict", is_flag=True, help="Also fail on hierarchy rules (sasaran without indikator, ...).")
def validate(file: Path, strict: bool) -> None:
    """Check a JSON FILE against the models; print readable errors. Exit 0 valid, 1 invalid."""
    from pydantic import ValidationError

    from rktparse.models import RktDocument
    from rktparse.models.rules import check_rules

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
    except click.exceptions.Abort:  # click's form of a Ctrl-C before a run had started
        _error("interrupted before any input was converted")
        return 128 + signal.SIGINT
    return ExitCode.OK


if __name__ == "__main__":
    sys.exit(main())
