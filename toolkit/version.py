"""The toolkit's version: in reports, manifests, memories it writes and the up-to-date fingerprint."""

__version__ = "0.1.0"
GENERATOR = f"toolkit {__version__}"  # what generated files name as their generator
