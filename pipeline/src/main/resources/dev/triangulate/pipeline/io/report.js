// Filters the claims by verdict and by search text. The URL fragment sets the starting state
// (report.html#verdict=CONTESTED,REFUTED&q=taliban), so a filtered view can be bookmarked or sent.
(function () {
  'use strict';
  var claims = Array.prototype.slice.call(document.querySelectorAll('#claims .claim'));
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#verdicts input'));
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');

  function apply() {
    var wanted = {};
    boxes.forEach(function (box) { wanted[box.value] = box.checked; });
    var query = search.value.trim().toLowerCase();
    var visible = 0;
    claims.forEach(function (claim) {
      var show = wanted[claim.getAttribute('data-verdict')] === true
          && (query === '' || claim.textContent.toLowerCase().indexOf(query) >= 0);
      claim.hidden = !show;
      if (show) { visible++; }
    });
    shown.textContent = visible + ' of ' + claims.length + ' claims shown';
  }

  function fromFragment() {
    var params = new URLSearchParams(window.location.hash.slice(1));
    var verdicts = params.get('verdict');
    boxes.forEach(function (box) {
      box.checked = verdicts === null || verdicts.split(',').indexOf(box.value) >= 0;
    });
    search.value = params.get('q') || '';
  }

  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  window.addEventListener('hashchange', function () { fromFragment(); apply(); });
  fromFragment();
  apply();
}());
