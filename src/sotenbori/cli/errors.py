"""The CLI boundary: every failure a person can cause becomes one line on stderr, never a trace.

Domain errors (unknown scenario, refused turn, closed session, database trouble) exit 1;
problems with a file or argument the person gave us exit 2, like click's own usage errors.
"""

from __future__ import annotations

import json
from typing import Any

import click
from pydantic import ValidationError

from sotenbori.engine.analyse import TurnRejected
from sotenbori.engine.session import SessionOver
from sotenbori.scenarios.loader import ScenarioError


class CliError(click.ClickException):
    """Something the person asked for cannot be done; exits 1."""

    def __init__(self, message: str) -> None:
        super().__init__(flatten(message))


class InputError(CliError):
    """A file or argument the person gave cannot be used; exits 2."""

    exit_code = 2


def flatten(message: str) -> str:
    """Collapse a message onto one line (error texts from libraries can span several)."""
    return " ".join(message.split())


def validation_problem(exc: ValidationError) -> str:
    """The first problem pydantic found, as ``where: what``, and how many more there are."""
    errors = exc.errors()
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"]) or "top level"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def one_line(exc: BaseException) -> str:
    """A short, human sentence for an exception raised below the CLI."""
    if isinstance(exc, ValidationError):
        return validation_problem(exc)
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
    if isinstance(exc, UnicodeDecodeError):
        byte = exc.object[exc.start : exc.start + 1].hex()
        return f"not UTF-8 text (byte 0x{byte} at position {exc.start})"
    if isinstance(exc, OSError) and exc.strerror:
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror}{where}"
    return flatten(str(exc)) or type(exc).__name__


def domain_errors() -> tuple[type[BaseException], ...]:
    """Exceptions from the engine, store and libraries that are a person's problem, not a bug.

    A function, so the store (SQLAlchemy, Alembic) is imported only when an error is
    being handled, not by commands such as ``--version`` or ``show`` that never open it.
    """
    from sotenbori.store.database import StoreError

    return (
        ScenarioError,
        TurnRejected,
        SessionOver,
        StoreError,
        ValidationError,
        json.JSONDecodeError,
        UnicodeDecodeError,
        OSError,
    )


class SotenboriGroup(click.Group):
    """A click group whose errors, including usage errors, are each one line on stderr."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            raise _usage(exc) from exc

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CliError:
            raise
        except click.UsageError as exc:
            raise _usage(exc) from exc
        except domain_errors() as exc:
            if isinstance(exc, BrokenPipeError):
                raise
            raise CliError(one_line(exc)) from exc


def _usage(exc: click.UsageError) -> InputError:
    hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
    return InputError(f"{exc.format_message()}{hint}")
