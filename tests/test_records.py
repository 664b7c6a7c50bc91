"""toolkit.records.dataclass makes the classes the standard library's dataclass makes: each class below is built
by both, and everything a caller can see of them (methods' results, errors, signatures, docstrings, fields) is
compared."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from functools import partial

import pytest

from toolkit.records import _record, dataclass


def _both(body: str, **names: object) -> tuple[type, type]:
    """The class that ``body`` (a decorated class named C, with ``dc`` as its decorator) defines, once made by
    the standard library's dataclass and once by toolkit.records'."""
    made = []
    for decorator in (dataclasses.dataclass, _record):
        namespace: dict = {"dc": decorator, "field": dataclasses.field, **names}
        exec(compile(body, "<test>", "exec", dont_inherit=True), namespace)
        made.append(namespace["C"])
    return made[0], made[1]


def _seen(cls: type) -> dict:
    params = cls.__dataclass_params__
    return {
        "doc": cls.__doc__,
        "signature": str(inspect.signature(cls)),
        "init annotations": cls.__init__.__annotations__,
        "params": (params.init, params.repr, params.eq, params.order, params.unsafe_hash, params.frozen),
        "match args": cls.__match_args__,
        "fields": [(f.name, f.type, f.init, f.repr, f.compare, f.hash) for f in dataclasses.fields(cls)],
        "hashable": cls.__hash__ is not None,
        "qualnames": [getattr(cls, name).__qualname__ for name in ("__init__", "__repr__", "__eq__")],
    }


def _outcome(call):
    """What a call gives: its value, or its error's class and message."""
    try:
        return ("value", call())
    except Exception as error:  # the error itself is compared
        return (type(error).__name__, str(error))


FROZEN = """
@dc(frozen=True)
class C:
    name: str
    count: int = 0
    tags: tuple = ()
    notes: list = field(default_factory=list, compare=False)
    secret: str = field(default="x", repr=False)
"""

PLAIN = """
@dc
class C:
    \"\"\"A record with its own docstring.\"\"\"
    text: "str"
    items: "list[int]" = field(default_factory=list)
    seen: int = field(default=0, init=False)
    made: dict = field(default_factory=dict, init=False, repr=False)
"""


@pytest.mark.parametrize("body", [FROZEN, PLAIN, FROZEN.replace("(frozen=True)", "(eq=False)")])
def test_the_class_reads_as_the_standard_librarys(body):
    standard, ours = _both(body)
    assert _seen(ours) == _seen(standard)


def test_frozen_records_compare_hash_and_refuse_changes_as_the_standard_librarys():
    standard, ours = _both(FROZEN)
    for cls in (standard, ours):
        assert cls("a", 1, ("x",), [1]) == cls("a", 1, ("x",), [2])  # notes are not compared
        assert cls("a", 1) != cls("a", 2)
        assert hash(cls("a", 1, ("x",), [1])) == hash(cls("a", 1, ("x",), [9]))
    pairs = [(standard("a", 1, ("x",)), ours("a", 1, ("x",))), (standard("b"), ours("b"))]
    for theirs, mine in pairs:
        assert repr(mine) == repr(theirs)
        assert hash(mine) == hash(theirs)
        assert mine.__eq__(theirs) is NotImplemented and theirs.__eq__(mine) is NotImplemented
        assert (mine == "a") is False
        assert _outcome(lambda m=mine: setattr(m, "name", "z")) == _outcome(lambda t=theirs: setattr(t, "name", "z"))
        assert _outcome(lambda m=mine: setattr(m, "other", 1)) == _outcome(lambda t=theirs: setattr(t, "other", 1))
        assert _outcome(lambda m=mine: delattr(m, "count")) == _outcome(lambda t=theirs: delattr(t, "count"))
        assert repr(dataclasses.replace(mine, count=5)) == repr(dataclasses.replace(theirs, count=5))
        assert dataclasses.replace(mine, count=5) == ours(mine.name, 5, mine.tags)
        assert dataclasses.asdict(mine) == dataclasses.asdict(theirs)
        assert dataclasses.astuple(mine) == dataclasses.astuple(theirs)
    assert ours("a").notes is not ours("a").notes  # a fresh list for each


def test_the_toolkits_records_go_through_pickle_as_worker_processes_send_them():
    from toolkit.problems import Problem

    problem = Problem("error", "name-missing", "the name is missing", language="ar", segment_id="s1")
    copy = pickle.loads(pickle.dumps(problem))
    assert copy == problem and hash(copy) == hash(problem) and repr(copy) == repr(problem)
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'code'"):
        copy.code = "other"  # type: ignore[misc]


