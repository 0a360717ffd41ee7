// Road maps: in-place cell editing on top of HTMX (no inline scripts: the CSP forbids them).
(function () {
  'use strict';

  // a conflict (409) or a refused value (422) still replaces the row: it shows both values or the error
  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    if (status === 409 || status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // rows carry no URLs (a 500-row page stays small): the table knows its base URL, a row its id
  function base(element) {
    var table = element.closest('#rm-table');
    return table ? table.getAttribute('data-base') : null;
  }

  function openEditor(cell) {
    var row = cell.closest('tr');
    htmx.ajax('GET', base(cell) + '/items/' + row.getAttribute('data-item') + '/edit?field=' +
      encodeURIComponent(cell.getAttribute('data-field')), { source: cell, target: row, swap: 'outerHTML' });
  }

  function rowAction(button) {
    var row = button.closest('tr');
    var item = row.getAttribute('data-item');
    var url = base(button);
    var table = { source: button, target: '#rm-table', swap: 'outerHTML' };
    switch (button.getAttribute('data-rm')) {
      case 'up':
      case 'down':
        htmx.ajax('POST', url + '/items/' + item + '/move?dir=' + button.getAttribute('data-rm'), table);
        break;
      case 'insert':
        htmx.ajax('POST', url + '/sections/' + row.getAttribute('data-section') + '/items?after=' + item, table);
        break;
      case 'delete':
        if (window.confirm(document.getElementById('rm-table').getAttribute('data-confirm'))) {
          htmx.ajax('POST', url + '/items/' + item + '/delete', table);
        }
        break;
      case 'history':
        htmx.ajax('GET', url + '/history?item=' + item, { source: button, target: '#rm-history', swap: 'innerHTML' });
        break;
      case 'details':
        htmx.ajax('GET', url + '/items/' + item + '/details', { source: button, target: '#detail-' + item, swap: 'innerHTML' });
        break;
    }
  }

  document.addEventListener('click', function (event) {
    if (!event.target.closest) {
      return;
    }
    var button = event.target.closest('[data-rm]');
    if (button) {
      rowAction(button);
      return;
    }
    var cell = event.target.closest('.rm-cell-editable');
    if (cell) {
      openEditor(cell);
    }
  });

  // keyboard: Enter (or F2) on a focused cell opens its editor
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (target.classList && target.classList.contains('rm-cell-editable') && (event.key === 'Enter' || event.key === 'F2')) {
      event.preventDefault();
      openEditor(target);
      return;
    }
    var form = target.closest && target.closest('.rm-cell-form');
    if (!form) {
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel(form);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      // Enter saves; Shift+Enter makes a new line in a text cell
      event.preventDefault();
      save(form);
    }
  });

  // leaving the editor saves it (unless focus stays inside it, e.g. status → reason)
  document.addEventListener('focusout', function (event) {
    var form = event.target.closest && event.target.closest('.rm-cell-form');
    if (!form) {
      return;
    }
    var next = event.relatedTarget;
    if (next && form.contains(next)) {
      return;
    }
    window.setTimeout(function () {
      if (document.body.contains(form) && !form.contains(document.activeElement)) {
        save(form);
      }
    }, 0);
  });

  function save(form) {
    if (form.getAttribute('data-sent')) {
      return;
    }
    form.setAttribute('data-sent', '1');
    htmx.trigger(form, 'submit');
  }

  function cancel(form) {
    if (form.getAttribute('data-sent')) {
      return;
    }
    form.setAttribute('data-sent', '1');
    var row = form.closest('tr');
    htmx.ajax('GET', form.getAttribute('data-cancel-url'), { target: row, swap: 'outerHTML' }).then(function () {
      var cell = document.getElementById(form.parentElement.id);
      if (cell) {
        cell.focus();
      }
    });
  }

  // after a swap: focus the editor, or the cell just saved, or the first cell of a new row
  htmx.onLoad(function (element) {
    var input = element.querySelector && element.querySelector('.rm-editing .rm-input');
    if (input) {
      input.focus();
      if (input.setSelectionRange && input.value) {
        input.setSelectionRange(input.value.length, input.value.length);
      }
      return;
    }
    var focused = element.matches && element.matches('[data-focus]') ? element : (element.querySelector && element.querySelector('[data-focus]'));
    if (focused) {
      var cell = document.getElementById(focused.getAttribute('data-focus'));
      if (cell) {
        cell.focus();
      }
    }
  });

  // measure details: close
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.rm-close-detail');
    if (button) {
      var row = button.closest('tr');
      row.innerHTML = '';
    }
  });
  // drag and drop: the row number is the handle; a drop saves the row's new place in one
  // request (the ↑ ↓ buttons and the keyboard stay for those who do not drag)
  var dragged = null;

  function dropPlace(event) {
    var row = event.target.closest && event.target.closest('#rm-table tbody tr');
    if (!row || !dragged) {
      return null;
    }
    var body = row.closest('tbody');
    var section = body.id.replace('section-', '');
    var rows = Array.prototype.filter.call(body.querySelectorAll('tr.rm-row'), function (r) { return r !== dragged; });
    if (!row.classList.contains('rm-row')) {
      return { section: section, before: rows.length ? rows[0] : null, marker: rows.length ? rows[0] : row, after: !rows.length };
    }
    if (row === dragged) {
      return null;
    }
    var box = row.getBoundingClientRect();
    if (event.clientY < box.top + box.height / 2) {
      return { section: section, before: row, marker: row, after: false };
    }
    var index = rows.indexOf(row);
    var next = rows[index + 1] || null;
    return { section: section, before: next, marker: row, after: true };
  }

  function clearMarkers() {
    Array.prototype.forEach.call(document.querySelectorAll('.rm-drop-before, .rm-drop-after'), function (r) {
      r.classList.remove('rm-drop-before', 'rm-drop-after');
    });
  }

  document.addEventListener('dragstart', function (event) {
    var handle = event.target.closest && event.target.closest('#rm-table.rm-drag td.rm-num');
    if (!handle) {
      return;
    }
    dragged = handle.closest('tr');
    dragged.classList.add('rm-dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', dragged.getAttribute('data-item'));
  });

  document.addEventListener('dragover', function (event) {
    var place = dropPlace(event);
    if (!place) {
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    clearMarkers();
    place.marker.classList.add(place.after ? 'rm-drop-after' : 'rm-drop-before');
  });

  document.addEventListener('drop', function (event) {
    var place = dropPlace(event);
    clearMarkers();
    if (!place) {
      return;
    }
    event.preventDefault();
    var item = dragged.getAttribute('data-item');
    var url = base(dragged) + '/items/' + item + '/moveto?section=' + encodeURIComponent(place.section) +
      (place.before ? '&before=' + encodeURIComponent(place.before.getAttribute('data-item')) : '');
    htmx.ajax('POST', url, { source: dragged, target: '#rm-table', swap: 'outerHTML' });
  });

  document.addEventListener('dragend', function () {
    clearMarkers();
    if (dragged) {
      dragged.classList.remove('rm-dragging');
    }
    dragged = null;
  });
})();
