"""Previews: every DOCX rendered to PDF and PNG pages through LibreOffice, for editors without Word.

Beside ``<folder>/<stem>.docx`` go ``<folder>/preview/<stem>.pdf`` and
``<stem>-1.png``, ``<stem>-2.png``... (names from :mod:`toolkit.publish.paths`). Rendering happens in a temporary folder
and returns bytes, so previews are written with their article's files, in one step. Each
LibreOffice process gets its own profile (``-env:UserInstallation``; two
processes sharing one wait on each other or fail) and a time limit; the
documents are shared between as many processes as there are cores.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..errors import UserError
from .paths import preview_page, preview_pdf

SECONDS_PER_DOCUMENT = 20
INSTALL_HINT = (
    "install LibreOffice Writer and poppler (Debian/Ubuntu: "
    "`apt-get install libreoffice-writer-nogui poppler-utils`), or leave out --preview"
)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise UserError(f"--preview needs {name}, which is not installed", fix=INSTALL_HINT)
    return found


def require_tools() -> None:
    """Fail early, before any article is translated, when a tool previews need is missing."""
    _tool("soffice")
    _tool("pdftoppm")


def _run(command: list[str], timeout: float, what: str) -> subprocess.CompletedProcess:
    """Run a tool in its own process group, so a time-out ends LibreOffice's helper processes too."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise UserError(
            f"{what} took longer than {timeout:.0f} s and was stopped",
            fix="check that LibreOffice starts (`soffice --headless --version`); nothing was written",
        ) from None
    return subprocess.CompletedProcess(command, process.returncode, output.decode("utf-8", "replace"), "")


def _convert_batch(soffice: str, documents: list[Path], out_dir: Path, profile: Path) -> subprocess.Popen:
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out_dir),
        *map(str, documents),
    ]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)


def render_pdfs(documents: dict[str, bytes], workers: int | None = None) -> dict[str, bytes]:
    """Convert DOCX documents (file name -> bytes) to PDF (same name, .pdf -> bytes) with LibreOffice."""
    soffice = _tool("soffice")
    workers = max(1, min(workers or os.cpu_count() or 1, len(documents)))
    with tempfile.TemporaryDirectory(prefix="toolkit-preview-") as temporary:
        root = Path(temporary)
        (root / "in").mkdir()
        paths = []
        for name, data in documents.items():
            path = root / "in" / name
            path.write_bytes(data)
            paths.append(path)
        batches = [paths[index::workers] for index in range(workers)]
        timeout = 30 + SECONDS_PER_DOCUMENT * len(batches[0])
        processes = [
            _convert_batch(soffice, batch, root / "out", root / f"profile-{index}")
            for index, batch in enumerate(batches)
        ]
        try:
            outputs = [process.communicate(timeout=timeout)[0] for process in processes]
        except subprocess.TimeoutExpired:
            for process in processes:
                if process.poll() is None:
                    os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
            raise UserError(
                f"LibreOffice took longer than {timeout} s to render the previews and was stopped",
                fix="check that LibreOffice starts (`soffice --headless --version`); nothing was written",
            ) from None
        pdfs = {}
        for name in documents:
            pdf = root / "out" / (Path(name).stem + ".pdf")
            if not pdf.is_file():
                log = " ".join(b"".join(outputs).decode("utf-8", "replace").split())[-300:]
                raise UserError(
                    f"LibreOffice could not render {name} to PDF ({log or 'no output'})",
                    fix="open the DOCX in LibreOffice to see why; nothing was written",
                )
            pdfs[name] = pdf.read_bytes()
        return pdfs


def pdf_pages(pdf: bytes, dpi: int) -> list[bytes]:
    """Every page of a PDF as PNG bytes (poppler's pdftoppm), in page order."""
    pdftoppm = _tool("pdftoppm")
    with tempfile.TemporaryDirectory(prefix="toolkit-pages-") as temporary:
        root = Path(temporary)
        (root / "document.pdf").write_bytes(pdf)
        result = _run(
            [pdftoppm, "-r", str(dpi), "-png", str(root / "document.pdf"), str(root / "page")],
            timeout=60,
            what="pdftoppm",
        )
        pages = sorted(root.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        if result.returncode or not pages:
            raise UserError(
                f"pdftoppm could not draw the preview pages ({result.stdout.strip()[-200:]})", fix=INSTALL_HINT
            )
        return [page.read_bytes() for page in pages]


def render_previews(files: dict[str, bytes | str], dpi: int) -> dict[str, bytes]:
    """The PDF and PNG pages of every DOCX among an article's files (relative names), built in memory."""
    documents = {
        relative: data for relative, data in files.items() if relative.endswith(".docx") and isinstance(data, bytes)
    }
    if not documents:
        return {}
    _tool("pdftoppm")  # fail before the slow part if the second tool is missing
    names = {f"{index}-{Path(relative).name}": relative for index, relative in enumerate(documents)}  # unique
    pdfs = render_pdfs({name: documents[relative] for name, relative in names.items()})
    previews: dict[str, bytes] = {}
    for name, relative in names.items():
        previews[preview_pdf(relative)] = pdfs[name]
        for number, page in enumerate(pdf_pages(pdfs[name], dpi), 1):
            previews[preview_page(relative, number)] = page
    return previews
