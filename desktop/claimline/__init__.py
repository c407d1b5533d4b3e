"""Claimline: dated claims and places from North Korea field reports."""

__version__ = "0.1.0"
