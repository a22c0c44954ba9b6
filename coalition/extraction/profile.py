"""The profile pieces of a factsheet, beside its claims: what ``coalition ingest`` stores as drafts.

- statements: each bullet or prose paragraph, with its lines of effort (its own words first, then its heading);
- working groups the partner names (Counter-ISIS Finance Group, Africa Focus Group, Small Group...);
- founding membership and the year;
- headline figures: the short tiles of a factsheet ("110 troops" over "committed to helping train Iraqi
  forces"). A caption whose number is missing from the text is kept as an incomplete figure with ``value``
  ``None``: the number is never guessed;
- the quote, with its speaker and the speaker's role;
- media highlight titles;
- social media handles, with platform, handle (or site name) and owner.

Cookie notices are ignored. Every piece carries its character span in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .attributes import _lines_in
from .doc import Doc
from .pipeline import PIPELINE, run


@dataclass
class Statement:
    text: str
    start: int
    end: int
    lines: list[str] = field(default_factory=list)

    @property
    def line(self) -> str:
        return self.lines[0] if self.lines else "other"


@dataclass
class WorkingGroup:
    name: str
    start: int
    end: int


@dataclass
class Founding:
    founding_member: bool
    year: int | None
    start: int
    end: int


@dataclass
class HeadlineFigure:
    text: str  # the tile as written ("110 troops"), "" when the number is missing
    caption: str
    value: float | None
    unit: str | None  # a currency code for money, the noun for people, None when unknown
    kind: str | None
    start: int
    end: int

    @property
    def complete(self) -> bool:
        return self.value is not None


@dataclass
class Quote:
    text: str
    speaker: str
    role: str
    start: int
    end: int


@dataclass
class SocialHandle:
    platform: str  # "x", "facebook", "instagram", "linkedin", "youtube", "website", ...
    handle: str  # "@NorwayMFA", or the site's name
    owner: str  # "Norway MFA"
    start: int
    end: int


@dataclass
class Profile:
    statements: list[Statement] = field(default_factory=list)
    working_groups: list[WorkingGroup] = field(default_factory=list)
    founding: Founding | None = None
    headline_figures: list[HeadlineFigure] = field(default_factory=list)
    quote: Quote | None = None
    media_highlights: list[str] = field(default_factory=list)
    social_handles: list[SocialHandle] = field(default_factory=list)


#: Working groups and formats of the Coalition, by the names factsheets use.
WORKING_GROUPS: dict[str, str] = {
    r"Counter[- ](?:ISIS|ISIL|Daesh)\s+Financ\w+\s+Group|\bCIFG\b": "Counter-ISIS Finance Group",
    r"Foreign\s+(?:Terrorist\s+)?Fighters?\s+(?:Working\s+)?Group|\bFTF\s+Working\s+Group": "Foreign Terrorist Fighters",
    r"Stabili[sz]ation\s+Working\s+Group|Working\s+Group\s+on\s+Stabili[sz]ation": "Stabilization",
    r"Communications?\s+Working\s+Group|Working\s+Group\s+on\s+Communications?|Coalition\s+Communications\s+Cell":
        "Communications",
    r"Africa\s+Focus\s+Group": "Africa Focus Group",
    r"\bSmall\s+Group\b": "Small Group",
    r"Political\s+Directors": "Political Directors",
    r"\bPMC\b|Political[- ]Military\s+Consultations?": "PMC",
}
_GROUPS = [(re.compile(p, re.IGNORECASE), name) for p, name in WORKING_GROUPS.items()]
_FOUNDING = re.compile(
    r"founding\s+(?:members?|partners?|nations?)(?:\s+of\s+the\s+(?:Global\s+)?Coalition)?"
    r"(?:\s+(?:in|since)\s+(?P<year>(?:19|20)\d{2}))?",
    re.IGNORECASE,
)
_JOINED = re.compile(r"joined\s+the\s+(?:Global\s+)?Coalition\s+in\s+(?:\w+\s+)?(?P<year>(?:19|20)\d{2})",
                     re.IGNORECASE)
_COOKIE = re.compile(r"\bcookies?\b.*\b(?:accept|opt[- ]out|consent|privacy|agree)", re.IGNORECASE | re.DOTALL)
_QUOTE_OPEN = "\"“”«„‘'"
_ROLE_WORDS = re.compile(
    r"\b(?:Minister|Secretary|Ambassador|President|Prime|Chancellor|Director|Envoy|Head|Chief|Commander|"
    r"Spokes\w+|Representative|Chair\w*|Foreign|Defen[cs]e|General|Admiral|Deputy|Special)\b"
)
_MEDIA_HEADING = re.compile(r"media\s+highlights?|in\s+the\s+media|news|press", re.IGNORECASE)
_SOCIAL_HEADING = re.compile(r"social\s+media|follow\s+us|handles", re.IGNORECASE)
_PLATFORMS = {
    "x": "x", "twitter": "x", "facebook": "facebook", "instagram": "instagram", "linkedin": "linkedin",
    "youtube": "youtube", "threads": "threads", "bluesky": "bluesky", "mastodon": "mastodon", "tiktok": "tiktok",
    "flickr": "flickr", "website": "website", "web": "website", "site": "website", "homepage": "website",
}
_HANDLE_LINE = re.compile(
    r"^\s*(?P<owner>.+?)\s+(?:on\s+)?(?P<platform>X|Twitter|Facebook|Instagram|LinkedIn|YouTube|Threads|Bluesky|"
    r"Mastodon|TikTok|Flickr|website|web\s?site|site|homepage)\s*:\s*(?P<handle>.+?)\s*[–—-]?\s*$",
    re.IGNORECASE,
)
_TRAILING_DASH = re.compile(r"\s*[–—-]+\s*$")


def extract_profile(text: str, *, doc: Doc | None = None) -> Profile:
    """Read the profile pieces of a factsheet. Pass the extraction's ``doc`` to reuse its work."""
    if doc is None:
        doc = run(Doc(text=text), PIPELINE)
    profile = Profile()
    sections = _sections(doc)
    used: set[int] = set()
    _find_quote(doc, profile, used)
    _find_tiles(doc, profile, used)
    for index, block in enumerate(doc.blocks):
        body = text[block.start : block.end].strip()
        section = sections.get(index)
        if index in used or block.kind == "heading":
            continue
        if _COOKIE.search(body):
            continue
        if section == "social" or _HANDLE_LINE.match(body):
            handle = _handle(body, block.start)
            if handle:
                profile.social_handles.append(handle)
                continue
        if section == "media":
            title = _TRAILING_DASH.sub("", body)
            if title:
                profile.media_highlights.append(title)
            continue
        if block.kind in ("bullet", "paragraph") and (block.kind == "bullet" or len(body.split()) >= 8):
            start, end = _statement_span(text, block.start, block.end)
            lines = _lines_in(doc, start, end)
            if not lines and block.heading is not None:
                heading = doc.blocks[block.heading]
                lines = _lines_in(doc, heading.start, heading.end)
            profile.statements.append(Statement(text=text[start:end], start=start, end=end, lines=lines))
    seen: set[str] = set()
    for pattern, name in _GROUPS:
        for m in pattern.finditer(text):
            if name not in seen:
                seen.add(name)
                profile.working_groups.append(WorkingGroup(name=name, start=m.start(), end=m.end()))
    profile.working_groups.sort(key=lambda g: g.start)
    founding = _FOUNDING.search(text)
    if founding:
        year = founding.group("year")
        if year is None:
            nearby = re.search(r"\b(?:19|20)\d{2}\b", text[founding.end() : founding.end() + 40])
            year = nearby.group(0) if nearby else None
        profile.founding = Founding(True, int(year) if year else None, founding.start(), founding.end())
    else:
        joined = _JOINED.search(text)
        if joined:
            profile.founding = Founding(False, int(joined.group("year")), joined.start(), joined.end())
    return profile


