"""One module per file format; each reader yields one row outcome per data row."""
