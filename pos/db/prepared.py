"""Prepared statements for the counter's hot paths: SQLAlchemy builds, the driver runs.

A scan and a sale are a dozen small statements. Through ``Connection.execute`` each one costs
about 70 µs of SQLAlchemy bookkeeping on an old laptop, five times the statement itself,
and that is most of a sale. A ``Prepared`` statement is still a SQLAlchemy Core construct:
SQLAlchemy compiles it once per dialect (SQLite or PostgreSQL, same code) and supplies the
column types' bind and result processors, so money is stored as scaled integers and floats
are refused exactly as elsewhere. Only the per-call execution context is skipped: the compiled
string runs on a DB-API cursor of the unit of work, inside its transaction.

Driver errors are raised as SQLAlchemy's own exceptions (``IntegrityError`` ...), so callers
handle them the same way on both paths.

What a prepared statement must not need, checked when it is compiled: Python-side column
defaults (give every column a value), expanding ``IN`` lists and other post-compile
parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast
from weakref import WeakKeyDictionary

from sqlalchemy import Dialect
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import Insert, UpdateBase
from sqlalchemy.sql.elements import BindParameter, ClauseElement
from sqlalchemy.sql.selectable import Select

from pos.db.uow import UnitOfWork

_Processor = Callable[[Any], Any] | None
#: From a row of values to the driver's parameters (a list, or a dict for named styles).
_Binder = Callable[[Sequence[Any]], Sequence[Any] | dict[str, Any]]
Row = tuple[Any, ...]


class _Compiled:
    """One statement compiled for one dialect, with its processors looked up once."""

    def __init__(self, statement: ClauseElement, dialect: Dialect, keys: Sequence[str]) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=list(keys) or None)
        assert isinstance(compiled, SQLCompiler)
        if compiled.insert_prefetch or compiled.update_prefetch:
            missing = [c.key for c in (*compiled.insert_prefetch, *compiled.update_prefetch)]
            raise ValueError(f"a prepared statement needs values for {missing}")
        if compiled.post_compile_params or compiled.literal_execute_params:
            raise ValueError("a prepared statement cannot expand parameters (IN lists)")
        self.sql = compiled.string
        self.dialect = dialect
        names = (
            list(compiled.positiontup or ())
            if compiled.positional
            else list(dict.fromkeys(compiled.bind_names.values()))
        )
        escaped = compiled.escaped_bind_names
        self._driver_names = [escaped.get(name, name) for name in names]
        self._positional = compiled.positional
        self._plan = [_slot(compiled.binds[name], name, dialect) for name in names]
        self._binders: dict[tuple[str, ...], _Binder] = {}
        self._makers: dict[tuple[tuple[str, ...], tuple[str, ...]], Callable[..., _Binder]] = {}
        self._readers: list[_Processor] = [
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in _result_columns(statement)
        ]
        #: The rows as tuples, each value through its column's result processor.
        self.read: Callable[[Iterable[Row]], list[Row]] = _reader(self._readers)
        #: A SELECT or a RETURNING: asking the cursor's ``description`` costs more.
        self.returns_rows = bool(self._readers)
        #: What the driver raises, looked up once rather than per statement.
        self.driver_error: type[Exception] = dialect.loaded_dbapi.Error

    def bind(self, params: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        """The driver's parameters, in its order: each value given (by the bind's key or its
        compiled name) or fixed in the statement, then through its type's processor."""
        return self.binder(tuple(params))(list(params.values()))

    def binder(self, keys: tuple[str, ...]) -> _Binder:
        """What ``bind`` does, for parameters given with ``keys``, as a function of their
        values in that order.

        This is what ``SQLCompiler.construct_params`` does, without its per-call
        generality: it runs for every row of every sale. A binder is written once per set
        of keys given (a statement is called with one or two sets).
        """
        binder = self._binders.get(keys)
        if binder is None:
            binder = self._binders[keys] = self.row_binder(keys, {})
        return binder

    def row_binder(self, columns: Sequence[str], fixed: Mapping[str, Any]) -> _Binder:
        """What ``bind`` does for rows of values given in ``columns`` order, the ``fixed``
        values (the same in every row: a batch's timestamp) converted once, not per row."""
        shape = (tuple(columns), tuple(fixed))
        maker = self._makers.get(shape)
        if maker is None:
            maker = self._makers[shape] = self._maker(shape[0], shape[1])
        return maker(fixed)

    def _maker(self, columns: tuple[str, ...], fixed: tuple[str, ...]) -> Callable[..., _Binder]:
        """A function that, given the ``fixed`` values, makes a binder of rows in ``columns``
        order; the statement's own defaults are converted here, once.

        Both are written out as Python source and compiled, as ``dataclasses`` writes
        ``__init__``: one list display per row, no loop, no lookups. A sale binds about a
        hundred values; the loop cost more than the statements' own work in SQLite.
        """
        names: dict[str, Any] = {}
        constants: list[str] = []
        cells: list[str] = []
        for position, (key, name, default, processor) in enumerate(self._plan):
            source = _index(columns, key, name)
            given = key if key in fixed else name if name in fixed else None
            if processor is not None:
                names[f"p{position}"] = processor
            if given is not None:
                value = f"fixed[{given!r}]"
                converted = value if processor is None else f"p{position}({value})"
                constants.append(f"    k{position} = {converted}\n")
                cells.append(f"k{position}")
            elif source is not None:
                cell = f"row[{source}]"
                cells.append(cell if processor is None else f"p{position}({cell})")
            elif default is _REQUIRED:
                raise ValueError(f"no value given for '{key}'")
            else:
                names[f"d{position}"] = default if processor is None else processor(default)
                cells.append(f"d{position}")
        if self._positional:
            body = "[" + ", ".join(cells) + "]"
        else:
            pairs = zip(self._driver_names, cells, strict=True)
            body = "{" + ", ".join(f"{driver!r}: {cell}" for driver, cell in pairs) + "}"
        source_text = (
            "def make(fixed):\n"
            f"{''.join(constants)}"
            "    def bind_row(row):\n"
            f"        return {body}\n"
            "    return bind_row\n"
        )
        exec(source_text, names)
        return cast(Callable[..., _Binder], names["make"])


