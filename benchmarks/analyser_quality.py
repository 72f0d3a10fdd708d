"""How well the turn analyser finds moves, measured against public human-labelled corpora.

Run: ``.venv/bin/python benchmarks/analyser_quality.py [--data DIR] [--json OUT]``
     ``.venv/bin/python benchmarks/analyser_quality.py --errors proposal --corpus esconv``

The corpora were labelled by other people for other purposes, so this measures the analyser
against judgements made independently of us. Each corpus label maps onto a group of our moves;
a reply counts as predicted for a group when the analyser finds any move of the group anywhere in
it (one-vs-rest, per reply). Labels with no counterpart (e.g. ESConv "Self-disclosure") are
negatives for every group. ``--errors`` only ever shows the *tune* split, so the held-out
figures stay unseen while the lexicon is tuned.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from _data import Example, casino, datasets_dir, esconv, politeness
from _metrics import Counts, auc, percentile, spearman

from sotenbori.engine.analyse import TurnRejected, analyse, clean_turn

Predict = Callable[[str], frozenset[str]]


@dataclass(frozen=True)
class Mapped:
    """One scored group: corpus labels on one side, our moves on the other."""

    name: str
    labels: frozenset[str]
    moves: frozenset[str]


def _m(name: str, labels: Iterable[str], moves: Iterable[str]) -> Mapped:
    return Mapped(name, frozenset(labels), frozenset(moves))


QUESTION = ("open_question", "closed_question")
PROPOSAL = ("propose_protocol",)

MAPPINGS: dict[str, list[Mapped]] = {
    "esconv": [
        _m("question", ["Questions"], QUESTION),
        _m("paraphrase", ["Restatement or Paraphrasing"], ["paraphrase"]),
        _m("acknowledge", ["Reflection of feelings"], ["acknowledge_experience"]),
        _m("proposal", ["Providing Suggestions"], PROPOSAL),
        _m("facts", ["Information"], ["share_facts"]),
    ],
    "casino": [
        _m("question", ["elicit-pref"], QUESTION),
        _m("acknowledge", ["showing-empathy"], ["acknowledge_experience"]),
        _m("proposal", ["promote-coordination"], PROPOSAL),
    ],
}

#: Tone: moves that make a request sound rude, and how much each weighs in the small score.
TONE_WEIGHTS: dict[str, float] = {"hostile": 2.0, "blame": 1.0, "lecture": 1.0, "dismiss": 1.0}


def analyser_moves(text: str) -> frozenset[str]:
    """The moves the product's analyser finds in a text (no scenario: generic cues only)."""
    try:
        return frozenset(analyse(clean_turn(text)).move_ids)
    except TurnRejected:
        return frozenset()


def score(
    examples: Sequence[Example], mapping: Sequence[Mapped], predicted: Sequence[frozenset[str]]
) -> dict[str, Counts]:
    """Confusion counts per mapped group."""
    counts = {m.name: Counts() for m in mapping}
    for example, moves in zip(examples, predicted, strict=True):
        for m in mapping:
            counts[m.name] = counts[m.name].add(
                bool(example.labels & m.labels), bool(moves & m.moves)
            )
    return counts


#: For single-label corpora: the one group a reply is taken to be, most specific cue first.
#: Fixed before looking at results: a question mark is the least specific cue (advice and
#: restatements are often phrased as questions), so it comes last.
PRIMARY_ORDER = ("paraphrase", "acknowledge", "proposal", "facts", "question")


def primary_only(moves: frozenset[str], mapping: Sequence[Mapped]) -> frozenset[str]:
    """Keep only the moves of the first group (in ``PRIMARY_ORDER``) the reply shows."""
    by_name = {m.name: m for m in mapping}
    for name in PRIMARY_ORDER:
        group = by_name.get(name)
        if group and moves & group.moves:
            return frozenset(moves & group.moves)
    return frozenset()


def macro_f1(counts: dict[str, Counts]) -> float:
    return sum(c.f1 for c in counts.values()) / len(counts)