def _statement_span(text: str, start: int, end: int) -> tuple[int, int]:
    m = re.match(r"\s*(?:[•·▪◦‣∙●○■□–—*>-]|\d{1,2}[.)])\s+", text[start:end])
    if m:
        start += m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sections(doc: Doc) -> dict[int, str]:
    """Which blocks sit under a media or a social-media heading."""
    result: dict[int, str] = {}
    current: str | None = None
    for index, block in enumerate(doc.blocks):
        body = doc.text[block.start : block.end]
        if block.kind == "heading" or body.rstrip().endswith(":") and len(body.split()) <= 6:
            current = "social" if _SOCIAL_HEADING.search(body) else "media" if _MEDIA_HEADING.search(body) else None
            continue
        if current and (len(body.split()) > 20 or body.lstrip()[:1] in _QUOTE_OPEN):
            current = None
        if current:
            result[index] = current
    return result


def _find_quote(doc: Doc, profile: Profile, used: set[int]) -> None:
    text = doc.text
    for index, block in enumerate(doc.blocks):
        body = text[block.start : block.end].strip()
        if len(body) < 40 or body[0] not in _QUOTE_OPEN or body[-1] not in _QUOTE_OPEN + ".":
            continue
        speaker, role = "", ""
        if index + 1 < len(doc.blocks):
            nxt = doc.blocks[index + 1]
            attribution = text[nxt.start : nxt.end].strip().lstrip("–—-― ").strip()
            if 0 < len(attribution.split()) <= 14:
                speaker, role = _split_attribution(attribution)
                used.add(index + 1)
        start = block.start + (len(text[block.start : block.end]) - len(text[block.start : block.end].lstrip()))
        profile.quote = Quote(text=body.strip(_QUOTE_OPEN + " "), speaker=speaker, role=role, start=start,
                              end=start + len(body))
        used.add(index)
        return


