"""The web app: catalogue, persona pages, live practice, reports and history, plus a JSON API."""

from sotenbori.web.app import create_app

__all__ = ["create_app"]
