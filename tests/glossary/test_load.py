import textwrap

import pytest

from toolkit.errors import UserError
from toolkit.glossary.load import check_glossary as check
from toolkit.glossary.load import load_checked_glossary, load_glossary

GOOD_ENTRY = """\
- id: mamlouk
  type: person
  en: {name: Ali Mamlouk, short: Mamlouk, variants: [Ali Mamluk]}
  note: Syrian security chief.
  ar: {name: علي مملوك, short: مملوك}
  fa: {name: علی مملوک, short: مملوک}
  tr: {name: Ali Memluk, short: Memluk}
  ru:
    name: {nom: Али Мамлюк, gen: Али Мамлюка, dat: Али Мамлюку, acc: Али Мамлюка, ins: Али Мамлюком, prep: Али Мамлюке}
    short: {nom: Мамлюк, gen: Мамлюка, dat: Мамлюку, acc: Мамлюка, ins: Мамлюком, prep: Мамлюке}
"""


def write(tmp_path, text, name="people.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_for(tmp_path, text) -> str:
    """The one finding a bad file produces, with its path shown as FILE."""
    path = write(tmp_path, text)
    _, findings = check([path])
    assert len(findings) == 1, [str(f) for f in findings]
    return str(findings[0]).replace(str(path), "FILE")


def test_project_glossary_covers_every_language(glossary):
    assert len(glossary) >= 40
    for entry in glossary:
        assert set(entry.renderings) == {"ar", "fa", "tr", "ru"}, entry.id


def test_entry_is_read_with_forms_and_location(tmp_path):
    path = write(tmp_path, GOOD_ENTRY)
    entry = load_glossary([path])["mamlouk"]
    assert entry.spellings == ("Ali Mamlouk", "Mamlouk", "Ali Mamluk")
    assert entry.renderings["ru"].forms(short=True)["ins"] == "Мамлюком"
    assert entry.renderings["tr"].full == {"nom": "Ali Memluk"}
    assert (entry.location.path, entry.location.line) == (path, 1)


def test_yaml_syntax_error_names_the_line_where_the_bracket_was_opened(tmp_path):
    assert error_for(tmp_path, "- id: x\n  en: {name: X\n  type: place\n") == (
        "FILE:2:7: error: YAML syntax error: the bracket opened here is never closed (YAML stopped at line 3: "
        "did not find expected ',' or '}')\n  fix: close it with } on this line"
    )


def test_tab_indentation_is_located(tmp_path):
    assert error_for(tmp_path, "- id: x\n\ttype: place\n").startswith(
        "FILE:2:1: error: tab used for indentation\n  fix: indent with spaces only"
    )


def test_duplicate_key_is_located(tmp_path):
    message = error_for(tmp_path, "- id: x\n  type: place\n  type: person\n")
    assert message.startswith("FILE:3:3: error: duplicate key 'type' (first on line 2)")


def test_duplicate_id_across_files_names_both_places(tmp_path):
    write(tmp_path, GOOD_ENTRY, "a.yaml")
    write(tmp_path, GOOD_ENTRY, "b.yaml")
    _, findings = check([tmp_path])
    assert [str(f).splitlines()[0] for f in findings] == [
        f"{tmp_path / 'b.yaml'}:1:3: error: mamlouk: duplicate id 'mamlouk' (first defined at {tmp_path / 'a.yaml'}:1:3)"
    ]


def test_russian_plain_text_needs_forms_or_indeclinable(tmp_path):
    text = GOOD_ENTRY.replace(
        "    name: {nom: Али Мамлюк, gen: Али Мамлюка, dat: Али Мамлюку, acc: Али Мамлюка, ins: Али Мамлюком, prep: Али Мамлюке}\n",
        "    name: Али Мамлюк\n",
    )
    message = error_for(tmp_path, text)
    assert message.startswith(
        "FILE:9:11: error: mamlouk: ru.name is plain text, but Russian names need their case forms"
    )
    assert "indeclinable: true" in message


def test_russian_forms_must_be_complete(tmp_path):
    text = GOOD_ENTRY.replace(", prep: Мамлюке}", "}")
    assert "mamlouk: ru.short lacks the forms prep" in error_for(tmp_path, text)


def test_indeclinable_russian_name_may_be_plain_text(tmp_path):
    text = GOOD_ENTRY.replace("  ru:\n", "  ru:\n    indeclinable: true\n").replace(
        "    short: {nom: Мамлюк, gen: Мамлюка, dat: Мамлюку, acc: Мамлюка, ins: Мамлюком, prep: Мамлюке}\n",
        "    short: Мамлюк\n",
    )
    entry = load_glossary([write(tmp_path, text)])["mamlouk"]
    assert entry.renderings["ru"].forms(short=True) == {"nom": "Мамлюк"}


def test_unknown_type_and_keys_are_explained(tmp_path):
    assert "mamlouk: type 'human' is not one of person, place" in error_for(
        tmp_path, GOOD_ENTRY.replace("type: person", "type: human")
    )
    message = error_for(tmp_path, GOOD_ENTRY.replace("  note:", "  notes:"))
    assert message.startswith("FILE:4:3: error: mamlouk: unknown key 'notes'")


def test_leading_space_in_a_rendering_is_refused(tmp_path):
    message = error_for(tmp_path, GOOD_ENTRY.replace("{name: Ali Memluk,", "{name: ' Ali Memluk',"))
    assert message.startswith("FILE:7:14: error: mamlouk: tr.name has leading or trailing spaces: ' Ali Memluk'")


def test_bad_id_and_missing_english(tmp_path):
    assert "entry id 'Ali Mamlouk' must be lowercase letters" in error_for(
        tmp_path, GOOD_ENTRY.replace("id: mamlouk", "id: Ali Mamlouk")
    )
    assert "needs 'en:' with 'name:'" in error_for(tmp_path, "- id: x\n  type: place\n")


@pytest.mark.parametrize(
    "english, position, shown",
    [
        ("{name: '.', short: Mamlouk}", "3:14", "en.name '.'"),
        ("{name: Ali Mamlouk, short: '-'}", "3:34", "en.short '-'"),
        ("{name: Ali Mamlouk, variants: [Ali Mamluk, '\u2014', \"'s\"]}", "3:50", "en.variants '\u2014'"),
    ],
)
def test_an_english_spelling_without_a_letter_or_digit_is_refused(tmp_path, english, position, shown):
    """It would match punctuation in every sentence and put the name wherever an article has a full stop."""
    message = error_for(
        tmp_path, GOOD_ENTRY.replace("{name: Ali Mamlouk, short: Mamlouk, variants: [Ali Mamluk]}", english)
    )
    assert message.startswith(f"FILE:{position}: error: mamlouk: {shown} has no letter or digit"), message


def test_missing_glossary_path_says_how_to_fix(tmp_path):
    with pytest.raises(UserError, match="glossary not found") as caught:
        load_glossary([tmp_path / "nowhere"])
    assert "--glossary PATH" in str(caught.value)


def test_a_translation_run_loads_only_a_glossary_without_errors(tmp_path):
    text = GOOD_ENTRY.replace("type: person", "type: human").replace("{name: Ali Memluk,", "{name: 'Ali Memluk ',")
    path = write(
        tmp_path,
        text
        + GOOD_ENTRY.replace("id: mamlouk", "id: mamlouk-2")
        .replace("variants: [Ali Mamluk]", "variants: []")
        .replace("{name: Ali Mamlouk,", "{name: Ali Mamlouk Jr,")
        .replace("short: Mamlouk,", "")
        .replace("{name: Ali Memluk,", "{name: 'Ali Memluk ',"),
    )
    with pytest.raises(UserError) as caught:
        load_checked_glossary([path])
    message = str(caught.value)
    assert message.startswith(f"{path}:2:9: mamlouk: type 'human' is not one of person")
    assert "(and 1 more)" in message and "run `toolkit glossary check`" in message


def test_parsed_files_are_cached_by_content_and_the_cache_stays_small(tmp_path, monkeypatch):
    import toolkit.glossary.cache as glossary_module

    cache = tmp_path / "cache"
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(cache))
    monkeypatch.setattr(glossary_module, "CACHE_FILES_KEPT", 2)
    path = write(tmp_path, GOOD_ENTRY)
    first = load_glossary([path])["mamlouk"]
    assert len(list((cache / "glossary").glob("*.marshal"))) == 1
    assert load_glossary([path])["mamlouk"] == first  # from the cache, the same entry
    for number in range(3):  # three edits, three new cache files: only the newest two stay
        path.write_text(GOOD_ENTRY.replace("Syrian security chief.", f"Edit {number}."), encoding="utf-8")
        assert load_glossary([path])["mamlouk"].note == f"Edit {number}."
    assert len(list((cache / "glossary").glob("*.marshal"))) == 2


