"""Formatting fitted to a translation: kept where the template has it, aligned to names or the whole sentence,
reported where neither places it."""

import pytest

from toolkit.read.markdown import parse_markdown
from toolkit.slots import Template
from toolkit.translate.formatting import fit, source_template


def segment(markdown: str, glossary):
    """The first sentence of a one-paragraph Markdown article, matched against the glossary."""
    from toolkit.glossary.match import Matcher

    document = parse_markdown(f"# T\n\n{markdown}\n")
    found = document.blocks[1].segments[0]
    found.mentions = tuple(Matcher(glossary).find(found.text))
    return found


TURKEY_RU = Template.parse(
    "{turkey} держит в {syria:prep} около дюжины военных наблюдательных постов согласно "
    "договоренностям, достигнутым в {sochi:prep} президентами {putin:short+ins} и "
    "{erdogan:short+ins} в сентябре 2018 года."
)
TURKEY_EN = (
    "Turkey keeps some dozen military observation posts in Syria under the Sochi deal reached by presidents "
    "{} in September 2018."
)


def test_bold_names_wrap_their_slots(glossary):
    source = segment(TURKEY_EN.format("**Putin** and **Erdogan**"), glossary)
    template, problems = fit(TURKEY_RU, source)
    assert "президентами {#b1}{putin:short+ins}{/b1} и {#b2}{erdogan:short+ins}{/b2} в" in template.code
    assert problems == []


def test_a_link_over_two_names_wraps_both_slots(glossary):
    source = segment(TURKEY_EN.format("[Putin and Erdogan](https://example.com/summit)"), glossary)
    template, problems = fit(TURKEY_RU, source)
    assert "{#a1}{putin:short+ins} и {erdogan:short+ins}{/a1}" in template.code and problems == []


def test_a_possessive_inside_the_bold_still_wraps_the_name(glossary):
    source = segment("**Erdogan's** saviour met Assad.", glossary)
    template, problems = fit(Template.parse("Спаситель {erdogan:short+gen} встретился с {assad:short+ins}."), source)
    assert template.code == "Спаситель {#b1}{erdogan:short+gen}{/b1} встретился с {assad:short+ins}." and not problems


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("**Putin met Erdogan.**", "{#b1}{putin:short} встретился с {erdogan:short+ins}.{/b1}"),
        ("**Putin met Erdogan**.", "{#b1}{putin:short} встретился с {erdogan:short+ins}{/b1}."),
        ("*Putin met Erdogan*!", "{#i1}{putin:short} встретился с {erdogan:short+ins}{/i1}."),
    ],
)
def test_formatting_over_the_whole_sentence_wraps_the_whole_translation(glossary, markdown, expected):
    template, problems = fit(
        Template.parse("{putin:short} встретился с {erdogan:short+ins}."), segment(markdown, glossary)
    )
    assert template.code == expected and problems == []


def test_inline_code_replaces_its_text_where_the_translation_has_it_verbatim(glossary):
    source = segment("Putin typed `rm -rf` twice.", glossary)
    template, problems = fit(Template.parse("{putin:short} дважды набрал rm -rf."), source)
    assert template.code == "{putin:short} дважды набрал {#code1/}." and problems == []


def test_what_the_translation_cannot_show_is_reported_links_and_code_as_errors(glossary):
    source = segment("Putin signed [the deal](https://example.com/deal) with *great* care: `x = 1`.", glossary)
    template, problems = fit(Template.parse("{putin:short} очень тщательно подписал соглашение: y."), source)
    assert template.tags == []
    assert [(p.severity, p.code) for p in problems] == [
        ("error", "format-lost"),
        ("warning", "emphasis-lost"),
        ("error", "format-lost"),
    ]
    assert problems[0].message.startswith("the link on 'the deal' (https://example.com/deal) could not be placed")


def test_stored_tags_that_agree_with_the_source_are_kept_and_stale_ones_replaced(glossary):
    source = segment("Putin signed [the deal](https://example.com/new) with **Erdogan**.", glossary)
    stored = Template.parse("{putin:short} подписал {#a1}соглашение{/a1} с {#i2}{erdogan:short+ins}{/i2}.")
    template, problems = fit(stored, source)
    assert template.code == "{putin:short} подписал {#a1}соглашение{/a1} с {#b2}{erdogan:short+ins}{/b2}."
    assert problems == []


def test_without_formatting_in_the_source_a_template_loses_its_tags(glossary):
    source = segment("Putin signed the deal.", glossary)
    template, problems = fit(Template.parse("{#b1}{putin:short}{/b1} подписал соглашение."), source)
    assert template.code == "{putin:short} подписал соглашение." and not problems


def test_the_english_of_a_unit_carries_its_formatting_as_tags(glossary):
    source = segment("**Putin** read [`main.py`](https://x.org/main.py) and <https://x.org>.  \nThen left", glossary)
    assert source_template(source).code == "{#b1}Putin{/b1} read {#a2}main.py{/a2} and https://x.org.{#br5/}"


@pytest.mark.timeout(30)  # the hang guard: the end of the sentence's words was looked for from every position
def test_a_sentence_with_a_long_run_of_commas_is_read_once(glossary):
    markdown = "**Putin met Erdogan" + ", " * 50_000 + "today.**"
    template, _ = fit(
        Template.parse("{putin:short} встретился с {erdogan:short+ins} сегодня."), segment(markdown, glossary)
    )
    assert template.code == "{#b1}{putin:short} встретился с {erdogan:short+ins} сегодня.{/b1}"
