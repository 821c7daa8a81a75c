// Unit picker (organization/unit_pick_field.jte): Enter in its search box searches at once instead of
// submitting the form around it. No inline script (CSP); registered once however many pickers a page has.
(function () {
  "use strict";
  if (window.__unitPick) {
    return;
  }
  window.__unitPick = true;
  document.addEventListener("keydown", function (e) {
    var box = e.target;
    if (e.key === "Enter" && box && box.classList && box.classList.contains("unit-pick-q")) {
      e.preventDefault();
      if (window.htmx) {
        window.htmx.trigger(box, "search");
      }
    }
  });
})();
