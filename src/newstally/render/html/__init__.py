"""report.html: one self-contained page that works offline (nothing loaded from the network).

Article text is hostile input: everything from the report is escaped, links are made only for
http(s) addresses, and the page's Content-Security-Policy allows only its own inline style and
script (by hash), so even a slip in escaping could not run injected code.
"""

from __future__ import annotations

import base64
import hashlib
from importlib import resources
from string import Template

from newstally import __version__
from newstally.records import Report
from newstally.render.html import lists, sections
from newstally.render.html.chart import charts
from newstally.render.html.copies import copies
from newstally.render.html.marks import targets_by_article
from newstally.render.html.parts import Citations, esc
from newstally.render.html.tolls import tolls
from newstally.render.labels import counts

FILES = resources.files(__name__)
PAGE = Template(FILES.joinpath("page.html").read_text("utf-8"))
STYLE = FILES.joinpath("style.css").read_text("utf-8")
SCRIPT = FILES.joinpath("script.js").read_text("utf-8")
NAV = (
    ("summary", "Summary"), ("tolls", "Toll"), ("figures", "Figures"), ("chart", "Over time"),
    ("checks", "Checks"), ("entities", "Entities"), ("quotes", "Quotes"),
    ("copies", "Copies"), ("articles", "Articles"), ("skipped", "Skipped"),
)  # fmt: skip


def to_html(report: Report) -> str:
    cites = Citations(report)
    parts = [
        sections.summary(report, cites),
        tolls(report, cites),
        sections.figures(report, cites),
        charts(report, cites),
        sections.checks(report, cites),
        lists.entities(report, cites),
        lists.quotes(report, cites),
        copies(report, cites),
        lists.articles(report, cites, targets_by_article(report)),
        lists.skipped(report),
    ]
    body = "\n".join(part for part in parts if part)
    return PAGE.substitute(
        title=esc(_title(report)),
        counts=esc(" · ".join(counts(report))),
        nav=_nav(body),
        sections=body,
        style=STYLE,
        script=SCRIPT,
        style_hash=_hash(STYLE),
        script_hash=_hash(SCRIPT),
        version=esc(__version__),
    )


def _title(report: Report) -> str:
    if len(report.events) == 1:
        return report.events[0].title
    if report.events:
        return f"{len(report.events)} events in {len(report.articles)} articles"
    return f"Casualty figures in {len(report.articles)} articles"


def _nav(body: str) -> str:
    return "".join(
        f'<a href="#{key}">{label}</a>' for key, label in NAV if f'<section id="{key}">' in body
    )


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
