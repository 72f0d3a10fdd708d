"""The offline renderer: phrase an intent with a line from the scenario's line bank.

Choice is deterministic for a session (seeded by its id), never repeats a line the persona has
already said, and prefers lines whose slots ({learner_name}, {promised_date}, scenario slots)
can be filled from the learner's own words.
"""

from __future__ import annotations

import hashlib
import string

from sotenbori.engine.policy import Intent
from sotenbori.engine.state import PersonaState
from sotenbori.scenarios.models import Scenario

_FORMATTER = string.Formatter()


def _slot_names(line: str) -> set[str]:
    return {name for _, name, _, _ in _FORMATTER.parse(line) if name}


def _values(scenario: Scenario, state: PersonaState) -> tuple[dict[str, str], set[str]]:
    """Slot values, and which of them came from the learner rather than a default."""
    values = {slot.id: slot.default for slot in scenario.slots}
    values["persona_first_name"] = scenario.persona.first_name
    values["persona_name"] = scenario.persona.name
    values.update(state.slots)
    return values, set(state.slots) | {"persona_first_name", "persona_name"}


def _rank(line: str, seed: str) -> str:
    return hashlib.sha256(f"{seed}\x00{line}".encode()).hexdigest()


#: Where to look when every phrasing of an intent has been said already.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "push_back": ("probe", "unclear"),
    "probe": ("push_back", "unclear"),
    "warming": ("probe",),
    "unclear": ("push_back",),
    "react": ("push_back", "probe"),
    "not_yet": ("probe", "warming"),
    "progress": ("warming", "probe"),
    "reveal": ("warming",),
    "hurry": (),
}


def _keys_to_try(scenario: Scenario, key: str) -> list[str]:
    family = key.partition(":")[0]
    chain = [key, *FALLBACKS.get(key, FALLBACKS.get(family, ()))]
    return [k for k in chain if scenario.lines.get(k)] or ["unclear"]


def choose_line(
    scenario: Scenario, key: str, state: PersonaState, said_before: list[str], seed: str
) -> str:
    """One phrasing of ``key`` that has not been said yet, filled in from the learner's words.

    When every phrasing of ``key`` has been said, a related intent's lines are used (a probe
    instead of yet another push-back); only when those are spent too does a line repeat.
    """
    keys = _keys_to_try(scenario, key)
    for candidate in keys:
        line = _fresh_line(scenario, candidate, state, said_before, seed)
        if line is not None:
            return line
    return _fill(
        sorted(scenario.lines[keys[0]], key=lambda ln: _rank(ln, seed))[0], scenario, state
    )


def _fill(line: str, scenario: Scenario, state: PersonaState) -> str:
    values, _ = _values(scenario, state)
    return line.format_map({**{n: "" for n in _slot_names(line)}, **values}).strip()


def _fresh_line(
    scenario: Scenario, key: str, state: PersonaState, said_before: list[str], seed: str
) -> str | None:
    """The first phrasing of ``key`` (in this session's order) not said yet, or None."""
    _, known = _values(scenario, state)
    unknown = {"learner_name", "promised_date"} - known
    usable = [
        ln
        for ln in sorted(scenario.lines[key], key=lambda ln: _rank(ln, seed))
        if not _slot_names(ln) & unknown
    ]
    learner_specific = [ln for ln in usable if _slot_names(ln) & set(state.slots)]
    plain = [ln for ln in usable if ln not in learner_specific]
    for line in learner_specific + plain:
        text = _fill(line, scenario, state)
        if not any(text in earlier for earlier in said_before):
            return text
    return None


def render(
    scenario: Scenario, intent: Intent, state: PersonaState, said_before: list[str], seed: str
) -> str:
    """The persona's reply for ``intent``."""
    main = choose_line(scenario, intent.key, state, said_before, seed)
    if not intent.hurry:
        return main
    tail = _fresh_line(scenario, "hurry", state, [*said_before, main], seed)
    return f"{main} {tail}" if tail else main
