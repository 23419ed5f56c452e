#!/usr/bin/env python3
"""Presenter notes and annotations quote, they do not invent: every number in a shipped deck
view's notes and annotation texts (decks/*.toml) stands, as written (a whole number, not part of a longer one), in a quote of the view's indicator or of its topic's indicators (their CSV rows, the
[total] and stated-share quotes), or in the view's own title or subtitle, or in the
indicator's unit (10,000 t). A number the notes make up fails with the deck, the view and
the number.

Usage: deck_notes_numbers.py SOURCE_ROOT
"""
import csv
import os
import re
import sys
import tomllib

root = sys.argv[1]
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
failures = []
checked = 0


def indicator_texts(ind_id):
    texts = []
    meta_path = os.path.join(root, "indicators", ind_id + ".toml")
    with open(meta_path, "rb") as f:
        meta = tomllib.load(f)
    texts += [meta.get("unit", ""), meta.get("unit_en", ""), meta.get("period_zh", "")]
    for table in meta.values():
        if isinstance(table, dict):
            texts += [v for k, v in table.items() if k.endswith("quote") and isinstance(v, str)]
    with open(os.path.join(root, "indicators", ind_id + ".csv"), newline="", encoding="utf-8") as f:
        texts += [row.get("quote", "") for row in csv.DictReader(f)]
    return texts


def topic_indicators(topic):
    """The ids a view's `topic` maps (core/topic_map: comma-separated alternatives,
    each of space-separated terms that must all occur, ASCII case-insensitive, in the
    id, titles, unit, period, series, level or kind — as indicator_matches does)."""
    kinds = {"estimate": "预计 estimate", "target": "目标 target"}
    alts = [a.strip() for a in topic.replace("\uff0c", ",").split(",") if a.strip()]
    ids = []
    for name in sorted(os.listdir(os.path.join(root, "indicators"))):
        if not name.endswith(".toml"):
            continue
        with open(os.path.join(root, "indicators", name), "rb") as f:
            m = tomllib.load(f)
        kind = m.get("kind", "actual")
        hay = " ".join(str(m.get(k, "")) for k in ("id", "title_zh", "title_en", "unit", "unit_en", "period",
                                                   "period_zh", "series", "level")) + " " + kind + " " + kinds.get(kind, "")
        hay = name[:-5] + " " + hay.lower()
        if any(all(t.lower() in hay for t in a.split()) for a in alts):
            ids.append(name[:-5])
    return ids


decks = sorted(p for p in os.listdir(os.path.join(root, "decks")) if p.endswith(".toml"))
for name in decks:
    with open(os.path.join(root, "decks", name), "rb") as f:
        deck = tomllib.load(f)
    for n, view in enumerate(deck.get("view", []), 1):
        said = [("notes", view.get("notes", ""))]
        said += [(f"annotation {k}", a.get("text", "")) for k, a in enumerate(view.get("annotation", []), 1)]
        allowed = [view.get("title", ""), view.get("subtitle", "")]
        if view.get("indicator"):
            allowed += indicator_texts(view["indicator"])
        if view.get("topic"):
            for ind_id in topic_indicators(view["topic"]):
                allowed += indicator_texts(ind_id)
        for where, text_said in said:
            for number in NUMBER.findall(text_said):
                checked += 1
                whole = re.compile(r"(?<![\d.,])" + re.escape(number) + r"(?![\d,]|\.\d)")
                if not any(whole.search(text) for text in allowed):
                    failures.append(f"decks/{name} view {n} ({view.get('title', '')}): {where} says {number}, "
                                    "which no quote of its indicator, title or subtitle holds")

for f in failures:
    print(f)
if failures:
    sys.exit(1)
print(f"ok: {checked} numbers in the notes and annotations of {len(decks)} deck(s) all stand in their sources")
