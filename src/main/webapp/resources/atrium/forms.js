/*
 * Forms with errors (WEB-INF/includes/form-errors.xhtml): every field named in the summary is
 * marked aria-invalid and described by its own message beside it, and the summary takes the
 * focus, so a screen reader reads it and a form low on the page (the reply form) stays in view.
 * A link of the summary moves the focus to its field; a folded part of a form with an error opens.
 */
(function () {
  'use strict';

  function fieldOf(target) {
    if (!target) { return null; }
    if (target.matches('input, textarea, select')) { return target; }
    return target.querySelector('input:not([type=hidden]), textarea, select');
  }

  function messageOf(target) {
    var box = target.closest('.field, fieldset, .checkbox-field, .form-row');
    var message = box ? box.querySelector('.field-error') : null;
    if (!message && target.parentElement) {
      message = target.parentElement.querySelector('.field-error');
    }
    return message;
  }

  function mark(summary) {
    Array.prototype.forEach.call(summary.querySelectorAll('a[data-field]'), function (link, i) {
      var target = document.getElementById(link.getAttribute('data-field'));
      var field = fieldOf(target);
      if (!field) { return; }
      var fields = target.matches('input, textarea, select') ? [target]
        : Array.prototype.slice.call(target.querySelectorAll('input:not([type=hidden]), textarea, select'));
      var message = messageOf(target);
      if (message && !message.id) { message.id = summary.id + '-message-' + i; }
      fields.forEach(function (f) {
        f.setAttribute('aria-invalid', 'true');
        if (message) {
          var described = (f.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
          if (described.indexOf(message.id) < 0) { described.push(message.id); }
          f.setAttribute('aria-describedby', described.join(' '));
        }
      });
      link.addEventListener('click', function (event) {
        event.preventDefault();
        field.focus();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    // a folded part of a form (such as "Bijlage toevoegen") with an error in it is shown open
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) {
      if (d.querySelector('.field-error')) { d.open = true; }
    });
    var summaries = document.querySelectorAll('.error-summary');
    Array.prototype.forEach.call(summaries, mark);
    if (summaries.length > 0) {
      summaries[0].focus();
    }
  });
})();
