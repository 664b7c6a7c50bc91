from toolkit.errors import UserError
from toolkit.memory import load_memory, read_tmx, write_tmx
from toolkit.slots import Slot, Template

import pytest


def test_template_parses_slots_with_short_and_forms():
    template = Template.parse("встреча с {mamlouk:short+ins} в {tehran:prep}.")
    assert template.slots == [Slot("mamlouk", True, ("ins",)), Slot("tehran", False, ("prep",))]
    assert template.code == "встреча с {mamlouk:short+ins} в {tehran:prep}."


def test_braces_that_are_not_slots_stay_text():
    assert Template.parse("a {Not a slot} b").slots == []


def test_tmx_round_trip_keeps_names_as_placeholders(tmp_path):
    units = [("story:1.1", "Putin met Erdogan.", {"ru": Template.parse("{putin:short} встретился с {erdogan:short+ins}.")})]
    path = tmp_path / "story.tmx"
    data = write_tmx(units, path, "test")
    assert b'<ph x="2" type="x-name">{erdogan:short+ins}</ph>' in data
    path.write_bytes(data)
    hit = read_tmx(path).lookup("Putin  met Erdogan.", "ru")
    assert hit.template.code == "{putin:short} встретился с {erdogan:short+ins}."
    assert hit.unit_id == "story:1.1"


def test_seed_memory_holds_every_segment_in_four_languages(memory, seed_document):
    for segment in seed_document.segments:
        for code in ("ar", "fa", "tr", "ru"):
            assert memory.lookup(segment.text, code) is not None, (segment.id, code)


def test_broken_tmx_is_located(tmp_path):
    path = tmp_path / "broken.tmx"
    path.write_text('<tmx version="1.4"><body><tu>\n<tuv></tu></body></tmx>', encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_memory([path])
    assert str(caught.value).startswith(f"{path}:2:")
    assert "not a valid TMX file" in str(caught.value)
