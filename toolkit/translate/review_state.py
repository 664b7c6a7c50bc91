"""Whether a TMX variant another tool wrote is a reviewed translation, as that tool marked it.

TMX 1.4 has no review state of its own, but CAT tools record one in
properties and attributes, and a memory that is not reviewed must never be
used or imported as reviewed (machine output published as an editor's
word). What is read, on the ``<tuv>`` first, then its ``<tu>``, then the
``<header>``:

- a status property: Trados Studio's ``<prop type="x-ConfirmationLevel">``
  (``Draft``, ``Translated``, ``RejectedTranslation``, ``ApprovedTranslation``,
  ``RejectedSignOff``, ``ApprovedSignOff``, ``Unspecified``), memoQ's and
  other tools' ``x-status``/``x-Status`` and ``x-state`` (memoQ's row
  statuses: ``Translator confirmed``, ``Reviewer 1 confirmed``, ``Edited``,
  ``Pre-translated`` ...; XLIFF 1.2 target states: ``new``,
  ``needs-review-translation``, ``final`` ...; XLIFF 2 segment states:
  ``initial``, ``translated``, ``reviewed``, ``final``) and an
  ``x-approved`` property (``yes``/``no``, as XLIFF 1.2's ``approved``).
  A status that says done (translated, confirmed, reviewed, approved,
  signed off, final) makes the variant reviewed whatever its origin: a
  reviewer approved it. Any other status, one the toolkit does not know
  included, makes it unreviewed: a value read wrongly must never let
  machine output through;
- without a status, the origin: an ``x-Origin`` (Trados:
  ``MachineTranslation``, ``NeuralMachineTranslation``,
  ``AdaptiveMachineTranslation``) or ``x-TranslationOrigin`` property that
  says machine translation, or a last author (``changeid``, else
  ``creationid``) or creating tool (``creationtool``, when no one changed
  the variant since) that is a machine translation engine (``MT``, DeepL,
  Google Translate ...).

Nothing else counts: ``usagecount`` and ``lastusagedate`` say how often a
unit was used, not who checked it. A variant without any of these marks is
taken as reviewed, as every TMX was before tools marked them.
"""

from __future__ import annotations

import re

STATUS_PROPS = ("x-confirmationlevel", "x-status", "x-state", "x-translationstatus", "x-segmentstatus")
APPROVED_PROPS = ("x-approved",)
ORIGIN_PROPS = ("x-origin", "x-translationorigin")

# statuses (lower case, letters and digits only) that say a person confirmed or approved the translation
DONE = frozenset(
    {
        "translated",
        "confirmed",
        "translatorconfirmed",
        "reviewed",
        "reviewer1confirmed",
        "reviewer2confirmed",
        "proofread",
        "proofed",
        "approved",
        "approvedtranslation",
        "approvedsignoff",
        "signedoff",
        "final",
        "validated",
        "locked",
    }
)
# machine-translation origins, as Trados and other tools name them
MACHINE_ORIGINS = frozenset(
    {
        "mt",
        "nmt",
        "amt",
        "machinetranslation",
        "machinetranslated",
        "neuralmachinetranslation",
        "adaptivemachinetranslation",
        "automatictranslation",
        "machine",
    }
)
# names of machine translation engines as tools write them in creationtool, creationid and changeid
_MACHINE_NAME = re.compile(
    r"^(?:mt|nmt|mt!|machine)$|machine[ _-]?translat|google[ _-]?translat|deepl|microsoft[ _-]?translator|"
    r"bing[ _-]?translator|amazon[ _-]?translate|modernmt|systran|yandex[ _-]?translat|argos[ _-]?translate|"
    r"libretranslate|opus[ _-]?mt|\bnllb\b|\bmarian[ _-]?mt\b",
    re.IGNORECASE,
)


def _normal(value: str) -> str:
    return re.sub(r"[^0-9a-z]", "", value.lower())


def _prop(elements, names: tuple[str, ...]) -> tuple[str, str] | None:
    """(type as written, value) of the first property of the first element that has one of ``names``."""
    for element in elements:
        if element is None:
            continue
        for prop in element.findall("prop"):
            kind = (prop.get("type") or "").strip()
            if kind.lower() in names:
                return kind, " ".join((prop.text or "").split())
    return None


def _shown(value: str) -> str:
    return repr(value[:60])


def unreviewed_reason(tuv, unit, header=None) -> str | None:
    """Why another tool marked the ``tuv`` of ``unit`` as not reviewed (see the module docstring); None when
    it did not."""
    levels = (tuv, unit, header)
    status = _prop(levels, STATUS_PROPS)
    if status is not None:
        kind, value = status
        if _normal(value) in DONE:
            return None
        return f"its {kind} is {_shown(value)}, not a reviewed translation"
    approved = _prop(levels, APPROVED_PROPS)
    if approved is not None:
        kind, value = approved
        if _normal(value) in ("yes", "true", "1"):
            return None
        return f"its {kind} is {_shown(value)}"
    origin = _prop(levels, ORIGIN_PROPS)
    if origin is not None and (_normal(origin[1]) in MACHINE_ORIGINS or "machine" in origin[1].lower()):
        return f"its {origin[0]} is {_shown(origin[1])}: machine translation nobody confirmed"
    for element in (tuv, unit):
        author = element.get("changeid") or element.get("creationid") if element is not None else None
        if author is not None and author.strip():
            if _MACHINE_NAME.search(author.strip()):
                kind = "changeid" if element.get("changeid") else "creationid"
                return f"its {kind} is {_shown(author)}, a machine translation engine"
            break  # the last author is a person: what tool created it before does not matter
    for element in (tuv, unit, header):
        if element is None:
            continue
        if element.get("changeid") or element.get("changedate"):
            return None  # changed since it was created, by someone
        tool = element.get("creationtool")
        if tool and _MACHINE_NAME.search(tool.strip()):
            return f"its creationtool is {_shown(tool)}, a machine translation engine, and nobody changed it since"
    return None


UNREVIEWED_FIX = (
    "confirm or approve the translations in your CAT tool (Trados: Translated or Approved; memoQ: confirmed) "
    "and export the memory again; only reviewed translations go into the memory"
)
