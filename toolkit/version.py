"""The toolkit's version: in reports, manifests, memories it writes and the up-to-date fingerprint."""

__version__ = "0.1.0"
