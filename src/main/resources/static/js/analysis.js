// Opora: «Анализ школ» — upload progress of the import forms and the scatter chart.
// No inline scripts (CSP): the page hands data over through data attributes and a JSON endpoint.
(function () {
  'use strict';

  // upload progress of forms marked data-upload-progress (sent by htmx)
  document.addEventListener('htmx:xhr:loadstart', function (event) {
    var form = event.target.closest && event.target.closest('form[data-upload-progress]');
    if (!form) {
      return;
    }
    var bar = form.querySelector('progress');
    var error = form.querySelector('[data-upload-error]');
    if (bar) {
      bar.hidden = false;
      bar.value = 0;
    }
    if (error) {
      error.hidden = true;
    }
    var button = form.querySelector('button[type=submit]');
    if (button) {
      button.disabled = true;
    }
  });
  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest && event.target.closest('form[data-upload-progress]');
    var bar = form && form.querySelector('progress');
    if (bar && event.detail.lengthComputable) {
      bar.value = Math.round(event.detail.loaded * 100 / event.detail.total);
      if (bar.value >= 100) {
        bar.removeAttribute('value'); // indeterminate while the server checks the rows
      }
    }
  });
  document.addEventListener('htmx:responseError', function (event) {
    var form = event.target.closest && event.target.closest('form[data-upload-progress]');
    if (!form) {
      return;
    }
    var bar = form.querySelector('progress');
    var error = form.querySelector('[data-upload-error]');
    var button = form.querySelector('button[type=submit]');
    if (bar) {
      bar.hidden = true;
    }
    if (error) {
      error.hidden = false;
    }
    if (button) {
      button.disabled = false;
    }
  });
})();
