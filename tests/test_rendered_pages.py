"""The render tests' reading of pdftotext's word boxes: a word is matched as the page shows it."""

from __future__ import annotations

from rendered_pages import bbox_words, find

PAGE = """<doc>
  <page width="595.276000" height="841.890000">
    <word xMin="72.000000" yMin="90.500000" xMax="110.250000" yMax="102.000000">AT&amp;T</word>
    <word xMin="115.000000" yMin="90.500000" xMax="140.000000" yMax="102.000000">&lt;b&gt;</word>
    <word xMin="145.000000" yMin="90.500000" xMax="190.000000" yMax="102.000000">&quot;quoted&quot;</word>
    <word xMin="195.000000" yMin="90.500000" xMax="230.000000" yMax="102.000000">O&apos;Neill</word>
    <word xMin="300.000000" yMin="120.000000" xMax="340.000000" yMax="132.000000">Plain</word>
  </page>
</doc>
"""


def test_entities_in_words_are_read_back_as_the_characters_the_page_shows():
    assert [word[0] for word in bbox_words(PAGE)] == ["AT&T", "<b>", '"quoted"', "O'Neill", "Plain"]


def test_a_word_with_an_ampersand_or_angle_brackets_is_found_with_its_box():
    found = bbox_words(PAGE)
    assert find(found, "AT&T") == (72.0, 110.25, 90.5)
    assert find(found, "<b>") == (115.0, 140.0, 90.5)
    assert find(found, "O'Neill") == (195.0, 230.0, 90.5)


def test_an_arabic_word_with_an_ampersand_is_found_in_visual_order():
    xml = '<word xMin="10.0" yMin="20.0" xMax="30.0" yMax="25.0">ب&amp;ا</word>'
    assert find(bbox_words(xml), "ا&ب") == (10.0, 30.0, 20.0)


def test_an_entity_is_decoded_once_so_an_escaped_entity_stays_text():
    xml = '<word xMin="1.0" yMin="2.0" xMax="3.0" yMax="4.0">&amp;amp;</word>'
    assert bbox_words(xml)[0][0] == "&amp;"