_REQUIRED = object()
_Slot = tuple[str, str, Any, _Processor]


def _reader(processors: Sequence[_Processor]) -> Callable[[Iterable[Row]], list[Row]]:
    """A function from the driver's rows to tuples of values through ``processors``,
    written out as Python source like the binders: a sale reads a row after each product's
    stock moves, and a loop over its two columns cost more than the conversions."""
    if not any(processors):
        return lambda rows: [tuple(row) for row in rows]
    names: dict[str, Any] = {}
    cells = []
    for position, processor in enumerate(processors):
        if processor is None:
            cells.append(f"row[{position}]")
        else:
            names[f"p{position}"] = processor
            cells.append(f"p{position}(row[{position}])")
    exec(f"def read(rows):\n    return [({', '.join(cells)},) for row in rows]\n", names)
    return cast(Callable[[Iterable[Row]], list[Row]], names["read"])


def _index(keys: tuple[str, ...], key: str, name: str) -> int | None:
    """Where a bind's value is among the ``keys`` given: by its key, else by its name."""
    if key in keys:
        return keys.index(key)
    return keys.index(name) if name in keys else None


def _slot(bind: BindParameter[Any], name: str, dialect: Dialect) -> _Slot:
    """Where one bound value comes from, and the processor of its type."""
    if bind.callable is not None:
        raise ValueError(f"a prepared statement cannot call for its value of '{bind.key}'")
    fixed = _REQUIRED if bind.required else bind.value
    return bind.key, name, fixed, bind.type.dialect_impl(dialect).bind_processor(dialect)


def _result_columns(statement: ClauseElement) -> Sequence[Any]:
    if isinstance(statement, Select):
        return list(statement.selected_columns)
    if isinstance(statement, UpdateBase):
        return list(statement.exported_columns)
    return []


