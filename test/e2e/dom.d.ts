// Browser tests run callbacks inside the page (page.evaluate), so they need the DOM's names.
/// <reference lib="dom" />
