// Beside each deadline shown in JST, the same instant in the viewer's own time zone (when it differs).
(function () {
  'use strict';
  var tokyo = new Intl.DateTimeFormat(undefined, { timeZone: 'Asia/Tokyo' }).resolvedOptions().timeZone;
  var local = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (local === tokyo || local === 'Asia/Tokyo') {
    return;
  }
  var format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZoneName: 'short' });
  // each .local-time follows, in the same element, the <time datetime> it converts
  document.querySelectorAll('.local-time').forEach(function (el) {
    var time = el.parentElement.querySelector('time[datetime]');
    if (time) {
      el.textContent = '(' + format.format(new Date(time.getAttribute('datetime'))) + ')';
    }
  });
}());
