"""``dataclass``, as the standard library's makes it, at less cost when a module is imported.

Python's ``dataclasses.dataclass`` writes each method it adds (``__init__``, ``__repr__``, ``__eq__``, and for a
frozen class ``__setattr__``, ``__delattr__`` and ``__hash__``) as source text and compiles each one, about
0.3 ms a class; a run imports about a hundred of the toolkit's. This decorator lets the standard library read the
class's fields (defaults, ``field(...)``, ``__match_args__``, ``__dataclass_fields__``) and compiles only
``__init__``, the same text the standard library writes; the other methods are functions made without
compiling, which give the same results:

- ``__repr__``: ``Name(a=1, b='x')`` over the fields with ``repr=True``, ``...`` for an object met again while
  its own repr is being written (as the standard library's guard does);
- ``__eq__``: the tuples of the fields with ``compare=True`` when both objects are of the same class, else
  ``NotImplemented``;
- ``__hash__``: for a frozen class, the hash of that tuple (over the fields whose ``hash`` is true, or is None
  and ``compare`` true); for an unfrozen one with ``eq``, None (unhashable), as the standard library sets it;
- a frozen class's ``__setattr__`` and ``__delattr__`` raise ``FrozenInstanceError`` for its fields, and for
  any name on the class itself;
- a method the class body defines itself is kept, and so is an explicit ``__hash__``; a class without a
  docstring gets the standard library's (its name and ``__init__``'s signature).

A run imports about a hundred records and makes instances of about half of them: ``__init__`` is written when
it is first looked up (an instance made, ``inspect.signature``, ``C.__init__``), and so is the docstring a class
without one gets; from then on the class holds them as it would have from the start. Its code is compiled once
per shape of fields, or taken from toolkit.record_shapes, where the shapes of the toolkit's own records are
written out (``tools/build_record_shapes.py``) so that Python keeps them compiled with the module's code.

``__dataclass_params__`` reads as the standard library's would, so ``dataclasses.fields``, ``replace``,
``asdict`` and a subclass's checks see an ordinary dataclass. Only ``frozen`` and ``eq`` are written here; a
class given any other option (``order``, ``slots``, ``kw_only``, ``unsafe_hash``...), with ``__post_init__``, a
dataclass among its bases, an ``InitVar`` or keyword-only fields is made by the standard library's decorator, as
type checkers, which see ``dataclasses.dataclass`` itself, expect.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from operator import attrgetter
from types import CodeType
from typing import TYPE_CHECKING, Any

try:
    from _thread import get_ident
except ImportError:  # pragma: no cover - every CPython build has _thread
    from threading import get_ident

__all__ = ["dataclass"]


class _FactoryDefault:  # how the sentinel reads in a signature, as the standard library's does
    def __repr__(self) -> str:
        return "<factory>"


# "not given" where a field has a default factory: the standard library's own sentinel, so signatures read the same
_HAS_DEFAULT_FACTORY = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", _FactoryDefault())
_INIT_VAR = getattr(dataclasses, "_FIELD_INITVAR", None)


def _tuple_of(names: list[str]) -> Callable[[Any], tuple]:
    """A function giving ``(obj.a, obj.b, ...)`` for ``names``: the tuple the standard library's methods build."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)  # a tuple for two names or more


# the names the text of ``__init__`` uses besides its fields': a field named so is compiled on its own
_FIXED_NAMES = frozenset(("MISSING", "_HAS_DEFAULT_FACTORY", "_return_type", "self"))
# ``__create_fn__`` of each shape of fields (each field's kind, frozen or not), compiled with a stand-in name for each
# field and given each class's names by :func:`_renamed`: about half the toolkit's records share a shape
_SHAPES: dict[tuple, CodeType] = {}


def _kind(f: dataclasses.Field) -> str:
    """How a field enters ``__init__``: required, with a default, with a default factory, or not at all."""
    if f.default_factory is not dataclasses.MISSING:
        return "factory" if f.init else "factory, not in __init__"
    if not f.init:
        return "not in __init__"
    return "required" if f.default is dataclasses.MISSING else "default"


def _stand_in(index: int, factories: tuple[int, ...]) -> str:
    """The name field ``index`` has in its shape's compiled code; a default factory's sorts as its rank among them."""
    if index in factories:
        return f"__dataclass_field_{factories.index(index):04d}_{index}__"
    return f"__dataclass_field_{index}__"


