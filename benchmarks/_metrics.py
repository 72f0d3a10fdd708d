"""Small, dependency-free metrics: precision/recall/F1, Spearman's rho and ROC AUC.

numpy and scipy are not product dependencies, so these are written out by hand; each is a few
lines and follows the textbook definition (average ranks for ties; AUC = P(X > Y) + P(X = Y)/2).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Counts:
    """Binary confusion counts for one move."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, predicted: bool) -> Counts:
        return Counts(
            self.tp + (gold and predicted),
            self.fp + (predicted and not gold),
            self.fn + (gold and not predicted),
            self.tn + (not gold and not predicted),
        )

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties sharing the average of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        average = (i + j) / 2 + 1
        for k in range(i, j + 1):
            result[order[k]] = average
        i = j + 1
    return result


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else 0.0


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rho: the Pearson correlation of the ranks (ties averaged)."""
    return pearson(ranks(xs), ranks(ys))


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """ROC AUC: probability a random positive scores above a random negative (ties count half).

    Computed from ranks (Mann-Whitney U), so it is O(n log n).
    """
    if not positives or not negatives:
        return float("nan")
    r = ranks(list(positives) + list(negatives))
    n_pos, n_neg = len(positives), len(negatives)
    u = sum(r[:n_pos]) - n_pos * (n_pos + 1) / 2
    return u / (n_pos * n_neg)


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation, as numpy's default."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
