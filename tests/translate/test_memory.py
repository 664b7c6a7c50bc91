from datetime import datetime, timezone
from pathlib import Path

import pytest
from conftest import ROOT, SEED_MEMORY
from lxml import etree
from tmx_files import write_tmx

from toolkit.errors import UserError
from toolkit.slots import Slot, Template
from toolkit.translate.memory import TmxDocument, load_memory, read_tmx


def test_template_parses_slots_with_short_and_forms():
    template = Template.parse("встреча с {mamlouk:short+ins} в {tehran:prep}.")
    assert template.slots == [Slot("mamlouk", True, ("ins",)), Slot("tehran", False, ("prep",))]
    assert template.code == "встреча с {mamlouk:short+ins} в {tehran:prep}."


def test_braces_that_are_not_slots_stay_text():
    assert Template.parse("a {Not a slot} b").slots == []


def test_tmx_round_trip_keeps_names_as_placeholders(tmp_path):
    units = [
        ("story:1.1", "Putin met Erdogan.", {"ru": Template.parse("{putin:short} встретился с {erdogan:short+ins}.")})
    ]
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


# --- writing: TMX 1.4 that keeps what it does not change ------------------------------------------------

TMX_DTD = etree.DTD(str(ROOT / "tests" / "schemas" / "tmx14.dtd"))


def valid_tmx(data: bytes) -> bool:
    tree = etree.fromstring(data).getroottree()
    assert TMX_DTD.validate(tree), TMX_DTD.error_log.filter_from_errors()
    return True


def test_written_memories_are_valid_tmx_14():
    units = [
        ("story:1.1", "Putin met Erdogan.", {"ru": Template.parse("{putin:short} встретился с {erdogan:short+ins}.")})
    ]
    assert valid_tmx(write_tmx(units, "story.tmx", "test"))
    assert valid_tmx(SEED_MEMORY.read_bytes())


