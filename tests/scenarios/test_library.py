"""Scenario files: the built-in library is complete, and a broken file is named, not a traceback."""

from __future__ import annotations

import os
import re
import string
from pathlib import Path

import pytest
import yaml

from sotenbori.scenarios.loader import LIBRARY, ScenarioError, catalogue, get_scenario, load_file
from sotenbori.scenarios.models import REQUIRED_INTENTS, Scenario

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_4134abbab694b71e.txt"


def test_catalogue_has_the_flagship_and_a_beginner_scenario_of_another_kind() -> None:
    scenarios = catalogue()
    flagship = scenarios["the-escalation-escalator"]
    assert flagship.page.category == "Customer Success"
    assert flagship.page.level == "Advanced"
    assert flagship.page.duration_minutes == 16
    others = [s for s in scenarios.values() if s.page.category != flagship.page.category]
    assert any(s.page.level == "Beginner" for s in others)


@pytest.mark.skipif(
    not SEED.exists() and not os.environ.get("CI"), reason="the seed page lives in ../shared"
)
def test_flagship_page_holds_every_section_of_the_seed(mark: Scenario) -> None:
    seed = " ".join(SEED.read_text(encoding="utf-8").split())
    page = mark.page
    for text in [page.title, page.tagline, *page.skills_tested, *page.what_you_will_practise]:
        assert " ".join(text.split()) in seed, text
    for trait in page.personality_traits:
        assert trait in seed


def test_flagship_briefing_has_the_facts_the_learner_needs(mark: Scenario) -> None:
    briefing = " ".join([mark.briefing.situation, *mark.briefing.facts, *mark.briefing.authority])
    for fact in ["48213", "340", "300", "$4,800", "$10,000", "Priya Shah", "4 business hours"]:
        assert fact in briefing, fact


@pytest.mark.parametrize("scenario_id", sorted(catalogue()))
def test_every_scenario_has_lines_for_what_the_engine_can_decide(scenario_id: str) -> None:
    scenario = get_scenario(scenario_id)
    for intent in REQUIRED_INTENTS:
        assert len(scenario.lines[intent]) >= 3, intent
    every_line = [line for lines in scenario.lines.values() for line in lines]
    assert len(every_line) == len(set(every_line)), "a line appears twice in the bank"
    slots = {s.id for s in scenario.slots} | {
        "learner_name",
        "promised_date",
        "persona_first_name",
        "persona_name",
    }
    for line in every_line:
        used = {name for _, name, _, _ in string.Formatter().parse(line) if name}
        assert used <= slots, (line, used - slots)
        assert not re.search(r"\b(AI|prompt|language model|assistant)\b", line), line


def test_engine_code_knows_nothing_about_any_persona() -> None:
    engine = Path(__file__).resolve().parents[2] / "src" / "sotenbori" / "engine"
    code = " ".join(p.read_text(encoding="utf-8") for p in engine.glob("*.py"))
    for word in ["Mark", "Anderson", "Northfield", "Lumen", "48213", "Priya", "Jordan", "CEO"]:
        assert word not in code, word


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _flagship_data() -> dict[str, object]:
    data = yaml.safe_load((LIBRARY / "the-escalation-escalator.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_a_milestone_naming_an_unknown_topic_is_refused_with_its_name(tmp_path: Path) -> None:
    data = _flagship_data()
    data["behaviour"]["milestones"][0]["when"]["topics_any"] = ["no_such_topic"]  # type: ignore[index]
    with pytest.raises(ScenarioError, match="no_such_topic"):
        load_file(_write(tmp_path, data))


def test_a_missing_required_intent_is_refused(tmp_path: Path) -> None:
    data = _flagship_data()
    del data["lines"]["walk_out"]  # type: ignore[attr-defined]
    with pytest.raises(ScenarioError, match="walk_out"):
        load_file(_write(tmp_path, data))


def test_a_bad_regex_is_refused(tmp_path: Path) -> None:
    data = _flagship_data()
    data["topics"][0]["patterns"] = ["(unclosed"]  # type: ignore[index]
    with pytest.raises(ScenarioError, match="does not compile"):
        load_file(_write(tmp_path, data))


def test_not_yaml_and_unreadable_files_are_one_line_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("page: [unclosed", encoding="utf-8")
    with pytest.raises(ScenarioError) as exc:
        load_file(bad)
    assert "\n" not in str(exc.value).strip().splitlines()[0]
    with pytest.raises(ScenarioError):
        load_file(tmp_path / "missing.yaml")


def test_unknown_scenario_id_lists_what_exists() -> None:
    with pytest.raises(ScenarioError, match="the-escalation-escalator"):
        get_scenario("the-angry-dentist")


def test_trainers_can_add_a_scenario_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _flagship_data()
    data["id"] = "my-own-escalator"
    data["page"]["title"] = "My Own Escalator"  # type: ignore[index]
    folder = tmp_path / "trainer"
    folder.mkdir()
    (folder / "mine.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.setenv("SOTENBORI_SCENARIOS", str(folder))
    assert get_scenario("my-own-escalator").page.title == "My Own Escalator"
    assert "the-escalation-escalator" in catalogue()
