/*
 * The main menu on a narrow screen (below 600px, atrium.css): folded behind the "Menu" button, which
 * says whether it is open (aria-expanded) and which menu it opens (aria-controls). Works with the
 * keyboard like any button; Escape closes the open menu and returns to the button. Without this
 * script the button stays hidden and the menu open.
 */
(function () {
    'use strict';
    var bar = document.getElementById('mainNavBar');
    var button = document.getElementById('menuToggle');
    if (!bar || !button) {
        return;
    }
    function setOpen(open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        bar.classList.toggle('open', open);
    }
    bar.classList.add('collapsible');
    button.hidden = false;
    setOpen(false);
    button.addEventListener('click', function () {
        setOpen(button.getAttribute('aria-expanded') !== 'true');
    });
    bar.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
            setOpen(false);
            button.focus();
        }
    });
}());
