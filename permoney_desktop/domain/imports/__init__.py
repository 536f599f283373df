"""Parsing bank files into neutral rows, and the pure matching done before an import writes."""
