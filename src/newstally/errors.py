"""Typed errors: the CLI turns each into a one-line message and an exit code."""


class NewstallyError(Exception):
    """Base of every error newstally raises on purpose."""

    exit_code = 1


class InputError(NewstallyError):
    """One input could not be read; it becomes a `skipped` entry and the run goes on."""

    exit_code = 2


class NoArticlesError(NewstallyError):
    """No input yielded an article."""

    exit_code = 2
