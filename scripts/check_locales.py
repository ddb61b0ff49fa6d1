#!/usr/bin/env python3
"""Quick check of one or more locale files against English, for translators.

    pip install fluent.syntax
    python3 scripts/check_locales.py fr ja      # or no argument: every locale

Interface languages are compared file by file set with English; a letter language (a
folder without main.ftl) on its letter.ftl only. Reports missing and extra keys,
placeables that differ from English, plural variant keys that are not CLDR categories of
the language, and syntax errors; then countries.ftl (a formal name and an `.in` phrase
for every member's country, no menu forms) and terms.toml (every concept of
locales/terms.toml, with a source, its forms used by the messages the concept lists).
The Rust tests (`every_locale_has_every_key_with_the_same_placeables`,
`formal_names_for_every_member_in_every_letter_language`, `letters_use_the_term_base`)
are the authority; this is the fast loop while writing.
"""

import pathlib
import sys
import tomllib

from fluent.syntax import ast, parse
from fluent.syntax.visitor import Visitor

ROOT = pathlib.Path(__file__).resolve().parent.parent / "locales"

# CLDR cardinal plural categories (CLDR 48) of every letter language (Hebrew keeps "many",
# which Fluent's older rules still produce).
PLURALS = {
    "en": {"one", "other"},
    "fr": {"one", "many", "other"},
    "es": {"one", "many", "other"},
    "ar": {"zero", "one", "two", "few", "many", "other"},
    "zh": {"other"},
    "ru": {"one", "few", "many", "other"},
    "pt": {"one", "many", "other"},
    "de": {"one", "other"},
    "ja": {"other"},
    "ko": {"other"},
    "it": {"one", "many", "other"},
    "nl": {"one", "other"},
    "tr": {"one", "other"},
    "am": {"one", "other"},
    "az": {"one", "other"},
    "bg": {"one", "other"},
    "bn": {"one", "other"},
    "bs": {"one", "few", "other"},
    "cs": {"one", "few", "many", "other"},
    "da": {"one", "other"},
    "el": {"one", "other"},
    "et": {"one", "other"},
    "fa": {"one", "other"},
    "fi": {"one", "other"},
    "he": {"one", "two", "many", "other"},
    "hi": {"one", "other"},
    "hr": {"one", "few", "other"},
    "hu": {"one", "other"},
    "hy": {"one", "other"},
    "id": {"other"},
    "is": {"one", "other"},
    "ka": {"one", "other"},
    "kk": {"one", "other"},
    "km": {"other"},
    "lo": {"other"},
    "lt": {"one", "few", "many", "other"},
    "lv": {"zero", "one", "other"},
    "mk": {"one", "other"},
    "mn": {"one", "other"},
    "ms": {"other"},
    "my": {"other"},
    "nb": {"one", "other"},
    "ne": {"one", "other"},
    "pl": {"one", "few", "many", "other"},
    "ro": {"one", "few", "other"},
    "si": {"one", "other"},
    "sk": {"one", "few", "many", "other"},
    "sl": {"one", "two", "few", "other"},
    "sq": {"one", "other"},
    "sr": {"one", "few", "other"},
    "sv": {"one", "other"},
    "sw": {"one", "other"},
    "th": {"other"},
    "uk": {"one", "few", "many", "other"},
    "ur": {"one", "other"},
    "uz": {"one", "other"},
    "vi": {"other"},
    "ky": {"one", "other"},
    "tg": {"other"},
    "tk": {"one", "other"},
    "so": {"one", "other"},
    "dz": {"other"},
}
# Selectors on strings rather than numbers, and the keys they may use.
STRING_SELECTORS = {
    "has_deadline": {"yes", "due", "other"},
    "has_title": {"yes", "no"},
    "country_kind": {"country", "territory"},
}
MEMBERS = [
    line.split(",")[0]
    for line in (ROOT.parent / "seed" / "nsb.csv").read_text(encoding="utf-8").splitlines()[1:]
    if line.strip()
]
# Bodies the shipped updates add (seed/updates/*.csv, `new-body` rows: Monaco's AMNOR).
for _update in sorted((ROOT.parent / "seed" / "updates").glob("*.csv")):
    for _line in _update.read_text(encoding="utf-8").splitlines():
        _cells = _line.split(",", 3)
        if len(_cells) > 2 and _cells[1] == "new-body" and _cells[2] not in MEMBERS:
            MEMBERS.append(_cells[2])
KINDS = {"official", "secondary", "drafted"}


class Collect(Visitor):
    def __init__(self):
        super().__init__()
        self.variables = set()
        self.variant_keys = []  # (selector variable, key)

    def visit_VariableReference(self, node):
        self.variables.add(node.id.name)

    def visit_SelectExpression(self, node):
        selector = node.selector.id.name if isinstance(node.selector, ast.VariableReference) else None
        for variant in node.variants:
            key = variant.key
            value = key.name if isinstance(key, ast.Identifier) else key.value
            self.variant_keys.append((selector, value, isinstance(key, ast.NumberLiteral)))
        self.generic_visit(node)


