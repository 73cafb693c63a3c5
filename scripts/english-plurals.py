#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms in translations/vigil_en.ts that lupdate left unfinished.

Source strings mark plurals as "%n device(s)"; English needs "1 device" and "2 devices". Only numerus messages
without a finished translation are touched, so a hand-written form is never overwritten. Source strings must not
make a verb agree with %n ("%n alerts need"), because that cannot be derived: put the count at the end instead.
"""
import re
import sys
import xml.etree.ElementTree as ET


def forms(source: str) -> tuple[str, str]:
    return re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source)


def main(path: str) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        numerus = translation.findall("numerusform") if translation is not None else []
        finished = translation is not None and translation.get("type") is None
        if finished and numerus and all((n.text or "").strip() for n in numerus):
            continue
        one, many = forms(message.findtext("source"))
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for n in list(translation):
            translation.remove(n)
        translation.attrib.pop("type", None)
        translation.text = "\n            "
        for i, text in enumerate((one, many)):
            element = ET.SubElement(translation, "numerusform")
            element.text = text
            element.tail = "\n            " if i == 0 else "\n        "
        filled += 1
    if filled:
        with open(path, "wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
            out.write(b"\n")
    print(f"{path}: filled {filled} English plural form(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
