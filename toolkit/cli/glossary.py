"""``toolkit glossary``: check, look up and extend the glossaries editors maintain."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .common import (
    EXIT_USER_ERROR,
    Group,
    PathType,
    counted,
    glossary_option,
    json_option,
    languages_option,
    print_json,
    print_warning,
    project_glossaries,
    reports_user_errors,
)

GLOSSARY_OPTION = glossary_option(
    help="Glossary YAML file or folder (repeatable; later ones override earlier ones). Default: the project's "
    "glossaries/ (the nearest folder up from here that has one, or $TOOLKIT_PROJECT).",
)


def _newsroom_loaded_forms() -> Path | None:
    """The newsroom's own list of loaded forms (style.loaded_forms in the project's newsroom.yaml), if any."""
    from ..project import find_project
    from ..settings import load_settings

    project = find_project()
    if project is None or project.settings_file is None:
        return None
    return load_settings(project.settings_file).loaded_forms


@click.group(cls=Group)
def glossary() -> None:
    """Check, look up and extend glossaries.

    \b
    Examples:
      toolkit glossary check
      toolkit glossary show Erdogan
      toolkit glossary find "Erdogan's visit to Ain al-Asad"
      toolkit glossary find --lang ar "زار أردوغان طهران"
      toolkit glossary suggest news/story.txt > new-names.yaml
      toolkit glossary add new-names.yaml --to glossaries/people.yaml
      toolkit glossary forms mamlouk
    """


@glossary.command()
@click.argument("paths", nargs=-1, type=PathType(path_type=Path))
@json_option(help="Print the findings as JSON, for tools.")
@languages_option("--to", help="Languages every entry must have.")
@reports_user_errors
def check(paths, as_json, languages):
    """Report every problem in glossary files: file:line:column, entry, what, fix.

    Exit status: 0 when clean, 1 when there are problems (errors or warnings).
    PATHS are files or folders in precedence order (default: the project's
    glossaries, found as `toolkit translate` finds them, else ./glossaries).
    Deferential or loaded forms are warnings with the neutral alternative: the
    toolkit's list, and the newsroom's own (style.loaded_forms in newsroom.yaml).

    \b
    Examples:
      toolkit glossary check
      toolkit glossary check glossaries desk/overrides.yaml --json
    """
    from ..glossary.load import check_glossary
    from ..languages import parse_language_list

    glossary_, findings = check_glossary(
        project_glossaries(paths), parse_language_list(languages), _newsroom_loaded_forms
    )
    if as_json:
        print_json(
            {
                "entries": len(glossary_),
                "files": [str(p) for p in glossary_.paths],
                "findings": [f.as_dict() for f in findings],
            }
        )
    else:
        for finding in findings:
            click.echo(str(finding))
        for earlier, later in glossary_.overrides:
            click.echo(f"{later.location}: note: {later.id} overrides the entry at {earlier.location}", err=True)
        errors = sum(f.severity == "error" for f in findings)
        click.echo(
            f"{counted(len(glossary_), 'entry', 'entries')} in {counted(len(glossary_.paths), 'file')}: "
            f"{counted(errors, 'error')}, {counted(len(findings) - errors, 'warning')}",
            err=True,
        )
    sys.exit(1 if findings else 0)


def _said_if_left_out(glossary_) -> None:
    """A lookup (show, find, suggest) in a glossary whose files have errors says so on stderr, naming the
    first: the entries they concern are not in the lookup, which reads as "no entry covers this name" (a file with
    a YAML mistake is not read at all). A translation run or an export refuses such a glossary; a lookup still
    answers from the entries that are sound, so one broken entry does not stop the desk looking up the others.
    `glossary forms` says nothing of it: it is the check's own fix for an entry left out (its missing cases), and
    reads that entry as the file writes it."""
    errors = glossary_.errors
    if not errors:
        return
    first = errors[0]
    where = f"{first.location}: " if first.location else ""
    more = f" (and {counted(len(errors) - 1, 'more error')})" if len(errors) > 1 else ""
    click.echo(
        f"warning: {where}{first.entry_id + ': ' if first.entry_id else ''}{first.message}{more}: what the glossary "
        "has there is left out of this lookup\n  fix: run `toolkit glossary check` to list every problem, and fix "
        "them",
        err=True,
    )


def _resolve(glossary_, name: str):
    from ..glossary.match import Matcher, fold

    if name in glossary_:
        return glossary_[name]
    mentions = Matcher(glossary_).find(name)
    if mentions and mentions[0].surface == name.strip():
        return glossary_[mentions[0].entry_id]
    for entry in glossary_:  # a rendering in any language
        for rendering in entry.renderings.values():
            if any(fold(text) == fold(name) for _, text in rendering.texts()):
                return entry
    return None


@glossary.command()
@click.argument("name")
@GLOSSARY_OPTION
@reports_user_errors
def show(name, glossaries):
    """Show an entry with every rendering and form, by id or by any spelling.

    \b
    Examples:
      toolkit glossary show erdogan
      toolkit glossary show "Ain al Assad"
    """
    from ..errors import UserError, quoted, shown_text
    from ..glossary.load import load_glossary
    from ..grammar import grammar_for

    glossary_ = load_glossary(project_glossaries(glossaries))
    _said_if_left_out(glossary_)
    entry = _resolve(glossary_, name)
    if entry is None:
        raise UserError(
            f"no glossary entry for {quoted(name)}",
            fix=f"try `toolkit glossary find {name!r}` or `toolkit glossary suggest FILE`"
            if len(name) <= 200
            else "check the name: no entry is this long",
        )

    def say(line: str) -> None:  # an entry's texts as a message prints them: a bidi override or a control escaped
        click.echo(shown_text(line))

    say(f"{entry.id} ({entry.type}) - {entry.location}")
    say(f"  en: {entry.name}" + (f"; short: {entry.short}" if entry.short else ""))
    if entry.variants:
        say(f"      variants: {', '.join(entry.variants)}")
    if entry.note:
        say(f"  note: {entry.note}")
    for language, rendering in entry.renderings.items():
        for label, forms in (("name", rendering.full), ("short", rendering.short), ("first", rendering.first)):
            if not forms:
                continue
            grammar = grammar_for(language)
            shown = (
                ", ".join(
                    f"{form} {text}"
                    for form, text in (
                        *grammar.declined_forms(forms, rendering.pronounced),
                        *grammar.joined_forms(forms),
                    )
                )
                or "indeclinable"
            )
            say(f"  {language} {label}: {forms['nom']}  ({shown})")
        if rendering.adjective:
            others = ", ".join(f"{key} {text}" for key, text in rendering.adjective.items() if key != "nom")
            say(f"  {language} adjective: {rendering.adjective['nom']}" + (f"  ({others})" if others else ""))
        for kind, text in rendering.annotations.items():
            say(f"  {language} annotation {kind}: {text}")
        if not rendering.apostrophe:
            say(f"  {language} suffixes joined without an apostrophe")
        if rendering.pronounced:
            say(f"  {language} pronounced: {rendering.pronounced}")
        if rendering.forbidden:
            say(f"  {language} forbidden: {', '.join(rendering.forbidden)}")


@glossary.command()
@click.argument("text", required=False)
@click.option(
    "--file", "file", type=PathType(path_type=Path), help="Read the text from a file (an article as a run reads it)."
)
@click.option(
    "--lang",
    "language",
    default="en",
    show_default=True,
    help="Language of the text: en (source) or ar, fa, tr, ru (renderings in any form).",
)
@GLOSSARY_OPTION
@reports_user_errors
def find(text, file, language, glossaries):
    """Show which glossary entries a text mentions, and in which form.

    TEXT that is a file's name (one word, story.txt, news/story.md) is read
    as the file, as --file reads it; a file that is not there is an error.
    An article (.txt, .md, .markdown, .docx, .html, .htm) is read as a run
    reads it, so markup never hides a name: each line starts with the
    sentence's paragraph.sentence number in the article as read (title,
    headings, list items and table cells are paragraphs too) and the
    characters in that sentence, and ends with where the paragraph starts in
    the file (its line; a DOCX's paragraph). Any other file is read as
    UTF-8 text, offsets counted in the whole text. When no entry is
    mentioned, it says so on stderr (status 0).

    \b
    Examples:
      toolkit glossary find "Erdogan's saviour met Gen. Mamlouk in Moscow"
      toolkit glossary find --lang ru "встреча с Мамлюком в Москве"
      toolkit glossary find seeds/article.txt
      toolkit glossary find --file story.docx
    """
    from ..errors import UserError, shown_path
    from ..files import read_text
    from ..glossary.load import load_glossary
    from ..languages import SOURCE_LANGUAGE
    from ..read import SUPPORTED_SUFFIXES

    if file is None and text is not None and _names_a_file(text):
        file = Path(text)  # `glossary find story.txt`: the file, as --file reads it, never the words "story.txt"
        if not os.path.lexists(file):
            raise UserError(
                "file not found (TEXT that is a file name is read as the file)",
                path=file,
                fix='check the path; to look up words, give them as TEXT (glossary find "Putin in Ankara")',
            )
    document = None
    if file is not None and file.suffix.lower() in SUPPORTED_SUFFIXES:
        from ..read import read_document

        document = read_document(file)  # the readers' own bounds and errors: a damaged DOCX is one message
    elif file is not None:
        text = read_text(file, what="text file")
    if document is None and not text:
        raise UserError("no text given", fix="pass TEXT or --file FILE")
    if document is None:
        import unicodedata

        text = unicodedata.normalize("NFC", text)  # composed, as articles are read: a Mac types ü as u and U+0308
    glossary_ = load_glossary(project_glossaries(glossaries))
    _said_if_left_out(glossary_)
    if language == SOURCE_LANGUAGE:
        from ..glossary.match import Matcher

        matcher = Matcher(glossary_)

        def found_in(sentence: str) -> list[tuple[int, int, str, str]]:
            found = []
            for mention in matcher.find(sentence):
                extra = ", short" if mention.short else ""
                extra += ", possessive" if mention.possessive else ""
                found.append((mention.start, mention.end, mention.surface, f"{mention.entry_id}{extra}"))
            return found
    else:
        from ..glossary.locate import TargetLocator
        from ..languages import parse_language_list

        (code,) = parse_language_list(language)
        locator = TargetLocator(glossary_, code)

        def found_in(sentence: str) -> list[tuple[int, int, str, str]]:
            return [(found.start, found.end, found.surface, found.slot) for found in locator.find(sentence)]

    found_any = False
    if document is None:
        for start, end, surface, what in found_in(text):
            click.echo(f"{start}-{end}\t{surface}\t{what}")
            found_any = True
    else:
        where = "paragraph" if file.suffix.lower() == ".docx" else "line"
        sentences = 0
        for block in document.blocks:
            for segment in block.segments:
                sentences += 1
                for start, end, surface, what in found_in(segment.text):
                    click.echo(f"{segment.id}:{start}-{end}\t{surface}\t{what}\t{where} {block.line}")
                    found_any = True
        last = (
            "its paragraph in the DOCX, as Word counts them (table cells' included)"
            if where == "paragraph"
            else "the line of the file its paragraph starts on"
        )
        click.echo(  # on stderr: standard output stays the list
            f"{shown_path(file)} read as an article ({_counted(sentences, 'sentence')}): each name as "
            "paragraph.sentence:start-end, the paragraphs numbered as the article is read (the title is 1; a "
            "heading, list item, table cell, code block or rule is one too), the characters counted in the sentence "
            f"as read (markup left out); last, {last}",
            err=True,
        )
    if not found_any:  # said on stderr: standard output stays the list, empty, for a script
        shown = shown_path(file) if file is not None else "the text"
        click.echo(f"no glossary entry is mentioned in {shown} ({len(glossary_)} entries looked up)", err=True)


def _counted(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


# a TEXT of one word ending as the files the toolkit reads and writes end: the name of a file, not words to look up
_FILE_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".html", ".htm", ".yaml", ".yml", ".tmx", ".xlf", ".csv")


def _names_a_file(text: str) -> bool:
    """Whether a TEXT given to ``glossary find`` is a file's name: one word that names a file there, or that ends
    as an article, glossary or memory file does (``story.txt``, ``news/story.md``)."""
    if not text.strip() or any(character.isspace() for character in text.strip()):
        return False
    text = text.strip()
    return os.path.isfile(text) or text.lower().endswith(_FILE_SUFFIXES)


@glossary.command()
@click.argument("articles", nargs=-1, required=True, type=PathType(path_type=Path))
@json_option(
    help="Print the stubs as JSON: spellings, type, counts, contexts, occurrences with character spans "
    "(and the glossary names inside them), renderings.",
)
@languages_option("--lang", help="Languages of the stubs.")
@GLOSSARY_OPTION
@reports_user_errors
def suggest(articles, as_json, languages, glossaries):
    """List proper names no entry covers, as glossary entries to approve.

    ARTICLES are files (.txt, .md, .docx) or folders of them; a name met in
    several articles is one entry, with its counts and contexts. Each stub has
    an id unique in the glossary, a guessed type, the English spellings met
    (full name, short form, variants), and per language the rendering to
    approve, or a comment saying that no machine output exists for it yet.
    The renderings are the provisional ones the last `toolkit translate` runs
    chose for the name (kept beside the translation cache) with their forms.
    Complete the stubs, then add them with `toolkit glossary add`.

    \b
    Examples:
      toolkit glossary suggest news/story.txt
      toolkit glossary suggest news/ > new-names.yaml
      toolkit glossary add new-names.yaml --to glossaries/people.yaml
    """
    from ..glossary.load import load_glossary
    from ..glossary.stubs import build_stubs, stubs_data, stubs_yaml
    from ..glossary.suggest import find_candidates
    from ..languages import parse_language_list
    from ..read import read_document

    paths = _article_paths(articles)
    wanted = parse_language_list(languages)
    glossary_ = load_glossary(project_glossaries(glossaries))
    _said_if_left_out(glossary_)
    documents = [read_document(path) for path in paths]
    candidates = find_candidates(documents, glossary_)
    stubs = build_stubs(candidates, glossary_, _provisional_renderings(candidates, wanted), languages=wanted)
    if as_json:
        print_json({"articles": [str(p) for p in paths], "names": stubs_data(stubs)})
    elif stubs:
        click.echo(stubs_yaml(stubs), nl=False)
    where = str(paths[0]) if len(paths) == 1 else f"{len(paths)} articles"
    click.echo(f"{len(stubs)} uncovered names in {where}", err=True)


def _provisional_renderings(candidates: list, languages: list[str]) -> dict[str, dict[str, str]]:
    """The provisional renderings the last translation runs chose for these names (kept beside the
    translation cache), by candidate name and language: what the stubs are pre-filled with."""
    from ..translate.provisional import store_key
    from ..translate.provisional_store import ProvisionalStore

    store = ProvisionalStore(notice=print_warning)
    try:
        spellings = {
            candidate.name: [store_key(s) for s in [candidate.name, *candidate.variants]] for candidate in candidates
        }
        known = store.load([key for keys in spellings.values() for key in keys], languages)
    finally:
        store.close()
    found: dict[str, dict[str, str]] = {}
    for name, keys in spellings.items():
        for code in languages:
            choice = next((known[(key, code)] for key in keys if (key, code) in known), None)
            if choice is not None and choice.name:
                found.setdefault(name, {})[code] = choice.name
    return found


def _article_paths(paths) -> list[Path]:
    """Article files, a folder standing for the articles in it (sorted; hidden files left out)."""
    from ..errors import UserError
    from ..read import SUPPORTED_SUFFIXES, is_toolkit_page

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                p
                for p in path.iterdir()
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not p.name.startswith(".")
                and not is_toolkit_page(p)
            )
            if not inside:
                raise UserError(f"no articles ({', '.join(SUPPORTED_SUFFIXES)}) in this folder", path=path)
            found += inside
        else:
            found.append(path)
    return list(dict.fromkeys(found))


@glossary.command()
@click.argument("name")
@click.option(
    "--lang",
    "languages",
    metavar="ru|tr|ru,tr",
    help="Languages to propose forms for (default: those the entry has; for a new name, by its script).",
)
@click.option(
    "--type",
    "entry_type",
    type=click.Choice(["person", "place", "organisation", "event", "title", "nickname", "award", "term"]),
    help="Entry type (default: the entry's, or person).",
)
@click.option(
    "--gender",
    type=click.Choice(["male", "female"]),
    help="Russian: a man's or a woman's name (default: guessed, and marked when in doubt).",
)
@click.option("--feminine", is_flag=True, help="Same as --gender female.")
@click.option(
    "--pronounced",
    metavar="TEXT",
    help="Turkish: the last word as said (wins over the entry's pronounced: and every guess).",
)
@GLOSSARY_OPTION
@reports_user_errors
def forms(name, languages, entry_type, gender, feminine, pronounced, glossaries):
    """Propose Russian and Turkish forms for an entry or a new name, as YAML to paste after checking.

    NAME is an entry id, an English spelling or a rendering of an entry, or a
    new Russian (Cyrillic) or Turkish (Latin) rendering. Forms the rules are
    unsure of are followed by '# check' lines saying why and what else they
    could be; forms that differ from the glossary are listed. Russian
    proposals need the optional dictionaries: pip install 'newsroom-toolkit[forms]'.

    \b
    Examples:
      toolkit glossary forms mamlouk
      toolkit glossary forms "Джо Байден"
      toolkit glossary forms "Мария Захарова" --gender female
      toolkit glossary forms "Голанские высоты" --type place
      toolkit glossary forms PKK --lang tr --type organisation
    """
    from ..errors import UserError
    from ..glossary.forms import (
        find_entry,
        parse_languages,
        report,
        targets_for_entry,
        targets_for_name,
        targets_for_unchecked_entry,
        unchecked_entry,
    )
    from ..glossary.load import load_glossary

    name = (name or "").strip()
    if not name:
        raise UserError("no name given", fix="give an entry id or a rendering: toolkit glossary forms mamlouk")
    if feminine and gender == "male":
        raise UserError("--feminine and --gender male contradict each other", fix="give one of them")
    gender = "female" if feminine else gender
    paths = project_glossaries(glossaries)
    glossary_ = load_glossary(paths) if glossaries or paths[0].exists() else None
    wanted = parse_languages(languages)
    try:
        entry = find_entry(glossary_, name, _resolve)
    except UserError:
        # an entry the check refuses (a Russian name without its cases): its renderings as written
        unchecked = unchecked_entry(paths, name) if glossary_ is not None else None
        if unchecked is None:
            raise
        kind = unchecked.get("type") if isinstance(unchecked.get("type"), str) else None
        targets = targets_for_unchecked_entry(unchecked, wanted)
        click.echo(report(targets, None, entry_type or kind or "person", gender, pronounced, subject=name))
        return
    targets = targets_for_entry(entry, wanted) if entry else targets_for_name(name, wanted)
    click.echo(report(targets, entry, entry_type or (entry.type if entry else "person"), gender, pronounced))


@glossary.command(name="export")
@click.option(
    "--format",
    "format_",
    type=click.Choice(["tbx", "csv"]),
    required=True,
    help="tbx: TBX-Basic for CAT tools; csv: one row per entry, for spreadsheets and termbases.",
)
@languages_option("--lang", help="Languages to export.")
@click.option("--out", type=PathType(path_type=Path), help="File to write. Default: standard output.")
@GLOSSARY_OPTION
@reports_user_errors
def export_(format_, languages, out, glossaries):
    """Export the glossary as a TBX-Basic termbase or as CSV.

    TBX: one termEntry per entry; the canonical rendering is the preferred
    term, short forms and English variants admitted, forbidden spellings
    deprecated; grammatical forms are notes on each term. CSV: the columns
    `toolkit glossary import` reads back (see README).

    \b
    Examples:
      toolkit glossary export --format tbx --out newsroom.tbx
      toolkit glossary export --format csv --lang ru,tr > names.csv
    """
    from ..errors import UserError
    from ..files import write_atomic
    from ..glossary.load import load_checked_glossary
    from ..languages import parse_language_list
    from ..version import __version__

    if out is not None and out.is_dir():
        raise UserError(
            f"--out is a folder; the {format_.upper()} export is one file",
            path=out,
            fix=f"e.g. --out {out / ('glossary.' + format_)}",
        )
    codes = parse_language_list(languages)
    glossary_ = load_checked_glossary(project_glossaries(glossaries), codes)
    if format_ == "tbx":
        from ..interchange.tbx import glossary_tbx

        data: bytes | str = glossary_tbx(glossary_, codes, tool_version=__version__)
    else:
        from ..interchange.glossary_csv import glossary_csv

        data = glossary_csv(glossary_, codes)
    if out is None:
        click.echo(data.decode("utf-8") if isinstance(data, bytes) else data, nl=False)
    else:
        write_atomic(out, data)
        click.echo(f"{out}: {counted(len(glossary_), 'entry', 'entries')} ({', '.join(codes)})", err=True)


@glossary.command(name="import")
@click.argument("csv_file", type=PathType(path_type=Path))
@click.option(
    "--to",
    "to",
    required=True,
    type=PathType(path_type=Path),
    metavar="FILE.yaml",
    help="The glossary file to write (must not exist yet), e.g. glossaries/new.yaml.",
)
@GLOSSARY_OPTION
@reports_user_errors
def import_(csv_file, to, glossaries):
    """Turn a CSV termbase from another tool into a glossary YAML file, with every check a hand-edited file gets.

    The entries are checked with the glossary they join (duplicate ids and
    spellings across files included); every problem is reported at its CSV
    line, and nothing is written while any error remains (exit 2).

    \b
    Examples:
      toolkit glossary import termbase.csv --to glossaries/imported.yaml
      toolkit glossary import names.csv --to desk/names.yaml --glossary glossaries
    """
    from ..errors import UserError
    from ..files import write_atomic
    from ..interchange.glossary_csv import read_glossary_csv

    if to.suffix not in (".yaml", ".yml"):
        raise UserError("the glossary file must end in .yaml", path=to, fix="e.g. --to glossaries/imported.yaml")
    if to.exists():
        raise UserError(
            "this glossary file exists already; importing never overwrites one",
            path=to,
            fix="choose a new file name, or move the old file away first",
        )
    paths = [path for path in project_glossaries(glossaries) if path.exists()]
    result = read_glossary_csv(csv_file, to, paths)
    for line in result.warnings:
        click.echo(line, err=True)
    if result.errors:
        for line in result.errors:
            click.echo(line, err=True)
        raise UserError(
            f"{counted(len(result.errors), 'error')} in {counted(result.entries, 'row')}; nothing was written",
            path=csv_file,
            fix="fix the rows named above and import again",
        )
    write_atomic(to, result.yaml)
    click.echo(
        f"{to}: {result.entries} entries from {csv_file}"
        + (f" ({counted(len(result.warnings), 'warning')})" if result.warnings else ""),
        err=True,
    )


@glossary.command("add")
@click.argument("stubs", type=PathType(path_type=Path))
@click.option(
    "--to",
    "target",
    required=True,
    type=PathType(path_type=Path),
    metavar="FILE.yaml",
    help="The glossary file to append the entries to.",
)
@languages_option("--lang", help="Languages every entry must have.")
@click.option("--dry-run", is_flag=True, help="Print what would be appended; write nothing.")
@GLOSSARY_OPTION
@reports_user_errors
def add_command(stubs, target, languages, dry_run, glossaries):
    """Append approved entries (e.g. completed `suggest` stubs) to a glossary file.

    The entries are checked as hand-edited YAML is: the loader, the lint
    rules, the languages of --lang, and conflicts with the glossary (an id or
    English spelling it already has). Entries that still carry a '# check'
    line or a placeholder (...) are refused. The file keeps its comments,
    order and formatting; each entry's own lines are appended. Nothing is
    written while any error remains.

    Exit status: 0 when added (or, with --dry-run, when they could be), 2
    when nothing can be added: entries with errors, to fix in the STUBS file
    first, or a wrong request (a missing or unusable file).

    \b
    Examples:
      toolkit glossary add new-names.yaml --to glossaries/people.yaml --dry-run
      toolkit glossary add new-names.yaml --to glossaries/people.yaml
    """
    from ..glossary.add import add_entries
    from ..languages import parse_language_list

    sources = [path for path in project_glossaries(glossaries) if path.exists()]
    addition = add_entries(stubs, target, sources, parse_language_list(languages), dry_run=dry_run)
    for finding in addition.findings:
        click.echo(str(finding))
    ids = ", ".join(entry.id for entry in addition.entries)
    count = len(addition.entries)
    entries = f"{count} {'entry' if count == 1 else 'entries'}"
    if addition.errors:
        click.echo(f"nothing added: {counted(len(addition.errors), 'error')} in {stubs}", err=True)
        sys.exit(EXIT_USER_ERROR)  # the stubs are the request: nothing is done until they are fixed
    if addition.written:
        click.echo(f"added {entries} to {target} from line {addition.first_line}: {ids}")
    else:
        click.echo(addition.text, nl=False)
        click.echo(f"would add {entries} to {target} from line {addition.first_line}: {ids}", err=True)
