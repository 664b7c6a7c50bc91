"""Stand-ins for real models, to check an installation offline.

:mod:`toolkit.testing.copy_model` builds a tiny Argos package that copies its
input unchanged. It exercises the real machinery (package format, install,
CTranslate2, SentencePiece, sentence splitting) without any download, and
says nothing about translation quality.
"""
