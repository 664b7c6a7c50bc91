"""A glossary file is read one entry at a time (a 100,000-entry file is never also held as a tree of every value
with its position), with the same outcome as a file read whole: entries in order at their lines, and a YAML
problem anywhere, even after many good entries, is the file's one finding, with no entries taken from it."""

from toolkit.glossary.load import check_glossary, load_glossary


def entry(number: int) -> str:
    return (
        f"- id: person-{number}\n"
        "  type: person\n"
        f"  en: {{name: Karim Number{number}}}\n"
        "  ar: {name: كريم}\n"
        "  fa: {name: کریم}\n"
        f"  tr: {{name: Karim Number{number}}}\n"
        "  ru: {name: Карим, indeclinable: true}\n"
    )


def test_entries_come_in_file_order_each_at_its_line(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("# people\n" + "".join(entry(n) for n in range(1, 201)), encoding="utf-8")
    glossary = load_glossary([path], use_cache=False)
    assert [e.id for e in glossary] == [f"person-{n}" for n in range(1, 201)]
    assert glossary["person-1"].location.line == 2 and glossary["person-200"].location.line == 2 + 199 * 7


def test_a_syntax_error_after_many_entries_is_the_files_one_finding(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("".join(entry(n) for n in range(1, 101)) + "- id: broken\n  en: {name: [Open\n", encoding="utf-8")
    glossary, findings = check_glossary([path])
    assert len(glossary) == 0
    assert [f.code for f in findings] == ["yaml"] and findings[0].location.line >= 701


def test_a_second_document_after_the_list_is_refused(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text(entry(1) + entry(2) + "---\n" + entry(3), encoding="utf-8")
    glossary, findings = check_glossary([path])
    assert len(glossary) == 0
    assert "a second YAML document" in findings[0].message and findings[0].location.line == 15


def test_a_file_that_is_a_mapping_is_not_a_list_of_entries(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("person-1:\n  en: {name: Karim}\n", encoding="utf-8")
    glossary, findings = check_glossary([path])
    assert len(glossary) == 0 and "a glossary file is a list of entries" in findings[0].message


def test_an_empty_file_holds_no_entries_and_says_so(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    glossary, findings = check_glossary([path])
    assert len(glossary) == 0 and [f.code for f in findings] == ["empty-file"]
