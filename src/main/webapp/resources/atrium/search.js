/*
 * The search box in the header (WEB-INF/templates/layout.xhtml). It is a plain GET form to the
 * search page, so it works without script; with script PrimeFaces' autocomplete suggests titles.
 * This adds two things a search box needs:
 * - its suggestions travel with the view state of a form of their own (the GET form has none);
 * - Enter searches, unless a suggestion was chosen with the arrow keys (the autocomplete itself
 *   would only close its list, or swallow the key while a suggestion is on its way).
 */
(function () {
  'use strict';
  window.atriumSearch = {
    box: function (widget, suggestFormId) {
      widget.cfg.formId = suggestFormId;
      var form = widget.jq.closest('form')[0];
      if (!form) { return; }
      // Capturing on the form: before the autocomplete's own handler on the field.
      form.addEventListener('keydown', function (e) {
        if (e.key !== 'Enter' || e.target !== widget.input[0] || e.isComposing) { return; }
        var highlighted = widget.panel.is(':visible') && widget.items
          && widget.items.filter('.ui-state-highlight').length > 0;
        if (highlighted) { return; }
        e.preventDefault();
        e.stopPropagation();
        form.submit();
      }, true);
    }
  };
}());
