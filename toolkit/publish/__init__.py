"""Publishers turn editions into files: side-by-side DOCX and Markdown, and the QA report.

Every publisher returns bytes; :mod:`toolkit.files` writes them atomically.
"""
