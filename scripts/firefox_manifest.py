"""Writes the Firefox variant of the extension's manifest to stdout.

Firefox's MV3 runs the background as a (module) script, not a service worker, and an add-on
needs an id (browser_specific_settings.gecko). Everything else is the Chromium manifest.
"""

import json
import sys

manifest = json.load(open(sys.argv[1], encoding="utf-8"))
manifest["background"] = {"scripts": ["background.js"], "type": "module"}
manifest["browser_specific_settings"] = {
    "gecko": {
        "id": "qingyue@qingyue.invalid",
        # data_collection_permissions is read from Firefox 140 (142 on Android).
        "strict_min_version": "140.0",
        # The reader sends nothing anywhere: pages are read in the browser.
        "data_collection_permissions": {"required": ["none"]},
    },
    "gecko_android": {"strict_min_version": "142.0"},
}
json.dump(manifest, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
