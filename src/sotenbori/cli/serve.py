"""``sotenbori serve``: the web app, where most learners practise."""

from __future__ import annotations

import click


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port to listen on.",
)
@click.option(
    "--dev",
    is_flag=True,
    help="Run locally with a generated secret key (never for a shared server).",
)
def serve(host: str, port: int, dev: bool) -> None:
    """Start the web app: catalogue, accounts, live practice, reports and progress.

    Outside --dev the secret key comes from SOTENBORI_SECRET_KEY (at least 32 random
    characters) and the server refuses to start without one. The database is the same
    as the terminal's: SOTENBORI_DATABASE_URL, or SQLite in your data folder.

    \b
    Examples:
      sotenbori serve --dev
      SOTENBORI_SECRET_KEY=... sotenbori serve --host 0.0.0.0 --port 8080
    """
    from sotenbori.web.server import serve as run

    run(host=host, port=port, dev=dev)