def load(tag, only=None):
    """Every message of every .ftl file of a locale (Fluent loads them into one bundle),
    or of the file named `only`."""
    messages, errors = {}, []
    paths = [p for p in sorted((ROOT / tag).glob("*.ftl")) if only is None or p.name == only]
    entries = [e for path in paths for e in parse(path.read_text(encoding="utf-8")).body]
    for entry in entries:
        if isinstance(entry, ast.Junk):
            errors.append(entry.content.strip().splitlines()[0] if entry.content.strip() else "junk")
        elif isinstance(entry, ast.Message):
            collect = Collect()
            collect.visit(entry)
            if entry.id.name in messages:
                errors.append(f"duplicate key {entry.id.name}")
            messages[entry.id.name] = collect
    return messages, errors


def check(tag, english):
    problems = []
    # A letter language (no main.ftl) is compared on its letters only.
    letters_only = not (ROOT / tag / "main.ftl").exists()
    if letters_only:
        english = load("en", "letter.ftl")[0]
    messages, errors = load(tag, "letter.ftl" if letters_only else None)
    if not letters_only:
        english = {k: v for k, v in english.items() if not k.startswith("country-")}
        messages = {k: v for k, v in messages.items() if not k.startswith("country-")}
    problems += [f"syntax error near: {e}" for e in errors]
    problems += [f"missing key: {k}" for k in english if k not in messages]
    problems += [f"extra key (not in English): {k}" for k in messages if k not in english]
    categories = PLURALS.get(tag.split("-")[0], {"other"})
    for key, collect in messages.items():
        if key not in english:
            continue
        want, have = english[key].variables, collect.variables
        if want != have:
            problems.append(f"{key}: placeables differ, English has {sorted(want)}, this has {sorted(have)}")
        for selector, value, numeric in collect.variant_keys:
            if numeric:
                continue
            allowed = STRING_SELECTORS.get(selector, categories)
            if value not in allowed:
                problems.append(f"{key}: variant [{value}] is not one of {sorted(allowed)}")
    return problems + check_countries(tag) + check_terms(tag)


def check_countries(tag):
    path = ROOT / tag / "countries.ftl"
    if not path.exists():
        return ["countries.ftl is missing"]
    problems, names = [], {}
    for entry in parse(path.read_text(encoding="utf-8")).body:
        if isinstance(entry, ast.Junk):
            problems.append(f"countries.ftl: syntax error near: {entry.content.strip()[:60]}")
        elif isinstance(entry, ast.Message):
            names[entry.id.name] = entry
    for code in MEMBERS:
        entry = names.get(f"country-{code}")
        if entry is None or entry.value is None:
            problems.append(f"countries.ftl: country-{code} is missing")
            continue
        value = "".join(e.value for e in entry.value.elements if isinstance(e, ast.TextElement)).strip()
        attributes = {a.id.name for a in entry.attributes}
        if not value:
            problems.append(f"countries.ftl: country-{code} is blank")
        if "(" in value or "&" in value:
            problems.append(f"countries.ftl: country-{code} = {value}: a menu form, not a formal name")
        if "in" not in attributes:
            problems.append(f"countries.ftl: country-{code} has no .in")
        if attributes - {"in", "address"}:
            problems.append(f"countries.ftl: country-{code} has unknown attributes {sorted(attributes - {'in', 'address'})}")
    return problems


def message_sources(tag):
    """The source text of each message of letter.ftl, variants and all."""
    text = (ROOT / tag / "letter.ftl").read_text(encoding="utf-8")
    return {
        e.id.name: text[e.span.start : e.span.end]
        for e in parse(text).body
        if isinstance(e, ast.Message)
    }


def check_terms(tag):
    path = ROOT / tag / "terms.toml"
    if not path.exists():
        return ["terms.toml is missing"]
    concepts = tomllib.loads((ROOT / "terms.toml").read_text(encoding="utf-8"))
    try:
        terms = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        return [f"terms.toml: {error}"]
    problems, sources = [], message_sources(tag)
    for concept, spec in concepts.items():
        term = terms.get(concept)
        if not isinstance(term, dict):
            problems.append(f"terms.toml: [{concept}] is missing")
            continue
        for field in ("term", "source"):
            if not str(term.get(field, "")).strip():
                problems.append(f"terms.toml: [{concept}] has no {field}")
        if term.get("kind") not in KINDS:
            problems.append(f"terms.toml: [{concept}] kind must be one of {sorted(KINDS)}")
        forms = [f.lower() for f in term.get("forms", []) if f.strip()]
        if not forms:
            problems.append(f"terms.toml: [{concept}] has no forms")
            continue
        for key in spec.get("keys", []):
            source = sources.get(key, "").lower()
            if not any(form in source for form in forms):
                problems.append(f"{key}: uses none of the forms of [{concept}] {forms}")
    extra = set(terms) - set(concepts)
    if extra:
        problems.append(f"terms.toml: concepts not in locales/terms.toml: {sorted(extra)}")
    return problems


def main():
    english, errors = load("en")
    if errors:
        print("en:", errors)
        return 1
    tags = sys.argv[1:] or sorted(p.name for p in ROOT.iterdir() if p.is_dir())
    failed = False
    for tag in tags:
        problems = check(tag, english)
        print(f"{tag}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for problem in problems:
            print("   ", problem)
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
