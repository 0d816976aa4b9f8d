// Checks chosen files against the limits before the form is sent, so a too-large file is reported at once and
// nothing typed is lost to a request the server would refuse. The server checks the same limits again.
(function () {
  'use strict';
  var form = document.querySelector('form.report-form');
  if (!form) {
    return;
  }
  var input = form.querySelector('input[type=file][name=files]');
  var out = document.getElementById('files-error');
  var maxFile = Number(form.dataset.maxFile);
  var maxTotal = Number(form.dataset.maxTotal);
  var maxFiles = Number(form.dataset.maxFiles);
  var japanese = document.documentElement.lang === 'ja';

  function problems() {
    var found = [];
    var files = input && input.files ? Array.prototype.slice.call(input.files) : [];
    var kept = form.querySelectorAll('input[name=keptFiles]:checked').length;
    var total = 0;
    if (files.length + kept > maxFiles) {
      found.push(japanese ? '添付できるファイルは最大' + maxFiles + '個です。' : 'At most ' + maxFiles + ' files can be attached.');
    }
    files.forEach(function (f) {
      total += f.size;
      if (f.size > maxFile) {
        var limit = form.dataset.maxFileLabel;
        found.push(japanese ? f.name + 'は' + limit + 'を超えています。' : f.name + ' is larger than ' + limit + '.');
      }
    });
    if (total > maxTotal) {
      var totalLimit = form.dataset.maxTotalLabel;
      found.push(japanese ? 'ファイルの合計が' + totalLimit + 'を超えています。' : 'The files together are larger than ' + totalLimit + '.');
    }
    return found;
  }

  function show() {
    var found = problems();
    if (out) {
      out.textContent = found.join(' ');
    }
    return found;
  }

  if (input) {
    input.addEventListener('change', show);
  }
  form.addEventListener('submit', function (event) {
    if (show().length > 0) {
      event.preventDefault();
      input.focus();
    }
  });
  var summary = document.getElementById('form-errors');
  if (summary) {
    summary.focus();
  }
}());
