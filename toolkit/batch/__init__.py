"""A translation run over many articles, each one a unit that succeeds or fails alone.

``run.py`` checks the request and starts the run (:func:`toolkit.run`);
``articles.py`` takes the articles a window at a time; ``inputs.py`` finds
them and names their output; ``output.py`` owns the output folder (lock,
atomic swaps); ``fingerprint.py`` says what is up to date; ``outcome.py`` is
what a run reports.
"""
