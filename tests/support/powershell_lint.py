"""A structural check of certdesk's PowerShell scripts where no PowerShell can run.

Tokenises the subset of PowerShell the deployment scripts use (comments, the four string
forms, brackets, words, the line-continuation backtick) and checks what keeps them safe:
balanced blocks, a param() block whose values all come from CERTDESK_* variables, nothing that
turns a string into code, and every change inside an Invoke-Change block (so a dry run
changes nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PAIRS = {"(": ")", "{": "}", "[": "]"}
# Commands and methods that turn data into code, start other interpreters, or load code.
FORBIDDEN = ("invoke-expression", "iex", "invoke-command", "start-process", "add-type",
             "cmd", "cmd.exe", "powershell", "powershell.exe", "pwsh", "invoke-item",
             "expandstring", "-encodedcommand", "-command", "create", "new-pssession",
             "invoke-wmimethod", "invoke-cimmethod")
# Everything that changes the machine: allowed only inside an Invoke-Change -Action block.
MUTATING = ("import-pfxcertificate", "new-webbinding", "remove-webbinding", "addsslcertificate",
            "set-ciminstance", "set-item", "remove-item", "restart-service", "set-acl",
            "import-exchangecertificate", "enable-exchangecertificate",
            "remove-exchangecertificate", "friendlyname", "set-itemproperty",
            "new-itemproperty", "stop-service", "start-service")


@dataclass(frozen=True)
class Token:
    kind: str  # word | string | dqstring | open | close | op | newline
    text: str
    line: int
    pos: int


class LintError(Exception):
    pass


def tokenize(src: str) -> list[Token]:
    tokens: list[Token] = []
    i, line, n = 0, 1, len(src)

    def add(kind: str, text: str, at: int) -> None:
        tokens.append(Token(kind, text, line, at))

    while i < n:
        c = src[i]
        if src.startswith("<#", i):
            end = src.find("#>", i + 2)
            if end < 0:
                raise LintError(f"line {line}: unterminated block comment")
            line += src.count("\n", i, end)
            i = end + 2
        elif c == "#":
            end = src.find("\n", i)
            i = n if end < 0 else end
        elif c == "\n":
            add("newline", c, i)
            line += 1
            i += 1
        elif c in " \t\r;,":
            i += 1
        elif c == "`":
            if src.startswith("`\r\n", i) or src.startswith("`\n", i):
                line += 1
                i += 3 if src[i + 1] == "\r" else 2
            else:
                raise LintError(f"line {line}: a backtick outside a string that does not end "
                                "the line")
        elif src.startswith("@'", i) or src.startswith('@"', i):
            quote = src[i + 1]
            end = src.find("\n" + quote + "@", i + 2)
            if end < 0:
                raise LintError(f"line {line}: unterminated here-string")
            add("string" if quote == "'" else "dqstring", src[i + 2:end], i)
            line += src.count("\n", i, end + 3)
            i = end + 3
        elif c == "'":
            j = i + 1
            while True:
                j = src.find("'", j)
                if j < 0:
                    raise LintError(f"line {line}: unterminated string")
                if src.startswith("''", j):
                    j += 2
                    continue
                break
            add("string", src[i + 1:j], i)
            line += src.count("\n", i, j)
            i = j + 1
        elif c == '"':
            j = i + 1
            while j < n:
                if src[j] == "`":
                    j += 2
                    continue
                if src[j] == '"':
                    if src.startswith('""', j):
                        j += 2
                        continue
                    break
                j += 1
            else:
                raise LintError(f"line {line}: unterminated string")
            add("dqstring", src[i + 1:j], i)
            line += src.count("\n", i, j)
            i = j + 1
        elif c in "({[" or src.startswith("$(", i) or src.startswith("@(", i) \
                or src.startswith("@{", i):
            width = 1 if c in "({[" else 2
            add("open", src[i + width - 1], i)
            i += width
        elif c in ")}]":
            add("close", c, i)
            i += 1
        elif c in "&|=!+*/%<>.":
            add("op", c, i)
            i += 1
        else:
            m = re.compile(r"[^\s()\[\]{}'\";,|&=`.]+").match(src, i)
            assert m is not None
            add("word", m.group(0), i)
            i = m.end()
    return tokens


def check_balanced(tokens: list[Token]) -> None:
    stack: list[Token] = []
    for t in tokens:
        if t.kind == "open":
            stack.append(t)
        elif t.kind == "close":
            if not stack or PAIRS[stack[-1].text] != t.text:
                raise LintError(f"line {t.line}: unexpected '{t.text}'")
            stack.pop()
    if stack:
        raise LintError(f"line {stack[-1].line}: '{stack[-1].text}' is never closed")


def _matching(tokens: list[Token], start: int) -> int:
    depth = 0
    for k in range(start, len(tokens)):
        if tokens[k].kind == "open":
            depth += 1
        elif tokens[k].kind == "close":
            depth -= 1
            if depth == 0:
                return k
    raise LintError("unbalanced")


def change_blocks(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token index ranges of the script blocks given to Invoke-Change -Action."""
    spans = []
    for k, t in enumerate(tokens):
        if t.kind == "word" and t.text.lower() == "invoke-change" and not (
                k > 0 and tokens[k - 1].text.lower() == "function"):
            j = k + 1
            while j < len(tokens) and tokens[j].kind != "newline":
                if tokens[j].kind == "word" and tokens[j].text.lower() == "-action":
                    if tokens[j + 1].text != "{":
                        raise LintError(f"line {t.line}: -Action must be a literal script "
                                        "block")
                    spans.append((j + 1, _matching(tokens, j + 1)))
                    break
                j += 1
            else:
                raise LintError(f"line {t.line}: Invoke-Change without -Action {{ … }}")
    return spans


