"""Publish: editions, previews, pages and reports, built in memory; nothing here writes to disk.

- ``article.py``: every file of one article, as the QA gate allows (the publish stage);
- ``paths.py``: the name of every file in an output folder, and what a name is;
- ``docx.py``, ``markdown.py``: side-by-side editions (for review);
- ``monolingual.py``: editions to publish, with a date line and a source line;
- ``word.py``: what every DOCX shares: the styles that define its look
  (right-to-left paragraphs, complex-script fonts and sizes, language tags,
  the flag mark), the run builder, page and core properties;
- ``text.py``: Markdown and HTML escaping, and the marks on flagged segments;
- ``preview.py``: PDF and PNG pages of each DOCX through LibreOffice;
- ``html.py``, ``index.py``: the HTML side-by-side preview and ``index.html``;
- ``report.py``: the QA report; ``manifest.py``: what an article folder holds.

Every publisher returns bytes or text; :mod:`toolkit.batch.output` writes an
article's files in one atomic step.
"""
