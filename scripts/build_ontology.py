"""Rebuild src/eventcoder/data/cameo.tsv from ../shared/data (run by hand, not at run time).

Facts taken: CAMEO code, name, Goldstein weight and QuadClass (GDELT convention) from
cameo_event_codes.tsv; PLOVER event type and mode from cameo_to_plover.tsv (the 2021
CAMEO2PLOVER table). CAMEO roots 01 and 02 have no PLOVER category in that table; the
PLOVER values eventcoder gives them are its own choice and are marked ``eventcoder``
in the ``plover_source`` column.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
OUT = Path(__file__).resolve().parents[1] / "src/eventcoder/data/cameo.tsv"

# eventcoder's own PLOVER reading of roots 01 and 02 (not in CAMEO2PLOVER-2021).
OWN = {
    "01": ("", ""), "010": ("", ""), "011": ("REJECT", ""), "012": ("ACCUSE", "disapprove"),
    "013": ("SUPPORT", ""), "014": ("AGREE", ""), "015": ("CONCEDE", ""),
    "016": ("REJECT", ""), "017": ("PROTEST", ""), "018": ("SUPPORT", ""),
    "019": ("AGREE", ""),
}


def main() -> None:
    plover: dict[str, tuple[str, str]] = {}
    with open(SHARED / "cameo_to_plover.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            event = row["plover_event"].split("|")[0]
            plover[row["cameo_code"]] = (event, row["plover_mode"])
    rows = []
    with open(SHARED / "cameo_event_codes.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            code = row["code"]
            src = "CAMEO2PLOVER-2021"
            if code in plover:
                event, mode = plover[code]
            elif code.startswith("02"):
                event, mode, src = "REQUEST", "", "eventcoder"
            elif code in OWN:
                (event, mode), src = OWN[code], "eventcoder"
            else:
                event, mode = row["plover_event"].split("|")[0], row["plover_mode"]
            if not event:
                src = "eventcoder"
            rows.append([code, row["root"], row["name"], row["goldstein"], row["quad_class"],
                         event, mode, src])
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO event codebook (names, Goldstein weights, GDELT QuadClass) from\n")
        fh.write("# shared/data/cameo_event_codes.tsv (GDELT lookups, CAMEO manual 1.1b3);\n")
        fh.write("# PLOVER type/mode from CAMEO2PLOVER-2021 (openeventdata/PLOVER, CC BY-SA 4.0)\n")
        fh.write("# except rows whose plover_source is 'eventcoder'. Built by scripts/build_ontology.py.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "root", "name", "goldstein", "quad_class", "plover_event",
                    "plover_mode", "plover_source"])
        w.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main()
