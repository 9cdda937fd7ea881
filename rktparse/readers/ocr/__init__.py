"""The steps of reading a scanned page: render, straighten, find the rules, recognise the text.

`rktparse.readers.ocr_reader` strings them together; each module here does one
step on NumPy images and knows nothing about RKT tables.
"""