def bootstrap_macro_f1(
    examples: Sequence[Example],
    mapping: Sequence[Mapped],
    predicted: Sequence[frozenset[str]],
    reps: int = 300,
) -> tuple[float, float]:
    """A 95% bootstrap interval for macro-F1 (resampling replies; seeded, so reproducible)."""
    rng = random.Random(20240601)
    pairs = list(zip(examples, predicted, strict=True))
    values = []
    for _ in range(reps):
        sample = [pairs[rng.randrange(len(pairs))] for _ in pairs]
        values.append(macro_f1(score([e for e, _ in sample], mapping, [p for _, p in sample])))
    return percentile(values, 2.5), percentile(values, 97.5)


def tone_scores(moves: Sequence[frozenset[str]]) -> tuple[list[float], list[float]]:
    """Per text: (presence of any rude move as 0/1, the weighted small score)."""
    presence = [float(bool(m & set(TONE_WEIGHTS))) for m in moves]
    weighted = [sum(w for move, w in TONE_WEIGHTS.items() if move in m) for m in moves]
    return presence, weighted


def evaluate_politeness(folder: Path, predict: Predict) -> dict[str, dict[str, float]]:
    """The politeness figures on the tune half (even rows), the held-out half and all rows."""
    rows = politeness(folder)
    moves = [predict(r.text) for r in rows]
    halves = {
        "tune": [i for i in range(len(rows)) if i % 2 == 0],
        "held_out": [i for i in range(len(rows)) if i % 2 == 1],
        "all": list(range(len(rows))),
    }
    return {
        name: _politeness([rows[i].score for i in ix], [moves[i] for i in ix])
        for name, ix in halves.items()
    }


def _politeness(scores: list[float], moves: list[frozenset[str]]) -> dict[str, float]:
    """Spearman of the tone signal with the normalised score, and AUC bottom vs top quartile.

    The tone signal measures rudeness, so a good signal has a *negative* Spearman with
    politeness; the AUC is for picking the bottom (impolite) quartile over the top one.
    """
    presence, weighted = tone_scores(moves)
    q1, q3 = percentile(scores, 25), percentile(scores, 75)
    bottom = [i for i, s in enumerate(scores) if s <= q1]
    top = [i for i, s in enumerate(scores) if s >= q3]
    return {
        "requests": len(scores),
        "flagged_share": sum(presence) / len(scores),
        "spearman_presence": spearman(presence, scores),
        "spearman_weighted": spearman(weighted, scores),
        "auc_presence": auc([presence[i] for i in bottom], [presence[i] for i in top]),
        "auc_weighted": auc([weighted[i] for i in bottom], [weighted[i] for i in top]),
        "flagged_in_bottom_quartile": sum(presence[i] for i in bottom) / len(bottom),
        "flagged_in_top_quartile": sum(presence[i] for i in top) / len(top),
    }


def evaluate_corpora(folder: Path, predict: Predict) -> dict[str, object]:
    """Per corpus and split: per-group counts, P/R/F1, macro-F1 with a bootstrap interval."""
    results: dict[str, object] = {}
    for corpus, examples in (("esconv", list(esconv(folder))), ("casino", list(casino(folder)))):
        mapping = MAPPINGS[corpus]
        any_move = [predict(e.text) for e in examples]
        views = {"": any_move}
        if corpus == "esconv":
            views[" single-label"] = [primary_only(p, mapping) for p in any_move]
        for view, predicted in views.items():
            results.update(_splits(f"{corpus}{view}", examples, mapping, predicted))
    return results


def _splits(
    name: str,
    examples: Sequence[Example],
    mapping: Sequence[Mapped],
    predicted: Sequence[frozenset[str]],
) -> dict[str, object]:
    """The figures of one corpus (and view) on its tune split, held-out split and both."""
    results: dict[str, object] = {}
    for split in ("tune", "held_out", "all"):
        chosen = [i for i, e in enumerate(examples) if split in ("all", e.split)]
        ex = [examples[i] for i in chosen]
        pr = [predicted[i] for i in chosen]
        counts = score(ex, mapping, pr)
        low, high = bootstrap_macro_f1(ex, mapping, pr) if split != "all" else (0.0, 0.0)
        results[f"{name}/{split}"] = {
            "n": len(ex),
            "macro_f1": macro_f1(counts),
            "macro_f1_95ci": [low, high],
            "moves": {
                group: {
                    "precision": c.precision,
                    "recall": c.recall,
                    "f1": c.f1,
                    "support": c.support,
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                }
                for group, c in counts.items()
            },
        }
    return results


