"""Translate: target segments from the translation memory first, then the machine-translation engine."""