class Prepared:
    """A Core statement run on the driver's cursor; compiled on first use per dialect.

    Build it once at module level, like any prebuilt statement, then call ``rows``,
    ``first``, ``scalar`` or ``run`` with the unit of work. Parameters are given
    by bind name; an INSERT with no ``values()`` takes the column keys of the parameters.
    """

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        self._insert = isinstance(statement, Insert)
        self._cache: WeakKeyDictionary[Dialect, dict[tuple[str, ...], _Compiled]] = (
            WeakKeyDictionary()
        )
        #: The statement used last, looked up without the weak dictionary: a till has one
        #: database, and its statements run thousands of times a day. With the keys of the
        #: parameters it was called with last, and its binder for them.
        self._last: tuple[Dialect, tuple[str, ...], _Compiled, _Binder] | None = None

    def _for(self, dialect: Dialect, keys: tuple[str, ...]) -> _Compiled:
        last = self._last
        if last is not None and last[0] is dialect and last[1] == keys:
            return last[2]
        by_keys = self._cache.get(dialect)
        if by_keys is None:
            by_keys = self._cache[dialect] = {}
        compiled = by_keys.get(keys)
        if compiled is None:
            compiled = by_keys[keys] = _Compiled(self.statement, dialect, keys)
        return compiled

    def _keys(self, params: Mapping[str, Any]) -> tuple[str, ...]:
        return tuple(params) if self._insert else ()

    def rows(self, uow: UnitOfWork, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run the statement once; the rows it gives (SELECT or RETURNING, or none for a
        plain UPDATE or DELETE)."""
        params = params or {}
        keys = tuple(params)
        last = self._last
        if last is not None and last[0] is uow.dialect and last[1] == keys:
            compiled, binder = last[2], last[3]
        else:
            compiled, binder = self._prepare(uow.dialect, keys)
        cursor = uow.cursor()
        try:
            cursor.execute(compiled.sql, binder(list(params.values())))
            fetched = cursor.fetchall() if compiled.returns_rows else []
        except compiled.driver_error as error:
            raise uow.driver_error(error, compiled.sql, params) from error
        return compiled.read(fetched)

    def _prepare(self, dialect: Dialect, keys: tuple[str, ...]) -> tuple[_Compiled, _Binder]:
        """The statement compiled for ``dialect`` and its binder for parameters given with
        ``keys``, remembered as the last used."""
        compiled = self._for(dialect, keys if self._insert else ())
        binder = compiled.binder(keys)
        self._last = (dialect, keys, compiled, binder)
        return compiled, binder

    def first(self, uow: UnitOfWork, params: Mapping[str, Any] | None = None) -> Row | None:
        """The first row, or None."""
        found = self.rows(uow, params)
        return found[0] if found else None

    def scalar(self, uow: UnitOfWork, params: Mapping[str, Any] | None = None) -> Any:
        """The first column of the first row, or None."""
        found = self.rows(uow, params)
        return found[0][0] if found else None

    def run_rows(
        self,
        uow: UnitOfWork,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        fixed: Mapping[str, Any] | None = None,
    ) -> None:
        """``run`` for many rows given as tuples in ``columns`` order, with ``fixed`` values
        shared by every row: no dictionary built or searched per row (a bulk import)."""
        if not rows:
            return
        fixed = fixed or {}
        keys = (*columns, *fixed) if self._insert else ()
        compiled = self._for(uow.dialect, tuple(keys))
        bind_row = compiled.row_binder(columns, fixed)
        cursor = uow.cursor()
        try:
            cursor.executemany(compiled.sql, [bind_row(row) for row in rows])
        except compiled.driver_error as error:
            raise uow.driver_error(
                error, compiled.sql, dict(zip(columns, rows[0], strict=True))
            ) from error

    def run(self, uow: UnitOfWork, many: Sequence[Mapping[str, Any]]) -> None:
        """Run the statement once per parameter set (``executemany``); no rows come back."""
        if not many:
            return
        compiled = self._for(uow.dialect, self._keys(many[0]))
        cursor = uow.cursor()
        try:
            cursor.executemany(compiled.sql, [compiled.bind(params) for params in many])
        except compiled.driver_error as error:
            raise uow.driver_error(error, compiled.sql, many[0]) from error
