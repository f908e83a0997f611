"""The TimeML value of each time expression of a made-up article, for the dates tests."""

from newstally.dates import find_timeml
from newstally.records import Article

PUBLISHED = "2025-11-12"


def timeml_values(text: str) -> dict[str, str | None]:
    """Each expression `find_timeml` finds in `text` (published PUBLISHED), with its value."""
    article = Article(id="a", text=text, published=PUBLISHED)
    return {text[s:e]: v for s, e, v in find_timeml(article)}
