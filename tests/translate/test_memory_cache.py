"""A memory's units as read, kept in the cache folder: an unchanged TMX file is not parsed again.

What is kept is never the truth: the file's bytes and the toolkit name the kept file a run may use, and a kept
file in any state a crash, another build or a person left gives the memory a fresh read gives.
"""

from __future__ import annotations

import marshal
import os

import pytest

import toolkit.translate.memory as memory_module
from toolkit.errors import UserError
from toolkit.translate import memory_cache
from toolkit.translate.memory import load_memory, read_tmx

MEMORY = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="desk" creationtoolversion="1" segtype="sentence" o-tmf="desk"
 adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu tuid="talks:1"><tuv xml:lang="en"><seg>Putin met Erdogan in Ankara.</seg></tuv>
 <tuv xml:lang="ru"><seg><ph type="x-name">{putin:short}</ph> встретился с <ph type="x-name">{erdogan:short+ins}</ph>\
 в Анкаре.</seg></tuv>
 <tuv xml:lang="tr"><seg><bpt i="1" type="bold">{#b1}</bpt>Putin<ept i="1">{/b1}</ept> Ankara'da Erdoğan ile \
görüştü.</seg></tuv></tu>
<tu tuid="talks:2"><tuv xml:lang="en"><seg>The talks went on.</seg></tuv>
 <tuv xml:lang="ar"><prop type="x-status">Draft</prop><seg>استمرت المحادثات.</seg></tuv>
 <tuv xml:lang="fa"><seg>گفت‌وگوها ادامه یافت.</seg></tuv></tu>
<tu tuid="talks:3"><tuv xml:lang="en"><seg>Prices rose by 5%.</seg></tuv>
 <tuv xml:lang="tr"><seg>Fiyatlar %5 arttı.</seg></tuv></tu>
</body></tmx>
"""


@pytest.fixture
def parsed(monkeypatch):
    """The TMX files parsed, read by read."""
    calls = []
    original = memory_module._tmx_units

    def counting(data, path):
        calls.append(path.name)
        return original(data, path)

    monkeypatch.setattr(memory_module, "_tmx_units", counting)
    return calls


def described(memory):
    """Everything a run reads of a memory, the file each unit names included."""
    return (
        {
            key: {lang: (hit.template.code, hit.unit_id, hit.path, hit.label) for lang, hit in hits.items()}
            for key, hits in memory.units.items()
        },
        list(memory.units),
        [(v.path, v.unit_id, v.language, v.line, v.reason, v.key) for v in memory.unreviewed],
        [(s.unit_id, s.language, str(s.error)) for s in memory.skipped],
        memory.paths,
    )


def write(tmp_path, text=MEMORY, name="desk.tmx"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unchanged_memory_is_read_from_the_cache_with_every_unit(tmp_path, parsed):
    path = write(tmp_path)
    first = described(load_memory([path]))
    again = load_memory([path])
    assert parsed == ["desk.tmx"]  # the second load parsed nothing
    assert described(again) == first
    assert again.lookup("Putin met Erdogan in Ankara.", "ru").template.code == (
        "{putin:short} встретился с {erdogan:short+ins} в Анкаре."
    )
    assert (
        again.lookup("Putin met Erdogan in Ankara.", "tr").template.code
        == "{#b1}Putin{/b1} Ankara'da Erdoğan ile görüştü."
    )
    assert again.lookup("The talks went on.", "ar") is None  # a draft is never used, kept or not
    assert again.unreviewed_for("The talks went on.", "ar") is not None
    assert len(memory_cache.cached_files()) == 1


def test_an_edited_memory_is_read_again(tmp_path, parsed):
    path = write(tmp_path)
    load_memory([path])
    write(tmp_path, MEMORY.replace("Fiyatlar %5 arttı.", "Fiyatlar yüzde 5 arttı."))
    memory = load_memory([path])
    assert parsed == ["desk.tmx", "desk.tmx"]
    assert memory.lookup("Prices rose by 5%.", "tr").template.code == "Fiyatlar yüzde 5 arttı."


def test_the_same_memory_in_two_places_names_each_its_own_file(tmp_path, parsed):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    desk, archive = write(tmp_path / "a"), write(tmp_path / "b")
    memory = load_memory([desk, archive])
    assert parsed == ["desk.tmx"]  # the second file's bytes are the first's
    hit = memory.lookup("Prices rose by 5%.", "tr")
    assert hit.path == archive and hit.reference == "b/desk.tmx#talks:3"
    assert memory.paths == [desk, archive]
    assert [v.path for v in memory.unreviewed] == [desk, archive]


def test_a_memory_with_an_unreadable_translation_is_not_kept_and_says_so_each_time(tmp_path, parsed):
    broken = MEMORY.replace("Fiyatlar %5 arttı.", '<ph type="x-name">{Putin}</ph> arttı.')
    path = write(tmp_path, broken)
    first = described(load_memory([path]))
    again = load_memory([path])
    assert parsed == ["desk.tmx", "desk.tmx"]
    assert described(again) == first
    assert [(s.unit_id, s.language) for s in again.skipped] == [("talks:3", "tr")]
    assert memory_cache.cached_files() == []


def test_a_file_that_is_not_a_memory_is_refused_as_before(tmp_path):
    path = write(tmp_path, "<html><body>not a memory</body></html>")
    with pytest.raises(UserError) as refused:
        read_tmx(path)
    assert "TMX" in str(refused.value)
    assert memory_cache.cached_files() == []


def test_another_toolkit_build_reads_the_memory_again(tmp_path, parsed, monkeypatch):
    import toolkit.batch.fingerprint

    path = write(tmp_path)
    load_memory([path])
    monkeypatch.setattr(toolkit.batch.fingerprint, "code_digest", lambda: "another build")
    load_memory([path])
    assert parsed == ["desk.tmx", "desk.tmx"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: b"not marshal at all",
        lambda data: marshal.dumps((99, [])),  # another build's format
        lambda data: marshal.dumps((1, [("Prices rose by 5%.", "talks:3", [("tr", 1, ((7, "x", True, (), False),))])])),
        lambda data: marshal.dumps(
            (1, [("Prices rose by 5%.", "talks:3", [("tr", 1, ((0, "putin", "yes", (), False),))])])
        ),
        lambda data: marshal.dumps((1, [("Prices rose by 5%.", 3, [])])),
        lambda data: marshal.dumps((1, [("The talks went on.", "talks:2", [("ar", 0, "line 7", "draft")])])),
        lambda data: marshal.dumps((1, "units")),
    ],
)
def test_a_damaged_kept_file_gives_the_memory_a_fresh_read_gives(tmp_path, damage, parsed):
    path = write(tmp_path)
    first = described(load_memory([path]))
    (kept,) = memory_cache.cached_files()
    kept.write_bytes(damage(kept.read_bytes()))
    assert described(load_memory([path])) == first
    assert parsed == ["desk.tmx", "desk.tmx"]


def test_a_folder_in_place_of_the_kept_file_is_no_cache(tmp_path, parsed):
    path = write(tmp_path)
    first = described(load_memory([path]))
    (kept,) = memory_cache.cached_files()
    kept.unlink()
    kept.mkdir()
    assert described(load_memory([path])) == first
    assert parsed == ["desk.tmx", "desk.tmx"]


def test_cache_clear_removes_the_kept_memories(tmp_path, parsed):
    from click.testing import CliRunner

    from toolkit.cli import main

    path = write(tmp_path)
    load_memory([path])
    assert len(memory_cache.cached_files()) == 1
    assert CliRunner().invoke(main, ["cache", "clear"]).exit_code == 0
    assert memory_cache.cached_files() == []
    load_memory([path])
    assert parsed == ["desk.tmx", "desk.tmx"]


# Each edit of a memory adds a kept copy (about 0.8 times its TMX): the copies are bounded per memory file and in
# all, so an edited 60 MB memory never fills the cache folder with hundreds of MB.


def settle():
    """Make every kept copy older than whatever is written or read next (file times, not waiting)."""
    for path in memory_cache.cached_files():
        status = path.stat()
        os.utime(path, (status.st_atime - 1000, status.st_mtime - 1000))


def edition(number):
    return MEMORY.replace("Fiyatlar %5 arttı.", f"Fiyatlar {number} kez arttı.")


def test_an_edited_memory_keeps_only_its_newest_two_copies(tmp_path, parsed):
    path = write(tmp_path)
    for number in range(1, 7):
        write(tmp_path, edition(number))
        load_memory([path])
        settle()
    assert len(memory_cache.cached_files()) == memory_cache.KEPT_PER_MEMORY == 2
    assert len(parsed) == 6
    load_memory([path])  # the file as it is now: kept
    write(tmp_path, edition(5))  # the edit undone: the copy before it is kept too
    memory = load_memory([path])
    assert len(parsed) == 6
    assert memory.lookup("Prices rose by 5%.", "tr").template.code == "Fiyatlar 5 kez arttı."
    write(tmp_path, edition(3))  # older than that: read again
    load_memory([path])
    assert len(parsed) == 7


def test_editing_one_memory_never_drops_another_memorys_copy(tmp_path, parsed):
    desk = write(tmp_path, name="desk.tmx")
    archive = write(tmp_path, MEMORY.replace("talks:", "archive:"), name="archive.tmx")
    load_memory([archive])
    settle()
    for number in range(1, 5):
        write(tmp_path, edition(number), name="desk.tmx")
        load_memory([desk])
        settle()
    assert len(memory_cache.cached_files()) == 3  # the archive's one, the desk's newest two
    memory = load_memory([archive, desk])
    assert parsed == ["archive.tmx", "desk.tmx", "desk.tmx", "desk.tmx", "desk.tmx"]
    assert memory.lookup("The talks went on.", "fa").unit_id == "talks:2"


def test_copies_of_many_memories_keep_the_most_recently_used(tmp_path, parsed, monkeypatch):
    monkeypatch.setattr(memory_cache, "FILES_KEPT", 3)
    paths = [write(tmp_path, MEMORY.replace("talks:", f"m{n}:"), name=f"m{n}.tmx") for n in range(4)]
    for path in paths[:3]:
        load_memory([path])
        settle()
    load_memory([paths[0]])  # read again: m0 is now the most recently used
    settle()
    load_memory([paths[3]])  # a fourth memory: the least recently used copy (m1) goes
    assert parsed == ["m0.tmx", "m1.tmx", "m2.tmx", "m3.tmx"]
    load_memory([paths[0], paths[2], paths[3]])
    assert parsed == ["m0.tmx", "m1.tmx", "m2.tmx", "m3.tmx"]
    load_memory([paths[1]])
    assert parsed == ["m0.tmx", "m1.tmx", "m2.tmx", "m3.tmx", "m1.tmx"]
    assert len(memory_cache.cached_files()) == 3


def test_the_copies_stay_under_their_size_bound_and_the_newest_is_always_kept(tmp_path, parsed, monkeypatch):
    small = write(tmp_path, name="small.tmx")
    load_memory([small])
    (one,) = memory_cache.cached_files()
    monkeypatch.setattr(memory_cache, "MAX_KEPT_BYTES", one.stat().st_size * 2 + 10)
    settle()
    other = write(tmp_path, MEMORY.replace("talks:", "other:"), name="other.tmx")
    load_memory([other])
    assert len(memory_cache.cached_files()) == 2  # under the bound: both kept
    settle()
    units = "".join(
        f'<tu tuid="big:{n}"><tuv xml:lang="en"><seg>Sentence {n} of a larger memory.</seg></tuv>'
        f'<tuv xml:lang="tr"><seg>Daha büyük bir belleğin {n}. cümlesi.</seg></tuv></tu>'
        for n in range(200)
    )
    large = write(tmp_path, MEMORY.replace("</body>", units + "</body>"), name="large.tmx")
    load_memory([large])
    (kept,) = memory_cache.cached_files()  # larger than the bound alone: kept, and the others gone
    assert kept.stat().st_size > memory_cache.MAX_KEPT_BYTES
    load_memory([large])
    assert parsed == ["small.tmx", "other.tmx", "large.tmx"]


def test_the_same_memory_in_two_places_is_kept_once(tmp_path, parsed):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    desk = write(tmp_path / "a")
    load_memory([desk])
    archive = write(tmp_path / "b")
    memory = load_memory([archive])
    assert parsed == ["desk.tmx"] and len(memory_cache.cached_files()) == 1
    assert memory.lookup("Prices rose by 5%.", "tr").path == archive
