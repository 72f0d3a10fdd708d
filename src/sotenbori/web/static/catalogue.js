// Catalogue filters apply as soon as a category or level is picked; search still uses the button.
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  if (!form) return;
  form.querySelectorAll("select").forEach(function (select) {
    select.addEventListener("change", function () { form.submit(); });
  });
})();