def test_plain_records_are_unhashable_and_take_their_fields_as_the_standard_librarys():
    standard, ours = _both(PLAIN)
    theirs, mine = standard("t", [1]), ours("t", [1])
    assert repr(mine) == repr(theirs) == "C(text='t', items=[1], seen=0)"
    assert mine == ours("t", [1]) and mine != ours("t", [2])
    assert _outcome(lambda: hash(mine)) == _outcome(lambda: hash(theirs))
    mine.seen = 3
    mine.made["k"] = 1
    assert ours("t").made == {} and ours("t").items == []
    for call in ((), ("a", [1], 2), ("a",)):
        assert _outcome(lambda c=call: repr(ours(*c))) == _outcome(lambda c=call: repr(standard(*c)))
    assert _outcome(lambda: ours(text="a", item=[])) == _outcome(lambda: standard(text="a", item=[]))


def test_eq_false_keeps_identity_as_the_standard_librarys():
    standard, ours = _both(FROZEN.replace("(frozen=True)", "(eq=False)"))
    for cls in (standard, ours):
        first = cls("a")
        assert first != cls("a") and first == first
        assert hash(first) == object.__hash__(first)
        first.count = 3  # not frozen
    assert repr(ours("a", 2)) == repr(standard("a", 2))


def test_a_repr_that_meets_its_own_object_again_writes_dots():
    standard, ours = _both("@dc\nclass C:\n    inner: object = None\n")
    looped = []
    for cls in (standard, ours):
        loop = cls()
        loop.inner = [loop, cls(3)]
        looped.append(repr(loop))
    assert looped[0] == looped[1] == "C(inner=[..., C(inner=3)])"


def test_methods_and_hash_the_class_writes_itself_are_kept():
    body = """
@dc(frozen=True)
class C:
    key: str
    weight: int = 1

    def __repr__(self):
        return f"<{self.key}>"

    def __eq__(self, other):
        return isinstance(other, C) and other.key == self.key

    def __hash__(self):
        return len(self.key)
"""
    standard, ours = _both(body)
    for cls in (standard, ours):
        assert repr(cls("abc", 5)) == "<abc>"
        assert cls("abc", 1) == cls("abc", 2)
        assert hash(cls("abcd")) == 4
    exceptional = """
@dc(frozen=True)
class C(Exception):
    message: str
    line: int | None = None
"""
    standard, ours = _both(exceptional)
    assert repr(ours("bad", 3)) == repr(standard("bad", 3))
    assert ours("bad", 3) == ours("bad", 3) and hash(ours("bad")) == hash(standard("bad"))
    with pytest.raises(ours):
        raise ours("bad")


def test_a_default_before_a_required_field_is_refused_with_the_standard_librarys_message():
    body = "@dc\nclass C:\n    a: int = 0\n    b: int\n"
    outcomes = []
    for decorator in (dataclasses.dataclass, _record):
        namespace: dict = {"dc": decorator}
        outcomes.append(_outcome(lambda n=namespace: exec(body, n)))
    assert outcomes[0] == outcomes[1] == ("TypeError", "non-default argument 'b' follows default argument")


def test_what_the_module_does_not_write_is_left_to_the_standard_library():
    body = """
@dc
class C:
    a: int
    b: int = 0

    def __post_init__(self):
        self.b = self.a * 2
"""
    standard, ours = _both(body)
    assert ours(2).b == standard(2).b == 4
    subclass = """
@dc(frozen=True)
class Base:
    a: int

@dc(frozen=True)
class C(Base):
    b: int = 0
"""
    standard, ours = _both(subclass)
    assert _seen(ours) == _seen(standard)
    assert ours(1, 2) == ours(1, 2) and repr(ours(1)) == "C(a=1, b=0)"
    unknown = "@dc(ordered=True)\nclass C:\n    a: int\n"
    outcomes = []
    for decorator in (dataclasses.dataclass, _record):
        namespace: dict = {"dc": decorator}
        outcomes.append(_outcome(lambda n=namespace: exec(unknown, n)))
    assert outcomes[0][0] == outcomes[1][0] == "TypeError" and "'ordered'" in outcomes[1][1]


