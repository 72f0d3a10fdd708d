"""docs/cli.md documents every command and every option: an undocumented one fails here."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from sotenbori.cli import main

DOCS = (Path(__file__).parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_a_section_with_an_example(name: str) -> None:
    assert f"## `sotenbori {name}" in DOCS
    section = DOCS.split(f"## `sotenbori {name}", 1)[1].split("\n## ", 1)[0]
    assert f"$ sotenbori {name}" in section or f"sotenbori {name} " in section


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_option_is_documented(name: str) -> None:
    for param in main.commands[name].params:
        if isinstance(param, click.Option):
            long = max(param.opts, key=len)
            assert long in DOCS, f"{name} {long} is not in docs/cli.md"
