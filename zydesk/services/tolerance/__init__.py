"""容错纠错 services: case files, imports, documents, protections."""
