/* kzcn pages: loads the dashboard's modules from /static/js in order (core first; main, which
   starts every panel, last). One entry script keeps the page's script list short and fixed; the
   modules are plain scripts from this app, as the Content-Security-Policy requires. */
(function () {
  "use strict";
  var MODULES = ["core", "maps", "timeline", "trade", "network", "tables", "filters", "review", "main"];
  MODULES.forEach(function (name) {
    var script = document.createElement("script");
    script.src = "/static/js/" + name + ".js";
    script.async = false;  // dynamic scripts run in insertion order when not async
    document.head.appendChild(script);
  });
})();
