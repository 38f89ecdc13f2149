// Each page's <link rel="alternate" hreflang> names the same page in each edition, for search engines
// (hooks/publishing.py). Material's instant navigation fetches <href>/sitemap.xml for every such link, to
// switch language in place: for a page's address that file does not exist, and under a SITE_URL on
// another host the request would leave the site. The language selector does not need them
// (language-switch.js loads the other edition), so they are hidden from Material's bundle here, before
// the document is loaded and the bundle looks for them.
for (const link of document.querySelectorAll('head link[rel="alternate"][hreflang]')) {
  link.rel = "alternate-edition";
}
