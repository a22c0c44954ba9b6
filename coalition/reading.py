"""Bytes in, text out: one reader per kind of file, each raising :class:`~coalition.errors.IngestError` with a
stable code on bad input.

- ``.txt``: a byte-order mark, a ``coding:``/``charset=`` line, UTF-8, or the encoding charset-normalizer
  recognises among :data:`CANDIDATE_ENCODINGS`; the encoding used is kept on the result.
- ``.html``/``.htm``: parsed with selectolax; scripts, styles, navigation, headers, footers, forms and cookie or
  consent banners are dropped; list items become bullet lines ("• ...") and every block its own line.
- ``.pdf``: the text layer, page by page (pypdf). A PDF without one (a scan) is refused, not guessed at.
- ``.docx``: paragraphs (list paragraphs as bullets) and table rows (python-docx).

Hostile files are stopped early by :class:`ReadLimits`: a zip is unpacked once, counting real bytes, before
python-docx sees it; pypdf runs with its own stream limits; and each reader's loop spends a budget of blocks,
characters and seconds.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import time
import unicodedata
import warnings
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import PurePath

from django.core.exceptions import ImproperlyConfigured

from coalition.conf import coalition_settings
from coalition.errors import IngestError

TEXT = "text/plain"
HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

MB = 1024 * 1024
#: Used when no limit is given and Django's settings are not at hand.
DEFAULT_MAX_BYTES = 20 * MB

EXTENSIONS = {".txt": TEXT, ".text": TEXT, ".md": TEXT, ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".pdf": PDF,
              ".docx": DOCX}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
#: What charset-normalizer chooses among for text with no byte-order mark that is not UTF-8 or what it declares:
#: text with NUL bytes can only be UTF-16; other text is one of the common 8-bit encodings of our partners.
CANDIDATE_ENCODINGS_WIDE = ("utf_16_le", "utf_16_be")
CANDIDATE_ENCODINGS = ("cp1252", "latin_1", "cp1256", "iso8859_6")
_DECLARED = re.compile(rb"(?:coding[:=]|charset\s*=|encoding\s*=)\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
#: Share of control characters above which bytes are junk, not text.
MAX_CONTROL_SHARE = 0.02
#: A readable sentence has at least this many words of two or more letters.
MIN_WORDS = 2
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class ReadLimits:
    """What reading one file may unpack, yield and spend, so that a small hostile file cannot hold a worker.

    Extraction's time grows with the text, so ``text_chars`` bounds it too.
    """

    unpacked_bytes: int = 64 * MB  # all members of a zip-based file (.docx) together
    xml_bytes: int = 8 * MB  # its XML members together: python-docx parses them into trees 15-40 times as large
    members: int = 1000  # files in a zip-based file
    stream_bytes: int = 16 * MB  # one decompressed PDF stream
    pages: int = 500  # pages of a PDF
    blocks: int = 100_000  # paragraphs and table rows of a DOCX, pieces of text of an HTML page
    text_chars: int = 1_000_000  # characters of text one file may yield: some 500 pages
    seconds: float = 10.0  # wall-clock time for one read, checked inside each reader's loop


LIMITS = ReadLimits()


class _Budget:
    """The blocks, characters and seconds one read has left; each reader's loop spends it block by block."""

    def __init__(self, limits: ReadLimits):
        self.limits = limits
        self.deadline = time.monotonic() + limits.seconds
        self.blocks = 0
        self.chars = 0

    def spend(self, text: str) -> str:
        self.blocks += 1
        self.chars += len(text)
        if self.blocks > self.limits.blocks:
            raise IngestError("ingest.too_many_blocks", limit=self.limits.blocks)
        if self.chars > self.limits.text_chars:
            raise IngestError("ingest.too_much_text", limit=self.limits.text_chars)
        if time.monotonic() > self.deadline:
            raise IngestError("ingest.too_slow", seconds=self.limits.seconds)
        return text


@dataclass(frozen=True)
class ReadDocument:
    text: str
    media_type: str
    sha256: str
    title: str = ""
    encoding: str | None = None


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def detect_media_type(filename: str, data: bytes) -> str:
    """The media type from the magic bytes first, then the file name; refuses what no reader handles."""
    head = data[:1024]
    if head.startswith(b"%PDF-"):
        return PDF
    suffix = PurePath(filename or "").suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        if suffix not in ("", ".docx"):  # .odt, .xlsx, .zip: another format in a zip, never a Word file
            raise IngestError("ingest.unsupported_type", media_type=suffix)
        return DOCX
    if suffix in (".pdf", ".docx"):
        return EXTENSIONS[suffix]  # the reader will say the content is broken
    if suffix in (".html", ".htm", ".xhtml") or _HTML_START.match(_strip_bom(head)):
        return HTML
    if suffix in EXTENSIONS or not suffix:
        return TEXT
    if _looks_textual(head):
        return TEXT
    raise IngestError("ingest.unsupported_type", media_type=suffix or "unknown")


