"""Finding and loading scenario files.

Built-in scenarios live in ``library/``; trainers can add their own folder with the
``SOTENBORI_SCENARIOS`` environment variable (several folders separated by ``:``).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from sotenbori.scenarios.models import Scenario

LIBRARY = Path(__file__).parent / "library"


class ScenarioError(ValueError):
    """A scenario that cannot be found or loaded; the message is one line for a person."""


def scenario_folders() -> list[Path]:
    extra = [Path(p) for p in os.environ.get("SOTENBORI_SCENARIOS", "").split(os.pathsep) if p]
    return [LIBRARY, *extra]


def load_file(path: Path) -> Scenario:
    """Load and validate one scenario file.

    Raises:
        ScenarioError: unreadable, not YAML, or not a valid scenario (the first problems named).
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"cannot read scenario file {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ScenarioError(f"{path} is not valid YAML: {exc}") from exc
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'scenario'}: {err['msg']}"
            for err in exc.errors()[:5]
        )
        raise ScenarioError(f"{path.name} is not a valid scenario: {problems}") from exc


@lru_cache(maxsize=1)
def _catalogue(folders: tuple[Path, ...]) -> dict[str, Scenario]:
    found: dict[str, Scenario] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
            scenario = load_file(path)
            found.setdefault(scenario.id, scenario)
    return found


def catalogue() -> dict[str, Scenario]:
    """Every scenario by id, built-in first."""
    return _catalogue(tuple(scenario_folders()))


def get_scenario(scenario_id: str) -> Scenario:
    """The scenario with this id.

    Raises:
        ScenarioError: no scenario has that id (the message lists the ones that exist).
    """
    scenarios = catalogue()
    if scenario_id not in scenarios:
        known = ", ".join(sorted(scenarios)) or "none"
        raise ScenarioError(f"no scenario called {scenario_id!r}; available: {known}")
    return scenarios[scenario_id]
