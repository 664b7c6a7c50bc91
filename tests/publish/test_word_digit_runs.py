"""Arabic-Indic and Persian digits in a left-to-right run of right-to-left text (a date, a range, a score kept in
order by isolates: ۲۰۲۴-۰۳-۰۵, ۱۰–۱۵٪) are a DOCX run that says what is meant: no w:rtl (the run reads left to
right; a right-to-left run sets its hyphen and parts in the paragraph's direction, in Word as the DOCX specification
has it), but w:cs (its digits are complex script: the language's font and size) and w:lang with the language as
@w:bidi. Arabic words and Latin words keep their own runs and styles."""

import pytest
from docx.oxml.ns import qn
from wordxml import style

from toolkit.document import Piece
from toolkit.languages import language
from toolkit.localise import LRI, PDI
from toolkit.publish.word import Faces, StyleSheet, new_document


def runs_of(code, text):
    document = new_document()
    sheet = StyleSheet(document, Faces(fonts=(("fa", "Vazirmatn"), ("ar", "Noto Naskh Arabic"))))
    paragraph = document.add_paragraph()
    sheet.run_styles(language(code)).append(paragraph, [Piece(text)])
    found = []
    for run in paragraph._p.iter(qn("w:r")):
        style_id = run.find(qn("w:rPr")).find(qn("w:rStyle")).get(qn("w:val"))
        found.append(("".join(t.text for t in run.iter(qn("w:t"))), style_id))
    return document, found


def properties(document, style_id):
    rpr = style(document, style_id).find(qn("w:rPr"))
    return {child.tag.split("}")[1]: dict(child.attrib) for child in rpr}


@pytest.mark.parametrize(
    ("code", "text", "digits"),
    [
        ("fa", f"بازی در {LRI}۲۰۲۴-۰۳-۰۵{PDI} تمام شد", f"{LRI}۲۰۲۴-\u2060۰۳-\u2060۰۵{PDI}"),
        ("fa", f"قیمت‌ها {LRI}۱۰-۱۵٪{PDI} بالا رفت", f"{LRI}۱۰-\u2060۱۵٪{PDI}"),
        ("fa", f"گزارش {LRI}(۱۲){PDI} صفحه", f"{LRI}(۱۲){PDI}"),
        ("ar", f"في {LRI}٢٠١٩–٢٠٢١{PDI} ارتفعت", f"{LRI}٢٠١٩–\u2060٢٠٢١{PDI}"),
    ],
)
def test_digits_of_a_left_to_right_run_are_one_run_without_rtl_with_complex_script_formatting(code, text, digits):
    document, runs = runs_of(code, text)
    ((_, style_id),) = [run for run in runs if run[0] == digits]
    name = language(code).english_name
    assert style_id == f"Numbersin{name}"
    rpr = properties(document, style_id)
    assert "rtl" not in rpr
    assert "cs" in rpr
    locale = language(code).word_locale
    assert rpr["lang"] == {qn("w:val"): locale, qn("w:bidi"): locale}
    assert (
        rpr["rFonts"][qn("w:cs")] == dict(Faces(fonts=(("fa", "Vazirmatn"), ("ar", "Noto Naskh Arabic"))).fonts)[code]
    )
    # the words around it keep the language's own right-to-left style
    assert all(style == name for text, style in runs if text != digits)
    assert "rtl" in properties(document, name)


@pytest.mark.parametrize(
    "letter",
    [
        "\u0639",  # Arabic
        "\u0750",  # Arabic Supplement
        "\u0886",  # Arabic Extended-B
        "\u08a6",  # Arabic Extended-A
        "\ufeed",  # a presentation form (waw), as copied from a PDF
    ],
)
def test_an_isolated_span_holding_an_arabic_script_letter_of_any_block_keeps_it_in_the_right_to_left_runs(letter):
    _, runs = runs_of("ar", f"قال {LRI}Energy {letter}{PDI} إن")
    assert ("Energy", "LatininArabic") in runs
    assert all(letter not in text for text, style in runs if style != "Arabic"), runs


def test_a_latin_run_and_digits_of_0_9_keep_the_latin_style_and_no_numbers_style_is_added_for_them():
    document, runs = runs_of("ar", f"قال {LRI}Energy Aspects{PDI} إن {LRI}2019–2021{PDI}")
    assert ("\u2066Energy Aspects\u2069", "LatininArabic") in runs
    assert ("\u20662019–\u20602021\u2069", "LatininArabic") in runs
    assert document.styles.element.find(f"{qn('w:style')}[@{qn('w:styleId')}='NumbersinArabic']") is None
