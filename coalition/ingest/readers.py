"""Bytes in, text out: one reader per kind of file, each raising :class:`~coalition.errors.IngestError` with a
stable code on bad input.

- ``.txt``: UTF-8, or the encoding a byte-order mark or a ``coding:``/``charset=`` line declares.
- ``.html``/``.htm``: parsed with selectolax; scripts, styles, navigation, headers, footers, forms and cookie or
  consent banners are dropped; list items become bullet lines ("• ...") and every block its own line.
- ``.pdf``: the text layer, page by page (pypdf). A PDF without one (a scan) is refused, not guessed at.
- ``.docx``: paragraphs (list paragraphs as bullets) and table rows (python-docx).

The codes: ``ingest.empty_file``, ``ingest.too_large``, ``ingest.binary``, ``ingest.bad_encoding``,
``ingest.no_text``, ``ingest.no_text_layer``, ``ingest.truncated``, ``ingest.malformed``,
``ingest.unsupported_type``.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from coalition.errors import IngestError

TEXT = "text/plain"
HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

#: Used when no limit is given and Django's settings are not at hand.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

EXTENSIONS = {".txt": TEXT, ".text": TEXT, ".md": TEXT, ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".pdf": PDF,
              ".docx": DOCX}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"(?:coding[:=]|charset\s*=|encoding\s*=)\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
#: Share of control characters above which bytes are junk, not text.
MAX_CONTROL_SHARE = 0.02


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
    from django.core.exceptions import ImproperlyConfigured

    try:
        from coalition.conf import coalition_settings

        return coalition_settings().max_upload_bytes
    except ImproperlyConfigured:  # settings not configured: pure-Python use of the readers
        return DEFAULT_MAX_BYTES


def read_document(data: bytes, filename: str = "", *, max_bytes: int | None = None) -> ReadDocument:
    """Read one file's bytes into text. Raises :class:`IngestError` on anything that is not a readable document."""
    limit = _default_limit() if max_bytes is None else max_bytes
    if not data or not data.strip():
        raise IngestError("ingest.empty_file")
    if len(data) > limit:
        raise IngestError("ingest.too_large", limit=limit)
    media_type = detect_media_type(filename, data)
    reader = {TEXT: read_text, HTML: read_html, PDF: read_pdf, DOCX: read_docx}[media_type]
    text, title, encoding = reader(data)
    text = _tidy(text)
    if not text.strip():
        raise IngestError("ingest.no_text")
    return ReadDocument(text=text, media_type=media_type, sha256=sha256_of(data), title=title, encoding=encoding)


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{4,}", "\n\n\n", text).strip("\n")


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode text bytes: byte-order mark, then a declared encoding, then UTF-8 (strict)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise IngestError("ingest.bad_encoding", encoding=encoding) from None
    if b"\x00" in data[:4096]:
        raise IngestError("ingest.binary")
    if declared is None:
        m = _DECLARED.search(data[:1024])
        declared = m.group(1).decode("ascii") if m else None
    encoding = "utf-8"
    if declared:
        try:
            encoding = codecs.lookup(declared).name
        except LookupError:
            encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if _control_share(data) > MAX_CONTROL_SHARE:
            raise IngestError("ingest.binary") from None
        raise IngestError("ingest.bad_encoding", encoding=encoding) from None
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise IngestError("ingest.binary")
    return text, encoding


def _control_share(sample) -> float:
    sample = sample[:8192]
    if not sample:
        return 0.0
    if isinstance(sample, bytes):
        bad = sum(1 for b in sample if b < 9 or 13 < b < 32)
    else:
        bad = sum(1 for ch in sample if ord(ch) < 9 or 13 < ord(ch) < 32)
    return bad / len(sample)


def read_text(data: bytes) -> tuple[str, str, str]:
    text, encoding = decode(data)
    return text, "", encoding


# --- HTML ----------------------------------------------------------------------------------------------------------

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "svg", "template",
              "button", "select", "aside", "object", "embed", "canvas")
_COOKIE = re.compile(r"cookie|consent|gdpr|cc-banner|cc-window|privacy-banner", re.IGNORECASE)
_BLOCK_TAGS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "blockquote",
                         "section", "article", "main", "ul", "ol", "dl", "dt", "dd", "figcaption", "figure",
                         "table", "br", "hr", "pre", "address", "caption", "body"})
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def read_html(data: bytes) -> tuple[str, str, str]:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    m = _META_CHARSET.search(data[:4096])
    html, encoding = decode(data, declared=m.group(1).decode("ascii") if m else "utf-8")
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

    def flush():
        line = re.sub(r"\s+", " ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    for node in root.traverse(include_text=True):
        if node.tag == "br":
            flush()
            continue
        if node.tag != "-text":
            continue
        block = node.parent
        while block is not None and block.tag not in _BLOCK_TAGS:
            block = block.parent
        block_id = block.mem_id if block is not None else None
        if block_id != current_block:
            flush()
            current_block = block_id
            if block is not None and block.tag == "li":
                current.append("• ")
        current.append(node.text(deep=False) or "")
    flush()
    return "\n".join(lines), title, encoding


# --- PDF -----------------------------------------------------------------------------------------------------------

def read_pdf(data: bytes) -> tuple[str, str, None]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                reader.decrypt("")
            pages = [page.extract_text() or "" for page in reader.pages]
            title = str((reader.metadata or {}).get("/Title") or "")
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            NotImplementedError, RecursionError) as error:
        raise IngestError("ingest.malformed", detail=f"PDF: {type(error).__name__}") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise IngestError("ingest.no_text_layer")
    return text, title, None


# --- DOCX ----------------------------------------------------------------------------------------------------------

def read_docx(data: bytes) -> tuple[str, str, None]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            broken = archive.testzip()
            if broken is not None:
                raise IngestError("ingest.truncated", detail=broken)
        document = docx.Document(io.BytesIO(data))
    except IngestError:
        raise
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as error:
        raise IngestError("ingest.truncated", detail=f"DOCX: {error}") from None
    except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise IngestError("ingest.malformed", detail=f"DOCX: {type(error).__name__}") from None
    lines: list[str] = []
    for block in _docx_blocks(document):
        lines.append(block)
    title = document.core_properties.title or ""
    return "\n".join(lines), title, None


def _docx_blocks(document):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if not text:
                yield ""
                continue
            style = (item.style.name if item.style is not None else "") or ""
            is_list = style.lower().startswith("list") or item._p.pPr is not None and item._p.pPr.numPr is not None
            yield f"• {text}" if is_list else text
        elif isinstance(item, Table):
            for row in item.rows:
                cells = [c.text.strip() for c in row.cells if c.text.strip()]
                if cells:
                    yield " | ".join(dict.fromkeys(cells))
