import json

from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, also refusing nesting deeper than Python's recursion limit (DRF lets
    the RecursionError through as a 500) and text that is not valid Unicode: a lone surrogate
    escape ("\\ud800") parses, but could be neither stored in SQLite nor sent back."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - the document is nested too deeply.")
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as error:
            raise ParseError(f"JSON parse error - {error.reason}: the text is not valid Unicode.")
        return data
