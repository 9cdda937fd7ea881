"""The sample builder behind ``make_samples.py``, one module per part:

* ``model``         - the data model of a sample (Upper, Ind, Sas, Col, Prog, ProgramTable, Sign, Sample);
* ``expected``      - the expected-JSON rules (the conventions the assembler is built to);
* ``plan``          - the grid plan shared by both producers;
* ``word``          - producer 1: Word (python-docx) -> soffice -> PDF;
* ``reportlab_pdf`` - producer 2: ReportLab platypus;
* ``verify``        - reading the PDF back and comparing it with the expectation;
* ``write``         - writing the expected JSON and text dumps, and the twins with fewer rules;
* ``data``          - the samples themselves.
"""
