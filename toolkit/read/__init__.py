"""Read: a source article (plain text, Markdown or DOCX) into a Document of sentence segments."""
