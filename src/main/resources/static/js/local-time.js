// Beside each deadline shown in JST, the same instant in the viewer's own time zone (when it differs).
(function () {
  'use strict';
  var tokyo = new Intl.DateTimeFormat(undefined, { timeZone: 'Asia/Tokyo' }).resolvedOptions().timeZone;
  var local = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (local === tokyo || local === 'Asia/Tokyo') {
    return;
  }
  var format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZoneName: 'short' });
  document.querySelectorAll('.local-time[data-instant]').forEach(function (el) {
    el.textContent = '(' + format.format(new Date(el.dataset.instant)) + ')';
  });
}());
