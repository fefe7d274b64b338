"""A command line the user typed (a DNS hook), turned into what to start on this platform.

POSIX: split like a shell (shlex); the program is found through PATH by exec itself.
Windows: backslashes are path separators, not escapes, so only double quotes group words
(C:\\hooks\\dns.cmd stays intact); a program named without extension is looked up with PATHEXT
like cmd.exe does; batch files run through cmd.exe and PowerShell scripts through
powershell.exe, because CreateProcess starts neither as given.

The platform and the environment are parameters so the Windows rules are tested anywhere.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import PureWindowsPath

DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD"
BATCH_SUFFIXES = (".cmd", ".bat")
POWERSHELL_SUFFIX = ".ps1"


def is_windows(platform: str) -> bool:
    return platform == "win32"


def split(command: str, platform: str) -> list[str]:
    """The words of `command`. Raises ValueError on an unclosed quote."""
    if not is_windows(platform):
        return shlex.split(command)
    words: list[str] = []
    word: list[str] = []
    quoted = in_word = False
    for ch in command:
        if ch == '"':
            quoted = not quoted
            in_word = True
        elif ch in " \t" and not quoted:
            if in_word:
                words.append("".join(word))
            word, in_word = [], False
        else:
            word.append(ch)
            in_word = True
    if quoted:
        raise ValueError("No closing quotation")
    if in_word:
        words.append("".join(word))
    return words


def _pathext(env: Mapping[str, str]) -> list[str]:
    exts = [e.strip() for e in (env.get("PATHEXT") or DEFAULT_PATHEXT).split(";")]
    return [e for e in exts if e.startswith(".")]


def find_windows_program(name: str, env: Mapping[str, str]) -> str | None:
    """`name` as cmd.exe would find it: as given or with a PATHEXT suffix, in PATH if bare."""
    pathext = _pathext(env)
    suffix = PureWindowsPath(name).suffix.lower()
    if suffix in {e.lower() for e in pathext} or suffix == POWERSHELL_SUFFIX:
        candidates = [name]
    else:  # "hook.py" exists as given (and then cannot start: the hint names the interpreter)
        candidates = ([name] if suffix else []) + [name + ext for ext in pathext]
    if PureWindowsPath(name).name != name:  # a path: no PATH search
        folders = [""]
    else:
        folders = [d for d in (env.get("PATH") or "").split(";") if d]
    for folder in folders:
        for candidate in candidates:
            path = os.path.join(folder, candidate) if folder else candidate
            if os.path.isfile(path):
                return path
    return None


# Characters cmd.exe treats specially outside quotes (and the quote itself).
_CMD_SPECIAL = set(' \t&|<>^(),;=!"')


def batch_quote(arg: str) -> str:
    """One argument of a batch file's command line, safe from cmd.exe's operators.

    Quoted when it holds a space or an operator (& | < > ^ ...); a quote inside is doubled,
    as batch files expect. `%` cannot be protected on a cmd.exe line: it is refused.
    """
    if "%" in arg:
        raise ValueError(f"a batch file's argument cannot contain '%': {arg!r}")
    if arg and not _CMD_SPECIAL.intersection(arg):
        return arg
    return '"' + arg.replace('"', '""') + '"'


def windows_command(program: str, args: Sequence[str], env: Mapping[str, str]
                    ) -> list[str] | str:
    """What to hand to subprocess for `program args` on Windows."""
    suffix = PureWindowsPath(program).suffix.lower()
    if suffix in BATCH_SUFFIXES:
        # cmd /s /c "...": cmd strips the outer quotes and runs the rest as typed.
        comspec = env.get("ComSpec") or env.get("COMSPEC") or "cmd.exe"
        inner = " ".join(batch_quote(a) for a in (program, *args))
        return f'{subprocess.list2cmdline([comspec])} /d /s /c "{inner}"'
    if suffix == POWERSHELL_SUFFIX:
        return ["powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy",
                "Bypass", "-File", program, *args]
    return [program, *args]


class ProgramNotFound(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def build(command: str, args: Sequence[str], *, platform: str,
          env: Mapping[str, str] | None = None) -> list[str] | str:
    """argv (or, for batch files, a Windows command line) for `command` followed by `args`.

    Raises ValueError (bad quoting, empty command) and, on Windows, ProgramNotFound.
    """
    words = split(command, platform)
    if not words:
        raise ValueError("empty command")
    if not is_windows(platform):
        return [*words, *args]
    env = os.environ if env is None else env
    program = find_windows_program(words[0], env)
    if program is None:
        raise ProgramNotFound(words[0])
    return windows_command(program, [*words[1:], *args], env)
