"""The command line's files, folders and glob patterns, turned into the inputs to convert.

Patterns are expanded here rather than by the shell so that quoted ones work
(and on shells that pass them through unexpanded). Whatever cannot become an
input is named with the reason, so it is reported like a failed conversion.
The output folder is never searched for inputs: a second run over `.` must not
take the first run's outputs for documents.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rktparse.convert import INPUT_SUFFIXES, check_regular
from rktparse.errors import InputError, display_path, os_error_reason

KINDS = ", ".join(INPUT_SUFFIXES)  # what a folder or pattern must hold, for messages
HERE = Path(".")


@dataclass(frozen=True)
class Input:
    """A file to convert and its folder below the folder or pattern it was found under
    ('.' for a file named on its own): where `--keep-tree` puts its outputs under OUT."""

    path: Path
    tree: Path = HERE

    def output_stem(self, keep_tree: bool) -> Path:
        """Its outputs' path under OUT without the suffix."""
        return (self.tree if keep_tree else HERE) / self.path.stem


@dataclass
class Inputs:
    files: list[Input] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path as given, reason)

    def add(self, other: Inputs) -> None:
        self.files += other.files
        self.problems += other.problems


def collect_inputs(items: Iterable[str | Path], out: Path | None = None, keep_tree: bool = False) -> Inputs:
    """Every input file named by `items`, each once, none found inside the folder `out` when
    searching a folder or pattern; one output path per file (its stem, or with `keep_tree` its
    folder and stem)."""
    skip = file_id(out) if out is not None else None
    found = Inputs()
    for item in items:
        found.add(_expand(str(item), skip))
    return _one_output_each(found, keep_tree)


def file_id(path: Path) -> tuple[int, int] | None:
    """What names the file `path` leads to (links and hard links followed), None when there is none."""
    try:
        info = path.stat()
    except OSError:  # an input's own fault is reported when it is converted
        return None
    return info.st_dev, info.st_ino


def _expand(item: str, skip: tuple[int, int] | None) -> Inputs:
    path = Path(item)
    if path.exists() or path.is_symlink():
        return _folder(path, skip) if path.is_dir() else _regular(path)
    if glob.has_magic(item):
        base = _fixed_part(item)
        found = Inputs()
        for match in (Path(m) for m in sorted(glob.glob(item, recursive=True))):
            if _inside(match, base, skip):
                continue
            if match.is_dir():
                found.add(_folder(match, skip, root=base))
            elif _is_input_name(match):
                found.add(_regular(match, _tree(match.parent, base)))
        return found if found.files or found.problems else Inputs(
            problems=[(display_path(item), f"no {KINDS} file matches")])
    return Inputs(problems=[(display_path(item), "unreadable input: no such file")])  # the words of parse()


def _fixed_part(pattern: str) -> Path:
    """The folder a glob pattern starts from: its components before the first with a wildcard."""
    fixed = []
    for part in Path(pattern).parent.parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else HERE


def _tree(folder: Path, root: Path) -> Path:
    try:
        return folder.relative_to(root)
    except ValueError:
        return HERE


def _inside(path: Path, root: Path, skip: tuple[int, int] | None) -> bool:
    """Whether `path` lies in the output folder (below `root`, the folder being searched)."""
    if skip is None:
        return False
    for folder in (path, *path.parents):
        if file_id(folder) == skip:
            return True
        if folder == root:
            return False
    return False


def _regular(path: Path, tree: Path = HERE) -> Inputs:
    """`path` as an input, or the reason it is none (a FIFO, a device, a broken link), found
    without reading it."""
    try:
        check_regular(path)
    except InputError as error:
        return Inputs(problems=[(error.path, error.why)])
    return Inputs(files=[Input(path, tree)])


def _folder(folder: Path, skip: tuple[int, int] | None, root: Path | None = None) -> Inputs:
    """The inputs in `folder` and below, leaving out the output folder (unless it is `folder` itself:
    then the run was asked to convert what is there)."""
    found = Inputs()
    root = folder if root is None else root

    def unreadable(error: OSError) -> None:
        found.problems.append((display_path(error.filename), os_error_reason(error)))

    for where, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if file_id(Path(where, d)) != skip)
        for name in sorted(names):
            if _is_input_name(Path(name)):
                found.add(_regular(Path(where, name), _tree(Path(where), root)))
    if not found.files and not found.problems:
        found.problems.append((display_path(folder), f"no {KINDS} files in this folder"))
    return found


def _is_input_name(path: Path) -> bool:
    # Dot-files in archives are metadata (macOS "._x.pdf"), not documents.
    return path.suffix.lower() in INPUT_SUFFIXES and not path.name.startswith(".")


def _one_output_each(found: Inputs, keep_tree: bool) -> Inputs:
    """Drop repeats of a file; refuse a second file whose outputs would overwrite the first's."""
    unique = Inputs(problems=found.problems)
    seen: set[Path] = set()
    owners: dict[Path, Path] = {}
    for item in found.files:
        if item.path.resolve() in seen:
            continue
        seen.add(item.path.resolve())
        stem = item.output_stem(keep_tree)
        if stem in owners:
            hint = "same folder and stem" if keep_tree else "same file stem; --keep-tree mirrors the input folders"
            unique.problems.append((display_path(item.path),
                                    f"output name clashes with {display_path(owners[stem])} ({hint})"))
            continue
        owners[stem] = item.path
        unique.files.append(item)
    return unique
