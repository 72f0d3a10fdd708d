"""The ``sotenbori`` command: practise, score and review hard conversations in the terminal.

``main`` is the console script. Commands live one concern a module; the group in
:mod:`sotenbori.cli.errors` turns every failure a person can cause into one line on stderr.
"""

from __future__ import annotations

import click

from sotenbori import __version__
from sotenbori.cli.catalogue import analyse_command, scenarios, show
from sotenbori.cli.errors import SotenboriGroup
from sotenbori.cli.practice import practice
from sotenbori.cli.reports import history, report, score
from sotenbori.cli.serve import serve


@click.group(cls=SotenboriGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="sotenbori")
def main() -> None:
    """Sotenbori: a practice gym for hard work conversations.

    Read a persona's page, practise the conversation in the terminal, and get a
    report on six dimensions with quoted evidence and a line to try next time.
    Sessions are stored in SQLite in your data folder, or wherever
    SOTENBORI_DATABASE_URL points.

    \b
    Start here:
      sotenbori scenarios
      sotenbori show the-escalation-escalator
      sotenbori practice the-escalation-escalator
      sotenbori serve --dev            (the web app)
    """


for command in (scenarios, show, practice, score, report, history, analyse_command, serve):
    main.add_command(command)

__all__ = ["main"]
