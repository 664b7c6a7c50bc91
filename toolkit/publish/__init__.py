"""Publishers turn editions into files, in memory: nothing here writes to disk.

- ``docx.py``, ``markdown.py``: side-by-side editions (for review);
- ``monolingual.py``: editions to publish, with a date line and a source line;
- ``word.py``: what every DOCX shares: the styles that define its look
  (right-to-left paragraphs, complex-script fonts and sizes, language tags,
  the flag mark), the run builder, page and core properties;
- ``preview.py``: PDF and PNG pages of each DOCX through LibreOffice;
- ``html.py``, ``index.py``: the HTML side-by-side preview and ``index.html``;
- ``report.py``: the QA report.

Every publisher returns bytes or text; :mod:`toolkit.files` writes them atomically.
"""
