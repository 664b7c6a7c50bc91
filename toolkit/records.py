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
        code = _SHAPES[key] = _compiled(text)
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


def _methods(cls: type, fields: tuple[dataclasses.Field, ...], *, eq: bool, frozen: bool) -> None:
    own = cls.__dict__
    class_hash = own.get("__hash__", dataclasses.MISSING)
    explicit_hash = not (class_hash is dataclasses.MISSING or (class_hash is None and "__eq__" in own))
    qualname = cls.__qualname__

    def add(name: str, function: Callable | None) -> None:
        if function is not None:  # named as the class's own, so pickle, help() and tracebacks find it there
            function.__name__ = name
            function.__qualname__ = f"{qualname}.{name}"
            function.__module__ = cls.__module__
        setattr(cls, name, function)

    if "__init__" not in own:
        add("__init__", _init(cls, fields, frozen))
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
            import inspect

            made.__doc__ = made.__name__ + str(inspect.signature(made)).replace(" -> None", "")
        return made

    return wrap if cls is None else wrap(cls)


if TYPE_CHECKING:
    from dataclasses import dataclass
else:
    dataclass = _record
