"""A translation run over many articles, each one a unit that succeeds or fails alone."""
