"""Text put into Qt's rich-text labels."""

from __future__ import annotations

import html


def escape(text: str) -> str:
    """Escape &, < and > for a rich-text label. Quotes stay as they are: Qt shows the
    &#x27; that html.escape makes of an apostrophe literally. (Inside an attribute value
    use html.escape.)"""
    return html.escape(text, quote=False)
