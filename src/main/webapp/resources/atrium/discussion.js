/*
 * Discussion pages: what someone types is never lost. Every form with data-draft-key keeps a
 * draft in this browser (localStorage) while typing, offers it back after a crash, an expired
 * session or a failed save, and forgets it once the server confirms the save. Also: a warning
 * before the session expires, and "Citeer" that inserts a quote without reloading the page.
 */
(function () {
  'use strict';
  var store = null;
  try { store = window.localStorage; store.getItem('x'); } catch (e) { store = null; }
  var texts = {};

  function text(name) { return texts[name] || name; }

  function draftFields(form) {
    return Array.prototype.filter.call(form.querySelectorAll('input, textarea, select'), function (el) {
      return el.id && el.closest('[data-draft]') && el.type !== 'submit' && el.type !== 'button';
    });
  }

  function values(form) {
    var v = {};
    draftFields(form).forEach(function (el) {
      v[el.id] = (el.type === 'checkbox' || el.type === 'radio') ? el.checked : el.value;
    });
    return v;
  }

  function apply(form, v) {
    draftFields(form).forEach(function (el) {
      if (!Object.prototype.hasOwnProperty.call(v, el.id)) { return; }
      if (el.type === 'checkbox' || el.type === 'radio') { el.checked = !!v[el.id]; } else { el.value = v[el.id]; }
    });
    var main = form.querySelector('[data-draft-main]');
    if (main) { main.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true })); }
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  function hasText(v) {
    return Object.keys(v).some(function (k) { return typeof v[k] === 'string' && v[k].trim() !== ''; });
  }

  function notice(form, message, actions) {
    var old = form.querySelector('.draft-notice');
    if (old) { old.remove(); }
    var box = document.createElement('div');
    box.className = 'draft-notice';
    box.setAttribute('role', 'status');
    var p = document.createElement('span');
    p.textContent = message;
    box.appendChild(p);
    actions.forEach(function (a) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'button secondary small';
      b.textContent = a.label;
      b.addEventListener('click', function () { a.run(); box.remove(); });
      box.appendChild(b);
    });
    form.insertBefore(box, form.firstChild);
  }

  function setUpDraft(form) {
    var key = form.getAttribute('data-draft-key');
    if (!store || !key) { return; }
    var initial = values(form);
    var saved = null;
    try { saved = JSON.parse(store.getItem(key) || 'null'); } catch (e) { saved = null; }
    if (saved && saved.v && hasText(saved.v) && !same(saved.v, initial)) {
      var when = new Date(saved.at || Date.now()).toLocaleString(document.documentElement.lang || 'nl');
      var main = form.querySelector('[data-draft-main]');
      if (main && main.value.trim() === '' && !hasText(initial)) {
        apply(form, saved.v);
        notice(form, text('restored').replace('{0}', when), [
          { label: text('discard'), run: function () { apply(form, initial); store.removeItem(key); } }]);
      } else {
        notice(form, text('available').replace('{0}', when), [
          { label: text('restore'), run: function () { apply(form, saved.v); } },
          { label: text('discard'), run: function () { store.removeItem(key); } }]);
      }
    }
    var timer = null;
    function save() {
      var now = values(form);
      if (!hasText(now) || same(now, initial)) { store.removeItem(key); return; }
      try { store.setItem(key, JSON.stringify({ at: Date.now(), v: now })); } catch (e) { /* storage full */ }
    }
    form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(save, 400); });
    form.addEventListener('change', save);
    form.addEventListener('submit', save);
  }

  function clearSaved() {
    if (!store) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('[data-clear-draft]'), function (el) {
      var key = el.getAttribute('data-clear-draft');
      if (key) { store.removeItem(key); }
    });
  }

  /* Warn five minutes before the session expires; any request to the server postpones it. */
  function sessionWarning(seconds, keepAliveUrl) {
    if (!seconds || seconds <= 0) { return; }
    var warnTimer = null;
    var endTimer = null;
    var box = null;
    function hide() { if (box) { box.remove(); box = null; } }
    function show(message, withButton) {
      hide();
      box = document.createElement('div');
      box.className = 'session-warning';
      box.setAttribute('role', 'alert');
      var p = document.createElement('p');
      p.textContent = message;
      box.appendChild(p);
      if (withButton) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'button';
        b.textContent = text('stay');
        b.addEventListener('click', function () {
          fetch(keepAliveUrl, { credentials: 'same-origin', cache: 'no-store' }).then(restart, restart);
        });
        box.appendChild(b);
      }
      document.body.appendChild(box);
      var focusable = box.querySelector('button');
      if (focusable) { focusable.focus(); }
    }
    function restart() {
      hide();
      clearTimeout(warnTimer);
      clearTimeout(endTimer);
      warnTimer = setTimeout(function () { show(text('expiring'), true); }, Math.max(0, seconds - 300) * 1000);
      endTimer = setTimeout(function () { show(text('expired'), false); }, seconds * 1000);
    }
    restart();
    // the live preview and other PrimeFaces requests (jQuery's event); requests of faces.js, if any
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', restart);
    }
    if (window.faces && faces.ajax) {
      faces.ajax.addOnEvent(function (data) { if (data.status === 'success') { restart(); } });
    }
  }

  function quoteOf(username, markdown) {
    var lines = markdown.trim().split(/\r?\n/).map(function (l) { return l === '' ? '>' : '> ' + l; });
    return '> @' + username + ':\n' + lines.join('\n') + '\n\n';
  }

  function setUpQuotes() {
    var box = document.getElementById('replyForm:body');
    var hidden = document.getElementById('replyForm:quotedPostId');
    if (!box) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('a[data-quote]'), function (link) {
      link.addEventListener('click', function (event) {
        var source = document.getElementById('source-' + link.getAttribute('data-quote'));
        if (!source) { return; }
        event.preventDefault();
        var quote = quoteOf(link.getAttribute('data-username'), source.content.textContent);
        box.value = box.value.trim() === '' ? quote : box.value.replace(/\s+$/, '') + '\n\n' + quote;
        if (hidden) { hidden.value = link.getAttribute('data-quote'); }
        box.focus();
        box.setSelectionRange(box.value.length, box.value.length);
        box.dispatchEvent(new Event('input', { bubbles: true }));
        box.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var config = document.getElementById('discussionConfig');
    if (config) {
      ['restored', 'available', 'restore', 'discard', 'expiring', 'expired', 'stay'].forEach(function (n) {
        texts[n] = config.getAttribute('data-' + n);
      });
    }
    clearSaved();
    Array.prototype.forEach.call(document.querySelectorAll('form[data-draft-key]'), setUpDraft);
    setUpQuotes();
    if (config) {
      sessionWarning(parseInt(config.getAttribute('data-session-seconds'), 10), config.getAttribute('data-keep-alive'));
    }
  });
})();
