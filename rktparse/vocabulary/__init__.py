"""How RKT text reads: cue words, header names, figures and targets, the lines around a table.

Readers that cut a page into cells without rules to go by (tables without
rules, text exports) and the assembler that gives those cells their roles ask
the same questions of a text; the answers live here, once. This package
imports neither readers nor the assembler, so both may import it.
"""
