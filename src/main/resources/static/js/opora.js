// Opora: page behaviour without inline scripts (the CSP forbids them).
(function () {
  'use strict';

  // CSRF token on every htmx request
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // <form data-confirm="…"> (or its submit button's data-confirm) asks before it is sent
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var button = event.submitter;
    var question = (button && button.getAttribute && button.getAttribute('data-confirm'))
        || (form.getAttribute && form.getAttribute('data-confirm'));
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // <button data-print> prints the page (the survey codes)
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-print]');
    if (button) {
      window.print();
    }
  });

  // account form: show only the scope fields the chosen role needs
  function updateScopeFields() {
    var role = document.getElementById('role');
    if (!role) {
      return;
    }
    document.querySelectorAll('[data-roles]').forEach(function (block) {
      var roles = block.getAttribute('data-roles').split(' ');
      block.hidden = roles.indexOf(role.value) < 0;
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.id === 'role') {
      updateScopeFields();
    }
  });
  document.addEventListener('DOMContentLoaded', updateScopeFields);

  // a table box that scrolls sideways and holds nothing to tab to takes the keyboard focus itself, so that the
  // arrow keys can scroll it
  function focusableScrollBoxes() {
    document.querySelectorAll('.table-responsive:not([tabindex])').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth
          && !box.querySelector('a[href], button, input, select, textarea, [tabindex]')) {
        box.setAttribute('tabindex', '0');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', focusableScrollBoxes);
  document.addEventListener('htmx:afterSettle', focusableScrollBoxes);
})();
