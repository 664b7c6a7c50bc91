"""A court report and an economy story, translated from a reviewed memory, as a reader of each edition reads
them: a quotation that runs over two sentences closes with the right mark, numbers and units in house style."""

import pytest
from desk_runs import published_markdown

from toolkit.localise import LRI, NBSP, PDI

ARTICLE = """# Minister jailed as lira slides

His lawyer said: "My client will appeal. As he said in court, 'This is a political case.'"

Inflation eased to 44.38% from 47.1%, against -0.8% growth; visibility fell to 500 m.
"""

REVIEWED = {
    "Minister jailed as lira slides": {
        "ru": "Министр осуждён, лира падает",
        "fa": "وزیر زندانی شد و لیر سقوط کرد",
        "tr": "Bakan hapse girdi, lira düşüyor",
        "ar": "سجن الوزير وتراجع الليرة",
    },
    'His lawyer said: "My client will appeal.': {
        "ru": 'Его адвокат сказал: "Мой подзащитный подаст апелляцию.',
        "fa": 'وکیلش گفت: "موکلم درخواست تجدیدنظر می‌دهد.',
        "tr": 'Avukatı şunları söyledi: "Müvekkilim itiraz edecek.',
        "ar": 'وقال محاميه: "سيستأنف موكلي الحكم.',
    },
    "As he said in court, 'This is a political case.'\"": {
        "ru": "Как он сказал в суде, 'Это политическое дело.'\"",
        "fa": "همان‌طور که در دادگاه گفت، 'این یک پرونده‌ی سیاسی است.'\"",
        "tr": "Mahkemede dediği gibi, 'Bu siyasi bir dava.'\"",
        "ar": "وكما قال في المحكمة، 'هذه قضية سياسية.'\"",
    },
    "Inflation eased to 44.38% from 47.1%, against -0.8% growth; visibility fell to 500 m.": {
        "ru": "Инфляция замедлилась до 44.38% с 47.1% при росте -0.8%; видимость упала до 500 м.",
        "fa": "تورم از 47.1% به 44.38% رسید، در برابر رشد -0.8%؛ دید به 500 متر رسید.",
        "tr": "Enflasyon 47.1% seviyesinden 44.38% seviyesine geriledi, büyüme -0.8%; görüş 500 m oldu.",
        "ar": "تراجع التضخم إلى 44.38% من 47.1%، مقابل نمو -0.8%؛ وتراجعت الرؤية إلى 500 متر.",
    },
}


@pytest.fixture
def published(workspace):
    """The article's editions to publish, per language (Markdown), from a run over the reviewed memory."""
    return published_markdown(workspace, "court", ARTICLE, REVIEWED)


def test_a_quotation_over_two_sentences_closes_with_the_locale_s_closing_mark(published):
    assert "«Мой подзащитный подаст апелляцию. Как он сказал в суде, „Это политическое дело.“»" in published["ru"]
    assert "«موکلم درخواست تجدیدنظر می‌دهد. همان‌طور که در دادگاه گفت، ‹این یک پرونده‌ی سیاسی است.›»" in published["fa"]
    assert "“Müvekkilim itiraz edecek. Mahkemede dediği gibi, ‘Bu siyasi bir dava.’”" in published["tr"]
    # newsroom.yaml sets «» for Arabic
    assert "«سيستأنف موكلي الحكم. وكما قال في المحكمة، ’هذه قضية سياسية.‘»" in published["ar"]


def test_numbers_and_units_read_in_each_edition_s_house_style(published):
    assert f"до 44,38{NBSP}% с 47,1{NBSP}% при росте -0,8{NBSP}%; видимость упала до 500{NBSP}м." in published["ru"]
    assert f"%47,1 seviyesinden %44,38 seviyesine geriledi, büyüme -%0,8; görüş 500{NBSP}m oldu." in published["tr"]
    assert f"از ۴۷٫۱٪ به ۴۴٫۳۸٪ رسید، در برابر رشد {LRI}−۰٫۸٪{PDI}؛ دید به ۵۰۰{NBSP}متر رسید." in published["fa"]
    assert f"إلى 44.38% من 47.1%، مقابل نمو {LRI}-0.8%{PDI}؛ وتراجعت الرؤية إلى 500{NBSP}متر." in published["ar"]
