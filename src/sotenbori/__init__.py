"""Sotenbori: a practice gym for hard work conversations."""

__version__ = "0.1.0"