def _text(names: list[str], kinds: tuple[str, ...], frozen: bool) -> tuple[str, list[str]]:
    """The standard library's text of ``__create_fn__`` (which returns ``__init__``) for fields of these names and
    kinds, with the names of its parameters in order."""
    parameters_of_fn = ["MISSING", "_HAS_DEFAULT_FACTORY", "__dataclass_builtins_object__"]
    # the instance's own name: a field may be called ``self``, as the standard library allows
    me = "__dataclass_self__" if "self" in names else "self"
    parameters = [me]
    body = []
    seen_default = False
    for name, kind in zip(names, kinds):
        parameters_of_fn.append(f"_type_{name}")
        default = f"_dflt_{name}"
        if kind.startswith("factory"):
            parameters_of_fn.append(default)
            value = f"{default}()"
            if kind == "factory":
                value = f"{value} if {name} is _HAS_DEFAULT_FACTORY else {name}"
        elif kind == "not in __init__":
            continue
        else:
            if kind == "default":
                parameters_of_fn.append(default)
            value = name
        body.append(
            f"__dataclass_builtins_object__.__setattr__({me},{name!r},{value})" if frozen else f"{me}.{name}={value}"
        )
        if kind == "factory, not in __init__":
            continue
        if kind == "required":
            if seen_default:
                raise TypeError(f"non-default argument {name!r} follows default argument")
            parameters.append(f"{name}:_type_{name}")
        else:
            seen_default = True
            marker = default if kind == "default" else "_HAS_DEFAULT_FACTORY"
            parameters.append(f"{name}:_type_{name}={marker}")
    parameters_of_fn.append("_return_type")
    lines = "\n".join(f"  {line}" for line in body or ["pass"])
    text = (
        f"def __create_fn__({', '.join(parameters_of_fn)}):\n"
        f" def __init__({','.join(parameters)})->_return_type:\n{lines}\n return __init__"
    )
    return text, parameters_of_fn


def _compiled(text: str) -> CodeType:
    # compiled without this module's ``from __future__ import annotations``, as the standard library's text is
    return compile(text, "<string>", "exec", dont_inherit=True)


def _renamed(code: CodeType, names: dict[str, str]) -> CodeType:
    """``code`` with each name in ``names`` (its variables, attributes, and the strings among its constants: a
    frozen record's field names, the keys of ``__init__``'s annotations) replaced, in the code objects it holds
    too: the code compiling the text with the new names gives, but for the columns its traceback lines point at."""
    get = names.get
    consts = [
        _renamed(value, names)
        if type(value) is CodeType
        else get(value, value)
        if type(value) is str
        else tuple([get(item, item) if type(item) is str else item for item in value])
        if type(value) is tuple
        else value
        for value in code.co_consts
    ]
    return code.replace(
        co_varnames=tuple([get(name, name) for name in code.co_varnames]),
        co_cellvars=tuple([get(name, name) for name in code.co_cellvars]),
        co_freevars=tuple([get(name, name) for name in code.co_freevars]),
        co_names=tuple([get(name, name) for name in code.co_names]),
        co_consts=tuple(consts),
    )


# the shapes of the toolkit's own records, written out by ``tools/build_record_shapes.py`` as the functions of
# toolkit.record_shapes, whose code Python keeps compiled with the module's: None until first asked for
_PREBUILT: dict[tuple, tuple[str, Callable]] | None = None
SHAPES_MODULE = "toolkit.record_shapes"
_DEFINITION: list[CodeType] = []  # the code of a text defining one function (compiled once)


