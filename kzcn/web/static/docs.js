/* Starts the vendored Swagger UI on /docs (an inline script would be refused by the CSP). */
(function () {
  "use strict";
  function start() {
    var el = document.getElementById("swagger-ui");
    if (!el || !window.SwaggerUIBundle) { return; }
    window.ui = window.SwaggerUIBundle({
      url: el.getAttribute("data-openapi-url"), dom_id: "#swagger-ui",
      deepLinking: true, showExtensions: true, showCommonExtensions: true,
      validatorUrl: null,  // the default badge is an image from an outside validator
      presets: [window.SwaggerUIBundle.presets.apis], layout: "BaseLayout"
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
