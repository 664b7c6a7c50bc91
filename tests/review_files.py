"""Review DOCX editions edited as a reviewer would, for tests: rows found by their ID, cells retyped."""

from __future__ import annotations

from pathlib import Path

import docx

# the test copy model's reference: a "translation" it gives is the English, which the review edition marks
COPY_MODEL = "translate-en_ru 1.0"

# a story no memory holds, and its translations as a reviewer corrects them: names in the forms sentences need
STORY = """Mamlouk Meets Fidan in Moscow

General Ali Mamlouk met Hakan Fidan in Moscow on Monday. Erdogan's envoy spoke with Mamlouk for 3 hours.

Talks in Tehran

Fidan flew to Tehran and then to Ankara.
"""
ENGLISH = {
    "1.1": "Mamlouk Meets Fidan in Moscow",
    "2.1": "General Ali Mamlouk met Hakan Fidan in Moscow on Monday.",
    "2.2": "Erdogan's envoy spoke with Mamlouk for 3 hours.",
    "3.1": "Talks in Tehran",
    "4.1": "Fidan flew to Tehran and then to Ankara.",
}
REVIEWED = {
    "ru": {
        "1.1": "Мамлюк встречается с Фиданом в Москве",
        "2.1": "Генерал Али Мамлюк встретился с Хаканом Фиданом в Москве в понедельник.",
        "2.2": "Посланник Эрдогана проговорил с Мамлюком 3 часа.",
        "3.1": "Переговоры в Тегеране",
        "4.1": "Фидан вылетел в Тегеран, а затем в Анкару.",
    },
    "tr": {
        "1.1": "Memluk, Moskova'da Fidan ile görüşüyor",
        "2.1": "General Ali Memluk, pazartesi günü Moskova'da Hakan Fidan ile görüştü.",
        "2.2": "Erdoğan'ın elçisi Memluk ile 3 saat görüştü.",
        "3.1": "Tahran'da görüşmeler",
        "4.1": "Fidan önce Tahran'a, ardından Ankara'ya uçtu.",
    },
    "ar": {
        "1.1": "مملوك يلتقي فيدان في موسكو",
        "2.1": "التقى اللواء علي مملوك بهاكان فيدان في موسكو يوم الاثنين.",
        "2.2": "تحدث مبعوث أردوغان مع مملوك لمدة 3 ساعات.",
        "3.1": "محادثات في طهران",
        "4.1": "توجه فيدان إلى طهران ثم إلى أنقرة.",
    },
    "fa": {
        "1.1": "دیدار مملوک با فیدان در مسکو",
        "2.1": "ژنرال علی مملوک روز دوشنبه با هاکان فیدان در مسکو دیدار کرد.",
        "2.2": "فرستاده\u200cی اردوغان ۳ ساعت با مملوک گفت\u200cوگو کرد.",
        "3.1": "گفت\u200cوگوها در تهران",
        "4.1": "فیدان به تهران و سپس به آنکارا پرواز کرد.",
    },
}
# names as the memory must store them: every name a slot, in the form the reviewer wrote
SLOTS = {
    "ru": {
        "2.2": "Посланник {erdogan:short+gen} проговорил с {mamlouk:short+ins} 3 часа.",
        "4.1": "{fidan:short} вылетел в {tehran:acc}, а затем в {ankara:acc}.",
    },
    "tr": {
        "2.2": "{erdogan:short+gen} elçisi {mamlouk:short} ile 3 saat görüştü.",
        "4.1": "{fidan:short} önce {tehran:dat}, ardından {ankara:dat} uçtu.",
    },
    "ar": {"2.1": "التقى اللواء {mamlouk} {fidan:bi} في {moscow} يوم الاثنين."},
    "fa": {"2.2": "فرستاده\u200cی {erdogan:short} 3 ساعت با {mamlouk:short} گفت\u200cوگو کرد."},
}
LANGUAGES = ("ru", "tr", "ar", "fa")


def rows(document) -> list:
    """The rows of the review table under its header."""
    return list(document.tables[0].rows[1:])


def row_of(document, segment_id: str):
    return next(row for row in rows(document) if row.cells[0].text == segment_id)


def retype(cell, text: str) -> None:
    """Replace a cell's text as a person would: its first paragraph's runs and links go, the new text comes."""
    from docx.oxml.ns import qn

    paragraph = cell.paragraphs[0]
    for child in list(paragraph._p):
        if child.tag in (qn("w:r"), qn("w:hyperlink")):
            paragraph._p.remove(child)
    paragraph.add_run(text)


def correct(path: Path, translations: dict[str, str], out: Path | None = None, reviewer: str | None = None) -> Path:
    """Retype the translation cell of each row named in ``translations`` (ID -> text); save to ``out`` or in place."""
    document = docx.Document(str(path))
    for segment_id, text in translations.items():
        retype(row_of(document, segment_id).cells[2], text)
    if reviewer is not None:
        document.core_properties.last_modified_by = reviewer
    target = out or path
    document.save(str(target))
    return target


def type_over_runs(path: Path, translations: dict[str, list[str]], out: Path) -> Path:
    """Type over the runs of each named row's translation cell in turn (ID -> one text per run, links' runs
    included): a reviewer who selects a bold word and types keeps it bold. Runs past the texts are emptied."""
    from docx.oxml.ns import qn

    document = docx.Document(str(path))
    for segment_id, texts in translations.items():
        cell = row_of(document, segment_id).cells[2]
        runs = [run for run in cell._tc.iter(qn("w:r")) if run.find(qn("w:t")) is not None]
        assert len(texts) <= len(runs), f"{segment_id}: {len(texts)} texts for {len(runs)} runs"
        for index, run in enumerate(runs):
            first, *others = run.findall(qn("w:t"))
            first.text = texts[index] if index < len(texts) else ""
            first.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            for other in others:
                run.remove(other)
    document.save(str(out))
    return out
