(function () {
  function clear() {
    document.querySelectorAll(".hl, .hl-s").forEach(function (el) {
      el.classList.remove("hl", "hl-s");
    });
  }
  function mark() {
    clear();
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    var fold = target.closest("details");
    if (fold && !fold.open) {
      fold.open = true;
      target.scrollIntoView({ block: "center" });
    }
    if (!target.dataset.k) return;
    document.querySelectorAll('[data-k="' + CSS.escape(id) + '"]').forEach(function (el) {
      el.classList.add("hl");
    });
    var sentence = target.closest("[data-s]");
    if (!sentence) return;
    var key = CSS.escape(sentence.dataset.s);
    document.querySelectorAll('[data-s="' + key + '"]').forEach(function (el) {
      el.classList.add("hl-s");
    });
  }
  window.addEventListener("hashchange", mark);
  mark();
})();