def mapping_table() -> str:
    lines = ["| corpus | group | corpus label(s) | our move(s) |", "|---|---|---|---|"]
    for corpus, mapping in MAPPINGS.items():
        for m in mapping:
            lines.append(
                f"| {corpus} | {m.name} | {', '.join(sorted(m.labels))} |"
                f" {' or '.join(sorted(m.moves))} |"
            )
    return "\n".join(lines)


def results_tables(results: dict[str, object]) -> str:
    """Markdown tables, one per corpus/split."""
    out = []
    for key, value in results.items():
        if not isinstance(value, dict) or "moves" not in value:
            continue
        low, high = value["macro_f1_95ci"]
        ci = f" (95% CI {low:.2f}-{high:.2f})" if high else ""
        out.append(f"\n**{key}** (n={value['n']}): macro-F1 {value['macro_f1']:.3f}{ci}\n")
        out.append("| group | P | R | F1 | support | TP | FP | FN |")
        out.append("|---|---|---|---|---|---|---|---|")
        for name, c in value["moves"].items():
            out.append(
                f"| {name} | {c['precision']:.2f} | {c['recall']:.2f} | {c['f1']:.2f} |"
                f" {c['support']} | {c['tp']} | {c['fp']} | {c['fn']} |"
            )
    return "\n".join(out)


def politeness_table(halves: dict[str, dict[str, float]]) -> str:
    lines = [
        "\n**politeness** (tone = any of "
        + ", ".join(TONE_WEIGHTS)
        + "; weighted = "
        + ", ".join(f"{k} {v:g}" for k, v in TONE_WEIGHTS.items())
        + "; tune = even rows, held_out = odd rows)\n",
        "| split | n | Spearman (presence) | Spearman (weighted) | AUC (presence) | AUC (weighted)"
        " | flagged: all / bottom quartile / top quartile |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, p in halves.items():
        lines.append(
            f"| {name} | {int(p['requests'])} | {p['spearman_presence']:.3f}"
            f" | {p['spearman_weighted']:.3f} | {p['auc_presence']:.3f} | {p['auc_weighted']:.3f}"
            f" | {p['flagged_share']:.1%} / {p['flagged_in_bottom_quartile']:.1%}"
            f" / {p['flagged_in_top_quartile']:.1%} |"
        )
    return "\n".join(lines)


def show_errors(folder: Path, corpus: str, group: str, limit: int, predict: Predict) -> None:
    """Print false negatives and false positives for one group, from the tune split only."""
    mapping = {m.name: m for m in MAPPINGS[corpus]}[group]
    examples = [e for e in (esconv(folder) if corpus == "esconv" else casino(folder))]
    tune = [e for e in examples if e.split == "tune"]
    fn, fp = [], []
    for e in tune:
        gold, pred = bool(e.labels & mapping.labels), bool(predict(e.text) & mapping.moves)
        if gold and not pred:
            fn.append(e)
        elif pred and not gold:
            fp.append(e)
    rng = random.Random(7)
    for title, errors in (("FALSE NEGATIVES", fn), ("FALSE POSITIVES", fp)):
        print(f"== {title}: {len(errors)} (showing up to {limit})")
        for e in rng.sample(errors, min(limit, len(errors))):
            print(f"- [{', '.join(sorted(e.labels))}] {e.text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="folder with esconv/, casino/, politeness/")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--errors", help="show errors for one group (tune split only)")
    parser.add_argument("--corpus", default="esconv", choices=sorted(MAPPINGS))
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args(argv)
    folder = datasets_dir(args.data)
    if args.errors:
        show_errors(folder, args.corpus, args.errors, args.limit, analyser_moves)
        return 0
    results = evaluate_corpora(folder, analyser_moves)
    polite = evaluate_politeness(folder, analyser_moves)
    print("## Turn analyser vs public labelled data\n")
    print(mapping_table())
    print(results_tables(results))
    print(politeness_table(polite))
    if args.json:
        args.json.write_text(json.dumps({**results, "politeness": polite}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
