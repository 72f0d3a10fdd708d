"""Pure helpers behind the pages: highlighting quoted evidence and drawing charts safely."""

from __future__ import annotations

from datetime import UTC, datetime

from sotenbori.web.charts import ProgressPoint, ProgressSeries, progress, radar
from sotenbori.web.views import highlight, typeset


def test_quoted_spans_are_marked_and_everything_else_is_escaped() -> None:
    text = "Sorry <b>Mark</b>. The credit for $4,800 lands by Friday; I'll call you then."
    html = highlight(text, ["the credit for $4,800 lands by Friday", "I'll call you", "absent"])
    assert str(html) == (
        "Sorry &lt;b&gt;Mark&lt;/b&gt;. <mark>The credit for $4,800 lands by Friday</mark>;"
        " <mark>I&#39;ll call you</mark> then."
    )


def test_overlapping_quotes_make_one_mark() -> None:
    html = highlight("We will own this from today.", ["We will own this", "own this from today"])
    assert str(html) == "<mark>We will own this from today</mark>."


def test_chart_labels_are_escaped() -> None:
    svg = str(radar(["<script>x</script>", "B", "C"], [10, 50, 90]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    when = datetime(2026, 1, 5, tzinfo=UTC)
    lines = str(progress([ProgressSeries("A & <B>", [ProgressPoint(when, 40)])]))
    assert "A &amp; &lt;B&gt;: 40 on 05 Jan 2026" in lines


def test_authors_double_hyphens_become_dashes() -> None:
    dashed = typeset("not malicious -- just has one speed")
    assert dashed == "not malicious \u2014 just has one speed"
