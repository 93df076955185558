"""Unit tests for tools/export; run from the repository root: ``python3 -m unittest discover -s tools/export/tests -t .``"""