def test_an_empty_or_comment_only_file_is_a_warning(tmp_path):
    from toolkit.glossary.load import load_glossary

    (tmp_path / "people.yaml").write_text("# everyone moved to desk.yaml\n\n", encoding="utf-8")
    (tmp_path / "places.yaml").write_text("", encoding="utf-8")
    (tmp_path / "titles.yaml").write_text("- id: emir\n  type: title\n  en: {name: Emir}\n", encoding="utf-8")
    glossary = load_glossary([tmp_path], use_cache=False)
    findings = [(f.location.path.name, f.location.line, f.severity, f.code) for f in glossary.findings]
    assert findings == [("people.yaml", 1, "warning", "empty-file"), ("places.yaml", 1, "warning", "empty-file")]
    assert "holds no entries (it is empty or only comments)" in str(glossary.findings[0])
    assert glossary.errors == [] and list(glossary.entries) == ["emir"]


@pytest.mark.parametrize("language", ["ru", "ar", "tr"])
def test_a_rendering_of_ten_thousand_characters_is_one_short_error_never_quoted_whole(tmp_path, language):
    long = {"ru": "Мамлюк", "ar": "مملوك", "tr": "Memluk"}[language] * 2000
    message = error_for(
        tmp_path, f"- id: mamlouk\n  type: person\n  en: {{name: Ali Mamlouk}}\n  {language}: {{name: {long}}}\n"
    )
    assert message.startswith("FILE:4:") and f"{language}.name is {len(long):,} characters long" in message
    assert long[:400] not in message and len(message) < 1_000