def _split_attribution(attribution: str) -> tuple[str, str]:
    """"Minister for Foreign Affairs, Espen Barth Eide" -> ("Espen Barth Eide", "Minister for Foreign Affairs")."""
    parts = [p.strip() for p in re.split(r",\s*|\s+[–—-]\s+", attribution) if p.strip()]
    if len(parts) < 2:
        return attribution, ""
    first, rest = parts[0], ", ".join(parts[1:])
    if _ROLE_WORDS.search(first) and not _ROLE_WORDS.search(rest):
        return rest, first
    return first, rest


def _find_tiles(doc: Doc, profile: Profile, used: set[int]) -> None:
    text = doc.text
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind == "caption" and index not in used and _tile_zone(blocks, index):
            before = blocks[index - 1] if index else None
            if before is not None and before.kind == "tile":
                continue  # taken with its figure below
            caption = text[block.start : block.end].strip()
            profile.headline_figures.append(HeadlineFigure("", caption, None, None, None, block.start, block.end))
            used.add(index)
        elif block.kind == "tile":
            caption_block = blocks[index + 1] if index + 1 < len(blocks) and blocks[index + 1].kind == "caption" else None
            figure = next((f for f in doc.figures if block.start <= f.start < block.end), None)
            tile = text[block.start : block.end].strip()
            value = unit = kind = None
            if figure is not None:
                value, kind = figure.value, figure.kind
                unit = figure.currency if figure.kind == "funding" else figure.noun
            else:
                m = re.search(r"\d[\d,]*(?:\.\d+)?", tile)
                value = float(m.group(0).replace(",", "")) if m else None
                unit = tile[m.end():].strip() or None if m else None
            end = caption_block.end if caption_block else block.end
            caption = text[caption_block.start : caption_block.end].strip() if caption_block else ""
            profile.headline_figures.append(HeadlineFigure(tile, caption, value, unit, kind, block.start, end))
            used.add(index)
            if caption_block is not None:
                used.add(index + 1)
    profile.headline_figures.sort(key=lambda h: h.start)


def _tile_zone(blocks, index: int) -> bool:
    """A lone caption counts as a tile only among other tiles or captions, not as a stray short line."""
    neighbours = blocks[max(0, index - 3) : index] + blocks[index + 1 : index + 4]
    return any(b.kind in ("tile", "caption") for b in neighbours)


def _handle(body: str, offset: int) -> SocialHandle | None:
    m = _HANDLE_LINE.match(body)
    if not m:
        return None
    platform = _PLATFORMS.get(re.sub(r"\s", "", m.group("platform").lower()), m.group("platform").lower())
    handle = _TRAILING_DASH.sub("", m.group("handle")).strip()
    owner = m.group("owner").strip()
    if platform == "website":
        owner = re.sub(r"\s+website$", "", owner, flags=re.IGNORECASE)
    return SocialHandle(platform=platform, handle=handle, owner=owner, start=offset, end=offset + len(body))