def param_block(tokens: list[Token]) -> dict[str, str]:
    """{parameter: CERTDESK_* variable} of the script's leading param() block; every
    parameter must be a [string] whose default is an environment variable."""
    code = [t for t in tokens if t.kind != "newline"]
    words = [t.text.lower() for t in code[:6]]
    if words[:4] != ["[", "cmdletbinding", "(", ")"] or code[5].text.lower() != "param":
        raise LintError("the script must start with [CmdletBinding()] param(...)")
    start = next(k for k, t in enumerate(tokens) if t.text.lower() == "param") + 1
    end = _matching(tokens, start)
    inner = [t for t in tokens[start + 1:end] if t.kind != "newline"]
    params: dict[str, str] = {}
    k = 0
    while k < len(inner):
        seq = [t.text for t in inner[k:k + 6]]
        if len(seq) < 6 or seq[:3] != ["[", "string", "]"] or seq[4] != "=" \
                or not seq[3].startswith("$") or not seq[5].lower().startswith("$env:certdesk_"):
            raise LintError(f"line {inner[k].line}: parameters are [string]$Name = "
                            f"$env:CERTDESK_…, not {' '.join(seq)}")
        params[seq[3][1:]] = seq[5][5:].upper()
        k += 6
    return params


def _mutates(tokens: list[Token], k: int) -> bool:
    t = tokens[k]
    low = t.text.lower()
    if t.kind != "word" or t.text.startswith("$") or low not in MUTATING:
        return False
    if low == "friendlyname":  # only an assignment to the property changes the store
        return k + 1 < len(tokens) and tokens[k + 1].text == "="
    return True


def check_script(src: str, *, is_common: bool = False) -> dict[str, str]:
    """Raise LintError on the first problem; returns the parameters (for preset scripts)."""
    tokens = tokenize(src)
    check_balanced(tokens)
    spans = change_blocks(tokens)
    for k, t in enumerate(tokens):
        low = t.text.lower()
        if t.kind == "word" and (low in FORBIDDEN or low.lstrip("-:") in FORBIDDEN):
            raise LintError(f"line {t.line}: '{t.text}' is not allowed in a deploy script")
        if t.kind == "op" and t.text == "&":
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if not (is_common and nxt is not None and nxt.text == "$Action"):
                raise LintError(f"line {t.line}: the call operator '&' runs only $Action "
                                "inside Invoke-Change")
        if _mutates(tokens, k) and not any(a < k < b for a, b in spans):
            raise LintError(f"line {t.line}: '{t.text}' changes the machine outside "
                            "Invoke-Change (a dry run would change it)")
        if t.kind == "op" and t.text == "." and k + 1 < len(tokens) and \
                tokens[k + 1].text == "(" and tokens[k - 1].kind == "newline":
            # dot-sourcing: only common.ps1 from the script's own folder
            line_text = src[t.pos:src.find("\n", t.pos)]
            if line_text.strip() != ". (Join-Path -Path $PSScriptRoot -ChildPath 'common.ps1')":
                raise LintError(f"line {t.line}: only common.ps1 may be dot-sourced")
    return {} if is_common else param_block(tokens)
