"""An editor writes a name's adjective in the review edition ("the largest US base": قاعدة أمريكية,
американская база): the import stores the adjective slot, and the next run shows it from the memory."""

import docx
import pytest
from click.testing import CliRunner
from review_files import correct, rows

from toolkit import run
from toolkit.cli import main
from toolkit.translate.memory import TmxDocument

QATAR = (
    "Qatar is home to the largest US base in the region, al Udeid, and enjoys strong ties to both Washington "
    "and Tehran."
)
# per language: the words the editor changes in the seed's translation, what they write, the slot stored
EDITS = {
    "ar": ("تستضيف", "تحتضن", "{united-states:adj+f}"),  # the adjective was there already: the row still imports
    "fa": ("پایگاه آمریکا ", "پایگاه آمریکایی ", "{united-states:adj}"),
    "tr": ("en büyük ABD üssü", "en büyük Amerikan üssü", "{united-states:adj}"),
    "ru": ("крупнейшая в регионе база США", "крупнейшая в регионе американская база", "{united-states:adj+f}"),
}


@pytest.mark.parametrize("language", sorted(EDITS))
def test_a_row_edited_to_the_adjective_imports_as_the_adjective_slot(workspace, language):
    old, new, slot = EDITS[language]
    run(["seeds/article.txt"], languages=[language], kinds=["review"])
    review = workspace / "output" / "article" / f"article.{language}.review.docx"
    row = next(r for r in rows(docx.Document(str(review))) if r.cells[1].text == QATAR)
    text = row.cells[2].text
    assert old in text
    correct(review, {row.cells[0].text: text.replace(old, new)})
    memory = workspace / "seeds" / "article.tmx"

    result = CliRunner().invoke(
        main, ["memory", "import", str(review), "--memory", str(memory)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "1 changed" in result.output and "0 could not be taken" in result.output
    document = TmxDocument.open(memory)
    assert slot in document.target(document.unit_for(QATAR), language).code

    run(["seeds/article.txt"], languages=[language], formats=["md"])
    edition = (workspace / "output" / "article" / f"article.{language}.md").read_text(encoding="utf-8")
    assert new.strip() in edition.replace("\u2066", "").replace("\u2069", "").replace("\u200e", "")
