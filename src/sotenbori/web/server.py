"""``sotenbori serve``: build the app from the environment and run it with uvicorn.

Outside ``--dev`` the secret comes from ``SOTENBORI_SECRET_KEY`` and a missing, default or short
key stops the server before it listens. The database is the CLI's (``SOTENBORI_DATABASE_URL``,
else SQLite in the user's data directory), so sessions started in one show up in the other.
"""

from __future__ import annotations

import os

import click
import uvicorn
from fastapi import FastAPI

from sotenbori.store.database import Store, StoreError
from sotenbori.web.app import create_app
from sotenbori.web.security import InsecureSecretKey, check_secret_key, development_key


class ServeError(click.ClickException):
    """Why the server will not start, in one line (click prints it as ``Error: ...``)."""


def build_app(dev: bool = False) -> FastAPI:
    """The app as ``serve`` would run it, configured from the environment.

    Raises:
        ServeError: the secret key is unfit outside development, or the database won't open.
    """
    if dev:
        secret = os.environ.get("SOTENBORI_SECRET_KEY") or development_key()
    else:
        try:
            secret = check_secret_key(os.environ.get("SOTENBORI_SECRET_KEY"))
        except InsecureSecretKey as exc:
            raise ServeError(f"refusing to start: {exc}") from exc
    try:
        store = Store()
    except StoreError as exc:
        raise ServeError(str(exc)) from exc
    secure = os.environ.get("SOTENBORI_SECURE_COOKIES", "").lower() in ("1", "true", "yes")
    return create_app(store, secret, dev=dev, secure_cookies=secure)


def serve(host: str = "127.0.0.1", port: int = 8000, dev: bool = False) -> None:
    """Run the web app until interrupted; what ``sotenbori serve --host H --port P [--dev]`` calls.

    Args:
        host: the address to listen on.
        port: the TCP port to listen on.
        dev: development mode: a generated secret key when none is set.

    Raises:
        ServeError: the server cannot start (weak secret key, database unreachable).
    """
    app = build_app(dev)
    shown = "localhost" if host in ("0.0.0.0", "::") else host
    click.echo(f"Sotenbori is running at http://{shown}:{port}/  (Ctrl+C to stop)")
    if dev:
        click.echo("Development mode: the secret key is generated; sign-ins end on restart.")
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info" if dev else "warning",
        access_log=dev,
        proxy_headers=not dev,
        server_header=False,
        timeout_keep_alive=65,  # longer than common proxies' idle timeout; idle sockets are cheap
    )


def main() -> None:
    """``python -m sotenbori.web.server [--host H] [--port P] [--dev]`` without the CLI."""

    @click.command()
    @click.option("--host", default="127.0.0.1", show_default=True)
    @click.option("--port", default=8000, show_default=True, type=int)
    @click.option("--dev", is_flag=True, help="Development mode with a generated secret key.")
    def run(host: str, port: int, dev: bool) -> None:
        serve(host, port, dev)

    run()


if __name__ == "__main__":
    main()
