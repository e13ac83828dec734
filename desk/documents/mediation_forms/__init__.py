"""The Ministry of Justice 2010 people's-mediation forms (人民调解文书格式) that print from a case.

The agreement and the oral-agreement register live in ``desk.documents.mediation_agreement``, the
case file cover and contents list in ``desk.documents.mediation_file_cover``; the others are here,
one module per form, each registered as its own document kind. Headings and the order of the
elements follow ``shared/reference/mediation_forms.md``; where the case keeps no data for an
element the form expects handwriting, and a blank line is printed.
"""
