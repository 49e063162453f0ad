"""A window that drags what a browser drags, for the end-to-end tests: WebDriver cannot
start a drag from outside the page, so xdotool drags from this window onto the app's.

    drag-source.py URL                  a link, as text/uri-list (and as text)
    drag-source.py --selection TEXT HTML  a selection of a page, as text and as text/html

Run with Debian's python3, which has PyGObject (python3-gi, gir1.2-gtk-3.0)."""

import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
from gi.repository import Gdk, Gtk  # noqa: E402

HTML = Gdk.Atom.intern("text/html", False)
HTML_INFO, TEXT_INFO, URI_INFO = 1, 2, 3

window = Gtk.Window(title="drag-source")
window.set_default_size(200, 120)
button = Gtk.Button(label="drag me")
targets = Gtk.TargetList.new([])
if sys.argv[1] == "--selection":
    text, html = sys.argv[2], sys.argv[3]
    targets.add(HTML, 0, HTML_INFO)
    targets.add_text_targets(TEXT_INFO)
else:
    link = sys.argv[1]
    text, html = link, None
    targets.add_uri_targets(URI_INFO)
    targets.add_text_targets(TEXT_INFO)
button.drag_source_set(Gdk.ModifierType.BUTTON1_MASK, [], Gdk.DragAction.COPY | Gdk.DragAction.LINK)
button.drag_source_set_target_list(targets)


def give(_widget, _context, data, info, _time):
    if info == URI_INFO:
        data.set_uris([link])
    elif info == HTML_INFO:
        data.set(HTML, 8, html.encode())
    else:
        data.set_text(text, -1)


button.connect("drag-data-get", give)
window.add(button)
window.connect("destroy", Gtk.main_quit)
window.show_all()
Gtk.main()
