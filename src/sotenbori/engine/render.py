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


def choose_line(
    scenario: Scenario, key: str, state: PersonaState, said_before: list[str], seed: str
) -> str:
    """One phrasing of ``key``, filled in; falls back to ``unclear`` lines if the key has none."""
    bank = scenario.lines.get(key) or scenario.lines["unclear"]
    values, known = _values(scenario, state)
    generic_missing = {"learner_name", "promised_date"}

    def fill(line: str) -> str:
        return line.format_map({**{n: "" for n in _slot_names(line)}, **values}).strip()

    def usable(line: str) -> bool:
        return not (_slot_names(line) & generic_missing - known)

    ordered = sorted(bank, key=lambda line: _rank(line, seed))
    learner_specific = [ln for ln in ordered if usable(ln) and _slot_names(ln) & set(state.slots)]
    plain = [ln for ln in ordered if usable(ln) and ln not in learner_specific]
    for line in learner_specific + plain + ordered:
        text = fill(line)
        if not any(text in earlier for earlier in said_before):
            return text
    # Every phrasing has been used: say the least recent one rather than fail.
    return fill(ordered[0])


def render(
    scenario: Scenario, intent: Intent, state: PersonaState, said_before: list[str], seed: str
) -> str:
    """The persona's reply for ``intent``."""
    main = choose_line(scenario, intent.key, state, said_before, seed)
    if not intent.hurry:
        return main
    tail = choose_line(scenario, "hurry", state, [*said_before, main], seed)
    return f"{main} {tail}"