def _strip_bom(data: bytes) -> bytes:
    for bom, _ in _BOMS:
        if data.startswith(bom):
            return data[len(bom):]
    return data


def _looks_textual(head: bytes) -> bool:
    return b"\x00" not in head and all(b >= 9 for b in head[:64])


def _default_limit() -> int:
    try:
        return coalition_settings().max_upload_bytes
    except ImproperlyConfigured:  # settings not configured: pure-Python use of the readers
        return DEFAULT_MAX_BYTES


def read_document(
    data: bytes, filename: str = "", *, max_bytes: int | None = None, limits: ReadLimits = LIMITS
) -> ReadDocument:
    """Read one file's bytes into text. Raises :class:`IngestError` on anything that is not a readable document."""
    limit = _default_limit() if max_bytes is None else max_bytes
    if not data or not data.strip():
        raise IngestError("ingest.empty_file")
    if len(data) > limit:
        raise IngestError("ingest.too_large", limit=limit)
    media_type = detect_media_type(filename, data)
    reader = {TEXT: read_text, HTML: read_html, PDF: read_pdf, DOCX: read_docx}[media_type]
    text, title, encoding = reader(data, _Budget(limits))
    text = _tidy(text)
    if not text.strip():
        raise IngestError("ingest.no_text")
    if len(list(islice(_WORD.finditer(text), MIN_WORDS))) < MIN_WORDS:
        raise IngestError("ingest.no_sentence")
    return ReadDocument(text=text, media_type=media_type, sha256=sha256_of(data), title=title, encoding=encoding)


#: Ligatures and Arabic presentation forms: the glyphs a PDF's text layer often holds instead of letters ("staﬀ",
#: "conﬂict", "ﻟﻤﻤﻠﻜﺔ").
_PRESENTATION_FORMS = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufeff]+")


def _tidy(text: str) -> str:
    """Line ends, NULs, trailing spaces; and ligatures and Arabic glyphs back to the letters they join or shape, so
    that "staﬀ" is read as "staff" and "ﺟﻨﻴﻪ" as "جنيه"."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{4,}", "\n\n\n", text).strip("\n")


@contextmanager
def _parsing(kind: str, *, limit_errors: tuple[type[Exception], ...] = ()):
    """pypdf, python-docx and lxml raise almost any exception on a hostile file; each is a damaged file to us,
    except a parser's own resource limit (``limit_errors``), which is a file too complex to read."""
    try:
        yield
    except IngestError:
        raise
    except limit_errors:
        raise IngestError("ingest.too_complex", detail=kind) from None
    except Exception as error:  # the parsers' exceptions are not a closed set
        raise IngestError("ingest.malformed", detail=f"{kind}: {type(error).__name__}") from None


# --- Text ----------------------------------------------------------------------------------------------------------

def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode text bytes: byte-order mark, a declared encoding, UTF-8, then what charset-normalizer recognises.

    Returns the text and the name of the encoding used.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise IngestError("ingest.bad_encoding", encoding=encoding) from None
    if b"\x00" in data:  # valid UTF-8 and every 8-bit encoding, but in text only UTF-16 has NUL bytes
        return _detected(data, CANDIDATE_ENCODINGS_WIDE)
    if declared is None:
        m = _DECLARED.search(data[:1024])
        declared = m.group(1).decode("ascii") if m else None
    for encoding in (_known_encoding(declared), "utf-8"):
        if encoding is None:
            continue
        try:
            return _checked(data.decode(encoding)), encoding
        except UnicodeDecodeError:
            continue  # a wrong declaration is common on the web: fall through to detection
    return _detected(data, CANDIDATE_ENCODINGS)


def _known_encoding(name: str | None) -> str | None:
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def _detected(data: bytes, candidates: tuple[str, ...]) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(candidates)).best()
    if best is None:
        if candidates is CANDIDATE_ENCODINGS_WIDE or _control_share(data) > MAX_CONTROL_SHARE:
            raise IngestError("ingest.binary")
        raise IngestError("ingest.unknown_encoding")
    encoding = codecs.lookup(best.encoding).name
    try:
        return _checked(data.decode(encoding)), encoding
    except UnicodeDecodeError:  # charset-normalizer judged samples; a byte elsewhere does not fit
        raise IngestError("ingest.bad_encoding", encoding=encoding) from None


def _checked(text: str) -> str:
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise IngestError("ingest.binary")
    return text


