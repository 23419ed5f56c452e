#!/usr/bin/env python3
"""Parses each SVG given with an XML parser; exits 1 naming the first that is
not well-formed XML (or whose root is not <svg>)."""
import sys
import xml.etree.ElementTree as ET

for path in sys.argv[1:]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        print(f"{path}: not well-formed XML: {e}")
        sys.exit(1)
    if not root.tag.endswith("svg"):
        print(f"{path}: the root element is <{root.tag}>, not <svg>")
        sys.exit(1)
