#!/usr/bin/python3
"""Checks translation catalogues (.ts) for what a translator can get wrong.

Usage: check_ts.py [--plurals-only] FILE.ts...

A catalogue fails on: an unfinished, vanished or obsolete entry; an empty translation; a
numerus entry without the language's number of forms or a form without %n; a placeholder
(%1, %L2, %n, %v, %m) dropped, added or repeated differently; a keyboard accelerator (&F)
dropped or added, or two in one string; a shortcut string (Ctrl+E) changed; HTML tags that
differ; a lost trailing ellipsis or line break. --plurals-only: the file holds plural forms
only (lupdate -pluralonly), so every entry must be numerus.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"de": 2, "fr": 2, "en": 2}
PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n|v|m)")
ACCELERATOR = re.compile(r"&(?!&)(?![a-zA-Z]+;)(?=\S)")
SHORTCUT = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)*(?:F\d{1,2}|[A-Z0-9]|Del|Esc|Return|Space|Backspace)$")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def edge_space(char):
    # A no-break space before French punctuation ("\u00a0; ") is typography, not padding.
    return char in (" ", "\t", "\n")


def accelerators(text):
    # "&&" is a literal ampersand: drop those first.
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def problems_of(source, translation, numerus_forms):
    problems = []
    forms = numerus_forms if numerus_forms is not None else [translation]
    for form in forms:
        if not form or not form.strip():
            problems.append("empty translation")
            continue
        if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
            problems.append("placeholders %s, source has %s" % (sorted(PLACEHOLDER.findall(form)),
                                                                 sorted(PLACEHOLDER.findall(source))))
        if accelerators(form) != accelerators(source):
            problems.append("%d accelerator(s), source has %d" % (accelerators(form), accelerators(source)))
        if sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
            problems.append("HTML tags %s, source has %s" % (sorted(TAG.findall(form)), sorted(TAG.findall(source))))
        if SHORTCUT.match(source) and form != source:
            problems.append("shortcut changed to %r (Qt translates key names itself)" % form)
        if source.endswith("…") != form.endswith("…"):
            problems.append("trailing ellipsis differs")
        if source.count("\n") != form.count("\n"):
            problems.append("%d line break(s), source has %d" % (form.count("\n"), source.count("\n")))
        if edge_space(source[:1]) != edge_space(form[:1]) or edge_space(source[-1:]) != edge_space(form[-1:]):
            problems.append("leading or trailing space differs")
    return problems


def check(path, plurals_only):
    problems = []
    root = ET.parse(path).getroot()
    language = (root.get("language") or "").split("_")[0]
    if language not in PLURAL_FORMS:
        return ["%s: unknown language %r" % (path, root.get("language"))]
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = "%s: [%s] %r" % (path, name, source[:80])
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append("%s: %s" % (where, kind))
                continue
            numerus = message.get("numerus") == "yes"
            if plurals_only and not numerus:
                problems.append("%s: not a plural entry in a plurals-only file" % where)
            forms = None
            if numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if len(forms) != PLURAL_FORMS[language]:
                    problems.append("%s: %d plural forms, %s needs %d" % (where, len(forms), language,
                                                                          PLURAL_FORMS[language]))
                if any("%n" not in f for f in forms):
                    problems.append("%s: a plural form without %%n" % where)
            for problem in problems_of(source, translation.text or "", forms):
                problems.append("%s: %s" % (where, problem))
    if count == 0:
        problems.append("%s: no entries" % path)
    return problems


def main(argv):
    plurals_only = "--plurals-only" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files:
        print(__doc__)
        return 2
    problems = []
    for path in files:
        problems += check(path, plurals_only)
    for line in problems:
        print(line)
    print("%d problem(s) in %s" % (len(problems), ", ".join(files)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