def test_a_field_named_self_is_taken_as_the_standard_librarys():
    for body in (
        "@dc\nclass C:\n    self: int\n    other: str = 'x'\n",
        "@dc(frozen=True)\nclass C:\n    name: str\n    self: list = field(default_factory=list)\n",
    ):
        standard, ours = _both(body)
        assert _seen(ours) == _seen(standard)
        assert repr(ours(1)) == repr(standard(1))
        assert ours(1) == ours(1) and ours(1) != ours(2)


OPTIONS = {
    "order": ("@dc(order=True)\nclass C:\n    a: int\n    b: str = ''\n", lambda C: sorted([C(2), C(1, "z"), C(1)])),
    "slots": ("@dc(slots=True, frozen=True)\nclass C:\n    a: int\n", lambda C: (C.__slots__, hash(C(1)), C(1))),
    "unsafe hash": ("@dc(unsafe_hash=True)\nclass C:\n    a: int\n", lambda C: {C(1): 1, C(1): 2}),
    "keyword only": ("@dc(kw_only=True)\nclass C:\n    a: int\n    b: int\n", lambda C: (C(b=1, a=2), C(1, 2))),
    "KW_ONLY": ("@dc\nclass C:\n    a: int\n    _: KW_ONLY\n    b: int = 0\n", lambda C: (C(1, b=2), C(1, 2))),
    "one keyword-only field": (
        "@dc\nclass C:\n    a: int = field(kw_only=True)\n    b: int = 0\n",
        lambda C: (C(3, a=1), C(1)),
    ),
    "InitVar without __post_init__": ("@dc\nclass C:\n    a: int\n    b: InitVar[int] = 0\n", lambda C: C(1, 2)),
    "InitVar as text": ("@dc\nclass C:\n    a: int\n    b: 'InitVar[int]' = 0\n", lambda C: C(1, 2)),
    "no match args": ("@dc(match_args=False)\nclass C:\n    a: int\n", lambda C: hasattr(C, "__match_args__")),
    "no __init__": ("@dc(init=False)\nclass C:\n    a: int = 3\n", lambda C: (C(), C().a)),
    "no __repr__": ("@dc(repr=False)\nclass C:\n    a: int\n", lambda C: repr(C(1)).startswith("<")),
}


@pytest.mark.parametrize("option", OPTIONS)
def test_options_and_fields_this_module_does_not_write_are_made_as_the_standard_library_makes_them(option):
    # type checkers read toolkit.records.dataclass as the standard library's, so every option it takes is accepted
    body, use = OPTIONS[option]
    standard, ours = _both(body, KW_ONLY=dataclasses.KW_ONLY, InitVar=dataclasses.InitVar)
    assert _outcome(lambda: repr(use(ours))) == _outcome(lambda: repr(use(standard)))
    assert str(inspect.signature(ours)) == str(inspect.signature(standard))
    params = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")
    assert [getattr(ours.__dataclass_params__, p) for p in params] == [
        getattr(standard.__dataclass_params__, p) for p in params
    ]


@dataclass(frozen=True)
class _Frozen:
    name: str
    count: int = 0


@dataclass
class _Plain:
    name: str


@dataclasses.dataclass(frozen=True)
class _StandardFrozen:
    name: str
    count: int = 0


@dataclasses.dataclass
class _StandardPlain:
    name: str


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_records_go_through_pickle_at_every_protocol_as_the_standard_librarys(protocol):
    for ours, standard in ((_Frozen("a", 2), _StandardFrozen("a", 2)), (_Plain("b"), _StandardPlain("b"))):
        mine, theirs = pickle.loads(pickle.dumps(ours, protocol)), pickle.loads(pickle.dumps(standard, protocol))
        assert type(mine) is type(ours) and mine == ours and mine.__dict__ == theirs.__dict__
        assert repr(mine).lstrip("_") == repr(theirs).lstrip("_").replace("Standard", "")
    assert hash(pickle.loads(pickle.dumps(_Frozen("a", 2), protocol))) == hash(_StandardFrozen("a", 2))


def test_the_methods_belong_to_the_module_of_their_class_and_go_through_pickle():
    for cls in (_Frozen, _Plain):
        assert cls.__init__ is cls.__dict__["__init__"]  # written on first use (see the tests at the end)
        for name in ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__"):
            method = cls.__dict__.get(name)
            if callable(method):
                assert method.__module__ == __name__, name
                assert pickle.loads(pickle.dumps(method)) is method
    record = _Frozen("a", 2)
    assert pickle.loads(pickle.dumps(record.__repr__))() == "_Frozen(name='a', count=2)"
    assert copy.deepcopy(record) == record and copy.copy(_Plain("x")) == _Plain("x")


