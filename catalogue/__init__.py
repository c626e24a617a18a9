"""A curated research-paper catalogue kept as YAML records, and the generator that renders it."""

__version__ = "0.1.0"
