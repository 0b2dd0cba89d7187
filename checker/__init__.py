"""checker: an offline, rules-based compliance checker for IT support contracts."""

__version__ = "0.1.0"
