"""The glossary: editor-approved renderings of every proper name, and the tools around them."""