def _prebuilt(key: tuple, text: str) -> CodeType | None:
    """The code ``text`` compiles to, from the module of prebuilt shapes when it has this shape's text, as the
    compiler gives it for the text on its own: named ``__create_fn__``, from ``<string>``, starting at line 1.
    None for a shape it lacks (a record outside the toolkit), or whose text is not the one this module writes."""
    global _PREBUILT
    if _PREBUILT is None:
        try:
            _PREBUILT = dict(__import__(SHAPES_MODULE, fromlist=["SHAPES"]).SHAPES)
        except (ImportError, AttributeError):
            _PREBUILT = {}
    written, function = _PREBUILT.get(key, ("", None))
    if function is None or written != text:
        return None
    code = function.__code__
    inner: dict[str, Any] = {"co_filename": "<string>", "co_firstlineno": 2}
    outer: dict[str, Any] = {"co_filename": "<string>", "co_firstlineno": 1, "co_name": "__create_fn__"}
    if sys.version_info >= (3, 11):  # named as the text's, in tracebacks too
        inner["co_qualname"] = "__create_fn__.<locals>.__init__"
        outer["co_qualname"] = "__create_fn__"
    qualname = {f"{code.co_name}.<locals>.__init__": "__create_fn__.<locals>.__init__"}  # a constant before 3.11
    consts = tuple(
        c.replace(**inner) if type(c) is CodeType else qualname.get(c, c) if type(c) is str else c
        for c in code.co_consts
    )
    create_fn = code.replace(co_consts=consts, **outer)
    # the text's own code defines the function: the same as a text of one other definition's, but for that function
    if not _DEFINITION:
        _DEFINITION.append(_compiled("def __create_fn__():\n pass\n"))
    definition = _DEFINITION[0]
    return definition.replace(co_consts=tuple(create_fn if type(c) is CodeType else c for c in definition.co_consts))


def _shapes_module(keys: list[tuple]) -> str:
    """The text of the module of prebuilt shapes: each shape's text, its function renamed, and SHAPES, by key."""
    lines = [
        '"""The ``__init__`` of each shape of fields the toolkit\'s records have (see toolkit.records), written by',
        "tools/build_record_shapes.py: do not edit. Python keeps this module compiled, so a run does not compile",
        'these texts again; a shape not here, or whose text differs, is compiled as ever."""',
        "# fmt: off",
        "# ruff: noqa",
        "# mypy: ignore-errors",
        "",
    ]
    entries = []
    for number, key in enumerate(sorted(keys, key=repr)):
        kinds, frozen, factories = key
        stand_ins = [_stand_in(index, factories) for index in range(len(kinds))]
        text, _ = _text(stand_ins, kinds, frozen)
        lines += ["", text.replace("def __create_fn__(", f"def _shape_{number}(", 1), ""]
        entries.append(f"    {key!r}: ({text!r}, _shape_{number}),")
    return "\n".join([*lines, "", "SHAPES = {", *entries, "}", ""])


def _toolkits_shapes() -> list[tuple]:
    """The shapes of every record of the toolkit's modules (each imported, but ``__main__`` modules)."""
    import importlib
    import pkgutil

    import toolkit

    for module in pkgutil.walk_packages(toolkit.__path__, "toolkit."):
        if not module.name.endswith("__main__") and module.name != SHAPES_MODULE:
            importlib.import_module(module.name)
    found, seen, waiting = [], set(), [object]
    while waiting:
        for sub in type.__subclasses__(waiting.pop()):
            if sub not in seen:
                seen.add(sub)
                waiting.append(sub)
                found.append(sub)
    for cls in found:
        if isinstance(cls.__dict__.get("__init__"), _InitOnFirstUse):
            getattr(cls, "__init__")  # noqa: B009 - written now, its shape with it
    return sorted(_SHAPES, key=repr)


def _init_code(fields: tuple[dataclasses.Field, ...], frozen: bool) -> tuple[CodeType, list[str]]:
    """The code of ``__create_fn__`` for these fields, and the names of its parameters."""
    names = [f.name for f in fields]
    kinds = tuple(_kind(f) for f in fields)
    text, parameters = _text(names, kinds, frozen)  # refuses a default before a required field, by its name
    if any(name in _FIXED_NAMES or name.startswith(("__dataclass_", "_type_", "_dflt_")) for name in names):
        return _compiled(text), parameters  # a name the text also uses for something else: compiled on its own
    # the compiler orders the closure's variables (a default factory's ``_dflt_`` name) by name: the stand-ins of
    # those fields sort as their own names do, and records share a compiled shape only when that order is the same
    factories = tuple(sorted((i for i, kind in enumerate(kinds) if kind.startswith("factory")), key=names.__getitem__))
    stand_ins = [_stand_in(index, factories) for index in range(len(names))]
    key = (kinds, frozen, factories)
    code = _SHAPES.get(key)
    if code is None:
        text, _ = _text(stand_ins, kinds, frozen)
        code = _SHAPES[key] = _prebuilt(key, text) or _compiled(text)
    renames = {}
    for stand_in, name in zip(stand_ins, names):
        renames[stand_in] = name
        renames[f"_type_{stand_in}"] = f"_type_{name}"
        renames[f"_dflt_{stand_in}"] = f"_dflt_{name}"
    return _renamed(code, renames), parameters