def test_a_changed_unit_keeps_its_id_and_every_other_unit_stays_as_it_was():
    document = TmxDocument.open(SEED_MEMORY)
    unit = document.unit_for("Iran and Russia Host Frantic Diplomatic Talks on Syria and Middle East")
    when = datetime(2024, 3, 12, 10, 15, tzinfo=timezone.utc)
    new = Template.parse("{iran} и {russia} проводят переговоры о {syria:prep}")
    assert document.set_target(unit, "ru", new, "editor.ivanova", when, "review.xlf#1.1") == "changed"
    assert document.set_target(unit, "ru", new, "editor.ivanova", when) == "unchanged"
    data = document.to_bytes()
    assert valid_tmx(data)
    before = etree.parse(str(SEED_MEMORY)).getroot().find("body")
    after = etree.fromstring(data).find("body")
    assert [tu.get("tuid") for tu in after] == [tu.get("tuid") for tu in before]
    for old, changed in zip(before, after):
        if old.get("tuid") != "article:1.1":
            assert etree.tostring(changed) == etree.tostring(old)
    tu = after[0]
    ru = next(tuv for tuv in tu.findall("tuv") if tuv.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru")
    assert (ru.get("changeid"), ru.get("changedate")) == ("editor.ivanova", "20240312T101500Z")
    assert (tu.get("changeid"), tu.get("changedate")) == ("editor.ivanova", "20240312T101500Z")
    assert ru.find("prop").text == "review.xlf#1.1"
    assert [ph.text for ph in ru.find("seg")] == ["{iran}", "{russia}", "{syria:prep}"]


def test_a_new_unit_and_a_new_language_are_stamped_as_created(tmp_path):
    document = TmxDocument.new(tmp_path / "new.tmx", "test")
    when = datetime(2024, 3, 12, 10, 15, tzinfo=timezone.utc)
    unit = document.add_unit("story:2.1", "Assad met Fidan.", "editor", when)
    assert (
        document.set_target(unit, "tr", Template.parse("{assad:short}, {fidan:short} ile görüştü."), "editor", when)
        == "added"
    )
    assert document.add_unit("story:2.1", "Another sentence.").get("tuid") == "story:2.1-2"
    data = document.to_bytes()
    assert valid_tmx(data)
    path = tmp_path / "new.tmx"
    path.write_bytes(data)
    hit = read_tmx(path).lookup("Assad met Fidan.", "tr")
    assert (hit.unit_id, hit.template.code) == ("story:2.1", "{assad:short}, {fidan:short} ile görüştü.")
    tu = etree.fromstring(data).find("body/tu")
    assert (tu.get("creationid"), tu.get("creationdate"), tu.get("changedate")) == ("editor", "20240312T101500Z", None)


@pytest.mark.parametrize(
    "payload, message",
    [
        (
            '<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>',
            "declares its own document type",
        ),
        (
            '<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&secret;</seg></tuv></tu></body></tmx>',
            "declares its own document type",
        ),
        (  # nine levels of ten: the parser stops inside the expansion, which is refused alike, not in its words
            "<!DOCTYPE tmx ["
            + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10 if n else "lol"}">' for n in range(9))
            + ']><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&l8;</seg></tuv>'
            "</tu></body></tmx>",
            "tmx:1: the TMX file declares its own document type",
        ),
        (  # entities naming each other
            '<?xml version="1.0"?>\n<!doctype tmx [<!ENTITY a "&b;"><!ENTITY b "&a;">]>'
            '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&a;</seg></tuv></tu></body></tmx>',
            "tmx:1: the TMX file declares its own document type",
        ),
        (
            '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&nbsp;</seg></tuv></tu></body></tmx>',
            "not a valid TMX file",
        ),
        ('<xliff version="1.2"/>', "not <tmx>"),
    ],
)
def test_hostile_memories_are_refused_before_anything_is_expanded(tmp_path, payload, message):
    path = tmp_path / "hostile.tmx"
    path.write_text(payload, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_memory([path])
    assert message in str(caught.value)
    with pytest.raises(UserError):
        TmxDocument.open(path)


@pytest.mark.parametrize(
    "inside, expected",
    [
        ('<tu tuid="' + "x" * 11_000_000 + '">', "a text or attribute longer than 10 MB"),
        ("<tu><tuv><seg>" + "Hi. " * 3_000_000 + "</seg></tuv></tu>", "a text or attribute longer than 10 MB"),
        ("<x>" * 300 + "</x>" * 300, "elements nested more than 256 deep"),
    ],
)
def test_a_memory_beyond_the_parser_s_limits_is_one_plain_message(tmp_path, inside, expected):
    path = tmp_path / "hostile.tmx"
    path.write_text(f'<tmx version="1.4">\n<header srclang="en"/><body>\n{inside}</body></tmx>', encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_memory([path])
    message = str(caught.value)
    assert message.startswith(f"{path}:3:"), message[:200]  # the line and column where the parser stopped
    assert f"the TMX file has {expected}, more than is read safely" in message, message[:200]
    assert "\n  fix: check that this is the right file" in message
    assert "XML_PARSE_HUGE" not in message and "\n\n" not in message  # no parser jargon, no stray blank line


def test_a_unit_far_longer_than_a_sentence_is_skipped_and_named_at_its_line(tmp_path):
    """A paragraph or a whole file pasted into one unit would be printed as one sentence in every edition."""
    from toolkit.translate.memory import MAX_SEGMENT_CHARS

    path = tmp_path / "pasted.tmx"
    sentence = "Путин встретился с Эрдоганом. "
    path.write_text(
        '<tmx version="1.4"><header srclang="en"/><body>\n'
        '<tu tuid="ok"><tuv xml:lang="en"><seg>Putin met Erdogan.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Путин встретился с Эрдоганом.</seg></tuv></tu>\n'
        '<tu tuid="pasted"><tuv xml:lang="en"><seg>Putin met Erdogan again.</seg></tuv>\n'
        f'<tuv xml:lang="ru"><seg>{sentence * (MAX_SEGMENT_CHARS // len(sentence) + 1)}</seg></tuv></tu>\n'
        "</body></tmx>",
        encoding="utf-8",
    )
    memory = load_memory([path])
    assert memory.lookup("Putin met Erdogan again.", "ru") is None
    assert memory.lookup("Putin met Erdogan.", "ru").unit_id == "ok"
    skipped = memory.unreadable_for("Putin met Erdogan again.", "ru")
    assert (skipped.unit_id, skipped.error.path, skipped.error.line) == ("pasted", path, 4)
    assert skipped.error.message.startswith("translation unit 'pasted': a segment of 10,")
    assert skipped.error.message.endswith(f"characters, more than the {MAX_SEGMENT_CHARS:,} a sentence may have")
    assert "a unit holds one sentence" in skipped.error.fix
    # a long sentence is not one of them
    path.write_text(
        path.read_text(encoding="utf-8").replace(sentence * (MAX_SEGMENT_CHARS // len(sentence) + 1), sentence * 30)
    )
    assert len(load_memory([path]).units) == 2 and not load_memory([path]).skipped


def _memory_file(path, *units):
    """A TMX file of (unit id, English, {language: seg content}) units, one line per translation."""
    lines = ['<tmx version="1.4"><header srclang="en"/><body>']
    for unit_id, english, targets in units:
        lines.append(f'<tu tuid="{unit_id}"><tuv xml:lang="en"><seg>{english}</seg></tuv>')
        lines += [f'<tuv xml:lang="{code}"><seg>{seg}</seg></tuv>' for code, seg in targets.items()]
        lines.append("</tu>")
    path.write_text("\n".join([*lines, "</body></tmx>"]), encoding="utf-8")
    return path


BAD_NAME = '<ph type="x-name">{Putin}</ph>'  # an editor's capital: no entry id
GOOD_NAME = '<ph type="x-name">{putin:short}</ph>'


def test_one_unreadable_translation_is_skipped_and_every_other_one_kept(tmp_path):
    """One unit an editor typed badly does not stop a desk's day: its translation is left out, named at its line."""
    path = _memory_file(
        tmp_path / "desk.tmx",
        ("u1", "Putin spoke.", {"ru": f"{GOOD_NAME} выступил.", "tr": f"{GOOD_NAME} konuştu."}),
        ("u2", "Putin left.", {"ru": f"{BAD_NAME} уехал.", "tr": f"{GOOD_NAME} ayrıldı."}),
        ("u3", "Putin returned.", {"ar": f"عاد {GOOD_NAME}."}),
    )
    memory = load_memory([path])
    assert memory.lookup("Putin left.", "ru") is None
    assert memory.lookup("Putin left.", "tr").template.code == "{putin:short} ayrıldı."  # its other language stays
    assert memory.lookup("Putin spoke.", "ru") is not None and memory.lookup("Putin returned.", "ar") is not None
    (skipped,) = memory.skipped
    assert (skipped.unit_id, skipped.language, skipped.error.line) == ("u2", "ru", 7)
    assert "bad name placeholder '{Putin}'" in skipped.error.message
    assert skipped.error.fix == "write it as {entry-id} or {entry-id:form}"
    assert memory.unreadable_for("Putin  left.", "ru") is skipped  # keyed as lookups are
    assert memory.unreadable_for("Putin left.", "tr") is None


def test_an_unreadable_later_unit_hides_an_earlier_one_and_a_readable_later_unit_heals_it(tmp_path):
    """The later unit with the same English is the editor's latest word: unreadable, it is not silently replaced
    by an older translation; readable (the fix in another file read after), it is used."""
    older = _memory_file(tmp_path / "older.tmx", ("old", "Putin left.", {"ru": f"{GOOD_NAME} ушёл."}))
    newer = _memory_file(
        tmp_path / "newer.tmx",
        ("new", "Putin left.", {"ru": f"{BAD_NAME} уехал."}),
        ("other", "Putin spoke.", {"ru": f"{GOOD_NAME} выступил."}),
    )
    fixed = _memory_file(tmp_path / "fixed.tmx", ("fixed", "Putin left.", {"ru": f"{GOOD_NAME} уехал."}))
    memory = load_memory([older, newer])
    assert memory.lookup("Putin left.", "ru") is None
    assert memory.unreadable_for("Putin left.", "ru").unit_id == "new"
    memory = load_memory([older, newer, fixed])
    assert memory.lookup("Putin left.", "ru").unit_id == "fixed"
    assert memory.unreadable_for("Putin left.", "ru") is None  # its sentence uses the fix
    assert [unit.unit_id for unit in memory.skipped] == ["new"]  # still named: its own file is still wrong


def test_a_file_whose_every_translation_is_unreadable_is_refused_as_a_whole(tmp_path):
    """Then the file, not one unit, is wrong (another tool's placeholders, a wrong export): the request is wrong."""
    path = _memory_file(
        tmp_path / "other-tool.tmx",
        ("a", "Putin left.", {"ru": f"{BAD_NAME} уехал."}),
        ("b", "Putin spoke.", {"ru": f"{BAD_NAME} выступил."}),
    )
    with pytest.raises(UserError) as caught:
        load_memory([path])
    assert caught.value.line == 3 and "bad name placeholder" in caught.value.message


def test_a_doctype_line_as_cat_tools_write_it_is_accepted(tmp_path):
    path = tmp_path / "tool.tmx"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header srclang="en-US"/>'
        '<body><tu tuid="7"><tuv xml:lang="en-US"><seg>Hello.</seg></tuv><tuv xml:lang="ru-RU"><seg>Привет.</seg>'
        "</tuv></tu></body></tmx>",
        encoding="utf-8",
    )
    assert load_memory([path]).lookup("Hello.", "ru").template.code == "Привет."


# --- formatting as TMX 1.4 inline codes ---------------------------------------------------------------


def test_formatting_is_stored_as_bpt_ept_and_ph_codes_and_read_back(tmp_path):
    english = Template.parse("{#b1}Putin{/b1} read {#a2}the deal{/a2}:{#br3/} x = 1.")
    russian = Template.parse("{#b1}{putin:short}{/b1} прочитал {#a2}соглашение{/a2}:{#br3/}{#code4/}.")
    document = TmxDocument.new(tmp_path / "f.tmx", "test")
    unit = document.add_unit("story:2.1", "Putin read the deal: x = 1.", formatted=english)
    document.set_target(unit, "ru", russian)
    data = document.to_bytes()
    assert valid_tmx(data)
    text = data.decode()
    assert '<bpt i="1" x="1" type="bold">{#b1}</bpt>Putin<ept i="1">{/b1}</ept>' in text
    assert '<bpt i="2" x="2" type="link">{#a2}</bpt>' in text
    assert '<ph x="3" type="lb">{#br3/}</ph><ph x="4" type="x-code">{#code4/}</ph>' in text
    path = tmp_path / "f.tmx"
    path.write_bytes(data)
    hit = load_memory([path]).lookup("Putin read the deal: x = 1.", "ru")  # the English key: its text without codes
    assert hit is not None and hit.template == russian


@pytest.mark.parametrize(
    ("inline", "why"),
    [
        ('<bpt i="1" type="bold">{#i1}</bpt>x<ept i="1">{/i1}</ept>', "type"),
        ('<ept i="1">{/b1}</ept>x', "closes no <bpt>"),
        ('<bpt i="1">bold</bpt>x<ept i="1">/bold</ept>', "not a formatting tag"),
        ("<hi>x</hi>", "unsupported inline element <hi>"),
    ],
)
def test_inline_codes_that_are_not_the_toolkits_are_refused_where_they_stand(tmp_path, inline, why):
    path = tmp_path / "bad.tmx"
    path.write_text(
        '<tmx version="1.4"><header srclang="en"/><body><tu tuid="u1">\n<tuv xml:lang="en"><seg>x</seg>'
        f'</tuv>\n<tuv xml:lang="ru"><seg>{inline}</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    with pytest.raises(UserError) as caught:
        load_memory([path])
    assert caught.value.line == 3 and why in caught.value.message


def _alike_file(path, english, translations):
    path.parent.mkdir(parents=True, exist_ok=True)
    units = [(f"story:{n}", english[n], {code: Template.parse(text)}) for n, (code, text) in enumerate(translations)]
    path.write_bytes(write_tmx(units, path, "test"))
    return path


@pytest.mark.parametrize(
    "folders, shown",
    [
        (("news", "archive"), ("news/desk.tmx", "archive/desk.tmx")),
        (("2025/news", "2026/news"), ("2025/news/desk.tmx", "2026/news/desk.tmx")),
        (("news", "news/old"), ("news/desk.tmx", "old/desk.tmx")),
    ],
)
def test_memories_with_the_same_file_name_are_named_by_their_folders_too(tmp_path, monkeypatch, folders, shown):
    """Two memories of one run named alike (a desk's and an archive's desk.tmx) are told apart wherever a
    unit is named (a segment's origin, the review edition's Status, the memory-split warnings), so an editor
    corrects the right file; a memory whose name no other has is named by its name alone."""
    monkeypatch.chdir(tmp_path)
    english = ["Putin met Erdogan.", "Assad met Fidan."]
    first = _alike_file(
        Path(folders[0]) / "desk.tmx", english, [("ru", "{putin:short} встретился с {erdogan:short+ins}.")]
    )
    second = _alike_file(
        Path(folders[1]) / "desk.tmx", english, [("tr", "{putin:short}, {erdogan:short} ile görüştü.")]
    )
    alone = _alike_file(Path("shared.tmx"), english[1:], [("ar", "التقى {assad:short} {fidan:short}.")])
    memory = load_memory([first, second, alone])
    assert memory.lookup(english[0], "ru").reference == f"{shown[0]}#story:0"
    assert memory.lookup(english[0], "tr").reference == f"{shown[1]}#story:0"
    assert memory.lookup(english[1], "ar").reference == "shared.tmx#story:0"
    assert load_memory([first]).lookup(english[0], "ru").reference == "desk.tmx#story:0"


@pytest.mark.parametrize(
    ("control", "named"),
    [
        ("\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("\u202d", "U+202D LEFT-TO-RIGHT OVERRIDE"),
        ("&#x202B;", "U+202B RIGHT-TO-LEFT EMBEDDING"),
        ("\u202a", "U+202A LEFT-TO-RIGHT EMBEDDING"),
        ("\u202c", "U+202C POP DIRECTIONAL FORMATTING"),
    ],
)
def test_a_translation_with_a_bidi_override_or_embedding_is_skipped_and_named_at_its_line(tmp_path, control, named):
    """An override shows the letters after it in reverse ("Эрдоган‮ встретился" reads backwards in every edition
    and report): no reviewed translation needs one, so the unit is not used, and the sentence goes to the model,
    marked for an editor, as any unreadable unit's."""
    path = _memory_file(
        tmp_path / "desk.tmx",
        ("u1", "Putin spoke.", {"ru": "Путин выступил.", "ar": "تحدث بوتين."}),
        ("u2", "Putin left.", {"ru": f"Путин{control} уехал.", "ar": "غادر بوتين."}),
    )
    memory = load_memory([path])
    assert memory.lookup("Putin left.", "ru") is None
    assert memory.lookup("Putin left.", "ar").template.code == "غادر بوتين."
    (skipped,) = memory.skipped
    assert (skipped.unit_id, skipped.language, skipped.error.path, skipped.error.line) == ("u2", "ru", path, 7)
    assert skipped.error.message == (
        f"translation unit 'u2': the translation holds {named}, a control that reorders the letters after it as "
        "they are shown"
    )
    assert "delete it" in skipped.error.fix


@pytest.mark.parametrize(
    "text",
    [
        "می\u200cخواهم به تهران بروم.",  # Persian's zero-width non-joiner is spelling
        "قال \u2067Erdoğan\u2069 إن المحادثات ستستأنف.",  # an isolate around a Latin name
        "قال \u200fبوتين\u200f.",  # right-to-left marks
        "قال \u061cبوتين.",  # the Arabic letter mark
    ],
)
def test_isolates_marks_and_joiners_of_right_to_left_translations_are_kept(tmp_path, text):
    path = _memory_file(tmp_path / "desk.tmx", ("u1", "Putin spoke.", {"fa": text}))
    memory = load_memory([path])
    assert not memory.skipped
    assert memory.lookup("Putin spoke.", "fa").template.code == text
