"""Every SQL statement in the store and the API is parameterised: no f-string, ``.format`` or
``%`` builds SQL text from values. Interpolating module constants (DDL identifiers written in
UPPER_CASE) is the only exception."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "kzcn"
FOLDERS = ("store", "api")
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WHERE|VALUES|MATCH)\b", re.IGNORECASE)
SQL_STRICT = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s|DROP\s|"
                        r"ALTER\s+TABLE|WHERE\s)", re.IGNORECASE | re.DOTALL)


def _sources() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (ROOT / folder).rglob("*.py") if "versions" not in p.parts)


def _literal_text(node: ast.AST) -> str:
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ""


def _literal_names(tree: ast.AST) -> set[str]:
    """Names every assignment of which is built only from string literals and other such names
    (``lang_sql = " AND lang = :lang" if lang else ""``): SQL fragments, not values."""
    assigned: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    assigned.setdefault(target.id, []).append(node.value)
    names: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, values in assigned.items():
            if name not in names and all(_is_literal(v, names) for v in values):
                names.add(name)
                changed = True
    return names


def _is_literal(node: ast.AST, names: set[str]) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Name):
        return node.id.isupper() or node.id in names
    if isinstance(node, ast.IfExp):
        return _is_literal(node.body, names) and _is_literal(node.orelse, names)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_literal(node.left, names) and _is_literal(node.right, names)
    if isinstance(node, ast.JoinedStr):
        return all(_is_literal(v.value if isinstance(v, ast.FormattedValue) else v, names) for v in node.values)
    return False


def sql_building(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, why) for each place that formats values into SQL-looking text."""
    found = []
    literal = _literal_names(tree)
    _constant_name = lambda node: _is_literal(node, literal)  # noqa: E731
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and SQL_STRICT.search(_literal_text(node)):
            values = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
            if not all(_constant_name(v) for v in values):
                found.append((node.lineno, "f-string"))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
              and SQL_STRICT.search(_literal_text(node.func.value))):
            found.append((node.lineno, ".format()"))
        elif (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add))
              and any(SQL_STRICT.search(_literal_text(side)) for side in (node.left, node.right))
              and not all(_constant_name(side) or _literal_text(side) for side in (node.left, node.right))):
            found.append((node.lineno, "% or + on SQL text"))
    return found


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_sql_parameterised_no_values_formatted_into_sql(path):
    assert sql_building(ast.parse(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('text(f"SELECT * FROM documents WHERE id = \'{doc_id}\'")', True),
        ('text("DELETE FROM documents WHERE id = \'%s\'" % doc_id)', True),
        ('text("SELECT * FROM t WHERE x = {}".format(x))', True),
        ('text("SELECT * FROM t WHERE a = " + value)', True),
        ('text("SELECT * FROM t WHERE id = :id")', False),
        ('text(f"CREATE INDEX IF NOT EXISTS ix ON documents USING GIN ({PG_DOCUMENT})")', False),
        ('f"expected one of {names}, got {table!r}"', False),
    ],
)
def test_sql_parameterised_checker_catches_formatting(source, flagged):
    assert bool(sql_building(ast.parse(source))) is flagged