def _matched(C: type, record: object) -> object:
    match record:
        case C(name, count) if count > 1:
            return ("many", name, count)
        case C(name):
            return ("one", name)
    return "no match"


KEPT = {
    "match by position": (FROZEN, lambda C: [_matched(C, C("a", 3)), _matched(C, C("b")), _matched(C, "x")]),
    "dict keys": (FROZEN, lambda C: {C("a", 1, ("t",)): 1, C("a", 1, ("t",), [5]): 2, C("b"): 3}),
    "set of records": (FROZEN, lambda C: sorted(repr(r) for r in {C("a"), C("a"), C("b", 2)})),
    "deepcopy": (PLAIN, lambda C: _copies(C("t", [1, 2]))),
    "replace and asdict": (
        PLAIN,
        lambda C: (dataclasses.asdict(dataclasses.replace(C("t"), text="u")), dataclasses.astuple(C("t", [3]))),
    ),
    "fields named like builtins": (
        "@dc(frozen=True)\nclass C:\n    id: int\n    type: str = 'a'\n    object: object = None\n    hash: int = 0\n",
        lambda C: (repr(C(1, "b", 2, 3)), C(1) == C(1), hash(C(1)) == hash(C(1)), C(1, hash=4).hash),
    ),
    "class variables": (
        "from typing import ClassVar\n@dc\nclass C:\n    name: str\n    kind: ClassVar[str] = 'k'\n"
        "    limit: 'ClassVar[int]' = 3\n",
        lambda C: (repr(C("a")), C.kind, C.limit, [f.name for f in dataclasses.fields(C)]),
    ),
    "annotations as text": (
        "from __future__ import annotations\n@dc(frozen=True)\nclass C:\n    name: str\n"
        "    items: list[int] = field(default_factory=list)\n",
        lambda C: (C.__init__.__annotations__, repr(C("a")), C("a").items is not C("a").items),
    ),
    "default factory not in __init__": (
        "@dc\nclass C:\n    a: int\n    log: list = field(default_factory=list, init=False)\n",
        lambda C: (repr(C(1)), C(1).log is not C(1).log, _outcome(lambda: C(1, [])), C(1) == C(1)),
    ),
    "equal only to its own class": (
        "@dc(frozen=True)\nclass C:\n    a: int\nclass Sub(C):\n    pass\n",
        lambda C: (C(1) == C(1), C(1) == (1,), C(1) != 1, C(1).__eq__(type("Other", (), {"a": 1})())),
    ),
    "plain subclass of a frozen record": (
        "@dc(frozen=True)\nclass C:\n    a: int\n",
        lambda C: _subclassed(C),
    ),
    "standard subclass of a record": (
        "@dc(frozen=True)\nclass C:\n    a: int\n    b: int = 0\n",
        lambda C: _extended(C),
    ),
    "no fields": ("@dc(frozen=True)\nclass C:\n    pass\n", lambda C: (C() == C(), hash(C()), repr(C()), C.__doc__)),
}


def _copies(record: object) -> object:
    deep, shallow = copy.deepcopy(record), copy.copy(record)
    return (deep == record, deep.items is not record.items, shallow.items is record.items, repr(deep))


def _subclassed(C: type) -> object:
    Sub = type("Sub", (C,), {})
    record = Sub(1)
    record.extra = 2  # a name the subclass has, not a field: the standard library allows it
    refused = _outcome(lambda: setattr(record, "a", 3))
    return (repr(record), record.extra, refused, record == Sub(1), record == C(1))


def _extended(C: type) -> object:
    Extended = dataclasses.dataclass(frozen=True)(type("Extended", (C,), {"__annotations__": {"c": int}, "c": 5}))
    record = Extended(1, 2)
    return (repr(record), record == Extended(1, 2, 5), hash(record) == hash((1, 2, 5)), Extended.__match_args__)


@pytest.mark.parametrize("behaviour", KEPT)
def test_what_the_toolkit_relies_on_is_kept_as_the_standard_library_has_it(behaviour):
    body, use = KEPT[behaviour]
    standard, ours = _both(body)
    theirs, mine = _outcome(lambda: use(standard)), _outcome(lambda: use(ours))
    assert mine[0] == "value", mine
    assert repr(mine) == repr(theirs).replace(repr(standard), repr(ours))