def _control_share(sample) -> float:
    sample = sample[:8192]
    if not sample:
        return 0.0
    if isinstance(sample, bytes):
        bad = sum(1 for b in sample if b < 9 or 13 < b < 32)
    else:
        bad = sum(1 for ch in sample if ord(ch) < 9 or 13 < ord(ch) < 32)
    return bad / len(sample)


def read_text(data: bytes, budget: _Budget) -> tuple[str, str, str]:
    text, encoding = decode(data)
    return budget.spend(text), "", encoding


# --- HTML ----------------------------------------------------------------------------------------------------------

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "svg", "template",
              "button", "select", "aside", "object", "embed", "canvas")
_COOKIE = re.compile(r"cookie|consent|gdpr|cc-banner|cc-window|privacy-banner", re.IGNORECASE)
#: A table row is one line, its cells joined by " | " as in a DOCX: a row's year, place and line stay together.
_CELL_TAGS = frozenset({"td", "th"})
_BLOCK_TAGS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
                         "section", "article", "main", "ul", "ol", "dl", "dt", "dd", "figcaption", "figure",
                         "table", "br", "hr", "pre", "address", "caption", "body"})
#: Tags an HTML page may have per block of text it may yield, counted before parsing.
TAGS_PER_BLOCK = 2
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def read_html(data: bytes, budget: _Budget) -> tuple[str, str, str]:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    m = _META_CHARSET.search(data[:4096])
    html, encoding = decode(data, declared=m.group(1).decode("ascii", "replace") if m else None)
    if html.count("<") > TAGS_PER_BLOCK * budget.limits.blocks:  # the parser's tree takes ~400 bytes an element
        raise IngestError("ingest.too_many_blocks", limit=budget.limits.blocks)
    tree = HTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else ""
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for node in tree.css("[id], [class], [role], [aria-label]"):
        marks = " ".join(str(node.attributes.get(a) or "") for a in ("id", "class", "aria-label", "role"))
        if _COOKIE.search(marks) or "navigation" in marks.lower():
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return "", title, encoding
    lines: list[str] = []
    current: list[str] = []
    current_block = None
    blocks: dict[int, tuple[int | None, bool]] = {}  # element → its nearest block: (id, is a list item)
    in_list = False

    def flush():
        line = re.sub(r"\s+", " ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    new_cell = False
    for node in root.traverse(include_text=True):
        if node.tag == "br":
            flush()
            continue
        if node.tag in _CELL_TAGS:
            new_cell = True
            continue
        if node.tag != "-text":
            continue
        block_id, is_item = _block_of(node.parent, blocks)
        piece = node.text(deep=False) or ""
        if block_id != current_block:
            flush()
            current_block = block_id
            if in_list and not is_item and piece.strip():
                lines.append("")  # the list ends: its last item does not run on into the block after it
            if piece.strip():
                in_list = is_item
            if is_item:
                current.append("• ")
        elif new_cell and piece.strip() and "".join(current).strip():
            current.append(" | ")
        if piece.strip():
            new_cell = False
        current.append(budget.spend(piece))
    flush()
    return "\n".join(lines), title, encoding


def _block_of(node, known: dict) -> tuple[int | None, bool]:
    """The nearest block element at or above ``node``, remembered for every element passed on the way up, so that
    deeply nested inline elements cost one step each instead of a walk to the root for every piece of text."""
    passed = []
    found: tuple[int | None, bool] = (None, False)
    while node is not None:
        key = node.mem_id
        if key in known:
            found = known[key]
            break
        passed.append(key)
        if node.tag in _BLOCK_TAGS:
            found = (key, node.tag == "li")
            break
        node = node.parent
    for key in passed:
        known[key] = found
    return found


# --- PDF -----------------------------------------------------------------------------------------------------------

def read_pdf(data: bytes, budget: _Budget) -> tuple[str, str, None]:
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError

    limits = budget.limits
    stream = limits.stream_bytes
    pages: list[str] = []
    with _parsing("PDF", limit_errors=(LimitReachedError,)), warnings.catch_warnings(), apply_configuration(
        zlib_maximum_output_length=stream, lzw_maximum_output_length=stream,
        run_length_maximum_output_length=stream, brotli_maximum_output_length=stream,
        array_based_stream_maximum_output_length=stream, maximum_declared_stream_length=stream,
        jbig2_maximum_output_length=stream, image_maximum_buffer_size=stream, jbig2dec_binary=None,
    ):
        warnings.simplefilter("ignore")
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        if len(reader.pages) > limits.pages:
            raise IngestError("ingest.too_many_pages", limit=limits.pages)
        for page in islice(reader.pages, limits.pages):  # an encrypted file's count is its own word for it
            pages.append(budget.spend(page.extract_text() or ""))
        title = str((reader.metadata or {}).get("/Title") or "")
    text = "\n\n".join(pages)
    if not text.strip():
        raise IngestError("ingest.no_text_layer")
    return text, title, None


# --- DOCX ----------------------------------------------------------------------------------------------------------

_EOCD = b"PK\x05\x06"
#: Bytes a central directory may spend per member: 46 fixed bytes plus a name and extra fields.
CENTRAL_ENTRY_BYTES = 1024
_CHUNK = 64 * 1024


def read_docx(data: bytes, budget: _Budget) -> tuple[str, str, None]:
    import docx

    _check_archive(data, budget.limits)
    with _parsing("DOCX"):
        document = docx.Document(io.BytesIO(data))
        lines = list(_docx_blocks(document, budget))
        title = document.core_properties.title or ""
    return "\n".join(lines), title, None


def _check_archive(data: bytes, limits: ReadLimits) -> None:
    """Unpack every member once, counting the real bytes, so that a zip bomb is refused before a parser sees it.

    The central directory is sized up from its end record first, since zipfile reads all of it on opening.
    """
    end = data.rfind(_EOCD, max(0, len(data) - 22 - 0xFFFF))
    if end >= 0 and len(data) >= end + 22:
        entries = int.from_bytes(data[end + 10:end + 12], "little")
        directory = int.from_bytes(data[end + 12:end + 16], "little")
        if entries > limits.members or directory > limits.members * CENTRAL_ENTRY_BYTES:
            raise IngestError("ingest.too_many_members", limit=limits.members)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > limits.members:
                raise IngestError("ingest.too_many_members", limit=limits.members)
            if sum(member.file_size for member in members) > limits.unpacked_bytes:
                raise IngestError("ingest.too_large_unpacked", limit=limits.unpacked_bytes)
            unpacked = xml = 0
            for member in members:
                size = 0
                is_xml = None
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        if is_xml is None:
                            is_xml = _looks_like_xml(chunk)
                        size += len(chunk)
                        unpacked += len(chunk)
                        xml += len(chunk) if is_xml else 0
                        if size > member.file_size or unpacked > limits.unpacked_bytes:
                            raise IngestError("ingest.too_large_unpacked", limit=limits.unpacked_bytes)
                        if xml > limits.xml_bytes:
                            raise IngestError("ingest.too_large_unpacked", limit=limits.xml_bytes)
                if size != member.file_size:
                    raise IngestError("ingest.truncated", detail=member.filename)
    except (zipfile.BadZipFile, EOFError, zlib.error) as error:
        raise IngestError("ingest.truncated", detail=f"DOCX: {error}") from None
    except (NotImplementedError, RuntimeError, ValueError, OSError) as error:  # unknown compression, encryption
        raise IngestError("ingest.malformed", detail=f"DOCX: {type(error).__name__}") from None


def _looks_like_xml(head: bytes) -> bool:
    """Whether lxml would parse the member: judged by its bytes, since a package may call any part XML."""
    for bom, _ in _BOMS:
        if head.startswith(bom):
            return True
    return head.lstrip()[:1] == b"<"


def _docx_blocks(document, budget: _Budget):
    """Paragraphs and table rows as lines; every one, blank or not, is spent from the budget."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    # Style names by id, looked up once: python-docx's ``paragraph.style`` scans every style for each paragraph.
    style_names = {style.style_id: style.name or "" for style in document.styles}
    in_list = False
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = budget.spend(item.text.strip())
            if not text:
                yield ""
                continue
            style = style_names.get(item._p.style, "")
            is_list = style.lower().startswith("list") or item._p.pPr is not None and item._p.pPr.numPr is not None
            if in_list and not is_list:
                yield ""  # the list ends: its last item does not run on into the paragraph after it
            in_list = is_list
            yield f"• {text}" if is_list else text
            if style.lower().startswith(("title", "heading")):
                yield ""  # a headline without a stop does not run on into the dateline under it
        elif isinstance(item, Table):
            for row in item.rows:
                line = budget.spend(" | ".join(dict.fromkeys(text for text in _row_texts(row) if text)))
                if line:
                    yield line


def _row_texts(row) -> list[str]:
    """The text of each cell of a table row, read from the XML rather than ``row.cells``, which repeats a cell for
    every grid column it spans (a hostile ``gridSpan`` asks for billions)."""
    from docx.table import _Cell

    texts = []
    for tc in row._tr.tc_lst:
        while tc.vMerge == "continue":  # the rest of a vertical merge: its text is in the cell above
            try:
                tc = tc._tc_above
            except ValueError:  # a merge that starts nowhere
                break
        texts.append(_Cell(tc, row.table).text.strip())
    return texts
