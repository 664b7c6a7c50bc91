"""Interchange with other translation tools: memories, review files and termbases in their standard formats.

- :mod:`.tmx`: the memory as TMX 1.4 with names written out (other tools know nothing of slots);
- :mod:`.xliff`: an article's segments as XLIFF 1.2 for review in OmegaT, Trados or memoQ, and the way back;
- :mod:`.tbx`: the glossary as TBX-Basic;
- :mod:`.glossary_csv`: the glossary as CSV, and CSV termbases read into glossary YAML.

Every file read here is untrusted: XML goes through :mod:`toolkit.xmlsafe`,
sizes are bounded, and errors name the file and line.
"""
