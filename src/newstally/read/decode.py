"""Bytes to text: UTF-8 (with or without BOM), else cp1252 / latin-1 with a warning."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstally.errors import InputError

FALLBACK_ENCODINGS = ("cp1252", "latin-1")
# Share of control characters above which decoded bytes are not text in any encoding.
MAX_CONTROL_SHARE = 0.05
# The control (Cc), surrogate (Cs) and private-use (Co) characters, tab and newline left out:
# Unicode fixes these sets for good, and one regex counts them far faster than a loop.
CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff"
    "\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes) -> Decoded:
    """Decode `data`, normalising CRLF and lone CR to LF; raise InputError when not text."""
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (NUL bytes)")
    decoded = _first_decoding(data)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError(
            f"not text: no encoding ({decoded.encoding} tried last) gives readable text"
        )
    return Decoded(text, decoded.encoding, decoded.warning)


def _first_decoding(data: bytes) -> Decoded:
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as error:
        position = error.start
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        note = f"not UTF-8 (bad byte at {position}); decoded as {encoding}"
        return Decoded(text, encoding, note)
    raise InputError(
        "bytes decode in no supported encoding"
    )  # pragma: no cover - latin-1 takes all


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(CONTROL.findall(sample)) / len(sample)
