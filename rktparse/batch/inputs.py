"""The command line's files, folders and glob patterns, turned into the inputs to convert.

Patterns are expanded here rather than by the shell so that quoted ones work
(and on shells that pass them through unexpanded). Whatever cannot become an
input is named with the reason, so it is reported like a failed conversion.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rktparse.convert import INPUT_SUFFIXES, check_regular

KINDS = ", ".join(INPUT_SUFFIXES)  # what a folder or pattern must hold, for messages
from rktparse.errors import InputError, display_path, os_error_reason


@dataclass
class Inputs:
    files: list[Path] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path as given, reason)

    def add(self, other: Inputs) -> None:
        self.files += other.files
        self.problems += other.problems


def collect_inputs(items: Iterable[str | Path]) -> Inputs:
    """Every input file named by `items`, each once; one output stem per file."""
    found = Inputs()
    for item in items:
        found.add(_expand(str(item)))
    return _one_per_stem(found)


def _expand(item: str) -> Inputs:
    path = Path(item)
    if path.exists() or path.is_symlink():
        return _existing(path)
    if glob.has_magic(item):
        matches = [Path(match) for match in sorted(glob.glob(item, recursive=True))]
        found = Inputs()
        for match in matches:
            if match.is_dir() or _is_input_name(match):
                found.add(_existing(match))
        return found if found.files or found.problems else Inputs(
            problems=[(display_path(item), f"no {KINDS} file matches")])
    return Inputs(problems=[(display_path(item), "unreadable input: no such file")])  # the words of parse()


def _existing(path: Path) -> Inputs:
    return _folder(path) if path.is_dir() else _regular(path)


def _regular(path: Path) -> Inputs:
    """`path` as an input, or the reason it is none (a FIFO, a device, a broken link), found
    without reading it."""
    try:
        check_regular(path)
    except InputError as error:
        return Inputs(problems=[(error.path, error.why)])
    return Inputs(files=[path])


def _folder(folder: Path) -> Inputs:
    found = Inputs()

    def unreadable(error: OSError) -> None:
        found.problems.append((display_path(error.filename), os_error_reason(error)))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs.sort()
        for name in sorted(names):
            if _is_input_name(Path(name)):
                found.add(_regular(Path(root, name)))
    if not found.files and not found.problems:
        found.problems.append((display_path(folder), f"no {KINDS} files in this folder"))
    return found


def _is_input_name(path: Path) -> bool:
    # Dot-files in archives are metadata (macOS "._x.pdf"), not documents.
    return path.suffix.lower() in INPUT_SUFFIXES and not path.name.startswith(".")


def _one_per_stem(found: Inputs) -> Inputs:
    """Drop repeats of a file; refuse a second file whose outputs would overwrite the first's."""
    unique = Inputs(problems=found.problems)
    seen: set[Path] = set()
    stems: dict[str, Path] = {}
    for path in found.files:
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        if path.stem in stems:
            unique.problems.append((display_path(path),
                                    f"output name clashes with {display_path(stems[path.stem])} (same file stem)"))
            continue
        stems[path.stem] = path
        unique.files.append(path)
    return unique
