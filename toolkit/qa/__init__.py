"""QA: checks on every translated segment, and the gate that decides which editions may be published."""