def _code_as_compiled(code) -> tuple:
    """What a code object runs and names, the code objects it holds too: all but the columns of its lines."""
    consts = tuple(_code_as_compiled(c) if isinstance(c, type(code)) else c for c in code.co_consts)
    return (
        code.co_code,
        code.co_names,
        code.co_varnames,
        code.co_cellvars,
        code.co_freevars,
        consts,
        (code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals, code.co_stacksize),
        (code.co_flags, code.co_name, code.co_firstlineno, code.co_exceptiontable, code.co_filename),
        [(start, end, line) for start, end, line in code.co_lines()],
    )


def _toolkits_records() -> list[type]:
    """Every record class of the toolkit's modules (each imported, but the one ``python -m toolkit`` runs)."""
    import importlib
    import pkgutil

    import toolkit

    for module in pkgutil.walk_packages(toolkit.__path__, "toolkit."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    made, seen, waiting = [], set(), [object]
    while waiting:
        for sub in type.__subclasses__(waiting.pop()):
            if sub not in seen:
                seen.add(sub)
                waiting.append(sub)
                if str(vars(sub).get("__module__", "")).startswith("toolkit.") and "__dataclass_fields__" in vars(sub):
                    made.append(sub)
    return made


def test_each_records_init_is_the_code_its_own_text_compiles_to():
    # records of one shape of fields share one compiled __init__, renamed for each: what it runs, its names, its
    # constants and its lines are those of the class's own text compiled, the standard library's text
    from toolkit import records

    checked = 0
    for cls in _toolkits_records():
        fields = dataclasses.fields(cls)
        if cls.__init__.__code__.co_filename != "<string>" or "__post_init__" in vars(cls):
            continue  # made by the standard library's decorator
        frozen = cls.__dataclass_params__.frozen
        text, _ = records._text([f.name for f in fields], tuple(records._kind(f) for f in fields), frozen)
        code, _ = records._init_code(fields, frozen)
        assert _code_as_compiled(code) == _code_as_compiled(records._compiled(text)), cls
        checked += 1
    assert checked > 50
    assert len(records._SHAPES) < checked  # shapes are shared


SHAPES = [
    "@dc\nclass C:\n    a: int\n    b: str = 'x'\n    c: list = field(default_factory=list)\n",
    "@dc(frozen=True)\nclass C:\n    a: int\n    b: str = 'x'\n    c: list = field(default_factory=list)\n",
    "@dc\nclass C:\n    a: int\n    b: list = field(default_factory=list, init=False)\n    c: int = field(default=4, init=False)\n",
    "@dc(frozen=True)\nclass C:\n    a: int\n    b: list = field(default_factory=list, init=False)\n    c: int = field(default=4, init=False)\n",
    "@dc\nclass C:\n    MISSING: int\n    _type_a: str = 'x'\n",
    "@dc(frozen=True)\nclass C:\n    __dataclass_field_1__: int\n    __dataclass_field_0__: int = 2\n",
    "@dc(frozen=True)\nclass C:\n    __setattr__: int\n    x: int = 2\n",
]


@pytest.mark.parametrize("body", SHAPES)
def test_records_of_one_shape_each_take_their_own_names_and_defaults(body):
    # the same shape of fields under other names and defaults: each class reads and builds as the standard library's
    renamed = body.replace("a:", "first:").replace("'x'", "'y'").replace("b:", "second:").replace("c:", "third:")
    for text in (body, renamed, body):
        standard, ours = _both(text)
        assert _seen(ours) == _seen(standard)
        one, other = standard(1), ours(1)
        assert repr(other) == repr(one)
        for arguments in ((), (1, 2, 3, 4)):
            made, theirs = _outcome(partial(ours, *arguments)), _outcome(partial(standard, *arguments))
            assert repr(made) == repr(theirs)
        for f in dataclasses.fields(one):
            value = getattr(one, f.name)
            assert getattr(other, f.name) == value
            if isinstance(value, list):
                assert getattr(ours(1), f.name) is not getattr(other, f.name)  # a fresh list for each record


LAZY = """
@dc(frozen=True)
class C:
    name: str
    count: int = 0

class Sub(C):
    pass
"""


@pytest.mark.parametrize("first_use", ["instance", "subclass instance", "signature", "attribute", "doc", "getdoc"])
def test_a_records_init_and_docstring_are_written_when_first_used_and_are_then_the_same(first_use):
    # a run imports about a hundred records and uses about half: __init__ (and the docstring a class body without
    # one gets, which reads its signature) is written on first use, whatever the use, and is then what it would
    # have been made at once
    namespace: dict = {"dc": _record, "field": dataclasses.field}
    exec(compile(LAZY, "<test>", "exec", dont_inherit=True), namespace)
    C, Sub = namespace["C"], namespace["Sub"]
    standard, _ = _both(LAZY)
    assert not callable(vars(C)["__init__"]) and not isinstance(vars(C)["__doc__"], str)  # not written yet
    uses = {
        "instance": lambda: C("a", 2),
        "subclass instance": lambda: Sub("a", 2),
        "signature": lambda: inspect.signature(C),
        "attribute": lambda: C.__init__,
        "doc": lambda: C.__doc__,
        "getdoc": lambda: inspect.getdoc(C),
    }
    uses[first_use]()
    assert callable(vars(C)["__init__"]) and vars(C)["__init__"] is C.__init__  # in the class itself, once
    assert C.__init__.__qualname__ == "C.__init__" and C.__init__.__module__ == C.__module__
    assert C.__doc__ == standard.__doc__ == "C(name: str, count: int = 0)" and vars(C)["__doc__"] == C.__doc__
    assert C("a").__doc__ == C.__doc__ and Sub.__doc__ is None  # a subclass's own body has no docstring
    assert _seen(C) == _seen(standard)
    assert repr(Sub("b")) == "Sub(name='b', count=0)" and Sub("b") != C("b")
    assert _outcome(lambda: C()) == _outcome(lambda: standard())


def test_a_required_field_after_a_default_is_refused_when_the_class_is_made_as_the_standard_librarys():
    body = "@dc\nclass C:\n    a: int = 1\n    b: str\n"
    for decorator in (dataclasses.dataclass, _record):
        with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):
            exec(compile(body, "<test>", "exec", dont_inherit=True), {"dc": decorator})
    # a field left out of __init__ is not a parameter: a required one may follow it
    standard, ours = _both("@dc\nclass C:\n    a: int = field(default=1, init=False)\n    b: str\n")
    assert _seen(ours) == _seen(standard)