def _init(cls: type, fields: tuple[dataclasses.Field, ...], frozen: bool) -> Callable:
    """``__init__`` as the standard library writes it: the same parameters, defaults, annotations and body."""
    values: dict[str, Any] = {
        "MISSING": dataclasses.MISSING,
        "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
        "__dataclass_builtins_object__": object,
        "_return_type": None,
    }
    for f in fields:
        values[f"_type_{f.name}"] = f.type
        if f.default_factory is not dataclasses.MISSING:
            values[f"_dflt_{f.name}"] = f.default_factory
        elif f.default is not dataclasses.MISSING:
            values[f"_dflt_{f.name}"] = f.default
    code, parameters = _init_code(fields, frozen)
    module = sys.modules.get(cls.__module__)
    namespace: dict[str, Any] = {}
    exec(code, module.__dict__ if module is not None else {}, namespace)
    return namespace["__create_fn__"](*[values[name] for name in parameters])


def _named(cls: type, name: str, function: Callable) -> Callable:
    """``function`` named as the class's own method ``name``, so pickle, help() and tracebacks find it there."""
    function.__name__ = name
    function.__qualname__ = f"{cls.__qualname__}.{name}"
    function.__module__ = cls.__module__
    return function


def _check_order(fields: tuple[dataclasses.Field, ...]) -> None:
    """The standard library's refusal, when the class is made, of a required field after one with a default."""
    seen_default = False
    for f in fields:
        kind = _kind(f)
        if kind == "required":
            if seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        elif kind in ("default", "factory"):
            seen_default = True


class _InitOnFirstUse:
    """A record's ``__init__`` until it is first looked up (an instance made, ``inspect.signature``, a subclass
    calling it): then the function :func:`_init` makes, which takes this one's place in the class. A run
    imports about a hundred records and makes instances of about half of them: the others' ``__init__`` is
    never written. Looked up, it is the same function as one made at once (pickled, named and signed alike)."""

    __slots__ = ("_cls", "_fields", "_frozen", "_function")

    def __init__(self, cls: type, fields: tuple[dataclasses.Field, ...], frozen: bool):
        self._cls, self._fields, self._frozen = cls, fields, frozen
        self._function: Callable | None = None

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        function = self._function
        if function is None:
            function = self._function = _named(self._cls, "__init__", _init(self._cls, self._fields, self._frozen))
            if self._cls.__dict__.get("__init__") is self:
                self._cls.__init__ = function
        return function.__get__(instance, owner)


class _SignatureDoc:
    """The docstring of a record whose class body has none, written when it is first read (``C.__doc__``,
    ``help()``) as the standard library writes it, its name and ``__init__``'s signature, which then takes
    this one's place in the class: about a quarter of the toolkit's records have no docstring, and writing
    it would write their ``__init__`` too (:class:`_InitOnFirstUse`)."""

    __slots__ = ("_cls",)

    def __init__(self, cls: type):
        self._cls = cls

    def __get__(self, instance: object, owner: type | None = None) -> str:
        import inspect

        cls = self._cls
        try:  # as the standard library's: a signature that cannot be read is left out
            signature = str(inspect.signature(cls)).replace(" -> None", "")
        except (TypeError, ValueError):
            signature = ""
        doc = cls.__name__ + signature
        if cls.__dict__.get("__doc__") is self:
            cls.__doc__ = doc
        return doc


