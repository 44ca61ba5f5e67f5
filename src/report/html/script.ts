/**
 * The page's only script, inline: a citation opens its article in the side panel with the cited sentence lit.
 * Without it the page still works: links jump to the sentence, which :target lights.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var panel = document.getElementById('panel');
  if (!panel) return;
  document.documentElement.classList.add('js');
  var title = document.getElementById('panel-title');
  var lit = null;
  function open(k, s) {
    var docs = panel.querySelectorAll('.doc');
    for (var i = 0; i < docs.length; i++) docs[i].hidden = docs[i].id !== 'a' + k;
    var doc = document.getElementById('a' + k);
    var heading = doc && doc.querySelector('h3');
    if (title && heading) title.textContent = heading.textContent;
    panel.classList.add('open');
    if (lit) lit.classList.remove('hl');
    lit = s === undefined ? null : document.getElementById('a' + k + '-s' + s);
    if (lit) {
      lit.classList.add('hl');
      lit.scrollIntoView({ block: 'center' });
    } else panel.scrollTop = 0;
  }
  function close() {
    panel.classList.remove('open');
  }
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var link = target && target.closest('a[data-k]');
    if (link) {
      event.preventDefault();
      open(link.getAttribute('data-k'), link.getAttribute('data-s') === null ? undefined : link.getAttribute('data-s'));
    } else if (target && target.closest('#panel-close')) close();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') close();
  });
})();
`;
