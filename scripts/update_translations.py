"""Refresh the Qt Linguist sources (ui/i18n/certdesk_*.ts) from the code and compile them.

Every ui module translates through a module-level helper,
`_tr(text) -> QCoreApplication.translate("Context", text, ...)`. pyside6-lupdate finds the
`_tr("...")` calls (as an alias of tr) but cannot know the helper's fixed context, so this
script runs lupdate, moves each message into its module's context, marks messages with `%n`
as plural ("numerus"), keeps the translations already made, and writes one .ts per language.
certdesk_en.ts only carries the English plural forms ("1 day", "2 days"). Then
pyside6-lrelease compiles each .ts into the .qm the app loads.

The .ts files carry no line numbers, so they change only when texts change.

Usage: python scripts/update_translations.py [--check]
  --check: fail if a .qm is not compiled from its .ts or an English plural form is missing;
           report (without failing) how much of the code each language translates.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "ui" / "i18n"
LANGUAGES = ("en", "de")
_CONTEXT = re.compile(r'QCoreApplication\.translate\(\s*"([A-Za-z0-9_]+)"')


@dataclass
class Message:
    source: str
    locations: list[tuple[str, str]] = field(default_factory=list)
    numerus: bool = False


def _tool(name: str) -> str:
    venv = Path(sys.executable).parent / name
    found = str(venv) if venv.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt tools)")
    return found


def module_contexts(sources: list[Path]) -> dict[str, str]:
    """Relative file name -> the context of the module's _tr helper."""
    out: dict[str, str] = {}
    for path in sources:
        found = set(_CONTEXT.findall(path.read_text("utf-8")))
        if len(found) == 1:
            out[path.relative_to(ROOT).as_posix()] = found.pop()
    return out


def extract(sources: list[Path]) -> dict[str, dict[str, Message]]:
    """context -> source text -> message, from the code."""
    contexts = module_contexts(sources)
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "all.ts"
        files = [str(p.relative_to(ROOT)) for p in sources]
        subprocess.run([_tool("pyside6-lupdate"), *files, "-tr-function-alias", "tr+=_tr",
                        "-locations", "absolute", "-no-obsolete", "-ts", str(ts)],
                       cwd=ROOT, check=True, capture_output=True)
        tree = ET.parse(ts)
    found: dict[str, dict[str, Message]] = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            locs = [(loc.get("filename", ""), loc.get("line", "")) for loc in
                    msg.iter("location")]
            for filename, line in locs:
                context = name or contexts.get(_relative(ts.parent, filename), "")
                if not context:
                    continue
                entry = found.setdefault(context, {}).setdefault(source, Message(source))
                entry.locations.append((_relative(ts.parent, filename), line))
                entry.numerus = "%n" in source
    for context, texts in core_texts().items():
        for text in texts:
            found.setdefault(context, {}).setdefault(text, Message(text))
    return found


def core_texts() -> dict[str, list[str]]:
    """Texts the GUI takes from the core's tables and translates by value (the validation
    methods' names, descriptions and form fields), by the context that translates them."""
    sys.path.insert(0, str(ROOT))
    from app.wizard.methods import METHODS

    labels = [m.label for m in METHODS]
    form: list[str] = [m.description for m in METHODS]
    for info in METHODS:
        for spec in info.fields:
            form += [t for t in (spec.label, spec.placeholder, spec.help) if t]
    return {"ValidationPage": labels, "CertificateSettingsDialog": labels, "MethodForm": form}


def _relative(ts_dir: Path, filename: str) -> str:
    path = (ts_dir / filename).resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return Path(filename).as_posix().lstrip("./")


def existing(path: Path) -> dict[tuple[str, str], ET.Element]:
    if not path.exists():
        return {}
    out: dict[tuple[str, str], ET.Element] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            if translation is not None:
                out[(name, msg.findtext("source") or "")] = translation
    return out


def english_plurals(source: str) -> tuple[str, str]:
    """'%n day(s) left' -> ('%n day left', '%n days left')."""
    return (re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source))


def render(language: str, messages: dict[str, dict[str, Message]],
           old: dict[tuple[str, str], ET.Element]) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for context in sorted(messages):
        entries = messages[context]
        if language == "en":
            entries = {k: v for k, v in entries.items() if v.numerus}
            if not entries:
                continue
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source in sorted(entries):
            msg = entries[source]
            el = ET.SubElement(ctx, "message", numerus="yes") if msg.numerus else \
                ET.SubElement(ctx, "message")
            ET.SubElement(el, "source").text = source
            el.append(_translation(language, msg, old.get((context, source))))
    ET.indent(root)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


def _translation(language: str, msg: Message, old: ET.Element | None) -> ET.Element:
    el = ET.Element("translation")
    if language == "en" and msg.numerus:
        for form in english_plurals(msg.source):
            ET.SubElement(el, "numerusform").text = form
        return el
    if old is not None and _complete(old, msg.numerus):
        if msg.numerus:
            for old_form in old.iter("numerusform"):
                ET.SubElement(el, "numerusform").text = old_form.text
        else:
            el.text = old.text
        return el
    el.set("type", "unfinished")
    if msg.numerus:
        ET.SubElement(el, "numerusform")
        ET.SubElement(el, "numerusform")
    return el


def _complete(old: ET.Element, numerus: bool) -> bool:
    if old.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if numerus:
        forms = [f.text for f in old.iter("numerusform")]
        return len(forms) >= 2 and all(forms)
    return bool(old.text)


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def coverage(path: Path, messages: dict[str, dict[str, Message]]) -> tuple[int, int, list[str]]:
    """(translated, total, missing plural sources) of the code's messages in a .ts."""
    old = existing(path)
    total = translated = 0
    missing_plurals: list[str] = []
    for context, entries in messages.items():
        for source, msg in entries.items():
            total += 1
            found = old.get((context, source))
            if found is not None and _complete(found, msg.numerus):
                translated += 1
            elif msg.numerus:
                missing_plurals.append(f"{context}: {source}")
    return translated, total, missing_plurals


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    sources = sorted(p for p in (ROOT / "ui").rglob("*.py") if "i18n" not in p.parts)
    messages = extract(sources)
    problems: list[str] = []
    for language in LANGUAGES:
        ts = I18N / f"certdesk_{language}.ts"
        qm = I18N / f"certdesk_{language}.qm"
        if not args.check:
            ts.write_text(render(language, messages, existing(ts)), "utf-8")
            compile_ts(ts, qm)
            print(ts.relative_to(ROOT), qm.relative_to(ROOT))
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / qm.name
            compile_ts(ts, fresh)
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.relative_to(ROOT)} is not compiled from its .ts")
        translated, total, plurals = coverage(ts, messages)
        if language == "en":
            problems.extend(f"no English plural forms for {p}" for p in plurals)
        else:
            print(f"{language}: {translated} of {total} texts translated")
    if problems:
        print("run `make translations`: " + "; ".join(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