def _methods(cls: type, fields: tuple[dataclasses.Field, ...], *, eq: bool, frozen: bool) -> None:
    own = cls.__dict__
    class_hash = own.get("__hash__", dataclasses.MISSING)
    explicit_hash = not (class_hash is dataclasses.MISSING or (class_hash is None and "__eq__" in own))

    def add(name: str, function: Callable | None) -> None:
        setattr(cls, name, function if function is None else _named(cls, name, function))

    if "__init__" not in own:
        _check_order(fields)
        cls.__init__ = _InitOnFirstUse(cls, fields, frozen)  # type: ignore[misc]
    if "__repr__" not in own:
        shown = [f.name for f in fields if f.repr]
        running: set[tuple[int, int]] = set()

        def __repr__(self: Any) -> str:
            key = id(self), get_ident()
            if key in running:
                return "..."
            running.add(key)
            try:
                parts = ", ".join([f"{name}={getattr(self, name)!r}" for name in shown])
                return f"{self.__class__.__qualname__}({parts})"
            finally:
                running.discard(key)

        add("__repr__", __repr__)
    if eq and "__eq__" not in own:
        compared = _tuple_of([f.name for f in fields if f.compare])

        def __eq__(self: Any, other: object) -> bool:
            if other.__class__ is self.__class__:
                return compared(self) == compared(other)
            return NotImplemented

        add("__eq__", __eq__)
    if frozen:
        field_names = frozenset(f.name for f in fields)
        for name in ("__setattr__", "__delattr__"):
            if name in own:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

        def __setattr__(self: Any, name: str, value: Any) -> None:
            if type(self) is cls or name in field_names:
                raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)  # type: ignore[arg-type]

        def __delattr__(self: Any, name: str) -> None:
            if type(self) is cls or name in field_names:
                raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)  # type: ignore[arg-type]

        add("__setattr__", __setattr__)
        add("__delattr__", __delattr__)
    if not eq or explicit_hash:
        return
    if frozen:
        hashed = _tuple_of([f.name for f in fields if (f.compare if f.hash is None else f.hash)])

        def __hash__(self: Any) -> int:
            return hash(hashed(self))

        add("__hash__", __hash__)
    else:
        add("__hash__", None)


# the options this module writes, and the standard library's defaults of those it leaves to the standard library
_WRITTEN = ("frozen", "eq")
_DEFAULTS = {
    "init": True,
    "repr": True,
    "order": False,
    "unsafe_hash": False,
    "match_args": True,
    "kw_only": False,
    "slots": False,
    "weakref_slot": False,
}


def _for_the_standard_library(cls: type, options: dict[str, Any]) -> bool:
    """Whether ``cls`` needs what only the standard library writes: an option other than ``frozen`` and ``eq``
    (type checkers accept each one), ``__post_init__``, a dataclass among its bases, an ``InitVar`` or a
    keyword-only field. An annotation given as text naming ``InitVar`` or ``KW_ONLY`` counts as one."""
    if any(name not in _DEFAULTS or _DEFAULTS[name] != value for name, value in options.items()):
        return True  # an option this module does not know is the standard library's to accept or refuse
    if hasattr(cls, "__post_init__") or any(hasattr(base, "__dataclass_fields__") for base in cls.__mro__[1:]):
        return True
    own = cls.__dict__
    for name, annotation in own.get("__annotations__", {}).items():
        if isinstance(annotation, str):
            if "InitVar" in annotation or "KW_ONLY" in annotation:
                return True
        elif annotation in (dataclasses.KW_ONLY, dataclasses.InitVar) or isinstance(annotation, dataclasses.InitVar):
            return True
        value = own.get(name)
        if isinstance(value, dataclasses.Field) and getattr(value, "kw_only", False) is True:
            return True
    return False


def _record(cls: type | None = None, /, *, frozen: bool = False, eq: bool = True, **options: Any) -> Any:
    def wrap(cls: type) -> type:
        if _for_the_standard_library(cls, options):
            return dataclasses.dataclass(cls, frozen=frozen, eq=eq, **options)
        without_doc = not cls.__doc__
        if without_doc:  # written below from __init__'s signature, once there is one
            cls.__doc__ = cls.__name__
        made: Any = dataclasses.dataclass(cls, init=False, repr=False, eq=False, frozen=False)
        fields = dataclasses.fields(made)
        every = made.__dataclass_fields__.values()
        if any(f._field_type is _INIT_VAR for f in every) or any(getattr(f, "kw_only", False) is True for f in fields):
            # an annotation the check above did not read as one (an alias of InitVar): the fields are taken already
            raise TypeError(f"{cls.__name__} has an InitVar or keyword-only fields: use dataclasses.dataclass")
        _methods(made, fields, eq=eq, frozen=frozen)
        params = made.__dataclass_params__
        params.init = params.repr = True
        params.eq = eq
        params.frozen = frozen
        if without_doc:
            setattr(made, "__doc__", _SignatureDoc(made))  # noqa: B010 - not a str: written when first read
        return made

    return wrap if cls is None else wrap(cls)


if TYPE_CHECKING:
    from dataclasses import dataclass
else:
    dataclass = _record
