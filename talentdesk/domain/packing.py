"""Frozen dataclass records as plain tuples that ``marshal`` packs into compact bytes."""

from __future__ import annotations

import dataclasses
import enum
import functools
import operator
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Generic, TypeVar

T = TypeVar("T")

Convert = Callable[[Any], Any]


class RecordCodec(Generic[T]):
    """Turns records of one dataclass type into tuples of str, int, bool, float and None
    (nested records and tuples of them as nested tuples) and back.

    Fields may be of those types, dates, enums, records and tuples of records; a type the
    codec does not know is refused when the codec is made. A value that is not of its
    field's declared type (a ``StrEnum`` in a ``str`` field) passes through unchanged, and
    ``marshal`` then refuses it: callers keep such a record as it is.
    """

    def __init__(self, cls: type[T]) -> None:
        self._encode, self._decode = _record(cls)

    def encode(self, record: T) -> tuple[Any, ...]:
        return self._encode(record)  # type: ignore[no-any-return]

    def decode(self, values: tuple[Any, ...]) -> T:
        return self._decode(values)  # type: ignore[no-any-return]


@functools.cache
def _record(cls: type) -> tuple[Convert, Convert]:
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls!r} is not a dataclass")
    fields = [f for f in dataclasses.fields(cls) if f.init]
    if len(fields) != len(dataclasses.fields(cls)):
        raise TypeError(f"{cls.__name__} has fields its constructor does not take")
    hints = typing.get_type_hints(cls)
    # attrgetter reads every field in one C call; only the few that need it are converted.
    get = operator.attrgetter(*(f.name for f in fields))
    single = len(fields) == 1
    special = [
        (index, *converters)
        for index, f in enumerate(fields)
        if (converters := _converters(hints[f.name])) is not None
    ]

    def encode(record: Any) -> tuple[Any, ...]:
        values = (get(record),) if single else get(record)
        if not special:
            return values  # type: ignore[no-any-return]
        values = list(values)
        for index, to_plain, _ in special:
            values[index] = to_plain(values[index])
        return tuple(values)

    def decode(values: tuple[Any, ...]) -> Any:
        if special:
            values = list(values)  # type: ignore[assignment]
            for index, _, from_plain in special:
                values[index] = from_plain(values[index])  # type: ignore[index]
        return cls(*values)

    return encode, decode


def _converters(hint: Any) -> tuple[Convert, Convert] | None:
    """To and from the plain form for a field of type ``hint``; None where it is plain."""
    if hint in (str, int, bool, float, type(None)):
        return None
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [h for h in typing.get_args(hint) if h is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported field type {hint!r}")
        found = _converters(inner[0])
        if found is None:
            return None
        return _unless_none(found[0]), _unless_none(found[1])
    if typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"unsupported field type {hint!r}")
        found = _converters(args[0])
        if found is None:
            return None
        return _each(found[0]), _each(found[1])
    if hint is date:
        return date.toordinal, date.fromordinal
    if hint is datetime:
        return datetime.isoformat, datetime.fromisoformat
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return operator.attrgetter("value"), hint
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _record(hint)
    raise TypeError(f"unsupported field type {hint!r}")


def _unless_none(convert: Convert) -> Convert:
    return lambda value: None if value is None else convert(value)


def _each(convert: Convert) -> Convert:
    return lambda items: tuple(map(convert, items))
