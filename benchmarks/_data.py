"""Readers for the public labelled corpora in ``../shared/datasets`` (evaluation only).

The data is read in place and never copied into the repository or the package. Each reader
yields plain ``Example`` records: the text a speaker said and the set of labels annotators gave
it, tagged with a split so that lexicon tuning and reporting use different examples.

Splits (fixed, deterministic):
- ESConv: conversations are numbered in file order; even-numbered ones are ``tune``, odd ones
  ``held_out``. Splitting by conversation (not by row) keeps a conversation's replies together.
- CaSiNo: ``casino_train.json`` is ``tune``, ``casino_valid.json`` is ``held_out``.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ENV_VAR = "SOTENBORI_DATASETS"

_TAG = re.compile(r"\[[^\]]*\]")
_ESCONV_TURN = re.compile(r"^\s*(\S+) ([01]) (\d+) (?:\[([^\]]+)\] )?(.*)$", re.DOTALL)


@dataclass(frozen=True)
class Example:
    """One labelled utterance."""

    corpus: str
    split: str
    text: str
    labels: frozenset[str]
    context: str = ""


@dataclass(frozen=True)
class PolitenessExample:
    """One Wikipedia request with its normalised politeness score (negative = impolite)."""

    text: str
    score: float


def datasets_dir(override: str | None = None) -> Path:
    """Where the corpora are: ``--data`` flag, then ``$SOTENBORI_DATASETS``, then ../shared.

    Raises:
        SystemExit: with a one-line message when the folder is missing.
    """
    chosen = override or os.environ.get(ENV_VAR)
    folder = Path(chosen) if chosen else REPO.parent / "shared" / "datasets"
    if not folder.is_dir():
        raise SystemExit(
            f"datasets not found at {folder}; pass --data DIR or set {ENV_VAR}"
        )
    return folder


def strip_tags(text: str) -> str:
    """Remove every ``[...]`` tag so annotators' labels cannot leak into the input."""
    return re.sub(r"\s+", " ", _TAG.sub(" ", text)).strip()


def esconv(folder: Path) -> Iterator[Example]:
    """Supporter replies of the ESConv dev split, one per row, with the cleaned context.

    The row is the conversation so far joined by `` EOS ``; the labelled reply is the last
    segment. A new conversation starts when the turn number stops increasing.
    """
    path = folder / "esconv" / "dev_with_strategy.tsv"
    conversation, previous_turn = -1, None
    with path.open(encoding="utf-8") as handle:
        for row in handle:
            if not row.strip():
                continue
            segments = row.rstrip("\n").split(" EOS ")
            match = _ESCONV_TURN.match(segments[-1])
            if not match or not match.group(4):
                raise SystemExit(f"{path}: cannot read the labelled reply in {segments[-1][:60]!r}")
            turn = int(match.group(3))
            if previous_turn is None or turn <= previous_turn:
                conversation += 1
            previous_turn = turn
            context = []
            for segment in segments[:-1]:
                part = _ESCONV_TURN.match(segment)
                speaker = "seeker" if part and part.group(2) == "0" else "supporter"
                said = strip_tags(part.group(5) if part else segment)
                context.append(f"{speaker}: {said}")
            yield Example(
                corpus="esconv",
                split="tune" if conversation % 2 == 0 else "held_out",
                text=strip_tags(match.group(5)),
                labels=frozenset({match.group(4).strip()}),
                context="\n".join(context),
            )


def casino(folder: Path) -> Iterator[Example]:
    """Annotated CaSiNo utterances (354 dialogues); an utterance may carry several labels."""
    for name, split in (("casino_train.json", "tune"), ("casino_valid.json", "held_out")):
        dialogues = json.loads((folder / "casino" / name).read_text(encoding="utf-8"))
        for dialogue in dialogues:
            for text, labels in dialogue.get("annotations") or []:
                yield Example(
                    corpus="casino",
                    split=split,
                    text=text.strip(),
                    labels=frozenset(x.strip() for x in labels.split(",") if x.strip()),
                )


def politeness(folder: Path) -> list[PolitenessExample]:
    """The Stanford Politeness Wikipedia requests; ``<url>`` placeholders are kept as words."""
    path = folder / "politeness" / "wikipedia.annotated.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            PolitenessExample(text=row["Request"].strip(), score=float(row["Normalized Score"]))
            for row in csv.DictReader(handle)
        ]
