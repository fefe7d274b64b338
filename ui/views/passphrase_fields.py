"""A new passphrase entered twice, with a strength meter and a hint (for encrypted backups).

The estimate is deliberately simple (length times alphabet, common passwords and repeats
penalised): it nudges people towards a few unrelated words, it does not promise security.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from ui.models.certificate_rows import Expiry
from ui.theme import expiry_color

# The backup service refuses shorter passphrases (app.backup.sealed.MIN_PASSPHRASE).
MIN_LENGTH = 8
_COMMON = {"password", "passw0rd", "12345678", "123456789", "1234567890", "qwertyuiop",
           "qwerty123", "iloveyou", "letmein1", "certdesk", "backup123", "admin123",
           "welcome1", "abcdefgh", "11111111", "00000000", "password1"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseFields", text)


@dataclass(frozen=True)
class Strength:
    score: int  # 0 too short, 1 weak, 2 fair, 3 good, 4 strong
    label: str
    hint: str


def estimate_bits(text: str) -> float:
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100
    # Repeats add little: count each distinct character at most twice.
    effective = min(len(text), 2 * len(set(text)))
    return effective * math.log2(max(pool, 2))


def passphrase_strength(text: str) -> Strength:
    if len(text) < MIN_LENGTH:
        return Strength(0, _tr("Too short"),
                        _tr("Use at least {n} characters; a few unrelated words are strong "
                            "and easy to remember.").format(n=MIN_LENGTH))
    bits = 0.0 if text.casefold() in _COMMON else estimate_bits(text)
    if bits < 50:
        return Strength(1, _tr("Weak"), _tr("Easy to guess. Add more words or characters."))
    if bits < 70:
        return Strength(2, _tr("Fair"), _tr("Could be longer: add another word."))
    if bits < 110:
        return Strength(3, _tr("Good"), _tr("A good passphrase. Keep it somewhere safe."))
    return Strength(4, _tr("Strong"), _tr("A strong passphrase. Keep it somewhere safe."))


class PassphraseFields(QObject):
    """Adds its rows to the caller's form (so labels line up); `passphrase()` is None until
    both fields match and are long enough."""

    changed = Signal()

    def __init__(self, form: QFormLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(_tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(_tr("Passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(_tr("Passphrase strength"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(_tr("Passphrase hint"))
        first_label = QLabel(_tr("Pass&phrase:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(_tr("&Again:"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        self.form = form
        self.first.textChanged.connect(self._on_text_changed)
        self.second.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def strength(self) -> Strength:
        return passphrase_strength(self.first.text())

    def problem(self) -> str:
        text = self.first.text()
        if len(text) < MIN_LENGTH:
            return self.strength().hint
        if self.second.text() != text:
            return _tr("The two passphrases differ.") if self.second.text() else \
                _tr("Enter the passphrase again.")
        return ""

    def passphrase(self) -> str | None:
        return None if self.problem() else self.first.text()

    def _on_text_changed(self, *_args: object) -> None:
        strength = self.strength()
        self.meter.setValue(strength.score)
        state = (Expiry.EXPIRED, Expiry.EXPIRED, Expiry.SOON, Expiry.OK, Expiry.OK)[
            strength.score]
        color = expiry_color(state).name()
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
        self.meter.setAccessibleDescription(strength.label)
        if not self.first.text():
            self.hint.setText(_tr("At least {n} characters. Without this passphrase the "
                                  "backup cannot be restored.").format(n=MIN_LENGTH))
        else:
            mismatch = self.second.text() and self.second.text() != self.first.text()
            extra = " " + _tr("The two passphrases differ.") if mismatch else ""
            self.hint.setText(_tr("Strength: {label}. {hint}").format(
                label=strength.label, hint=strength.hint) + extra)
        self.changed.emit()
