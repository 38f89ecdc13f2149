// Each page's <link rel="alternate" hreflang> names the same page in each edition, for search engines
// (hooks/publishing.py). Material's bundle expects such links to name an edition's home page: on every
// page load and instant navigation it requests <href>/sitemap.xml for each of them (to switch language in
// place). For a page's address that file does not exist, and its host is the published SITE_URL's, not
// always the one serving the page. Hiding the links does not last: instant navigation adds the next
// page's links to the head before the bundle looks again. So the bundle's request for a sitemap is sent
// to the sitemap of the edition the address belongs to, on the host serving the page.
(() => {
  const config = JSON.parse(document.getElementById("__config").textContent);
  const edition = new URL(config.base, location.href); // this edition's home: .../ or .../vi/
  const site = edition.pathname.endsWith("/vi/") ? new URL("..", edition) : edition;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    const target = new URL(url, location.href);
    if (target.pathname.endsWith("/sitemap.xml")) {
      const home = target.pathname.includes("/vi/") ? new URL("vi/", site) : site;
      url = new URL("sitemap.xml", home).href;
    }
    return open.call(this, method, url, ...rest);
  };
})();
