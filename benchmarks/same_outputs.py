"""Same outputs before and after a speed change: the JSON of every input, this tree against a git commit.

Not a benchmark: a guard for work that must change time, never results. The
inputs are every sample (PDFs with the pdfium and pdfplumber engines, text
exports; not the scans, which OCR would take minutes over), every file of
`../shared/corpus/real` but the scans, the cached renders of the development
seeds (`samples/exports.py`; `--seeds` of them, pdfium) and their text exports
in every style (`--export-seeds` of them). Each is read by this tree and by
the commit (exported with `git archive`, run in its own process), and their
JSON compared byte for byte.

    .venv/bin/python benchmarks/same_outputs.py [--against main] [--seeds 130] [--export-seeds 20]
        [--ignore schema_version,field_lines]

`--ignore` leaves the named keys out wherever they stand (a contract's new fields, its version) before
comparing: a change that adds fields still shows every other difference. Prints each input whose JSON differs (or whose error differs) and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def inputs(seeds: int, export_seeds: int) -> Iterator[tuple[str, Path, str | None]]:
    """(name, path, engine) of every input compared; engine None: the reader the file's kind takes."""
    from samples.exports import STYLES, cache_dir, exported, rendered

    samples = ROOT / "samples"
    for pdf in sorted(samples.glob("*.pdf")):
        if not pdf.name.startswith("scan-"):
            for engine in ("pdfium", "pdfplumber"):
                yield f"samples/{pdf.name}:{engine}", pdf, engine
    for text in sorted(samples.glob("*.txt")):
        yield f"samples/{text.name}", text, None
    for path in sorted(CORPUS.iterdir()) if CORPUS.is_dir() else []:
        if "-scan" not in path.stem and path.suffix != ".md":
            yield f"corpus/{path.name}", path, None
    folder = cache_dir()
    for seed in range(seeds):
        yield f"gen-{seed}.pdf", rendered(seed, folder)[0], "pdfium"
    for seed in range(export_seeds):
        for style in STYLES:
            yield f"gen-{seed}.{style}.txt", exported(seed, style, folder), None


def without_keys(value: object, ignored: frozenset[str]) -> object:
    if isinstance(value, dict):
        return {key: without_keys(item, ignored) for key, item in value.items() if key not in ignored}
    if isinstance(value, list):
        return [without_keys(item, ignored) for item in value]
    return value


def dump(seeds: int, export_seeds: int, ignore: tuple[str, ...] = ()) -> dict[str, str]:
    """Each input's JSON (its digest, without the `ignore` keys) or its error, read by the rktparse this
    process imports."""
    import rktparse
    from rktparse.errors import InputError

    results = {}
    ignored = frozenset(ignore)
    for name, path, engine in inputs(seeds, export_seeds):
        try:
            options = {"engine": engine} if engine else {}
            docs = [rktparse.dumps(doc, "json") for doc in rktparse.parse_all(path, **options)]
            if ignored:
                docs = [json.dumps(without_keys(json.loads(doc), ignored), ensure_ascii=False, indent=2)
                        for doc in docs]
            text = "\n".join(docs)
        except InputError as error:
            text = f"error: {error}"
        results[name] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return results


def exported_tree(commit: str, folder: Path) -> Path:
    """The commit's files (not a worktree: no git state shared with other worktrees)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def dump_in(tree: Path, seeds: int, export_seeds: int, ignore: tuple[str, ...] = ()) -> dict[str, str]:
    """`dump` run in a fresh process importing rktparse (and the generator) from `tree`."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    script = (f"import json, sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import same_outputs; "
              f"print(json.dumps(same_outputs.dump({seeds}, {export_seeds}, {ignore!r})))")
    done = subprocess.run([sys.executable, "-c", script], cwd=tree, env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.splitlines()[-1])


def reference(commit: str, seeds: int, export_seeds: int, ignore: tuple[str, ...] = ()) -> dict[str, str]:
    """The commit's digests, kept in the temporary folder: a commit's outputs never change."""
    sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", commit], check=True, capture_output=True,
                         text=True).stdout.strip()
    ignoring = "".join(f"-{key}" for key in ignore)
    kept = Path(tempfile.gettempdir()) / f"rktparse-same-outputs-{sha[:12]}-{seeds}-{export_seeds}{ignoring}.json"
    if not kept.exists():
        with tempfile.TemporaryDirectory() as folder:
            kept.write_text(json.dumps(dump_in(exported_tree(sha, Path(folder)), seeds, export_seeds, ignore)))
    return json.loads(kept.read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main", help="the git commit to compare with (default main)")
    parser.add_argument("--seeds", type=int, default=130, help="development seeds read as PDFs (default 130)")
    parser.add_argument("--export-seeds", type=int, default=20, help="development seeds read as text exports")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the tree to compare (default this one; a copy "
                        "lets work go on while the comparison runs)")
    parser.add_argument("--ignore", default="", help="keys left out wherever they stand before comparing, "
                        "comma-separated (a contract's new fields: 'schema_version,field_lines')")
    args = parser.parse_args()
    ignore = tuple(key for key in args.ignore.split(",") if key)
    before = reference(args.against, args.seeds, args.export_seeds, ignore)
    after = dump_in(args.tree, args.seeds, args.export_seeds, ignore)
    differ = [name for name in before if before[name] != after.get(name)]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(before)} inputs, {len(differ)} differ (this tree against {args.against})")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