def test_the_toolkits_shapes_are_prebuilt_each_the_code_its_text_compiles_to():
    # the module of prebuilt shapes holds every shape the toolkit's records have, written from this module's text
    # (else: python tools/build_record_shapes.py), and each is the code that text compiles to, named as it
    import subprocess
    import sys
    from pathlib import Path

    from toolkit import record_shapes, records

    root = Path(__file__).resolve().parents[1]
    check = [sys.executable, str(root / "tools" / "build_record_shapes.py"), "--check"]
    result = subprocess.run(check, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(record_shapes.SHAPES) > 50
    for key, (text, _) in record_shapes.SHAPES.items():
        kinds, frozen, factories = key
        stand_ins = [records._stand_in(index, factories) for index in range(len(kinds))]
        assert text == records._text(stand_ins, kinds, frozen)[0]
        prebuilt, compiled = records._prebuilt(key, text), records._compiled(text)
        assert prebuilt is not None and _code_as_compiled(prebuilt) == _code_as_compiled(compiled)
        made, theirs = _code_in(prebuilt), _code_in(compiled)
        assert (made.co_name, _qualname(made)) == (theirs.co_name, _qualname(theirs))
        init, their_init = _code_in(made), _code_in(theirs)
        assert made.co_name == "__create_fn__" and _qualname(init) == _qualname(their_init)
        assert list(init.co_positions()) == list(their_init.co_positions())  # the columns of its lines too


def _qualname(code) -> str:
    return getattr(code, "co_qualname", code.co_name)  # Python 3.11 and later name code by its qualified name


def _code_in(code):
    (inner,) = [c for c in code.co_consts if isinstance(c, type(code))]
    return inner


def test_a_shape_whose_text_is_not_the_prebuilt_ones_is_compiled_as_ever():
    from toolkit import record_shapes, records

    key, (text, _) = next(iter(record_shapes.SHAPES.items()))
    assert records._prebuilt(key, text) is not None
    assert records._prebuilt(key, text.replace("return __init__", "return None")) is None  # another text
    assert records._prebuilt((("required",) * 40, True, ()), text) is None  # a shape not written out
