"""Templates: names as slots and formatting as tags, written and parsed back alike."""

from toolkit.slots import CLOSE, OPEN, STANDALONE, Slot, Tag, Template


def test_tags_and_slots_parse_and_write_back():
    code = "{#b1}{putin:short}{/b1} встретился с {#a2}{erdogan:short+ins}{/a2}:{#br3/}{#code4/}."
    template = Template.parse(code)
    assert template.parts == (
        Tag(1, "b", OPEN),
        Slot("putin", True),
        Tag(1, "b", CLOSE),
        " встретился с ",
        Tag(2, "a", OPEN),
        Slot("erdogan", True, ("ins",)),
        Tag(2, "a", CLOSE),
        ":",
        Tag(3, "br", STANDALONE),
        Tag(4, "code", STANDALONE),
        ".",
    )
    assert template.code == code
    assert [slot.entry_id for slot in template.slots] == ["putin", "erdogan"]


def test_a_tag_never_reads_as_a_slot_and_a_slot_never_as_a_tag():
    assert Template.parse("{b1}").slots == [Slot("b1")]
    assert Template.parse("{#b1}").slots == []
    assert Template.parse("{/b1} and {#x1} and {#b0}").tags == [Tag(1, "b", CLOSE)]


def test_without_tags_joins_the_text_around_them():
    template = Template.parse("a {#b1}bold{/b1} word")
    assert template.without_tags() == Template(("a bold word",))


def test_a_template_built_piece_by_piece_drops_empty_text_and_joins_neighbours():
    slot, tag = Slot("putin", True), Tag(1, "b", OPEN)
    built = Template.joined(["", "Встреча ", "с ", tag, slot, "", "", " в ", "Сочи."])
    assert built.parts == ("Встреча с ", tag, slot, " в Сочи.")
    assert Template.joined([]).parts == ()
