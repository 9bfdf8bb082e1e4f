"""The CAMEO event codebook and its PLOVER crosswalk, loaded from ``data/cameo.tsv``."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from ._schemas import RecodingFile
from .dictionaries import load_yaml
from .errors import DictionaryError

RecodeKind = Literal["intent", "rejection", "threat"]


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None


class Ontology:
    """Look up CAMEO codes: names, Goldstein weights, QuadClass and PLOVER type/mode."""

    def __init__(self, codes: dict[str, CameoCode], recoding: RecodingFile) -> None:
        self._codes = codes
        self.recoding = recoding
        self._tables: dict[str, dict[str, str]] = {
            "intent": recoding.intent, "rejection": recoding.rejection, "threat": recoding.threat,
        }
        for kind, table in self._tables.items():
            for code in (*table, *table.values()):
                if code not in codes:
                    raise DictionaryError("eventcoder/data/recoding.yaml", f"{kind}: unknown CAMEO code {code!r}")

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def get(self, code: str) -> CameoCode:
        try:
            return self._codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO event code {code!r}") from None

    def codes(self) -> list[str]:
        return sorted(self._codes)

    def roots(self) -> list[str]:
        return sorted({c.root for c in self._codes.values()})

    def recode(self, kind: RecodeKind, code: str) -> str | None:
        """The code an act takes when promised ('intent'), refused ('rejection') or
        announced as pressure ('threat'); None when the codebook has no such reading."""
        table = self._tables[kind]
        for key in (code, code[:3], code[:2]):
            if key in table:
                return table[key]
        return None


@cache
def load_ontology() -> Ontology:
    """The built-in CAMEO codebook (read once; the result is immutable)."""
    path = resources.files("eventcoder") / "data" / "cameo.tsv"
    codes: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for lineno, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
            try:
                codes[row["code"]] = CameoCode(
                    code=row["code"],
                    root=row["root"],
                    name=row["name"],
                    goldstein=float(row["goldstein"]),
                    quad_class=int(row["quad_class"]),
                    plover_event=row["plover_event"] or None,
                    plover_mode=row["plover_mode"] or None,
                )
            except (KeyError, ValueError) as exc:
                raise DictionaryError(str(path), f"bad codebook row: {exc}", lineno) from None
    rec = resources.files("eventcoder") / "data" / "recoding.yaml"
    recoding = load_yaml(rec.read_text(encoding="utf-8"), RecodingFile, "eventcoder/data/recoding.yaml")
    return Ontology(codes, recoding)
