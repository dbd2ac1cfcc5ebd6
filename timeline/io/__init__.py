"""Importers and exporters: files in, files out, always through the domain's rules."""
